"""A body named by the fields it covers, listed with commas and "and" (issue 19, organisations on real pages: a
council's long name cut at its commas into one organisation per field). Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, body",
    [
        (
            "Le rapport du Conseil économique, social, environnemental et culturel sera remis lundi.",
            "fr",
            "Conseil économique, social, environnemental et culturel",
        ),
        (
            "Le Conseil Régional, Touristique et Culturel tiendra sa session en juin.",
            "fr",
            "Conseil Régional, Touristique et Culturel",
        ),
        (
            "Un arrêté du ministère de l'Industrie, de l'Énergie et de la Pêche fixe les quotas.",
            "fr",
            "ministère de l'Industrie, de l'Énergie et de la Pêche",
        ),
        (
            "Permits are issued by the Department of Mining, Water and Energy after a hearing.",
            "en",
            "Department of Mining, Water and Energy",
        ),
    ],
)
def test_a_body_s_listed_fields_are_its_name(text: str, lang: str, body: str):
    _, orgs, _ = run("Titre\n\n" + text, lang)
    assert body in orgs
    assert len(orgs) == 1


def test_places_or_judgements_after_a_body_s_name_stay_apart():
    _, orgs, places = run("Title\n\nThe Ministry of Health, Lisbon and Madrid signed the protocol.", "en")
    assert "Ministry of Health" in orgs
    assert {"Lisbon", "Madrid"} <= set(places)
    _, orgs, _ = run("Titre\n\nLe Parti socialiste, divisé et affaibli, prépare son congrès.", "fr")
    assert set(orgs) == {"Parti socialiste"}
    _, orgs, _ = run("Titre\n\nLe Monde, Libération et Les Echos titrent sur la grève.", "fr")
    assert "Le Monde, Libération et Les Echos" not in orgs


def test_a_name_that_repeats_its_of_before_another_field_goes_on():
    _, orgs, _ = run("Titre\n\nLe cortège part de la Chambre de Métiers et d'Artisanat de Lyon vers midi.", "fr")
    assert "Chambre de Métiers et d'Artisanat de Lyon" in orgs
    _, orgs, _ = run("Titre\n\nDes juges du Conseil d'Etat et de la Cour des comptes siègent à la commission.", "fr")
    assert {"Conseil d'Etat", "Cour des comptes"} <= set(orgs)
