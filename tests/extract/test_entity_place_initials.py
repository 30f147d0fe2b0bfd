"""A place written by its initials is the place, not an organisation (issue 19, organisations on real pages, census of
the orgen session: an acronym of a country, a province or a territory the text also names in full, typed an
organisation by its shape, seen on five English pages of five sites). An organisation's acronym stays one.
Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, acronym, place",
    [
        (
            "Title\n\nGulf power the United Arab Emirates (UAE) said on Friday that tension was rising. The UAE "
            "called for calm.",
            "UAE",
            "United Arab Emirates",
        ),
        (
            "Title\n\nThe governor of the British Virgin Islands said the inquiry would go on. The BVI premier was "
            "arrested in Miami.",
            "BVI",
            "British Virgin Islands",
        ),
        (
            "Title\n\nStudents from across Prince Edward Island will attend. The parliament of PEI meets in "
            "Charlottetown.",
            "PEI",
            "Prince Edward Island",
        ),
        (
            "Title\n\nFarmers in New South Wales fear a drought, and the NSW premier will visit them.",
            "NSW",
            "New South Wales",
        ),
        (
            "Title\n\nThe king will visit Papua New Guinea next week. PNG officials said the visit would last "
            "two days.",
            "PNG",
            "Papua New Guinea",
        ),
    ],
)
def test_a_place_s_initials_are_the_place(text: str, acronym: str, place: str):
    people, orgs, places = run(text)
    assert acronym not in orgs
    assert place in places


def test_an_organisation_s_initials_stay_an_organisation():
    text = (
        "Title\n\nThe World Health Organization (WHO) met in Geneva. The WHO said New Zealand had done well, "
        "and Saudi Arabia too."
    )
    people, orgs, places = run(text)
    assert any("WHO" in name or "World Health" in name for name in orgs)
    assert "New Zealand" in places
