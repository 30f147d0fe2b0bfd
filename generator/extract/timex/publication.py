"""Publication date from the text's own evidence, when the metadata has none.

Evidence, strongest first:
- anniversaries: "les 80 ans du débarquement ... le 6 juin 1944" puts the article in 2024
  (before the commemoration);
- explicit dates with a year: past-tense ones bound the publication from below, future-tense
  ones and deadlines ("d'ici 2030", "by 2030") from above;
- "depuis février 2022 ... près de deux ans": a span counted from a start gives 2024;
- a weekday written with its date ("samedi 5 juin") fixes the year among those allowed;
- year-less dates read in the inferred year narrow the window: "a organisé fin février"
  (past) from below, "le 15 avril" (future) from above;
- a bare weekday in the present tense ("est en France mardi") names the day.
Inside the window we pick the hinted weekday about two weeks before the earliest upcoming
date (news announces events a few days to weeks ahead), else the latest past date. The
evidence is returned in words; with none, the answer is (None, None): today's date is
never used.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from generator.extract.folding import fold
from generator.lang import Language
from generator.lang.every import every
from generator.lang.names import PRESS_WIRES
from generator.lang.patterns import AP, longest_first, spaced
from generator.model import Timex

from .calendar import (
    MONTHS_IN_YEAR,
    ambiguous_numeric,
    calendar_precision,
    numeric_day_first,
    page_numeric_order,
    valid_date,
)
from .cues import cues_of
from .lexicon import parse_number

_LEAD_DAYS = 13  # how long before an announced event its announcement typically runs
_DEADLINE = re.compile(
    r"(?:d['’]ici|avant|jusqu['’](?:en|à|au)|by|until|before|through)\s*(?:à\s+|la\s+|le\s+)?$", re.I
)
_SINCE = re.compile(r"\b(?:depuis|since)\s+(?:l['’]\w+\s+\w+\s+)?(?:en\s+)?(?:\w+\s+)?(1\d{3}|20\d\d)\b", re.I)
_SPAN = re.compile(
    r"\b(?:cela\s+fait|voilà|il\s+y\s+a|près\s+de|presque|plus\s+de|almost|nearly|more\s+than)\s+(\w+)\s+(?:ans|years)\b",
    re.I,
)
_AFTER_YEARS = re.compile(
    r"\b(?P<n>\w+)\s+(?:ans|années|years)\s+(?:après|after)\b[^.;]{0,40}?\b(?P<y>1\d{3}|20\d\d)\b"
    r"|\b(?:il\s+y\s+a\s+(?P<n2>\w+)\s+ans|(?P<n3>\w+)\s+years\s+ago),?\s+(?:en|in|le|on)\s+(?:[\w.]+\s+){0,2}?"
    r"(?P<y2>1\d{3}|20\d\d)\b",  # "il y a 80 ans, le 6 juin 1944", "ten years ago, in 2014"
    re.IGNORECASE,
)
_DEADLINE_OR_START = re.compile(
    r"(?:jusqu['’](?:à|au)|à\s+partir\s+d[eu]|dès|d['’]ici|avant|après|depuis|until|by|from|since)\s*$", re.I
)


def after_deadline_or_start(before: str) -> bool:
    """Whether the words `before` a date open a deadline or a start ("dès", "après", "jusqu'au", "until"): such a
    day is when something takes or stops taking effect, not a day the text reports something done on."""
    return bool(_DEADLINE_OR_START.search(before))


# a year that names what is planned for it ("the spending plan for 2025", "le budget pour 2025"): told in a past
# sentence, the plan is past, not the year (a budget is voted the year before)
_NAMED_YEAR = re.compile(r"\b(?:for|pour)\s+(?:l['’]année\s+|the\s+year\s+)?$", re.I)
_STARTING = re.compile(r"(?:à\s+partir\s+d[eu]|dès|starting(?:\s+in)?)\s*(?:l['’]année\s+|l['’]an\s+)?$", re.I)
# ("daté", "dated", or "Date :" opening its line; not the label of another day, "Ex date : 15.05.2023", "Record date:")
_PUBLICATION_LABELS = "|".join(spaced(w) for w in longest_first(every(lambda lang: lang.chrome.publication_labels)))
_BYLINE = re.compile(
    rf"(?:\b(?:publi[ée]e?|datée?|dated|{_PUBLICATION_LABELS or '(?!)'})|^\s*date)\s*(?:le|on|:|du)?\s*:?\s*$",
    re.I,
)
# a label that states the page's day only when it opens the line, capitalised: "Créé: 12.12.2019, 07h36"
_LINE_LABELS = "|".join(spaced(w) for w in longest_first(every(lambda lang: lang.chrome.line_publication_labels)))
_LINE_LABEL = re.compile(rf"\s*(?=[A-ZÀ-Þ])(?i:{_LINE_LABELS or '(?!)'})\s*(?i:le|on|:)?\s*:?\s*")
# an update line is a later day, but the same or next one: a byline of last resort
_UPDATE_LABELS = "|".join(spaced(w) for w in longest_first(every(lambda lang: lang.chrome.update_labels)))
_UPDATED = re.compile(rf"\b(?:{_UPDATE_LABELS})\s*(?:le|on|:)?\s*:?\s*$", re.I)
# "PARIS, 2 avril (AFP)", "AUSTIN, Texas, July 9, 2018 /PRNewswire/": the place, maybe its state or country, after a
# comma or in parentheses, as a release writes it ("Paris (France), 9 février 2005 –", "Nairobi (Kenya), May 3, 2019 -")
_DATELINE = re.compile(
    r"^\s*[A-ZÉ][\w'’ -]{1,40}(?:\s*\([A-ZÉ][\w.'’ -]{1,25}\))?(?:,\s*[A-Z][\w.'’ -]{1,25})?,?\s*$"
    r"|^\s*(?:le\s+)?$",
    re.I,
)
# "UNITED NATIONS (UrduPoint News / Sputnik - ": a place in capitals, then the outlet and its source before a
# dash, the date closing the parenthesis
_OUTLET_DATELINE = re.compile(r"^\s*[A-ZÉÈ][A-ZÉÈ'’ .-]{1,40}\s*\([^()\n]{2,60}\s[-–—]\s*$")
# the agency after the dateline's date, "(AFP)", or the wire that carries a press release, "(GLOBE NEWSWIRE)", "/CNW/"
_WIRES = "|".join(spaced(w) for w in longest_first(PRESS_WIRES))
_AGENCY = re.compile(rf"^\s*(?:\d{{4}}\s*)?(?:\((?:AFP|Reuters|AP|dpa|ANSA|EFE|{_WIRES})\)|/(?:{_WIRES})/)", re.I)
# what a page's date stamp holds besides the date: "Tue 2 Apr 2024 10.15 BST", "April 2, 2024 10:15 am ET"
_STAMP_FILLER = re.compile(
    r"\b(?:[A-Z]{2,4}|UTC[+-]\d+|GMT[+-]\d+|\d{1,2}\s*[h:.]\s*\d{2}|\d{1,2}\s*h|(?i:le|the|on|à|a|at|am|pm|"
    r"a\.m|p\.m|heures?|h|lun|mar|mer|jeu|ven|sam|dim|mon|tue|wed|thu|fri|sat|sun|publi[ée]e?|mis\s+à\s+jour|"
    r"actualisé|modifié|(?:last\s+)?updated|published|posted|first\s+published))\b\.?"
    r"|T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?"  # ISO 8601: "2024-04-02T10:15:00+02:00"
    r"|[,|·•()/–—-]"
)
# who signs beside the stamp: "Par Jean Dupont - 2 avril 2024", "By John Smith and Jane Doe | Apr 2, 2024"
_NAME = r"(?:[A-ZÉ][\w'’.-]*|&|and|et|avec|with|de|du|des|la|le|the)"
_BYLINE_WORDS = "|".join(
    sorted(
        (spaced(w) for w in every(lambda lang: lang.chrome.byline_starts)),
        key=len,
        reverse=True,
    )
)
_BYLINE_BEFORE = re.compile(
    rf"^\s*(?:{_BYLINE_WORDS})\s+{_NAME}(?:\s+{_NAME}){{0,6}}\s*(?:[-–—|·•/,»]|\ble\b|\bon\b)", re.I
)
_DATE_ARTICLE = re.compile(rf"(?:{'|'.join(spaced(w) for w in every(lambda lang: lang.date_articles))})\s+", re.I)
# and the outlet after it: "April 2, 2024 / 10:15 AM / CBS News", "2 avril 2024 | Le Monde"
# or a place before it, as a letter or a press release is dated: "Paris, le 3 novembre 2025.", "London, 3 May 2024"
_SIGNING = "|".join(spaced(w) for w in every(lambda lang: lang.chrome.signing_formulas))
_PLACE_BEFORE = re.compile(rf"^\s*(?i:(?:{_SIGNING or '(?!)'})\s+)?[A-ZÀ-Þ][\w'’.-]*(?:[ -][A-ZÀ-Þ][\w'’.-]*){{0,3}},")
# the names that sign a stamp after it: "samedi 7 janvier 2017 par Présidence", "April 2, 2024 by Jane Roe"
_STAMP_AUTHORS = "|".join(re.escape(w) for w in every(lambda lang: lang.chrome.stamp_authors))
_SIGNED_AFTER = re.compile(rf"^\s*(?i:{_STAMP_AUTHORS or '(?!)'})\s+{_NAME}(?:\s+{_NAME}){{0,4}}\s*$")
# a label may stand before the outlet ("| Source: PTI")
_SOURCE_LABELS = "|".join(sorted({re.escape(w) for w in every(lambda lang: lang.chrome.source_labels)}, reverse=True))
_OUTLET_AFTER = re.compile(
    rf"^[\s,]*(?:(?:[/|·•]\s*)+[\s\d:.APMapm]*)+\s*(?:(?i:{_SOURCE_LABELS})\s*:\s*)?{_NAME}(?:\s+{_NAME}){{0,4}}\s*$"
)
_STAMP_LINES = 8  # a date stamp sits in the page head, above the story
_PROSE_WORDS = 12  # a line of the story has a dozen words or more ...
_SENTENCE_END = '.!?…»"”'  # ... and ends as a sentence does


def _period(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of a calendar value (YYYY, YYYY-MM, YYYY-MM-DD)."""
    prec = calendar_precision(value)
    if prec == "day":
        d = dt.date.fromisoformat(value[:10])
        return d, d
    if prec == "month":
        y, m = int(value[:4]), int(value[5:7])
        return dt.date(y, m, 1), _month_end(y, m)
    if prec == "year":
        y = int(value)
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    return None


