"""Unions named by their confederation ("Snes-FSU", "CGT agricole", "Sud éducation") and the joint bodies unions form
("l'intersyndicale"): names the capitalised runs cut short or read as a person's ("Snes Fsu"), or miss in lower case.

A union of a confederation is written with the confederation's initials: after the union's own ("Snes-FSU", "SNUipp
FSU", "les cheminots CGT"), or before the field it organises ("CGT agricole", "Unsa ferroviaire", "SUD-Rail",
"Solidaires Finances publiques", "Sud PTT 92"). The confederations and the fields are words of the language
(lexicon.UNION_NAMES, lexicon.UNION_BRANCHES), never names taken from a page.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.cue import Mention
from generator.extract.ner.institutions import territory_end
from generator.extract.ner.text import doc_text
from generator.extract.ner.words import DETERMINERS, OF_WORDS, ORG, Word, is_acronym, is_cap, sentence_start

_BRANCH_WORDS = max((len(b.split()) for b in lx.UNION_BRANCHES), default=1)  # "finances publiques": two words
_UNION_LETTERS = 8  # "Snetap", "SNUipp": a union's own initials written as a word are short
_DEPARTMENT = re.compile(r"\d{2,3}|2[AB]")  # "Sud PTT 92": the union of a département, by its number
_COMPLEMENT_WORDS = 3  # "l'intersyndicale du second degré": the field a joint body names after "du"
_VERBS = {"VERB", "AUX"}  # the tagger's verbs: the sentence goes on after the body's name


def union_names(doc: Doc, ws: list[Word], found: list[Mention]) -> list[Mention]:
    """The mentions with each union named by its confederation whole, one organisation: the confederation's initials
    alone ("CGT" of "CGT agricole") or a person read in a union's initials ("Snes Fsu") yield to it."""
    out = list(found)
    for k in range(len(ws)):
        span = _union_span(ws, k)
        if span is None:
            continue
        a, b = span
        if not any(m.label == ORG and m.start == ws[a].start and m.end == ws[b - 1].end for m in out):
            out = _organisation_over(doc, ws, out, a, b, ws[k].sent)
    return out


def _organisation_over(doc: Doc, ws: list[Word], found: list[Mention], a: int, b: int, sent: int) -> list[Mention]:
    """`found` with words [a, b) one organisation, in the place of every mention they overlap."""
    start, end = ws[a].start, ws[b - 1].end
    kept = [m for m in found if not (m.start < end and start < m.end)]
    return [*kept, Mention(doc_text(doc)[start:end], ORG, start, end, ws[a].i, ws[b - 1].j, sent, a, b)]


def _union_span(ws: list[Word], k: int) -> tuple[int, int] | None:
    """The words [a, b) of a union named with the confederation at `k`: the union's initials joined to it, the
    field after it, or both ("Sud PTT 92"); None when the confederation stands alone ("la CGT") or is no
    confederation here ("le Sud agricole", a region)."""
    w = ws[k]
    parts = w.text.split("-")
    if len(parts) == 2 and all(parts):  # "Snes-FSU", "SUD-Rail", "Unsa-ferroviaire": one word
        own, confederation = fold(parts[0]) in lx.UNION_NAMES, fold(parts[1]) in lx.UNION_NAMES
        if own != confederation and (_union_initials(parts[0]) if confederation else _branch(parts[1])):
            return (_elided_start(ws, k), _seat_end(ws, k + 1))
        return None
    if fold(w.text) not in lx.UNION_NAMES or not is_cap(w.text) or _region(ws, k):
        return None
    b = _branch_end(ws, k + 1)
    a = k - 1 if k > 0 and _joined(ws, k - 1) and _member_before(ws, k - 1) else k
    if b == k + 1 and a == k:
        return None
    return (a, _seat_end(ws, b))


def _joined(ws: list[Word], n: int) -> bool:
    """The words at `n` and `n + 1` are one name's: in one sentence, one space apart."""
    return n + 1 < len(ws) and ws[n].sent == ws[n + 1].sent and ws[n + 1].start - ws[n].end == 1


def _branch(word: str) -> bool:
    return fold(word) in lx.UNION_BRANCHES


def _branch_end(ws: list[Word], n: int) -> int:
    """The end of the field the words from `n` name after a confederation ("agricole", "finances publiques"), or
    `n`."""
    for size in range(_BRANCH_WORDS, 0, -1):
        end = n + size
        if end > len(ws) or not all(_joined(ws, p) for p in range(n - 1, end - 1)):
            continue
        if fold(" ".join(x.text for x in ws[n:end])) in lx.UNION_BRANCHES:
            return end
    return n


