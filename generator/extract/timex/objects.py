"""The object a date cut off from its verb: "Alpha Condé effectue, à partir du 12 octobre, une visite officielle".

A date often stands between a verb and its object ("La ministre inaugurera le 14 octobre le nouveau pont", "the
board will approve on Monday the annual accounts"). The phrase read around the date then stops at it, on a verb that
says nothing alone ("Alpha Condé effectue"): an agenda row an analyst cannot read. The object after the date is what
happens, and goes on the row.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.lang import Language
from generator.lang.folding import fold

from .wording import _EDGES, _event_words, _trim, content_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

_VERBAL = frozenset({"VERB", "AUX"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "csubj"})
# where the object's group ends: a clause's punctuation, or a dash that opens an aside
_GROUP_END = re.compile(r"[,;:()?!]|\.(?:\s|$)|\s[-–—]\s")
_REACH = 40  # characters before the date where its verb's last word is read
_WORD = re.compile(r"[\w'’-]+")


def opening_article(word: str) -> str:
    """The word a group opens with, folded, read as its article: an elided article is written with its noun
    ("l’hôpital régional"), and the article is the part up to the apostrophe."""
    return fold(re.split(r"(?<=['’])", word)[0])


def object_after_date(
    event: str, text: str, span: tuple[int, int, int], others: list[tuple[int, int]], language: Language, doc: Doc
) -> str:
    """`event` with the object after the date when the event ends on the verb right before the date, and the sentence
    goes on after it with a noun group ("Alpha Condé effectue" + "une visite officielle en République démocratique du
    Congo"); "" when the event is no verb cut off by its date. `span` is the date's start and end in `text` and its
    sentence's end; `others` are the sentence's other dates (a range's end, "du 12 au 26 avril", is no object).

    Read with the parse `doc` of `text` (the verb's part of speech; without a parse, the patterns already read a verb's
    object after its date when no comma parts them: "will sign on Monday the bill"). The group opens on a determiner
    after the date and its comma, and ends at the clause's punctuation.
    """
    start, end, s1 = span
    words = _event_words(language)
    tokens = event.split()
    before = words.date_lead.sub("", text[:start]).rstrip(_EDGES + " ")
    last = _WORD.findall(before[-_REACH:])
    if not tokens or not last or fold(last[-1]) != fold(tokens[-1].strip(_EDGES)):
        return ""  # the event does not end right before its date: it is no verb the date cut from its object
    if not _verb_in_parse(doc, len(before) - len(last[-1]), len(before)):
        return ""
    comma = re.match(r"\s*,?\s*", text[end:s1])
    at = end + (comma.end() if comma else 0)
    opening = _WORD.match(text, at, s1)
    if opening is None or opening_article(opening.group(0)) not in words.determiners:
        return ""
    stop = _GROUP_END.search(text, at, s1)
    group_end = stop.start() if stop else s1
    if any(end <= a < group_end for a, _ in others):
        return ""  # another date after this one: "du 12 au 26 avril" ends a range, it names no object
    if _own_clause(doc, at, group_end):
        return ""  # the group is a clause of its own: "..., le gouvernement ayant exclu"
    group = text[at:group_end].strip()
    if not content_words(group) or words.attribution.search(group):
        return ""
    return _trim(f"{event} {group}", words)


def _verb_in_parse(doc: Doc, a: int, b: int) -> bool:
    """Whether the word at [a, b) of `doc`'s text is a verb that takes an object, by its parse."""
    if not doc.has_annotation("POS"):
        return False
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or not len(span):
        return False
    # a participle reads as an adjective ("comme prévu", "la grève annoncée"): a verb with an object is finite or an
    # infinitive
    return span[-1].pos_ in _VERBAL and "Part" not in span[-1].morph.get("VerbForm", [])


def _own_clause(doc: Doc, a: int, b: int) -> bool:
    """Whether the words at [a, b) of `doc`'s text hold a clause of their own: a subject and its verb, both inside
    ("..., le gouvernement ayant exclu une session"): no object of the verb before the date, another sentence's part.
    Only these two labels are read: the small model's parse of a group the date's comma sets off is unreliable."""
    span = doc.char_span(a, b, alignment_mode="contract")
    if span is None:
        return False
    inside = range(span.start, span.end)
    return any(t.dep_ in _SUBJECTS and t.head.i in inside and t.head.pos_ in _VERBAL for t in span)