def _month_end(year: int, month: int) -> dt.date:
    return next(end for day in (31, 30, 29, 28) if (end := valid_date(year, month, day)))


def _upper_day(period: tuple[dt.date, dt.date], text: str) -> dt.date:
    """The day a future mention bounds the publication by: its start, or its end for "fin avril", "late June"."""
    return period[1] if re.match(r"\s*(?:en\s+)?(?:fin|late|the\s+end|end)\b", text, re.IGNORECASE) else period[0]


def _date_stamp(text: str, timexes: list[Timex], yearless: bool = False) -> Timex | None:
    """The page's own stamp: the earliest of `page_stamps` (see there), those of the head first; with `yearless`,
    the first."""
    placed, elsewhere = _stamps_by_place(text, timexes, yearless)
    stamps = placed or elsewhere
    if yearless:  # days without a year do not compare across years
        return stamps[0] if stamps else None
    return min(stamps, key=lambda t: t.value[:10], default=None)


def page_stamps(text: str, timexes: list[Timex], yearless: bool = False) -> list[Timex]:
    """Full dates standing alone on a line of the page head ("2 avril 2024 à 10h15"): the page's stamps.

    With `yearless`, a day without its year ("Mardi 2 avril"), for when the year is known otherwise.

    A name may stand beside it when it is plainly a byline: "Par Jean Dupont - 2 avril 2024",
    "April 2, 2024 / CBS News". "Fête de la Musique - 21 juin 2024" is a headline, not a stamp. A signed
    stamp ("Post by Jane Roe » Tue Aug 20, 2019 6:32 pm") counts wherever it stands: a forum's notice or a
    lead can come before it, and the signed posts of comments after it are later.

    A page may show several stamps: the day it was published, updated, or the site's date bar (the day
    it was saved). None comes before the publication, so the earliest is the publication's. None is an
    event of the article.

    A full date alone on its line with a time to the minute ("Mercredi 17 octobre 2012 à 10h44") is a stamp
    wherever it stands (`_clock_minute`).
    """
    placed, elsewhere = _stamps_by_place(text, timexes, yearless)
    return placed + elsewhere


def _stamps_by_place(text: str, timexes: list[Timex], yearless: bool) -> tuple[list[Timex], list[Timex]]:
    """The page's stamps in its head or signed, and those to the minute elsewhere (below the story): a page with a
    stamp in its head is dated by it, not by an older story's stamp that a saved page keeps below."""
    zones = _head(text)
    closing = len(text.rstrip()) - len(text.rstrip().rsplit("\n", 1)[-1])  # where the page's last line starts
    stamps: list[Timex] = []
    elsewhere: list[Timex] = []
    for t in timexes:
        day = re.fullmatch(r"XXXX-\d\d-\d\d", t.value) if yearless else calendar_precision(t.value) == "day"
        if not day or not yearless and not t.value[:4].isdigit():
            continue
        s0 = text.rfind("\n", 0, t.start) + 1
        s1 = text.find("\n", t.end)
        s1 = s1 if s1 >= 0 else len(text)
        if s1 - s0 > 80:
            continue
        line = list(text[s0:s1])
        beside = [other for other in timexes if s0 <= other.start and other.end <= s1 and other is not t]
        if not beside and _HOUR_ONLY.fullmatch(t.text):
            continue  # an hour alone on its line ("09h30") is a programme's, its day the one told above it
        for other in beside:  # a time written beside the date ("10:15 am ET") belongs to the stamp
            line[other.start - s0 : other.end - s0] = " " * (other.end - other.start)
        head, tail = "".join(line[: t.start - s0]), "".join(line[t.end - s0 :])
        # "Par Jean Dupont le 12 mars 2024": the byline's "le" is read as the date's article, and joins them
        article = _DATE_ARTICLE.match(t.text)
        signer = _byline_word_above(text, s0) + head + (article.group(0) if article else "")
        byline = _BYLINE_BEFORE.match(signer)  # then stamp filler only ("» Tue")
        signed = byline is not None and _filler_only(signer[byline.end() :]) and _filler_only(tail)
        placed = signed or any(a <= t.start < b for a, b in zones)
        # a full date that closes the page dates it too: a release's day under its signature ("Le porte-parole du
        # Conseil fédéral / Achille Casanova / 16.05.2001", "Fait à Abidjan, le samedi 07 janvier 2017"); not with
        # its hour, which may be an event's ("Mardi 9 mars 2021 à 16h30": the minute's rule decides)
        last = not yearless and s0 >= closing and not beside and "T" not in t.value
        if not placed and not last and (yearless or not any(_clock_minute(o.value) for o in (t, *beside))):
            continue
        beside_stamp = (
            _filler_only(tail)
            or _outlet_after(tail)
            or _buttons_only(tail)
            or _furniture_after(tail)
            or _SIGNED_AFTER.match(tail)
        )
        alone = (_filler_only(head) or _cms_stamp(head, t, tail)) and bool(beside_stamp)
        if not placed and last and not (_place_dated(head, tail) or alone and _signature_above(text, s0)):
            continue  # a date closing the page is its day only under a signature, or with its place ("Fait à X, le")
        if alone or signed or _place_dated(head, tail):
            (stamps if placed else elsewhere).append(t)
    return stamps, elsewhere


_BYLINE_WORD_ALONE = re.compile(rf"\s*(?i:{_BYLINE_WORDS})\s*")


def _byline_word_above(text: str, start: int) -> str:
    """The byline's word when it stands alone on the line above the one at `start` (blank lines skipped), a reader
    having broken the byline after it ("Par" / "Cercle Finance | 16 mars, 2020"): the two lines are one byline."""
    above = text[:start].rstrip().rsplit("\n", 1)[-1]
    return above.strip() + " " if _BYLINE_WORD_ALONE.fullmatch(above) else ""


