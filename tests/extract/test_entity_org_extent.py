"""A French organisation's long name is not cut before its lower-case complements (issue 19, organisations on real
pages, census of the org24 session: names cut at "de" or "pour"). Its purpose after "pour" and an article ("Haute
Autorité pour la transparence de la vie publique", "... et la coopération en Europe"), a lower-case body's
complement after its adjectives ("la commission nationale de contrôle", "la cour d'assises spéciale de Paris"), a
body's word with its adjective ("Confédération africaine de football"; "la Confédération" alone is the Swiss state).
Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, body",
    [
        ("Titre\n\nLe député a saisi la Haute Autorité pour la transparence de la vie publique.",
         "Haute Autorité pour la transparence de la vie publique"),
        ("Titre\n\nUne mission de l'Organisation pour la sécurité et la coopération arrive lundi.",
         "Organisation pour la sécurité et la coopération"),
        ("Titre\n\nLes ministres parleront de l'Organisation pour la sécurité et la coopération en Europe à Vienne.",
         "Organisation pour la sécurité et la coopération en Europe"),
        ("Titre\n\nLa Confédération brésilienne de football a limogé son sélectionneur.",
         "Confédération brésilienne de football"),
        ("Titre\n\nLa commission nationale de contrôle se réunira jeudi.", "commission nationale de contrôle"),
        ("Titre\n\nLe président de la cour d'assises spéciale de Paris a suspendu l'audience.",
         "cour d'assises spéciale de Paris"),
    ],
)  # fmt: skip
def test_a_long_name_keeps_its_lower_case_complements(text: str, body: str):
    _, orgs, _ = run(text, "fr")
    assert body in orgs


@pytest.mark.parametrize(
    "text, body",
    [
        ("Titre\n\nLa Banque mondiale pour la première fois refuse un prêt.", "Banque mondiale"),
        ("Titre\n\nLa Commission européenne pour le moment ne répond pas.", "Commission européenne"),
        ("Titre\n\nLe Fonds monétaire pour la Grèce et le président grec ont signé.", "Fonds monétaire"),
    ],
)
def test_pour_and_a_time_or_a_name_ends_the_name(text: str, body: str):
    _, orgs, _ = run(text, "fr")
    assert body in orgs
