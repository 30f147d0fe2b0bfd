"""Which language an article is in: French or English, from its function words."""

from __future__ import annotations

import re

# Frequent words that are unambiguous between the two languages we support.
_FRENCH = frozenset(
    "le la les des du une est et dans pour sur avec qui que pas par au aux ont été il elle ce cette ses".split()
)
_ENGLISH = frozenset("the of and to in is was for on that with by at from have has are were it this his her".split())
_WORD = re.compile(r"[^\W\d_]+")


SUPPORTED = ("fr", "en")


def detect_language(text: str, declared: str | None = None) -> str:
    """'fr' or 'en': the declared language when it is one of them ("fr-FR" counts), else by vote.

    An article declared in another language is still processed with the closer of the two, since
    every extractor is written for French and English.
    """
    code = (declared or "").strip().lower()[:2]
    if code in SUPPORTED:
        return code
    words = [w.lower() for w in _WORD.findall(text[:5000])]
    french = sum(w in _FRENCH for w in words)
    english = sum(w in _ENGLISH for w in words)
    return "en" if english > french else "fr"
