"""An event phrase never starts inside a name or a noun group a coordinator joins ("Trinidad and | Tobago", "the heads
of state and | government"): a part after "and" is a clause of its own only when it says a verb of its own, not a
name's capitalised word that reads like one ("Heads", "Meets"), an infinitive inside a group ("the states | to meet")
or the verb of a relative clause ("a tour | that will take them") (timex/context.py, timex/wording.py)."""

from __future__ import annotations

import pytest

from generator.extract.timex.wording import _event_words, says_finite_verb
from generator.lang import language

from .eventkit import event_at


@pytest.mark.parametrize(
    ("sentence", "date", "cut"),
    [
        (
            "The minister will fly to Antigua and Barbuda to address the Caribbean Heads of Government Conference on "
            "the evening of 4 July.",
            "4 July",
            "Barbuda",
        ),
        (
            "The envoy will travel to Saint Kitts and Nevis to open the Regional Meets Summit on Friday morning.",
            "Friday",
            "Nevis",
        ),
        (
            "Ms Ardern will welcome King Charles and Queen Camilla on a five-day tour that will also take them to "
            "Auckland on Tuesday.",
            "Tuesday",
            "Camilla",
        ),
        (
            "The chancellor has invited the prime ministers and presidents of the Baltic states to meet in Berlin on "
            "3 June.",
            "3 June",
            "presidents",
        ),
    ],
)
def test_a_phrase_never_starts_on_the_second_member_of_a_coordination(sentence: str, date: str, cut: str) -> None:
    assert not event_at(sentence, date, "en").startswith(cut)


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "kept", "left"),
    [
        # a clause of its own after the coordinator still parts the sentence
        (
            "The council approved the budget and the mayor will present it to residents on Monday.",
            "Monday",
            "en",
            "mayor will present",
            "approved",
        ),
    ],
)
def test_a_clause_of_its_own_after_a_coordinator_is_still_its_own_event(
    sentence: str, date: str, lang: str, kept: str, left: str
) -> None:
    event = event_at(sentence, date, lang)
    assert kept in event
    assert left not in event


@pytest.mark.parametrize(
    ("text", "finite"),
    [
        ("Tobago to attend the Commonwealth Heads of Government Meeting", False),
        ("government of the G8 states to meet in Berlin", False),
        ("Queen Camilla on a tour that will also take them to Auckland", False),
        ("the mayor will present it", True),
        ("to meet the press", True),  # an infinitive opening its part is the part's own verb
    ],
)
def test_what_says_a_verb_of_its_own(text: str, finite: bool) -> None:
    assert says_finite_verb(text, _event_words(language("en"))) is finite