_CMS_NAME_WORDS = 3  # the author's name a CMS writes before its stamp: a few words
_CLOCK = re.compile(r"\d{1,2}\s*[:h.]\s*\d\d\b")


def _cms_stamp(head: str, t: Timex, tail: str) -> bool:
    """ "jeanne roe mars 25, 2025, 7:17 PM": a day of a language that writes the day first, written month first with
    its year after a comma and the minute after it, is a CMS's stamp (no sentence of that language writes it so); the
    few words before it are its author's name, as the CMS prints it."""
    month = fold(t.text).split()
    month = month[1:] if month and month[0].rstrip(",") in _WEEKDAY_NAMES else month
    return (
        bool(month)
        and month[0] in _DAY_FIRST_MONTHS
        and bool(re.search(r",\s*\d{4}$", t.text))
        and len(head.split()) <= _CMS_NAME_WORDS
        and bool(_CLOCK.search(tail))
    )


_HOUR_ONLY = re.compile(r"\s*\d{1,2}\s*(?:[h:.]\s*\d\d|h)\s*(?i:am|pm|a\.m\.|p\.m\.)?\s*")

# a signature's names alone on their line: "Achille Casanova", "Jeanne ROE"
_SIGNATURE = re.compile(r"[A-ZÀ-Þ][\w'’.-]+(?:[ -][A-ZÀ-Þ][\w'’.-]+){1,3}")


def _signature_above(text: str, start: int) -> bool:
    """Whether the line above the one at `start` (blank lines skipped) is a signature's names."""
    above = text[:start].rstrip().rsplit("\n", 1)[-1].strip()
    return bool(_SIGNATURE.fullmatch(above))


def _clock_minute(value: str) -> bool:
    """A time read off a clock ("à 10h44", "9:22 am"): events are set on the hour or at a round five minutes, a page's
    stamp records the minute it was posted. A full date alone on its line with such a time is a stamp wherever it
    stands (a saved page may put it below the story)."""
    minute = re.search(r"T\d\d:(\d\d)", value)
    return minute is not None and int(minute.group(1)) % 5 != 0


def _place_dated(head: str, tail: str) -> bool:
    """ "Paris, le 3 novembre 2025.": a filing place, the date and nothing else on the line."""
    place = _PLACE_BEFORE.match(head)
    return place is not None and _filler_only(head[place.end() :]) and _filler_only(tail.rstrip().removesuffix("."))


def _head(text: str) -> list[tuple[int, int]]:
    """Where a stamp may sit: above the story's first paragraph, in the page's first lines and, on a page
    that opens with a menu, in the lines just above the story (between the menu and the story)."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    # the first line is the title: a sentence a page without a headline gave as one is no paragraph under a stamp
    story = next((i for i, line in enumerate(lines) if i and _is_prose(line)), None)
    if story is None:
        return [(0, starts[min(len(lines), _STAMP_LINES)])]
    if story <= _STAMP_LINES:  # a date below the story's first paragraph heads a part of it ("Wednesday 6 June")
        return [(0, starts[story])]
    return [(0, starts[_STAMP_LINES]), (starts[story - _STAMP_LINES], starts[story])]


def _is_prose(line: str) -> bool:
    """A line of the story itself: a dozen words or more, ending as a sentence ends (a menu item does not)."""
    words = line.split()
    return len(words) >= _PROSE_WORDS and words[-1][-1] in _SENTENCE_END


def _outlet_after(words: str) -> bool:
    """ "April 2, 2024 / CBS News", "Apr 2, 2024 10:15 PM IST | Source: PTI": the outlet after the stamp, its time
    and zone (stamp filler) before the separator."""
    separator = re.search(r"[/|·•]", words)
    return (
        separator is not None
        and _filler_only(words[: separator.start()])
        and bool(_OUTLET_AFTER.match(words[separator.start() :]))
    )


def _filler_only(words: str) -> bool:
    return not _STAMP_FILLER.sub(" ", words).strip()


def _buttons_only(words: str) -> bool:
    """ "JAN 6, 2016 LISTEN", "2 avril 2024 Partager": a page's buttons beside its stamp (chrome furniture)."""
    found = words.split()
    return bool(found) and all(fold(w) in _BUTTONS for w in found)


_BUTTONS = frozenset(fold(w) for w in every(lambda lang: lang.chrome.furniture) if " " not in w and "{" not in w)
# a furniture line's words, "{n}" a number ("5 min read", "Lecture 3 min")
_FURNITURE = re.compile(
    "|".join(re.escape(fold(w)).replace(r"\{n\}", r"\d+") for w in every(lambda lang: lang.chrome.furniture))
)


def _furniture_after(words: str) -> bool:
    """ "March 12, 2024 · 5 min read", "12 mars 2024 | Lecture 3 min": after a separator and the stamp's filler, one
    piece of the page's furniture (a reading time, a button)."""
    separator = re.search(r"[|·•]", words)
    if separator is None or not _filler_only(words[: separator.start()]):
        return False
    return bool(_FURNITURE.fullmatch(fold(words[separator.end() :]).strip()))


class Inference(NamedTuple):
    """The inferred publication date, the evidence in words, and the days the evidence allows."""

    date: dt.date | None
    evidence: str | None
    earliest: dt.date | None = None
    latest: dt.date | None = None
    # True when the evidence fixes the year (a stated day, an anniversary, a counted span, bounds within
    # one year); otherwise the year is only the likeliest, and a briefing must not count from it.
    fixed_year: bool = False


def _exact(day: dt.date, evidence: str) -> Inference:
    return Inference(day, evidence, day, day, fixed_year=True)


class Address(NamedTuple):
    """What the page's address says of its date short of a whole day (read/pagedate.py)."""

    month: tuple[int, int] | None = None  # "/2011/05/": the year and month the page was posted in
    unix_day: dt.date | None = None  # "-1522420102": the day a number would be as a Unix time, or an id


# A number read as a Unix time must land in the weeks of the days the text writes with their weekday: from
# a week after the first of them (the text may look back) to three weeks before (news announces ahead).
_UNIX_BEFORE, _UNIX_AHEAD = dt.timedelta(days=7), dt.timedelta(days=21)
_UNIX_TEXT_DAYS = dt.timedelta(days=3)  # a page's text is the one of the days after it was made (updates)


@dataclass(frozen=True)
class _Page:
    """What every cue reads: the text, its temporal expressions, the language, and the tense of a span."""

    text: str
    timexes: list[Timex]
    language: Language
    span_tense: Callable[[int, int], str | None]

    def tense(self, t: Timex) -> str | None:
        return self.span_tense(t.start, t.end)

    def before(self, t: Timex, chars: int) -> str:
        """The `chars` characters before `t`."""
        return self.text[max(0, t.start - chars) : t.start]

    def before_on_line(self, t: Timex, chars: int) -> str:
        """The `chars` characters before `t`, on its own line only."""
        return self.line_before(t.start, chars)

    def line_before(self, start: int, chars: int) -> str:
        """The `chars` characters before `start`, on its own line only."""
        return self.text[max(self.text.rfind("\n", 0, start) + 1, start - chars) : start]


@dataclass
class _Years:
    """What the dates with a year say about the publication's year, each piece with its words."""

    evidence: list[str] = field(default_factory=list)
    past_years: list[int] = field(default_factory=list)  # years of past events: the publication comes after
    counted_years: list[int] = field(default_factory=list)  # years counted from a start: "depuis 2022 ... deux ans"
    lower: list[tuple[dt.date, str]] = field(default_factory=list)  # the publication is on or after these
    upper: list[tuple[dt.date, str]] = field(default_factory=list)  # and before these
    scheduled: list[dt.date] = field(default_factory=list)  # the upper bounds set by a month or a day
    anniversary_year: int | None = None
    anniversary_day: dt.date | None = None
    weekday_dates: list[tuple[int, int, int, str]] = field(default_factory=list)  # month, day, weekday, text
    this_weekday: tuple[int, str] | None = None  # the text's first "ce mercredi": its weekday and words
    address_year: int | None = None  # the year the page's address gives (its month, or a confirmed Unix time)
    address_days: tuple[dt.date, dt.date] | None = None  # the first and last day the address allows
    dated: list[tuple[dt.date, dt.date]] = field(default_factory=list)  # days and months written with their year


