"""The typed model: an Article as read, and the Briefing written from it.

This module imports nothing of ours, so that every other part (readers, extractors,
the renderer, the site) can depend on it without dragging the others in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

DateSource = Literal["metadata", "inferred", "unknown"]
Precision = Literal["day", "month", "year"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


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


@dataclass
class Source:
    path: str
    sha256: str
    url: str | None = None
    outlet: str | None = None


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


@dataclass
class Quote:
    speaker: str  # canonical person name, or the source as written ("un diplomate de l'Unesco")
    text: str


@dataclass
class KeyFact:
    text: str
    sentence: str  # the article sentence the fact was taken from, so it can be traced


@dataclass
class GeneratorInfo:
    version: str
    nlp: str = ""  # which extractor ran, e.g. "spacy:fr_core_news_sm" or "rules:en"
    checksum: str = "pending"  # SHA-256 of the page as generated; set by the store, tells hand edits apart


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
    date_evidence: str | None = None  # why an inferred publication date was chosen
    generator: GeneratorInfo = field(default_factory=lambda: GeneratorInfo(version="0"))

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
        """Rebuild a Briefing from front matter; unknown keys are ignored, missing ones default."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if isinstance(values.get("date"), dt.date):  # YAML reads bare dates as date objects
            values["date"] = values["date"].isoformat()
        values["source"] = Source(**_known(Source, values.get("source") or {"path": "", "sha256": ""}))
        values["key_facts"] = [KeyFact(**_known(KeyFact, f)) for f in values.get("key_facts") or []]
        values["participants"] = [Participant(**_known(Participant, p)) for p in values.get("participants") or []]
        values["upcoming"] = [_dated(d) for d in values.get("upcoming") or []]
        values["timeline"] = [_dated(d) for d in values.get("timeline") or []]
        values["quotes"] = [Quote(**_known(Quote, q)) for q in values.get("quotes") or []]
        values["places"] = [str(p) for p in values.get("places") or []]
        if isinstance(values.get("generator"), dict):
            values["generator"] = GeneratorInfo(**_known(GeneratorInfo, values["generator"]))
        return cls(**values)


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

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def _dated(data: dict[str, Any]) -> DatedEvent:
    values = _known(DatedEvent, data)
    if isinstance(values.get("date"), dt.date):
        values["date"] = values["date"].isoformat()
    return DatedEvent(**values)
