"""Shared pieces of normalisation: the Found record, unit values, day numbers and time codes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from generator.extract.folding import fold
from generator.lang import Language
from generator.lang.record import Unit

from .calendar import Direction
from .tense import Tense


@dataclass
class Found:
    start: int
    end: int
    type: str
    value: str
    deadline: bool = False  # "d'ici la fin du mois": a deadline after publication inside the current period
    week_part: tuple[int, int] | None = None  # "en début de semaine": the ISO weekdays of the week it names


TenseFn = Callable[[int, int], "Tense | None"]
Mod = Literal["next", "last", "this"]  # a modifier word's meaning: "prochain", "dernier", "ce"


# with no tense cue, a weekday is the one within three days either way (tried "future": worse on both corpora)
_WEEKDAY_DEFAULT: Direction = "nearest"
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman(s: str) -> int:
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN[ch]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    return total


def day_of_month(word: str, language: Language) -> int:
    """The day number of "15", "3rd", or of a first day written as an ordinal ("1er", "premier")."""
    w = fold(word).replace(" ", "")
    if language.ordinals.get(w) == 1:
        return 1
    return int(re.sub(r"\D", "", w))


def pod_code(language: Language, pod: str | None, late: bool | None = None) -> str:
    """The TIMEX3 time code of a part of the day ("matin" -> TMO); the day as a whole ("journée") at its
    end (`late`) is the evening, at its start the morning ("en fin de journée", "en début de journée")."""
    p = fold(pod or "")
    code = language.parts_of_day.get(p, "DT")
    if p in language.timex_cues.whole_day_words and late is not None:
        code = "EV" if late else "MO"
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
