"""Places in lists (issue 19, places on real pages): a name listed with known places is a place too, a village no
table holds as well as a town; a list of surnames that holds one town's name stays a list of people. Sentences
written for the test, about places of no benchmark page."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, place",
    [
        (
            "Titre\n\nLes pompiers de Vesoul, Fougerolles et Saint-Loup-sur-Semouse sont intervenus dans la nuit.",
            "fr",
            "Fougerolles",
        ),
        (
            "Titre\n\nLa tournée passera par Thiès, Mbour, Fatick, Ndiosmone et Kaolack la semaine prochaine.",
            "fr",
            "Ndiosmone",
        ),
        ("Title\n\nThe prince will visit Penrith, Keswick and Cockermouth next week.", "en", "Cockermouth"),
    ],
)
def test_a_name_listed_with_known_places_is_a_place(text: str, lang: str, place: str):
    people, orgs, places = run(text, lang)
    assert place in places
    assert place not in people and place not in orgs


def test_a_list_of_surnames_with_one_town_among_them_is_no_list_of_places():
    people, _, places = run(
        "Titre\n\nLe président était entouré de Lemaire, Darmon, Moreno et de leurs conseillers.", "fr"
    )
    assert "Lemaire" not in places and "Darmon" not in places


def test_one_known_place_of_three_names_needs_a_place_preposition_before_the_list():
    # (two villages no list knows: Helston, the towns list's since it counts towns of 5,000 people, was one here, and
    # Porthleven, since it counts the villages of 1,000 people of the countries we read)
    _, _, places = run("Title\n\nThe storm hit Truro, Polwenna and Trewarmett on Sunday night.", "en")
    assert "Polwenna" not in places
    _, _, places = run("Title\n\nThe storm caused damage in Truro, Polwenna and Trewarmett on Sunday night.", "en")
    assert {"Polwenna", "Trewarmett"} <= set(places)


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Title\n\nThe Princess will open the new surgery at Elm Farm, Painswick, Gloucestershire, on Tuesday.",
            "Painswick",
        ),
        ("Title\n\nThe Duke will travel to Chipping Campden and Kirkby Lonsdale next week.", "Chipping Campden"),
        ("Title\n\nThe Duke will travel to Chipping Campden and Kirkby Lonsdale next week.", "Kirkby Lonsdale"),
        ("Title\n\nOn Friday the minister visits Kenmare, then Ballymote.", "Ballymote"),
    ],
)
def test_a_village_of_a_thousand_people_is_a_place(text: str, place: str):
    """A village of a country that speaks English, smaller than a town of 5,000 (issue 19, small towns missed)."""
    _, _, places = run(text, "en")
    assert place in places
