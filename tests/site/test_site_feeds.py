"""feed.xml (Atom) and briefings.json."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from generator.model import Briefing

A = "{http://www.w3.org/2005/Atom}"


def test_atom_feed(built_site: Path):
    feed = ET.fromstring((built_site / "feed.xml").read_bytes())
    assert feed.tag == f"{A}feed"
    entries = feed.findall(f"{A}entry")
    assert [e.findtext(f"{A}updated") for e in entries] == sorted(
        (e.findtext(f"{A}updated") for e in entries), reverse=True
    )
    blinken = next(e for e in entries if "Blinken" in e.findtext(f"{A}title"))
    assert (
        blinken.find(f"{A}link").get("href") == "https://example.org/briefings-site/briefings/2024-04-02-blinken-paris/"
    )
    assert "Séjourné" in blinken.findtext(f"{A}summary")
    assert blinken.findtext(f"{A}id") == "urn:event-briefings:briefings/2024-04-02-blinken-paris.md"
    assert feed.findtext(f"{A}updated") == "2024-05-10T00:00:00Z"
    hostile = next(e for e in entries if "script" in e.findtext(f"{A}title"))
    assert hostile.findtext(f"{A}title").endswith("<script>x</script>")  # text, escaped by XML itself
    assert b"<script>" not in (built_site / "feed.xml").read_bytes()


def test_briefings_json_holds_every_front_matter(built_site: Path):
    data = json.loads((built_site / "briefings.json").read_text(encoding="utf-8"))
    assert len(data["briefings"]) == 3
    first = data["briefings"][0]
    assert first["page"] == "briefings/2024-05-10-stephane-sejourne-recoit-a-l-e.md"
    assert first["url"] == "https://example.org/briefings-site/briefings/2024-05-10-stephane-sejourne-recoit-a-l-e/"
    briefing = Briefing.from_dict(data["briefings"][1]["front_matter"])
    assert briefing.upcoming[1].event == "conférence internationale sur le Soudan"


def test_pages_advertise_the_feeds(built_site: Path):
    page = (built_site / "personnes/antony-blinken/index.html").read_text(encoding="utf-8")
    assert 'type="application/atom+xml" title="Briefings" href="../../feed.xml"' in page
    assert 'type="text/calendar" title="Agenda" href="../../agenda.ics"' in page
