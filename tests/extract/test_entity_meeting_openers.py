"""A meeting named by the words that open it in French ("Conférence de presse", "Conseil de crise", "Comité
interministériel de la mer", "Assemblée générale ordinaire des actionnaires") is an agenda's item, no organisation
(issue 19, organisations on pages never seen: five such meetings taken for bodies on five pages of five sites; the
dev gold never counts one among 25 pages that write one). Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text",
    [
        "11 h 00 – 11 h 30 : Conférence de presse à la mairie",
        "17h00 : Conseil de crise avec les préfets sur les inondations",
        "8h30 Comité interministériel de la mer, présidé par la Première ministre",
        "Le Comité interministériel se tiendra en fin de matinée à Brest.",
        "L'Assemblée générale ordinaire des actionnaires du 12 juin a approuvé les comptes.",
        "Jeudi à 12h30, Assemblée générale de l'association des maires ruraux.",
    ],
)
def test_a_meeting_named_by_its_opening_words_is_no_organisation(text: str):
    _, orgs, _ = run("Titre\n\n" + text, "fr")
    assert not orgs


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "La résolution a été adoptée par l'Assemblée générale des Nations unies en 1948.",
            "Assemblée générale des Nations unies",
        ),
        ("Le Conseil de sécurité se réunira mardi à New York.", "Conseil de sécurité"),
    ],
)
def test_a_body_named_with_the_same_head_stays_an_organisation(text: str, body: str):
    _, orgs, _ = run("Titre\n\n" + text, "fr")
    assert body in orgs
