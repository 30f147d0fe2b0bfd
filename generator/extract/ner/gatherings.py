"""A gathering's name that does not act is the event's, no organisation: "le Forum pour l'emploi", "address the
Nepal-China Business Forum", "aux travaux du Bali Democracy Forum" (issue 19: the annotations of eleven dev pages
of nine sites call such forums events, four call one an organisation where it publishes, serves a notice or holds a
summit). The verb's subject, the agent after "by" and the owner of a thing keep the organisation."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.cue import Mention
from generator.extract.ner.words import OF_WORDS, Word, is_acronym

_ADJECTIVES_BEFORE_OF = 2  # "le rapport annuel du Forum", "le dernier rapport annuel du Forum"


def gathering_not_acting(doc: Doc, ws: list[Word], m: Mention) -> bool:
    """A name opened or closed by a gathering's head (`event_name_heads`) that no list knows as an organisation and
    that does not act where it is written: the event it names, no organisation."""
    heads = {fold(m.text.split()[0]), fold(m.text.split()[-1])}
    if not heads & lx.EVENT_NAME_HEADS or lx.known_organisation(m.text):
        return False
    return not (m.acting or _subject(doc, ws, m) or _agent_or_owner(doc, ws, m))


def _subject(doc: Doc, ws: list[Word], m: Mention) -> bool:
    """A verb right after the name, maybe after its initials in brackets ("The Forum (UFBU) called a strike")."""
    k = m.wb
    if k + 2 < len(ws) and ws[k].text == "(" and is_acronym(ws[k + 1].text) and ws[k + 2].text == ")":
        k += 3
    return k < len(ws) and ws[k].sent == m.sent and _verb(doc, ws[k])


_PAST = "ed"  # "the Forum published", "the Forum called": a regular past, read with no tagger


def _verb(doc: Doc, w: Word) -> bool:
    """A conjugated verb or an auxiliary: the tagger's (not a participle: "le Forum organisé à Lyon"), or without a
    tagger (English) a verb of the closed lists, an irregular past or a regular one."""
    if doc.has_annotation("POS"):
        token = doc[w.i]
        return token.pos_ == "AUX" or token.pos_ == "VERB" and "Part" not in token.morph.get("VerbForm", [])
    key = fold(w.text)
    if not w.text.isalpha() or not w.text.islower():
        return False
    return key in lx.UNTAGGED_VERBS or key in lx.IRREGULAR_PASTS or key.endswith(_PAST)


def _noun(doc: Doc, w: Word) -> bool:
    """A common noun: the tagger's, or without a tagger a lower-case word that is no stop word."""
    if doc.has_annotation("POS"):
        return doc[w.i].pos_ == "NOUN"
    return fold(w.text) not in lx.STOP_WORDS


def _agent_or_owner(doc: Doc, ws: list[Word], m: Mention) -> bool:
    """ "served by the Forum", "le rapport du Forum", "the summit of the Forum": the agent of a passive, or "of" after
    a common noun that is no gathering's part, visit or edition ("l'inauguration du Forum", "la sixième édition du
    Forum" name the event)."""
    k = m.wa - 1
    while k >= 0 and fold(ws[k].text) in lx.ARTICLES and fold(ws[k].text) not in OF_WORDS:
        k -= 1
    if k < 0 or ws[k].sent != m.sent:
        return False
    if fold(ws[k].text) in lx.REPORT_AGENTS:
        return True
    if fold(ws[k].text) not in OF_WORDS:
        return False
    n = k - 1
    while n >= 0 and k - n <= _ADJECTIVES_BEFORE_OF and doc.has_annotation("POS") and doc[ws[n].i].pos_ == "ADJ":
        n -= 1
    if n < 0 or ws[n].sent != m.sent or not ws[n].text.isalpha() or not ws[n].text.islower():
        return False
    noun = fold(ws[n].text)
    return _noun(doc, ws[n]) and noun not in lx.ATTENDANCE_WORDS | lx.VISIT_NOUNS | lx.EVENT_NAME_HEADS
