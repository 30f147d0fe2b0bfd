"""Which way a date points: the tense of the verb that governs it.

"se rendra mercredi" (future) is the next Wednesday, "a déclaré mardi" (past) the last
Tuesday. Without a parser we read tense from surface cues: auxiliaries + participles,
future and imperfect endings, modals of plan ("doit", "devrait", "will", "is due to").
The cue nearest the date wins; cues beyond a comma count as farther away, because a
comma often closes the clause the date belongs to. With a spaCy Doc, its morphology
(Tense=Fut/Past/Imp) adds cues of the same kind.
"""

from __future__ import annotations

import functools
import re
from typing import Literal, cast

from generator.lang import Language

from .context import event_nouns

Tense = Literal["past", "future", "present"]

_COMMA_PENALTY = 40  # chars a comma adds to the distance of a cue across it
_MAX_DISTANCE = 120  # chars (with penalties) beyond which a cue is another clause's


@functools.cache
def _cue_patterns(language: Language) -> list[tuple[Tense, re.Pattern[str]]]:
    """The language's tense cues, compiled once."""
    return [(cast(Tense, label), re.compile(pattern, re.IGNORECASE)) for label, pattern in language.tense_cues]


def _cues(sentence: str, language: Language) -> list[tuple[int, int, Tense]]:
    table = _cue_patterns(language)
    out = []
    for label, pattern in table:
        for m in pattern.finditer(sentence):
            out.append((m.start(), m.end(), label))
    return out


def cue_tenses(clause: str, language: Language) -> set[Tense]:
    """The tenses of the cues anywhere in `clause` ("seront": future, "n'avait pas fait": past)."""
    return {label for _, _, label in _cues(clause, language)}


def past_after(sentence: str, offset: int, language: Language) -> bool:
    """Whether a past-tense cue follows `offset` in the sentence ("ajourné au 15 mars, a repris mardi")."""
    return any(label == "past" and start >= offset for start, _, label in _cues(sentence, language))


def tense_at(
    sentence: str, start: int, end: int, language: Language, extra: list[tuple[int, int, Tense]] | None = None
) -> Tense | None:
    """Tense governing the span [start, end) of `sentence` (offsets into it), or None if no cue is found.

    `extra` holds cues from a parser (offsets into the sentence), used when the surface cues find nothing.
    """

    opens = _opens(sentence, start)

    def outside(c: tuple[int, int, Tense]) -> bool:
        return (
            (c[1] <= start or c[0] >= end)
            and not _announces(sentence, c, start, language)
            and not (not opens and _subordinate(sentence, c, start, end, language))
        )

    cues = [c for c in _cues(sentence, language) if outside(c)] + _ahead_of(sentence, start, language)
    if extra and not cues:
        cues = [c for c in extra if outside(c)]  # the parser fills in where surface cues say nothing
    if not cues:
        return None
    best: tuple[float, Tense] | None = None
    nearest: tuple[int, int, Tense] | None = None
    for s, e, label in cues:
        if e <= start:
            gap = sentence[e:start]
            dist = start - e
        else:
            gap = sentence[end:s]
            dist = s - end + 5  # a verb before the date usually governs it (French and English both)
        if s >= end and opens:
            # "Mercredi, 36 jurés (12 effectifs et 24 suppléants) ont été retenus": the date frames the clause after
            # its comma, and a parenthesis closed before the verb is an aside of its subject, not a clause's end
            # "On Tuesday, the deputy minister, Jane Doe, told the court": the main clause's verb comes after its whole
            # subject, its appositions between commas included; a relative of the subject (", qui ...,") keeps its
            # commas, its verb being another clause's
            gap = _ASIDE.sub(" ", gap)
            relative = language.clause_openers and re.search(language.clause_openers, gap, re.IGNORECASE)
            gap = gap.replace(",", " ", 1) if relative else gap.replace(",", " ")
        # "(UK)", "(15e journée)", "le Conseil "Affaires étrangères"": a short aside or a quoted name, closed before the
        # date, belongs to a noun of the clause; it ends no clause
        gap = _NAME_ASIDE.sub(" ", gap)
        dist += _COMMA_PENALTY * (gap.count(",") + gap.count("(") + gap.count('"') + 3 * gap.count(";"))
        if best is None or dist < best[0]:
            best, nearest = (dist, label), (s, e, label)
    if best is None or best[0] > _MAX_DISTANCE:
        return None  # no verb close enough to govern the date: let the caller take the nearest reading
    if nearest and _attributes(sentence, nearest, end, language):
        return None  # the source's verb says when it spoke, not when the date is: the nearest reading again
    return best[1]


