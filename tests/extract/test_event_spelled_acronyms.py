"""An acronym the text spells out for an event group is written whole in the agenda row."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.dates import TemporalReading, dated_events
from generator.extract.timex.programme import spelled_acronyms
from generator.lang import language


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Les clubs ont fixé les dates de leurs assemblées générales extraordinaires (AGE) et le Conseil "
            "d'État (CE) a tranché.",
            "fr",
            {"AGE": "assemblée générale extraordinaire"},
        ),
        (
            "The cooperative will hold its annual general meeting (AGM) once the Food Standards Agency (FSA) agrees.",
            "en",
            {"AGM": "annual general meeting"},
        ),
        ("Le centre international de conférences (CIC) accueillera les délégués.", "fr", {}),
    ],
)
def test_an_acronym_defined_for_a_lower_case_event_group_is_spelled(text, lang, expected):
    assert spelled_acronyms(text, language(lang)) == expected


def test_two_events_of_one_kind_on_one_day_stay_two_rows_with_the_acronym_spelled():
    text = (
        "Les clubs ont fixé leurs assemblées générales extraordinaires (AGE).\n\n"
        "- Le Stade Nantais : AGE le 14 mars 2024 au siège du club.\n\n"
        "- Le Racing Lorient : AGE le 14 mars 2024 à la mairie de Lorient.\n"
    )
    reading = TemporalReading(text, "fr")
    upcoming, _ = dated_events(reading.timexes(dt.date(2024, 3, 1)))
    rows = reading.spelled_out(upcoming)
    assert len(rows) == 2
    assert all("assemblée générale extraordinaire" in row.event for row in rows)
