"""Calendar arithmetic for TIMEX3 values: weekdays, months, weeks, shifts, formats."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Literal

Direction = Literal["next", "last", "future", "past", "nearest"]


def iso(d: dt.date) -> str:
    return d.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


# a numeric date with its year in full: "18/10/2018", "6/25/2009", "03.06.2007"
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])([0-3]?\d)([/.])([0-3]?\d)\2(?:19|20)\d\d(?![\d/-]|\.\d)")
MONTHS_IN_YEAR = 12


def page_numeric_order(text: str) -> bool | None:
    """Whether the page writes its numeric dates day first (True) or month first (False), as its dates with a
    number above 12 show ("18/10/2018" is day first, "6/25/2009" month first); None when none shows it, or both do."""
    firsts = {
        int(m.group(1)) > MONTHS_IN_YEAR
        for m in _NUMERIC_DATE.finditer(text)
        if (int(m.group(1)) > MONTHS_IN_YEAR) != (int(m.group(3)) > MONTHS_IN_YEAR)
    }
    return firsts.pop() if len(firsts) == 1 else None


def numeric_day_first(first: int, second: int, usual: bool) -> bool:
    """Whether a numeric date's numbers `first`/`second` are day first: a number above 12 is no month ("18/10/2018"
    is day first on any page); else `usual`, the order of the language or the page."""
    return first > MONTHS_IN_YEAR or (second <= MONTHS_IN_YEAR and usual)


def ambiguous_numeric(text: str) -> bool:
    """Whether `text` is a numeric date whose two first numbers could each be the month ("05/04/2018"); not a dotted
    one ("05.04.2018"), which the countries that write the month first do not use."""
    m = _NUMERIC_DATE.fullmatch(text.strip())
    return (
        m is not None
        and m.group(2) == "/"
        and m.group(1) != m.group(3)
        and max(int(m.group(1)), int(m.group(3))) <= MONTHS_IN_YEAR
    )


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def shift(anchor: dt.date, n: float, letter: str) -> dt.date:
    """anchor + n units (Y, M, W, D); months clamp to the month's last day."""
    n_int = int(round(n))
    if letter == "D":
        return anchor + dt.timedelta(days=n_int)
    if letter == "W":
        return anchor + dt.timedelta(weeks=n_int)
    months = n_int * 12 if letter == "Y" else n_int
    y, m = add_months(anchor.year, anchor.month, months)
    return dt.date(y, m, min(anchor.day, calendar.monthrange(y, m)[1]))


def weekday_date(anchor: dt.date, weekday: int, direction: Direction) -> dt.date:
    """The date with ISO `weekday` (1 = Monday) relative to `anchor`.

    next/last: strictly after/before; future/past: on or after/before (the anchor's own
    weekday is the anchor); nearest: within three days either way.
    """
    ahead = (weekday - anchor.isoweekday()) % 7  # 0..6 days forward
    if direction == "next":
        days = ahead or 7
    elif direction == "last":
        days = -((7 - ahead) % 7 or 7)
    elif direction == "future":
        days = ahead
    elif direction == "past":
        days = -((7 - ahead) % 7)
    else:
        days = ahead if ahead <= 3 else ahead - 7
    return anchor + dt.timedelta(days=days)


def after(value: str, anchor: dt.date) -> bool:
    """A calendar value strictly after `anchor`, compared at the value's own precision."""
    prec = calendar_precision(value)
    if prec is None:
        return False
    n = {"year": 4, "month": 7, "day": 10}[prec]
    return value[:n] > anchor.isoformat()[:n]


def calendar_precision(value: str) -> Literal["day", "month", "year"] | None:
    """day/month/year for YYYY-MM-DD(T..), YYYY-MM, YYYY values; None for anything else."""
    if (
        len(value) >= 10
        and value[4] == "-"
        and value[7] == "-"
        and value[:4].isdigit()
        and value[5:7].isdigit()
        and value[8:10].isdigit()
    ):
        return "day"
    if len(value) == 7 and value[4] == "-" and value[:4].isdigit() and value[5:7].isdigit():
        return "month"
    if len(value) == 4 and value.isdigit():
        return "year"
    return None


def period_start(value: str) -> dt.date | None:
    """The first day of a calendar value (YYYY-MM-DD, YYYY-MM, YYYY); None for any other value."""
    precision = calendar_precision(value)
    if precision is None:
        return None
    year, month, day = int(value[:4]), int(value[5:7]) if precision != "year" else 1, 1
    if precision == "day":
        day = int(value[8:10])
    return valid_date(year, month, day)


def week_days(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a week ("2024-W15": Monday to Sunday) or a weekend ("2024-W14-WE"); None for any
    other value."""
    parts = value.split("-")
    if len(parts) not in (2, 3) or not parts[0].isdigit() or not re.fullmatch(r"W\d\d", parts[1]):
        return None
    if len(parts) == 3 and parts[2] != "WE":
        return None
    year, week = int(parts[0]), int(parts[1][1:])
    try:
        return dt.date.fromisocalendar(year, week, 6 if len(parts) == 3 else 1), dt.date.fromisocalendar(year, week, 7)
    except ValueError:  # "2024-W60"
        return None


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th ISO `weekday` of a month (n = -1: the last one)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
