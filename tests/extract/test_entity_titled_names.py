"""Titles before names (issue 19, people on fresh pages): a role word capitalised inside a thing's name names no one;
a list of officials with their titles, on one line or one a line, gives each person; an initial before the given name
after a role's complement belongs to the name; a name by its shape alone that holds a body's initials, or ends with
the plural of a common word no one bears, is no person; nor are words the recogniser calls a person that open or close
with a common noun the text writes in lower case. Sentences written for the test, about people and things of no
benchmark page."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, word",
    [
        ("Title\n\nShareholders will vote at the Annual General Meeting of the cooperative in June.", "Meeting"),
        ("Title\n\nThe accounts will be published in the Investor Relations section of the website.", "Relations"),
        ("Title\n\nThe climbers slept at the Blue Backpacker Hostel before the ascent.", "Hostel"),
    ],
)
def test_a_common_word_after_a_title_inside_a_things_name_is_no_person(text: str, word: str):
    people, _, _ = run(text)
    assert not any(word in name for name in people)


@pytest.mark.parametrize(
    "text, person",
    [
        ("Title\n\nThe bill was signed by President Bush after a long debate.", "Bush"),
        ("Title\n\nThe motion was tabled by Senator Baker on Tuesday.", "Baker"),
    ],
)
def test_a_surname_that_is_a_word_stays_a_person_after_a_title(text: str, person: str):
    people, _, _ = run(text)
    assert person in people


def test_two_titled_officials_on_one_line_are_two_people():
    text = "Title\n\nBriefing\n\nMayor Linda Farrow Councilwoman Grace Obuya\nThe session opens at noon."
    people, _, _ = run(text)
    assert {"Linda Farrow", "Grace Obuya"} <= set(people)
    assert people["Linda Farrow"].role == "Mayor"


def test_titled_officials_one_a_line_without_full_stop_are_people():
    text = "Title\n\nThe panel\n\nCommissioner Dana Whitlock\n\nTreasurer Paul Menard\n\nQuestions follow."
    people, _, _ = run(text)
    assert {"Dana Whitlock", "Paul Menard"} <= set(people)


def test_a_line_of_capitalised_menu_words_still_gives_no_person():
    people, _, _ = run("Title\n\nHome News Sport Weather\n\nThe river rose overnight in the valley.")
    assert not people


def test_an_initial_before_the_given_name_after_a_roles_complement_is_the_names():
    people, _, _ = run("Title\n\nTransit Director of Operations R. Dennis Hallworth presented the plan on Monday.")
    assert "R. Dennis Hallworth" in people
    assert people["R. Dennis Hallworth"].role is not None and "R." not in people["R. Dennis Hallworth"].role


def test_an_administrator_is_a_title_before_a_name():
    people, _, _ = run("Title\n\nAgency Administrator Dana Whitlock toured the flooded district.")
    assert "Dana Whitlock" in people
    assert "Administrator" in (people["Dana Whitlock"].role or "")


@pytest.mark.parametrize(
    "text, thing",
    [
        ("Title\n\nThe Kickers open at home against Lakeland Comets SC. Lakeland Comets SC won twice last year.", "SC"),
        ('Title\n\n"It is devastating," said Dr. Ana Ruiz, UC Riverside associate professor of nursing.', "UC"),
        ("Title\n\nNotice of Forthcoming AGM\n\nThe AGM of the Society will be held on 3 June.", "AGM"),
    ],
)
def test_a_name_by_its_shape_alone_with_a_bodys_initials_is_no_person(text: str, thing: str):
    people, _, _ = run(text)
    assert not any(thing in name.split() for name in people)


def test_a_name_by_its_shape_that_ends_with_a_things_plural_is_no_person():
    text = "Title\n\nCarla Mining Resources said its drilling went well. Carla Mining Resources will report in May."
    people, _, _ = run(text)
    assert not any("Resources" in name for name in people)


def test_words_the_recogniser_calls_a_person_that_open_with_a_common_noun_of_the_text_are_no_person():
    text = "Titre\n\nRéunion Otan-Géorgie à Bruxelles\n\nLa réunion des ministres se tiendra jeudi à Bruxelles."
    people, _, _ = run(text, "fr")
    assert not any("Réunion" in name for name in people)


def test_a_given_name_and_a_surname_that_is_a_word_of_the_text_stay_a_person():
    text = "Titre\n\nLe marchand de journaux a fermé. Jean Marchand, le maire, a annoncé la nouvelle mardi."
    people, _, _ = run(text, "fr")
    assert "Jean Marchand" in people


def test_a_head_of_state_styled_son_excellence_monsieur_is_a_person():
    text = (
        "Titre\n\nLe ministre assistera à l'investiture du président élu, S.E.M. Nii ADJEI-BOATENG. Il partira lundi."
    )
    people, orgs, _ = run(text, "fr")
    assert "Nii ADJEI-BOATENG" in people
    assert "S.E.M." not in orgs


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Titre\n\nLe titre a reculé de 2 % sur Euronext Bruxelles mardi, selon Euronext Bruxelles.",
            "Euronext Bruxelles",
        ),
        (
            "Titre\n\nUn guichet Accès Montréal ouvrira lundi. Les citoyens pourront joindre Accès Montréal.",
            "Accès Montréal",
        ),
    ],
)
def test_words_the_recogniser_calls_a_person_that_end_with_a_known_place_after_no_given_name_are_no_person(
    text: str, name: str
):
    people, _, _ = run(text, "fr")
    assert name not in people
