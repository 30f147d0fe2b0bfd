"""A role's holder named right after the body or the field the role serves, joined by the role's own preposition
("à", "au", "aux") rather than "de": the body is no part of the person's name, nor the person of the body's (issue 19,
organisations on real pages: "names glued wrongly", a body glued to the person after it, seen on two French sites).
Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, person, glued",
    [
        ("Titre\n\nLe procès de son ancien suppléant à l'Assemblée Pierre Durand doit s'ouvrir lundi.",
         "Pierre Durand", "Assemblée Pierre Durand"),
        ("Titre\n\nLe ministre délégué aux Outre-mer Jean-François Dupont arrive mardi à Cayenne.",
         "Jean-François Dupont", "Outre-mer Jean-François Dupont"),
    ],
)  # fmt: skip
def test_the_holder_after_a_role_preposition_is_a_person_apart(text: str, person: str, glued: str):
    people, orgs, places = run(text, "fr")
    assert person in people
    assert glued not in orgs
    assert glued not in places


def test_a_body_after_a_preposition_without_a_role_stays_whole():
    _, orgs, _ = run("Titre\n\nLe président a parlé à l'Assemblée nationale mardi.", "fr")
    assert "Assemblée nationale" in orgs


def test_a_body_after_a_role_preposition_keeps_its_last_names_when_no_given_name_follows():
    _, orgs, _ = run(
        "Titre\n\nLa crue inquiète, explique Julie Martin, chargée de communication au Comité régional de la "
        "Pêche Gironde Atlantique, qui attend les chiffres.",
        "fr",
    )
    assert "Comité régional de la Pêche Gironde Atlantique" in orgs
