"""Where a programme's item happens: the names its line ends with ("16h30 - Dépôt de gerbe, Monument aux Morts,
Albias"), or the line of names right under it ("11 h 30 | Rencontre à la tribu" / "Ouaté – Pouembout"), are its
places."""

from __future__ import annotations

import re

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.timex.programme import opens_with_hour

# between an item's head and its place, and between a place and its town: a comma, a spaced dash, a table's cell
_SEPARATOR = re.compile(r"\s*,\s*|\s+[-–—/]\s+|\s*\|\s*")
_LINES_UP = 2  # an hour alone on its line, then the item, then the place ("9 h 00" / "Le ministre ..." / "Lille")


_LABEL = re.compile(r"[\W_]*([^\W\d_]+)\s*:\s*")  # a line's first word and a colon, after a bullet


def after_place_label(text: str, start: int) -> bool:
    """Whether `start` lies on a line that opens with a programme's place label and its colon, after them ("Lieu :
    Collège Jean Moulin - 3 rue X", "Where: Gold Room, State Capitol")."""
    first = text.rfind("\n", 0, start) + 1
    label = _LABEL.match(text, first)
    return label is not None and fold(label.group(1)) in lx.PLACE_LABELS and label.end() <= start


def in_venue_segment(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies in the names that end a programme's item line, after its head, or in a line of
    names only right under an item."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    line = text[first : last if last >= 0 else len(text)]
    segments = [(m.start(), m.end()) for m in _segments(line)]
    at = next((k for k, (a, b) in enumerate(segments) if a <= start - first and end - first <= b), None)
    if at is None or not all(_names_only(line[a:b]) for a, b in segments[at:]):
        return False
    if opens_with_hour(line):
        return at > 0  # (the head itself is the item: "16h30 - Dépôt de gerbe")
    return all(_names_only(line[a:b]) for a, b in segments) and _under_an_item(text, first)


def _segments(line: str) -> list[re.Match[str]]:
    """The parts of a line between its separators."""
    return list(re.finditer(r"(?:(?!\s*,\s*|\s+[-–—/]\s+|\s*\|).)+", line))


def _names_only(segment: str) -> bool:
    """Capitalised words, with the connectors and numbers of names ("Monument aux Morts", "Ouaté")."""
    words = re.findall(r"[^\W_][\w'’.-]*", segment)
    small = lx.CONNECTORS | lx.ARTICLES | lx.OF_WORDS | lx.VENUE_DEDICATION_WORDS  # ("Monument aux Morts")
    return bool(words) and words[0][:1].isupper() and all(w[:1].isupper() or fold(w) in small for w in words)


def _under_an_item(text: str, first: int) -> bool:
    """The non-empty lines just above the one starting at `first` hold a programme's item (an hour opens one)."""
    above = [ln for ln in text[:first].splitlines() if _SEPARATOR.sub("", ln).strip()][-_LINES_UP:]
    return any(opens_with_hour(ln) for ln in above)
