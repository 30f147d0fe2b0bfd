"""An article's publication date, from its metadata or the command line: strict form, sane range.

Every relative date of an article ("mercredi", "l'an prochain", "il y a deux ans", "dans trois
semaines") is resolved against its publication date, so a date the extractors cannot count from must
never reach them:

- the form is strict: a YAML date or datetime, or a string holding exactly an ISO date `YYYY-MM-DD` or
  an ISO datetime (`2024-04-02T10:00:00+02:00`, `2024-04-02 10:00`, `...Z`). `2024-01-01garbage`, `2024`,
  `02/04/2024` or `hier` are errors, not a date cut out of a longer string;
- the range is news': years MIN_YEAR to MAX_YEAR. Python dates stop at years 1 and 9999, and the
  extractors add and subtract weeks and years (centuries, in "il y a 150 ans"): `0001-01-01` or
  `9999-12-31` would make them fail. The bounds leave them about 1,800 years of margin on either side,
  and no news article is dated outside them.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from generator.read.errors import ArticleError

MIN_YEAR = 1800
MAX_YEAR = 2200
_ISO = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[Tt ](?P<time>\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,6})?)?)(?P<zone>[Zz]|[+-]\d{2}:?\d{2})?)?",
    re.ASCII,  # "٢٠٢٤" are digits to Python, not to ISO 8601
)


def publication_date(value: Any, name: str) -> dt.date | None:
    """The publication date that metadata `value` holds (None when there is none); ArticleError naming
    `name` when it is not a date in the accepted form and range."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        date = value.date()
    elif isinstance(value, dt.date):
        date = value
    elif isinstance(value, str):
        date = _parse(value, name)
    else:  # a number (published: 2024), a list, a mapping
        raise ArticleError(name, f"publication date {value!r} is not YYYY-MM-DD")
    return check_publication_date(date, name)


def check_publication_date(date: dt.date, name: str) -> dt.date:
    """`date` itself when it lies within years MIN_YEAR to MAX_YEAR; ArticleError naming `name` otherwise."""
    if not MIN_YEAR <= date.year <= MAX_YEAR:
        raise ArticleError(name, f"publication date {date.isoformat()} is out of range (years {MIN_YEAR}-{MAX_YEAR})")
    return date


def publication_date_argument(text: str) -> dt.date:
    """An `argparse` type for a publication date given on the command line: the same form and range."""
    import argparse

    try:
        return check_publication_date(_parse(text, "--published"), "--published")
    except ArticleError as exc:
        raise argparse.ArgumentTypeError(exc.reason) from exc


def _parse(text: str, name: str) -> dt.date:
    match = _ISO.fullmatch(text.strip())
    if match is None:
        raise ArticleError(name, f"publication date {text!r} is not YYYY-MM-DD")
    try:
        if match["time"] is None:
            return dt.date.fromisoformat(match["date"])
        # Written the one way every Python from 3.10 reads: a dot and six digits, a zone as +HH:MM.
        time = re.sub(r"[.,](\d+)", lambda m: "." + m[1].ljust(6, "0"), match["time"])
        zone = match["zone"] or ""
        zone = "+00:00" if zone in ("Z", "z") else zone if len(zone) != 5 else f"{zone[:3]}:{zone[3:]}"
        return dt.datetime.fromisoformat(f"{match['date']}T{time}{zone}").date()
    except ValueError as exc:  # 2024-02-30, 25:00
        raise ArticleError(name, f"publication date {text!r} is not a valid date: {exc}") from exc
