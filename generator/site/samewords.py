"""The key a word of a name or an event phrase is compared on, the same in French and English.

"sommet" and "summit", "Otan" and "NATO", "français" and "French" are one word for the site's rules
(generator/lang/equivalents.py): each word of the tables stands for the first word (A to Z) of all the
groups it is in, joined, and is compared on its first five letters, accents and case folded.
"""

from __future__ import annotations

from generator.lang.equivalents import EVENT_WORD_GROUPS, NAME_GROUPS
from generator.lang.folding import fold

PREFIX = 5  # words are compared on their first letters: "ministre", "ministers", "minister" meet


def _same_words() -> dict[str, str]:
    """Each word of the tables -> the first word (A to Z) of all the groups it is in, joined: "summit" is
    "sommet", "nato" is "alliance" ("otan", "nato" and "alliance" are one group)."""
    groups = [set(g) for g in EVENT_WORD_GROUPS] + [
        {n for n in g if " " not in n and "-" not in n} for g in NAME_GROUPS
    ]
    joined: list[set[str]] = []
    for group in filter(None, groups):
        for other in [j for j in joined if j & group]:
            group |= other
            joined.remove(other)
        joined.append(group)
    return {word: min(group) for group in joined for word in group}


SAME_WORD = _same_words()


def same_word(word: str) -> str:
    """The word a table group stands for, found as written or without a plural s ("strikes" is "strike");
    `word` is folded."""
    for form in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""):
        if form in SAME_WORD:
            return SAME_WORD[form]
    return word


def word_key(word: str) -> str:
    """What a word is compared on: its table word's first letters ("Summits" and "sommet" give "somme")."""
    return same_word(fold(word))[:PREFIX]
