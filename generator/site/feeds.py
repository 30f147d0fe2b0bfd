"""Feeds for readers and tools: an Atom feed of the latest briefings, and briefings.json.

Both are deterministic (no build timestamp), so an unchanged site republishes identical files.
briefings.json is described by docs/briefings.schema.json, its front matter by docs/briefing.schema.json:
the site publishes both beside it, and a test validates the file the site writes against them.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import is_dataclass
from urllib.parse import quote

from generator.safetext import clean
from generator.site.catalog import Entry
from generator.site.words import SITE_LANG

FEED_URI = "feed.xml"
JSON_URI = "briefings.json"
JSON_VERSION = 1  # briefings.json's "version": the "const" of docs/briefings.schema.json
FEED_SIZE = 50
ATOM = "http://www.w3.org/2005/Atom"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def atom_xml(entries: list[Entry], urls: dict[str, str], site_name: str, site_url: str, lang: str = SITE_LANG) -> bytes:
    """Atom 1.0 feed of the `FEED_SIZE` newest briefings; `urls` maps src_uri to the page URL.

    Absolute URLs need `site_url`; without it links are root-relative paths (what a local build can do).
    The feed is in the site's language `lang`; an entry in another language says so (xml:lang).
    """
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {_XML_LANG: lang})
    _text(feed, "title", site_name)
    _text(feed, "id", site_url or "urn:event-briefings")
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "alternate", "href": site_url or "./"})
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "self", "href": f"{site_url}{FEED_URI}"})
    latest = entries[:FEED_SIZE]
    _text(feed, "updated", _timestamp(max((e.briefing.date or "" for e in latest), default="")))
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", site_name)
    for entry in latest:
        b = entry.briefing
        url = urls.get(entry.src_uri, entry.src_uri)
        item = ET.SubElement(feed, f"{{{ATOM}}}entry", {_XML_LANG: clean(b.lang)} if b.lang != lang else {})
        _text(item, "title", b.title)
        # A URN rather than the URL: an entry keeps its id if the site moves (and it is absolute even
        # without site_url, as Atom requires).
        _text(item, "id", f"urn:event-briefings:{quote(entry.src_uri)}")
        ET.SubElement(item, f"{{{ATOM}}}link", {"rel": "alternate", "type": "text/html", "href": url})
        _text(item, "updated", _timestamp(b.date or ""))
        if b.summary:
            _text(item, "summary", b.summary)
        for person in b.people:
            ET.SubElement(item, f"{{{ATOM}}}category", {"term": clean(person.name)})
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def briefings_json(entries: list[Entry], urls: dict[str, str]) -> str:
    """Every briefing's front matter, newest first, with where its page is."""
    data = {
        "version": JSON_VERSION,
        "briefings": [
            {"url": urls.get(e.src_uri, e.src_uri), "page": e.src_uri, "front_matter": e.briefing} for e in entries
        ],
    }
    # Compact: with `indent`, json falls back to its pure-Python encoder, several times slower on big sites.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=_plain) + "\n"


def _plain(value: object) -> object:
    """The model's dataclasses as their fields, in order: what Briefing.to_dict gives, without its deep copy."""
    return value.__dict__ if is_dataclass(value) else str(value)


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}")
    element.text = clean(text)  # ElementTree writes any character; XML 1.0 forbids most controls
    return element


def _timestamp(day: str) -> str:
    """Atom wants a full timestamp; briefings have a day (midnight UTC), or none (the epoch, to stay valid)."""
    return f"{day}T00:00:00Z" if len(day) == 10 else "1970-01-01T00:00:00Z"
