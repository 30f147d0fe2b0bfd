"""Initials in capitals that own what follows them (issue 19, organisations on real pages: agencies' acronyms lost in
the office or the event they open, "XYZ Deputy Secretary Jane Roe", "the XYZ Summit"), and a body's meeting taken for
the body. Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, body, person",
    [
        ("The visit was hosted by DNRC Deputy Director Paula Grant on Friday.", "DNRC", "Paula Grant"),
        ("Questions went to FHWA Director of Safety Ron Tate after the vote.", "FHWA", "Ron Tate"),
        ("Ministers then met OECD Secretary-General Ana Moreira in Paris.", "OECD", "Ana Moreira"),
    ],
)
def test_initials_before_an_office_are_the_body_whose_office_it_is(text: str, body: str, person: str):
    people, orgs, _ = run("Title\n\n" + text, "en")
    assert body in orgs
    assert person in people


@pytest.mark.parametrize(
    "text, body",
    [
        ("Delegates gather for the OSCE Summit in Vienna next week.", "OSCE"),
        ("The BRT Board Meeting will vote on the fares.", "BRT"),
        ("Members buy tickets for the WPA Annual Meeting today.", "WPA"),
    ],
)
def test_initials_opening_an_event_s_name_are_the_body_it_gathers(text: str, body: str):
    _, orgs, _ = run("Title\n\n" + text, "en")
    assert set(orgs) == {body}


def test_a_meeting_is_no_organisation():
    _, orgs, _ = run(
        "Title\n\nThe company said the Board Meeting will approve the accounts before the Annual General Meeting.", "en"
    )
    assert not orgs


def test_a_place_s_initials_before_an_event_stay_a_place():
    _, orgs, places = run("Title\n\nShe reached the final of the US Open last year.", "en")
    assert "US" not in orgs
