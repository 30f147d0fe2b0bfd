"""A nationality that a page capitalises after a title ("le Président Centrafricain") is no person's name (issue 19:
things typed wrongly); a name after the same title stays a person."""

from __future__ import annotations

from entitykit import run


def test_a_capitalised_nationality_after_a_title_is_no_person():
    people, _, _ = run("Titre\n\nLe Président Gambien sera reçu lundi par le Premier ministre Namibien.", "fr")
    assert people == {}


def test_a_compound_nationality_after_a_title_is_no_person():
    people, _, _ = run("Titre\n\nLe Président Équato-Guinéen est attendu jeudi à Malabo.", "fr")
    assert people == {}


def test_a_name_after_a_title_stays_a_person():
    people, _, _ = run("Titre\n\nLe Président Barrow sera reçu lundi par le ministre Julien Ndlovu.", "fr")
    assert set(people) == {"Barrow", "Julien Ndlovu"}