_ASIDE = re.compile(r"\([^()]*\)")
_NAME_ASIDE = re.compile(r"\([^(),;\n]{1,30}\)|\"[^\",;\n]{1,40}\"")
_OPENING_WORDS = 2  # what may come before a date that opens its sentence: "On", "Le", "Dès ce"


def _opens(sentence: str, start: int) -> bool:
    """Whether the date opens its sentence, its comma then the end of a fronted complement ("Mercredi, ...", "Le
    3 mars, ...", "On Tuesday, ..."), not of the date's clause."""
    return len(sentence[:start].strip(" \t\n-–—•*\"«“'").split()) <= _OPENING_WORDS


def _subordinate(sentence: str, cue: tuple[int, int, Tense], start: int, end: int, language: Language) -> bool:
    """Whether a cue after the date is the verb of a relative or completive clause opened between them ("adopted a
    budget on Thursday which will fund two schools", "a annoncé mardi qu'il se rendra à Berlin"): that clause has
    its own time, and the date is the main clause's. A date that opens its sentence frames the main clause after it,
    whose verb may come after a relative of its subject: there the cue is kept."""
    s = cue[0]
    if s < end or not language.clause_openers:
        return False
    if language.date_of_noun and re.search(language.date_of_noun, sentence[max(0, start - 30) : start], re.IGNORECASE):
        return False  # "the June 9 fire that destroyed the mill": the relative is the event's, whose day it dates
    return bool(re.search(language.clause_openers, sentence[end:s], re.IGNORECASE))


def _announces(sentence: str, cue: tuple[int, int, Tense], start: int, language: Language) -> bool:
    """Whether a past cue is a verb announcing the event the date belongs to: "has announced strikes on 13
    December", "a annoncé une grève le 13 décembre" (an event noun between them); the announcement is past,
    the strikes are not."""
    s, e, label = cue
    if label != "past" or e > start or not language.announcing_verbs:
        return False
    if not re.search(language.announcing_verbs, sentence[s:e], re.IGNORECASE):
        return False
    return bool(event_nouns(language).search(sentence[e:start]))


def _ahead_of(sentence: str, start: int, language: Language) -> list[tuple[int, int, Tense]]:
    """The words before the date that say an event comes after them ("ahead of the Oct. 27 election"), as
    cues of the future; after the date they say nothing of it ("met on Saturday ahead of the election")."""
    if not language.ahead_of:
        return []
    return [(m.start(), m.end(), "future") for m in re.finditer(language.ahead_of, sentence[:start], re.IGNORECASE)]


_TAIL_WORDS = 6  # "in a statement on Tuesday": what may follow the speech verb that closes a sentence


def _attributes(sentence: str, cue: tuple[int, int, Tense], end: int, language: Language) -> bool:
    """Whether a past cue after the date is the speech verb of the attribution that closes the sentence ("he
    will host the summit on May 22, the ministry said in a statement", "le sommet aura lieu le 22 mai, a
    indiqué le ministère"): it tells when the source spoke, which says nothing of the date's tense."""
    s, e, label = cue
    if label != "past" or s < end or "," not in sentence[end:s]:
        return False
    said = sentence[s:e].lower().split()
    if not said or not set(said) & _speech_verbs(language):
        return False
    after = sentence[e:].strip(' .!?»"”')
    return "," not in after and len(after.split()) <= _TAIL_WORDS


