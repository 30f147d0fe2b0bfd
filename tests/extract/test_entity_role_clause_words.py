"""A role is never a clause (issue 19): a verb, an adverb, a participle or a comparison after the role word ends the
role there, and two titles joined by "and" are two people's. Sentences of our own."""

from __future__ import annotations

from entitykit import run


def test_an_adverb_and_a_verb_between_a_role_word_and_a_name_give_the_name_no_role():
    people, _, _ = run("Title\n\nThe coach twice benched Oliver Grant last season.")
    assert people["Oliver Grant"].role is None
    people, _, _ = run("Title\n\nThe inspector already warned Helen Ward about the roof.")
    assert people["Helen Ward"].role is None


def test_a_participle_after_the_role_word_of_an_apposition_ends_the_role():
    people, _, _ = run("Title\n\nSamir Haddad, the militia commander wounded in the raid, was moved to Beirut.")
    assert people["Samir Haddad"].role == "commander"
    people, _, _ = run("Title\n\nLucy Marsh, a young teacher working in Hull, said the school was cold.")
    assert people["Lucy Marsh"].role == "teacher"


def test_a_comparison_after_the_role_word_is_no_title():
    people, _, _ = run("Title\n\nAny mayor other than Ruth Cole would have resigned.")
    assert people["Ruth Cole"].role is None
    people, _, _ = run("Title\n\nOwen Price, a pilot more careful than most, landed the plane.")
    assert people["Owen Price"].role == "pilot"


def test_an_adverb_opening_a_bare_apposition_makes_it_no_description():
    people, _, _ = run("Title\n\nHer cousin Nina Shaw, also 23, was treated in the same hospital.")
    assert people["Nina Shaw"].role is None


def test_a_title_with_a_participle_before_its_role_word_stays_whole():
    people, _, _ = run("Title\n\nChief financial officer Grace Lin spoke. The chief operating officer Paul Ortiz left.")
    assert people["Grace Lin"].role == "Chief financial officer"
    assert people["Paul Ortiz"].role == "chief operating officer"
    people, _, _ = run("Title\n\nActing mayor Rosa Diaz left the hall.")
    assert people["Rosa Diaz"].role == "Acting mayor"


def test_a_plural_role_word_before_and_names_a_body_not_the_persons_title():
    people, _, _ = run("Title\n\nWe met the leader of the Association of Teachers and Labour chairwoman Ann Fox.")
    assert people["Ann Fox"].role == "Labour chairwoman"


def test_two_capitalised_titles_joined_are_two_peoples_and_the_role_ends_before_the_conjunction():
    people, _, _ = run("Title\n\nEdward Windsor opened the fair.\n\nThe King and Queen will tour Bath on Monday.")
    assert people["Edward Windsor"].role == "King"
