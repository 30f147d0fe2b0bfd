"""A publication date that the page's address or its file name states.

Many pages come without a date in their metadata, and a date guessed from the text can be years off,
which sends every relative date of the article to the wrong year. Addresses and file names often carry
the day the article was published, in a few shapes:

    /2023/09/18/  2024-04-02  _20241206_  ?d=20151011  /2016/jan/27/  2024-04-02-sommet.txt

Only a whole day counts (a year and a month do not say which week "mardi" is), between the bounds of
read/dates.py. Month words come from the language folders (every built-in language), not from a list here.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from generator.read.dates import MAX_YEAR, MIN_YEAR

_SEP = r"[/_.-]"
# Year, month, day with separators, or as eight digits; never inside a longer number (an article id).
_NUMERIC = (
    re.compile(rf"(?<!\d)(?P<y>\d{{4}}){_SEP}(?P<m>\d{{1,2}}){_SEP}(?P<d>\d{{1,2}})(?!\d)", re.ASCII),
    re.compile(r"(?<!\d)(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?!\d)", re.ASCII),
)


def date_in_url(url: str | None) -> dt.date | None:
    """The first whole date the address gives in its path or query, if any (never in its host name)."""
    if not url:
        return None
    rest = re.sub(r"^[a-z][a-z0-9+.-]*://[^/?#]*", "", url.strip(), flags=re.IGNORECASE)
    return _first_date(rest)


def date_in_file_name(name: str) -> dt.date | None:
    """The date a file name starts with or holds (`2024-04-02-sommet.txt`, `afp_20240402.html`), if any."""
    return _first_date(name)


def _first_date(text: str) -> dt.date | None:
    found = []
    for pattern in (*_NUMERIC, _worded()):
        for match in pattern.finditer(text):
            date = _date(match.group("y"), match.group("m"), match.group("d"))
            if date is not None:
                found.append((match.start(), date))
                break
    return min(found)[1] if found else None


@functools.cache
def _month_words() -> dict[str, int]:
    """Folded month name or abbreviation -> number, in every built-in language (an address has none)."""
    from generator.lang.every import built_in

    return {word: n for language in reversed(built_in()) for word, n in language.month_numbers.items()}


@functools.cache
def _worded() -> re.Pattern[str]:
    """`/2016/jan/27/`: year, a month word of any built-in language, day."""
    months = "|".join(re.escape(w) for w in sorted(_month_words(), key=len, reverse=True))
    return re.compile(rf"(?<!\d)(?P<y>\d{{4}}){_SEP}(?P<m>{months}){_SEP}(?P<d>\d{{1,2}})(?!\d)", re.IGNORECASE)


def _date(year: str, month: str, day: str) -> dt.date | None:
    number = int(month) if month.isdigit() else _month_number(month)
    if number is None or not MIN_YEAR <= int(year) <= MAX_YEAR:
        return None
    try:
        return dt.date(int(year), number, int(day))
    except ValueError:  # 2024-13-45: an id that looks like a date
        return None


def _month_number(word: str) -> int | None:
    from generator.lang.folding import fold

    return _month_words().get(fold(word))
