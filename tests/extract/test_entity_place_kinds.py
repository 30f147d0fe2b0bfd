"""Places named by their kind word joined to a name (issue 19, places on real pages): a hall of shows, a racecourse,
a health centre, a roundabout, a building, a state's seat, a street whose name ends on an adjective are one place,
whole, and the person a roundabout is named after is no participant; the same kind word used as a common noun gives
no place. Sentences written for the test, about names of no benchmark page."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, place",
    [
        ("Titre\n\nLe chanteur se produira au Zénith de Nantes le 4 mai.", "Zénith de Nantes"),
        ("Titre\n\nLe congrès se tiendra à l'hippodrome de Deauville.", "hippodrome de Deauville"),
        ("Titre\n\nLa ministre visitera ensuite le pôle de santé du Moulin.", "pôle de santé du Moulin"),
        ("Titre\n\nLes travaux de la Maison de la Forge sont terminés.", "Maison de la Forge"),
        (
            "Titre\n\nLes travaux de voirie concernent la rue des Pins verts, la rue du Moulin et la rue des Lilas.",
            "rue des Pins verts",
        ),
    ],
)  # fmt: skip
def test_kind_and_name_are_one_place(text: str, place: str):
    _, _, places = run(text, "fr")
    assert place in places
    assert not any(p != place and p in place for p in places)  # not cut in parts ("Zénith", "Nantes")


def test_roundabout_named_after_someone_is_no_person():
    people, _, places = run("Titre\n\nLe maire dévoilera la plaque du rond-point Jean Moulin, face à l'église.", "fr")
    assert "rond-point Jean Moulin" in places
    assert not people


def test_state_capitol_is_a_place():
    _, _, places = run("Title\n\nThe bill signing will take place at the Ohio State Capitol on Friday.", "en")
    assert "Ohio State Capitol" in places


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Titre\n\nLe rond-point était bloqué par les manifestants et la salle était pleine.", "fr"),
        ("Titre\n\nLes spéléologues ont exploré la grotte pendant trois jours.", "fr"),
        ("Title\n\nThe capitol was closed and the station said the trains were late.", "en"),
    ],
)  # fmt: skip
def test_kind_word_as_common_noun_gives_no_place(text: str, lang: str):
    _, _, places = run(text, lang)
    assert not places


def test_kind_word_after_a_plural_article_names_no_one_hall():
    _, _, places = run("Titre\n\nLe groupe donnera vingt concerts aux Zénith de France, de Lille à Nice.", "fr")
    assert "France" in places
    assert "Zénith de France" not in places


def test_department_of_a_body_is_no_venue():
    _, orgs, places = run("Titre\n\nLe témoin sera entendu par le pôle économique du Tribunal de Lyon mardi.", "fr")
    assert "Tribunal de Lyon" in orgs
    assert not any(p.startswith("pôle") for p in places)


def test_plural_role_word_before_a_kind_word_names_the_place():
    # (a park named after a group of people: "Founders", "Firefighters" title no one before a place's kind word)
    _, _, places = run("Title\n\nThe parade ends at Firefighters Park on Main Street.", "en")
    assert "Firefighters Park" in places
