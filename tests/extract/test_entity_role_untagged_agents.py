"""Roles English gives with a noun of someone's deed or trade that no role list holds (issue 19): read with no tagger,
the noun is known by its ending ("-er", "-or", "-ist", "-ian") on a common word, before the name or in an
apposition after it; things and comparatives so ended are no one's role. In French, a noun the parser sets in
apposition to a name between commas is its role, words of time and a fronted phrase's clause aside; in English,
with no parser, a phrase opened by an article or a possessive after the name and closed is."""

from __future__ import annotations

import pytest
from entitykit import run

from generator.extract.ner import lexicon as lx


@pytest.mark.parametrize("word", ["bomber", "trader", "teenager", "shopkeeper", "bricklayer", "historian", "sailor"])
def test_an_agent_ending_on_a_common_word_names_someone(word):
    assert lx.is_untagged_agent(word)


@pytest.mark.parametrize("word", ["corner", "summer", "paper", "sector", "bigger", "younger", "consist", "Bomber"])
def test_things_comparatives_and_capitalised_words_so_ended_name_no_one(word):
    assert not lx.is_untagged_agent(word)


def test_a_noun_of_a_deed_before_a_name_with_its_qualifiers_is_the_role():
    people, _, _ = run("The court heard Leeds Station stabber Dean Harrow and the Welsh teenager Amy Lloyd on Monday.")
    assert people["Dean Harrow"].role == "Leeds Station stabber"
    assert people["Amy Lloyd"].role == "Welsh teenager"


def test_a_noun_of_a_trade_in_an_apposition_is_the_role():
    people, _, _ = run(
        "Gareth Pryce, a retired bricklayer from Swansea, said the road flooded. Tom Hale, 45, a shopkeeper, agreed."
    )
    assert people["Gareth Pryce"].role == "retired bricklayer"
    assert people["Tom Hale"].role == "shopkeeper"


def test_a_thing_or_a_time_so_ended_before_or_after_a_name_is_no_role():
    people, _, _ = run(
        "He read the paper Gareth Lloyd wrote in Swansea. He handed it to Tom Hale, a week later, in the corner."
    )
    assert people["Gareth Lloyd"].role is None
    assert people["Tom Hale"].role is None


def test_a_noun_the_parser_sets_in_apposition_to_a_name_is_the_role():
    people, _, _ = run("Marc Levant, une figure du quartier, a été arrêté.", "fr")
    assert people["Marc Levant"].role == "figure du quartier"
    people, _, _ = run("Le juge a entendu Paul Morel, un voisin de la victime, mardi.", "fr")
    assert people["Paul Morel"].role == "voisin de la victime"


def test_a_time_or_a_fronted_phrase_after_a_name_is_no_apposition():
    people, _, _ = run(
        "Il a vu Marc Levant, la semaine dernière, à Paris. Pour Anne Roy, le problème, c'est l'argent.", "fr"
    )
    assert people["Marc Levant"].role is None
    assert people["Anne Roy"].role is None


def test_an_english_phrase_opened_by_an_article_after_a_name_is_its_description():
    people, _, _ = run("They met Dana Whitlock, a native of Ohio, in Paris. Rob Kell, his longtime friend, was there.")
    assert people["Dana Whitlock"].role == "native of Ohio"
    assert people["Rob Kell"].role == "longtime friend"


def test_time_speech_and_names_after_an_english_name_are_no_description():
    people, _, _ = run(
        "Dana Whitlock, a week later, denied it. Google hired Rob Kell, the company said. "
        "Reports by Sam Ortiz, the BBC and Reuters differ."
    )
    assert all(people[name].role is None for name in ("Dana Whitlock", "Rob Kell", "Sam Ortiz"))
