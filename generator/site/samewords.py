"""The key a word of a name or an event phrase is compared on, the same in French and English.

"sommet" and "summit", "Otan" and "NATO", "français" and "French" are one word for the site's rules
(generator/lang/equivalents.yml): each word of the tables stands for the first word (A to Z) of all the
groups it is in, joined, and is compared on its first five letters, accents and case folded. Several
words that say one event ("presidential runoff", "second tour de la présidentielle") are first read as
the table's way of saying it (`read_phrases`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from generator.lang.equivalents import EVENT_PHRASES, EVENT_WORD_GROUPS, NAME_GROUPS
from generator.lang.folding import fold
from generator.site.nametables import CURRENCY_SIGNS, INSTITUTION_WORD_GROUPS

PREFIX = 5  # words are compared on their first letters: "ministre", "ministers", "minister" meet


def _same_words() -> dict[str, str]:
    """Each word of the tables -> the first word (A to Z) of all the groups it is in, joined: "summit" is
    "sommet", "nato" is "alliance" ("otan", "nato" and "alliance" are one group)."""
    groups = (
        [set(g) for g in EVENT_WORD_GROUPS]
        + [set(g) for g in INSTITUTION_WORD_GROUPS]
        + [{n for n in g if " " not in n and "-" not in n} for g in NAME_GROUPS]
    )
    joined: list[set[str]] = []
    by_word: dict[str, set[str]] = {}  # each word -> the joined group it is in (one pass: linear)
    for group in filter(None, groups):
        merged = set(group)
        for other in {id(by_word[w]): by_word[w] for w in group if w in by_word}.values():
            merged |= other
            joined.remove(other)
        joined.append(merged)
        for word in merged:
            by_word[word] = merged
    return {word: min(group) for group in joined for word in group}


SAME_WORD = _same_words()


def members(groups: Mapping[str, str]) -> dict[str, frozenset[str]]:
    """Each group a table stands for -> the keys that stand in it (a line of the names table -> its names)."""
    found: dict[str, set[str]] = {}
    for key, group in groups.items():
        found.setdefault(group, set()).add(key)
    return {group: frozenset(keys) for group, keys in found.items()}


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


def _phrase_pattern(phrase: str) -> str:
    """A phrase of the table as a pattern: whole words, a word of four letters or more with or without its
    plural s, any space or hyphen between words."""
    parts = []
    for word in re.split(r"[\s-]+", phrase):
        stem = word[:-1] if len(word) >= 4 and word.endswith("s") else word
        parts.append(re.escape(stem) + ("s?" if len(word) >= 4 else ""))
    return r"[\s-]+".join(parts)


_PHRASES = sorted(EVENT_PHRASES, key=lambda p: (-len(p), p))  # the longest first: "la présidentielle" wins
_PHRASE = re.compile(r"(?<!\w)(?:" + "|".join(f"({_phrase_pattern(p)})" for p in _PHRASES) + r")(?!\w)")


def read_phrases(folded: str) -> str:
    """`folded` with each phrase of the table read as its line's first: "presidential runoff" is
    "presidential second tour", "UK general election" "UK elections legislatives"; a currency's sign is its word
    ("$30 billion" is "dollars 30 billion")."""
    for sign, word in CURRENCY_SIGNS:
        if sign in folded:
            folded = folded.replace(sign, f" {word} ")
    return _PHRASE.sub(lambda m: EVENT_PHRASES[_PHRASES[m.lastindex - 1]] if m.lastindex else m.group(), folded)
