"""A range whose end is said to be approximate is still one range, not two days (issue 19: agenda rows the gold
reads as one span)."""

import datetime as dt

import pytest

from generator.extract.dates import dated_events, extract_timexes

AUGUST = dt.date(2009, 8, 25)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The hearings will run from October 12, 2009 to approximately December 16, 2009.",
            "en",
            ("2009-10-12/2009-12-16", "October 12, 2009 to approximately December 16, 2009"),
        ),
        (
            "The fair will be held from March 3 to around March 20.",
            "en",
            ("2010-03-03/2010-03-20", "March 3 to around March 20"),
        ),
        (
            "Les travaux de la gare dureront du 12 octobre jusqu'à environ le 16 décembre.",
            "fr",
            ("2009-10-12/2009-12-16", "12 octobre jusqu'à environ le 16 décembre"),
        ),
    ],
)
def test_an_approximate_end_keeps_the_range(text, lang, expected):
    upcoming, _ = dated_events(extract_timexes(text, AUGUST, lang), AUGUST)
    assert [(u.date, u.text) for u in upcoming] == [expected]
