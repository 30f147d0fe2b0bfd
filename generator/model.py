"""The typed model: an Article as read, and the Briefing written from it.

This module imports nothing of ours, so that every other part (readers, extractors,
the renderer, the site) can depend on it without dragging the others in.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

DateSource = Literal["metadata", "inferred", "unknown"]
Precision = Literal["day", "month", "year"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


FORMAT = 2  # the front matter format this version writes


@dataclass(frozen=True)
class Article:
    """An input article after reading: clean text plus whatever metadata came with it."""

    path: str  # as given, relative to the working directory when possible
    title: str
    text: str  # body without title and page chrome; offsets in extraction refer to it
    sha256: str  # of the raw file bytes (and its sidecar), for change detection
    published: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    lang: str | None = None
    published_from: str | None = None  # where the page states `published` when no metadata gives it
    author: str | None = None  # the byline's names, from metadata or the page's byline line
    # the wire agency the page's dateline names ("WASHINGTON (AP) — "): a source of the story, though the dateline,
    # page chrome, leaves the text
    agency: str | None = None
    # the place that dateline files the story from, as written ("BEIJING", "QUÉBEC"): a place of the story, though
    # the dateline leaves the text
    dateline: str | None = None
    # True when `published` is the saved page's own metadata (what trafilatura reads in its HTML), not the
    # analyst's sidecar or front matter: a reading that may have taken a reader comment's or an older version's stamp
    published_in_page: bool = False
    # the day the saved page's own metadata says its article was last modified, when later than `published`: a
    # living page's text may be that version's ("Point d'étape au 12 janvier 2020")
    modified: dt.date | None = None
    # True when the page had no headline and `title` is its address's words, written as its text writes them
    # (read/slug.py): no text of its own, so the extractors read the text alone
    title_from_address: bool = False


@dataclass
class Source:
    path: str
    sha256: str
    url: str | None = None
    outlet: str | None = None
    author: str | None = None  # the byline's names: metadata, never a participant


@dataclass
class Participant:
    """A person or an organisation taking part in the story."""

    name: str  # canonical full name, no honorific
    kind: Literal["person", "organization"]
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: int = 1


@dataclass
class DatedEvent:
    """A date the article mentions, with what happens then.

    `date` is ISO 8601 at its precision (2024-04-15, 2024-07, 2024) or a
    start/end interval ("2024-06-03/2024-06-05") when the text gives a range.
    """

    date: str
    precision: Precision
    text: str  # the exact words of the article
    event: str  # short phrase: what happens then
    sentence: str  # the sentence the date was found in
    who: list[str] = field(default_factory=list)  # participants taking part, by their names in the briefing
    where: str | None = None  # the place it happens, one of the briefing's places

    @property
    def unsaid_where(self) -> str | None:
        """The place, when the event's words do not already say it ("sommet de l'Otan à Washington" does)."""
        return self.where if self.where and self.where not in (self.event or self.text) else None


@dataclass
class Quote:
    speaker: str  # canonical person name, or the source as written ("un diplomate de l'Unesco")
    text: str


@dataclass
class KeyFact:
    text: str
    # The article sentence the fact was taken from, so it can be traced; None when the fact *is* that
    # sentence as written (the front matter does not repeat it).
    sentence: str | None = None


@dataclass
class GeneratorInfo:
    version: str
    nlp: str = ""  # which extractor ran, e.g. "spacy:fr_core_news_sm" or "rules:en"
    # SHA-256 of the body as generated: a page edited by hand in its front matter only gets its body
    # rendered again from it by the site (a corrected date shows in the byline); empty on older pages
    body: str = ""
    checksum: str = "pending"  # SHA-256 of the page as generated; set by the store, tells hand edits apart


@dataclass
class SameEntity:
    """A hand correction of the site's entity pages (never written by the generator).

    `name` and each of its `aliases` are one entity: one page, whatever the site's rules say. A name in
    `not_same_as` is another entity: the site never joins it to `name`. It holds for the whole archive.
    """

    name: str
    kind: Literal["person", "organization", "place"] = "person"
    aliases: list[str] = field(default_factory=list)
    not_same_as: list[str] = field(default_factory=list)


