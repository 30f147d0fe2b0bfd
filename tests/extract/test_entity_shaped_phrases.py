"""Capitalised phrases of English pages that rules alone read as people by their shape (issue 19): words of the
language, each written in lower case by the dictionaries ("Public Welfare", a band's name), and a run that opens
with a place the gazetteer knows ("Leeds Rovers", a harbour). Each tested on sentences written for the test."""

from __future__ import annotations

from entitykit import run


def test_capitalised_words_of_the_language_are_no_person():
    people, _, _ = run("Title\n\nThe festival lineup includes Silver Mountains, Quiet Weekend and Jack White.")
    assert set(people) == {"Jack White"}


def test_a_field_in_capitals_with_a_speech_verb_is_no_person():
    people, _, _ = run("Title\n\nPublic Welfare said the budget was too small.")
    assert people == {}


def test_a_surname_that_is_a_word_after_a_given_name_stays_a_person():
    people, _, _ = run("Title\n\nGrace Baker said the budget was too small.")
    assert set(people) == {"Grace Baker"}


def test_a_run_opening_with_a_known_place_is_no_person():
    people, _, _ = run("Title\n\nLeeds Rovers said on Monday that the match was moved.")
    assert people == {}


def test_a_place_first_name_whose_surname_stands_alone_elsewhere_stays_a_person():
    people, _, _ = run("Title\n\nParis Hilton said on Monday that she was moving. Hilton added that it was final.")
    assert set(people) == {"Paris Hilton"}


def test_a_rare_given_name_that_is_a_small_town_stays_a_person():
    people, _, _ = run("Title\n\nThe board thanked Marlow Keane, who chaired the inquiry.")
    assert set(people) == {"Marlow Keane"}
