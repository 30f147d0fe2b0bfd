"""Capitalised words only the recogniser reads as a place, with nothing in the text that places them (issue 19,
places on real pages): a troupe's, a widget's or a nickname's words, a person's name in a list of leaders, are no
place, as one such word is none (support.py); after a place preposition, or with a word of a place's name or a
town's shape among them, they stay the place the recogniser reads. Sentences written for the test, about names of
no benchmark page."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from entitykit import run

from generator.extract.folding import fold
from generator.extract.ner.labelcues import _series_of_one_word
from generator.extract.ner.words import Word


@pytest.mark.parametrize(
    "text, name",
    [
        ("Titre\n\nLes clowns du Circo Fantastico, venus d'Espagne, animeront la place.", "Circo Fantastico"),
        ("Titre\n\nLes acrobates du Teatro Fantastico, venus d'Italie, animeront le site.", "Teatro Fantastico"),
    ],
)  # fmt: skip
def test_names_nothing_places_are_no_place(text: str, name: str):
    _, _, places = run(text, "fr")
    assert name not in places
    assert len(places) == 1  # the country the sentence does place is still found


@pytest.mark.parametrize(
    "text, place",
    [
        ("Titre\n\nLe préfet se rendra ensuite à Bois Rouge pour visiter l'usine.", "Bois Rouge"),
        ("Titre\n\nLa délégation visitera ensuite le Campus Saint-Lubin, à Caussade.", "Campus Saint-Lubin"),
    ],
)  # fmt: skip
def test_names_the_text_places_stay_places(text: str, place: str):
    _, _, places = run(text, "fr")
    assert place in places


def _candidate(text: str, name: str) -> SimpleNamespace:
    """The words of `text` split on spaces and commas, and the candidate `name` among them, as the cue sees it."""
    ws, at = [], 0
    for token in re.findall(r"[^\s,()]+|[,()]", text):
        start = text.index(token, at)
        ws.append(Word(token, start, start + len(token), len(ws), len(ws) + 1, 0))
        at = start + len(token)
    parts = name.split()
    a = next(k for k in range(len(ws)) if [w.text for w in ws[k : k + len(parts)]] == parts)
    return SimpleNamespace(ws=ws, a=a, b=a + len(parts), words=[fold(p) for p in parts])


@pytest.mark.parametrize(
    "text, name, series",
    [
        ("l'intersyndicale (Snesup Fsu, Snasub Fsu, Snuipp Fsu, Cgt) appelle", "Snasub Fsu", True),
        ("l'intersyndicale (Snesup Fsu, Snasub Fsu, Cgt) appelle", "Snesup Fsu", True),
        ("ont signé Marie Dubreuil, Paul Garnier, Luc Fabre", "Paul Garnier", False),
    ],
)  # fmt: skip
def test_a_series_of_names_ending_on_one_word_is_read_by_no_person_shape(text: str, name: str, series: bool):
    # (the unions of one federation listed with commas: their shared word names the series, no family)
    assert _series_of_one_word(_candidate(text, name)) is series
