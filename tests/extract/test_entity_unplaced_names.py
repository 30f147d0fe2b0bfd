"""Capitalised words only the recogniser reads as a place, with nothing in the text that places them (issue 19,
places on real pages): a troupe's, a widget's or a nickname's words, a person's name in a list of leaders, are no
place, as one such word is none (support.py); after a place preposition, or with a word of a place's name or a
town's shape among them, they stay the place the recogniser reads. Sentences written for the test, about names of
no benchmark page."""

from __future__ import annotations

import pytest
from entitykit import run


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
