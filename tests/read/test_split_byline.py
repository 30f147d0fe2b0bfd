"""A byline word alone on its line and the names on the next (issue 19): both are page chrome, in English and
French, tested on lines other than the page that showed them."""

from __future__ import annotations

from generator.read.chrome import byline_names, strip_chrome

LEAD = (
    "The council said on Tuesday that the bridge would reopen in September, two years later than the plan "
    "it approved when the works began."
)


def test_written_by_and_the_names_on_the_next_line_are_chrome():
    kept = strip_chrome(["Bridge to reopen", LEAD, "Written by", "Jane Whitmore", "More on this story"])
    assert "Jane Whitmore" not in kept and "Written by" not in kept and LEAD in kept


def test_ecrit_par_and_the_names_on_the_next_line_are_chrome():
    lead = "Le conseil a annoncé mardi que le pont rouvrirait en septembre, deux ans après la date prévue au départ."
    kept = strip_chrome(["Le pont rouvrira", lead, "Écrit par", "Jeanne Martin"])
    assert "Jeanne Martin" not in kept and lead in kept


def test_a_byline_word_alone_before_a_sentence_keeps_the_sentence():
    sentence = "the end of the year the works will be done, the council said."
    kept = strip_chrome(["Bridge to reopen", LEAD, "By", sentence])
    assert sentence in kept


def test_the_names_after_a_byline_word_alone_are_the_pages_author():
    assert byline_names(["Bridge to reopen", LEAD, "Written by", "Jane Whitmore"]) == "Jane Whitmore"
    lead = "Le conseil a annoncé mardi que le pont rouvrirait en septembre, deux ans après la date prévue au départ."
    assert byline_names(["Le pont rouvrira", "Écrit par", "Jeanne Martin", lead]) == "Jeanne Martin"
    assert byline_names(["Bridge to reopen", LEAD, "By", "the end of the year the works will be done."]) is None
