"""Organisations known by name (issue 19, organisations on real pages): a name of generator/lang/organisations.txt
(outlets, parties, bodies, large companies, clubs) is an organisation where no organisation word gives it away, in
both languages, without taking people, places or longer names. Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run

from generator.extract.ner import lexicon as lx


@pytest.mark.parametrize(
    "text, lang, org",
    [
        # outlets and agencies cited as sources, with no outlet word ("Times", "Journal") in their name
        ("Title\n\nThe senator told Der Spiegel on Friday that the talks had failed.", "en", "Der Spiegel"),
        ("Title\n\nThe mayor later told Al Arabiya that the border would reopen.", "en", "Al Arabiya"),
        ("Titre\n\nInterrogé par Radio-Canada, le ministre a refusé de commenter.", "fr", "Radio-Canada"),
        ("Titre\n\nLe député s'est confié à Télérama avant le festival.", "fr", "Télérama"),
        # parties, by name and by initials written as a word
        ("Title\n\nPlaid Cymru and the Liberal Democrats will vote against the budget.", "en", "Plaid Cymru"),
        ("Title\n\nPlaid Cymru and the Liberal Democrats will vote against the budget.", "en", "Liberal Democrats"),
        ("Titre\n\nLe Vlaams Belang et Groen ont quitté la séance mercredi.", "fr", "Vlaams Belang"),
        ("Titre\n\nQuébec solidaire a déposé une motion à l'Assemblée nationale.", "fr", "Québec solidaire"),
        # large companies and clubs
        ("Title\n\nShares in Siemens and Novartis rose after the announcement.", "en", "Siemens"),
        ("Title\n\nShares in Siemens and Novartis rose after the announcement.", "en", "Novartis"),
        ("Titre\n\nLes salariés de Schneider Electric manifesteront jeudi.", "fr", "Schneider Electric"),
        ("Title\n\nJuventus will host Borussia Dortmund in Turin next week.", "en", "Borussia Dortmund"),
    ],
)
def test_a_known_organisation_is_one_by_its_name(text: str, lang: str, org: str):
    people, orgs, places = run(text, lang)
    assert org in orgs
    assert org not in people and org not in places


@pytest.mark.parametrize(
    "text, lang, org",
    [
        # a title's article is part of its name, and the words in lower case after it too
        ("Titre\n\nLes Républicains ont annoncé leur candidat mardi.", "fr", "Les Républicains"),
        ("Titre\n\nSelon le Monde diplomatique, les négociations ont repris.", "fr", "Monde diplomatique"),
        ("Titre\n\nUne enquête du Dauphiné libéré révèle les faits.", "fr", "Dauphiné libéré"),
    ],
)
def test_a_known_name_keeps_its_article_and_its_lower_case_words(text: str, lang: str, org: str):
    _, orgs, _ = run(text, lang)
    assert org in orgs


def test_a_title_read_without_its_article_needs_one_before_it():
    assert lx.known_organisation("Dauphiné libéré", "du")
    assert lx.known_organisation("Spectator", "the") is False  # a common word after the article: "The Spectator" only
    assert lx.known_organisation("Sputnik", "") and not lx.known_organisation("Dauphiné libéré", "")


def test_a_title_of_a_common_word_needs_its_article_written_with_a_capital():
    assert lx.known_organisation("Le Temps", "selon")
    assert not lx.known_organisation("le Temps", "selon")
    _, orgs, _ = run("Titre\n\nSelon Le Temps, le temps presse pour les négociateurs.", "fr")
    assert "Le Temps" in orgs


def test_a_name_is_met_only_with_the_capitals_the_list_gives_it():
    assert lx.known_organisation("L'Opinion")
    assert not lx.known_organisation("L'opinion")
    _, orgs, _ = run("Titre\n\nL'opinion publique a changé depuis mardi.", "fr")
    assert not orgs


def test_a_company_named_by_a_common_word_is_one_only_with_its_capital_inside_a_sentence():
    _, orgs, _ = run("Title\n\nAnalysts said Prudential would cut its dividend this year.")
    assert "Prudential" in orgs
    assert lx.known_organisation("Prudential", "said")
    assert not lx.known_organisation("Prudential", "", inside=False)  # a sentence's first word
    assert not lx.known_organisation("prudential", "said")


@pytest.mark.parametrize(
    "text, lang, place",
    [
        # a club named after its town leaves the town a place
        ("Titre\n\nLe congrès se tiendra à Lyon puis à Marseille en juin.", "fr", "Lyon"),
        ("Title\n\nThe ferry from Dover was cancelled on Sunday.", "en", "Dover"),
    ],
)
def test_a_place_stays_a_place_though_an_organisation_bears_its_name(text: str, lang: str, place: str):
    _, orgs, places = run(text, lang)
    assert place in places and place not in orgs


def test_a_company_named_after_its_founder_leaves_the_person():
    assert not lx.known_organisation("Ralph Lauren")
    assert not lx.known_organisation("Charles Schwab")


@pytest.mark.parametrize(
    "text, lang, name, initials",
    [
        # the initials keep the article and the small words of the name
        ("Titre\n\nLa République en marche perd un siège ; LREM reste.", "fr", "La République en marche", "LREM"),
        ("Titre\n\nLa France insoumise votera contre ; LFI l'a dit mardi.", "fr", "La France insoumise", "LFI"),
        ("Titre\n\nEurope Écologie Les Verts vote ; EELV aussi.", "fr", "Europe Écologie Les Verts", "EELV"),
        # or drop the opening article
        ("Titre\n\nLa République en marche (REM) présente 400 candidats.", "fr", "La République en marche", "REM"),
    ],
)  # fmt: skip
def test_a_party_and_its_initials_are_one_organisation(text: str, lang: str, name: str, initials: str):
    people, orgs, places = run(text, lang)
    assert name in orgs and initials not in orgs
    assert initials in orgs[name].aliases


@pytest.mark.parametrize(
    "text, lang, org",
    [
        ("Titre\n\nLe Parti socialiste aligne 300 candidats, le PCF 40 et le PRG 12.", "fr", "PCF"),
        ("Titre\n\nLe Parti socialiste aligne 300 candidats, le PCF 40 et le PRG 12.", "fr", "PRG"),
        ("Title\n\nLabour fielded 600 candidates, the SNP 59 and the DUP 16.", "en", "SNP"),
    ],
)
def test_a_known_acronym_before_a_count_is_the_organisation(text: str, lang: str, org: str):
    people, orgs, places = run(text, lang)
    assert org in orgs


def test_an_index_or_a_model_with_a_number_is_still_no_organisation():
    people, orgs, places = run("Titre\n\nLe CAC 40 a reculé, et un ATR 72 s'est posé à Nantes.", "fr")
    assert not orgs


@pytest.mark.parametrize(
    "text, lang, org",
    [
        ("Title\n\nShares of Nokia fell 5 percent on Monday after the results.", "en", "Nokia"),
        ("Title\n\nNokia's chief executive said the company would cut jobs.", "en", "Nokia"),
        ("Title\n\nPorto's new coach arrived on Monday.", "en", "Porto"),
        ("Title\n\nThe strike was over, according to Xinhua.", "en", "Xinhua"),
        ("Titre\n\nLe groupe Toyota a annoncé mardi le rappel de 100 000 voitures.", "fr", "Toyota"),
        ("Titre\n\nLes actionnaires de Nokia ont voté contre la fusion.", "fr", "Nokia"),
    ],
)
def test_a_known_organisation_named_as_a_town_is_one_in_its_context(text: str, lang: str, org: str):
    people, orgs, places = run(text, lang)
    assert org in orgs and org not in places


@pytest.mark.parametrize(
    "text, lang, place",
    [
        ("Title\n\nThe plant in Toyota, a city near Nagoya, employs 5,000 people.", "en", "Toyota"),
        ("Titre\n\nIl est né à Porto et a travaillé à Lyon.", "fr", "Porto"),
    ],
)
def test_a_known_organisation_named_as_a_town_is_the_town_elsewhere(text: str, lang: str, place: str):
    people, orgs, places = run(text, lang)
    assert place in places and place not in orgs