def infer_publication(
    text: str,
    language: Language,
    extract: Callable[[str, dt.date | None, Language], list[Timex]],
    span_tense: Callable[[int, int], str | None],
    address: Address | None = None,
) -> Inference:
    """The publication date from the text's evidence (all None without any).

    `extract(text, published, language)` is the extractor; `span_tense(start, end)` the tense governing a span.
    The page may state its day (byline, update line, dateline, date stamp); otherwise the dates it mentions
    give the year, and the year-less ones and the weekdays the day. The page's `address` may give the year
    (its month, or a Unix time the text's weekdays confirm).
    """
    page = _Page(text, extract(text, None, language), language, span_tense)
    stated = _byline(page) or _dateline(page) or _stamp_or_update(page) or _short_year_byline(page)
    if stated is not None and stated.date is not None and _order_unsure(page, stated.date):
        stated = None
    updated = stated is not None and (stated.evidence or "").startswith("update line")
    stamped = stated is not None and (stated.evidence or "").startswith("date stamp")
    if stated is not None and not (
        stated.date
        and (
            _weekdays_deny(page, stated.date, updated)
            or _named_days_deny(page, stated.date)
            or stamped
            and _announced_before(page, stated.date) is not None
        )
    ):
        return stated
    if stated is not None and stated.date is not None:
        # a day denied as the page's (a site's date bar, the day the page was saved) is no evidence of its year either
        denied = {(t.start, t.end) for t in page_stamps(page.text, page.timexes)}
        kept = [t for t in page.timexes if (t.start, t.end) not in denied and t.value[:10] != stated.date.isoformat()]
        page = replace(page, timexes=kept)
    named = _named_day(page) or _this_week_day(page)
    if named is not None:
        return named
    years = _year_evidence(page)
    if address is not None:
        _address_evidence(address, years)
    year = _year(years)
    if year is None:
        return Inference(None, None)
    return _day_in(page, year, years)


# --- the page states its day -------------------------------------------------------------------------


def _order_unsure(page: _Page, day: dt.date) -> bool:
    """Whether the page writes `day` only as a numeric date either of whose numbers may be the month ("Updated:
    05/04/2018") in a language written in both orders, and shows its order nowhere: 5 April on a British page, 4 May
    on an American one. A day that may be wrong is no stated day."""
    if not page.language.numeric_order_varies or page_numeric_order(page.text) is not None:
        return False
    written = [t for t in page.timexes if t.value[:10] == day.isoformat() and re.search(r"\d", t.text)]
    return bool(written) and all(ambiguous_numeric(t.text) for t in written)


def _full_days(page: _Page) -> list[Timex]:
    return [t for t in page.timexes if calendar_precision(t.value) == "day" and t.value[:4].isdigit()]


def _byline(page: _Page) -> Inference | None:
    """ "Publié le 2 avril 2024", "Published April 2, 2024"; not a day to come ("the notice will be published on
    February 28, 2022", "le décret sera publié le 3 mars 2023")."""
    for t in _full_days(page):
        label = _BYLINE.search(page.before_on_line(t, 40))
        opening = _LINE_LABEL.fullmatch(page.text[page.text.rfind("\n", 0, t.start) + 1 : t.start])
        if opening or label and (page.tense(t) != "future" or _set_apart(page.before_on_line(t, 40)[: label.end()])):
            s0 = page.text.rfind("\n", 0, t.start) + 1
            byline = page.text[max(s0, t.start - 25) : t.end].strip()
            return _exact(dt.date.fromisoformat(t.value[:10]), f"byline '{byline}'")
    return None


# what sets a stamp's label apart from the sentence before it on a line: a colon, a bar, a bullet, a full stop, a dash
_LABEL_APART = ":|•·.!?)]–—-"


def _set_apart(before: str) -> bool:
    """Whether the label that ends `before` ("... visite ministérielle : Publié le") is the page's, capitalised and
    opening its line or set apart by punctuation: a label, not a verb of the sentence's clause, so the clause's tense
    is not the day's ("La visite arrivera-t-elle ? Publié le 7 juillet 2022 à 17:25" is a stamp; "le décret sera
    publié le 3 mars" and "the notice will be published on 28 February" are days to come)."""
    words = before.rstrip().split()
    label = max((i for i in range(len(words)) if _BYLINE.search(" ".join(words[i:]))), default=None)
    if label is None or not words[label][:1].isupper():
        return False
    ahead = " ".join(words[:label]).rstrip()
    return not ahead or ahead[-1] in _LABEL_APART


# a day written with a two-digit year, "23/03/20 07:22": only after a byline's words, where it can be nothing else
_SHORT_YEAR_DAY = re.compile(r"(?<![\d/.])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[01]?\d)(?P=sep)(?P<y>\d\d)(?![\d/]|\.\d)")
_CENTURY_PIVOT = 69  # as POSIX reads a two-digit year: 69-99 are 1969-1999, 00-68 are 2000-2068


def _short_year_byline(page: _Page) -> Inference | None:
    """ "Actualité publiée le 23/03/20 07:22": a byline whose day writes its year in two digits (no timex rule
    reads such a day in running text, where "3/2/20" may be a score or a ratio)."""
    for match in _SHORT_YEAR_DAY.finditer(page.text):
        if not _BYLINE.search(page.line_before(match.start(), 40)):
            continue
        a, b, yy = int(match["a"]), int(match["b"]), int(match["y"])
        day_first = _day_first(page, a, b)
        if day_first is None:
            continue  # "Posted 05/04/20" on an English page that shows no order: 5 April or 4 May
        day, month = (a, b) if day_first else (b, a)
        year = 1900 + yy if yy >= _CENTURY_PIVOT else 2000 + yy
        if (date := valid_date(year, month, day)) is not None:
            return _exact(date, f"byline '{(page.line_before(match.start(), 25) + match.group()).strip()}'")
    return None


def _day_first(page: _Page, a: int, b: int) -> bool | None:
    """Whether the numeric date `a`/`b` is day first: a number above 12 is no month; else the language's order, or, in
    a language written in both orders, the page's (None when it shows none)."""
    if a > MONTHS_IN_YEAR or b > MONTHS_IN_YEAR or a == b or not page.language.numeric_order_varies:
        return numeric_day_first(a, b, page.language.day_first)
    return page_numeric_order(page.text)


def update_line_before(text: str, t: Timex) -> bool:
    """Whether the day `t` follows an update's words on its line ("Mis à jour le", "Updated on")."""
    return bool(_UPDATED.search(text[max(text.rfind("\n", 0, t.start) + 1, t.start - 40) : t.start]))


def _update_line(page: _Page) -> Inference | None:
    """ "Mis à jour le 3 avril 2024": a later day, but the same or the next one: a byline of last resort. An earlier
    full day on the same line before the update's words ("G.L. - 26 oct. 2018 à 05:00 | mis à jour le 17 mai 2019")
    is the first publication's: the update may come months later."""
    days = _full_days(page)
    for t in days:
        if _UPDATED.search(page.before_on_line(t, 40)):
            s0 = page.text.rfind("\n", 0, t.start) + 1
            first = [o for o in days if s0 <= o.start and o.end <= t.start and o.value[:10] < t.value[:10]]
            if first:
                return _exact(
                    dt.date.fromisoformat(first[0].value[:10]), f"published before the update line '{first[0].text}'"
                )
            return _exact(dt.date.fromisoformat(t.value[:10]), f"update line '{t.text}'")
    return None


