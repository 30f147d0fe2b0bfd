"""Things that are no person, and words glued to a person's name that are not the name's (issue 19, people's
precision on unseen pages). Two kinds, each with sentences written for the test:

- a role's title written in capitals runs into its holder's name ("Chef juge par Intérim X", "Minister for Energy,
  Water Resources and Irrigation X"): the title's words that open the run are the title's; a run of them alone
  ("Water Resources") is no person;
- a word that opens the sentence, then an article in lower case, then a country ("Même le Soudan et le Zimbabwe"):
  the article is the country's, no surname's particle after a given name.

People named after a place or a thing stay people ("Victoria Beckham", "Florence Parly", "Marine le Pen")."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, person, glued",
    [
        ("The delegation includes Minister for Agriculture, Land Management and Cooperatives Ghanashyam Bhusal and "
         "the Foreign Secretary.", "en", "Ghanashyam Bhusal", "Cooperatives Ghanashyam Bhusal"),
        ("Le président recevra le Commissaire de police par Intérim Jean-Claude Moutou et le maire de Port-Louis.",
         "fr", "Jean-Claude Moutou", "Intérim Jean-Claude Moutou"),
        ("Le préfet a reçu le directeur chargé des Transports Philippe Marchand lundi.", "fr", "Philippe Marchand",
         "Transports Philippe Marchand"),
    ],
)  # fmt: skip
def test_a_titles_words_glued_before_the_name_are_not_the_name(text: str, lang: str, person: str, glued: str):
    people, _, _ = run(text, lang)
    assert person in people
    assert glued not in people


def test_the_title_keeps_its_qualifier_as_the_holders_role():
    people, _, _ = run("Le Chef juge par Intérim Paul Lam Shang Leen recevra le président mercredi.", "fr")
    assert people["Paul Lam Shang Leen"].role == "Chef juge par Intérim"


def test_a_titles_portfolio_alone_is_no_person():
    people, _, _ = run("The cabinet includes Minister for Energy, Water Resources and Irrigation Barsha Man Pun.", "en")
    assert "Water Resources" not in people


@pytest.mark.parametrize(
    "text, lang, person",
    [
        ("Le ministre de la Culture Pierre Martin et le maire Rose Dupuis ont inauguré le musée.", "fr", "Rose Dupuis"),
        ("Foreign Minister Grace Naledi Pandor and President Cyril Ramaphosa arrived on Monday.", "en",
         "Grace Naledi Pandor"),
    ],
)  # fmt: skip
def test_a_given_name_after_a_title_stays_the_name(text: str, lang: str, person: str):
    people, _, _ = run(text, lang)
    assert person in people


@pytest.mark.parametrize(
    "text, place, glued",
    [
        ("Les délégations de 42 pays sont attendues à Paris. Même le Soudan et le Zimbabwe seront de la partie.",
         "Soudan", "le Soudan"),
        ("Plusieurs pays ont signé la déclaration. Seule la Guinée a refusé de le faire.", "Guinée", "la Guinée"),
    ],
)  # fmt: skip
def test_an_openers_article_before_a_country_is_no_particle(text: str, place: str, glued: str):
    people, _, places = run(text, "fr")
    assert glued not in people
    assert place in places


@pytest.mark.parametrize(
    "text, lang, person",
    [
        ("Marine le Pen sera candidate en 2027, a-t-elle annoncé à Nanterre.", "fr", "Marine le Pen"),
        ("La ministre des Armées, Florence Parly, était à Brest lundi.", "fr", "Florence Parly"),
        ("Victoria Beckham and her husband David Beckham attended the show in Victoria on Friday.", "en",
         "Victoria Beckham"),
        ("The Queen received Mr Paris Hilton at the palace.", "en", "Paris Hilton"),
        ("Actress Sydney Sweeney arrived in Sydney on Friday.", "en", "Sydney Sweeney"),
    ],
)  # fmt: skip
def test_people_named_after_a_place_stay_people(text: str, lang: str, person: str):
    people, _, _ = run(text, lang)
    assert person in people


def test_an_appositions_comma_opens_the_holders_name():
    people, _, _ = run(
        "L'après-midi, ils rencontreront le président du Sénat, Mars Di Rocco, puis le Premier ministre.", "fr"
    )
    assert "Mars Di Rocco" in people


@pytest.mark.parametrize(
    "text, person, role",
    [
        ("The entourage includes Minister for Physical Infrastructure and Transport Raghubir Mahaseth and others.",
         "Raghubir Mahaseth", "Minister for Physical Infrastructure and Transport"),
        ("The delegation includes Deputy Prime Minister for Trade and Industry Anil Kumar Sharma.",
         "Anil Kumar Sharma", "Deputy Prime Minister for Trade and Industry"),
    ],
)  # fmt: skip
def test_the_title_glued_before_the_name_is_the_holders_role(text: str, person: str, role: str):
    people, _, _ = run(text, "en")
    assert people[person].role == role
