"""A building named right after a verb and its article is that verb's object, the place where something happens
("will visit the White House", "visited the Harlow Museum"), not a body acting: only a verb of speech puts the subject
after itself ("a indiqué le Quai d'Orsay", "said the White House"). The dev pages showed a visit's seat of power and
venues typed as bodies because the verb's last letters ("visit", "visited", "hosted") were read as an inverted
subject's participle; the copula's plural ("the Packers were") was no subject's verb. Sentences written for the
test."""

from __future__ import annotations

import pytest
from entitykit import run

from generator.extract.ner.cue import acting
from generator.extract.ner.words import doc_sentences, words
from generator.nlp import load_nlp


@pytest.mark.parametrize(
    "text, lang, place",
    [
        (
            "Title\n\nThe premier will visit the White House for talks with the president on Thursday.",
            "en",
            "White House",
        ),
        ("Title\n\nThe delegation visited the Harlow Museum before lunch on Monday.", "en", "Harlow Museum"),
        ("Title\n\nThe mayor toured the Eastfield Library after the meeting.", "en", "Eastfield Library"),
    ],
)
def test_a_building_after_a_verb_and_its_article_is_a_place(text: str, lang: str, place: str):
    people, orgs, places = run(text, lang)
    assert place in places
    assert place not in orgs


@pytest.mark.parametrize(
    "text, lang, body",
    [
        ('Title\n\n"No decision has been taken," said the White House on Friday.', "en", "White House"),
        ("Titre\n\n« Aucune décision n'est prise », a indiqué le Quai d'Orsay vendredi.", "fr", "Quai d'Orsay"),
    ],
)
def test_a_seat_of_power_after_a_verb_of_speech_is_the_body_speaking(text: str, lang: str, body: str):
    people, orgs, places = run(text, lang)
    assert body in orgs
    assert body not in places


@pytest.mark.parametrize(
    "text, lang, name, expected",
    [
        ("Title\n\nThe league opened in 1950, but the Hawks were not admitted until 1952.", "en", "Hawks", True),
        ("Title\n\nThe Rangers are the favourites this season.", "en", "Rangers", True),
        ("Title\n\nThe premier will visit the White House for talks on Thursday.", "en", "White House", False),
        ("Titre\n\nLe ministre a visité le Musée Fabre mardi matin.", "fr", "Musée Fabre", False),
    ],
)
def test_the_subject_of_a_verb_acts_and_its_object_does_not(text: str, lang: str, name: str, expected: bool):
    doc = load_nlp(lang)(text)
    ws = words(doc, doc_sentences(doc))
    a = next(k for k, w in enumerate(ws) if w.text == name.split()[0])
    assert acting(doc, ws, a, a + len(name.split())) is expected
