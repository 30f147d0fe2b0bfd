"""Shapes of agenda sentences common on any news page, and the event phrase each gives (timex/context.py)."""

from __future__ import annotations

import pytest

from generator.extract.timex.context import event_phrase
from generator.lang import language


def _event(sentence: str, date: str, lang: str) -> str:
    start = sentence.index(date)
    return event_phrase(sentence, start, start + len(date), language(lang))


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "kept", "left"),
    [
        (
            "Le procès de l'ancien maire, poursuivi pour corruption, s'ouvrira le 3 février.",
            "le 3 février",
            "fr",
            "procès de l'ancien maire",
            "poursuivi",
        ),
        (
            "La conférence des donateurs, reportée à deux reprises, se tiendra le 9 juin à Genève.",
            "le 9 juin",
            "fr",
            "conférence des donateurs",
            "reportée",
        ),
        (
            "The donors' conference, postponed twice, will be held on June 9 in Geneva.",
            "on June 9",
            "en",
            "donors' conference",
            "postponed",
        ),
    ],
)
def test_a_participle_aside_between_the_subject_and_its_verb_is_passed_over(
    sentence: str, date: str, lang: str, kept: str, left: str
) -> None:
    event = _event(sentence, date, lang)
    assert event.startswith(kept) and left not in event
