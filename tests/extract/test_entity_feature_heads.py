"""Waters and land forms named with their lower-case noun (issue 19, places on fresh pages): "le barrage de X", "la
lagune X", "la pointe X" are one place, head and name; the article before the noun tells it from a verb or an adjective
of the same spelling, and a person's or a body's name after it stays theirs. Sentences written for the test, about
places of no benchmark page."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, place",
    [
        ("Titre\n\nLe préfet inaugurera samedi le barrage de la Sélune avec les élus.", "barrage de la Sélune"),
        ("Titre\n\nLes pêcheurs de la lagune Potou réclament des aides.", "lagune Potou"),
        ("Titre\n\nLe vent a soufflé à 150 km/h à la pointe du Raz mardi.", "pointe du Raz"),
        ("Titre\n\nLes huîtres du banc d’Arguin sont menacées par le sable.", "banc d’Arguin"),
        ("Titre\n\nLa ministre visitera le domaine de La Ferrière jeudi.", "domaine de La Ferrière"),
        ("Titre\n\nLes pirates opèrent dans le golfe de Guinée depuis des années.", "golfe de Guinée"),
    ],
)  # fmt: skip
def test_a_water_or_land_form_is_named_with_its_noun(text: str, place: str):
    _, _, places = run(text, "fr")
    assert place in places


def test_a_feature_named_by_a_town_of_the_lists_is_the_town():
    _, _, places = run("Titre\n\nLes algues vertes envahissent la baie de Saint-Brieuc cet été.", "fr")
    assert "Saint-Brieuc" in places


@pytest.mark.parametrize(
    "text, name",
    [
        ("Titre\n\nLe rapport pointe Vincent Bolloré comme responsable.", "Vincent Bolloré"),
        ("Titre\n\nIl a reçu un soutien massif de Emmanuel Macron.", "Emmanuel Macron"),
        ("Titre\n\nDans le domaine de Renault, les ventes reculent.", "Renault"),
    ],
)  # fmt: skip
def test_a_verb_an_adjective_or_a_body_after_the_noun_is_no_place(text: str, name: str):
    people, orgs, places = run(text, "fr")
    assert not any(name in p for p in places)
    assert name in people or name in orgs
