"""The agenda: every upcoming date of every briefing, grouped by month.

Dates keep their precision: "2024-07" is "sometime in July", not the 1st of July, so it is listed apart
at the end of its month; "2024" is listed at the end of its year. An item is past once its whole span is
over on the day the site is built, so a July item stays upcoming until the end of July.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import partial
from itertools import groupby

from generator.lang import UnknownLanguage, language
from generator.lang.folding import fold
from generator.model import DatedEvent
from generator.render import day_words, labels, month_words, range_words
from generator.site.blocks import Block, GeneratedPage, Href, html_link, table, text
from generator.site.catalog import Entry
from generator.site.words import SITE_LANG, counted, site_words

AGENDA_URI = "agenda.md"


def feeds_line(lang: str = SITE_LANG) -> str:
    """The feeds, visibly linked from the home page and the agenda (and in every page's head: docs/overrides)."""
    return site_words(lang)["feeds"].format(ics="agenda.ics", atom="feed.xml", json="briefings.json")


@dataclass(frozen=True)
class Span:
    """The days a date may fall on: one day, a whole month, a whole year, or an interval of those."""

    start: dt.date
    end: dt.date  # inclusive
    precision: str  # precision of the start: day, month or year

    @property
    def is_range(self) -> bool:
        """An explicit interval (2024-06-03/2024-06-05), as opposed to one date at its precision."""
        return self.precision == "day" and self.end != self.start


@dataclass(frozen=True)
class AgendaItem:
    """One dated event of one briefing."""

    entry: Entry
    event: DatedEvent
    span: Span
    # Every briefing that announces this event, oldest first, once events are joined (events.py); else none.
    sources: tuple[Entry, ...] = ()
    # An event announced at dates that disagree (postponed, contradicted): each date with the briefings that
    # give it, the one shown (`span`) first; else none (events.py).
    dates: tuple[tuple[Span, tuple[Entry, ...]], ...] = ()
    # The items of the briefings joined into this event, oldest announcement first (events.py); else none.
    announced: tuple[AgendaItem, ...] = ()

    @property
    def briefings(self) -> tuple[Entry, ...]:
        """The briefings that announce the event: its sources, or its own briefing."""
        return self.sources or (self.entry,)

    @property
    def sort_key(self) -> tuple:
        # Exact days first within their month, then month-wide items, then year-wide ones.
        rank = {"day": 0, "month": 1, "year": 2}[self.span.precision]
        return (self.span.start.year, self.span.start.month if rank < 2 else 13, rank, self.span.start,
                self.entry.briefing.date or "", self.entry.src_uri)  # fmt: skip


def parse_point(value: str) -> Span | None:
    """2024-04-15, 2024-07 or 2024 as the span of days it covers; None when it is not such a date."""
    parts = value.strip().split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(parts[0]) != 4 or not 1 <= len(numbers) <= 3:
            return None
        if len(numbers) == 3:
            day = dt.date(*numbers)
            return Span(day, day, "day")
        if len(numbers) == 2:
            year, month = numbers
            return Span(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), "month")
        return Span(dt.date(numbers[0], 1, 1), dt.date(numbers[0], 12, 31), "year")
    except ValueError:
        return None


def parse_span(value: str) -> Span | None:
    """A DatedEvent.date (one point or "start/end") as a Span; None when unreadable or reversed."""
    if "/" in value:
        first, _, last = value.partition("/")
        start, end = parse_point(first), parse_point(last)
        if start is None or end is None or end.end < start.start:
            return None
        return Span(start.start, end.end, start.precision)
    return parse_point(value)


def agenda_items(entries: list[Entry]) -> list[AgendaItem]:
    """Every readable upcoming date of every briefing, in calendar order.

    A briefing whose publication date is inferred, not confirmed, gives only the dates that state their
    month or year ("le 15 avril", "en juillet 2025"): a "mercredi" counted from a guessed day would put
    a false row in the agenda. A hand edit that confirms the date (`date_source: metadata`) lets them in.
    """
    items = []
    for entry in entries:
        confirmed = entry.briefing.date_source == "metadata"
        for event in entry.briefing.upcoming:
            if not confirmed and not _states_month_or_year(event.text, entry.briefing.lang):
                continue
            span = parse_span(str(event.date))
            if span is not None:
                items.append(AgendaItem(entry, event, span))
    return sorted(items, key=lambda item: item.sort_key)


def _states_month_or_year(words: str, lang: str) -> bool:
    """Whether the date's words name its year or its month, so it does not hang on the publication day."""
    if re.search(r"\b\d{4}\b", words):
        return True
    try:
        months = language(lang).month_numbers
    except UnknownLanguage:
        return False
    return any(word in months for word in re.findall(r"\w+", fold(words)))


def split_past(items: list[AgendaItem], today: dt.date) -> tuple[list[AgendaItem], list[AgendaItem]]:
    """(upcoming, past): an item is past when the last day it may fall on is before `today`."""
    upcoming = [i for i in items if i.span.end >= today]
    past = [i for i in items if i.span.end < today]
    return upcoming, past


def month_label(day: dt.date, lang: str = SITE_LANG) -> str:
    """ "avril 2024" (babel, CLDR)."""
    return month_words(day.year, day.month, lang)


