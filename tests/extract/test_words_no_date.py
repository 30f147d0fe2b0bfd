"""Words that look like a date inside a longer phrase that is none (issue 19: agenda rows that should not be one)."""

import datetime as dt

import pytest

from generator.extract.dates import dated_events, extract_timexes

APRIL = dt.date(2024, 4, 2)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "après midi" written without its hyphen is the afternoon of the day, not an hour of its own
        (
            "Vendredi, la ministre visitera Lyon. Dans l'après midi, elle inaugurera le chantier du tramway.",
            "fr",
            [("2024-04-05", "Vendredi")],
        ),
        (
            "Le président arrivera jeudi à Abidjan. Dans l’après midi, il se rendra au palais présidentiel.",
            "fr",
            [("2024-04-04", "jeudi")],
        ),
        # "a quarter century" is twenty-five years, not a quarter of a year to come
        ("The union called it the hardest negotiation in a quarter century.", "en", []),
    ],
)
def test_no_agenda_row_of_its_own(text, lang, expected):
    upcoming, _ = dated_events(extract_timexes(text, APRIL, lang), APRIL)
    assert [(u.date, u.text) for u in upcoming] == expected


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("La réunion est fixée à midi.", "fr", "2024-04-02T12:00"),
        ("Les résultats seront connus dans deux semaines.", "fr", "2024-04-16"),
        ("The results will be known in a quarter.", "en", "2024-07"),
    ],
)
def test_the_dates_beside_them_stay(text, lang, value):
    assert [t.value for t in extract_timexes(text, APRIL, lang)] == [value]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a weekday after an indefinite article is any such day: what a date of the calendar is, not a day of its own
        (
            "Le 13 avril tombant un samedi, le bureau de vote ouvrira le lundi 15 avril.",
            "fr",
            ["2024-04-13", "2024-04-15"],
        ),
        (
            "As April 13 falls on a Saturday, the polling station will open on Monday, April 15.",
            "en",
            ["2024-04-13", "2024-04-15"],
        ),
    ],
)
def test_a_weekday_after_an_indefinite_article_is_no_day(text, lang, expected):
    upcoming, _ = dated_events(extract_timexes(text, APRIL, lang), APRIL)
    assert [u.date for u in upcoming] == expected
