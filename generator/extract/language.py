"""Which language an article is in: the declared one when known, else by a vote of function words."""

from __future__ import annotations

import re

from generator.lang import codes, language

# The one place an article of no known language gets one: every extractor needs a Language, and
# the newsroom writes French first.
DEFAULT_LANGUAGE = "fr"
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str, declared: str | None = None) -> str:
    """A known language code: the declared language when it is known ("fr-FR" counts), else by vote.

    The vote counts each language's function words; a tie (an article in none of them) goes to
    DEFAULT_LANGUAGE, so an article declared in another language is still processed with the closest.
    """
    code = (declared or "").strip().lower()[:2]
    known = codes()
    if code in known:
        return code
    words = [w.lower() for w in _WORD.findall(text[:5000])]
    votes = {c: sum(w in language(c).function_words for w in words) for c in known}
    return max(known, key=lambda c: (votes[c], c == DEFAULT_LANGUAGE))
