"""YAML front matter: split it from the text and load it safely.

The `title` key holds HTML text, in article front matter and in briefing pages alike: MkDocs
Material prints a page's front matter title into <title> and the page header without escaping,
so the renderer writes it escaped (`&lt;`, `&gt;`, `&amp;`) and `split_front_matter` gives it
back unescaped. Every reader of front matter (the site's catalog included) gets the real title.
"""

from __future__ import annotations

import html
import re
from typing import Any

import yaml

# "---" on the first line, YAML, then "---" (or "...") alone on a line.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


class FrontMatterError(ValueError):
    """Front matter that is not a YAML mapping."""


class NotAMappingError(FrontMatterError):
    """Valid YAML, but a scalar or a list: "---" lines around ordinary text, for instance."""


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Return (metadata, rest); ({}, text) when the text has no front matter block."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta = load_mapping(match.group(1) or "")
    if isinstance(meta.get("title"), str):
        meta["title"] = html.unescape(meta["title"])
    return meta, text[match.end() :]


def strip_front_matter(text: str) -> str:
    """The text after its front matter block (all of it when there is none)."""
    match = _FRONT_MATTER.match(text)
    return text[match.end() :] if match else text


def escaped_title(meta: dict[str, Any]) -> dict[str, Any]:
    """Front matter as split_front_matter read it, with the title escaped again as it is in the file."""
    if isinstance(meta.get("title"), str):
        return {**meta, "title": html.escape(meta["title"], quote=False)}
    return dict(meta)


# libyaml's safe loader has the same (safe) constructors as yaml.safe_load's and is ~8x faster: it
# matters when the store and the site read the front matter of thousands of briefings.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_mapping(source: str) -> dict[str, Any]:
    """Load YAML that must be a mapping (or empty), with the safe loader only."""
    try:
        data = yaml.load(source, Loader=_SAFE_LOADER)  # noqa: S506 - the safe loader, in C when available
    except (yaml.YAMLError, ValueError, OverflowError, RecursionError) as exc:  # ValueError: 2024-13-45
        raise FrontMatterError(f"invalid YAML front matter: {_first_line(exc)}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise NotAMappingError("front matter is not a mapping of keys to values")
    return data


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
