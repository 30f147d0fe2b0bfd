"""A person by a known given name (issue 19, general knowledge for people and places): the census's and INSEE's
common given names (generator/lang/givennames.txt) make a person of a given name and a surname where the text
gives no title, speech verb or second mention; a town or a region that is a given name too is a place where the
sentence says so. Sentences written for the test, about people and places of no benchmark page."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, person",
    [
        ("Title\n\nThe exhibition in the old mill drew Ronda Pettigrew and a few neighbours.", "en", "Ronda Pettigrew"),
        ("Title\n\nThe award went to Gwendolyn Ashcombe for her third novel.", "en", "Gwendolyn Ashcombe"),
        ("Title\n\nSupporters cheered as Darnell Okafor crossed the line first.", "en", "Darnell Okafor"),
        ("Title\n\nThe tribunal heard Ludovic Carrère on Tuesday about the contract.", "en", "Ludovic Carrère"),
        # given names the news made frequent through a famous bearer, as often met as words ("Hillary", "Bernie")
        ("Title\n\nThe bakery was sold to Hillary Dunmore last spring.", "en", "Hillary Dunmore"),
        ("Title\n\nVolunteers led by Bernie Ashgrove cleaned the riverbank.", "en", "Bernie Ashgrove"),
        ("Title\n\nThe old boathouse now belongs to Matt Hollister and his brother.", "en", "Matt Hollister"),
    ],
)
def test_a_common_given_name_and_a_surname_are_a_person_without_other_cue(text: str, lang: str, person: str):
    people, orgs, places = run(text, lang)
    assert person in people
    assert person not in orgs and person not in places


def test_a_given_name_opens_a_name_of_a_few_words_not_a_longer_run():
    people, _, _ = run("Title\n\nThe gallery's last picture: Marcia Fenwick Purchase Licensing Rights", "en")
    assert not any("Licensing" in name for name in people)


@pytest.mark.parametrize(
    "text, lang, place",
    [
        ("Title\n\nThe delegation from Regina arrived late and left early.", "en", "Regina"),
        ("Titre\n\nLes orages ont frappé dans l'Aude toute la nuit.", "fr", "Aude"),
    ],
)
def test_a_town_or_region_that_is_a_given_name_is_a_place_after_a_place_preposition(text: str, lang: str, place: str):
    people, _, places = run(text, lang)
    assert place in places and place not in people


def test_a_town_that_is_a_given_name_is_no_place_by_its_name_alone():
    people, _, places = run("Title\n\nThe prize went to Marion Kessler. Marion thanked the jury.", "en")
    assert "Marion" not in places


def test_a_town_that_is_the_given_name_of_the_texts_person_is_that_person():
    # "Clementina" is a town of the world list, and too rare a given name for the table
    text = (
        "Title\n\nGovernor Clementina Oyelaran opened the session on Monday. Clementina Oyelaran then met the "
        "mayors. Clementina thanked them for their patience."
    )
    people, _, places = run(text)
    assert "Clementina" not in places
