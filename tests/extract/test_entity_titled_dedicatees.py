"""A place, a building or an institution named after a titled person, and a saint's feast, name no participant
(issue 19, people on real pages, the kind "a place named after a titled person" of the 36th and 37th batches:
"l'aéroport Sir X", "l'Université Ouaga 1 Pr X", "IME - SESSAD X", "his St Patrick's programme" each gave the
dedicatee as a person). Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, venue",
    [
        ("Titre\n\nLe ministre Paul Ndiaye arrivera samedi à l'aéroport Sir Gaëtan Duval, où il sera accueilli.",
         "aéroport Sir Gaëtan Duval"),
        ("Titre\n\nLe ministre Paul Ndiaye se rendra au lycée Pr Jean Kaboré samedi.", "lycée Pr Jean Kaboré"),
        ("Titre\n\nLe ministre Paul Ndiaye se rendra au stade Président Jean Kaboré samedi.",
         "stade Président Jean Kaboré"),
        ("Titre\n\nLe ministre Paul Ndiaye donnera une conférence à l'Université Ouaga 2 Pr Jean Kaboré vendredi.",
         "Université Ouaga 2 Pr Jean Kaboré"),
        ("Titre\n\nLe ministre Paul Ndiaye se rendra au CHU Pr Jean Kaboré samedi.", "CHU Pr Jean Kaboré"),
    ],
)  # fmt: skip
def test_a_venue_named_after_a_titled_person_is_the_place_not_a_person(text: str, venue: str):
    people, _, places = run(text, "fr")
    assert set(people) == {"Paul Ndiaye"}
    assert venue in places


def test_an_institution_s_acronym_before_a_name_is_the_institution():
    people, orgs, _ = run("Titre\n\n10h00 : Journée de l'autisme, IME - SESSAD Louis Pasteur - Moissac", "fr")
    assert not people
    assert "SESSAD Louis Pasteur" in orgs


@pytest.mark.parametrize(
    "text, person",
    [
        # (a civility introduces someone the sentence speaks of, not a dedicatee)
        ("Titre\n\nLe ministre Paul Ndiaye a reçu au Palais de l'Élysée M. Jean Kaboré samedi.", "Jean Kaboré"),
        # (a role before the institution: the name may be the one who holds it)
        ("Titre\n\nLe directeur du CHU Pr Jean Kaboré a démissionné samedi.", "Jean Kaboré"),
        ("Titre\n\nLe directeur du CHU Jean Kaboré a démissionné samedi.", "Jean Kaboré"),
    ],
)  # fmt: skip
def test_a_person_after_a_venue_s_name_stays_a_person(text: str, person: str):
    people, _, _ = run(text, "fr")
    assert person in people


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nOn Saturday, the mayor will march in the Boston St Patrick’s Day Parade. The minister Simon Coveney "
        "has cut short his St Patrick’s programme in order to pass the bill.",
        "Title\n\nSimon Coveney will miss the St Andrew's celebrations after the St Andrew's Day dinner in Edinburgh.",
    ],
)
def test_a_saint_before_a_possessive_is_a_feast_not_a_person(text: str):
    people, _, _ = run(text, "en")
    assert set(people) == {"Simon Coveney"}


def test_a_saint_s_church_stays_a_place():
    _, _, places = run("Title\n\nSimon Coveney will visit St Mary’s Hospital on Friday.", "en")
    assert "St Mary’s Hospital" in places
