"""A subject pronoun after an abbreviation's full stop opens a new sentence (issue 19): the words before it end there
and the pronoun is no name's word, in either language; an initial before a surname is still part of the name."""

from __future__ import annotations

from entitykit import run


def test_a_pronoun_after_a_state_s_abbreviation_is_no_name():
    people, _, _ = run("Title\n\nThe team flew to St. Louis, Mo. They lost the game on Sunday to the Cardinals.")
    assert not any("They" in name for name in people)


def test_a_pronoun_after_a_district_s_initials_is_no_name():
    people, _, _ = run("Title\n\nShe trained at a clinic in Washington, D.C. She later opened a bakery in Ohio.")
    assert not any("She" in name for name in people)


def test_a_french_pronoun_after_initials_is_no_name():
    people, _, _ = run(
        "Titre\n\nLe siège est à Washington D.C. Il a été inauguré par la présidente Claire Martin.", "fr"
    )
    assert not any(name.endswith("Il") for name in people)
    assert "Claire Martin" in people


def test_initials_before_a_surname_stay_in_the_name():
    people, _, _ = run("Title\n\nThe governor, J.B. Pritzker, signed the budget in Springfield on Monday.")
    assert "J.B. Pritzker" in people
