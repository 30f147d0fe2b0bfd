"""Peers named by their title ("the Duke of Kent", "the Earl of Wessex"): the title and its seat are the person's name,
which the capitalised runs leave out (the seat after "of" is no place of the story, see notname's `_peer_s_seat`)."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.cue import Mention
from generator.extract.ner.text import doc_text
from generator.extract.ner.words import OF_WORDS, PER, Word, is_cap

_SEAT_WORDS = 1  # "Kent", "Hale": a peer's seat or surname ("Duke of York Square" is a place)


def titled_peers(doc: Doc, ws: list[Word], found: list[Mention], lang: str) -> list[Mention]:
    """Each "Duke of X", "Countess of X", "Baroness X" the text writes, as a person named so: a peer is a person, and
    the press calls one by the title alone. Not inside a name already found ("Duke of Edinburgh's Award" as a body),
    nor when more capitalised words run on after the seat ("Duke of York Square", a place named after the title), nor
    in apposition to a person's name ("Prince Harry, the Duke of Sussex,"): the title is then that person's, no second
    person. Nor one coupled with another title ("the Duke and Duchess of Sussex", "the Prince of Wales and the
    Duchess of Cornwall"): a couple's titles name spouses the press calls by their given names too ("Charles and
    Camilla")."""
    titles = lx.peerage_titles(lang)
    taken = [(m.start, m.end) for m in found if not m.tentative]  # a name by its shape alone yields to the title
    out = []
    for k in range(len(ws) - 2):
        if not (is_cap(ws[k].text) and fold(ws[k].text) in titles):
            continue
        # "the Duke of Kent" (a seat after "of"), or "Baroness Hale", "the Viscount Brookeborough" (a surname)
        first = k + 2 if fold(ws[k + 1].text) in OF_WORDS else k + 1
        end = first
        while end < len(ws) and ws[end].sent == ws[k].sent and is_cap(ws[end].text) and end - first < _SEAT_WORDS:
            end += 1
        if first == k + 1 and (end == first or _office_or_street(ws, k, first)):
            continue
        running_on = end < len(ws) and ws[end].sent == ws[k].sent and is_cap(ws[end].text)
        start, stop = ws[k].start, ws[end - 1].end
        if end == first or running_on or any(a < stop and start < b for a, b in taken):
            continue
        if _apposed(ws, k, end, found) or _coupled(ws, k, end):
            continue
        text = doc_text(doc)[start:stop]
        out.append(Mention(text, PER, start, stop, ws[k].i, ws[end - 1].j, ws[k].sent, k, end))
    return out


def _apposed(ws: list[Word], k: int, end: int, found: list[Mention]) -> bool:
    """The title at words [k, end) stands between commas next to a person's name: "X, (the) Duke of Y" or
    "(the) Duke of Y, X"."""
    people_end = {m.wb for m in found if m.label == PER}
    people_start = {m.wa for m in found if m.label == PER}
    a = k - 1 if k > 0 and fold(ws[k - 1].text) in lx.ARTICLES else k
    before = a >= 2 and ws[a - 1].text == "," and a - 1 in people_end
    # (the name may follow its own title: "the Duke of Sussex, Prince Harry,")
    titled = end + 2 in people_start and end + 1 < len(ws) and is_cap(ws[end + 1].text)
    after = end + 1 < len(ws) and ws[end].text == "," and (end + 1 in people_start or titled)
    return before or after


def _coupled(ws: list[Word], k: int, end: int) -> bool:
    """The title at words [k, end) is joined by "and" to another title, before or after it."""
    titles = lx.PEERAGE_TITLES
    a = k - 1 if k > 0 and fold(ws[k - 1].text) in lx.ARTICLES else k
    if a >= 2 and fold(ws[a - 1].text) in lx.AND_WORDS:
        other = ws[a - 2]
        seat = a >= 4 and fold(ws[a - 3].text) in OF_WORDS and fold(ws[a - 4].text) in titles
        if fold(other.text) in titles or (is_cap(other.text) and seat):
            return True
    n = end + 1 if end + 1 < len(ws) and fold(ws[end].text) in lx.AND_WORDS else None
    if n is not None and n < len(ws) and fold(ws[n].text) in lx.ARTICLES:
        n += 1
    return n is not None and n < len(ws) and fold(ws[n].text) in titles


def _office_or_street(ws: list[Word], k: int, n: int) -> bool:
    """The word at `n`, after the title at `k`, names a street ("Duke Street") or, a word of the language after "the"
    and the title, an office or a thing ("the Earl Marshal"), no peer's surname ("the Viscount Brookeborough")."""
    key = fold(ws[n].text)
    office = k > 0 and fold(ws[k - 1].text) in lx.ARTICLES and key in lx.COMMON_WORDS
    return office or key in lx.STREET_WORDS | lx.VENUE_WORDS
