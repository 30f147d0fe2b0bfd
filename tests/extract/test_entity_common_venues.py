"""Venues every town has, named by common nouns (issue 19, places on real pages): "au monument aux morts", "au
palais de justice", "at the county courthouse" are places where something happens, though no word of them is
capitalised; the town or square their complement names is the place instead. A premises' name in quotation marks
after its noun ("le café « Le Central »") is a place; and a given name and a surname the recogniser alone reads as
a place are a person. Sentences written for the test, about places of no benchmark
page."""

from __future__ import annotations

import pytest
from entitykit import run
from spacy.tokens import Span

from generator.extract.entities import extract_entities
from generator.nlp import load_nlp


@pytest.mark.parametrize(
    "text, lang, place",
    [
        ("Titre\n\nSamedi, le préfet déposera une gerbe au monument aux morts avant le vin d'honneur.", "fr",
         "monument aux morts"),
        ("Titre\n\nL'ancien ministre sera entendu jeudi au palais de justice comme témoin.", "fr", "palais de justice"),
        ("Titre\n\nLa délégation sera accueillie au pavillon d'honneur de l'aérogare à 9 heures.", "fr",
         "pavillon d'honneur"),
        ("Titre\n\nLe congrès des maires se tiendra au palais des congrès du 3 au 5 juin.", "fr", "palais des congrès"),
        ("Title\n\nThe jury will be chosen at the county courthouse next week, the clerk said.", "en",
         "county courthouse"),
        ("Title\n\nResidents can comment at city hall until Friday, the council said.", "en", "city hall"),
    ],
)  # fmt: skip
def test_a_common_venue_after_a_place_preposition_is_a_place(text: str, lang: str, place: str):
    _, _, places = run(text, lang)
    assert place in places


def test_a_common_venue_on_a_programmes_line_of_places_is_one_place():
    _, _, places = run("Programme\n\n11h30 : Cérémonie de la Victoire, Monument aux Morts, Saint-Cyprien", "fr")
    assert "Monument aux Morts" in places
    assert "Morts" not in places


def test_a_common_venue_its_complement_names_is_left_to_that_name():
    _, _, places = run("Titre\n\nLe ministre sera reçu à l'hôtel de ville de Besançon dans l'après-midi.", "fr")
    assert "hôtel de ville" not in places


def test_a_common_venue_not_visited_is_no_place():
    _, _, places = run("Titre\n\nLe monument aux morts a été restauré par la commune l'an dernier.", "fr")
    assert not places


@pytest.mark.parametrize(
    "text, lang, place",
    [
        ("Titre\n\nLe candidat a tenu réunion au café « Le Relais des Halles » samedi soir.", "fr",
         "Le Relais des Halles"),
        ("Titre\n\nLes ministres se retrouveront dans le bâtiment « Berlaymont » mardi.", "fr", "Berlaymont"),
        ("Titre\n\nVisite du café-restaurant « Le Vieux Moulin », labellisé l'an dernier.", "fr", "Le Vieux Moulin"),
        ('Title\n\nThe candidates met voters at the pub "The Red Lion" on Friday.', "en", "The Red Lion"),
    ],
)  # fmt: skip
def test_a_premises_name_in_quotation_marks_after_its_noun_is_a_place(text: str, lang: str, place: str):
    people, _, places = run(text, lang)
    assert place in places and place not in people


def test_a_quoted_title_after_a_noun_that_is_no_premises_is_no_place():
    _, _, places = run("Titre\n\nLa troupe jouera la pièce « Les Amants de Vérone » au printemps.", "fr")
    assert "Les Amants de Vérone" not in places


def _with_place_read(text: str, name: str, lang: str):
    """The text's participants and places when the recogniser reads `name` as a place (it does so on some pages)."""
    doc = load_nlp(lang)(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), label="LOC")
    others = [e for e in doc.ents if e.end <= span.start or e.start >= span.end]
    doc.ents = [*others, Span(doc, span.start, span.end, "LOC")]
    participants, places = extract_entities(doc, lang)
    return {p.name for p in participants if p.kind == "person"}, places


@pytest.mark.parametrize(
    "text, lang, name",
    [
        ("Titre\n\nAprès Chloé Vitale à Turin, la présidente verra le maire de Gênes.", "fr", "Chloé Vitale"),
        ("Title\n\nAfter Gordon Pettigrew in Leeds, the minister will meet union leaders.", "en", "Gordon Pettigrew"),
    ],
)
def test_a_given_name_and_a_surname_read_as_a_place_are_a_person(text: str, lang: str, name: str):
    people, places = _with_place_read(text, name, lang)
    assert name in people and name not in places


def test_initials_that_spell_a_given_name_are_no_person():
    text = "Titre\n\nVisite de l'exploitation EARL Vernier à Sancerre."
    people, _ = _with_place_read(text, "EARL Vernier", "fr")
    assert "EARL Vernier" not in people
