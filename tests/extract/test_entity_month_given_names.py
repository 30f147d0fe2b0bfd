"""A given name spelt as a month ("Mars", "May") before a surname's particle stays in the name (issue 19: "a surname
that is also a month is lost to the month"); a date's month before a particle name does not join it."""

from __future__ import annotations

from entitykit import run


def test_a_month_before_a_particle_and_a_surname_is_a_given_name():
    people, _, _ = run("Titre\n\nIls ont reçu le maire, Mars De Luca, puis le préfet, Anne Roux.", "fr")
    assert "Mars De Luca" in people
    assert people["Mars De Luca"].role == "maire"
    assert people["Anne Roux"].role == "préfet"


def test_an_english_month_given_name_before_a_particle():
    people, _, _ = run("Title\n\nThe museum's director, May Van Houten, opened the show.")
    assert "May Van Houten" in people


def test_a_dates_month_before_a_particle_name_stays_a_date():
    people, _, _ = run("Title\n\nOn the 4th of May Van Houten resigned from the board.")
    assert "Van Houten" in people
    assert "May Van Houten" not in people
