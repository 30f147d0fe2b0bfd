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


@pytest.mark.parametrize(
    "text, lang, name",
    [
        ("Titre\n\nLa ministre a déjeuné avec le directeur général de Vantora à Lille.", "fr", "Vantora"),
        ("Titre\n\nIl a reçu la fondatrice d'Ecomoule, puis les élus.", "fr", "Ecomoule"),
        ("Title\n\nShe met the chief executive of Zembla before the vote.", "en", "Zembla"),
    ],
)
def test_the_complement_of_a_role_that_heads_a_firm_is_the_firm(text: str, lang: str, name: str):
    _, orgs, _ = run(text, lang)
    assert name in orgs


def test_a_role_s_complement_that_is_a_place_or_opens_a_longer_name_is_not_the_firm():
    _, orgs, places = run("Titre\n\nLe directeur de Lyon a reçu le directeur du Village Jeanne Roux.", "fr")
    assert "Lyon" in places and "Village" not in orgs
    _, orgs, _ = run("Title\n\nHe called the director of Doctors for Peace on Monday.", "en")
    assert "Doctors" not in orgs


@pytest.mark.parametrize(
    "text, name",
    [
        ("Titre\n\nLe ministre a visité le site du géant italien de l'armement Leonardi.", "Leonardi"),
        ("Titre\n\nLa région soutient le groupe breton de l'agroalimentaire Kervalis.", "Kervalis"),
    ],
)
def test_an_organisation_noun_qualified_and_given_its_field_names_the_firm(text: str, name: str):
    _, orgs, _ = run(text, "fr")
    assert name in orgs


def test_a_team_of_a_zone_names_no_firm():
    _, orgs, _ = run("Titre\n\nUne équipe de la zone Brenau patrouillait dans les rues.", "fr")
    assert "Brenau" not in orgs


@pytest.mark.parametrize(
    "text, lang, name",
    [
        ("Titre\n\nLe maire a rapporté sur Mastodon que la route restait fermée.", "fr", "Mastodon"),
        ("Titre\n\nLes enquêteurs ont lu les messages Olvid des deux suspects.", "fr", "Olvid"),
        ("Title\n\nThe gunman searched on Qwant for the address.", "en", "Qwant"),
    ],
)
def test_the_platform_a_statement_is_posted_on_is_an_organisation(text: str, lang: str, name: str):
    _, orgs, _ = run(text, lang)
    assert name in orgs


def test_a_body_s_word_closing_a_name_that_opens_with_a_venue_word_heads_it():
    _, orgs, places = run("Title\n\nThe mayor told the Bay Valley Media Group that the pier would close.", "en")
    assert "Bay Valley Media Group" in orgs and not places
