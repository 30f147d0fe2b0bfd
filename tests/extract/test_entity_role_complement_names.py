"""A name right after a preposition that follows a role is what the role is of or where it sits, never its holder
(issue 19, people precision on pages never seen: "nommer de ministre en <région>", "le secrétaire permanent du Cadre
... de la Gestion de la Crise", the role typing a region and a body's words as people, seen on three sites). The
holder follows the title and its complement with no link. Sentences of our own."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, name",
    [
        ("Titre\n\nLes élus déplorent qu'aucun ministre en Haute-Corrèze ne soit nommé cette année.", "Haute-Corrèze"),
        ("Titre\n\nÉtaient présents le directeur adjoint du Bureau national de la Veille sanitaire et le préfet.",
         "Veille sanitaire"),
    ],
)  # fmt: skip
def test_a_name_after_a_role_and_a_preposition_is_no_person(text: str, name: str):
    people, _, _ = run(text, "fr")
    assert not any(name in person for person in people)


def test_a_town_after_a_role_and_its_preposition_is_the_place():
    _, _, places = run("Titre\n\nLa délégation sera reçue par le ministre à Saint-Brieuc puis à Lannion.", "fr")
    assert "Lannion" in places


def test_a_field_after_the_role_is_no_name_at_all():
    people, orgs, places = run("Titre\n\nElle est secrétaire d'État au Tourisme depuis mai.", "fr")
    assert "Tourisme" not in people and "Tourisme" not in orgs and "Tourisme" not in places


def test_the_holder_after_the_role_and_its_complement_stays_a_person():
    people, _, _ = run("Titre\n\nLe ministre de l'Agriculture Marc Lenoir est arrivé à Rennes.", "fr")
    assert people["Marc Lenoir"].role == "ministre de l'Agriculture"
    people, _, _ = run("Titre\n\nLe conseiller du président Paul Ferrand a démenti.", "fr")
    assert "Paul Ferrand" in people
    people, _, _ = run("Titre\n\nThe adviser to Barlow said the talks would resume.", "en")
    assert "Barlow" in people
