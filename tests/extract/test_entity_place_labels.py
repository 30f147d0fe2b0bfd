"""A programme's place label ("Lieu :", "Where:") says the names after it on its line are where the item happens
(issue 19, places on real pages): each is a place, a body's seat included, and a line of capitalised names so
labelled is no page chrome. Sentences written for the test, about venues of no benchmark page."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Titre\n\n9h30 : Visite de l'école inclusive\n\nLieu : Collège Paul Éluard - 12 Rue Jules Ferry, Saint-Leu",
            "fr",
            {"Collège Paul Éluard", "Rue Jules Ferry", "Saint-Leu"},
        ),
        (
            "Titre\n\n15h00 : Réunion des maires\n\nLieu : Conseil régional de Bretagne",
            "fr",
            {"Conseil régional de Bretagne"},
        ),
        (
            "Title\n\nWhat: Bill signing with the Governor\n\nWhere:    Blue Room, Nevada State Capitol",
            "en",
            {"Blue Room", "Nevada State Capitol"},
        ),
    ],
)
def test_the_names_after_a_programmes_place_label_are_its_places(text: str, lang: str, expected: set[str]):
    people, orgs, places = run(text, lang)
    assert expected <= set(places)
    assert not expected & (set(people) | set(orgs))


def test_a_label_of_another_kind_names_no_place():
    people, orgs, places = run("Titre\n\nContact : Jean Dupont, Mairie de Brest", "fr")
    assert "Jean Dupont" not in places
