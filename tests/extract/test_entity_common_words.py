"""A frequent word of the language, capitalised alone, is no person (issue 19): the recogniser or the rules read
"Splendide" or "Perhaps" as a name where a page capitalises a word to open a line or a sentence. A surname
that is also a word stays a person where the text shows it as a name. Sentences written for these tests."""

from __future__ import annotations

import pytest
from entitykit import run

from generator.lang import commonwords


def test_the_list_holds_words_of_both_languages_and_no_given_name_or_proper_noun():
    words = commonwords.load()
    assert {"splendide", "perhaps", "donnees", "enquete", "data"} <= words
    assert not {"pierre", "john", "macron", "victorian"} & words


def test_a_french_word_opening_a_sentence_is_no_person():
    people, _, _ = run("Titre\n\nLe stade était plein. Splendide, ce but de la tête.", "fr")
    assert "Splendide" not in people


def test_an_english_word_opening_a_french_quotation_line_is_no_person():
    people, _, _ = run(
        "Titre\n\nLe public a répondu en anglais.\n\nPerhaps, dit-il en souriant, nous reviendrons.", "fr"
    )
    assert "Perhaps" not in people


def test_a_surname_that_is_a_word_stays_a_person_with_its_full_name_elsewhere():
    people, _, _ = run(
        "Titre\n\nLe syndicaliste Laurent Berger a rencontré les salariés mardi. Berger a promis de revenir.", "fr"
    )
    assert "Laurent Berger" in people
    assert "Berger" in people["Laurent Berger"].aliases or "Berger" not in people


def test_a_surname_that_is_a_word_alone_after_an_honorific_stays_a_person():
    people, _, _ = run("Titre\n\nM. Blanc a inauguré la salle des fêtes dimanche.", "fr")
    assert any("Blanc" in name for name in people)


def test_an_english_surname_that_is_a_word_stays_a_person_after_its_full_name():
    people, _, _ = run("Title\n\nCouncillor Jane Baker opened the new library on Monday. Baker said it cost less.")
    assert "Jane Baker" in people


def test_a_word_of_the_language_met_again_is_no_second_mention_of_a_surname():
    people, _, _ = run(
        "Title\n\nThe unions joining the strike are UFCW (retail units), IBEW Local 1245, OPEIU (NW) and others. "
        "About 900 members of Unite Here! Local 2 will join them."
    )
    assert not any("Local" in name for name in people)


def test_a_word_of_the_language_after_an_acronym_is_no_surname():
    people, _, _ = run("Title\n\nThe nurses of CWA Local 9119 and the cooks of SEIU Local 1021 walked out on Monday.")
    assert not people


def test_a_surname_that_is_a_word_stays_a_person_when_it_opens_a_sentence_before_its_verb():
    people, _, _ = run("Title\n\nAdebayo Walker opened the library on Monday. Walker thanked the donors.")
    assert "Adebayo Walker" in people


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nResidents asked about the Ordinance, which was adopted in June.",
        "Title\n\n* Closing of Applications is on 4th May 2021.",
        "Title\n\nIs the meeting public?: Yes\nIs it recorded?: Yes",
    ],
)
def test_a_frequent_word_capitalised_alone_is_no_organisation_for_acting(text: str):
    """(issue 19, organisations on real pages: forms and headings capitalise common words, six sites)"""
    _, orgs, _ = run(text, "en")
    assert not orgs


@pytest.mark.parametrize(
    "text",
    [
        "Titre\n\nA 15h00 : Fixation des tarifs de la cantine scolaire.",
        "Titre\n\nFixation des tarifs de la cantine scolaire.\n\nLe conseil votera lundi.",
    ],
)
def test_a_frequent_french_word_opening_a_line_or_an_item_is_no_organisation(text: str):
    """(issue 19, organisations on real pages: a programme's or a call's line opens on a common word the recogniser
    takes for a body, on eight French sites)"""
    _, orgs, _ = run(text, "fr")
    assert "Fixation" not in orgs


def test_a_company_opening_a_programme_item_stays():
    _, orgs, _ = run("Titre\n\n15h00 : Renault présente ses résultats aux actionnaires.", "fr")
    assert "Renault" in orgs
