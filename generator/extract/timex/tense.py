"""Which way a date points: the tense of the verb that governs it.

"se rendra mercredi" (future) is the next Wednesday, "a déclaré mardi" (past) the last
Tuesday. Without a parser we read tense from surface cues: auxiliaries + participles,
future and imperfect endings, modals of plan ("doit", "devrait", "will", "is due to").
The cue nearest the date wins; cues beyond a comma count as farther away, because a
comma often closes the clause the date belongs to. With a spaCy Doc, its morphology
(Tense=Fut/Past/Imp) adds cues of the same kind.
"""

from __future__ import annotations

import re
from typing import Literal

Tense = Literal["past", "future", "present"]

_ADVERBS = (
    r"(?:(?:été|pas|plus|jamais|déjà|aussi|également|encore|bien|notamment|toutefois|ensuite|alors|finalement|même"
    r"|en\s+effet|d['’]abord|dû|pu|su|voulu|fait|su|tout|tous|très|longtemps|enfin|ainsi)\s+)*"
)
# Verbs conjugated with être in the passé composé: "est arrivé" is past, "est prévu" a passive present.
_ETRE_PAST = (
    r"(?:arriv|parti|venu|mort|né|décédé|tomb|allé|entr|sorti|rest|devenu|retourn|rentr|revenu|pass|intervenu|survenu"
    r"|apparu|parvenu)(?:e|é|ée|és|ées|s|es)?"
)
# A past participle after avoir: not a determiner or a noun ("ont rendez-vous", "a des ...").
_PARTICIPLE = (
    r"(?!(?:des|les|ses|mes|tes|ces|nos|vos|leurs|plus|pas|moins|très|trop|tout|tous|toutes|sept|huit|lieu|besoin|peur"
    r"|envie|raison|tort|droit|rendez|affaire|beau|hâte|jusqu|depuis|dès|après)\b)\w+(?:é|ée|és|ées|i|ie|is|ies|it|ite|its|u|ue|us|ues|t|te|ts|tes"
    r"|s)\b"
)
_FR_CUES: list[tuple[Tense, re.Pattern[str]]] = [
    (
        "future",
        re.compile(
            # simple future and conditional (a future seen from the past): "se rendra", "se rendrait"
            r"\b(?:\w{2,}(?:eront|iront|ront|rai|ras|rons|rez|rait|raient)|\w{3,}(?:era|ira|dra|tra|ura|vra|ora)"
            r"|sera|aura|fera|ira|devra|pourra|saura|verra|faudra|vaudra|viendra|tiendra)\b"
            # periphrastic future and modals of plan + infinitive: "va signer", "doit participer"
            r"|\b(?:va|vont|allons|allez|doit|doivent|devait|devaient|pourrait|pourraient|peut|peuvent|compte|comptent"
            r"|entend|entendent|souhaite|souhaitent|veut|veulent|prévoit|prévoient|espère|espèrent|envisage|envisagent)\s+"
            r"(?:(?:ensuite|aussi|également|encore|bien|pas|y|en|se|s['’]|le|la|les|lui|leur|me|nous|vous)\s+)*"
            r"\w+(?:er|ir|re|oir)\b"
            # the present of scheduling and travel verbs announces: "Macron se rend jeudi à Berlin"
            r"|\b(?:se\s+rend(?:ent)?|se\s+réuni(?:t|ssent)|se\s+tien(?:t|nent)|se\s+déroulen?t?|a\s+lieu|ont\s+lieu"
            r"|débuten?t?|commencen?t?|s['’]ouvren?t?|reçoi(?:t|vent)|accueillen?t?|rencontren?t?|entamen?t?|s['’]envolen?t?"
            r"|est\s+attendue?|sont\s+attendue?s|entren?t?\s+en\s+vigueur|expiren?t?)\b"
            r"|\b(?:soit|soient)\s+\w+"  # subjunctive: "que le bilan soit rendu public lundi" is still to come
            r"|\b(?:prévue?s?|programmée?s?|attendue?s?|annoncée?s?\s+pour|à\s+venir|aura\s+lieu|auront\s+lieu"
            r"|se\s+tiendra|prochaine?s?|fixée?s?|reportée?s?|convoquée?s?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "past",
        re.compile(
            r"\b(?:a|ont|avait|avaient|avons|avez|eut|eurent|ayant|aurait|auraient|a-t-(?:il|elle|on)|ont-(?:ils|elles))\s+"
            + _ADVERBS
            + _PARTICIPLE
            + r"|\b(?:s['’]est|se\s+sont|s['’]était|s['’]étaient|était|étaient|fut|furent)\s+"
            + _ADVERBS
            + r"\w{2,}\b"
            r"|\b(?:est|sont)\s+" + _ADVERBS + _ETRE_PAST + r"\b"
            r"|\b\w{2,}(?<!r)(?:ait|aient)\b|\b(?:hier|dernier|dernière|derniers|dernières|passé|passée)\b"
            # a participle in apposition just before its date: "Le ministre, arrivé en février 2022", "(né le 3 mai
            # 1950)"; not "qui sera signé en juin"
            r"|[,(]\s?(?:né|arrivé|élu|créé|fondé|signé|adopté|nommé|décédé|disparu|mort|entré|parti|installé|lancé"
            r"|inauguré|libéré|arrêté|condamné|investi)e?s?(?=\s+(?:en|le|depuis|au\s+début|à\s+la\s+fin)\b)",
            re.IGNORECASE,
        ),
    ),
]

_EN_PAST_IRREGULAR = (
    r"said|told|met|went|came|took|made|gave|held|left|began|saw|found|got|sent|spoke|wrote|won|lost|fell|rose|paid|"
    r"bought|sold|brought|thought|felt|kept|led|ran|struck|shot|fought|flew|drove|knew|became|broke|chose|"
    r"did|had|was|were|stood|sat|heard|meant|built|spent|taught|caught|sought|withdrew|overtook|forgot|understood"
)
# "-ed" after be, stay, remain, get is an adjective or a passive, not a past: "schools will stay closed"
_EN_NOT_PASSIVE = "".join(
    rf"(?<!\b{w}\s)"
    for w in (
        "be",
        "is",
        "are",
        "am",
        "been",
        "being",
        "stay",
        "stays",
        "remain",
        "remains",
        "get",
        "gets",
        "will",
        "to",
        "become",
        "becomes",
    )
)
_EN_CUES: list[tuple[Tense, re.Pattern[str]]] = [
    (
        "future",
        re.compile(
            # infinitive passive: "to be published", "will be held"
            r"\b(?:will|to|would|could|should|may|might|must|shall)\s+(?:not\s+)?be\s+(?:\w+ly\s+)?\w+\b"
            r"|\bbe\s+(?:\w+ly\s+)?\w+ed\b"
            r"|\b(?:will|won['’]t|shall|['’]ll|going\s+to|due\s+to|scheduled|expected\s+to|plans?\s+to|planned|set\s+(?:to|for)|would"
            r"|to\s+be\s+held|upcoming|next|slated|intends?\s+to|aims?\s+to|hopes?\s+to|will\s+be"
            # the present of scheduling and travel verbs announces: "voters head to the polls on Sunday"
            r"|opens|begins|starts|meets|heads|travels|visits|hosts|resumes|kicks\s+off|takes\s+place|convenes|head\s+to|meet"
            r"|takes?\s+effect|comes?\s+into\s+force|expires"
            r"|vote|gather|travel\s+to"
            r"|is\s+expected|are\s+expected)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "past",
        re.compile(
            rf"\b(?:{_EN_PAST_IRREGULAR})\b|{_EN_NOT_PASSIVE}\b\w{{3,}}ed\b|\b(?:ago|last|yesterday|earlier)\b",
            re.IGNORECASE,
        ),
    ),
]

_COMMA_PENALTY = 40  # chars a comma adds to the distance of a cue across it
_MAX_DISTANCE = 120  # chars (with penalties) beyond which a cue is another clause's


def _cues(sentence: str, lang: str) -> list[tuple[int, int, Tense]]:
    table = _FR_CUES if lang == "fr" else _EN_CUES
    out = []
    for label, pattern in table:
        for m in pattern.finditer(sentence):
            out.append((m.start(), m.end(), label))
    return out


def past_after(sentence: str, offset: int, lang: str) -> bool:
    """Whether a past-tense cue follows `offset` in the sentence ("ajourné au 15 mars, a repris mardi")."""
    return any(label == "past" and start >= offset for start, _, label in _cues(sentence, lang))


def tense_at(
    sentence: str, start: int, end: int, lang: str, extra: list[tuple[int, int, Tense]] | None = None
) -> Tense | None:
    """Tense governing the span [start, end) of `sentence` (offsets into it), or None if no cue is found.

    `extra` holds cues from a parser (offsets into the sentence), used when the surface cues find nothing.
    """
    cues = [c for c in _cues(sentence, lang) if c[1] <= start or c[0] >= end]
    if extra and not cues:
        cues = [c for c in extra if c[1] <= start or c[0] >= end]  # the parser fills in where surface cues say nothing
    if not cues:
        return None
    best: tuple[float, Tense] | None = None
    for s, e, label in cues:
        if e <= start:
            gap = sentence[e:start]
            dist = start - e
        else:
            gap = sentence[end:s]
            dist = s - end + 5  # a verb before the date usually governs it (French and English both)
        dist += _COMMA_PENALTY * (gap.count(",") + gap.count("(") + gap.count('"') + 3 * gap.count(";"))
        if best is None or dist < best[0]:
            best = (dist, label)
    if best is None or best[0] > _MAX_DISTANCE:
        return None  # no verb close enough to govern the date: let the caller take the nearest reading
    return best[1]


def spacy_cues(doc, sent_start: int, sent_end: int) -> list[tuple[int, int, Tense]]:
    """Tense cues from a spaCy Doc's morphology, as offsets relative to `sent_start`."""
    out: list[tuple[int, int, Tense]] = []
    for tok in doc.char_span(sent_start, sent_end, alignment_mode="expand") or []:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        tense, form = tok.morph.get("Tense"), tok.morph.get("VerbForm")
        label: Tense | None = None
        if "Fut" in tense or "Cnd" in tok.morph.get("Mood"):
            label = "future"
        elif "Fin" in form and ("Imp" in tense or "Past" in tense):
            label = "past"  # imparfait, passé simple
        elif "Part" in form and "Past" in tense and any(c.pos_ == "AUX" and c.lemma_ == "avoir" for c in tok.children):
            label = "past"  # passé composé with avoir; "est prévu" (passive) says nothing
        if label:
            out.append((tok.idx - sent_start, tok.idx - sent_start + len(tok.text), label))
    return out
