"""The event read from the parse: the clause that governs a date, its real subject, its nominal event."""

from __future__ import annotations

import pytest

from generator.extract.timex.clause import parsed_event
from generator.extract.timex.context import event_nouns
from generator.lang import language

FRENCH = language("fr")


def _event(nlp, text: str, date: str) -> str:
    start = text.index(date)
    return parsed_event(nlp(text), start, start + len(date), FRENCH, [], event_nouns(FRENCH))


def test_a_verb_that_only_says_it_happens_leaves_its_subject_as_the_event(nlp):
    event = _event(nlp, "Le second tour de l'élection municipale aura lieu le 22 mars.", "le 22 mars")
    assert event.startswith("Le second tour de l'élection municipale")
    assert "22" not in event


def test_a_clause_keeps_its_subject_verb_and_complements_without_the_date(nlp):
    event = _event(nlp, "La ministre inaugurera le 14 octobre le nouveau pont sur la Loire.", "le 14 octobre")
    assert "ministre" in event and "inaugurera" in event and "pont" in event
    assert "octobre" not in event


def test_a_pronoun_subject_is_the_person_named_before(nlp):
    text = "Olivier Véran était à Lyon mardi. Il présentera le 3 mai son plan pour les hôpitaux."
    event = _event(nlp, text, "le 3 mai")
    assert event.startswith("Olivier Véran présentera")


def test_no_parse_says_nothing():
    spacy = pytest.importorskip("spacy")
    blank = spacy.blank("fr")
    text = "Le sommet aura lieu le 3 mai."
    assert parsed_event(blank(text), 18, 26, FRENCH, [], event_nouns(FRENCH)) == ""


@pytest.mark.parametrize(
    "text, date, expected",
    [
        ("La date du second tour de la présidentielle a été fixée au 24 avril.", "24 avril", "second tour"),
        ("Les dates du procès en appel ont été arrêtées aux 3 et 4 juin.", "3", "procès en appel"),
    ],
)
def test_a_date_noun_set_at_the_date_leaves_the_event_it_dates(nlp, text: str, date: str, expected: str):
    event = _event(nlp, text, date)
    assert event.startswith(expected) and "date" not in event


def test_a_date_noun_set_on_a_day_is_an_event_of_its_own(nlp):
    event = _event(nlp, "Le calendrier des négociations salariales sera fixé le 12 mai par la direction.", "le 12 mai")
    assert "fixé" in event


@pytest.mark.parametrize(
    "text, date, expected",
    [
        (
            "Le gouvernement a convoqué une réunion des partenaires sociaux. Celle-ci aura lieu jeudi à Matignon.",
            "jeudi",
            "réunion des partenaires sociaux",  # the verb that only says it takes place is left out
        ),
        (
            "Le ministre a reçu le préfet. Celui-ci présentera son plan le 3 décembre.",
            "le 3 décembre",
            "préfet présentera",
        ),
        (
            "Les syndicats ont déposé deux préavis de grève. Ceux-ci courent jusqu'au 15 janvier.",
            "15 janvier",
            "préavis de grève courent",
        ),
    ],
)
def test_a_demonstrative_subject_takes_up_the_noun_of_its_gender_and_number_before_it(nlp, text, date, expected):
    import datetime as dt

    from generator.extract.dates import extract_timexes

    [found] = [t for t in extract_timexes(text, dt.date(2022, 11, 25), "fr", nlp(text)) if t.text.endswith(date)]
    assert found.event.startswith(expected)