@dataclass
class Briefing:
    """Everything a briefing page says; it is exactly the page's YAML front matter."""

    title: str
    date: str | None  # publication date, YYYY-MM-DD
    date_source: DateSource
    lang: str
    source: Source
    summary: str = ""
    key_facts: list[KeyFact] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    upcoming: list[DatedEvent] = field(default_factory=list)
    timeline: list[DatedEvent] = field(default_factory=list)  # past dates, the story's background
    quotes: list[Quote] = field(default_factory=list)
    date_evidence: str | None = None  # why the date: an inference's evidence, or where the page states it
    generator: GeneratorInfo = field(default_factory=lambda: GeneratorInfo(version="0"))
    # the front matter's format: 2 added `who` and `where` to dated items; a page without the key is
    # format 1 and loads as it is (its items simply have no participants or place)
    format: int = FORMAT
    identities: list[SameEntity] | None = None  # hand corrections of the entity pages; absent unless written

    @property
    def people(self) -> list[Participant]:
        return [p for p in self.participants if p.kind == "person"]

    @property
    def organizations(self) -> list[Participant]:
        return [p for p in self.participants if p.kind == "organization"]

    def to_dict(self) -> dict[str, Any]:
        """Plain data in field order, ready for YAML or JSON."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Briefing:
        """Rebuild a Briefing from front matter; unknown keys are ignored, missing ones default.

        Front matter may have been edited by hand: values are coerced to the model's types (a YAML
        date or number becomes text). A value of the wrong shape raises TypeError, and a value outside
        its set (a date that is not YYYY-MM-DD, an unknown kind) ValueError; both messages start with
        the top-level key to blame ("participants: ...").
        """
        data = _mapping(data, "front matter")
        generator = _mapping(data.get("generator"), "generator")
        return cls(
            title=_text(data.get("title"), "title") or "",
            date=_iso_day(_text(data.get("date"), "date"), "date"),
            date_source=_one_of(data.get("date_source"), "date_source", DATE_SOURCES, "unknown"),  # type: ignore[arg-type]
            source=Source(**_fields(Source, _mapping(data.get("source"), "source"), ("path", "sha256"), "source")),
            summary=_text(data.get("summary"), "summary") or "",
            key_facts=[KeyFact(**_fields(KeyFact, f, ("text",), "key_facts")) for f in _items(data, "key_facts")],
            participants=[_participant(p) for p in _items(data, "participants")],
            places=[_text(p, "places") or "" for p in _items(data, "places")],
            upcoming=[_dated(d, "upcoming") for d in _items(data, "upcoming")],
            timeline=[_dated(d, "timeline") for d in _items(data, "timeline")],
            quotes=[Quote(**_fields(Quote, q, ("speaker", "text"), "quotes")) for q in _items(data, "quotes")],
            date_evidence=_text(data.get("date_evidence"), "date_evidence"),
            generator=GeneratorInfo(**_fields(GeneratorInfo, generator, ("version",), "generator")),
            format=_format(data.get("format")),
            identities=[_same_entity(i) for i in _items(data, "identities")] if data.get("identities") else None,
            lang=_language(_text(data.get("lang"), "lang") or ""),  # last: a wrong shape elsewhere says so first
        )


@dataclass
class Timex:
    """One temporal expression found in an article body (TIMEX3-style), upcoming or past."""

    start: int  # character offsets into the article body
    end: int
    text: str
    type: TimexType
    value: str  # TIMEX3 value: 2024-04-15, 2024-07, P2Y, XXXX-WXX-1, PRESENT_REF...
    upcoming: bool = False  # a calendar date strictly after publication
    precision: Precision | None = None  # for calendar dates only
    sentence: str = ""
    event: str = ""
    hypothetical: bool = False  # said inside a quotation, in a condition ("if I wake up tomorrow"): no event
    superseded: bool = False  # a date given up for another ("initially planned for", "reporté du"): no event
    days: str = ""  # an upcoming week's days after publication, "first/last" ("next week", "ce week-end")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_DATED = ("date", "precision", "text", "event", "sentence")
DATE_SOURCES = ("metadata", "inferred", "unknown")
KINDS = ("person", "organization")
ENTITY_KINDS = ("person", "organization", "place")
PRECISIONS = ("day", "month", "year")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_POINT = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")  # BCP 47 as far as the site uses it


def _mapping(value: Any, key: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise TypeError(f"{key}: expected a mapping, got {type(value).__name__}")
    return value


def _items(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise TypeError(f"{key}: expected a list, got {type(value).__name__}")
    return value


def _text(value: Any, key: str) -> str | None:
    """Text as written; YAML's dates and numbers back to text, None stays None."""
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        raise TypeError(f"{key}: expected text, got {type(value).__name__}")
    return str(value)


