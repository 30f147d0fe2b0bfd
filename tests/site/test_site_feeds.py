"""feed.xml (Atom) and briefings.json."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from generator.model import Briefing
from generator.schema import briefing_schema
from generator.site.feeds import JSON_VERSION

DOCS = Path(__file__).resolve().parents[2] / "docs"

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


def _validator(front_matter_schema: dict):
    """A validator of briefings.json: the wrapper's schema, its front matter by `front_matter_schema`."""
    import jsonschema  # a test dependency (pyproject.toml)
    from referencing import Registry, Resource

    wrapper = json.loads((DOCS / "briefings.schema.json").read_text(encoding="utf-8"))
    registry = Registry().with_resource("briefing.schema.json", Resource.from_contents(front_matter_schema))
    jsonschema.Draft202012Validator.check_schema(wrapper)
    return jsonschema.Draft202012Validator(wrapper, registry=registry)


def test_the_briefings_json_the_site_writes_validates_against_its_schema(built_site: Path):
    data = json.loads((built_site / "briefings.json").read_text(encoding="utf-8"))
    published = json.loads((built_site / "briefing.schema.json").read_text(encoding="utf-8"))
    # Against the schemas the site publishes beside it, and against the model's as it is now.
    for front_matter_schema in (published, briefing_schema()):
        validator = _validator(front_matter_schema)
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
        assert errors == []
    assert (built_site / "briefings.schema.json").is_file()  # published beside briefings.json
    assert data["version"] == JSON_VERSION


def test_the_briefings_json_schema_rejects_what_is_not_a_briefings_json():
    validator = _validator(briefing_schema())
    good = {"version": JSON_VERSION, "briefings": []}
    assert validator.is_valid(good)
    for bad in ({"briefings": []}, {**good, "version": 2}, {**good, "extra": 1},
                {**good, "briefings": [{"url": "x", "page": "y"}]},
                {**good, "briefings": [{"url": "x", "page": "y", "front_matter": {"title": "no date"}}]}):  # fmt: skip
        assert not validator.is_valid(bad), bad
