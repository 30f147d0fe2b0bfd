"""A minister's field named by a government's domain words alone is no organisation: two or more ("pour les Affaires
étrangères", "Action et Comptes publics"), or one in brackets after a minister in a list ("Luc Dubé (Environnement)")
(issue 19, organisations on pages never seen: four such fields taken for bodies on four pages of four sites). One word
alone outside brackets may be the ministry that acts ("selon l'Intérieur"). Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text",
    [
        "Il était accompagné de Paul Martin (Culture), Anne Roy (Santé) et Luc Dubé (Environnement).",
        "Elle a rencontré le Haut représentant de l'Union pour les Affaires étrangères et la politique de sécurité.",
        "Le déplacement se fera avec Marc Dupont, secrétaire d’État Action et Comptes Publics.",
    ],
)
def test_a_minister_s_field_is_no_organisation(text: str):
    _, orgs, _ = run("Titre\n\n" + text, "fr")
    assert not orgs


def test_a_ministry_that_acts_by_its_one_domain_word_stays_an_organisation():
    _, orgs, _ = run("Titre\n\nSelon l'Intérieur, la manifestation a réuni 3000 personnes à Lyon.", "fr")
    assert "Intérieur" in orgs
