"""The comparison key words are looked up by: the language tables and every extractor share it."""

from __future__ import annotations

import unicodedata

# typographic apostrophes and hyphens, and the spaces French typography puts before ":" or in "10 000"
_TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "`": "'", "\u2010": "-", "\u2011": "-", "\u00a0": " ", "\u202f": " "})


def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes and hyphens, single spaces: "L’Élysée " -> "l'elysee"."""
    text = unicodedata.normalize("NFKD", text.translate(_TYPOGRAPHY))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())
