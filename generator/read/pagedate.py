"""A publication date that the page's address or its file name states.

Many pages come without a date in their metadata, and a date guessed from the text can be years off,
which sends every relative date of the article to the wrong year. Addresses and file names often carry
the day the article was published, in a few shapes:

    /2023/09/18/  2024-04-02  _20241206_  ?d=20151011  _AN-201503220024  na20230620225742727727153
    /201901/19/  /2016/0726/  /2016/jan/27/
    /2018/04-avril/15-  AEN20220825007500325  +15052023111000  _LN-202403140198  /20260120165724076
    2024-04-02-sommet.txt

Only a whole day counts (a year and a month do not say which week "mardi" is), between the bounds of
read/dates.py. Month words come from the language folders (every built-in language), not from a list here.

Short of a day, an address may still say something the text's evidence can build on (never a date by
itself): the year and month of a blog's path (`/2011/05/`), or a ten-digit number that may be the Unix
time the page was made (`-1522420102`) or only an article id; the text has to confirm the latter.
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
    # "/201901/19/": the year and month as one folder, the day as the next (La Presse's shape)
    re.compile(r"/(?P<y>\d{4})(?P<m>\d{2})/(?P<d>\d{2})/", re.ASCII),
    # "/2016/0726/": the year as one folder, the month and day as the next (RTÉ's shape); four digits that are no
    # month and day ("/2016/1234/", an id) give none
    re.compile(r"/(?P<y>\d{4})/(?P<m>\d{2})(?P<d>\d{2})/", re.ASCII),
    # "_AN-201503220024": a stamp to the minute (or second), the day first
    re.compile(r"(?<!\d)(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?(?!\d)", re.ASCII),
    # "na20230620225742727727153": a stamp to the second with an article number glued after it
    re.compile(
        r"(?<![\d-])[a-z]{1,3}(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d{6,}(?!\d)", re.ASCII
    ),
    # "AEN20220825007500325": a wire's article id, its desk's letters, the day, then the story's number
    re.compile(r"/[A-Z]{2,3}(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})\d{6,}(?!\d)", re.ASCII),
    # "_LN-202403140198": a desk's two capitals and a dash, then the day and the day's story number, four digits that
    # are no time ("0198": the 198th story; "_AN-201503220024" reads as the minute only by chance)
    re.compile(r"[_/-][A-Z]{2}-(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})\d{4}(?!\d)", re.ASCII),
    # "/amp/20260120165724076": a stamp to the second, then its milliseconds
    re.compile(r"(?<![\d.])(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d{3}(?!\d)", re.ASCII),
    # "+stage+15052023111000": a stamp to the second written day first, as a site of British English files its news
    re.compile(r"(?<![\d.])(?P<d>\d{2})(?P<m>\d{2})(?P<y>\d{4})(?:[01]\d|2[0-3])[0-5]\d[0-5]\d(?!\d)", re.ASCII),
)


def date_in_url(url: str | None) -> dt.date | None:
    """The first whole date the address gives in its path or query, if any (never in its host name)."""
    if not url:
        return None
    rest = re.sub(r"^[a-z][a-z0-9+.-]*://[^/?#]*", "", url.strip(), flags=re.IGNORECASE)
    return _first_date(rest)


def month_in_url(url: str | None) -> tuple[int, int] | None:
    """The year and month an address's path gives without a day (`/2011/05/slug`), if any."""
    if not url or date_in_url(url) is not None:
        return None
    rest = re.sub(r"^[a-z][a-z0-9+.-]*://[^/?#]*", "", url.strip(), flags=re.IGNORECASE)
    for match in _YEAR_MONTH.finditer(rest):
        year, month = int(match.group("y")), match.group("m")
        number = int(month) if month.isdigit() else _month_number(month)
        if number is not None and 1 <= number <= 12 and MIN_YEAR <= year <= MAX_YEAR:
            return year, number
    return None


def unix_day_in_url(url: str | None) -> dt.date | None:
    """The day (UTC) a ten-digit number of the address would be as a Unix time, if it falls in the years
    news pages have had such addresses: a candidate only, as likely an article id."""
    if not url:
        return None
    rest = re.sub(r"^[a-z][a-z0-9+.-]*://[^/?#]*", "", url.strip(), flags=re.IGNORECASE)
    for match in _TEN_DIGITS.finditer(rest):
        seconds = int(match.group(0))
        if _UNIX_FIRST <= seconds < _UNIX_LAST:
            return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).date()
    return None


def date_in_file_name(name: str) -> dt.date | None:
    """The date a file name starts with or holds (`2024-04-02-sommet.txt`, `afp_20240402.html`), if any."""
    return _first_date(name)


# "/2011/05/slug": a year and a month as whole path segments (a day would follow as a third one)
_YEAR_MONTH = re.compile(r"/(?P<y>\d{4})/(?P<m>\d{1,2}|[^\W\d_]{3,9})(?=/|$)")
_TEN_DIGITS = re.compile(r"(?<![\d.])\d{10}(?!\d|\.\d)", re.ASCII)
_UNIX_FIRST, _UNIX_LAST = 946_684_800, 4_102_444_800  # 2000-01-01 and 2100-01-01, in seconds


def _first_date(text: str) -> dt.date | None:
    found = []
    for pattern in (*_NUMERIC, *_worded()):
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
def _worded() -> tuple[re.Pattern[str], ...]:
    """A month word of any built-in language with its year and day, as a site's folders write them:
    `/2016/jan/27/`, and a month folder named by its number and word before a day that starts the page's
    name (`/2018/04-avril/15-conseil.html`). A date written in the page's name as words ("greve-prevue-jeudi-
    17-septembre-2020", "semaine-du-7-11-avril-2025") is the event's, not the publication's: not read."""
    months = "|".join(re.escape(w) for w in sorted(_month_words(), key=len, reverse=True))
    y, m, d = r"(?<!\d)(?P<y>\d{4})", rf"(?P<m>{months})", r"(?P<d>\d{1,2})(?!\d)"
    return tuple(
        re.compile(shape, re.IGNORECASE)
        for shape in (
            rf"{y}{_SEP}{m}{_SEP}{d}",
            rf"{y}/(?P<m>\d{{1,2}})-(?:{months})/{d}[-_.]",
        )
    )


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
