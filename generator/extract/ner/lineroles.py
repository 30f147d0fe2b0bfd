"""Roles a page gives names by its lines, with no sentence around them.

A signature block puts a name on a line of its own and the role on the line above or below it ("Le porte-parole du
Conseil fédéral" / "Jean Dupont", "Jane Miller" / "Director of Communications"); a label line writes the role, a
colon and the name ("Secrétaire de séance : M. Durand", "ARBITRE : F. Letexier"). Read as sentences, the role and
the name share no comma, article or verb, and neither the title-before nor the apposition rule ties them.
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.headinglists import item_heading_role
from generator.extract.ner.roles import line_break, role_line
from generator.extract.ner.words import Word

Span = tuple[int, int]  # a name's words [a, b)
Line = tuple[int, int]  # a line's words [s, e)

_TRAILING = (",", ".", ";")  # what may close a line after the name


def line_roles(doc: Doc, ws: list[Word], names: list[Span], person_words: set[int]) -> dict[int, str]:
    """The role of each name that a label line or a signature block gives, by the name's first word."""
    lines = _lines(doc, ws)
    starts = {a: b for a, b in names}
    roles: dict[int, str] = {}
    for at, line in enumerate(lines):
        labelled = _labelled(doc, ws, line, starts, person_words)
        if labelled is not None:
            roles[labelled[0]] = labelled[1]
            continue
        listed = _under_heading(doc, ws, line, starts)
        if listed is not None:
            roles[listed[0]] = listed[1]  # "Gardiens de but" / "1. Devis Epassy (Al Ahba Club)"
            continue
        a = _alone(ws, line, starts)
        if a is None:
            continue
        role = _block_role(doc, ws, lines, at, starts, person_words)
        if role:
            roles[a] = role
    return roles


def _lines(doc: Doc, ws: list[Word]) -> list[Line]:
    """The text's lines as word ranges (blank lines between them aside)."""
    lines: list[Line] = []
    s = 0
    for k in range(len(ws)):
        if k + 1 == len(ws) or line_break(doc, ws, k):
            lines.append((s, k + 1))
            s = k + 1
    return lines


def _alone(ws: list[Word], line: Line, starts: dict[int, int]) -> int | None:
    """The first word of the one name a line holds with nothing else but an honorific before it and a comma or a full
    stop after it, or None."""
    s, e = line
    while s < e and (fold(ws[s].text) in lx.HONORIFICS or not any(c.isalnum() for c in ws[s].text)):
        s += 1
    while e > s and ws[e - 1].text in _TRAILING:
        e -= 1
    return s if s < e and starts.get(s) == e else None


def _under_heading(doc: Doc, ws: list[Word], line: Line, starts: dict[int, int]) -> tuple[int, str] | None:
    """The first word of the name a line holds as an item under a plural role heading, and the heading's role."""
    a = next((k for k in range(*line) if k in starts), None)
    role = item_heading_role(doc, ws, a, starts[a]) if a is not None else None
    return (a, role) if a is not None and role else None


def _labelled(
    doc: Doc, ws: list[Word], line: Line, starts: dict[int, int], person_words: set[int]
) -> tuple[int, str] | None:
    """ "Secrétaire de séance : M. Durand": the name after a line's colon and the role before it, or None."""
    s, e = line
    colon = next((k for k in range(s, e) if ws[k].text == ":"), None)
    if colon is None or colon == s:
        return None
    a = _alone(ws, (colon + 1, e), starts)
    role = role_line(doc, ws, s, colon, person_words) if a is not None else None
    return (a, role) if a is not None and role else None


def _block_role(
    doc: Doc, ws: list[Word], lines: list[Line], at: int, starts: dict[int, int], person_words: set[int]
) -> str | None:
    """The role line above or below a name's own line. With a role line on each side, the block's order decides: a
    name line two lines up means names come first ("X" / "role of X" / "Y" / "role of Y"), else roles do."""
    above = role_line(doc, ws, *lines[at - 1], person_words) if at > 0 else None
    below = role_line(doc, ws, *lines[at + 1], person_words) if at + 1 < len(lines) else None
    if above and below:
        names_first = at > 1 and _alone(ws, lines[at - 2], starts) is not None
        return below if names_first else above
    return above or below
