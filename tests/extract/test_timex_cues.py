"""The words around a date that resolve it, read from each language's cues (generator/lang/<code>/timex.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.dates import extract_timexes
from generator.lang import BUILT_IN, language

TUESDAY = dt.date(2024, 4, 2)


def found(text: str, lang: str) -> list[tuple[str, str, bool]]:
    return [(t.text, t.value, t.upcoming) for t in extract_timexes(text, TUESDAY, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an opener inside the year's span, and a count that is no year
        ("Le plan sera achevé fin 2025.", "fr", [("fin 2025", "2025", True)]),
        ("The plan ends in fiscal 2025.", "en", [("fiscal 2025", "2025", True)]),
        ("Quelque 1500 manifestants ont défilé.", "fr", []),
        # a postponement points ahead even when told in the past
        ("La réunion a été reportée au 15 mars.", "fr", [("15 mars", "2025-03-15", True)]),
        ("The summit was postponed until March 15.", "en", [("March 15", "2025-03-15", True)]),
        # a relative year after the day and month gives its year
        ("Le sommet se tiendra le 15 mars de l'année prochaine.", "fr", [("le 15 mars", "2025-03-15", True)]),
        ("The summit will be held on March 15 next year.", "en", [("March 15", "2025-03-15", True)]),
        # the end of a range gives its start the year
        ("Le festival a eu lieu du 3 avril au 6 mai 2019.", "fr", [("3 avril", "2019-04-03", False)]),
        # a ceremony for a past date is this year's
        ("Il assistera aux cérémonies du 6 juin 1944.", "fr", [("6 juin 1944", "2024-06-06", True)]),
        ("He will attend the ceremonies of June 6, 1944.", "en", [("June 6, 1944", "2024-06-06", True)]),
        # a modifier before a month
        ("The vote took place last March.", "en", [("last March", "2024-03", False)]),
    ],
)
def test_the_cues_place_the_date(text: str, lang: str, expected: list[tuple[str, str, bool]]) -> None:
    assert found(text, lang)[: len(expected)] == expected


def test_a_term_of_years_after_a_duration_noun_is_a_duration_not_an_age() -> None:
    assert found("Il a été condamné à une peine de 3 ans.", "fr") == [("3 ans", "P3Y", False)]
    assert found("Un homme de 3 ans a été retrouvé.", "fr") == []


@pytest.mark.parametrize("code", BUILT_IN)
def test_every_built_in_language_has_its_cues(code: str) -> None:
    cues = language(code).timex_cues
    assert cues.next_words and cues.last_words and cues.this_words
    assert cues.year_openers and cues.year_followers and cues.open_before
    assert not set(cues.year_openers) & set(cues.year_span_openers)  # each word once
