"""A given name and a surname that open a story's lead as the subject of its verb are a person, though the recogniser,
thrown by the headline line above them, reads nothing there (issue 19): the shape of most news leads. Tested on
sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, name",
    [
        ("Présidentielle : le second tour\n\nEmmanuel Macron a remporté le second tour dimanche avec 58 % des voix.",
         "Emmanuel Macron"),
        ("Conseil municipal de Varenne\n\nSophie Marchal a présenté mardi le budget de la commune.", "Sophie Marchal"),
        ("Le sommet de Lomé\n\nPaul Ndongo est arrivé jeudi soir à Lomé pour le sommet.", "Paul Ndongo"),
    ],
)  # fmt: skip
def test_a_name_subject_of_the_lead_is_a_person(text: str, name: str):
    people, orgs, places = run(text, "fr")
    assert name in people
    assert name not in orgs and name not in places


@pytest.mark.parametrize(
    "text, name",
    [
        # a given name in an object's place, no subject
        ("Le sommet de Lomé\n\nLe président a reçu lundi à Lomé les délégations du sommet.", "Lomé"),
    ],
)  # fmt: skip
def test_no_person_from_a_name_that_is_no_subject(text: str, name: str):
    people, _, _ = run(text, "fr")
    assert name not in people
