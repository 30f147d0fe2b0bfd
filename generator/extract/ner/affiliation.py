"""The body a person comes from, as their role when the text gives them no other.

"X, from Calderdale Trades Council, said", "précise X, de la CGSP Cheminots": an apposition that names only an
organisation, opened by "from"/"of"/"de la", tells what the person speaks for; a reader of the briefing wants it
beside the name as much as a title.
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.ner import lexicon as lx
from generator.extract.ner.roles import line_break, words_at
from generator.extract.ner.text import doc_text
from generator.extract.ner.words import Word

_CLOSERS = (",", ".", ")", ";", ":")  # what closes the apposition after the organisation's name


def role_of_affiliation(doc: Doc, ws: list[Word], b: int, org_ends: dict[int, int]) -> str | None:
    """The apposition after the name ending before word b when it is an opener and an organisation's name only,
    closed by a comma or the sentence's end ("from Calderdale Trades Council"), or None. `org_ends` maps the first
    word of each organisation's mention to the word after it."""
    if b + 2 >= len(ws) or ws[b].text != "," or ws[b + 1].sent != ws[b].sent:
        return None
    seq = words_at(ws, b + 1, lx.AFFILIATION_OPENERS)
    if seq is None:
        return None
    k = b + 1 + len(seq)
    end = org_ends.get(k)
    if end is None or any(line_break(doc, ws, n) for n in range(b, end - 1)):
        return None
    closed = end >= len(ws) or ws[end].sent != ws[b].sent or ws[end].text in _CLOSERS
    return doc_text(doc)[ws[b + 1].start : ws[end - 1].end] if closed else None
