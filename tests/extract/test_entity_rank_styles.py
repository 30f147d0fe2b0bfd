"""An army's rank before a name is a style, as "Professor" is: the office an apposition gives is the role (issue 19,
seen on dev pages from two sites, a French programme and an English report); and without a tagger, a verb ends the
title written before a name (its subject is someone else). Sentences of our own."""

from __future__ import annotations

from entitykit import run


def test_an_apposed_office_wins_over_a_rank_before_the_name():
    people, _, _ = run(
        "Titre\n\nLe ministre s'entretiendra avec le capitaine Paul Sawadogo, le chef de la junte, puis avec le "
        "général Marc Dufour, chef d'état-major des armées. Le commandant Luc Morel est arrivé mardi.",
        "fr",
    )
    assert people["Paul Sawadogo"].role == "chef de la junte"
    assert people["Marc Dufour"].role == "chef d'état-major des armées"
    assert people["Luc Morel"].role == "commandant"  # a rank alone is still the role
    people, _, _ = run(
        "Title\n\nThe envoy met General Tom Reed, chief of the defence staff, and Captain Ann Moyo, the head of the "
        "naval base. Major General Sam Kane said nothing."
    )
    assert people["Tom Reed"].role == "chief of the defence staff"
    assert people["Ann Moyo"].role == "head of the naval base"
    assert people["Sam Kane"].role == "Major General"


def test_a_verb_ends_the_title_before_a_name():
    people, _, _ = run(
        "Title\n\nThe minister met General Tom Reed on Monday. Reporters met Foreign Secretary Ann Moyo in London."
    )
    assert people["Tom Reed"].role == "General"
    assert people["Ann Moyo"].role == "Foreign Secretary"


def test_who_coordinates_a_programme_holds_a_role():
    people, _, _ = run("Title\n\nProgramme co-ordinator Jane Roe said the fair opens in May.")
    assert people["Jane Roe"].role == "Programme co-ordinator"
