"""A date whose verb the surface cues find too far away: a fronted date's main verb after a subject with appositions,
and in French the verb the parse hangs the date on. A past event told that way is no date to come."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.dates import extract_timexes
from generator.nlp import load_nlp

SATURDAY = dt.date(2025, 5, 3)


def _dates(text: str, published: dt.date, lang: str, parsed: bool) -> dict[str, tuple[str, bool]]:
    doc = load_nlp(lang)(text) if parsed else None
    return {t.text: (t.value, t.upcoming) for t in extract_timexes(text, published, lang, doc=doc) if t.type == "DATE"}


@pytest.mark.parametrize(
    "text, lang, date",
    [
        (
            "On Tuesday, the country's deputy foreign minister, Mary Jones, told the court that the blockade was "
            "unlawful.",
            "en",
            "Tuesday",
        ),
        (
            "Mardi, le vice-ministre des Affaires étrangères du pays, Jean Dupont, a déclaré devant la cour que le "
            "blocus était illégal.",
            "fr",
            "Mardi",
        ),
    ],
)
def test_a_fronted_day_takes_the_verb_after_a_subject_with_appositions(text: str, lang: str, date: str) -> None:
    assert _dates(text, SATURDAY, lang, parsed=False)[date] == ("2025-04-29", False)


@pytest.mark.parametrize(
    "text, lang, date",
    [
        (
            "On Tuesday, the country's deputy foreign minister, Mary Jones, will tell the court that the blockade is "
            "unlawful.",
            "en",
            "Tuesday",
        ),
        (
            "Mardi, le vice-ministre des Affaires étrangères du pays, Jean Dupont, plaidera devant la cour.",
            "fr",
            "Mardi",
        ),
    ],
)
def test_a_fronted_day_to_come_stays_to_come(text: str, lang: str, date: str) -> None:
    assert _dates(text, SATURDAY, lang, parsed=False)[date] == ("2025-05-06", True)


def test_french_parse_gives_the_tense_a_present_participle_carries() -> None:
    text = (
        "Pour mesurer la rumeur, les chercheurs ont compté tous les messages publiés (dans cinq langues), trouvant "
        "près de 10.000 messages sur le sujet entre le 4 et le 19 mars."
    )
    found = _dates(text, dt.date(2020, 9, 14), "fr", parsed=True)
    assert found["19 mars"] == ("2020-03-19", False)


def test_french_parse_gives_the_future_the_same_way() -> None:
    text = (
        "Pour mesurer la rumeur, les chercheurs compteront tous les messages publiés (dans cinq langues), en "
        "cherchant les messages sur le sujet entre le 4 et le 19 mars."
    )
    found = _dates(text, dt.date(2020, 2, 14), "fr", parsed=True)
    assert found["19 mars"] == ("2020-03-19", True)


def test_a_past_participle_alone_says_nothing_of_a_date_to_come() -> None:
    text = "Annoncé par la mairie (dans un communiqué du conseil), le concert, très attendu, prévu le 19 mars."
    found = _dates(text, dt.date(2020, 2, 14), "fr", parsed=True)
    assert found["le 19 mars"] == ("2020-03-19", True)
