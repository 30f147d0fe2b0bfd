"""The span of an agenda's or a week's heading is the frame of the days listed in it, not an agenda row (issue 19)."""

import datetime as dt

import pytest

from generator.extract.dates import dated_events, extract_timexes

SUNDAY = dt.date(2025, 5, 11)


def _rows(text: str, lang: str) -> list[tuple[str, str]]:
    upcoming, _ = dated_events(extract_timexes(text, SUNDAY, lang), SUNDAY)
    return [(u.date, u.text) for u in upcoming]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Agenda du ministre - Semaine du 12 au 16 mai 2025.\n\n"
            "Mardi 13 mai 2025 : réunion avec les préfets.\n\n"
            "Jeudi 15 mai 2025 : visite d'une usine à Lyon.\n",
            "fr",
            [("2025-05-13", "Mardi 13 mai 2025"), ("2025-05-15", "Jeudi 15 mai 2025")],
        ),
        (
            "The minister's week: May 12 – 16, 2025.\n\n"
            "Tuesday May 13, 2025: Meeting with the mayors of the region.\n\n"
            "Thursday May 15, 2025: The minister will open a new hospital in Leeds.\n",
            "en",
            [("2025-05-13", "Tuesday May 13, 2025"), ("2025-05-15", "Thursday May 15, 2025")],
        ),
    ],
)
def test_a_schedule_heading_frames_its_days(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        (
            # the span names its event: the visit is a row of its own over its programme's days
            "Le président effectuera une visite d'État en Italie du 12 au 16 mai 2025.\n\n"
            "Mardi 13 mai 2025 : entretien avec le président du Conseil.\n\n"
            "Jeudi 15 mai 2025 : discours devant le Parlement.\n",
            "fr",
            ("2025-05-12/2025-05-16", "12 au 16 mai 2025"),
        ),
        (
            # a weekend is an event's own time, not a listing's frame
            "The leaders will spend the weekend of May 17 in Rome, their schedule says.\n\n"
            "Saturday May 17, 2025: talks at the Quirinal.\n\n"
            "Sunday May 18, 2025: a mass at St Peter's.\n",
            "en",
            ("2025-05-17/2025-05-18", "the weekend of May 17"),
        ),
        (
            # a single day listed in the week is no listing
            "Agenda du ministre - Semaine du 12 au 16 mai 2025.\n\nMardi 13 mai 2025 : réunion avec les préfets.\n",
            "fr",
            ("2025-05-12/2025-05-16", "12 au 16 mai 2025"),
        ),
    ],
)
def test_a_span_that_is_more_than_a_frame_stays(text: str, lang: str, span: tuple[str, str]) -> None:
    assert span in _rows(text, lang)
