"""The spaCy pipeline, loaded lazily and once per language.

This is the only module that imports spaCy; nothing imports it at start-up, so
`briefings --help`, unchanged re-runs and `mkdocs serve` never pay for the model.
"""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

# Model per language; override with BRIEFINGS_MODEL_FR / BRIEFINGS_MODEL_EN.
DEFAULT_MODELS = {"fr": "fr_core_news_sm", "en": "en_core_web_sm"}


def model_name(lang: str) -> str:
    """The spaCy package configured for a language."""
    return os.environ.get(f"BRIEFINGS_MODEL_{lang.upper()}", DEFAULT_MODELS.get(lang, ""))


@functools.cache
def load_nlp(lang: str) -> Language:
    """The configured pipeline for `lang`, or a blank one with a sentencizer when none is installed.

    Check `nlp.meta["name"]` / `describe(nlp)` to know which one ran: the front matter records it.
    """
    import spacy

    name = model_name(lang)
    if name:
        try:
            return spacy.load(name)
        except OSError:  # not installed: fall back to rules on a blank pipeline
            pass
    nlp = spacy.blank(lang if lang in ("fr", "en") else "xx")
    nlp.add_pipe("sentencizer")
    return nlp


def describe(nlp: Language) -> str:
    """A short name for the extractor that ran: `spacy:fr_core_news_sm` or `rules:en`."""
    if nlp.pipe_names == ["sentencizer"]:
        return f"rules:{nlp.lang}"
    return f"spacy:{nlp.meta.get('lang', nlp.lang)}_{nlp.meta.get('name', '')}"
