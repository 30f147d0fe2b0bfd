"""A body's name goes on over "de" and a known place after it (issue 19, names cut before "de" + place on the dev
pages of seven sites: an embassy, a national team, a gendarmerie unit, an airport company, a ministry "du" a
country): the place says which one. A town there stays a place of the story too; a country or a region is the
body's only (issue 19's places census of 6 December 2026: the dev gold left such a place out on 5 pages of 5 sites,
"la Banque de France", "Radio-Canada"). Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, body, place",
    [
        ("Titre\n\nLes enquêteurs de la SR de Lyon ont entendu le témoin mardi.", "SR de Lyon", "Lyon"),
        ("Titre\n\nSelon le ministère de l'Intérieur du Mali, dix soldats sont morts.",
         "ministère de l'Intérieur du Mali", "Mali"),
    ],
)  # fmt: skip
def test_a_known_place_after_de_belongs_to_the_bodys_name(text: str, body: str, place: str):
    _, orgs, places = run(text, "fr")
    assert body in orgs
    assert (place in places) == (place == "Lyon")  # a town, not a country


def test_a_national_sides_country_belongs_to_its_name_and_is_no_place_of_the_story():
    # (the dev pages' gold never lists the country of "l'équipe de France", "le XV de France", "la Coupe de France":
    # the side plays for it, wherever the match is)
    _, orgs, places = run("Titre\n\nLe XV de France affrontera l'Irlande samedi à Dublin.", "fr")
    assert "XV de France" in orgs
    assert "France" not in places
    assert "Dublin" in places


def test_a_person_after_de_is_no_part_of_the_name():
    _, orgs, _ = run("Titre\n\nLes militants de l'UMP de Nicolas Sarkozy ont applaudi.", "fr")
    assert not any("Sarkozy" in name for name in orgs)


@pytest.mark.parametrize(
    "text, party",
    [
        ("Titre\n\nEn 2012, le PS 280 sièges et l'UMP 190.", "PS"),
        ("Titre\n\nLes centristes de l'UDI 148 candidats, les écologistes 450.", "UDI"),
    ],
)
def test_a_party_of_the_tables_followed_by_a_count_is_the_party(text: str, party: str):
    _, orgs, _ = run(text, "fr")
    assert party in orgs


def test_a_road_number_stays_no_organisation():
    _, orgs, _ = run("Titre\n\nLe camion a quitté la RN 7 près de Valence.", "fr")
    assert not orgs


def test_a_seat_of_power_names_no_town_inside_it():
    _, orgs, places = run("Titre\n\nLe Quai d'Orsay a convoqué l'ambassadeur jeudi.", "fr")
    assert "Orsay" not in places