def page_dateline(text: str, timexes: list[Timex]) -> Timex | None:
    """ "PARIS, 2 avril (AFP)": the agency's dateline, with or without its year, or the outlet's in
    parentheses ("UNITED NATIONS (UrduPoint News / Sputnik - 17th September, 2019)"): it dates the page, it is
    no event of the article."""
    for t in timexes:
        if not re.fullmatch(r"(?:\d{4}|XXXX)-\d\d-\d\d", t.value):
            continue
        line = text[text.rfind("\n", 0, t.start) + 1 : t.start]
        if _AGENCY.match(text[t.end : t.end + 20]) and _DATELINE.match(line):
            return t
        if _DASH_AFTER.match(text, t.end) and (
            _placed_before(line) or not line.strip() and _under_title(text, t.start)
        ):
            return t
        if t.value[:4].isdigit() and _OUTLET_DATELINE.match(line) and re.match(r"\s*\)", text[t.end : t.end + 3]):
            return t
    return None


# the dash that opens the story after a dateline without an agency ("PARIS, April 8 — The world championships ...",
# "Charlotte, N.C., June 25 - Merck will ..."); not a range's ("31 mai – 20 juin"), whose end is a date
_DASH_AFTER = re.compile(r"\s*[-–—]{1,2}\s+(?=[A-ZÀ-Þ«“\"])")
_WEEKDAY_NAMES = frozenset(fold(w) for w in every(lambda lang: lang.weekday_numbers))
# month names of the languages that write the day before the month, and no month-first language's ("mars", "juin")
_DAY_FIRST_MONTHS = frozenset(fold(w) for w in every(lambda lang: lang.months if lang.day_first else ())) - frozenset(
    fold(w) for w in every(lambda lang: lang.months if not lang.day_first else ())
)


def _placed_before(line: str) -> bool:
    """Whether the words before a date on its line are a filing place and its comma, a city maybe with its state
    ("PARIS, ", "Charlotte, N.C., "): not a weekday ("Mardi, 3 avril - Visite de ...": a programme's day)."""
    if not line.rstrip().endswith(",") or not _DATELINE.match(line):
        return False
    return fold(line.split(",")[0].strip()) not in _WEEKDAY_NAMES


def _under_title(text: str, start: int) -> bool:
    """Whether the line at `start` opens the story right under the title (the one line above it): where a dateline
    stands whose place the page's reader left out ("April 8 — The world championships ...")."""
    return len(text[: text.rfind("\n", 0, start) + 1].split()) > 0 and text[:start].strip().count("\n") == 0


def _dateline(page: _Page) -> Inference | None:
    t = page_dateline(page.text, page.timexes)
    if t is not None and t.value[:4].isdigit():
        return _exact(dt.date.fromisoformat(t.value), f"dateline '{t.text}'")
    return None


def _stamp_or_update(page: _Page) -> Inference | None:
    """The head's stamp, or the update line when it is the only one or the earliest (an update comes after
    the publication, so a stamp before it is the publication's)."""
    stamp, update = _date_stamp_cue(page), _update_line(page)
    if (
        stamp is None
        or update is not None
        and update.date is not None
        and stamp.date is not None
        and update.date <= stamp.date
    ):
        return update
    return stamp


def _date_stamp_cue(page: _Page) -> Inference | None:
    stamp = _date_stamp(page.text, page.timexes)
    if stamp is not None:
        return _exact(dt.date.fromisoformat(stamp.value[:10]), f"date stamp '{stamp.text}'")
    return None


# --- the dates with a year give the year ----------------------------------------------------------------


def _year_evidence(page: _Page) -> _Years:
    """Bounds and counts from every date with a year, spans counted from a start, and anniversaries."""
    years = _Years()
    for t in page.timexes:
        if t.type in ("DATE", "TIME"):
            _weekday_date(page, t, years)
            _this_weekday(page, t, years)
            _dated_mention(page, t, years)
    _counted_spans(page, years)
    return years


def _weekday_date(page: _Page, t: Timex, years: _Years) -> None:
    """ "samedi 5 juin": a weekday written with a year-less date (the pair holds in few years)."""
    wd = _weekday_written(page, t)
    if wd:
        years.weekday_dates.append((int(t.value[5:7]), int(t.value[8:10]), wd, t.text))


def _weekday_written(page: _Page, t: Timex) -> int | None:
    """The weekday written with a year-less day ("samedi 5 juin", "Thursday (19 October)"), or None."""
    if not (t.value.startswith("XXXX-") and re.fullmatch(r"XXXX-\d\d-\d\d", t.value[:10])):
        return None
    weekdays = page.language.weekday_numbers
    return next((n for w, n in weekdays.items() if re.search(rf"\b{w}\b", fold(t.text))), None)


_STAMP_LOOKBACK = dt.timedelta(days=31)  # how far before a stamp a day it tells may be, its weekday still the same


def _weekdays_deny(page: _Page, day: dt.date, updated: bool = False) -> bool:
    """Whether every date to come that the text writes with its weekday ("leaders will meet on Thursday (19
    October)") falls on another weekday in the year after `day`: the page's programme then says that `day` is
    not its own, but a site's clock or the stamp of the day the page was saved, months later. With `updated` (`day`
    is an update line's), a weekday's date in the month before it that holds in its year bears it out."""
    held = []
    for month, dd, wd in _future_weekday_days(page):
        ahead = next((d for y in (day.year, day.year + 1) if (d := valid_date(y, month, dd)) and d >= day), None)
        # under an update line, a day that falls on its weekday in the weeks just before it ("Ce mercredi 28 août
        # devait se tenir" under "Dernière modification : 2 septembre 2024") bears its year out: the text was written
        # before the update, the tense was a past plan (a site's clock, the day the page was saved, may follow the
        # text by months: its year is not borne out so)
        just_before = valid_date(day.year, month, dd) if updated else None
        if just_before is not None and day - _STAMP_LOOKBACK <= just_before < day and just_before.isoweekday() == wd:
            held.append(True)
        elif ahead is not None:
            held.append(ahead.isoweekday() == wd)
    return bool(held) and not any(held)


# two weekdays and their days in parentheses ("On Thursday and Friday (19-20 October), EU leaders will meet",
# "les jeudi et vendredi (19-20 octobre)"): each weekday is written with its day
_PAIRED_DAYS = re.compile(
    r"\b([^\W\d_]+)\s+(?:and|et)\s+([^\W\d_]+)\s*\(\s*(\d{1,2})\s*[-–]\s*(\d{1,2})\s+([^\W\d_]+)\.?\s*\)"
)


def _future_weekday_days(page: _Page) -> list[tuple[int, int, int]]:
    """The days to come the text writes with their weekday, as (month, day, weekday)."""
    days = []
    for t in page.timexes:
        wd = _weekday_written(page, t)
        if wd is not None and len(t.value) == 10 and page.tense(t) == "future":
            days.append((int(t.value[5:7]), int(t.value[8:10]), wd))
    weekdays, months = page.language.weekday_numbers, page.language.month_numbers
    for m in _PAIRED_DAYS.finditer(page.text):
        first, second, month = weekdays.get(fold(m[1])), weekdays.get(fold(m[2])), months.get(fold(m[5]))
        said = next((t for t in page.timexes if t.start == m.start(1)), None)
        if first and second and month and said is not None and page.tense(said) == "future":
            days += [(month, int(m[3]), first), (month, int(m[4]), second)]
    return days


# how long before a stamp a day the text announces with its year may fall: a page updated after the event keeps its
# first tense, a site's date bar or the day the page was saved comes months or years after
_ANNOUNCED_SLACK = dt.timedelta(days=31)


def _announced_before(page: _Page, day: dt.date) -> Timex | None:
    """A day the text announces with its year ("will remain unchanged, beginning on 14 November 2022") more than a
    month before the stamp `day`: the text was written before that day, so the stamp is a site's date bar or the day
    the page was saved, not the text's."""
    for t in _full_days(page):
        written = re.search(r"\b(1\d{3}|20\d\d)\b", t.text)
        when = dt.date.fromisoformat(t.value[:10])
        if written and page.tense(t) == "future" and when < day - _ANNOUNCED_SLACK:
            return t
    return None


_NAMED_DAY_SLACK = dt.timedelta(days=1)  # a stamp in UTC may be the next day of a text written in the evening


