"""A country's body named by the country's name and by its nationality is one organisation (issue 19, organisations on
real pages, census of the orgen session: "Israel's military" beside "the Israeli military", "Sudan's government"
beside "the Sudanese government", two entries for one body on English pages of three sites). Two countries' bodies
stay two. Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, forms",
    [
        (
            "Iran's foreign ministry protested on Monday. The Iranian foreign ministry then summoned the envoy.",
            {"Iran's foreign ministry", "Iranian foreign ministry"},
        ),
        (
            "The Sudanese government denied the report. Sudan's government has long rejected such claims.",
            {"Sudanese government", "Sudan's government"},
        ),
    ],
)
def test_a_country_s_body_by_its_name_and_its_nationality_is_one(text: str, forms: set[str]):
    people, orgs, places = run("Title\n\n" + text)
    found = [o for o in orgs.values() if {o.name, *o.aliases} & forms]
    assert len(found) == 1
    assert forms <= {found[0].name, *found[0].aliases}


def test_two_countries_bodies_stay_two():
    people, orgs, places = run("Title\n\nThe French government and Germany's government met in Paris on Friday.")
    assert "French government" in orgs and "Germany's government" in orgs
