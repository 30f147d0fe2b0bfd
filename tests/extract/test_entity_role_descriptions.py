"""A description that opens a clause gives the person it stands for a role (issue 19): in English, read with no
tagger, the verb after it comes from the closed verb lists or is a past right after the role word, and a description
may open with a capitalised title word ("The Prime Minister", "the Conservative MP"). Sentences of our own."""

from __future__ import annotations

from entitykit import run


def test_an_english_description_opening_the_next_sentence_is_the_role_of_the_person_named_before():
    people, _, _ = run(
        "Title\n\nMaria Lopez’s new album will reach the shops earlier than expected.\n\nThe superstar pop singer "
        "announced on Monday that the album would be out on Friday."
    )
    assert people["Maria Lopez"].role == "singer"
    people, _, _ = run(
        "Title\n\nTom Baker warned on Monday that the airline sector faces job cuts.\n\nSpeaking in the Commons, the "
        "Conservative MP said the government should act."
    )
    assert people["Tom Baker"].role == "Conservative MP"


def test_a_capitalised_description_of_the_main_person_is_their_role():
    people, _, _ = run(
        "Title\n\nSir John Reed defended accepting gifts from a donor. The Prime Minister suggested he would take "
        "more gifts. Reed spoke in Leeds. Reed later left."
    )
    assert people["John Reed"].role == "Prime Minister"


def test_a_capitalised_name_opening_a_sentence_is_no_description():
    people, _, _ = run("Title\n\nAnna Weber met reporters on Monday. The Guardian reported that the meeting was short.")
    assert people["Anna Weber"].role is None


def test_a_description_whose_verb_names_another_person_is_not_the_main_persons_role():
    people, _, _ = run(
        "Title\n\nNomsa Dlamini will face trial in November. Dlamini denies the charges. Dlamini said the case was "
        "weak.\n\nThe first witness at the trial was police head Major-Gen Peter Ndlovu, who led the inquiry."
    )
    assert people["Nomsa Dlamini"].role is None