def days_named_from_today(page: _Page) -> list[tuple[dt.date | None, int, int, int]]:
    """The days the text writes with their date right after its word for today, yesterday or tomorrow ("demain
    mercredi 13 janvier", "today, Wednesday January 25"): each as its date when the text gives the year (else None),
    its month and day, and how many days it lies from the day the text was written (0, -1 or +1)."""
    cue_patterns = _named_day_cues(page.language)
    named = []
    for t in page.timexes:
        value = re.fullmatch(r"(\d{4}|XXXX)-(\d\d)-(\d\d)", t.value)
        if value is None or not re.search(r"\d", t.text):
            continue
        before = page.before_on_line(t, 25)
        if _quoted(page, t):  # a quotation may be another day's words ("« Aujourd'hui, 6 juin 1944, ... »")
            continue
        for offset, pattern in cue_patterns.items():
            if pattern.search(before):
                year, month, day = value.group(1), int(value.group(2)), int(value.group(3))
                named.append((valid_date(int(year), month, day) if year.isdigit() else None, month, day, offset))
    return named


@functools.cache
def _named_day_cues(language: Language) -> dict[int, re.Pattern[str]]:
    """The language's words for today, yesterday and tomorrow right before a date, a weekday maybe between them, by
    how many days the date lies from the day the text was written."""
    cues = language.timex_cues
    weekdays = "|".join(re.escape(w) for w in language.weekday_numbers)
    cue_words = {0: cues.today_words, -1: cues.yesterday_words, 1: cues.tomorrow_words}
    # not "après-demain", "avant-hier": those name other days; a weekday may stand between the word and the date
    return {
        offset: re.compile(rf"(?<![\w-])(?:{_one_of(found)})[\s,]*(?:(?:{weekdays})[\s,]*)?$", re.IGNORECASE)
        for offset, found in cue_words.items()
        if found
    }


def _quoted(page: _Page, t: Timex) -> bool:
    """Whether `t` stands inside a quotation opened on its line."""
    line = page.line_before(t.start, t.start)
    return line.count("«") > line.count("»") or line.count("“") > line.count("”") or line.count('"') % 2 == 1


def _one_of(found: tuple[str, ...]) -> str:
    """The words as alternatives of a pattern, an apostrophe straight or typographic."""
    return "|".join(re.escape(w).replace("'", AP) for w in found)


def _named_day(page: _Page) -> Inference | None:
    """The day the text was written on when it names a day from it with the year ("demain jeudi 15 mars 2018":
    written on 14 March 2018), and every such day agrees."""
    days = {d - dt.timedelta(days=offset) for d, _, _, offset in days_named_from_today(page) if d is not None}
    if len(days) != 1:
        return None
    day = days.pop()
    return _exact(day, f"the day the text names from its own ({day.isoformat()})")


_WEEK = dt.timedelta(days=6)  # the days of one week lie at most this far apart


def _this_week_day(page: _Page) -> Inference | None:
    """The day the text was written on when it names a day of its own week with its weekday and year ("entame ce
    jeudi 1er août 2019", "arrives this Thursday, August 1, 2019"): "ce jeudi" is the Thursday of the week the text
    is written in, so the year is that day's, and news names its own day so ("le Premier ministre entame ce jeudi")
    more than the days around it. Every such day must fall on its weekday and within one week of the others; the
    earliest is taken (a programme written ahead names its first day first), the six days before it allowed."""
    this_words = cues_of(page.language).this_words
    weekdays = page.language.weekday_numbers
    days: list[tuple[dt.date, str]] = []
    for t in _full_days(page):
        words = fold(t.text).replace(",", " ").split()
        before = page.before_on_line(t, 15).split()
        if not words or not before or fold(before[-1]) not in this_words or _quoted(page, t):
            continue
        day = dt.date.fromisoformat(t.value[:10])
        written_year = re.search(r"\b(1\d{3}|20\d\d)\b", t.text)
        if written_year and weekdays.get(words[0]) == day.isoweekday():
            days.append((day, f"{before[-1]} {t.text}"))
    if not days or max(d for d, _ in days) - min(d for d, _ in days) > _WEEK:
        return None
    day, told = min(days)
    # the text may be written on any day of the week before (a day it names by its weekday alone, "ce jeudi", may
    # then be this week's or the next's): the day is the likeliest, the week what the evidence allows
    evidence = f"'{told}', a day of the week the text was written in, with its year ({day.isoformat()})"
    return Inference(day, evidence, day - _WEEK, day, fixed_year=True)


def _named_days_deny(page: _Page, day: dt.date) -> bool:
    """Whether the days the text names from its own day ("est en déplacement demain mercredi 13 janvier") all put that
    day elsewhere than `day`: a site's date bar or the day the page was saved, not the day it was written."""
    named = days_named_from_today(page)
    return bool(named) and not any(_written_on(day, d, month, dd, offset) for d, month, dd, offset in named)


def _written_on(day: dt.date, named: dt.date | None, month: int, dd: int, offset: int) -> bool:
    """Whether a text written on `day` (a day's slack) can call the day `named` (or `month`-`dd`) by its `offset`."""
    candidates = (
        [named] if named is not None else [valid_date(y, month, dd) for y in (day.year - 1, day.year, day.year + 1)]
    )
    return any(d is not None and abs(d - dt.timedelta(days=offset) - day) <= _NAMED_DAY_SLACK for d in candidates)


def _this_weekday(page: _Page, t: Timex, years: _Years) -> None:
    """ "ce mercredi", "this Wednesday": the first weekday the text places in the current week."""
    w = re.match(r"XXXX-WXX-(\d)", t.value)
    words = fold(t.text).split()
    if years.this_weekday is None and w and len(words) > 1 and words[0] in cues_of(page.language).this_words:
        years.this_weekday = (int(w.group(1)), t.text)


def _dated_mention(page: _Page, t: Timex, years: _Years) -> None:
    """A date with its year: an anniversary, a future or deadline bound from above, a past one from below."""
    if not t.value[:4].isdigit() or re.search(r"[-–/]\s*$", page.before(t, 2)):
        return  # the end of a span ("the 2023-24 season") may be still to come
    if calendar_precision(t.value) == "year" and re.match(
        r"\s*[/–-]\s*\d{2}(?:\d{2})?\b", page.text[t.end : t.end + 8]
    ):
        return  # its start neither: "for 2022/23 season ticket holders" is a season, which opens in mid-2022
    if t.type == "TIME" or calendar_precision(t.value) == "day" and not re.search(r"\d", t.text):
        # "dans la journée", "la veille", "22h": a day taken from the date told before, in a sentence of its own
        # tense ("…du 27 au 29 novembre 2017. … a été dévoilé dans la journée"): that date bounds, not its echo
        return
    literal = re.search(r"\b(1\d{3}|20\d\d)\b", t.text)
    if literal and literal.group(1) != t.value[:4]:
        years.anniversary_year = int(t.value[:4])
        years.evidence.append(f"anniversary in {years.anniversary_year} ('{t.text}')")
    period = _period(t.value[:10] if len(t.value) > 10 else t.value)
    if period is None:
        return
    if (
        literal
        and literal.group(1) == t.value[:4]
        and calendar_precision(t.value) in ("day", "month")
        and not _names_a_text(page, t)
    ):
        years.dated.append(period)  # whatever its tense: the page speaks of the months around it
    tense = page.tense(t)
    deadline = _DEADLINE.search(page.before(t, 20))
    if years.anniversary_year == int(t.value[:4]) or tense == "future" or deadline:
        years.upper.append((_upper_day(period, t.text), t.text))
        if calendar_precision(t.value) != "year":  # "dès l'année 2001" is no scheduled date
            years.scheduled.append(years.upper[-1][0])
    elif tense != "past" and _STARTING.search(page.before(t, 25)):
        return  # "dès l'année 2001, la ville consacre...": a start that may be still to come
    elif calendar_precision(t.value) == "year" and _NAMED_YEAR.search(page.before(t, 25)):
        return  # "has held meetings to review the spending plan for 2025": the plan's year, still to come
    else:
        if tense == "past":  # a date in a sentence without a tense only tells the year
            # a past day or month: about its end; a past year: only its start is sure
            years.lower.append((period[0] if calendar_precision(t.value) == "year" else period[1], t.text))
        years.past_years.append(period[0].year)


