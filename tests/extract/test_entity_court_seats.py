"""A court is named after its seat (issue 19, places on real pages): "la cour d'assises du Var", "le tribunal
correctionnel de Bobigny" name the court's district, not a place the story goes to, so the seat alone is no place
of the article; the same town written elsewhere still is, and a prosecutor's office keeps its town ("le parquet de
Francfort", as bench/gold counts it). Sentences written for the test, about courts of no benchmark page."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, seat",
    [
        ("Titre\n\nLe procès s'ouvrira lundi devant la cour d'assises du Var pour trois semaines.", "Var"),
        ("Titre\n\nLe tribunal correctionnel de Bobigny rendra sa décision le 4 mars.", "Bobigny"),
        ("Titre\n\nL'avocat a annoncé qu'il saisirait la cour d'appel de Douai dès lundi.", "Douai"),
        ("Titre\n\nLe président de la cour d'assises spéciale de Paris a suspendu l'audience.", "Paris"),
        ("Titre\n\nLe tribunal administratif de Lille a annulé l'arrêté en juin.", "Lille"),
    ],
)  # fmt: skip
def test_a_seat_written_only_in_a_courts_name_is_no_place(text: str, seat: str):
    _, orgs, places = run(text, "fr")
    assert seat not in places
    assert orgs  # the court itself is still found


def test_the_seat_written_elsewhere_is_still_a_place():
    _, _, places = run(
        "Titre\n\nÀ Douai, les avocats manifestaient devant le palais. La cour d'appel de Douai a renvoyé l'affaire.",
        "fr",
    )
    assert "Douai" in places


def test_a_court_known_by_its_town_alone_keeps_it():
    _, _, places = run("Titre\n\nLe pays a saisi la Cour de La Haye pour faire cesser les tirs.", "fr")
    assert "La Haye" in places


def test_a_prosecutors_office_keeps_its_town():
    _, _, places = run("Titre\n\nLe parquet de Brest a ouvert une enquête préliminaire en juin.", "fr")
    assert "Brest" in places


def test_a_chamber_of_commerce_is_no_court():
    _, _, places = run("Titre\n\nLa chambre de commerce de Nantes organise un salon de l'emploi jeudi.", "fr")
    assert "Nantes" in places
