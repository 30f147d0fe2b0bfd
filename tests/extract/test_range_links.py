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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La grève aura lieu du 3 octobre 2024 au 5 octobre 2024.", ["2024-10-03/2024-10-05"]),
        (
            "Le préavis couvre les journées du mercredi 1er octobre 2025 au vendredi 31 octobre 2025.",
            ["2025-10-01/2025-10-31"],
        ),
        ("Le festival aura lieu du 12 juin 2025 au 3 juillet 2025.", ["2025-06-12/2025-07-03"]),
    ],
)
def test_a_french_range_with_a_year_at_each_end(text: str, expected: list[str]) -> None:
    """The first end's year is no day of the range: "2025 au 31 octobre" is not "25 au 31 octobre"."""
    published = dt.date(2024, 9, 2)
    upcoming, _ = dated_events(extract_timexes(text, published, "fr"), published)
    assert [u.date for u in upcoming] == expected
