"""A lone word in a list of people is a person, whatever cue before the list or vote of the recogniser typed it an
organisation (issue 19, organisations on real pages: "Willian et David Luiz", "trois filles Aseel (11 ans), Nour (8
ans)" on two dev pages). Sentences written for the test."""

from __future__ import annotations

from entitykit import run


def test_a_word_an_organisation_noun_precedes_is_a_person_next_to_a_named_player():
    people, orgs, _ = run(
        "Titre\n\nPrivé de plusieurs cadres, le club aligne une équipe jeune car Fabinho et Thiago Silva sont blessés.",
        "fr",
    )
    assert "Fabinho" in people
    assert "Fabinho" not in orgs


def test_the_body_a_role_serves_before_its_holder_stays_an_organisation():
    people, orgs, _ = run(
        "Titre\n\nLe ministre rencontrera le directeur général d'Alstom, Henri Poupart-Lafarge, puis visitera l'usine.",
        "fr",
    )
    assert "Alstom" in orgs
    assert "Henri Poupart-Lafarge" in people
