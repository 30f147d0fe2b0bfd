"""A schedule's days written in numbers without their year ("10/8 – Town Hall", "Tuesday 10/8")."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.dates import extract_timexes

THURSDAY = dt.date(2025, 11, 6)


def found(text: str, published: dt.date | None, lang: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in extract_timexes(text, published, lang)]


def test_an_english_schedule_reads_its_lines_month_first() -> None:
    text = (
        "Listening sessions with the sheriff will be held at the library, as follows:\n\n"
        "11/12 – Northside residents\n\n11/18 – Downtown merchants\n\n12/2: Final session\n"
    )
    assert found(text, THURSDAY, "en") == [
        ("11/12", "2025-11-12"),
        ("11/18", "2025-11-18"),
        ("12/2", "2025-12-02"),
    ]


def test_a_french_schedule_reads_its_lines_day_first() -> None:
    text = "Les permanences du maire se tiendront en mairie :\n12/11 – Quartier nord\n18/11 Centre-ville\n"
    assert found(text, THURSDAY, "fr") == [("12/11", "2025-11-12"), ("18/11", "2025-11-18")]


def test_a_weekday_dates_a_numeric_day_anywhere_in_a_sentence() -> None:
    assert found("The zoning board meets Wednesday 11/12 to hear the appeal.", THURSDAY, "en") == [
        ("Wednesday 11/12", "2025-11-12")
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Stir in 1/2 cup of sugar.\n3/4 of the members voted for it.\n", "en"),
        ("The hotline is open 24/7.\n24/7 Wall St. published its list.\n", "en"),
        ("Le score était de 2/3 à la pause.\n3/4 des habitants ont répondu.\n", "fr"),
        ("Le fonds détient 10/12 % du capital.\n", "fr"),
    ],
)
def test_fractions_scores_and_round_the_clock_are_no_days(text: str, lang: str) -> None:
    assert found(text, THURSDAY, lang) == []


def test_without_a_publication_date_the_year_stays_unknown() -> None:
    assert found("Town meetings:\n11/12 – Northside\n", None, "en") == [("11/12", "XXXX-11-12")]
