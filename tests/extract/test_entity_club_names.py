"""A kind of error the 32nd batch and older dev pages of bench/real showed (issue 19): a club named by its town and a
club's closing word ("Grimsby Town", "Crawley Town", "West Bromwich Albion") missed, or typed a place, when no match's
word stands next to it. The closing word makes the club wherever the sentence puts it; a place the lists know whole
("Mexico City", "Camden Town") and a province's name with the word ("Quebec City") stay places. And "opener", a
season's first match, is a match's word after "against". Tested on sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, club",
    [
        ("Title\n\nA new manager and a new start for Bolton Wanderers this summer.", "Bolton Wanderers"),
        ("Title\n\nTickets for Norwich City are half price for children.", "Norwich City"),
        ("Title\n\nThe deal was agreed with Leeds United last week.", "Leeds United"),
        ("Title\n\nHe spent ten years at Blackburn Rovers before he retired.", "Blackburn Rovers"),
    ],
)
def test_a_town_and_a_club_s_closing_word_is_the_club(text: str, club: str):
    people, orgs, places = run(text, "en")
    assert club in orgs
    assert club not in people and club not in places


@pytest.mark.parametrize(
    "text, place",
    [
        ("Title\n\nShe flew to Mexico City on Monday for the talks.", "Mexico City"),
        ("Title\n\nThe mayor lives in Camden Town with his family.", "Camden Town"),
    ],
)
def test_a_place_known_whole_stays_the_place(text: str, place: str):
    people, orgs, places = run(text, "en")
    assert place in places and place not in orgs


def test_a_province_s_name_and_city_is_no_club():
    people, orgs, places = run("Title\n\nThe summit opened in Quebec City on Monday.", "en")
    assert "Quebec City" not in orgs


def test_a_name_after_against_in_a_season_opener_is_a_team():
    people, orgs, places = run("Title\n\nThe home opener will be played against Dunmore Red Foxes in April.", "en")
    assert "Dunmore Red Foxes" in orgs
