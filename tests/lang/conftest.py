"""A third language built from a data file (tests/lang/data/es.json): what adding a language takes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.lang import Language, register, unregister
from generator.lang.patterns import YEAR4, alternation, anchor_words
from generator.lang.record import TimexCues

DATA = Path(__file__).parent / "data" / "es.json"


def spanish_language() -> Language:
    """The Spanish of the fixture: its rules' {MONTH}, {WEEKDAY}, {MODIFIER} and {YEAR4} filled from its word lists."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    cues = TimexCues(**{kind: tuple(found) for kind, found in data["timex_cues"].items()})
    fragments = {
        "MONTH": alternation(data["months"]),
        "WEEKDAY": alternation(data["weekdays"]),
        "MODIFIER": alternation((*cues.next_words, *cues.last_words)),
        "YEAR4": YEAR4,
    }
    rules = tuple((name, pattern.format(**fragments)) for name, pattern in data["timex_rules"])
    lists = {"{MONTHS}": anchor_words(data["months"]), "{WEEKDAYS}": anchor_words(data["weekdays"])}
    anchors = {name: " ".join(lists.get(w, w) for w in words.split()) for name, words in data["timex_anchors"].items()}
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
        timex_cues=cues,
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
