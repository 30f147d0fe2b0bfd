"""A role's complement is no person (issue 19, people on real pages, census of the ent32 session: "président de
l'État d'Israël" gave the person "d'Israël", "chancelier de l'État de Vaud" the person "de Vaud", "présidente du
Conseil Régional de La Réunion" the person "Régional de La Réunion", on three sites). The holder of a role named
after its complement begins with a capital, and not with an institution's adjective before a particle. Sentences
written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, person",
    [
        ("Titre\n\nMme Claire Dubois, secrétaire générale du Conseil d'État de Genève, présentera le budget lundi.",
         "Claire Dubois"),
        ("Titre\n\nLe président de l'État d'Arménie, Paul Martin, sera reçu à Paris.", "Paul Martin"),
        ("Titre\n\nRencontre avec M. Paul Hoarau, président du Conseil Départemental de la Guadeloupe", "Paul Hoarau"),
    ],
)  # fmt: skip
def test_a_complement_after_a_body_is_no_person(text: str, person: str):
    people, _, _ = run(text, "fr")
    assert set(people) == {person}


def test_the_institution_with_its_adjective_is_one_organisation():
    text = "Titre\n\nRencontre avec M. Paul Hoarau, président du Conseil Départemental de la Guadeloupe"
    _, orgs, _ = run(text, "fr")
    assert "Conseil Départemental de la Guadeloupe" in orgs


def test_a_holder_after_the_complement_stays_a_person():
    people, _, _ = run("Titre\n\nLe secrétaire général de l'ONU Kofi Annan a parlé hier à New York.", "fr")
    assert "Kofi Annan" in people
