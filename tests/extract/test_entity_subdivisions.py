"""States, provinces, regions and départements no hand-written table holds (issue 19, places on real pages): a name of
the ISO 3166-2 list (generator/lang/subdivisions.txt) is a place, unless the recogniser reads an organisation there,
or a person with no place preposition before it. Sentences written for the test, about regions of no benchmark page."""

from __future__ import annotations

import pytest
from entitykit import run

from generator.extract.ner import lexicon as lx
from generator.lang import subdivisions


@pytest.mark.parametrize(
    "text, lang, region",
    [
        ("Title\n\nThe drought in Limpopo worsened, and Kerala sent aid on Monday.", "en", "Limpopo"),
        ("Title\n\nThe drought in Limpopo worsened, and Kerala sent aid on Monday.", "en", "Kerala"),
        ("Title\n\nFarmers from Saskatchewan and Manitoba met the minister.", "en", "Saskatchewan"),
        ("Titre\n\nLe préfet du Val-de-Marne a rencontré ses collègues de Corrèze mardi.", "fr", "Corrèze"),
        ("Titre\n\nLes pompiers de Lozère sont partis en Ardèche puis dans le Cantal.", "fr", "Lozère"),
        ("Titre\n\nLe ministre-président du Bade-Wurtemberg a reçu la délégation.", "fr", "Bade-Wurtemberg"),
    ],
)
def test_a_subdivision_of_the_world_list_is_a_place(text: str, lang: str, region: str):
    people, orgs, places = run(text, lang)
    assert region in places
    assert region not in people and region not in orgs


def test_a_subdivision_after_a_role_and_a_place_preposition_is_no_role_holder():
    text = "Titre\n\nLa préfecture annonce la visite du ministre de l'Intérieur en Lozère jeudi."
    people, _, places = run(text, "fr")
    assert "Lozère" in places and "Lozère" not in people


def test_a_word_the_text_names_as_a_person_is_no_region():
    people, _, places = run("Title\n\nGovernor Mpumalanga opened the session. Mpumalanga then left.", "en")
    assert "Mpumalanga" in people and "Mpumalanga" not in places


def test_the_list_keeps_regions_a_reader_meets_as_names_and_drops_common_words():
    for name in ("Queensland", "Normandie", "Bavière", "Bavaria", "Tamil Nadu", "Seine-Saint-Denis"):
        assert lx.is_subdivision(name), name
    for word in ("Centre", "Nord", "North", "Delta", "Plateau", "Lot", "Victoria"):
        assert not lx.is_subdivision(word), word


@pytest.mark.parametrize(
    "iso, names",
    [
        ("Catalunya [Cataluña]", ["Catalunya", "Cataluña"]),
        ("Bruxelles-Capitale, Région de", ["Bruxelles-Capitale"]),
        ("Kärnten;Carinthia", ["Kärnten", "Carinthia"]),
    ],
)
def test_an_iso_entry_gives_each_of_its_spellings(iso: str, names: list[str]):
    assert list(subdivisions.spellings(iso)) == names


def test_a_subdivision_after_a_role_and_de_is_the_place_of_the_office():
    text = "Titre\n\n9h00 Entretien avec M. Paul Durand, député de la Lozère\n10h00 Réunion de service\n"
    people, _, places = run(text, "fr")
    assert "Lozère" in places and "Lozère" not in people


def test_a_name_of_the_world_lists_that_speaks_is_no_place_by_the_lists_alone() -> None:
    # a company and a person share their names with a Colombian department and an Irish county; a place does not speak
    _, _, places = run("Title\n\nMeta said on Tuesday it would cut jobs. Kerry told reporters it was over.")
    assert "Meta" not in places and "Kerry" not in places
    _, _, places = run("Title\n\nGreg Taylor of Indianapolis said the budget was unfair.")
    assert "Indianapolis" in places
