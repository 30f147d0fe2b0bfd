"""Without a tagger (English), a lower-case word right before a name that is no word of a title is a verb: the noun
before it is the clause's subject, no title of the person named (issue 19). Sentences of our own."""

from __future__ import annotations

from entitykit import run


def test_a_verb_between_a_role_noun_and_a_name_gives_the_name_no_role():
    people, _, _ = run("Title\n\nOn Tuesday, photographers met Maria Lopez outside the court.")
    assert people["Maria Lopez"].role is None
    people, _, _ = run("Title\n\nThe lawyer questioned Peter Hall for two hours.")
    assert people["Peter Hall"].role is None


def test_a_title_written_before_a_name_still_ends_on_its_role_word():
    people, _, _ = run("Title\n\nFormer senator Peter Hall spoke on Monday. The Labour MP Anna Reid replied.")
    assert people["Peter Hall"].role == "Former senator"
    assert people["Anna Reid"].role == "Labour MP"


def test_a_title_whose_last_word_is_no_role_word_stays_whole():
    people, _, _ = run("Title\n\nFormer chief whip Peter Hall spoke. The minister of mines and energy Anna Reid left.")
    assert people["Peter Hall"].role == "Former chief whip"
    assert people["Anna Reid"].role == "minister of mines and energy"
