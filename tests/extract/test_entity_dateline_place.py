"""The place of the page's dateline joins the story's places, first, once (issue 19: the dateline's city missed as a
place on eleven dev pages): only a place the gazetteer or the world's towns know, spelt as they or the text write it.
Names written for the test."""

from __future__ import annotations

from generator.extract.entities import with_dateline_place

TEXT = "The harbour will close for repairs next month, the port authority of Konya said."


def test_the_datelines_place_comes_first_as_the_gazetteer_writes_it():
    assert with_dateline_place(["Konya"], "ANKARA", "en", TEXT) == ["Ankara", "Konya"]
    assert with_dateline_place([], "SAN FRANCISCO", "en", TEXT) == ["San Francisco"]


def test_a_town_the_gazetteer_lacks_is_written_as_the_text_writes_it():
    text = "Le port de Trois-Rivières fermera pour travaux le mois prochain."
    assert with_dateline_place([], "TROIS-RIVIÈRES", "fr", text) == ["Trois-Rivières"]


def test_the_place_the_text_names_is_not_added_twice():
    assert with_dateline_place(["Ankara", "Konya"], "ANKARA", "en", TEXT) == ["Ankara", "Konya"]


def test_a_banner_or_no_dateline_adds_nothing():
    assert with_dateline_place(["Konya"], "URGENT", "en", TEXT) == ["Konya"]
    assert with_dateline_place(["Konya"], "BREAKING NEWS", "en", TEXT) == ["Konya"]
    assert with_dateline_place(["Konya"], None, "en", TEXT) == ["Konya"]
