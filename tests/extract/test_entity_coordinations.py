""" "et", "and", "&" inside one name or between two names (issue 19, organisations and places on real pages: a council
whose adjectives or domains are coordinated cut at its "et", a country named "X et les Y" cut into two, a duo's
"X & Y" read as two people, two bodies listed with "and" read as one). Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, place",
    [
        (
            "Le Premier ministre de Saint Vincent et les Grenadines est arrivé à Caracas.",
            "fr",
            "Saint Vincent et les Grenadines",
        ),
        ("The High Commissioner of Saint Kitts and Nevis met the minister.", "en", "Saint Kitts and Nevis"),
        ("Voting in Jammu and Kashmir ends on Tuesday.", "en", "Jammu and Kashmir"),
    ],
)
def test_a_place_named_with_and_is_one_place(text: str, lang: str, place: str):
    people, _, places = run("Titre\n\n" + text, lang)
    assert place in places
    assert not people


@pytest.mark.parametrize(
    "text, lang, body",
    [
        ("Samedi soir, Louise & Paul ouvriront le festival de Cahors.", "fr", "Louise & Paul"),
        ("The bill also has Tegan & Sara, who play on Sunday.", "en", "Tegan & Sara"),
    ],
)
def test_names_joined_by_an_ampersand_are_one_organisation(text: str, lang: str, body: str):
    people, orgs, _ = run("Titre\n\n" + text, lang)
    assert body in orgs
    assert not people


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "Le colloque est organisé par le ministère des Affaires étrangères et des Maliens de l'extérieur.",
            "ministère des Affaires étrangères et des Maliens de l'extérieur",
        ),
        (
            "Le texte sera examiné en commission des lois et des affaires sociales.",
            "commission des lois et des affaires sociales",
        ),
        (
            "Il faut créer la commission nationale d'organisation et de supervision avant lundi.",
            "commission nationale d'organisation et de supervision",
        ),
    ],
)
def test_coordinated_adjectives_or_domains_stay_in_the_name(text: str, body: str):
    _, orgs, _ = run("Titre\n\n" + text, "fr")
    assert body in orgs


def test_a_second_object_after_a_coordinated_name_is_not_the_name_s():
    _, orgs, _ = run(
        "Titre\n\nLa réunion portera sur le bilan du Comité de défense et de sécurité et des travaux de la Cour.", "fr"
    )
    assert "Comité de défense et de sécurité" in orgs


@pytest.mark.parametrize(
    "text, body, alias",
    [
        (
            "PG&E cut power to 20,000 homes. The shutdown by Pacific Gas & Electric Co. was set to begin Wednesday.",
            "Pacific Gas & Electric Co.",
            "PG&E",
        ),
        (
            "Shares of Kessler & Co. rose on Tuesday, and the company said Kessler would hire 200 people.",
            "Kessler & Co.",
            "Kessler",
        ),
    ],
)
def test_a_firm_named_with_an_ampersand_keeps_its_short_names(text: str, body: str, alias: str):
    _, orgs, _ = run("Titre\n\n" + text, "en")
    assert alias in orgs[body].aliases


@pytest.mark.parametrize(
    "text, lang",
    [
        ("As Lopez, M. & Hartmann, K. (2021) showed, the effect is small.", "en"),
        ("Une enquête de Martine Dulac & Pierre Vasseur paraît samedi.", "fr"),
    ],
)
def test_authors_joined_by_an_ampersand_are_no_organisation(text: str, lang: str):
    _, orgs, _ = run("Titre\n\n" + text, lang)
    assert not any("&" in name for name in orgs)
