"""A clause that says what its subject is (timex/context.py `_copular`): the attribute names the event when the
subject is only the date, the clause when the subject is an event the attribute names again; an attribute that only
judges, or a copula of a relative clause, is no event."""

from __future__ import annotations

import pytest
from eventkit import event_at as _event


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        ("Monday will be the last day of the trial.", "Monday", "en", "last day of the trial"),
        ("Thursday, March 4 will be the second public hearing on the zoning plan.", "Thursday, March 4", "en",
         "second public hearing on the zoning plan"),
        ("Mardi sera la dernière journée d'audience du procès.", "Mardi", "fr",
         "dernière journée d'audience du procès"),
        ("Le 12 juin sera la journée nationale de grève des enseignants.", "Le 12 juin", "fr",
         "journée nationale de grève des enseignants"),
    ],
)  # fmt: skip
def test_a_date_that_is_an_event_is_the_attribute(sentence: str, date: str, lang: str, event: str) -> None:
    assert _event(sentence, date, lang) == event


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "words"),
    [
        ("La 3e étape, prévue le 14 juillet, sera la plus longue étape du Tour.", "le 14 juillet", "fr",
         ("3e étape", "plus longue étape du Tour")),
        ("The semi-final, scheduled for May 2, will be the first match played in the new stadium.", "May 2", "en",
         ("semi-final", "first match played in the new stadium")),
    ],
)  # fmt: skip
def test_an_event_subject_keeps_what_the_attribute_says(sentence: str, date: str, lang: str, words: tuple) -> None:
    event = _event(sentence, date, lang)
    assert all(w in event for w in words), event
    assert "prévue" not in event and "scheduled" not in event  # the participle's aside goes


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "said"),
    [
        # a day said to be busy, its events after the comma
        ("Mercredi sera une journée chargée, avec le conseil des ministres et une audition au Sénat.", "Mercredi",
         "fr", "conseil des ministres"),
        # the copula of a relative clause
        ("The mayor is avoiding the rallies that will be the largest of the year on Saturday.", "Saturday", "en",
         "rallies"),
    ],
)  # fmt: skip
def test_a_copula_that_names_no_event_leaves_the_phrase(sentence: str, date: str, lang: str, said: str) -> None:
    assert said in _event(sentence, date, lang)
