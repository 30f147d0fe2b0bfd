"""Adding a language is data: a Spanish built from tests/lang/data/es.json dates a Spanish text."""

from __future__ import annotations

import datetime as dt

from generator.extract.dates import dated_events, extract_timexes
from generator.extract.language import detect_language
from generator.lang import Language

TUESDAY = dt.date(2024, 4, 2)


def test_a_registered_language_finds_and_resolves_its_dates(spanish: Language) -> None:
    text = "El presidente viajará a Madrid el 15 de mayo de 2024. La reunión empezó ayer."
    found = {t.text: t.value for t in extract_timexes(text, TUESDAY, "es")}
    assert found == {"15 de mayo de 2024": "2024-05-15", "ayer": "2024-04-01"}


def test_its_year_less_dates_are_read_around_the_publication_day(spanish: Language) -> None:
    found = extract_timexes("La cumbre se celebrará el 3 de junio.", TUESDAY, "es")
    assert [(t.text, t.value, t.upcoming) for t in found] == [("3 de junio", "2024-06-03", True)]
    upcoming, _ = dated_events(found)
    assert [e.date for e in upcoming] == ["2024-06-03"]


def test_its_own_cue_words_place_a_weekday(spanish: Language) -> None:
    # "próximo" is a cue of the Spanish data only: without it the Tuesday said on a Tuesday is that day
    found = extract_timexes("El consejo se reunirá el martes próximo. Se reunió el jueves pasado.", TUESDAY, "es")
    assert [(t.text, t.value) for t in found] == [("martes próximo", "2024-04-09"), ("jueves pasado", "2024-03-28")]


def test_its_numeric_dates_follow_its_day_order(spanish: Language) -> None:
    assert extract_timexes("Firmado el 02/04/2024.", None, "es")[0].value == "2024-04-02"


def test_its_function_words_let_detection_choose_it(spanish: Language) -> None:
    assert detect_language("El presidente y los ministros de la región en una reunión con el rey") == "es"
