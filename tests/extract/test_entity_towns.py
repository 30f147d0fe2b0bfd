"""Towns no hand-written table holds (issue 19, places on real pages): a town of the world list
(generator/lang/towns.txt) is a place where no cue of the sentence says where, unless the recogniser reads a person
or an organisation there. Sentences written for the test, about towns of no benchmark page."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, town",
    [
        ("Title\n\nThe union said Bakersfield, Fresno and Modesto sent delegates on Monday.", "en", "Fresno"),
        ("Title\n\nOfficials from Dumfries and the county council met on Tuesday.", "en", "Dumfries"),
        ("Titre\n\nLe sous-préfet a rappelé que Vierzon accueillera le congrès des maires.", "fr", "Vierzon"),
        ("Titre\n\nLes élus de Saumur et le préfet ont signé la convention mardi.", "fr", "Saumur"),
    ],
)
def test_a_town_of_the_world_list_is_a_place_without_a_cue(text: str, lang: str, town: str):
    people, orgs, places = run(text, lang)
    assert town in places
    assert town not in people and town not in orgs


def test_a_surname_in_a_list_of_ministers_stays_a_person_though_a_town_bears_it():
    people, _, places = run(
        "Titre\n\nLe président est venu avec le trio ministériel Lemaire, Darmon, Moreno, mardi à Tours.", "fr"
    )
    assert "Moreno" not in places


@pytest.mark.parametrize(
    "text, person",
    [
        ("Title\n\nGovernor Hemet opened the session. Hemet then left for the airport.", "Hemet"),
        ("Title\n\nAlice Dorval, the new director, spoke first. Dorval thanked the staff.", "Alice Dorval"),
    ],
)
def test_a_word_the_text_names_as_a_person_is_no_town(text: str, person: str):
    people, _, places = run(text)
    assert person in people and not places


@pytest.mark.parametrize(
    "text, lang, monument",
    [
        (
            "Titre\n\nLe roi a déposé une gerbe au pied de l'Obélisque de Louxor avant de repartir.",
            "fr",
            "Obélisque de Louxor",
        ),
        (
            "Title\n\nThe march ended at the Jefferson Memorial, where the speakers addressed the crowd.",
            "en",
            "Jefferson Memorial",
        ),
    ],
)
def test_a_monument_named_by_its_kind_is_a_place_not_a_person(text: str, lang: str, monument: str):
    people, _, places = run(text, lang)
    assert monument in places and monument not in people


def test_a_person_whose_surname_is_a_monument_word_stays_a_person():
    people, _, _ = run(
        "Titre\n\nJeanne d'Arc a libéré Orléans. Le maire Paul Colonne a signé. Michel Porte a parlé.", "fr"
    )
    assert {"Paul Colonne", "Michel Porte"} <= set(people)
