"""The JSON Schema of a briefing's front matter, derived from the model so the two never drift."""

from __future__ import annotations

from typing import Any

from generator.model import Briefing


def briefing_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the Briefing front matter."""
    from pydantic import TypeAdapter  # pydantic comes with spaCy; only this command needs it

    schema = TypeAdapter(Briefing).json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Briefing front matter"
    return schema
