"""Regular-expression fragments generated from word lists, so a word is written once as data."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from generator.lang.folding import fold

AP = r"['\u2019]"  # straight or typographic apostrophe
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)(?![\d])"  # a year written in full, 1000 to 2099
DIGIT = "<digit>"  # the anchor word of a rule that any token with a digit anchors

# An accented letter matches itself or its bare form: texts drop accents ("fevrier", "aout").
_BARE = {
    "à": "a",
    "â": "a",
    "ç": "c",
    "é": "e",
    "è": "e",
    "ê": "e",
    "ë": "e",
    "î": "i",
    "ï": "i",
    "ô": "o",
    "û": "u",
    "ù": "u",
    "ü": "u",
}


def accent_tolerant(word: str) -> str:
    """The word as a regex in which each accented letter may also be written bare: "août" -> "ao[uû]t"."""
    out = []
    for ch in word:
        bare = _BARE.get(ch)
        if bare:
            out.append(f"[{bare}{ch}]")
        elif ch == " ":
            out.append(r"\s+")
        else:
            out.append("\\" + ch if ch in ".-+*?()[]{}|^$\\" else ch)
    return "".join(out)


def alternation(
    words: Iterable[str], plural: bool = False, plurals: Mapping[str, str] | None = None, ignore_case: bool = False
) -> str:
    """A non-capturing group of the words in their order, accent-tolerant.

    `plural` lets each word take an "s", or its plural from `plurals` (plural -> word) when irregular;
    `ignore_case` makes the group case-insensitive inside a case-sensitive pattern.
    """
    irregular = {word: form for form, word in (plurals or {}).items()}
    parts = []
    for w in words:
        if plural and w in irregular:
            parts.append(f"{accent_tolerant(irregular[w])}|{accent_tolerant(w)}")
        else:
            parts.append(accent_tolerant(w) + ("s?" if plural and not w.endswith("s") else ""))
    return ("(?i:" if ignore_case else "(?:") + "|".join(parts) + ")"


def anchor_words(words: Iterable[str], plural: bool = False, plurals: Mapping[str, str] | None = None) -> str:
    """The folded words, space-separated, as a grammar's anchors take them.

    `plural` adds each one's "s" form, or its plural from `plurals` (plural -> word) when irregular.
    """
    irregular = {word: form for form, word in (plurals or {}).items()}
    out: list[str] = []
    for w in words:
        key = fold(w)
        out.append(key)
        if plural and w in irregular:
            out.append(fold(irregular[w]))
        elif plural and not key.endswith("s"):
            out.append(key + "s")
    return " ".join(out)
