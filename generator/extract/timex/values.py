"""Shared pieces of normalisation: the Found record, modifier words, unit values, regexes."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from generator.extract.folding import fold
from generator.lang import Language
from generator.lang.every import every
from generator.lang.record import TimexCues, Unit

from .calendar import Direction
from .tense import Tense


@dataclass
class Found:
    start: int
    end: int
    type: str
    value: str
    deadline: bool = False  # "d'ici la fin du mois": a deadline after publication inside the current period


TenseFn = Callable[[int, int], "Tense | None"]
Mod = Literal["next", "last", "this"]  # a modifier word's meaning: "prochain", "dernier", "ce"


def _cues(get: Callable[[TimexCues], Iterable[str]]) -> tuple[str, ...]:
    """Every built-in language's cue words or patterns (generator/lang/<code>/timex.py), each once."""
    return every(lambda lang: get(lang.timex_cues))


def _pattern(get: Callable[[TimexCues], str]) -> tuple[str, ...]:
    """Every built-in language's pattern of one kind (a language may have none)."""
    return every(lambda lang: (get(lang.timex_cues),) if get(lang.timex_cues) else ())


def _either(patterns: Iterable[str]) -> str:
    """A group of the patterns as alternatives; one that never matches when there are none."""
    found = tuple(patterns)
    return "(?:" + "|".join(found) + ")" if found else "(?!)"


_NEXT = frozenset(_cues(lambda c: c.next_words))
_LAST = frozenset(_cues(lambda c: c.last_words))
_THIS = frozenset(_cues(lambda c: c.this_words))
# Followers that make a bare four-digit number a year: function words, verbs, punctuation.
_YEAR_FOLLOWERS = frozenset(_cues(lambda c: c.year_followers))
# Before a bare number, they make it a year: "en", "fiscal", and the seasons ("printemps 2024").
_YEAR_SPAN_PRE = frozenset(_cues(lambda c: c.year_span_openers))
_STRONG_YEAR_PRE = _YEAR_SPAN_PRE | frozenset((*_cues(lambda c: c.year_openers), *every(lambda lang: lang.seasons)))
# "the 2000 election", "la 2000": after a determiner, a number followed by a noun may still be a year
_DETERMINER_BEFORE = re.compile(rf"\b{_either(map(re.escape, _cues(lambda c: c.year_determiners)))}\s+$", re.IGNORECASE)
_INCLUDED_MONTH_PRE = frozenset(_cues(lambda c: c.month_openers))
_COMMEMORATION_BEFORE = re.compile(
    rf"\b{_either(_cues(lambda c: c.commemorations))}\s+{_either(_cues(lambda c: c.commemoration_links))}\s*$",
    re.IGNORECASE,
)
_DEADLINE_BEFORE = re.compile(_either(_pattern(lambda c: c.deadline_before)) + "$", re.IGNORECASE)
_OPEN_BEFORE = re.compile(_either(_cues(lambda c: c.open_before)) + r"\s*$", re.IGNORECASE)
_AHEAD_OPENER = re.compile(_either(_cues(lambda c: c.ahead_openers)), re.IGNORECASE)
# "reporté au 15 avril", "postponed until Saturday": a postponement points past the day it is told
_POSTPONED_TO = re.compile(r"\b" + _either(_pattern(lambda c: c.postponed_to)) + "$", re.IGNORECASE)
_DURATION_NOUN = re.compile(rf"\b{_either(_cues(lambda c: c.duration_nouns))}\s+(?:\w+\s+)?$")
# "trois ans de tractations", "2 ans de prison": a span of something, not an age
_DURATION_AFTER = re.compile(r"\s*" + _either(_cues(lambda c: c.duration_after)))
# "Jan. 6 next year", "le 15 mars de l'année prochaine": each language's pattern has one group, its modifier
_YEAR_AFTER = re.compile(r",?\s+" + _either(_pattern(lambda c: c.year_after)) + r"\b", re.IGNORECASE)
# "du 3 avril au 6 mai 2019", "from July 9 to July 11, 2019": the range's end gives the year
_RANGE_END_YEAR = re.compile(
    r"\s*" + _either(_pattern(lambda c: c.range_end_link)) + r"[\w.]+(?:\s+[\w.]+){0,2}?,?\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)

# "before the end of 2024", "d'ici 2024": a deadline year
_YEAR_DEADLINE = re.compile(_either(_pattern(lambda c: c.year_deadline)) + "$", re.IGNORECASE)

# with no tense cue, a weekday is the one within three days either way (tried "future": worse on both corpora)
_WEEKDAY_DEFAULT: Direction = "nearest"
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman(s: str) -> int:
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN[ch]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    return total


def _mod(word: str | None) -> Mod | None:
    if not word:
        return None
    w = fold(word)
    if w in _NEXT:
        return "next"
    if w in _LAST:
        return "last"
    if w in _THIS:
        return "this"
    return None


def day_of_month(word: str, language: Language) -> int:
    """The day number of "15", "3rd", or of a first day written as an ordinal ("1er", "premier")."""
    w = fold(word).replace(" ", "")
    if language.ordinals.get(w) == 1:
        return 1
    return int(re.sub(r"\D", "", w))


def pod_code(language: Language, pod: str | None, edge: str | None = None) -> str:
    """The TIMEX3 time code of a part of the day ("matin" -> TMO), "début"/"fin de journée" told apart."""
    p = fold(pod or "")
    code = language.parts_of_day.get(p, "DT")
    if p == "journee" and edge:
        code = "EV" if fold(edge) == "fin" else "MO"
    return code if code.startswith("T") else "T" + code


def _unit_key(language: Language, unit: str) -> str:
    """The unit's key in the language's table: "ans" -> "an", "centuries" -> "century"."""
    u = fold(unit)
    units = language.unit_values
    if u in units:
        return u
    if u in language.unit_plurals:
        return fold(language.unit_plurals[u])
    if u.endswith("s") and u[:-1] in units:
        return u[:-1]
    return u


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def unit_of(language: Language, unit: str) -> Unit:
    """(TIMEX3 letter, multiplier, clock unit) of a unit word; a year when the word is unknown."""
    return language.unit_values.get(_unit_key(language, unit), ("Y", 1, False))


def duration_value(language: Language, num: float | None, unit: str, half: bool = False) -> str:
    letter, mult, clock = unit_of(language, unit)
    if num is None:
        return ("PTX" if clock else "PX") + letter
    n = num * mult + (0.5 * mult if half else 0)  # "deux ans et demi" -> P2.5Y
    return ("PT" if clock else "P") + _fmt(n) + letter
