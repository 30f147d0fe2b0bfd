"""A third language built from a data file (tests/lang/data/es.json): what adding a language takes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.lang import Language, register, unregister
from generator.lang.patterns import YEAR4, alternation, anchor_words

DATA = Path(__file__).parent / "data" / "es.json"


def spanish_language() -> Language:
    """The Spanish of the fixture: its rules' {MONTH}, {WEEKDAY} and {YEAR4} filled from its word lists."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    fragments = {"MONTH": alternation(data["months"]), "WEEKDAY": alternation(data["weekdays"]), "YEAR4": YEAR4}
    rules = tuple((name, pattern.format(**fragments)) for name, pattern in data["timex_rules"])
    anchors = {
        name: words.replace("{MONTHS}", anchor_words(data["months"])) for name, words in data["timex_anchors"].items()
    }
    return Language(
        code=data["code"],
        name=data["name"],
        day_first=data["day_first"],
        months=tuple(data["months"]),
        weekdays=tuple(data["weekdays"]),
        numbers=data["numbers"],
        units={word: (letter, n, clock) for word, (letter, n, clock) in data["units"].items()},
        days_from_publication=data["days_from_publication"],
        timex_rules=rules,
        timex_anchors=anchors,
        timex_ignore_case=True,
        tense_cues=tuple((label, pattern) for label, pattern in data["tense_cues"]),
        function_words=frozenset(data["function_words"]),
    )


@pytest.fixture
def spanish() -> Iterator[Language]:
    """Spanish, registered for the test and forgotten after it."""
    lang = spanish_language()
    register(lang)
    yield lang
    unregister(lang.code)
