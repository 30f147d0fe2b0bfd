"""One agenda row per real event: the items that announce the same event, in one briefing or several, join.

Two items are one event when they fall on the same date (the same span of days) and their event phrases
share enough words: at least half of the shorter phrase's words, and two of them unless the shorter has
only one (words of four letters or more, accents and case folded, compared on their first five letters, so
"réunion des ministres de l'Otan" and "réunion de l'Otan à Bruxelles" meet, and "Conseil des ministres" and
"conférence de presse" do not). Within one briefing, the same date twice (a headline and its body) joins
when the phrases share a word or one of them says nothing.

The row keeps the longest phrase (the most informative wording) and lists every briefing that announces
it, oldest first. Its calendar UID is the oldest announcement's, so it stays when a source is added or a
phrase is corrected by hand.
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.lang.folding import fold
from generator.site.agenda import AgendaItem
from generator.site.catalog import Entry

_WORD = re.compile(r"[^\W\d_]{4,}")
_PREFIX = 5


def merge_events(items: list[AgendaItem]) -> list[AgendaItem]:
    """The items with those that announce one event joined into one (its `sources`), in the same order."""
    rows: list[list[AgendaItem]] = []
    by_span: dict[tuple, list[list[AgendaItem]]] = {}
    for item in sorted(items, key=_announced):
        key = (item.span.start, item.span.end, item.span.precision)
        row = next((r for r in by_span.get(key, []) if any(_same_event(item, other) for other in r)), None)
        if row is None:
            row = []
            rows.append(row)
            by_span.setdefault(key, []).append(row)
        row.append(item)
    merged = [_row(row) for row in rows]
    return sorted(merged, key=lambda item: item.sort_key)


def _announced(item: AgendaItem) -> tuple:
    """Oldest announcement first (then by page), so a row's first item never changes when sources are added."""
    return (item.entry.briefing.date or "9999", item.entry.src_uri, item.event.text)


def _row(row: list[AgendaItem]) -> AgendaItem:
    first = row[0]
    wording = max(row, key=lambda item: len(_words(item.event.event)))
    sources: list[Entry] = []
    for item in row:  # Entry holds lists: by identity, not by hash
        if not any(item.entry is seen for seen in sources):
            sources.append(item.entry)
    event = first.event if wording is first else replace(first.event, event=wording.event.event)
    return replace(first, event=event, sources=tuple(sources))


def _same_event(a: AgendaItem, b: AgendaItem) -> bool:
    wa, wb = _words(a.event.event), _words(b.event.event)
    if a.entry is b.entry:
        return not wa or not wb or bool(wa & wb)
    shorter = min(len(wa), len(wb))
    shared = len(wa & wb)
    return shorter > 0 and shared * 2 >= shorter and shared >= min(2, shorter)


def _words(phrase: str) -> set[str]:
    return {w[:_PREFIX] for w in _WORD.findall(fold(phrase))}
