"""Buildings, venues and sites as places (issue 19, places on real pages): a facility's head with its name is one
place, with its full extent; a school named after someone is no person, and a place where something happens after
a place preposition. Sentences written for the test, about venues of no benchmark page."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, place",
    [
        ("Titre\n\nLa ministre assistera mardi à une réunion au lycée Victor-Hugo.", "lycée Victor-Hugo"),
        ("Titre\n\nLes élus se retrouveront en salle Jean Jaurès à 18 heures.", "salle Jean Jaurès"),
        ("Titre\n\nUne exposition se tient au collège Louise Michel jusqu'en juin.", "collège Louise Michel"),
    ],
)
def test_a_visited_building_named_after_someone_is_a_place_and_no_person(text: str, place: str):
    people, orgs, places = run(text, "fr")
    assert place in places
    assert not people and not orgs


def test_the_town_after_a_visited_schools_full_name_is_a_place_of_its_own():
    people, _, places = run("Titre\n\nLe préfet passera au lycée Marie Curie de Vesoul dans la matinée.", "fr")
    assert {"lycée Marie Curie", "Vesoul"} <= set(places) and not people


def test_a_school_a_strike_list_names_is_neither_person_nor_place():
    people, _, places = run(
        "Titre\n\nÉtablissements en grève : lycée Simone Veil (Melun, 77), lycée Voltaire (Créteil, 94).", "fr"
    )
    assert not {"lycée Simone Veil", "lycée Voltaire", "Simone Veil", "Voltaire"} & (set(places) | set(people))


def test_a_teachers_school_is_no_place_he_visits():
    people, _, places = run("Titre\n\nPaul Martin, professeur au lycée Jean Moulin, a témoigné lundi.", "fr")
    assert "lycée Jean Moulin" not in places and "Jean Moulin" not in people


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Titre\n\nLa délégation s'est rendue au lycée professionnel de Tulle où elle a rencontré les élèves.",
            "lycée professionnel de Tulle",
        ),
        ("Titre\n\nLe débat aura lieu dans la salle des fêtes de Brive samedi soir.", "salle des fêtes de Brive"),
    ],
)
def test_a_visited_building_named_by_its_kind_and_town_is_one_place(text: str, place: str):
    _, _, places = run(text, "fr")
    assert place in places


@pytest.mark.parametrize(
    "text, lang, place",
    [
        ("Titre\n\nLe cortège partira de l'esplanade du Château avant midi.", "fr", "esplanade du Château"),
        ("Titre\n\nUne lecture aura lieu sur le parvis de Notre-Dame.", "fr", "parvis de Notre-Dame"),
        ("Titre\n\nLa fête se tiendra au jardin Lecoq.", "fr", "jardin Lecoq"),
        ("Titre\n\nLe défilé partira de la Promenade des Anglais.", "fr", "Promenade des Anglais"),
        ("Title\n\nThe team walked to Highgate Cemetery.", "en", "Highgate Cemetery"),
        ("Title\n\nPilgrims will visit Tewkesbury Abbey on Sunday.", "en", "Tewkesbury Abbey"),
        ("Title\n\nProtesters gathered outside Trump Tower on Sunday.", "en", "Trump Tower"),
        ("Title\n\nThe talks opened at NATO Headquarters in Brussels.", "en", "NATO Headquarters"),
    ],
)
def test_a_site_named_by_its_kind_is_a_place(text: str, lang: str, place: str):
    people, orgs, places = run(text, lang)
    assert place in places
    assert place not in people and place not in orgs


def test_a_lawn_of_a_seat_of_power_is_the_lawn_then_the_institution():
    _, orgs, places = run("Title\n\nThe ceremony on the North Lawn of the White House starts at noon.", "en")
    assert "North Lawn" in places and "White House" in orgs


def test_an_english_place_noun_takes_no_french_street_head():
    people, _, places = run('Title\n\n"There is no place Bob Jenkins would rather be," his wife said.', "en")
    assert not any(p.lower().startswith("place") for p in places) and "Bob Jenkins" in people


@pytest.mark.parametrize(
    "text, place",
    [
        ("Titre\n\nMatch au stade municipal Pierre Brisson samedi.", "stade municipal Pierre Brisson"),
        ("Titre\n\nIl réside au Palais épiscopal du Vieux-Port depuis mai.", "Palais épiscopal du Vieux-Port"),
    ],
)
def test_a_venue_head_with_its_adjective_names_the_venue_whole(text: str, place: str):
    people, _, places = run(text, "fr")
    assert place in places and not people


@pytest.mark.parametrize(
    "text, lang, place",
    [
        (
            "Titre\n\nJeudi 5 mars\n10h00 : Ouverture des assises\nMaison des sports, Amiens\n",
            "fr",
            "Maison des sports",
        ),
        ("Title\n\nFriday 6 March\n10.00: Opening session\nKelvin Hall, Glasgow\n", "en", "Kelvin Hall"),
    ],
)
def test_a_buildings_name_then_its_town_is_a_venue_line(text: str, lang: str, place: str):
    _, orgs, places = run(text, lang)
    assert place in places and place not in orgs


def test_a_building_that_speaks_after_its_town_stays_a_body():
    _, orgs, places = run("Title\n\nThe Mandela Center, Atlanta, said the count was fair.", "en")
    assert "Mandela Center" not in places


@pytest.mark.parametrize(
    "text, place",
    [
        ("Titre\n\nLes chalutiers sont rentrés hier au port de Sète après la tempête.", "port de Sète"),
        ("Titre\n\nLe vent a soufflé fort au port d'Ajaccio dans la nuit.", "port d'Ajaccio"),
    ],
)
def test_a_harbour_named_by_its_place_is_one_place(text: str, place: str):
    _, _, places = run(text, "fr")
    assert place in places


@pytest.mark.parametrize(
    "text, place",
    [
        ("Titre\n\nLe concert se tiendra au petit théâtre de Vienne samedi.", "petit théâtre de Vienne"),
        ("Titre\n\nLa cérémonie aura lieu devant le grand palais de Lille samedi.", "grand palais de Lille"),
    ],
)
def test_the_adjective_before_a_venue_head_belongs_to_its_name(text: str, place: str):
    _, _, places = run(text, "fr")
    assert place in places


def test_a_monument_dedicated_aux_someone_is_one_place():
    _, _, places = run("Titre\n\nLe maire déposera une gerbe au monument aux Morts de Rodez.", "fr")
    assert "monument aux Morts" in places and "Morts" not in places


def test_an_area_named_by_its_region_is_one_place():
    _, _, places = run("Titre\n\nLes dirigeants des pays de la zone Asie-Pacifique se réuniront lundi.", "fr")
    assert "zone Asie-Pacifique" in places


def test_a_visited_labour_exchange_is_a_place_and_no_body():
    _, orgs, places = run("Titre\n\nLa réunion se tiendra à la Bourse du Travail de Lyon mardi.", "fr")
    assert "Bourse du Travail de Lyon" in places and not orgs


@pytest.mark.parametrize(
    "text, place",
    [
        ("Title\n\nInvestors toured the Kingston Free Zone on Monday.", "Kingston Free Zone"),
        ("Title\n\nThe firm will open a plant in the Suez Canal Economic Zone next year.", "Suez Canal Economic Zone"),
    ],
)
def test_an_english_zone_named_whole_is_a_place(text: str, place: str):
    _, _, places = run(text, "en")
    assert place in places
