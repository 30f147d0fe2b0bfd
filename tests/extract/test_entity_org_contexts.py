"""Organisations typed by the context real pages name them in (issue 19, organisations on real pages, by kind): a
name listed among organisations, the firm a company role heads, the platform a statement is posted on, the outlet a
statement is made to. Each a shape of language, tested on sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, name",
    [
        ("Titre\n\nLe défilé réunira la CFDT, Mirabeille et l'Unsa devant la préfecture.", "fr", "Mirabeille"),
        ("Titre\n\nLes routiers de la FNTR, de l'OTRE et de Transfroid bloquent le dépôt.", "fr", "Transfroid"),
        ("Title\n\nThe strike ended with a deal between the IAM and Boeing on Monday.", "en", "Boeing"),
        ("Title\n\nSenators questioned the heads of NASA, the FAA, Blue Origin and Rocketlab.", "en", "Rocketlab"),
    ],
)
def test_a_name_listed_with_organisations_is_one(text: str, lang: str, name: str):
    _, orgs, _ = run(text, lang)
    assert name in orgs


@pytest.mark.parametrize(
    "text, lang, name",
    [
        # an address after a body: commas alone, no "and"
        ("Title\n\nThe Duke will open the Riverside Health Centre, Kettlewick, on Friday.", "en", "Kettlewick"),
        # an adjective sharing the next name's noun
        ("Title\n\nThe Regional and County Council elections are held on the same day.", "en", "Regional"),
    ],
)
def test_an_address_or_an_adjective_beside_an_organisation_is_not_one(text: str, lang: str, name: str):
    _, orgs, _ = run(text, lang)
    assert name not in orgs


def test_a_place_listed_with_organisations_stays_a_place():
    _, orgs, places = run("Title\n\nThe talks brought together the EU, Norway and the IMF in Oslo.", "en")
    assert "Norway" in places and "Norway" not in orgs
