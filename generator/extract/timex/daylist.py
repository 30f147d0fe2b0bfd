"""Bare day numbers that go on with a list of dates: each is a day of the month just named.

"Suivront les 8 et 9 avril, 13 et 14, 18 et 19" and "on April 3, 7 and 12" go on from a dated day; "En mai, ... Les
jours à noter sont : les 3 et 4, les 8 et 9" and "En juin ... : 2 et 3, 7 et 8" list days under a month named before
them in the paragraph. A number followed by a word ("les 3 et 4 enfants") or not rising ("le 28 puis le 2") is no day.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re

from generator.lang import Language
from generator.lang.patterns import longest_first

from .values import Found

_DAY = r"(?:[12]\d|3[01]|0?[1-9])"


@functools.cache
def _patterns(language: Language) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(a link between two days, a day), or None for a language without list words."""
    links = language.day_list_links
    if not links:
        return None
    words = "|".join(re.escape(w) for w in longest_first(links))
    articles = "|".join(re.escape(w) for w in longest_first(language.day_list_articles)) or "(?!)"
    suffix = "|".join(re.escape(s) for s in longest_first(language.timex_cues.ordinal_suffixes)) or "(?!)"
    link = re.compile(rf"\s*(?:[,;]\s*(?:(?:{words})\s+)?|\s+(?:{words})\s+)(?:(?:{articles})\s+)?", re.IGNORECASE)
    # a day: a number of the month, not a part of a larger number, followed by a link or the end of the clause
    day = re.compile(
        rf"(?<![\w.,/-])(?P<n>{_DAY})(?:{suffix})?(?!\w|[.,/:-]\d)"
        rf"(?=\s*(?:[,;.:!?)]|$|\s+(?:{words})\s))",
        re.IGNORECASE | re.MULTILINE,
    )
    return link, day


def _run(text: str, at: int, link: re.Pattern[str], day: re.Pattern[str], first: bool) -> list[tuple[int, int, int]]:
    """The days listed from `at` (start, end, number); with `first`, `at` is the first day itself, else a link."""
    out: list[tuple[int, int, int]] = []
    while True:
        if not (first and not out):
            joined = link.match(text, at)
            if joined is None:
                return out
            at = joined.end()
        m = day.match(text, at)
        if m is None:
            return out
        out.append((m.start(), m.end(), int(m.group("n"))))
        at = m.end()


def continued_days(found: list[Found], text: str, language: Language) -> list[Found]:
    """The bare days that go on with the dates `found` (sorted by start), each a DATE in the month before it."""
    patterns = _patterns(language)
    if patterns is None:
        return []
    link, day = patterns
    taken = [(f.start, f.end) for f in found]
    out: list[Found] = []
    for k, f in enumerate(found):
        if f.type != "DATE" or not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", f.value):
            continue
        # the list is the last month's named before it: a date of no known month ("le lendemain" unresolved) names none
        nxt = next((g.start for g in found[k + 1 :] if re.match(r"\d{4}-\d\d", g.value)), len(text))
        paragraph = text.find("\n", f.end)
        limit = min(nxt, paragraph if paragraph >= 0 else len(text))
        days: list[tuple[int, int, int]] = []
        last = 0
        if len(f.value) == 10:  # "les 8 et 9 avril, 13 et 14": the list goes on right after the date, after its day
            days = _run(text, f.end, link, day, first=False)
            last = int(f.value[8:10]) if days else 0
        # "En mai, ... : les 3 et 4, les 8 et 9": a list of two days or more, opened by an article or a colon, in
        # the month of the date before it
        for opening in [] if days else _list_openings(text, f.end, limit, language):
            listed = _run(text, opening, link, day, first=True)
            if len(listed) >= 2:
                days = listed
                break
        for start, end, n in days:
            if end > limit or n <= last or any(a < end and start < b for a, b in taken):
                break
            try:
                value = dt.date(int(f.value[:4]), int(f.value[5:7]), n).isoformat()
            except ValueError:
                break
            out.append(Found(start, end, "DATE", value))
            last = n
    return out


def _list_openings(text: str, start: int, end: int, language: Language) -> list[int]:
    """Where a list of days may open in [start, end): after a colon, or at an article before a number."""
    articles = "|".join(re.escape(w) for w in longest_first(language.day_list_articles)) or "(?!)"
    opening = re.compile(rf":\s*(?=\d)|(?<!\w)(?:{articles})\s+(?=\d)", re.IGNORECASE)
    return [m.end() for m in opening.finditer(text, start, end)]


_RANGE_GAP = 12  # characters: the most between a range's two days ("23 au 25 avril", "June 3 to 5")


@functools.cache
def _lone_day(language: Language) -> re.Pattern[str] | None:
    """A day written without its month and closing its clause ("le 24.", "on the 21st,"), or None for a language
    without openers; never a part of a written number or of a numeric date ("le 25.07.2023")."""
    if not language.lone_day_openers:
        return None
    openers = "|".join(r"\s+".join(map(re.escape, w.split())) for w in longest_first(language.lone_day_openers))
    suffix = "|".join(re.escape(s) for s in longest_first(language.lone_day_suffixes)) or "(?!)"
    return re.compile(
        rf"(?<![\w-])(?:{openers})\s+(?P<n>{_DAY})(?:{suffix})?(?![\w-]|[.,/:]\d)(?=\s*(?:[,;.:!?)]|$))",
        re.IGNORECASE | re.MULTILINE,
    )


def lone_days(found: list[Found], text: str, language: Language) -> list[Found]:
    """The days written without their month at the end of a clause, each a DATE of the month the text gives it.

    "Après leur amical du 18 novembre, ils affronteront le Canada le 23." takes the month of the last date of its
    paragraph, when the day comes on or after that date's; "visite d'Etat du 23 au 25 avril ... Il sera reçu à la
    Maison blanche le 24." is a day of a span of days told before it. Any other ("dans le 13.", a month named far
    above, a day before the date it follows) names no month the text gives, and is left out.
    """
    pattern = _lone_day(language)
    if pattern is None:
        return []
    days = [f for f in found if f.type == "DATE" and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", f.value)]
    taken = [(f.start, f.end) for f in found]
    out: list[Found] = []
    for m in pattern.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        n = int(m.group("n"))
        before = [f for f in days if f.end <= m.start()]
        month = _month_of_paragraph(before, text, m.start(), n) or _month_of_span(before, n)
        if month is None:
            continue
        try:
            value = dt.date(int(month[:4]), int(month[5:7]), n).isoformat()
        except ValueError:
            continue
        out.append(Found(m.start(), m.end(), "DATE", value))
    return out


def _month_of_paragraph(before: list[Found], text: str, at: int, n: int) -> str | None:
    """The month of the last date before `at` in its paragraph, if day `n` does not come before that date's day."""
    if not before or "\n" in text[before[-1].end : at]:
        return None
    last = before[-1].value
    return last[:7] if len(last) == 7 or int(last[8:10]) <= n else None


def _month_of_span(before: list[Found], n: int) -> str | None:
    """The month of a span of days told before ("du 23 au 25 avril") whose days hold day `n`."""
    for a, b in itertools.pairwise(before):
        if (
            len(a.value) == len(b.value) == 10
            and a.value[:7] == b.value[:7]
            and b.start - a.end <= _RANGE_GAP
            and int(a.value[8:10]) <= n <= int(b.value[8:10])
        ):
            return a.value[:7]
    return None
