"""The generated home page (latest briefings, next dates) and the archive of every briefing."""

from __future__ import annotations

import datetime as dt
from functools import partial
from itertools import groupby

from generator.render import human_date, inline, labels
from generator.site.agenda import AGENDA_URI, FEEDS_LINE, SITE_LANG, AgendaItem, item_table, month_label, split_past
from generator.site.blocks import GeneratedPage, Href, html_link, items, text
from generator.site.catalog import Entry, link

HOME_URI = "index.md"
ARCHIVE_URI = "archives.md"
# Front matter for Material: no right-hand table of contents, which repeated 20 long titles.
NO_TOC = ("---", "hide:", "  - toc", "---", "")
LATEST = 20  # briefings on the home page; the archive lists them all
NEXT_DATES = 8


def briefing_block(entry: Entry, from_uri: str) -> list[str]:
    """Title (linked), date, people and summary of one briefing."""
    b = entry.briefing
    people = ", ".join(inline(p.name) for p in b.people[:5])
    lines = [f"### [{inline(b.title)}]({link(from_uri, entry.src_uri)})", ""]
    when = human_date(b.date, SITE_LANG) if b.date else labels(SITE_LANG).PAGE["unknown_date"]
    lines.append(f"*{inline(when)}*" + (f" · {people}" if people else ""))
    if b.summary:
        lines += ["", inline(b.summary)]
    return lines + [""]


def home_page(entries: list[Entry], site_name: str, items: list[AgendaItem] | None = None,
              today: dt.date | None = None) -> GeneratedPage:  # fmt: skip
    """The home page: the next upcoming dates, then the latest briefings, newest first."""
    page = GeneratedPage()
    page.add(*NO_TOC, f"# {inline(site_name)}", "")
    if not entries:
        page.add("Aucun briefing pour l'instant : déposez un article dans `seeds/` puis lancez `briefings generate`.")
        return page
    upcoming, _ = split_past(items or [], today or dt.date.today())
    page.add("## Prochaines dates", "")
    if upcoming:
        page.add_block(item_table(upcoming[:NEXT_DATES]))
    else:
        page.add("Aucune date à venir.", "")
    page.add(f"[Tout l'agenda]({AGENDA_URI}) · {FEEDS_LINE}", "")
    page.add("## Derniers briefings", "")
    for entry in entries[:LATEST]:
        page.add(*briefing_block(entry, HOME_URI))
    label = "Le briefing" if len(entries) == 1 else f"Les {len(entries)} briefings, du plus récent au plus ancien"
    page.add(f"[{label}]({ARCHIVE_URI})", "")
    return page


def archive_page(entries: list[Entry]) -> GeneratedPage:
    """Every briefing, newest first, under one heading per publication month."""
    count = "1 briefing" if len(entries) == 1 else f"{len(entries)} briefings, du plus récent au plus ancien"
    page = GeneratedPage()
    page.add(*NO_TOC, "# Tous les briefings", "", f"{count}.", "")
    for month, group in groupby(entries, key=lambda e: (e.briefing.date or "")[:7]):
        label = "Sans date"
        if _is_month(month):
            label = month_label(dt.date(int(month[:4]), int(month[5:7]), 1)).capitalize()
        page.add(f"## {label}", "")
        page.add_block(partial(_briefing_list, list(group)))
    return page


def _briefing_list(entries: list[Entry], href: Href) -> str:
    return items([f"{text(human_date(e.briefing.date, SITE_LANG) if e.briefing.date else '')} · "
                  f"{html_link(href(e.src_uri), text(e.briefing.title))}" for e in entries])  # fmt: skip


def _is_month(value: str) -> bool:
    return len(value) == 7 and value[:4].isdigit() and value[5:7].isdigit() and 1 <= int(value[5:7]) <= 12
