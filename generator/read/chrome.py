"""Page chrome: breadcrumbs, menus, bylines, credits, "read also" blocks: the page around the article.

Each kind is a shape of line (or of a run of lines), with the few words that mark it taken from the
language folders; never a list of names. A line that holds a date stays (a byline's date dates the page).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.lang.every import every
from generator.lang.folding import fold


def _lines(found: Iterable[str]) -> re.Pattern[str]:
    """A pattern for a whole folded line that is one of `found` (folded; "{n}" a number), with an optional colon."""
    shapes = (re.escape(fold(line)).replace(r"\{n\}", r"\d+") for line in found)
    return re.compile(r"^(?:" + "|".join(shapes) + r")\s*:?$")


# The lines of every built-in language's sites: the reader does not know an article's language yet.
# Lines that introduce related links or promotions; everything after one of them near
# the end of a page is furniture too.
_TRAILER_MARKERS = _lines(every(lambda lang: lang.chrome.trailers))
# A line that is furniture wherever it stands.
_NOISE = _lines(every(lambda lang: lang.chrome.furniture))


def _any(found: Iterable[str]) -> str:
    """An alternation of the folded words (one that never matches when there are none)."""
    return "|".join(re.escape(fold(w)) for w in found) or "(?!)"


# Breadcrumbs: "Accueil Actu Monde International", "Home > World > Europe".
_BREADCRUMB_START = re.compile(rf"^(?:{_any(every(lambda lang: lang.chrome.breadcrumb_starts))})\b")
_TAIL_FRACTION = 0.6
_BYLINE_START = re.compile(rf"^(?:{_any(every(lambda lang: lang.chrome.byline_starts))})\s+")
_CREDIT_START = re.compile(rf"^[(\[]?(?:{_any(every(lambda lang: lang.chrome.credit_starts))})s?\b")
_CONTRIBUTORS = re.compile(_any(every(lambda lang: lang.chrome.contributor_phrases)))
_NAME = r"[A-ZÀ-Þ][\w'’.-]*"
# "Jean Dupont / AFP", "Patrick Semansky, ASSOCIATED PRESS": a name, then an agency in capitals.
_CREDIT_SHAPE = re.compile(rf"^{_NAME}(?:\s+{_NAME}){{1,3}}\s*[,/]\s*[A-Z][A-Z&.-]+(?:\s+[A-Z][A-Z&.-]+){{0,3}}$")
_BYLINE_LINES = 15  # a byline stands in the page head
_MENU_RUN = 4  # this many short lines in a row, none a sentence, are a menu
_MENU_WORDS = 3


def strip_chrome(lines: list[str]) -> list[str]:
    """The article's own lines, without breadcrumbs, share buttons and trailing link blocks."""
    kept: list[str] = []
    real = [i for i, line in enumerate(lines) if line.strip()]
    cut = len(lines)
    for i in real:
        if _TRAILER_MARKERS.match(fold(lines[i])) and i >= real[0] + (real[-1] - real[0]) * _TAIL_FRACTION:
            cut = i
            break
    menus = _menu_lines(lines[:cut])
    for i, line in enumerate(lines[:cut]):
        stripped = line.strip()
        folded = fold(stripped)
        if i in menus or _NOISE.match(folded) or _TRAILER_MARKERS.match(folded) or is_breadcrumb(stripped):
            continue
        if is_byline(stripped) or is_credit(stripped) or _CONTRIBUTORS.search(folded):
            continue
        kept.append(line)
    return kept


def byline_names(lines: list[str]) -> str | None:
    """The names of the page's byline ("Par Jeanne Martin et Paul Durand" -> "Jeanne Martin et Paul Durand"),
    if one of its first lines is one: the article's author, metadata rather than a participant."""
    for line in [line.strip() for line in lines if line.strip()][:_BYLINE_LINES]:
        if is_byline(line):
            match = _BYLINE_START.match(fold(line))
            return line[match.end() :].strip() if match else None
    return None


def is_byline(line: str) -> bool:
    """ "Par Jean Dupont", "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER": names after a byline word."""
    match = _BYLINE_START.match(fold(line))
    if match is None or re.search(r"\d", line):
        return False
    tokens = re.findall(r"[^\s,&]+", line[match.end() :])
    names = [t for t in tokens if t[0].isupper()]
    # Between the names, only short joining words ("and", "et", "de"): a sentence has longer ones.
    return len(names) > 0 and len(tokens) <= 12 and all(t[0].isupper() or len(t) <= 3 for t in tokens)


def is_credit(line: str) -> bool:
    """A picture's credit: "Photo : Jean Dupont / AFP", "(Photo by ...)", "Patrick Semansky, ASSOCIATED PRESS"."""
    if len(line.split()) > 12:
        return False
    if _CREDIT_START.match(fold(line)) and re.search(r"[:/©]|\bby\b|\bpar\b", line):
        return True
    return bool(_CREDIT_SHAPE.match(line))


def _menu_lines(lines: list[str]) -> set[int]:
    """The lines of each run of short lines with no sentence among them: a site's menu or tag list."""
    found: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        words = line.split()
        if words and len(words) <= _MENU_WORDS and not re.search(r"[.!?;:«»\"“”\d]", line):
            run.append(i)
            continue
        if len(run) >= _MENU_RUN:
            found.update(run)
        run = []
    return found


def is_breadcrumb(line: str) -> bool:
    """A short line of capitalised words (or "a > b" parts) that starts like a site's home link."""
    if not _BREADCRUMB_START.match(fold(line)):
        return False
    parts = [p for p in re.split(r"\s*[>›»/|]\s*|\s+", line) if p]
    return len(parts) <= 8 and not re.search(r"[.!?:;,\"«»]", line) and all(p[0].isupper() for p in parts)
