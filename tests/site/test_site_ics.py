"""agenda.ics, parsed back with icalendar: all-day events, stable UIDs, URL and event phrase."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar
from sitekit import build, make_project, other_briefings, reference_briefing

from generator.site.agenda import agenda_items
from generator.site.catalog import Entry
from generator.site.ics import ics_bytes, item_uid


def events(site: Path) -> dict[str, object]:
    calendar = Calendar.from_ical((site / "agenda.ics").read_bytes())
    return {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}


def test_built_calendar_parses_back(built_site: Path):
    calendar = Calendar.from_ical((built_site / "agenda.ics").read_bytes())
    assert str(calendar["VERSION"]) == "2.0" and "event-briefings" in str(calendar["PRODID"])
    found = events(built_site)
    conference = found["conférence internationale sur le Soudan"]
    assert conference.decoded("DTSTART") == dt.date(2024, 4, 15)  # a date, not a datetime: all-day
    assert conference.decoded("DTEND") == dt.date(2024, 4, 16)
    assert "VALUE=DATE" in conference.to_ical().decode()
    url = str(conference["URL"])
    assert url == "https://example.org/briefings-site/briefings/2024-04-02-blinken-paris/"
    assert "conférence internationale sur le Soudan" in str(conference["DESCRIPTION"])
    assert "le 15 avril" in str(conference["DESCRIPTION"])
    assert str(conference["UID"]).endswith("@event-briefings")


def test_precisions_in_the_calendar(built_site: Path):
    found = events(built_site)
    july = next(e for s, e in found.items() if s.startswith("sommet de l'Otan"))
    assert (july.decoded("DTSTART"), july.decoded("DTEND")) == (dt.date(2024, 7, 1), dt.date(2024, 8, 1))
    assert "date à préciser" in str(july["SUMMARY"]) and str(july["TRANSP"]) == "TRANSPARENT"
    visit = found["visite à Kyiv"]
    assert (visit.decoded("DTSTART"), visit.decoded("DTEND")) == (dt.date(2024, 6, 3), dt.date(2024, 6, 6))
    assert not any("adhésion envisagée" in s for s in found)  # year precision: on the agenda page only


def test_uids_are_unique_and_stable_across_rebuilds(tmp_path: Path, built_site: Path):
    first = {str(e["SUMMARY"]): str(e["UID"]) for e in events(built_site).values()}
    assert len(set(first.values())) == len(first)
    # Rebuild another day, with the briefings in another order and one more briefing: same UIDs.
    briefings = [*reversed(other_briefings()), reference_briefing()]
    project = make_project(tmp_path / "again", briefings, site_url="https://example.org/briefings-site/")
    again = {str(e["SUMMARY"]): str(e["UID"]) for e in events(build(project, today="2025-01-01")).values()}
    assert again == first


def test_uid_ignores_the_event_phrase_and_order():
    entry = Entry("briefings/a.md", None, reference_briefing())  # type: ignore[arg-type]
    items = agenda_items([entry])
    uids = [item_uid(i) for i in items]
    entry.briefing.upcoming[1].event = "autre formulation"
    assert [item_uid(i) for i in agenda_items([entry])] == uids


def test_no_site_url_means_no_url_property():
    entry = Entry("briefings/a.md", None, reference_briefing())  # type: ignore[arg-type]
    calendar = Calendar.from_ical(ics_bytes(agenda_items([entry]), {}, "Agenda", dt.date(2024, 1, 1)))
    assert all("URL" not in e for e in calendar.walk("VEVENT"))
    assert len(calendar.walk("VEVENT")) == 4


def test_an_events_place_is_its_location_and_its_participants_are_in_the_description():
    briefing = reference_briefing()
    briefing.upcoming[1].where = "Paris"
    briefing.upcoming[1].who = ["Stéphane Séjourné", "Antony Blinken"]
    entry = Entry("briefings/a.md", None, briefing)  # type: ignore[arg-type]
    calendar = Calendar.from_ical(ics_bytes(agenda_items([entry]), {}, "Agenda", dt.date(2024, 1, 1)))
    placed = [e for e in calendar.walk("VEVENT") if "LOCATION" in e]
    assert [str(e["LOCATION"]) for e in placed] == ["Paris"]
    assert "Stéphane Séjourné, Antony Blinken" in str(placed[0]["DESCRIPTION"])


def test_a_wording_corrected_by_hand_keeps_the_uid_and_raises_the_sequence(tmp_path: Path):
    from generator.render import render_markdown
    from generator.site.catalog import load_catalog
    from generator.site.events import merge_events
    from generator.store import with_checksum

    page = tmp_path / "2024-04-02-blinken.md"
    page.write_text(with_checksum(render_markdown(reference_briefing(), "Texte.")), encoding="utf-8")

    def sudan() -> object:
        items = merge_events(agenda_items(load_catalog(tmp_path)))
        calendar = Calendar.from_ical(ics_bytes(items, {}, "Agenda", dt.date(2024, 1, 1)))
        return next(e for e in calendar.walk("VEVENT") if "Soudan" in str(e["SUMMARY"]))

    before = sudan()
    assert int(before["SEQUENCE"]) == 0  # as generated, one source
    text = page.read_text(encoding="utf-8").replace(
        "conférence internationale sur le Soudan", "conférence humanitaire internationale pour le Soudan"
    )
    page.write_text(text, encoding="utf-8")
    after = sudan()
    assert str(after["SUMMARY"]) == "conférence humanitaire internationale pour le Soudan"
    assert str(after["UID"]) == str(before["UID"]) and int(after["SEQUENCE"]) > int(before["SEQUENCE"])
