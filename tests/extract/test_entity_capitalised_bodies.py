"""Public bodies named by their common noun, which typography capitalises when the text means the body (issue 19,
organisations on pages never seen: "la Primature", "la Constituante", "la Ville de Québec", "the Legislature" missed).
Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, body",
    [
        ("Le programme a été publié par le service de presse de la Primature mardi.", "Primature"),
        ("Selon la Préfecture, la route de la corniche restera fermée jusqu'à lundi.", "Préfecture"),
        ("En 1998, la Constituante a supprimé le Grand Conseil de l'époque.", "Constituante"),
        ("Le texte sera examiné par l'Assemblée jeudi en première lecture.", "Assemblée"),
        ("La Mairie a publié un arrêté qui interdit la baignade.", "Mairie"),
    ],
)
def test_a_capitalised_body_noun_inside_a_sentence_is_the_body(text: str, body: str):
    _, orgs, _ = run("Titre\n\n" + text, "fr")
    assert body in orgs


def test_a_town_s_body_with_its_town_is_one_organisation():
    _, orgs, _ = run("Titre\n\nMardi, la Ville de Lyon a annoncé trois nouvelles pistes cyclables.", "fr")
    assert "Ville de Lyon" in orgs


@pytest.mark.parametrize(
    "text",
    [
        "Titre\n\nElle est ministre déléguée chargée de la Ville depuis mai.",  # a portfolio
        "Titre\n\nLes manifestants se sont rassemblés devant la Préfecture à midi.",  # the building
        "Titre\n\nLa ville de Lyon compte trois nouvelles pistes cyclables.",  # the town, in lower case
    ],
)
def test_a_portfolio_a_building_or_a_town_is_no_such_body(text: str):
    _, orgs, _ = run(text, "fr")
    assert not any(name.split()[0] in ("Ville", "Préfecture", "ville") for name in orgs)


@pytest.mark.parametrize(
    "text, body",
    [
        ("Title\n\nThe plan was approved after the Legislature provided the funds.", "Legislature"),
        ("Title\n\nOn Monday the Commission will brief ministers on the talks.", "Commission"),
    ],
)
def test_an_english_capitalised_body_noun_after_the_is_the_body(text: str, body: str):
    _, orgs, _ = run(text, "en")
    assert body in orgs


def test_an_english_body_by_its_head_alone_is_the_one_body_named_in_full():
    _, orgs, _ = run(
        "Title\n\nThe Lakeview Water Commission met on Monday. Later, the Commission approved the rates.", "en"
    )
    assert "Lakeview Water Commission" in orgs and "Commission" not in orgs


@pytest.mark.parametrize(
    "text, lang, word",
    [
        ("Title\n\nThe Administration sent its answer to the council on Monday.", "en", "Administration"),
        ("Titre\n\nÉlue en 2017, elle siège à l'Assemblée depuis sept ans.", "fr", "Assemblée"),
    ],
)
def test_a_national_head_after_the_or_a_body_where_one_sits_is_no_such_body(text: str, lang: str, word: str):
    """(a page's "the Administration" is most often its own, named apart; "à l'Assemblée" says where one sits)"""
    _, orgs, _ = run(text, lang)
    assert word not in orgs


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nResidents asked about changes in the Town’s water billing on Monday.",
        "Title\n\nThe mayor will hire counsel to handle the City's public records requests.",
    ],
)
def test_a_town_s_noun_that_only_owns_a_thing_is_the_town_no_body(text: str):
    _, orgs, _ = run(text, "en")
    assert orgs == {}


def test_a_town_s_noun_that_acts_is_its_corporation():
    _, orgs, _ = run("Title\n\nBought for 674K last spring, the City is landbanking the property.", "en")
    assert "City" in orgs
