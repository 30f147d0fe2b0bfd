"""A hall named by its kind in sentence case, then after whom it is named, is one place where something happens
(issue 19, organisations on real pages, census of the orgfr session: "au Centre international de conférences
Abdou-Diouf" gave an organisation "Centre international de conférences" and a person or an organisation
"Abdou-Diouf", on two sites). Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, hall",
    [
        ("Titre\n\nAprès leur entretien, les deux présidents se rendront au Centre international de conférences "
         "Léopold-Senghor pour la réunion.", "Centre international de conférences Léopold-Senghor"),
        ("Titre\n\nCe jour, au Centre international des congrès Amadou Hampâté Bâ, se tiendra une conférence.",
         "Centre international des congrès Amadou Hampâté Bâ"),
    ],
)  # fmt: skip
def test_a_hall_and_its_dedicatee_are_one_place(text: str, hall: str):
    people, orgs, places = run(text, "fr")
    assert hall in places
    assert not people and not orgs


def test_a_capitalised_venue_head_and_its_qualifier_name_the_venue_not_a_person():
    people, _, places = run(
        "Titre\n\nÀ son arrivée à l'Aéroport international Blaise Diagne, le ministre Paul Ndiaye a été accueilli.",
        "fr",
    )
    assert set(people) == {"Paul Ndiaye"}
    assert "Aéroport international Blaise Diagne" in places and "Aéroport" not in places


@pytest.mark.parametrize(
    "text, dedicatee",
    [
        ("Titre\n\nLa visite se termine par la salle de conférence Aimé Césaire, où un buffet sera servi.",
         "Aimé Césaire"),
        ("Titre\n\nLe ministre Paul Ndiaye visitera l'école primaire Cheikh Anta Diop à Dakar.", "Cheikh Anta Diop"),
    ],
)  # fmt: skip
def test_a_building_qualified_before_its_dedicatee_is_no_person(text: str, dedicatee: str):
    people, _, _ = run(text, "fr")
    assert not any(dedicatee.endswith(name) for name in people)


def test_a_qualified_hall_visited_is_one_place():
    _, _, places = run("Titre\n\nLe préfet recevra les élus dans la salle de réunion Gaston Monnerville.", "fr")
    assert "salle de réunion Gaston Monnerville" in places


def test_a_tomb_named_after_whom_it_holds_is_a_place_not_a_person():
    people, _, places = run(
        "Titre\n\nLe ministre assistera à l'inauguration du mausolée de Patrice Lumumba samedi à Kinshasa.", "fr"
    )
    assert not people
    assert "mausolée de Patrice Lumumba" in places


def test_a_verb_between_a_hall_and_a_name_keeps_the_person():
    people, _, _ = run("Titre\n\nLa salle accueille Paul Ndiaye, ministre de la Culture, mardi soir.", "fr")
    assert "Paul Ndiaye" in people


def test_a_hall_at_a_line_end_does_not_take_the_next_line():
    _, _, places = run("Titre\n\nLa réunion aura lieu à l'hôtel de ville, salle du conseil\n\nMétro Bastille", "fr")
    assert "Métro Bastille" in places


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nThe event takes place in the Martin Luther King Room at City Hall.",
        "Title\n\nThe gala will be held in the Rosa Parks Ballroom on Friday.",
    ],
)
def test_an_english_room_named_after_someone_is_no_person(text: str):
    people, _, _ = run(text, "en")
    assert not people


def test_a_room_named_after_someone_is_a_place():
    _, _, places = run("Title\n\nThe gala will be held in the Rosa Parks Ballroom on Friday.", "en")
    assert "Rosa Parks Ballroom" in places
