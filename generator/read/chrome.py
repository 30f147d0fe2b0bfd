"""Page chrome: breadcrumbs, "read also" blocks and other site furniture that is not the article."""

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
# Breadcrumbs: "Accueil Actu Monde International", "Home > World > Europe".
_BREADCRUMB_START = re.compile(
    r"^(?:" + "|".join(re.escape(fold(w)) for w in every(lambda lang: lang.chrome.breadcrumb_starts)) + r")\b"
)
_TAIL_FRACTION = 0.6


def strip_chrome(lines: list[str]) -> list[str]:
    """The article's own lines, without breadcrumbs, share buttons and trailing link blocks."""
    kept: list[str] = []
    real = [i for i, line in enumerate(lines) if line.strip()]
    cut = len(lines)
    for i in real:
        if _TRAILER_MARKERS.match(fold(lines[i])) and i >= real[0] + (real[-1] - real[0]) * _TAIL_FRACTION:
            cut = i
            break
    for line in lines[:cut]:
        stripped = line.strip()
        folded = fold(stripped)
        if _NOISE.match(folded) or _TRAILER_MARKERS.match(folded) or is_breadcrumb(stripped):
            continue
        kept.append(line)
    return kept


def is_breadcrumb(line: str) -> bool:
    """A short line of capitalised words (or "a > b" parts) that starts like a site's home link."""
    if not _BREADCRUMB_START.match(fold(line)):
        return False
    parts = [p for p in re.split(r"\s*[>›»/|]\s*|\s+", line) if p]
    return len(parts) <= 8 and not re.search(r"[.!?:;,\"«»]", line) and all(p[0].isupper() for p in parts)
