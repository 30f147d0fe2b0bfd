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


def test_quote_over_paragraphs_and_colon_intro_english():
    found = quotes(
        "Title\n\nGeorge Lowe died in Ripley on Wednesday.\n\n"
        'Speaking to the BBC in 1995, Mr Lowe said of his adventure: "We estimated we could do it in 100 days.\n\n'
        '"There was a great feeling of euphoria from everyone."',
        "en",
    )
    assert found == {
        "We estimated we could do it in 100 days": "George Lowe",
        "There was a great feeling of euphoria from everyone": "George Lowe",
    }


def test_inverted_speaker_and_continuation_french():
    found = quotes(
        "Titre\n\nLe président de l'UIMM, Thierry Gagnez, reste prudent.\n\n"
        "« Nous sommes soumis à la conjoncture et à un ralentissement important », analyse Thierry Gagnez. "
        "« La reprise de septembre n'a pas duré. »"
    )
    assert found == {
        "Nous sommes soumis à la conjoncture et à un ralentissement important": "Thierry Gagnez",
        "La reprise de septembre n'a pas duré": "Thierry Gagnez",
    }


def test_a_pronoun_after_the_auxiliary_is_the_speaker():
    found = quotes(
        "Titre\n\nLa préfète de la Gironde, Sophie Marchal, a visité mercredi le centre de secours de Mérignac.\n\n"
        "« Les pompiers auront des renforts dès le mois prochain », a-t-elle assuré.\n\n"
        "Le maire de Mérignac, Paul Rivière, reste inquiet. « Nous manquons de bras tout l'été », a-t-il répondu."
    )
    assert found == {
        "Les pompiers auront des renforts dès le mois prochain": "Sophie Marchal",
        "Nous manquons de bras tout l'été": "Paul Rivière",
    }


def test_speakers_named_by_a_surname_with_a_particle():
    found = quotes(
        "Titre\n\nMarine Le Pen, présidente du groupe RN, a dénoncé le budget. « Nous voterons contre ce budget "
        "injuste », a déclaré Mme Le Pen. Le ministre Bruno Le Maire a répondu. « La dette baissera dès l'an "
        "prochain », a assuré M. Le Maire."
    )
    assert found == {
        "Nous voterons contre ce budget injuste": "Marine Le Pen",
        "La dette baissera dès l'an prochain": "Bruno Le Maire",
    }


def test_the_statement_speaks_for_whoever_issued_it():
    english = quotes(
        "Title\n\nA statement from the Foreign Office said the embassy would stay open.\n\n"
        '"The embassy will remain open to British nationals in need," the statement said.',
        "en",
    )
    assert english == {"The embassy will remain open to British nationals in need": "Foreign Office"}
    french = quotes(
        "Titre\n\nUn communiqué de la préfecture a fait état de trois blessés.\n\n"
        "« Les secours sont intervenus très rapidement sur place », précise le communiqué."
    )
    assert french == {"Les secours sont intervenus très rapidement sur place": "préfecture"}


def test_a_described_subject_before_a_colon_is_the_person_with_that_role():
    found = quotes(
        "Titre\n\nLa ministre de la Culture, Rachida Dati, a visité le chantier. "
        "La ministre n'est pas inquiète : « Les travaux seront achevés dans les temps prévus »."
    )
    assert found == {"Les travaux seront achevés dans les temps prévus": "Rachida Dati"}
