"""Capitalised phrases of English pages that are no people (issue 19): a list of other stories' headlines in a
newsroom's title case, and a word of the language that opens a sentence or a line glued to a person's name. Each
tested on sentences written for the test."""

from __future__ import annotations

from entitykit import run


def test_headlines_in_title_case_with_lower_case_function_words_name_no_one():
    people, _, _ = run(
        "Title\n\nCouncil Leader Hints at Cutting Budget Chief Critical of Mayor\n"
        "Jonathan Pike, Banker Who Funded Stadium Deal, Goes to Court\n"
        "Grace Holt Urges Ending Subsidies in Bid to Be Party Chief\n\n"
        "The council voted on the budget on Tuesday.",
    )
    assert people == {}


def test_a_caption_of_names_and_function_words_keeps_its_people():
    people, _, _ = run(
        "Title\n\nPrime Minister Keir Starmer and President Emmanuel Macron at the Palace of Westminster\n\n"
        "Starmer said the talks went well.",
    )
    assert {"Keir Starmer", "Emmanuel Macron"} <= set(people)


def test_a_function_word_that_opens_a_line_after_a_heading_is_no_part_of_the_name():
    people, _, _ = run(
        "Title\n\nArticle content\nIf Daniela Okafor becomes mayor in November, the city will change. "
        "Daniela Okafor said so.",
    )
    assert "If Daniela Okafor" not in people


def test_a_word_of_the_language_opening_a_sentence_is_no_part_of_a_surname_met_elsewhere():
    people, _, _ = run(
        "Title\n\nPrime Minister Anthony Albanese left for Jakarta on Monday. Alongside Albanese will be the "
        "trade minister.",
    )
    assert set(people) == {"Anthony Albanese"}


def test_a_given_name_that_is_also_a_word_stays_in_the_name():
    people, _, _ = run("Title\n\nBill Gates arrived on Monday. Gates spoke to the board.")
    assert set(people) == {"Bill Gates"}
