"""Names of things that read like people's names: a ship, a work's title, a building's name in quotation marks.

A person is named in running text without quotation marks and without a common noun before the name that says what
kind of thing it is. A ship is named after its prefix or after a vessel noun ("USS Iwo Jima", "le navire Ocean
Viking"); a title, a building or a product is put between quotation marks right after the noun that says what it is,
an article or a word that gives the title ("le bâtiment « Justus Lipsius »", "the 'Friendship Dam'", "une tapisserie
intitulée « Conversation with Smaug »"); a work's title may also come right after its noun ("the novel Anna
Karenina").

A code or an acronym of a kind of thing reads like a body's acronym: a thing's code mixes letters and digits ("CO2",
"FFP2", "CE1", "K-12", "Courtroom 9B"), a thing's acronym is one of the language's (lexicon.THING_ACRONYMS: "DNA",
"OGM") and a time zone follows a clock time ("6:05 p.m. ADT"). Either is an organisation only where its context says
so (`thing_code`).
"""

from __future__ import annotations

import re

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.cue import Candidate, org_head_before
from generator.extract.ner.roles import line_break, singular_role
from generator.extract.ner.words import DETERMINERS, LOC, Word

_OPENING = ("«", "“", '"', "'", "‘", "„")
# letters and digits in one word, maybe cut by a hyphen or a full stop: "CO2", "FFP2", "K-12", "RTO-4", "35A"
_CODE = re.compile(r"(?=[\w.-]*\d)(?=[\w.-]*[^\W\d_])\w+(?:[-.]\w+)*\.?")
# a clock time or its half of the day right before a time zone: "6:05 p.m. ADT", "14h30 GMT", "10 am IST"
_CLOCK = re.compile(r"\d{1,2}(?:[:.h]\d\d)?|[ap]\.?m\.?|\d{1,2}[ap]m|h", re.I)
_CLOSING = ("»", "”", '"', "'", "’", "“")


def _word_before(c: Candidate) -> Word | None:
    """The word right before the name on its line and in its sentence: a line that ends without a full stop (a
    caption, a media player's label: "placeholder video") is glued to the next in one sentence, but its last word
    says nothing of a name that opens the next line ("placeholder video" / "Didier Deschamps annoncera ...")."""
    ws, a = c.ws, c.a
    if a < 1 or ws[a - 1].sent != ws[a].sent or line_break(c.doc, ws, a - 1):
        return None
    return ws[a - 1]


def _ship(c: Candidate) -> bool:
    """ "USS Iwo Jima", "HMS Queen Elizabeth", "le navire Ocean Viking": a ship's name, after its prefix or its noun."""
    word = _word_before(c)
    before = fold(word.text) if word is not None else ""
    prefixed = not c.single and c.words[0] in lx.SHIP_PREFIXES or before in lx.SHIP_PREFIXES
    return prefixed or before in lx.VESSEL_NOUNS


def _opening_before(ws: list[Word], a: int) -> int:
    """The index of the opening quotation mark the words before `a` open, in the same sentence, or -1."""
    n = a - 1
    while n >= 0 and ws[n].sent == ws[a].sent:
        if ws[n].text in _OPENING:
            return n
        if ws[n].text in _CLOSING:
            return -1
        n -= 1
    return -1


def _thing_noun(c: Candidate, w: Word) -> bool:
    """The word before the quotation says what is quoted: an article, a word that gives a title, or a common noun
    (the tagger's, not a role: 'le ministre « X »' names a person)."""
    key = fold(w.text)
    if key in DETERMINERS or key in lx.TITLE_WORDS:
        return True
    if not (w.text.isalpha() and w.text.islower()) or lx.is_role_head(w.text) or key in lx.LEADER_NOUNS:
        return False
    return c.has_ner and c.doc[w.i].pos_ == "NOUN"


def _quoted_thing(c: Candidate) -> bool:
    """The name fills a pair of quotation marks after a common noun or an article ("le bâtiment « X »", "the 'X
    Dam'"), or stands in a quotation after a word that gives a title ("intitulée « Conversation with X »")."""
    ws, a, b = c.ws, c.a, c.b
    opening = _opening_before(ws, a)
    if c.honorific or opening < 1 or ws[opening - 1].sent != ws[a].sent:
        return False
    before = ws[opening - 1]
    closed = b < len(ws) and ws[b].sent == ws[a].sent and ws[b].text in _CLOSING
    whole = closed and opening == a - 1
    return whole and _thing_noun(c, before) or fold(before.text) in lx.TITLE_WORDS


def _work_title(c: Candidate) -> bool:
    """ "the novel Anna Karenina", "le film Anatomie d'une chute": the words right after a work's noun in lower case
    are its title."""
    before = _word_before(c)
    return before is not None and before.text.islower() and fold(before.text) in lx.WORK_NOUNS


def headed_by_its_kind(c: Candidate) -> str | None:
    """The kind of thing that the first of several capitalised words names, as a place's or a building's name opens
    with its noun in French ("Maison Allward", "Stade Pierre Mauroy", "Café de Flore"): LOC for a building or a site,
    "" for a work or a medium ("Vidéo YouTube", "Blog Mille Babords"), None when the first word is no such noun. A
    person's name opens with a given name or a title, never with these nouns (a given name that is one is left out)."""
    if c.single or c.honorific or not c.ws[c.a].text[:1].isupper() or c.words[0] in lx.FIRST_NAMES:
        return None
    head = c.words[0]
    # (a site's noun, "Stade", "Place", is the venue cue's, which comes before any person's)
    if head in lx.BUILDING_WORDS | lx.VISITED_VENUE_HEADS:
        return LOC
    return "" if head in lx.WORK_NOUNS else None


