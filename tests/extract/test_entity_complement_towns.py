"""A town the gazetteer does not know, after "de" and a common noun (issue 19, places missed on fresh pages: "l'accident
de car de Puisseguin", "la route reliant cette localité à celle de Ngandé", "les cuves du terminal de Varreux"): where
the recogniser reads the word as a place, the thing before "de" is there, and the town is a place of the story. A
person or a body after "de" stays theirs. Sentences written for the test, about towns of no benchmark page."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, place",
    [
        ("Titre\n\nLe pont reliant ce village à celui de Kéréwané a cédé.", "Kéréwané"),
        ("Titre\n\nAprès le naufrage de la pirogue de Tambaroukou, les secours sont arrivés.", "Tambaroukou"),
        ("Titre\n\nLe chantier de Vaudrimesnil a repris lundi.", "Vaudrimesnil"),
    ],
)  # fmt: skip
def test_an_unknown_town_after_a_noun_and_de_is_a_place(text: str, place: str):
    _, _, places = run(text, "fr")
    assert place in places


@pytest.mark.parametrize(
    "text, name",
    [
        ("Titre\n\nLe discours de Nicolas Sarkozy a été applaudi.", "Nicolas Sarkozy"),
        ("Titre\n\nLes salariés de Renault sont en grève.", "Renault"),
    ],
)  # fmt: skip
def test_a_person_or_a_body_after_de_is_no_place(text: str, name: str):
    _, _, places = run(text, "fr")
    assert name not in places


def test_a_town_after_a_plural_is_its_peoples_or_sides_no_place():
    # (the dev gold leaves out "les réservistes de Cluny", a side's town)
    _, _, places = run("Titre\n\nLes réservistes de Kéréwané ont perdu dimanche.", "fr")
    assert "Kéréwané" not in places


def test_a_quarter_named_before_its_town_is_no_place_of_its_own():
    # (the town after "à" is where it lies: the dev gold lists the town)
    _, _, places = run("Titre\n\nIl travaille à l'atelier de Kerdivenec à Brest.", "fr")
    assert "Kerdivenec" not in places
    _, _, places = run("Titre\n\nIl travaille à l'atelier de Kerdivenec.", "fr")
    assert "Kerdivenec" in places
