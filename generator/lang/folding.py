"""The comparison key words are looked up by, and how far two spellings are: the language tables, every extractor and
the site share them."""

from __future__ import annotations

import unicodedata

# typographic apostrophes and hyphens, and the spaces French typography puts before ":" or in "10 000"
# (and the spacing acute accent typed for an apostrophe: "Ngo´o", as the reader writes it "Ngo’o")
_TYPOGRAPHY = str.maketrans(
    {"’": "'", "‘": "'", "`": "'", "\u00b4": "'", "\u2010": "-", "\u2011": "-", "\u00a0": " ", "\u202f": " "}
)


def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes and hyphens, single spaces: "L’Élysée " -> "l'elysee"."""
    if text.isascii():  # nothing to translate nor decompose: the site folds every name of the archive this way
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKD", text.translate(_TYPOGRAPHY))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


def edit_distance(a: str, b: str) -> int:
    """The letters to add, leave out or change to make `a` into `b` (Levenshtein's distance): how far two spellings
    of one name are ("Tiani", "Tchiani": 2)."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]
