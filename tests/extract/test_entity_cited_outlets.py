"""Outlets cited as sources on real pages (issue 19, census of the organisations the dev split missed): an outlet
that owns the next name ("NPR's Jane Roe reported") and a brand the tables write in lower case ("sur franceinfo").
Each a shape of language, tested on sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, outlet, person",
    [
        ("Title\n\nThe jury was silent, as NPR's Jane Miller reported from the court.", "NPR", "Jane Miller"),
        ("Title\n\nThe senator spoke on CNN's State of the Union on Sunday morning.", "CNN", ""),
        ("Title\n\nBBC's Laura Smith asked the minister about the strike.", "BBC", "Laura Smith"),
    ],
)
def test_a_known_outlet_that_owns_the_next_name_is_the_outlet(text: str, outlet: str, person: str):
    people, orgs, places = run(text, "en")
    assert outlet in orgs
    assert not any(outlet in name for name in [*people, *places, *[o for o in orgs if o != outlet]])
    if person:
        assert person in people


def test_a_name_that_is_no_known_outlet_keeps_its_possessive():
    _, orgs, _ = run("Title\n\nThe National People's Congress opened its session in Beijing.", "en")
    assert "National People's Congress" in orgs


@pytest.mark.parametrize(
    "text, lang, brand",
    [
        ("Titre\n\nLe ministre a répondu aux questions des auditeurs sur franceinfo mardi matin.", "fr", "franceinfo"),
        ("Title\n\nThe chancellor told dpa on Friday that talks would go on.", "en", "dpa"),
    ],
)
def test_a_brand_the_tables_write_in_lower_case_is_the_organisation(text: str, lang: str, brand: str):
    _, orgs, _ = run(text, lang)
    assert brand in orgs


def test_a_lower_case_brand_is_found_only_as_the_tables_spell_it():
    _, orgs, _ = run("Titre\n\nLa France info-compatible reste à venir, dit le ministre.", "fr")
    assert "franceinfo" not in orgs and not any("info" in name for name in orgs)


@pytest.mark.parametrize(
    "text, lang, outlet",
    [
        (
            "Title\n\nThe river had risen, reported Jane Roe of Kesh Valley Public Radio, who was there.",
            "en",
            "Kesh Valley Public Radio",
        ),
        (
            "Title\n\nThe mayor said on Redwood Business Network's morning show that taxes would fall.",
            "en",
            "Redwood Business Network",
        ),
    ],
)
def test_a_name_that_ends_on_a_broadcaster_word_is_an_outlet(text: str, lang: str, outlet: str):
    people, orgs, _ = run(text, lang)
    assert outlet in orgs
    assert outlet not in people


def test_a_broadcaster_word_in_lower_case_leaves_a_building_a_place():
    _, orgs, places = run(
        "Titre\n\nProgramme\n\n10h00 : Débat sur l'audiovisuel\n      Maison de la radio, Paris\n", "fr"
    )
    assert "Maison de la radio" in places and not orgs


def test_a_known_title_after_its_contracted_article_is_the_outlet_though_written_in_lower_case_elsewhere():
    _, orgs, _ = run("Titre\n\nTout le monde le sait. Elle a livré son récit au Monde mardi.", "fr")
    assert "Monde" in orgs or "Le Monde" in orgs


@pytest.mark.parametrize(
    "text, lang, outlet",
    [
        ("Title\n\nShares fell on Monday. Earlier, Businessday reported that sales had dropped.", "en", "Businessday"),
        ("Title\n\nThe figures were first reported by Zerohedge on Monday.", "en", "Zerohedge"),
        ("Titre\n\nLes ventes ont chuté. En mars, Kapitalis a révélé que les stocks avaient fondu.", "fr", "Kapitalis"),
        ("Titre\n\nL'affaire, révélée par Mondafrique, a fait réagir le ministre.", "fr", "Mondafrique"),
    ],
)
def test_one_word_that_reports_news_is_an_outlet(text: str, lang: str, outlet: str):
    people, orgs, _ = run(text, lang)
    assert outlet in orgs
    assert outlet not in people


@pytest.mark.parametrize(
    "text, lang, person",
    [
        ("Title\n\nJohn Smith is a writer. Smith reported that the river rose.", "en", "John Smith"),
        ("Titre\n\nMarie a révélé le secret à sa sœur.", "fr", "Marie"),
    ],
)
def test_a_person_who_reports_stays_a_person(text: str, lang: str, person: str):
    people, orgs, _ = run(text, lang)
    assert person in people and not orgs


@pytest.mark.parametrize(
    "text, lang, outlet, person",
    [
        ("Title\n\nJane Roe, a reporter for Kesh Bugle, was in the courtroom.", "en", "Kesh Bugle", "Jane Roe"),
        ("Titre\n\nLa journaliste de Kapitalis Jeanne Dupont était présente.", "fr", "Kapitalis", "Jeanne Dupont"),
        (
            "Titre\n\nJeanne Dupont, correspondante du Kesh Bugle à Paris, était présente.",
            "fr",
            "Kesh Bugle",
            "Jeanne Dupont",
        ),
    ],
)
def test_the_name_a_journalist_writes_for_is_an_outlet(text: str, lang: str, outlet: str, person: str):
    people, orgs, _ = run(text, lang)
    assert outlet in orgs and person in people
    assert outlet not in people


def test_a_given_name_and_surname_after_a_journalist_noun_stay_a_person():
    people, orgs, _ = run("Title\n\nThe reporter for Jane Roe was absent.", "en")
    assert "Jane Roe" in people and not orgs
