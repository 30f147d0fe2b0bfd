"""Two chambers of a legislature joined by "and" are two organisations, not one name (issue 19, organisations on real
pages, census of the orgen session: "the House and Senate", "the House of Representatives and Senate" read as one
body on English pages of two sites, where the gold names each chamber). A body whose name holds "and" stays one.
Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("The bill cleared the House and Senate on Friday after a long night.", "House", "Senate"),
        (
            "She will address a joint session of the House of Representatives and Senate on Thursday.",
            "House of Representatives",
            "Senate",
        ),
        ("Both the Senate and House of Commons must vote on the treaty.", "Senate", "House of Commons"),
        (
            "He came at the invitation of Speaker Jane Doe of the House of Representatives and Senate majority leader "
            "John Roe.",
            "House of Representatives",
            "Senate",
        ),
    ],
)
def test_two_chambers_joined_by_and_are_two_bodies(text: str, first: str, second: str):
    people, orgs, places = run("Title\n\n" + text)
    assert first in orgs and second in orgs


@pytest.mark.parametrize(
    "text, body",
    [
        ("The Department of Health and Human Services issued the rule.", "Department of Health and Human Services"),
        ("The Food and Drug Administration approved the vaccine.", "Food and Drug Administration"),
    ],
)
def test_a_body_whose_name_holds_and_stays_one(text: str, body: str):
    people, orgs, places = run("Title\n\n" + text)
    assert body in orgs
