"""The generated home page (latest briefings, next dates) and the archive of every briefing."""

from __future__ import annotations

import datetime as dt
from functools import partial
from itertools import groupby

from generator.render import human_date, inline, labels
from generator.site.agenda import AGENDA_URI, AgendaItem, feeds_line, item_table, month_label, split_past
from generator.site.blocks import GeneratedPage, Href, html_link, items, text
from generator.site.catalog import Entry, link
from generator.site.words import SITE_LANG, counted, site_words

HOME_URI = "index.md"
ARCHIVE_URI = "archives.md"
# Front matter for Material: no right-hand table of contents, which repeated 20 long titles.
NO_TOC = ("---", "hide:", "  - toc", "---", "")
LATEST = 20  # briefings on the home page; the archive lists them all
NEXT_DATES = 8


def briefing_block(entry: Entry, from_uri: str, lang: str = SITE_LANG) -> list[str]:
    """Title (linked), date (in the site's language `lang`), people and summary of one briefing."""
    b = entry.briefing
    people = ", ".join(inline(p.name) for p in b.people[:5])
    lines = [f"### [{inline(b.title)}]({link(from_uri, entry.src_uri)})", ""]
    when = human_date(b.date, lang) if b.date else labels(lang).PAGE["unknown_date"]
    lines.append(f"*{inline(when)}*" + (f" · {people}" if people else ""))
    if b.summary:
        lines += ["", inline(b.summary)]
    return lines + [""]


def home_page(entries: list[Entry], site_name: str, items: list[AgendaItem] | None = None,
              today: dt.date | None = None, lang: str = SITE_LANG) -> GeneratedPage:  # fmt: skip
    """The home page: the next upcoming dates, then the latest briefings, newest first (words in `lang`)."""
    words = site_words(lang)
    page = GeneratedPage()
    page.add(*NO_TOC, f"# {inline(site_name)}", "")
    if not entries:
        page.add(words["no_briefings"])
        return page
    upcoming, _ = split_past(items or [], today or dt.date.today())
    page.add(f"## {words['next_dates']}", "")
    if upcoming:
        page.add_block(item_table(upcoming[:NEXT_DATES], lang))
    else:
        page.add(words["no_upcoming"], "")
    page.add(f"[{words['whole_agenda']}]({AGENDA_URI}) · {feeds_line(lang)}", "")
    page.add(f"## {words['latest']}", "")
    for entry in entries[:LATEST]:
        page.add(*briefing_block(entry, HOME_URI, lang))
    page.add(f"[{counted(words, 'all_briefings', len(entries))}]({ARCHIVE_URI})", "")
    return page


def archive_page(entries: list[Entry], lang: str = SITE_LANG) -> GeneratedPage:
    """Every briefing, newest first, under one heading per publication month."""
    words = site_words(lang)
    page = GeneratedPage()
    page.add(*NO_TOC, f"# {words['archive_title']}", "", f"{counted(words, 'archive_count', len(entries))}.", "")
    for month, group in groupby(entries, key=lambda e: (e.briefing.date or "")[:7]):
        label = words["undated"]
        if _is_month(month):
            label = month_label(dt.date(int(month[:4]), int(month[5:7]), 1), lang).capitalize()
        page.add(f"## {label}", "")
        page.add_block(partial(_briefing_list, list(group), lang))
    return page


def _briefing_list(entries: list[Entry], lang: str, href: Href) -> str:
    return items([f"{text(human_date(e.briefing.date, lang) if e.briefing.date else '')} · "
                  f"{html_link(href(e.src_uri), text(e.briefing.title))}" for e in entries])  # fmt: skip


def _is_month(value: str) -> bool:
    return len(value) == 7 and value[:4].isdigit() and value[5:7].isdigit() and 1 <= int(value[5:7]) <= 12