_INSTRUMENT_REACH = 40  # how far before a date the name of the text it dates may start ("l'ordonnance n° 58-1100 du")


def _names_a_text(page: _Page, t: Timex) -> bool:
    """Whether `t` is the day in a text's name ("modifier l'ordonnance du 17 novembre 1958", "under the Act of 1 July
    1998"): a law of decades ago is cited as the week's business, so its day says nothing of the months the page speaks
    of, and a weekday's date that holds near it (17 November 1958 puts "mardi 28 avril" in 1959, as 2009 does) would
    take the law's years for the page's."""
    return bool(cues_of(page.language).instrument_before.search(page.before_on_line(t, _INSTRUMENT_REACH)))


def _address_evidence(address: Address, years: _Years) -> None:
    """The year and the bounds the address gives: its month ("/2011/05/") holds the publication; a ten-digit
    number read as a Unix time counts only when every weekday the text writes with its date ("lundi 2
    avril") holds in its year and one of those days falls within three weeks of it (an article id rarely
    lands there, on the right weekdays), and then the text is that of the page's first days."""
    if address.month is not None:
        year, month = address.month
        first, end = dt.date(year, month, 1), _month_end(year, month)
        years.lower.append((first, "the address's month"))
        years.upper.append((end + dt.timedelta(days=1), "the address's month"))
        years.address_year = year
        years.address_days = (first, end)
        years.evidence.append(f"the address's month {year}-{month:02d}")
    elif address.unix_day is not None and not years.weekday_dates and years.this_weekday is not None:
        # "a été dévoilé ce mercredi" in a page whose number falls on a Wednesday: news says its own day first
        made, (weekday, words) = address.unix_day, years.this_weekday
        if made.isoweekday() == weekday:
            _unix_time_holds(made, words, years)
    elif address.unix_day is not None and years.weekday_dates:
        made = address.unix_day
        near = False
        for month, day, weekday, _ in years.weekday_dates:
            said = valid_date(made.year, month, day)
            if said is not None and said < made - _UNIX_BEFORE:
                said = valid_date(made.year + 1, month, day)
            if said is None or said.isoweekday() != weekday:
                return
            near = near or said - made <= _UNIX_AHEAD
        if near:
            _unix_time_holds(made, years.weekday_dates[0][3], years)


def _unix_time_holds(made: dt.date, words: str, years: _Years) -> None:
    """The address's Unix time, confirmed by the text's `words`, bounds the page's first days."""
    years.lower.append((made, "the address's Unix time"))
    years.upper.append((made + _UNIX_TEXT_DAYS, "the address's Unix time, three days on"))
    years.address_year = made.year
    years.address_days = (made, made + _UNIX_TEXT_DAYS - dt.timedelta(days=1))
    years.evidence.append(f"the address's Unix time ({made.isoformat()}), as '{words}' confirms")


def _counted_spans(page: _Page, years: _Years) -> None:
    """ "depuis février 2022 ... près de deux ans", "il y a 80 ans, le 6 juin 1944": a year counted."""
    text, language = page.text, page.language
    since, span = _SINCE.search(text), _SPAN.search(text)
    if since and span and (n := parse_number(span.group(1), language)):
        years.past_years.append(int(since.group(1)) + int(n))
        years.counted_years.append(int(since.group(1)) + int(n))
        years.evidence.append(f"'{since.group(0)}' + '{span.group(0)}' = {int(since.group(1)) + int(n)}")
    for m in _AFTER_YEARS.finditer(text):  # "cent ans après ceux de 1924", "il y a dix ans, en 2014"
        n = parse_number(m.group("n") or m.group("n2") or m.group("n3"), language)
        y = int(m.group("y") or m.group("y2"))
        if n and 0 < n <= 200:
            years.past_years.append(y + int(n))
            years.counted_years.append(y + int(n))
            years.evidence.append(f"'{m.group(0)}' = {y + int(n)}")
            if m.group("y2"):
                # "il y a 80 ans, le 6 juin 1944": such a piece is written for the anniversary itself
                dated = next(
                    (
                        t
                        for t in page.timexes
                        if t.start <= m.start("y2") < t.end and calendar_precision(t.value) == "day"
                    ),
                    None,
                )
                if dated is not None and (d := valid_date(y + int(n), int(dated.value[5:7]), int(dated.value[8:10]))):
                    years.anniversary_day = d


def _year_is_fixed(year: int, years: _Years) -> bool:
    """Whether the evidence fixes `year`, rather than only making it the likeliest.

    A publication date in the wrong year sends every relative date of the article to the wrong year (and
    false rows into the agenda), so a year that is only a bound is not enough to date a briefing. The
    year is fixed by an anniversary, a span counted from a start, or bounds from below (past-tense dates)
    and above that fall in that same year; a weekday written with its date fixes the one year of a wider
    window where it holds.
    """
    if year in (years.anniversary_year, years.address_year) or year in years.counted_years:
        return True
    if years.weekday_dates and _years_near_dated_days(years) == [year]:
        return True
    # Bounds: past-tense dates from below (a year without a tense, "the 2030 target", bounds nothing).
    lows, highs = [d.year for d, _ in years.lower], [d.year for d, _ in years.upper]
    if not lows or not highs:
        return False
    if max(lows) == year == min(highs):
        return True
    window = range(max(lows), min(highs) + 1)
    return bool(years.weekday_dates) and [y for y in window if _weekday_dates_hold(y, years)] == [year]


# How far from a day or month the page writes with its year a weekday written with its date may be read: a year on
# either side leaves one year where the pair holds (a day's weekday comes back after five years at the soonest).
_NEAR_DATED = dt.timedelta(days=366)


def _years_near_dated_days(years: _Years) -> list[int]:
    """The years in which every weekday written with its date ("mercredi 17 février") holds and falls within a year
    of a day or month the page writes with its year ("le 25 janvier 2022", "October 2023"), whatever their tense.

    A page speaks of the months around the days it dates: one such year fixes the year of its weekdays' dates, and
    that of the page with them, without a bound on either side. A bare year ("en 2016", "by 2028") is no such day: a
    piece on a 2023 visit recalls "the 2016 visit", and a weekday's date would fit 2017 as well as 2023."""
    candidates = sorted({y for first, _ in years.dated for y in (first.year - 1, first.year, first.year + 1)})
    fits = []
    for year in candidates:
        days = [valid_date(year, month, day) for month, day, _, _ in years.weekday_dates]
        near = all(
            d is not None and any(first - _NEAR_DATED <= d <= last + _NEAR_DATED for first, last in years.dated)
            for d in days
        )
        if near and _weekday_dates_hold(year, years):
            fits.append(year)
    return fits


def _weekday_dates_hold(year: int, years: _Years) -> bool:
    return all((d := valid_date(year, m, dd)) and d.isoweekday() == wd for m, dd, wd, _ in years.weekday_dates)


def _year(years: _Years) -> int | None:
    """The year the evidence points to: an anniversary's, else the latest past one (moved on to the year
    of an exactly scheduled date's announcement), else the first bound from above; then the first year on
    where every weekday written with its date holds. The year the address gives comes before all."""
    if years.address_year is not None:
        return years.address_year
    # an exactly scheduled future date is usually announced within the months before it
    scheduled_year = (min(years.scheduled) - dt.timedelta(days=180)).year if years.scheduled else None
    year: int | None
    if years.anniversary_year:
        year = years.anniversary_year
    elif years.past_years:
        year = max(years.past_years)
        if scheduled_year and scheduled_year > year:
            year = scheduled_year
    elif years.upper:
        year = scheduled_year or min(d for d, _ in years.upper).year
    else:
        year = None
    if years.weekday_dates and year is not None:
        fits = [y for y in range(year, year + 12) if _weekday_dates_hold(y, years)]
        if fits:
            if fits[0] != year:
                years.evidence.append(f"'{years.weekday_dates[0][3]}' falls in {fits[0]}")
            year = fits[0]
    return year


# --- the year-less dates and the weekdays give the day --------------------------------------------------


