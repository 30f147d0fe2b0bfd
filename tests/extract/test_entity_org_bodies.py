"""Kinds of organisation error the dev split of bench/real showed (issue 19, organisations on real pages, census of
the org22 session): a territory's body written in lower case with its town or its département, a party named by its
members' word or its adjective, a chamber named by its head and "of", an armed forces' unit named by its kind. Each a
shape of language, tested on sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, body",
    [
        ("Titre\n\nLa préfecture du Gard a interdit toute baignade jusqu'à dimanche.", "préfecture du Gard"),
        ("Titre\n\nSelon la préfecture des Bouches-du-Rhône, 300 pompiers sont là.", "préfecture des Bouches-du-Rhône"),
        ("Titre\n\nLa mairie de Rennes a fermé les parcs, a indiqué son adjoint.", "mairie de Rennes"),
        ("Titre\n\nUne étude de l'université de Strasbourg contredit ces chiffres.", "université de Strasbourg"),
        ("Titre\n\nLe tribunal de Créteil rendra sa décision le 4 mars.", "tribunal de Créteil"),
        ("Titre\n\nLes avocats du barreau de Seine-Saint-Denis ont voté la grève.", "barreau de Seine-Saint-Denis"),
        ("Titre\n\nLe bâtonnier du barreau de la Creuse a écrit au ministre.", "barreau de la Creuse"),
    ],
)
def test_a_territory_s_body_in_lower_case_is_an_organisation(text: str, body: str):
    _, orgs, _ = run(text, "fr")
    assert body in orgs


@pytest.mark.parametrize(
    "text",
    [
        "Titre\n\nLes manifestants se sont rassemblés devant la mairie de Rennes samedi.",
        "Titre\n\nLe cortège est arrivé à Toulon, la préfecture du Var, vers midi.",
        "Titre\n\nIl a été nommé secrétaire général de préfecture de Cayenne en mai.",
    ],
)
def test_the_building_the_town_or_the_post_is_no_body(text: str):
    _, orgs, _ = run(text, "fr")
    assert not any(name.startswith(("mairie", "préfecture")) for name in orgs)


def test_a_party_named_by_its_own_short_name_or_nickname_is_the_party():
    _, orgs, _ = run("Title\n\nThe GOP leader said the vote would wait. Labour said Tory MPs had failed.", "en")
    assert set(orgs) == {"GOP", "Labour", "Tory"}
    _, orgs, _ = run("Title\n\nThe Tories lost ground, and three Tory ministers resigned.", "en")
    assert len(orgs) == 1 and {"Tories", "Tory"} <= {*orgs, *next(iter(orgs.values())).aliases}


def test_a_member_s_noun_or_adjective_is_no_party():
    """bench/gold (TempEval-3) counts "a Maryland Democrat", "Senate Republicans", "the Democratic strategy" as no
    entity."""
    _, orgs, _ = run("Title\n\nSenator Jane Fields, a Maryland Democrat, voted with the Republicans.", "en")
    assert not {"Democrat", "Republicans"} & set(orgs)


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nTroops left the Democratic Republic of the Congo last year.",
        "Title\n\nShe said she was a tory voter at heart.",
    ],
)
def test_a_word_inside_another_name_or_in_lower_case_is_no_party(text: str):
    _, orgs, _ = run(text, "en")
    assert not {"Democratic", "tory"} & set(orgs)


@pytest.mark.parametrize(
    "text, body",
    [
        ("Title\n\nThe bill cleared the House of Lords late on Monday.", "House of Lords"),
        ("Title\n\nThe House of Representatives passed the budget.", "House of Representatives"),
        ("Title\n\nThe Chamber of Deputies will vote in June.", "Chamber of Deputies"),
        ("Title\n\nSoldiers of the Parachute Regiment marched past the palace.", "Parachute Regiment"),
    ],
)
def test_a_chamber_or_a_unit_named_by_its_head_is_an_organisation(text: str, body: str):
    _, orgs, _ = run(text, "en")
    assert body in orgs


def test_a_chamber_s_head_alone_is_a_word():
    _, orgs, _ = run("Title\n\nHouse prices rose again in March, the agency said.", "en")
    assert "House" not in orgs


def test_a_party_nickname_that_opens_a_sentence_may_be_a_word():
    _, orgs, _ = run("Title\n\nTory rhetoric hardened over the summer, the paper said.", "en")
    assert "Tory" not in orgs


def test_a_chamber_named_by_its_complement_alone_is_the_same_chamber():
    _, orgs, _ = run("Title\n\nThe House of Lords voted late. The Lords will sit again on Monday.", "en")
    assert list(orgs) == ["House of Lords"] and orgs["House of Lords"].aliases == ["Lords"]


@pytest.mark.parametrize(
    "text, body",
    [
        ("Titre\n\nLe parquet national antiterroriste s'est saisi de l'affaire.", "parquet national antiterroriste"),
        ("Titre\n\nSelon le parquet national financier, l'enquête avance.", "parquet national financier"),
    ],
)
def test_an_institution_s_adjectives_stay_in_its_name(text: str, body: str):
    _, orgs, _ = run(text, "fr")
    assert body in orgs


def test_a_meeting_s_qualifier_is_no_adjective_of_the_institution():
    _, orgs, _ = run("Titre\n\nLe conseil national extraordinaire du parti se tiendra lundi.", "fr")
    assert "conseil national extraordinaire" not in orgs


@pytest.mark.parametrize(
    "text, initials",
    [
        ("Titre\n\nPar J.-M. R. Le conseil municipal se réunira jeudi à 18 heures.", "J.-M."),
        ("Titre\n\nLe conducteur a reçu un P.-V. pour excès de vitesse.", "P.-V."),
    ],
)
def test_initials_joined_by_a_hyphen_are_no_body(text: str, initials: str):
    _, orgs, _ = run(text, "fr")
    assert initials not in orgs
