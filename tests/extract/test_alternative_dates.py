"""Two dates offered as alternatives ("in January or February", "le 4 ou le 5 juin") are the one span the event
falls in, not two events (issue 19: agenda rows the gold reads as one span); two days far apart stay two rows."""

import datetime as dt

import pytest

from generator.extract.dates import dated_events, extract_timexes

NOVEMBER = dt.date(2021, 11, 9)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The minister said the two leaders could meet again in March or April, with two venues on the table.",
            "en",
            ("2022-03/2022-04", "March or April"),
        ),
        (
            "The club said the final decision will come on either December 2 or December 3.",
            "en",
            ("2021-12-02/2021-12-03", "December 2 or December 3"),
        ),
        (
            "Selon la préfecture, la réunion se tiendra en janvier ou en février à Lyon.",
            "fr",
            ("2022-01/2022-02", "en janvier ou en février"),
        ),
        (
            "Le conseil municipal se réunira le 14 ou le 15 décembre pour voter le budget.",
            "fr",
            ("2021-12-14/2021-12-15", "le 14 ou le 15 décembre"),
        ),
    ],
)
def test_alternatives_are_one_span(text, lang, expected):
    upcoming, _ = dated_events(extract_timexes(text, NOVEMBER, lang), NOVEMBER)
    assert [(u.date, u.text) for u in upcoming] == [expected]


def test_two_days_far_apart_offered_as_alternatives_stay_two_rows():
    text = "The vote will be held on December 2 or December 16, the board said."
    upcoming, _ = dated_events(extract_timexes(text, NOVEMBER, "en"), NOVEMBER)
    assert [u.date for u in upcoming] == ["2021-12-02", "2021-12-16"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Most games will be played on Saturday or Sunday, the league said.", ["2021-11-13", "2021-11-14"]),
        (
            "Late Thursday afternoon or 8:30 a.m. Friday, Nov. 12: the defence calls its first witness.",
            ["2021-11-11", "2021-11-12"],
        ),
    ],
)
def test_weekdays_and_hours_offered_as_alternatives_stay_days_of_their_own(text, expected):
    upcoming, _ = dated_events(extract_timexes(text, NOVEMBER, "en"), NOVEMBER)
    assert [u.date[:10] for u in upcoming] == expected
