"""Quotes and their speakers."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from generator.extract.entities import extract_entities
from generator.extract.quotes import extract_quotes
from generator.nlp import load_nlp

_spec = importlib.util.spec_from_file_location("_ents", Path(__file__).with_name("test_entities.py"))
_ents = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_ents)


def quotes(text: str, lang: str = "fr"):
    doc = load_nlp(lang)(text)
    participants, _ = extract_entities(doc, lang)
    return {q.text: q.speaker for q in extract_quotes(doc, participants, lang)}


@pytest.fixture(scope="module")
def reference():
    return quotes(_ents.reference_body())


def test_reference_speakers(reference):
    blinken = "Les investissements dans la base industrielle de défense sont aussi un investissement pour nous-mêmes"
    entourage = "Sur l'Ukraine, l'objectif est la poursuite et l'intensification du soutien"
    expected = {
        blinken: "Antony Blinken",
        entourage: "l'entourage de Stéphane Séjourné",
        "Cette visite souligne la place pleinement retrouvée par les Etats-Unis au sein de l'Unesco depuis leur "
        "retour il y a neuf mois": "un diplomate de l'Unesco",
    }
    for text, speaker in expected.items():
        assert reference[text] == speaker
    assert any(t.startswith("Evidemment, la Chine") and s == "Stéphane Séjourné" for t, s in reference.items())
    assert any(t.startswith("les grandes crises") and s == "Quai d'Orsay" for t, s in reference.items())


def test_short_fragments_and_title_are_not_quotes(reference):
    assert not any(t == "rapidement et efficacement" for t in reference)
    assert not any(t.startswith("Poutine n'a pas") for t in reference)


def test_pronoun_speaker_english_rules():
    found = quotes(
        "Title\n\nBP chairman Carl-Henric Svanberg spoke on Friday. "
        '"We expect our stake in Rosneft will generate long-term value," he said.',
        "en",
    )
    assert found == {"We expect our stake in Rosneft will generate long-term value": "Carl-Henric Svanberg"}


def test_speaker_before_quote():
    found = quotes(
        "Titre\n\nLe président Emmanuel Macron a déclaré : « Nous ne céderons rien sur ce point essentiel ».",
    )
    assert found == {"Nous ne céderons rien sur ce point essentiel": "Emmanuel Macron"}