@functools.cache
def _speech_verbs(language: Language) -> frozenset[str]:
    return frozenset(v.lower() for v in language.quotes.speech_verbs if " " not in v)


def spacy_cues(doc, sent_start: int, sent_end: int) -> list[tuple[int, int, Tense]]:
    """Tense cues from a spaCy Doc's morphology, as offsets relative to `sent_start`."""
    out: list[tuple[int, int, Tense]] = []
    for tok in doc.char_span(sent_start, sent_end, alignment_mode="expand") or []:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        label = _verb_tense(tok)
        if label:
            out.append((tok.idx - sent_start, tok.idx - sent_start + len(tok.text), label))
    return out


_CARRIED = ("Inf", "Ger")  # verb forms with no tense of their own: an infinitive, a gerund ("en trouvant")


def governing_tense(doc, sent_start: int, sentence: str, start: int, end: int, language: Language) -> Tense | None:
    """The tense of the verb the parse hangs the date on, for a date no surface cue is close enough to govern ("les
    chercheurs ont compté les messages publiés (en cinq langues), trouvant 10.000 messages entre le 4 et le 19 mars":
    the date hangs on "trouvant", which takes the time of "ont compté"). `sentence` is the text from `sent_start`,
    offsets are relative to it; a head outside it is another line's (the parse may join a heading to the line after).

    Only a date that is the verb's own complement: a date that hangs on a noun ("l'attaque du 7 avril", "un préavis
    pour le 28 juin") dates that noun's event, whatever the clause's tense. An adverbial present participle, an
    infinitive or a gerund carries the tense of the verb it depends on; a participle that qualifies a noun ("une grève
    démarrant le 22 juin"), a past participle alone ("prévu le 5 mai") or a present says nothing, and a past verb that
    announces an event named before the date ("a déposé un préavis de grève pour le 28 juin") is the announcement's."""
    span = doc.char_span(sent_start + start, sent_start + end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span.root
    for _ in range(len(doc)):
        head = tok.head
        at = head.idx - sent_start
        if head is tok or not 0 <= at < len(sentence):
            return None
        if head.pos_ in ("VERB", "AUX"):
            if not _carries(head):
                tense = _verb_tense(head)
                announces = _announces(sentence, (at, at + len(head.text), "past"), start, language)
                return None if tense == "past" and announces else tense
            if head.dep_.split(":")[0] not in _CARRYING_LINKS:
                return None
        elif head.pos_ != "NUM" and not span.start <= head.i < span.end:
            return None  # the date is a noun's complement, the event of that noun's own time
        tok = head  # a day number of the same list ("entre le 4 et le 19 mars"), the date's own words, a carrier
    return None


_CARRYING_LINKS = ("advcl", "xcomp")  # a verb form that takes its time from its head: an adjunct or a complement


def _carries(tok) -> bool:
    """Whether a verb takes its time from the verb it depends on: an infinitive, a gerund, a present participle."""
    form, tense = tok.morph.get("VerbForm"), tok.morph.get("Tense")
    return any(f in form for f in _CARRIED) or ("Part" in form and "Pres" in tense)


def _verb_tense(tok) -> Tense | None:
    """The direction a verb's own morphology gives: a future or conditional, a past finite form, a passé composé."""
    tense, form = tok.morph.get("Tense"), tok.morph.get("VerbForm")
    if "Fut" in tense or "Cnd" in tok.morph.get("Mood"):
        return "future"
    if "Fin" in form and ("Imp" in tense or "Past" in tense):
        return "past"  # imparfait, passé simple
    if "Part" in form and "Past" in tense and any(c.pos_ == "AUX" and c.lemma_ == "avoir" for c in tok.children):
        return "past"  # passé composé with avoir; "est prévu" (passive) says nothing
    return None