def _seat_end(ws: list[Word], n: int) -> int:
    """After a union's name, the number of its département ("Sud PTT 92") or its territory after "de" ("CSD CGT de la
    Vienne") goes with it: the union of that territory."""
    if n < len(ws) and _joined(ws, n - 1) and _DEPARTMENT.fullmatch(ws[n].text):
        return n + 1
    return territory_end(ws, n) or n


def _elided_start(ws: list[Word], k: int) -> int:
    """The start of a union's initials cut at their apostrophe ("Info’Com-CGT": "Info’" glued before), or `k`."""
    before = ws[k - 1].text if k > 0 else ""
    glued = k > 0 and ws[k - 1].end == ws[k].start and before[-1:] in "'’" and before[:1].isupper()
    return k - 1 if glued and before[:-1].isalpha() else k


def _member_before(ws: list[Word], n: int) -> bool:
    """The word at `n`, right before a confederation, is a union's own initials ("Snes Fsu", "SNUipp FSU") or the
    trade it organises ("les cheminots CGT"): not a common capitalised word, a given name or a place, nor the last word
    of a longer run of capitalised words ("Jean Dupont CFDT": a person, then the union the text gives him)."""
    text = ws[n].text
    before = ws[n - 1].text if n > 0 and _joined(ws, n - 1) else ""
    if is_cap(before) and fold(before) not in DETERMINERS | lx.ARTICLES | lx.COMMON_CAPS:
        return False
    if _branch(text):
        return True
    return is_cap(text) and _union_initials(text) and not sentence_start(ws, n)


def _union_initials(text: str) -> bool:
    """A union's own initials written as a word ("Snes", "SNUipp", "Snetap"): short, no word of the language, no
    given name, no place, no confederation of its own ("CGT-FO" is one confederation)."""
    key = fold(text)
    if not is_cap(text) or not text.isalpha() or len(text) > _UNION_LETTERS or key in lx.UNION_NAMES:
        return False
    common = key in lx.COMMON_WORDS | lx.FIRST_NAMES | lx.COMMON_CAPS | DETERMINERS
    return is_acronym(text) or not common and not lx.is_place(text)


def _region(ws: list[Word], k: int) -> bool:
    """ "le Sud agricole", "du Sud": a compass word after an article or "de" names a region, no union; a union is
    written in capitals or without an article ("SUD Rail", "Sud éducation")."""
    key = fold(ws[k].text)
    before = fold(ws[k - 1].text) if k > 0 and ws[k - 1].sent == ws[k].sent else ""
    return key in lx.COMPASS_WORDS and not ws[k].text.isupper() and before in OF_WORDS | lx.ARTICLES


def joint_bodies(doc: Doc, ws: list[Word], found: list[Mention]) -> list[Mention]:
    """The mentions with each joint body the text names by its noun after the definite article ("l'intersyndicale a
    appelé", "L'Intersyndicale départementale se réunit") as an organisation, with its adjectives and the field it
    names after "du" ("l'intersyndicale du second degré"). Not one its members' names follow ("l'intersyndicale
    CGT-Unsa-Sud-CFDT"): they are the organisations."""
    out = list(found)
    for k in range(1, len(ws)):
        if fold(ws[k].text) not in lx.JOINT_BODIES or fold(ws[k - 1].text) not in lx.SINGULAR_ARTICLES:
            continue
        end = k + 1
        while end < len(ws) and ws[end].sent == ws[k].sent and fold(ws[end].text) in _BODY_ADJECTIVES:
            end += 1
        if end < len(ws) and ws[end].sent == ws[k].sent and is_cap(ws[end].text):
            continue
        out = _organisation_over(doc, ws, out, k, _complement_end(doc, ws, end), ws[k].sent)
    return out


_BODY_ADJECTIVES = lx.ORG_ADJECTIVES | lx.TERRITORIAL_ADJECTIVES  # "nationale", "départementale"


def _complement_end(doc: Doc, ws: list[Word], n: int) -> int:
    """The end of the field a joint body names after "du", "de la" ("du second degré"), in lower-case words that are
    no function word and no verb ("l'intersyndicale de la fonction publique appelle"); or `n`."""
    if n >= len(ws) or fold(ws[n].text) not in OF_WORDS or ws[n].sent != ws[n - 1].sent:
        return n
    a = n + 1 + (n + 1 < len(ws) and fold(ws[n + 1].text) in lx.ARTICLES_AFTER_OF)
    end = a
    while (
        end < len(ws)
        and end - a < _COMPLEMENT_WORDS
        and ws[end].sent == ws[n].sent
        and ws[end].text.isalpha()
        and ws[end].text.islower()
        and fold(ws[end].text) not in lx.STOP_WORDS
        and doc[ws[end].i].pos_ not in _VERBS
    ):
        end += 1
    return end if end > a else n
