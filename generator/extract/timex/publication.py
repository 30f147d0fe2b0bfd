"""Publication date from the text's own evidence, when the metadata has none.

Evidence, strongest first:
- anniversaries: "les 80 ans du débarquement ... le 6 juin 1944" puts the article in 2024;
- explicit dates with a year: past-tense ones bound the publication from below, future-tense
  ones from above; "depuis février 2022 ... près de deux ans" gives 2024;
- year-less dates read in that year: "a organisé fin février" (past) and "le 15 avril" (future)
  narrow the window; a present-tense bare weekday ("est en France mardi") names the day.
Inside the window we pick the hinted weekday about two weeks before the earliest upcoming
date (news announces events a few days to weeks ahead), else the latest past date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from .calendar import calendar_precision, valid_date
from .context import Sentences
from .lexicon import WEEKDAYS_EN, WEEKDAYS_FR, fold
from .tense import tense_at

_LEAD_DAYS = 13


def _period(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of a calendar value (YYYY, YYYY-MM, YYYY-MM-DD)."""
    prec = calendar_precision(value)
    if prec == "day":
        d = dt.date.fromisoformat(value[:10])
        return d, d
    if prec == "month":
        y, m = int(value[:4]), int(value[5:7])
        last = valid_date(y, m, 31) or valid_date(y, m, 30) or valid_date(y, m, 29) or dt.date(y, m, 28)
        return dt.date(y, m, 1), last
    if prec == "year":
        y = int(value)
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    return None


def infer_publication(text: str, lang: str, extract: Callable) -> tuple[dt.date | None, str | None]:
    timexes = extract(text, None, lang)
    sentences = Sentences(text)
    weekdays = WEEKDAYS_FR if lang == "fr" else WEEKDAYS_EN

    def tense_of(t) -> str | None:
        s0, s1 = sentences.at(t.start)
        return tense_at(text[s0:s1], t.start - s0, t.end - s0, lang)

    evidence: list[str] = []
    years: list[int] = []
    lower: list[tuple[dt.date, str]] = []
    upper: list[tuple[dt.date, str]] = []
    anniversary_year = None
    for t in timexes:
        if t.type not in ("DATE", "TIME") or not t.value[:4].isdigit():
            continue
        literal = re.search(r"\b(1\d{3}|20\d\d)\b", t.text)
        if literal and literal.group(1) != t.value[:4]:
            anniversary_year = int(t.value[:4])
            evidence.append(f"anniversary in {anniversary_year} ('{t.text}')")
        period = _period(t.value[:10] if len(t.value) > 10 else t.value)
        if period is None:
            continue
        tense = tense_of(t)
        if anniversary_year == int(t.value[:4]) or tense == "future":
            upper.append((period[0], t.text))
        else:
            lower.append((period[0], t.text))
            years.append(period[0].year)
    # "depuis février 2022 ... près de deux ans": an ongoing span counted to now
    since = re.search(
        r"\b(?:depuis|since)\s+(?:l['’]\w+\s+\w+\s+)?(?:en\s+)?(?:\w+\s+)?(1\d{3}|20\d\d)\b", text, re.IGNORECASE
    )
    span = re.search(
        r"\b(?:près\s+de|presque|plus\s+de|almost|nearly|more\s+than)\s+(\w+)\s+(?:ans|years)\b", text, re.IGNORECASE
    )
    if since and span:
        from .lexicon import parse_number

        n = parse_number(span.group(1), lang)
        if n:
            years.append(int(since.group(1)) + int(n))
            evidence.append(f"'{since.group(0)}' + '{span.group(0)}' = {int(since.group(1)) + int(n)}")
    if anniversary_year:
        year = anniversary_year
    elif years:
        year = max(years)
    elif upper:
        year = min(d for d, _ in upper).year
    else:
        return None, None
    if lower:
        d, txt = max(lower)
        evidence.append(f"after '{txt}' ({d.isoformat()[:7] if d.day == 1 else d.isoformat()})")
    # year-less dates, read in the inferred year
    hint: int | None = None
    for t in timexes:
        tense = tense_of(t)
        m = re.fullmatch(r"XXXX-(\d\d)(?:-(\d\d))?", t.value)
        if m:
            month, day = int(m.group(1)), int(m.group(2) or 1)
            d = valid_date(year, month, day)
            if d is None:
                continue
            if tense == "future":
                upper.append((d, t.text))
            elif tense == "past":
                lower.append((d, t.text))
        w = re.fullmatch(r"XXXX-WXX-(\d)", t.value)
        if (
            w
            and t.type == "DATE"
            and tense not in ("future", "past")
            and fold(t.text).strip() in weekdays
            and hint is None
        ):
            hint = int(w.group(1))
            evidence.append(f"a {t.text} ('{t.text}' in the present tense)")
    low = max((d for d, _ in lower if d.year >= year - 1), default=None)
    high = min((d for d, _ in upper if d.year <= year + 1 and (low is None or d > low)), default=None)
    if high is not None:
        evidence.append(
            f"before '{min((u for u in upper if u[0] == high), key=lambda u: u[0])[1]}' ({high.isoformat()})"
        )
    if high is not None:
        guess = high - dt.timedelta(days=_LEAD_DAYS)
        if low is not None and guess < low:
            guess = low
    elif low is not None:
        guess = low
    else:
        guess = dt.date(year, 1, 1)
    if hint is not None:
        # the hinted weekday nearest the guess, kept inside the window
        options = [
            guess + dt.timedelta(days=k) for k in range(-6, 7) if (guess + dt.timedelta(days=k)).isoweekday() == hint
        ]
        options = [o for o in options if (low is None or o >= low) and (high is None or o < high)] or options
        guess = min(options, key=lambda o: abs((o - guess).days))
    return guess, "; ".join(dict.fromkeys(evidence)) or None
