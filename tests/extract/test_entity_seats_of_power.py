"""A seat of power that acts or whose office is held is the institution, not the building (issue 19; the gold's
convention: "the Élysée, the White House, the Kremlin, Matignon, Downing Street ... as an institution"). Census of the
plc35 session: a palace releasing a programme, a return to the White House, a predecessor at Matignon, on three
sites. Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, seat",
    [
        # the office held, before the place preposition
        (
            "Titre\n\nL'opposition craint que le candidat, de retour à la Maison Blanche, coupe l'aide.",
            "fr",
            "Maison Blanche",
        ),
        ("Titre\n\nLe député critique l'aveu de son prédécesseur à Matignon sur la réforme.", "fr", "Matignon"),
        # a palace that speaks or issues a statement
        ("Title\n\nHolyrood Palace released a short statement on Friday evening.", "en", "Holyrood Palace"),
        ("Title\n\nBuckingham Palace confirmed the visit would go ahead.", "en", "Buckingham Palace"),
    ],
)
def test_a_seat_of_power_acting_or_held_is_the_institution(text: str, lang: str, seat: str):
    people, orgs, places = run(text, lang)
    assert seat in orgs
    assert seat not in places


@pytest.mark.parametrize(
    "text, lang, seat",
    [
        ("Titre\n\nLe président a été reçu à Matignon par la Première ministre.", "fr", "Matignon"),
        ("Title\n\nThe banquet at Buckingham Palace lasted three hours.", "en", "Buckingham Palace"),
    ],
)
def test_a_seat_of_power_where_something_happens_stays_a_place(text: str, lang: str, seat: str):
    people, orgs, places = run(text, lang)
    assert seat in places


@pytest.mark.parametrize(
    "text, lang, building",
    [
        (
            "Titre\n\nLe roi sera reçu à l'Élysée mardi. Un dîner d'État sera servi au palais de l'Élysée.",
            "fr",
            "palais de l'Élysée",
        ),
        (
            "Titre\n\nLes syndicats seront reçus à l'hôtel de Matignon jeudi, puis à Matignon de nouveau lundi.",
            "fr",
            "hôtel de Matignon",
        ),
    ],
)
def test_a_seat_and_its_building_named_both_ways_are_one_place(text: str, lang: str, building: str):
    """Desinfos' and Gâchette d'Afrique's Élysée, named bare and with its palace: one place, not two."""
    _, _, places = run(text, lang)
    assert set(places) == {building}