def _one_of(value: Any, key: str, allowed: tuple[str, ...], default: str) -> str:
    text = _text(value, key) or default
    if text not in allowed:
        raise ValueError(f"{key}: {text!r} is not one of {', '.join(allowed)}")
    return text


def _iso_day(value: str | None, key: str) -> str | None:
    """A calendar day written YYYY-MM-DD (the publication date), or None."""
    if value is None or value == "":
        return None
    if not _ISO_DAY.fullmatch(value) or _calendar_error(value):
        raise ValueError(f"{key}: {value!r} is not a date YYYY-MM-DD")
    return value


def _iso_span(value: str, key: str) -> str:
    """A dated item's date: 2024-04-15, 2024-07 or 2024, or two of them as start/end."""
    points = value.split("/")
    if len(points) > 2 or not all(_ISO_POINT.fullmatch(p) and not _calendar_error(p) for p in points):
        raise ValueError(f"{key}: date {value!r} is not YYYY-MM-DD, YYYY-MM, YYYY or START/END")
    return value


def _calendar_error(point: str) -> bool:
    """True when a YYYY[-MM[-DD]] is no day or month of the calendar (2024-13, 2024-02-30)."""
    year, month, day = (int(p) for p in (point.split("-") + ["1", "1"])[:3])
    try:
        dt.date(year, month, day)
    except ValueError:
        return True
    return False


def _format(value: Any) -> int:
    if value is None:
        return 1  # written before the key existed
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= FORMAT:
        raise ValueError(f"format: {value!r} is not a front matter format this version reads (1 to {FORMAT})")
    return value


def _language(value: str) -> str:
    if not value:  # every page the generator writes has one; the pages need it for their words and dates
        raise ValueError("lang: missing; a language code such as fr or en")
    if not _LANGUAGE.fullmatch(value):
        raise ValueError(f"lang: {value!r} is not a language code such as fr or en")
    return value


def _fields(cls: type, item: Any, required: tuple[str, ...], key: str) -> dict[str, Any]:
    """The item's known keys as text (None kept for optional ones); required ones default to ''."""
    item = _mapping(item, key)
    values = {f.name: _text(item[f.name], key) for f in fields(cls) if f.name in item}
    for name in required:
        if values.get(name) is None:
            values[name] = ""
    return values


def _dated(item: Any, key: str) -> DatedEvent:
    item = _mapping(item, key)
    who = item.get("who")
    if who is not None and not isinstance(who, list):
        raise TypeError(f"{key}: who must be a list of names, not {type(who).__name__}")
    values = _fields(DatedEvent, {k: v for k, v in item.items() if k != "who"}, _DATED, key)
    values["who"] = [name for name in (_text(w, key) for w in who or []) if name]
    values["date"] = _iso_span(values["date"], key)
    values["precision"] = _one_of(values["precision"], f"{key}: precision", PRECISIONS, "day")
    return DatedEvent(**values)


def _participant(item: Any) -> Participant:
    item = _mapping(item, "participants")
    kind = _one_of(item.get("kind"), "participants: kind", KINDS, "person")
    aliases = item.get("aliases") or []
    if not isinstance(aliases, list):
        raise TypeError(f"participants: aliases: expected a list, got {type(aliases).__name__}")
    try:
        mentions = int(item.get("mentions", 1))
    except (TypeError, ValueError) as exc:
        raise TypeError(f"participants: mentions: expected a number, got {item.get('mentions')!r}") from exc
    return Participant(
        name=_text(item.get("name"), "participants") or "",
        kind=kind,  # type: ignore[arg-type]
        role=_text(item.get("role"), "participants"),
        aliases=[_text(a, "participants") or "" for a in aliases],
        mentions=mentions,
    )


def _same_entity(item: Any) -> SameEntity:
    item = _mapping(item, "identities")
    name = " ".join((_text(item.get("name"), "identities") or "").split())
    if not name:
        raise ValueError("identities: each correction needs a name")
    names = {}
    for key in ("aliases", "not_same_as"):
        value = item.get(key) or []
        if not isinstance(value, list):
            value = [value]  # one name written without brackets
        names[key] = [n for n in (" ".join((_text(v, "identities") or "").split()) for v in value) if n]
    kind = _one_of(item.get("kind"), "identities: kind", ENTITY_KINDS, "person")
    return SameEntity(name=name, kind=kind, **names)  # type: ignore[arg-type]
