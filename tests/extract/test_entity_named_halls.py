"""A hall named by its kind in sentence case, then after whom it is named, is one place where something happens
(issue 19, organisations on real pages, census of the orgfr session: "au Centre international de conférences
Abdou-Diouf" gave an organisation "Centre international de conférences" and a person or an organisation
"Abdou-Diouf", on two sites). Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, hall",
    [
        ("Titre\n\nAprès leur entretien, les deux présidents se rendront au Centre international de conférences "
         "Léopold-Senghor pour la réunion.", "Centre international de conférences Léopold-Senghor"),
        ("Titre\n\nCe jour, au Centre international des congrès Amadou Hampâté Bâ, se tiendra une conférence.",
         "Centre international des congrès Amadou Hampâté Bâ"),
    ],
)  # fmt: skip
def test_a_hall_and_its_dedicatee_are_one_place(text: str, hall: str):
    people, orgs, places = run(text, "fr")
    assert hall in places
    assert not people and not orgs


def test_a_capitalised_venue_head_and_its_qualifier_name_the_venue_not_a_person():
    people, _, places = run(
        "Titre\n\nÀ son arrivée à l'Aéroport international Blaise Diagne, le ministre Paul Ndiaye a été accueilli.",
        "fr",
    )
    assert set(people) == {"Paul Ndiaye"}
    assert "Aéroport international Blaise Diagne" in places and "Aéroport" not in places
