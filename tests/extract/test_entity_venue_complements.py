"""A venue named by its kind and its complement is one place, whole (issue 19, places on real pages): a building's
kind keeps its "de" complement ("la Maison du Peuple"), a common noun written with its capital takes its own
complement ("la Place du Champ de foire"), a state's formal name inside a venue's is no place of its own, and a
person's full name after "de" ends the venue. Sentences written for the test, about venues of no benchmark page."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, place",
    [
        ("Titre\n\nLe meeting se tiendra à la Maison du Peuple samedi soir.", "Maison du Peuple"),
        ("Titre\n\nLa Maison des associations ouvrira ses portes samedi.", "Maison des associations"),
        ("Titre\n\n- Lille : Maison des syndicats -> 10h00", "Maison des syndicats"),
        ("Titre\n\nLe concert est donné dans les Jardins de l'Évêché ce soir.", "Jardins de l'Évêché"),
    ],
)
def test_a_building_or_a_site_by_its_kind_and_complement_is_one_place(text: str, place: str):
    people, orgs, places = run(text, "fr")
    assert place in places
    assert not people and not orgs and not {"Maison", "Peuple", "Jardins"} & set(places)


def test_a_company_whose_name_opens_with_a_plural_kind_is_no_site():
    _, orgs, places = run("Titre\n\nLe groupe Aéroports de Paris a publié ses résultats jeudi.", "fr")
    assert "Aéroports de Paris" in orgs and "Aéroports de Paris" not in places


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Titre\n\nLes forains s'installent sur la Place du Marché de gros, comme chaque année.",
            "Place du Marché de gros",
        ),
        (
            "Titre\n\nLe ministre visitera une usine du Parc d'activités de la Vallée de la Sambre, rue Jean Jaurès.",
            "Parc d'activités de la Vallée de la Sambre",
        ),
    ],
)
def test_a_capitalised_common_noun_takes_its_own_complement_in_a_venues_name(text: str, place: str):
    _, _, places = run(text, "fr")
    assert place in places


def test_a_venues_complement_stops_at_an_infinitive():
    _, _, places = run("Titre\n\nIl a demandé au Palais de la Culture de recevoir les artistes.", "fr")
    assert "Palais de la Culture" in places
    assert not any("recevoir" in p for p in places)


def test_a_states_formal_name_inside_a_palaces_is_no_place_of_its_own():
    _, _, places = run(
        "Titre\n\nLes chefs d'État se retrouveront au Palais de la Présidence de la République de Libreville, lundi.",
        "fr",
    )
    assert "Palais de la Présidence de la République de Libreville" in places
    assert "République de Libreville" not in places


@pytest.mark.parametrize(
    "text, place, person",
    [
        (
            "Titre\n\nRécital à l'Abbaye Saint Pierre de Marie Dupuis, dimanche à 17 heures.",
            "Abbaye Saint Pierre",
            "Marie Dupuis",
        ),
        (
            "Titre\n\n– Concert de clavecin à la Collégiale Saint Martin de Jean-Christophe Lemarchand (dimanche soir)",
            "Collégiale Saint Martin",
            "Jean-Christophe Lemarchand",
        ),
    ],
)
def test_a_persons_full_name_after_a_named_venue_and_de_is_someone_else(text: str, place: str, person: str):
    people, _, places = run(text, "fr")
    assert place in places
    assert person in people
    assert not any(person in p for p in places)


def test_a_building_named_after_someone_keeps_the_name():
    people, _, places = run("Titre\n\nLa délégation a visité la Maison de Jean Monnet à Bazoches.", "fr")
    assert "Maison de Jean Monnet" in places and "Jean Monnet" not in people