def named_thing(c: Candidate) -> bool:
    """The capitalised words name a ship, a work or a quoted building, no person."""
    return _ship(c) or _quoted_thing(c) or _work_title(c)


def after_a_thing_noun(c: Candidate) -> bool:
    """ "la vague Belharra", "l'atelier Titang Récup", "la ferme Bois Joli": a name right after a common noun and its
    article (an adjective may stand between them) is what the noun says it is. A person's name after a noun follows a
    word for a person ("le juge X", "le chanteur X", "le frère X", "le gouvernement X") or opens with a given name
    ("la victime Jean Dupont"). Read with a tagger only: it tells the noun."""
    ws, a = c.ws, c.a
    if not c.has_ner or c.honorific or a < 2 or c.words[0] in lx.FIRST_NAMES:
        return False
    noun = ws[a - 1]
    k = a - 2
    while k > 0 and ws[k].text.islower() and c.doc[ws[k].i].pos_ == "ADJ":
        k -= 1  # "la mythique vague X"
    if any(w.sent != ws[a].sent for w in (noun, ws[k])) or fold(ws[k].text) not in lx.ARTICLES:
        return False
    if line_break(c.doc, ws, a - 1):
        return False  # a line's last word heads no name that opens the next line
    if not (noun.text.isalpha() and noun.text.islower()) or c.doc[noun.i].pos_ != "NOUN":
        return False
    return not _person_noun(noun.text)


def _person_noun(word: str) -> bool:
    """A noun for a person or for what a person leads: a role, a trade known by its ending, a tie, a nationality, a
    party's member, a government ("le gouvernement X")."""
    key = fold(word)
    return (
        lx.is_role_head(word)
        or singular_role(word) is not None
        or lx.is_agent_noun(word)
        or lx.is_nationality(key)
        or key in lx.LEADER_NOUNS | lx.RELATIONAL_ROLES | lx.BELONGING_ROLES | lx.HONORIFICS | lx.PARTISANS
    )


def thing_code(c: Candidate) -> bool:
    """One word that is a thing's code ("CO2", "FFP2", "CE1", "K-12"), one of the languages' acronyms of things
    ("DNA testing", "an EV battery", "plantes OGM") or a time zone after a clock time ("6:05 p.m. ADT"): no
    organisation by its shape, unless the organisations' tables list it ("G7", "M6", "TF1") or an organisation's noun
    comes before it ("le groupe TNT", "la chaîne M6")."""
    if not c.single or c.key.replace(".", "") in lx.TABLE_ORGS or c.key in lx.KNOWN_ORGS:
        return False
    if lx.known_organisation(c.text) or org_head_before(c.ws, c.a, c.b):
        return False
    text = c.text.replace(".", "")
    # (the clock's word in any sentence: a splitter ends one on "p.m." before the zone's capitals)
    before = c.ws[c.a - 1].text if c.a > 0 else ""
    zone = text in lx.TIME_ZONES and bool(_CLOCK.fullmatch(before))
    return bool(_CODE.fullmatch(c.text)) and not _heads_its_phrase(c) or text in lx.THING_ACRONYMS or zone


# one letter or digit that names a line of a network after its acronym: "RER A", "RER B.", "TER 12"
_LINE = re.compile(r"[A-Z0-9]{1,2}\.?")


def kind_of_thing(c: Candidate) -> bool:
    """A thing's acronym of the language (lexicon.THING_ACRONYMS), alone or with the letter of one of its lines: "les
    RER", "le RER A", "le RER B.": a train network or one of its lines, no place, though a recogniser reads one where
    trains run."""
    words = c.ws[c.a : c.b]
    if words[0].text.replace(".", "") not in lx.THING_ACRONYMS:
        return False
    return all(_LINE.fullmatch(w.text) for w in words[1:])


def after_a_clock(c: Candidate) -> bool:
    """A clock time or its half of the day right before the words ("3pm UK", "14h30 Paris")."""
    before = c.ws[c.a - 1].text if c.a > 0 else ""
    return bool(_CLOCK.fullmatch(before)) and any(ch.isdigit() or ch in "mM" for ch in before)


def _heads_its_phrase(c: Candidate) -> bool:
    """The code is named, not used as a modifier: after a determiner and before no common noun it qualifies ("l'UIMM-88
    recevait hier", "les Réformistes du D66 (centre-gauche)"; not "the J8 summit", "the EU27 heads"). A body goes by
    such a code; a thing's code qualifies a noun or stands bare ("masques FFP2", "en CE1", "K-12 funding")."""
    ws, a, b = c.ws, c.a, c.b
    if a == 0 or ws[a - 1].sent != ws[a].sent or fold(ws[a - 1].text) not in DETERMINERS:
        return False
    nxt = ws[b] if b < len(ws) and ws[b].sent == ws[a].sent else None
    if nxt is None or not (nxt.text.isalpha() and nxt.text.islower()):
        return True
    # (a tagger tells the noun the code qualifies from the verb it is the subject of; without one, a lower-case word
    # after the code is taken for its noun)
    return c.doc.has_annotation("POS") and c.doc[nxt.i].pos_ not in ("NOUN", "ADJ", "PROPN")
