"""A saint's short word opens a name, its full stop ending none ("St. Louis", "St. Mary of the Assumption Catholic
Church"), and a venue named after a saint keeps the saint's "of" (issue 19, places on fresh pages). Sentences written
for the test, about places of no benchmark page."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, place",
    [
        ("Title\n\nThe team flew to St. Louis on Monday.", "St. Louis"),
        ("Title\n\nVoters in St. Petersburg lined up early on Sunday.", "St. Petersburg"),
        ("Title\n\nMass will be held at St. Bridget of the Angels Church on Sunday.",
         "St. Bridget of the Angels Church"),
        ("Title\n\nThe recital is at St. Anne Catholic Church in Dayton on Friday.", "St. Anne Catholic Church"),
    ],
)  # fmt: skip
def test_a_saints_short_word_opens_a_place(text: str, place: str):
    people, orgs, places = run(text, "en")
    assert place in places
    assert not any(name in place for name in [*people, *orgs])


def test_a_streets_short_word_still_ends_the_street():
    people, _, _ = run("Title\n\nThe shop on Elm St. Mary Jones said would close in June.", "en")
    assert "Mary Jones" in people
