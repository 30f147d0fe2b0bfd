"""A list of dated slots shares the event of the phrase that introduces it, and an event made of dates and hours only
is no event (issue 18: "never a date"): a slot's row is never the next slots nor the paragraph after the list
(dates.py, timex/context.py, timex/programme.py, timex/wording.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.dates import extract_timexes
from generator.extract.timex.context import says_nothing
from generator.extract.timex.wording import says_only_when
from generator.lang import language


def _events(text: str, lang: str, published: dt.date) -> dict[str, str]:
    return {t.text: t.event for t in extract_timexes(text, published, lang) if t.precision}


_SLOTS_FR = (
    "La mairie organise une concertation sur le nouveau plan de circulation.\n\n"
    "Marie Durand, garante de la concertation, tiendra trois réunions d'information à la salle des fêtes :\n\n"
    "  • le mardi 4 mars de 18h à 20h\n"
    "  • le jeudi 13 mars de 18h à 20h\n"
    "  • le samedi 22 mars de 10h à 12h.\n\n"
    "Les documents du projet pourront être consultés à l'accueil de la mairie aux heures d'ouverture."
)
_SLOTS_EN = (
    "The water board will hear residents on the new rates.\n\n"
    "Public hearings on the proposed water rates will be held at the Town Library:\n\n"
    "- Monday, March 3, 6 p.m. to 8 p.m.\n"
    "- Wednesday, March 12, 6 p.m. to 8 p.m.\n"
    "- Saturday, March 22, 10 a.m. to noon\n\n"
    "Written comments can also be sent to the board's office until the end of the month."
)


@pytest.mark.parametrize(
    ("text", "lang", "date", "named"),
    [
        (_SLOTS_FR, "fr", "le mardi 4 mars", "réunions d'information"),
        (_SLOTS_FR, "fr", "le jeudi 13 mars", "réunions d'information"),
        (_SLOTS_FR, "fr", "le samedi 22 mars", "réunions d'information"),
        (_SLOTS_EN, "en", "Monday, March 3", "hearings"),
        (_SLOTS_EN, "en", "Saturday, March 22", "hearings"),
    ],
)
def test_each_slot_of_a_list_takes_the_event_its_introduction_names(
    text: str, lang: str, date: str, named: str
) -> None:
    event = _events(text, lang, dt.date(2031, 2, 20) if "2031" in text else dt.date(2025, 2, 20))[date]
    assert named in event
    assert not says_only_when(event, language(lang))


def test_the_last_slot_of_a_list_heads_no_programme_of_the_paragraph_after_it() -> None:
    """The paragraph after the list ("Les documents ... pourront être consultés") is no item of the last slot."""
    assert "documents" not in _events(_SLOTS_FR, "fr", dt.date(2025, 2, 20))["le samedi 22 mars"]


def test_a_day_heading_over_its_hours_is_no_slot_of_a_list() -> None:
    """A programme's day over its hours keeps its items: the hour under it is no sibling slot."""
    text = (
        "Agenda du ministre\n\n"
        "  • Mardi 4 mars\n\n"
        "    • 10h15\n\n"
        "      Visite de l'école Jules-Ferry\n"
        "    • 15h00\n\n"
        "      Questions au Gouvernement\n"
        "  • Mercredi 5 mars\n\n"
        "    • 09h00\n\n"
        "      Conseil des ministres\n"
    )
    assert "Visite de l'école" in _events(text, "fr", dt.date(2025, 3, 1))["Mardi 4 mars"]


@pytest.mark.parametrize(
    ("phrase", "lang", "only_when"),
    [
        ("samedi 27 novembre de 9h à 12h", "fr", True),
        ("jeudi 2 décembre de 16h à 19h; vendredi 10 décembre de 13h30", "fr", True),
        ("7pm", "en", True),
        ("by 10 a.m. on Sunday, May 15th", "en", True),
        ("permanence du commissaire-enquêteur", "fr", False),
        ("5e journée", "fr", False),
        ("Lyon - Auxerre", "fr", False),
    ],
)
def test_dates_and_hours_alone_say_nothing(phrase: str, lang: str, only_when: bool) -> None:
    assert says_only_when(phrase, language(lang)) is only_when
    assert says_nothing(phrase, language(lang)) is only_when


def test_an_hour_read_as_the_event_falls_back_to_the_clause() -> None:
    """ "as reported by 7pm on Sunday": the hour alone is no event, the clause says what the day is for."""
    text = (
        "The referees will publish the final standings on Monday evening, May 16th, as we will count all the "
        "results reported by 7pm on Sunday, May 15th."
    )
    event = _events(text, "en", dt.date(2022, 5, 2))["Sunday, May 15th"]
    assert "results" in event