def _day_in(page: _Page, year: int, years: _Years) -> Inference:
    """The day within `year`: the window the year-less dates leave, then a day the page states in it
    (an anniversary, a dateline or stamp without its year), else a guess on the weekday it names."""
    evidence = list(years.evidence)
    lower, upper = list(years.lower), list(years.upper)
    hint, hint_words = _yearless_bounds(page, year, lower, upper, evidence)
    if years.address_days is not None:
        # the address is the page's own: a bound of the text outside its days is a misread tense ("la réunion du 1er
        # septembre" read as past on a page filed under /2025/07/)
        first, last = years.address_days
        lower = [(d, words) for d, words in lower if d <= last]
        upper = [(d, words) for d, words in upper if d > first]
    low, high = _window(year, lower, upper, evidence)
    fixed = _year_is_fixed(year, years)
    if fixed and years.weekday_dates and _years_near_dated_days(years) == [year]:
        evidence.append(f"'{years.weekday_dates[0][3]}' falls in {year} alone of the years around the dated days")
    stated = _stated_day(page, year, years, low, high, evidence)
    if stated is not None:
        return stated._replace(fixed_year=fixed)
    guess = _guess(year, low, high, upper)
    if hint is not None:
        on_weekday = _on_weekday(guess, hint, low, high)
        if on_weekday is None:  # the weekday falls outside what the evidence allows: it named another day
            hint = None
        else:
            guess = on_weekday
            evidence.append(hint_words)
    earliest, latest = _allowed_days(year, low, high, hint, guess)
    return Inference(guess, "; ".join(dict.fromkeys(evidence)) or f"year {year}", earliest, latest, fixed)


def _window(
    year: int, lower: list[tuple[dt.date, str]], upper: list[tuple[dt.date, str]], evidence: list[str]
) -> tuple[dt.date | None, dt.date | None]:
    """The latest bound from below and the earliest from above that fall in or next to `year`."""
    low = max((d for d, _ in lower if year - 1 <= d.year <= year), default=None)
    if low is not None:
        evidence.append(f"after '{next(txt for d, txt in lower if d == low)}' ({low.isoformat()})")
    high = min((d for d, _ in upper if year <= d.year <= year + 1 and (low is None or d > low)), default=None)
    if high is not None:
        evidence.append(f"before '{next(txt for d, txt in upper if d == high)}' ({high.isoformat()})")
    return low, high


def _stated_day(
    page: _Page, year: int, years: _Years, low: dt.date | None, high: dt.date | None, evidence: list[str]
) -> Inference | None:
    """A day the page gives once the year is known: the anniversary's, the dateline's, the head stamp's."""
    if years.anniversary_day is not None and (low is None or low <= years.anniversary_day):
        day = years.anniversary_day
        return _exact(day, "; ".join([*dict.fromkeys(evidence), f"the anniversary day {day}"]))
    dateline = page_dateline(page.text, page.timexes)
    if dateline is not None and (d := valid_date(year, int(dateline.value[5:7]), int(dateline.value[8:10]))):
        return _exact(d, "; ".join([f"dateline '{dateline.text}'", *dict.fromkeys(evidence)]))
    # "Mardi 2 avril" alone in the page head: the stamp of a page that leaves out its year
    head_day = _date_stamp(page.text, page.timexes, yearless=True)
    d = valid_date(year, int(head_day.value[5:7]), int(head_day.value[8:10])) if head_day is not None else None
    if head_day is not None and d is not None and (low is None or low <= d) and (high is None or d <= high):
        return _exact(d, "; ".join([f"date stamp '{head_day.text}'", *dict.fromkeys(evidence)]))
    return None


def _guess(year: int, low: dt.date | None, high: dt.date | None, upper: list[tuple[dt.date, str]]) -> dt.date:
    """About two weeks before the first event announced, else the last past one, else the year's edge."""
    if high is not None:
        return max(high - dt.timedelta(days=_LEAD_DAYS), low) if low else high - dt.timedelta(days=_LEAD_DAYS)
    if low is not None:
        return low
    return dt.date(year, 12, 31) if year < max([year] + [d.year for d, _ in upper]) else dt.date(year, 1, 1)


def _on_weekday(guess: dt.date, weekday: int, low: dt.date | None, high: dt.date | None) -> dt.date | None:
    """The day of `weekday` nearest the guess, inside the window (None when none is)."""
    nearby = (guess + dt.timedelta(days=k) for k in range(-6, 7))
    options = [day for day in nearby if day.isoweekday() == weekday]
    inside = [o for o in options if (low is None or o >= low) and (high is None or o < high)]
    return min(inside, key=lambda o: abs((o - guess).days), default=None)


def _allowed_days(
    year: int, low: dt.date | None, high: dt.date | None, hint: int | None, guess: dt.date
) -> tuple[dt.date, dt.date]:
    """The days the evidence allows: the window, or the whole year; on the hinted weekday when there is one."""
    earliest = low or dt.date(year, 1, 1)
    latest = high - dt.timedelta(days=1) if high is not None else dt.date(year, 12, 31)
    if hint is not None:
        earliest += dt.timedelta(days=(hint - earliest.isoweekday()) % 7)
        latest -= dt.timedelta(days=(latest.isoweekday() - hint) % 7)
    if not earliest <= guess <= latest:
        return guess, guess  # evidence at odds with itself: the guess is all there is
    return earliest, latest


def _in_span(page: _Page, t: Timex) -> bool:
    """ "de mercredi à vendredi", "Monday to Friday": a weekday that opens or closes a span names no present
    day."""
    link = page.language.timex_cues.range_end_link
    if not link:
        return False
    joined = re.compile(rf"\s*(?:{link})\s*", re.IGNORECASE)
    after = page.text[t.end : t.end + 30]
    before = page.text[max(0, t.start - 30) : t.start]
    return any(
        0 <= o.start - t.end <= 30
        and joined.fullmatch(after[: o.start - t.end])
        or 0 <= t.start - o.end <= 30
        and joined.fullmatch(before[len(before) - (t.start - o.end) :])
        for o in page.timexes
        if o is not t
    )


def _yearless_bounds(
    page: _Page, year: int, lower: list[tuple[dt.date, str]], upper: list[tuple[dt.date, str]], evidence: list[str]
) -> tuple[int | None, str]:
    """Year-less dates read in `year` add to the bounds (future ones first, then past ones, which fall in
    the year before when they would come after an announced date: "in October" said in April); returns
    the weekday a bare present-tense weekday names ("est en France mardi"), if any, and its words."""
    hint: int | None = None
    hint_words = ""
    past_yearless: list[tuple[int, int, str]] = []
    for t in page.timexes:
        yearless = re.fullmatch(r"XXXX-(\d\d)(?:-(\d\d))?", t.value)
        if yearless:
            tense = page.tense(t)
            month, day = int(yearless.group(1)), int(yearless.group(2) or 0)
            first = valid_date(year, month, day or 1)
            if first is None:
                continue
            deadline = _DEADLINE.search(page.before(t, 20))
            if tense == "future" or deadline and tense != "past":
                # "sera signé en juin", "jusqu'au 30 juin": still to come when written
                end = _month_end(year, month)
                upper.append((first if day else _upper_day((first, end), t.text), t.text))
            elif tense == "past" and not deadline:
                # a deadline told in the past may have lapsed ("had until March 31") or not ("a donné
                # jusqu'au 30 juin"): no bound either way
                past_yearless.append((month, day, t.text))
        w = re.fullmatch(r"XXXX-WXX-(\d)", t.value)
        if (
            w
            and hint is None
            and t.type == "DATE"
            and page.tense(t) not in ("future", "past")
            and fold(t.text) in page.language.weekday_numbers
            and not _DEADLINE_OR_START.search(page.before(t, 20))
            and not _in_span(page, t)
        ):
            hint = int(w.group(1))
            hint_words = f"a {t.text} ('{t.text}' in the present tense)"
    first_upper = min((d for d, _ in upper if year <= d.year <= year + 1), default=None)
    for month, day, txt in past_yearless:
        y = year
        last = valid_date(y, month, day) if day else _month_end(y, month)
        if last and first_upper and last >= first_upper:
            y -= 1
            last = valid_date(y, month, day) if day else _month_end(y, month)
        if last:
            lower.append((last, txt))
    return hint, hint_words
