"""The mention typer and the run cutter are named cues asked in order: each can be read and tested alone."""

from __future__ import annotations

import spacy

from generator.extract.ner import cue, labelcues, notname, runs
from generator.extract.ner.text import doc_text
from generator.extract.ner.words import LOC, ORG, PER, doc_sentences, words


def _candidate(text: str, first: int, last: int) -> cue.Candidate:
    """Words first..last (inclusive) of `text`, read by a blank English pipeline (rules only)."""
    doc = spacy.blank("en")(text)
    ws = words(doc, doc_sentences(doc))
    return cue.Candidate(doc, ws, first, last + 1, "en", False, {})


def test_the_label_cues_are_asked_context_first_then_the_recogniser_then_shapes() -> None:
    names = [cue.__name__ for cue in labelcues.LABEL_CUES]
    assert names.index("_institution") < names.index("_gazetteer") < names.index("recogniser")
    assert names.index("recogniser") < names.index("_capitalised_words") < names.index("_lone_capitalised_word")


def test_each_cue_gives_its_evidence() -> None:
    assert labelcues._gazetteer(_candidate("They flew to London yesterday.", 3, 3)) == cue.Evidence(LOC)
    assert labelcues.organisation_word(_candidate("He joined the Bank of England.", 3, 5)) == cue.Evidence(ORG)
    shaped = labelcues._capitalised_words(_candidate("We met John Elway there.", 2, 3))
    assert shaped == cue.Evidence(PER, tentative=False)  # a known given name needs no more evidence
    assert labelcues._capitalised_words(_candidate("They boarded the Mavi Marmara.", 3, 4)) == cue.Evidence(None)


def test_words_that_are_no_name_are_rejected_before_any_label_cue() -> None:
    assert notname._law_or_event(_candidate("He backed the Patriot Act.", 3, 4))
    assert notname.adjective(_candidate("A New Zealand-born climber.", 1, 2))


def test_a_run_is_cut_after_its_title() -> None:
    doc = spacy.blank("en")("Foreign Secretary David Lammy said so.")
    ws = words(doc, doc_sentences(doc))
    parts = runs.split_run(doc, ws, 0, 4, "en")
    assert [doc_text(doc)[ws[a].start : ws[b - 1].end] for a, b in parts] == ["David Lammy"]


def test_the_limits_are_one_table_each() -> None:
    assert cue.LIMITS.role_name_words == 4 and runs.LIMITS.role_complement_run == 3


def test_a_spokesman_for_the_white_house_speaks_for_the_institution() -> None:
    from generator.extract.entities import extract_entities

    doc = spacy.blank("en")("A spokesman for the White House said the talks would go on.")
    participants, places = extract_entities(doc, "en")
    assert [(p.name, p.kind) for p in participants] == [("White House", "organization")] and places == []
