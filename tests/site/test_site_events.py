"""One agenda row per real event: announcements of the same event join, others stay apart."""

from __future__ import annotations

import datetime as dt

from generator.model import Briefing, DatedEvent, Source
from generator.site.agenda import agenda_items, item_table
from generator.site.catalog import Entry
from generator.site.events import merge_events
from generator.site.ics import ics_bytes, item_uid


def briefing(title: str, day: str, *events: tuple[str, str, str, str]) -> Entry:
    upcoming = [
        DatedEvent(date, precision, text, event, f"{text} : {event}.") for date, precision, text, event in events
    ]
    b = Briefing(
        title=title,
        date=day,
        date_source="metadata",
        lang="fr",
        source=Source(f"seeds/{day}.txt", "0" * 64),
        upcoming=upcoming,
    )
    return Entry(f"briefings/{day}-{len(title)}.md", None, b)  # type: ignore[arg-type]


SUMMIT = ("2025-07", "month", "en juillet", "sommet de l'Alliance atlantique à La Haye")
FIRST = briefing(
    "Les alliés préparent La Haye", "2025-05-02", SUMMIT, ("2025-05-20", "day", "le 20 mai", "Conseil des ministres")
)
SECOND = briefing(
    "Défense : le sommet de juillet", "2025-05-09", ("2025-07", "month", "en juillet", "sommet de l'Alliance à La Haye")
)
OTHER = briefing("Culture", "2025-05-10", ("2025-07", "month", "en juillet", "festival d'Avignon"))
TWICE = briefing(
    "Conférence de presse le 20 mai", "2025-05-11",
    ("2025-05-20", "day", "le 20 mai", ""),
    ("2025-05-20", "day", "mardi 20 mai", "conférence de presse du gouvernement"),
)  # fmt: skip


def test_announcements_of_one_event_make_one_row_listing_every_source():
    rows = merge_events(agenda_items([FIRST, SECOND, OTHER]))
    july = [r for r in rows if r.event.date == "2025-07"]
    assert len(july) == 2  # the summit, and the festival apart
    summit = next(r for r in july if "sommet" in r.event.event)
    assert [e.briefing.title for e in summit.briefings] == [FIRST.briefing.title, SECOND.briefing.title]
    assert summit.event.event == "sommet de l'Alliance atlantique à La Haye"  # the most informative wording


def test_the_same_date_twice_in_one_briefing_is_one_row_and_other_events_that_day_stay_apart():
    rows = merge_events(agenda_items([FIRST, TWICE]))
    may = [r for r in rows if r.event.date == "2025-05-20"]
    assert sorted(r.event.event for r in may) == ["Conseil des ministres", "conférence de presse du gouvernement"]


def test_a_row_keeps_its_uid_when_a_source_joins_and_its_sequence_grows():
    alone = next(r for r in merge_events(agenda_items([FIRST])) if r.event.date == "2025-07")
    joined = next(r for r in merge_events(agenda_items([SECOND, FIRST])) if r.event.date == "2025-07")
    assert item_uid(alone) == item_uid(joined)
    calendar = ics_bytes(merge_events(agenda_items([FIRST, SECOND])), {}, "Agenda", dt.date(2025, 5, 12)).decode()
    assert calendar.count("BEGIN:VEVENT") == 2 and "SEQUENCE:1" in calendar


def test_the_agenda_row_links_every_briefing_and_counts_them():
    [row] = [r for r in merge_events(agenda_items([FIRST, SECOND])) if r.event.date == "2025-07"]
    html = item_table([row])(lambda uri: uri)
    assert FIRST.src_uri in html and SECOND.src_uri in html and "(2 sources)" in html


def test_an_inferred_date_lets_into_the_agenda_only_the_dates_that_state_their_month_or_year():
    from dataclasses import replace

    inferred = replace(
        briefing(
            "Grève",
            "2025-05-02",
            ("2025-05-07", "day", "mercredi", "grève des contrôleurs"),
            ("2025-05-15", "day", "le 15 mai", "manifestation nationale"),
            ("2026", "year", "en 2026", "réforme des retraites"),
        ).briefing,
        date_source="inferred",
    )
    entry = Entry("briefings/greve.md", None, inferred)  # type: ignore[arg-type]
    assert [i.event.text for i in agenda_items([entry])] == ["le 15 mai", "en 2026"]
    confirmed = Entry("briefings/greve.md", None, replace(inferred, date_source="metadata"))  # type: ignore[arg-type]
    assert [i.event.text for i in agenda_items([confirmed])] == ["mercredi", "le 15 mai", "en 2026"]
