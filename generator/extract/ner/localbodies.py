"""A town's, a county's or a state's bodies written in lower case by their kind ("the county planning commission",
"the board of education", "the county's department of development services"), found as mentions."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.cue import Mention
from generator.extract.ner.text import doc_text
from generator.extract.ner.words import ORG, Word
from generator.lang import language

_MODIFIERS = 2  # lower-case words between the place noun and the head ("county planning commission")
_FIELD_WORDS = 3  # lower-case words of the field after "of" ("department of development services")


@cache
def _words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The language's body heads, place nouns, the words that end a body's name (stop words, verbs of speech and
    action: "the board of education said") and the words that open its field ("of")."""
    entities = language(lang).entities
    fold_all = lambda ws: frozenset(fold(w) for w in ws)  # noqa: E731
    return (
        fold_all(entities.lowercase_body_heads),
        fold_all(entities.place_nouns),
        fold_all((*entities.stop_words, *entities.speech_or_action)),
        fold_all(entities.body_field_links),
    )


def local_bodies(doc: Doc, ws: list[Word], found: list[Mention], lang: str) -> list[Mention]:
    """Public bodies in lower case after "the" or a possessive: a body's head after a place noun and at most two
    lower-case words ("the county planning commission", "the city health department"), or followed by "of" and its
    field ("the board of education", "the county's department of development services"); the page's own words name
    the body. Words already read as a name are left alone."""
    heads, _, _, _ = _words(lang)
    if not heads:
        return []
    taken = {n for m in found for n in range(m.wa, m.wb)}
    out = []
    for k, w in enumerate(ws):
        if not w.text.islower() or fold(w.text) not in heads:
            continue
        a = _place_noun_start(ws, k, lang)
        end = _field_end(ws, k, lang)
        if a is None and end == k + 1:
            continue
        a = k if a is None else a
        if a == 0 or not _determined(ws, a) or any(n in taken for n in range(a, end)):
            continue
        text = doc_text(doc)[ws[a].start : ws[end - 1].end]
        if fold(text) in lx.COMPANY_ORGANS:
            continue  # "the board of directors is scheduled to meet": the company's organ
        out.append(Mention(text, ORG, ws[a].start, ws[end - 1].end, ws[a].i, ws[end - 1].j, w.sent, a, end))
        taken.update(range(a, end))
    return out


def _determined(ws: list[Word], a: int) -> bool:
    """ "the" or a possessive "'s" right before the body: one body the reader knows, not a kind ("a planning board")."""
    return fold(ws[a - 1].text) in ("the", "'s", "’s") and ws[a - 1].sent == ws[a].sent


def _place_noun_start(ws: list[Word], k: int, lang: str) -> int | None:
    """The place noun that opens the body before its head at `k` ("county" in "county planning commission"), across at
    most two lower-case words that are no stop words; or None."""
    _, place_nouns, stop_words, _ = _words(lang)
    for n in range(k - 1, max(-1, k - 2 - _MODIFIERS), -1):
        word = ws[n]
        if word.sent != ws[k].sent or not word.text.isalpha() or not word.text.islower():
            return None
        if fold(word.text) in place_nouns:
            return n
        if fold(word.text) in stop_words:
            return None
    return None


def _field_end(ws: list[Word], k: int, lang: str) -> int:
    """The end of "of" and the body's field after its head at `k` ("of education", "of development services"): one
    to three lower-case words that are no stop words nor past participles (no tagger reads English: "the board of
    education voted" ends before the verb); or k + 1 when none follows."""
    _, _, stop_words, links = _words(lang)
    if k + 1 >= len(ws) or fold(ws[k + 1].text) not in links or ws[k + 1].sent != ws[k].sent:
        return k + 1
    n = k + 2
    while n < len(ws) and n - k - 2 < _FIELD_WORDS and ws[n].sent == ws[k].sent:
        word = ws[n].text
        if not word.isalpha() or not word.islower() or fold(word) in stop_words or word.endswith("ed"):
            break
        n += 1
    return n if n > k + 2 else k + 1