def day_label(day: dt.date, year: bool = True, lang: str = SITE_LANG) -> str:
    """ "mercredi 3 avril 2024": weekday first, as people say a date (babel, CLDR)."""
    return day_words(day, lang, year=year)


def when_label(span: Span, lang: str = SITE_LANG) -> str:
    """How a reader should see the date: "lundi 15 avril 2024", "lundi 3 – mercredi 5 juin 2024",
    "juillet 2024", "2024"."""
    joined = labels(lang).DATES["range"]
    if span.precision == "year":
        same = span.end.year == span.start.year
        return str(span.start.year) if same else joined.format(start=span.start.year, end=span.end.year)
    if span.precision == "month":
        same_month = (span.end.year, span.end.month) == (span.start.year, span.start.month)
        end = month_label(span.end, lang)
        return (
            month_label(span.start, lang) if same_month else joined.format(start=month_label(span.start, lang), end=end)
        )
    if span.is_range:
        return range_words(span.start, span.end, lang)
    return day_label(span.start, lang=lang)


def item_table(items: list[AgendaItem], lang: str = SITE_LANG) -> Block:
    """A table of items: when, what, and a link to the briefing each comes from (the site's words in `lang`)."""
    return partial(_item_table, items, lang)


def _item_table(items: list[AgendaItem], lang: str, href: Href) -> str:
    words = site_words(lang)
    rows = [
        [
            f"<strong>{text(when_label(i.span, lang))}</strong>"
            + (' <span aria-hidden="true">⚠</span>' if i.dates else ""),
            _what(i.event) + _conflict_note(i, href, lang),
            " · ".join(html_link(href(e.src_uri), text(e.briefing.title)) for e in i.briefings)
            + (f" ({words['sources'].format(count=len(i.briefings))})" if len(i.briefings) > 1 else ""),
        ]
        for i in items
    ]
    return table([words["date"], words["event"], words["briefing"]], rows)


def _what(event: DatedEvent) -> str:
    """The event, and where it happens when its words do not say it."""
    what = text(event.event or event.text)
    return f"{what} · {text(event.unsaid_where)}" if event.unsaid_where else what


def _conflict_note(item: AgendaItem, href: Href, lang: str = SITE_LANG) -> str:
    """For an event announced at dates that disagree: every date with the briefings that give it."""
    if not item.dates:
        return ""
    words = site_words(lang)
    dates = " ; ".join(
        words["according_to"].format(
            when=text(when_label(span, lang)),
            sources=", ".join(html_link(href(e.src_uri), text(source_name(e, lang))) for e in entries),
        )
        for span, entries in item.dates
    )
    return f'<br><span class="briefings-conflict"><strong>{words["conflicting_dates"]}</strong> : {dates}</span>'


def source_name(entry: Entry, lang: str = SITE_LANG) -> str:
    """A briefing as a source: its outlet and day ("Reuters, 2 avril 2024"), or its title."""
    outlet = entry.briefing.source.outlet
    day = parse_point(entry.briefing.date or "")
    when = day_label(day.start, lang=lang).split(" ", 1)[1] if day and day.precision == "day" else ""
    name = ", ".join(part for part in (outlet, when) if part)
    return name or entry.briefing.title


def _group(item: AgendaItem) -> tuple[int, int]:
    return (item.span.start.year, item.span.start.month if item.span.precision != "year" else 13)


def add_grouped(
    page: GeneratedPage, items: list[AgendaItem], heading: str, indent: str = "", lang: str = SITE_LANG
) -> None:
    """Items in one table per month (and one per year for year-only dates); `heading` is a format.

    Within a month, exact days come first; "sometime this month" items follow in their own table rather
    than sitting on the 1st as if it were their date.
    """
    for (year, month), grouped in groupby(items, key=_group):
        group = list(grouped)
        if month == 13:
            title = labels(lang).DATES["year_unsure"].format(year=year)
        else:
            title = month_label(dt.date(year, month, 1), lang).capitalize()
        page.add(indent + heading.format(title), "")
        exact = [i for i in group if i.span.precision != "month"]
        vague = [i for i in group if i.span.precision == "month"]
        if exact:
            page.add_block(item_table(exact, lang), indent)
        if vague:
            if exact:
                page.add(indent + f"*{site_words(lang)['within_month']}*", "")
            page.add_block(item_table(vague, lang), indent)


def agenda_page(items: list[AgendaItem], today: dt.date, lang: str = SITE_LANG) -> GeneratedPage:
    """The agenda page: upcoming items by month, then past ones folded away, most recent first."""
    upcoming, past = split_past(items, today)
    words = site_words(lang)
    page = GeneratedPage()
    intro = words["agenda_intro"].format(today=day_label(today, lang=lang))
    page.add(f"# {words['agenda_title']}", "", intro, "", feeds_line(lang), "")
    if upcoming:
        add_grouped(page, upcoming, "## {}", lang=lang)
    else:
        page.add(words["no_upcoming"], "")
    if past:
        # Folded (pymdownx.details): still in the page and the search index, out of the reader's way.
        page.add(f"## {words['past_dates']}", "", f'??? note "{counted(words, "past_count", len(past))}"', "")
        # Bold labels rather than headings, so past months do not crowd the table of contents.
        add_grouped(page, sorted(past, key=lambda i: i.sort_key, reverse=True), "**{}**", indent="    ", lang=lang)
    return page
