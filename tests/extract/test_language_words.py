"""The quote, fact and date extractors read their words from the language records, every language at once."""

from __future__ import annotations

import dataclasses

import pytest

from generator.extract import dates, facts, quotes
from generator.extract.ner.text import Sentence
from generator.lang import BUILT_IN, language


@pytest.mark.parametrize("code", BUILT_IN)
def test_every_speech_verb_of_a_language_attributes_a_quote(code: str) -> None:
    for verb in language(code).quotes.speech_verbs:
        assert quotes._AFTER.match(f", {verb} le ministre."), verb


def test_a_french_inverted_pronoun_names_the_speaker() -> None:
    assert quotes._speaker_words("", ", ajoute-t-il.") == "il"
    assert quotes._speaker_words("", ", dit-elle.") == "elle"


@pytest.mark.parametrize("code", BUILT_IN)
def test_the_weekdays_between_a_verb_and_its_subject_come_from_the_calendar(code: str) -> None:
    assert {w.lower() for w in language(code).weekdays} <= quotes._ADVERBIALS


@pytest.mark.parametrize("code", BUILT_IN)
def test_a_clock_time_with_a_weekday_of_any_language_names_its_own_day(code: str) -> None:
    for day in language(code).weekdays:
        assert dates._OWN_DAY.search(f"17 h {day}")


def test_counted_back_dates_and_date_links_are_read_in_both_languages() -> None:
    assert dates._COUNTED_BACK.search("il y a neuf mois") and dates._COUNTED_BACK.search("two years ago")
    assert dates._RANGE_LINK.match(" au ") and dates._RANGE_LINK.match(" through the ")
    assert dates._BETWEEN.search("entre le ") and dates._BETWEEN.search("between ")
    assert dates._PAIR_LINK.match(" et ") and not dates._PAIR_LINK.match(" au ")


def test_number_words_come_from_the_language_numbers() -> None:
    assert facts._NUMBER.search("trois ministres") and facts._NUMBER.search("three ministers")
    assert not facts._NUMBER.search("un ministre")  # "un" is an article as often as a number


def test_every_weight_of_the_fact_ranking_is_in_the_one_table() -> None:
    names = {f.name for f in dataclasses.fields(facts.Weights)}
    assert {"figure", "number", "decision", "meeting", "next", "lead", "short", "question"} <= names
    plain = Sentence(0, 80, "Le gouvernement a présenté hier des mesures nouvelles pour les régions du pays.", 1)
    amount = Sentence(0, 80, "Le gouvernement a présenté hier des mesures de 3 milliards pour les régions du pays.", 1)
    gain = facts._score(amount, 3, False, 1, [], False) - facts._score(plain, 3, False, 1, [], False)
    assert gain == pytest.approx(facts.W.figure)


def test_honorifics_are_read_from_the_records_with_or_without_their_full_stop() -> None:
    import re

    from generator.extract.ner import lexicon

    for code in BUILT_IN:
        for honorific in language(code).entities.every_honorific:
            assert re.fullmatch(lexicon.HONORIFIC_PATTERN, honorific), honorific
    assert re.fullmatch(lexicon.HONORIFIC_PATTERN, "M")  # "M Blair", as some texts write it


def test_sentence_openers_and_impersonal_pronouns_come_from_the_records() -> None:
    assert facts._LEAD_CONNECTOR.sub("", "Par ailleurs, le texte passe.") == "le texte passe."
    assert facts._LEAD_CONNECTOR.sub("", "Meanwhile the bill passed.") == "the bill passed."
    assert facts._PRONOUN_SUBJECT.match("Il a signé le texte.") and facts._PRONOUN_SUBJECT.match("She signed it.")
    assert not facts._PRONOUN_SUBJECT.match("Il faut signer le texte.")
