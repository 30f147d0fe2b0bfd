"""A date between a verb and its object: the object after the date goes on the row, never the verb alone
(timex/objects.py `object_after_date`)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.dates import extract_timexes

_PUBLISHED = dt.date(2025, 5, 19)


def _event(text: str, date: str, lang: str, doc=None) -> str:
    start = text.index(date)
    return next(t.event for t in extract_timexes(text, _PUBLISHED, lang, doc) if t.start == start)


@pytest.mark.parametrize(
    ("text", "date", "words"),
    [
        (
            "Le Premier ministre, Assimi Goïta effectue à partir de lundi 2 juin, une visite de travail au Niger.",
            "lundi 2 juin",
            ("effectue une visite de travail au Niger",),
        ),
        (
            "Le chef de l’État, Paul Biya effectuera à partir de mardi 3 juin, une visite d’amitié au Gabon.",
            "mardi 3 juin",
            ("Paul Biya effectuera une visite d’amitié au Gabon",),
        ),
        # an elided article opens the object with its noun
        (
            "Le gouverneur, Paul Ba effectuera à partir de jeudi 5 juin, l’inspection des digues du fleuve.",
            "jeudi 5 juin",
            ("effectuera l’inspection des digues du fleuve",),
        ),
        (
            "Selon la préfecture, la ministre inaugurera dès mercredi 4 juin, le nouveau musée de Roubaix.",
            "mercredi 4 juin",
            ("inaugurera le nouveau musée de Roubaix",),
        ),
    ],
)
def test_the_object_after_the_date_goes_on_with_its_verb(nlp, text: str, date: str, words: tuple[str, ...]) -> None:
    event = _event(text, date, "fr", nlp(text))
    assert all(w in event for w in words), event


def test_a_clause_of_its_own_after_the_date_is_no_object(nlp) -> None:
    text = "La saison de chasse prendra fin comme prévu le 30 juin, le préfet ayant refusé toute prolongation."
    assert "préfet" not in _event(text, "le 30 juin", "fr", nlp(text))


def test_a_range_s_end_after_the_date_is_no_object(nlp) -> None:
    text = "Les inscriptions pourront se faire du 2 au 20 juin."
    assert "au 20" not in _event(text, "2", "fr", nlp(text))


def test_without_a_parse_the_patterns_read_the_object_and_this_step_adds_nothing() -> None:
    text = "The mayor will unveil on Friday the new memorial to the flood victims."
    assert _event(text, "Friday", "en") == "mayor will unveil the new memorial to the flood victims"
