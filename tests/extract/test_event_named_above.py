"""A date's clause that names neither an event nor anyone ("Les billets seront disponibles le 14 novembre", "Tickets
will be available from June 2") says how or when; the event it is of was named in its sentence's other clause, the
sentences above or the page's opening line, and the row takes it
(timex/context.py `says_no_event`, `with_event_named`)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.dates import dated_events, extract_timexes
from generator.extract.timex.context import says_no_event, with_event_named
from generator.lang import language

_PUBLISHED = dt.date(2025, 5, 19)


def _events(text: str, lang: str) -> list[str]:
    upcoming, _ = dated_events(extract_timexes(text, _PUBLISHED, lang), _PUBLISHED)
    return [item.event for item in upcoming]


@pytest.mark.parametrize(
    ("text", "lang", "named"),
    [
        (
            "Le groupe Indochine a annoncé une nouvelle tournée des stades pour 2026.\n\n"
            "Les places seront disponibles dès le 6 juin à 10h.",
            "fr",
            "tournée des stades",
        ),
        (
            "The band confirmed a farewell tour of arenas across the country.\n\n"
            "The tickets will be available from June 6.",
            "en",
            "farewell tour",
        ),
        # the headline names the event when no sentence above does
        (
            "La mairie dévoile le programme du festival de printemps\n"
            "Les enfants pourront se déguiser. Les inscriptions seront ouvertes le 2 juin.",
            "fr",
            "festival",
        ),
    ],
)
def test_a_clause_of_how_or_when_takes_the_event_named_above(text: str, lang: str, named: str) -> None:
    rows = _events(text, lang)
    assert any(" – " in row and named in row for row in rows), rows


@pytest.mark.parametrize(
    ("phrase", "lang", "says_none"),
    [
        ("Les billets seront disponibles", "fr", True),
        ("Elles seront ouvertes", "fr", True),
        ("will be available", "en", True),
        # an event noun, a name or a number says what or who already
        ("la réunion aura lieu", "fr", False),
        ("Liverpool recevra Arsenal", "fr", False),
        ("Marie Dupont sera reçue", "fr", False),
        ("Plusieurs témoins seront entendus", "fr", False),
        ("y reviendra mardi", "fr", False),
        ("chiffres du chômage", "fr", False),
        ("Tickets will be available at the box office and online", "en", False),
    ],
)
def test_only_a_short_clause_without_event_or_name_says_no_event(phrase: str, lang: str, says_none: bool) -> None:
    assert says_no_event(phrase, language(lang)) is says_none


def test_a_phrase_keeps_its_words_when_nothing_above_names_an_event() -> None:
    fr = language("fr")
    assert with_event_named("La billetterie ouvre", "", fr) == "La billetterie ouvre"
    named = with_event_named("La billetterie ouvre", "prochaine tournée", fr)
    assert named == "La billetterie ouvre – prochaine tournée"


def test_a_verb_without_its_subject_takes_no_event_from_above() -> None:
    # "will close": its subject is the café of its own sentence, not the exhibition named above
    text = (
        "Our spring exhibition of prints opens to the public next month.\n\n"
        "The café will remain open, but will close at noon on June 7."
    )
    assert not any("exhibition" in row for row in _events(text, "en"))
