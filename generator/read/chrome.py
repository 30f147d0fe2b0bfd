"""Page chrome: breadcrumbs, "read also" blocks and other site furniture that is not the article."""

from __future__ import annotations

import re

# Lines that introduce related links or promotions; everything after one of them near
# the end of a page is furniture too.
_TRAILER_MARKERS = re.compile(
    r"^(?:à lire aussi|a lire aussi|lire aussi|sélectionné pour vous|selectionne pour vous|"
    r"sur le même sujet|nos articles sur le sujet|voir aussi|les plus lus|à voir aussi|"
    r"read more|read also|related(?: articles| stories)?|more on this story|most read|"
    r"recommended(?: for you)?|you may also like|advertisement|publicité)\s*:?$",
    re.IGNORECASE,
)
# A line that is furniture wherever it stands.
_NOISE = re.compile(
    r"^(?:partager|partagez|share(?: this)?|imprimer|print|abonnez-vous|subscribe|newsletter|"
    r"publicité|advertisement|pub|lecture \d+ min|\d+ min(?:utes?)? de lecture|\d+ min read)\s*:?$",
    re.IGNORECASE,
)
# Breadcrumbs: "Accueil Actu Monde International", "Home > World > Europe".
_BREADCRUMB_START = re.compile(r"^(?:accueil|home|actu|actualités|news)\b", re.IGNORECASE)
_TAIL_FRACTION = 0.6


def strip_chrome(lines: list[str]) -> list[str]:
    """The article's own lines, without breadcrumbs, share buttons and trailing link blocks."""
    kept: list[str] = []
    real = [i for i, line in enumerate(lines) if line.strip()]
    cut = len(lines)
    for i in real:
        if _TRAILER_MARKERS.match(lines[i].strip()) and i >= real[0] + (real[-1] - real[0]) * _TAIL_FRACTION:
            cut = i
            break
    for line in lines[:cut]:
        stripped = line.strip()
        if _NOISE.match(stripped) or _TRAILER_MARKERS.match(stripped) or is_breadcrumb(stripped):
            continue
        kept.append(line)
    return kept


def is_breadcrumb(line: str) -> bool:
    """A short line of capitalised words (or "a > b" parts) that starts like a site's home link."""
    if not _BREADCRUMB_START.match(line):
        return False
    parts = [p for p in re.split(r"\s*[>›»/|]\s*|\s+", line) if p]
    return len(parts) <= 8 and not re.search(r"[.!?:;,\"«»]", line) and all(p[0].isupper() for p in parts)
