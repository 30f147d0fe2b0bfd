"""A building one visits, opens, tours or enters is a place, not the body that runs it (issue 19, organisations on real
pages, census of the orgen session: hospitals, centres, churches, schools and galleries of royal diaries, programmes
and crime reports typed organisations, seen on five English pages of five sites; the reference gold's convention: "a
building where something happens is a place"). Its staff's or its own words still name the body. Sentences written
for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, building",
    [
        ("On Friday the princess will open the Riverside Centre, Maple Farm, Ashby.", "Riverside Centre"),
        ("The gunman entered Grace Baptist Church in downtown Dayton on a Wednesday evening.", "Grace Baptist Church"),
        ("Anyone who visited Hillside School, at 12 Oak Road in Millbrook, should call the county.", "Hillside School"),
        (
            "On Sunday the prime minister will inaugurate the Chennai Diamond Bourse, a trading hub.",
            "Chennai Diamond Bourse",
        ),
        ("The duke will visit St Mary's Hospital in Paddington on Monday.", "St Mary's Hospital"),
        ("The queen toured Greenfield Community Centre in Leeds.", "Greenfield Community Centre"),
        ("The king will make an address in the Royal Gallery before heading back.", "Royal Gallery"),
    ],
)
def test_a_building_visited_or_opened_is_a_place(text: str, building: str):
    people, orgs, places = run("Title\n\n" + text)
    assert building in places
    assert building not in orgs


@pytest.mark.parametrize(
    "text, body",
    [
        ("A teacher at Hillside School said the pupils were sent home.", "Hillside School"),
        ("Northfield General Hospital said the ward was full.", "Northfield General Hospital"),
        ("She studied at the London School of Economics before joining the bank.", "London School of Economics"),
    ],
)
def test_the_body_of_a_building_stays_an_organisation(text: str, body: str):
    people, orgs, places = run("Title\n\n" + text)
    assert body in orgs


@pytest.mark.parametrize(
    "text, building",
    [
        # a visit's noun and its preposition before the building (census of the plc35 session: royal diaries and
        # programmes, "a visit to X Hospital", "the grand opening of the X Bourse")
        ("The princess will make a visit to Northfield General Hospital on Friday.", "Northfield General Hospital"),
        ("The duke's visit to Ashby Memorial Hospital ended at noon.", "Ashby Memorial Hospital"),
        ("He will then attend the opening of the Bayside Community Centre at noon.", "Bayside Community Centre"),
    ],
)
def test_a_building_after_a_visits_noun_is_a_place(text: str, building: str):
    people, orgs, places = run("Title\n\n" + text)
    assert building in places
    assert building not in orgs


@pytest.mark.parametrize(
    "text",
    [
        "The charity made a donation to Northfield General Hospital last year.",
        "The report of Northfield General Hospital was published on Monday.",
    ],
)
def test_a_building_after_other_nouns_stays_its_body(text: str):
    people, orgs, places = run("Title\n\n" + text)
    assert "Northfield General Hospital" in orgs
