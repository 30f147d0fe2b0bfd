"""What the typing cues read about a run of capitalised words: the candidate, the evidence a cue gives, and
the words around a name that several cues read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.runs import complement_of_complement
from generator.extract.ner.text import doc_text
from generator.extract.ner.words import (
    DETERMINERS,
    OF_WORDS,
    Word,
    ent_label,
    sentence_start,
)

# "le gouvernement Aznar", "the Obama administration": the name after these nouns is a person's.


@dataclass
class Mention:
    text: str  # as written, without determiner or honorific
    label: str  # PER, ORG or LOC
    start: int
    end: int
    i: int  # token span in the doc
    j: int
    sent: int
    wa: int = 0  # word span (see `words`)
    wb: int = 0
    honorific: str = ""  # the honorific written before it ("M."), if any
    acting: bool = False  # speaks or acts in the sentence (an institution building is then an organisation)
    tentative: bool = False  # a person by shape only (rules, no recogniser): kept if the text backs it up
    recognised: bool = False  # typed by the recogniser's vote alone, no cue of our own
    by_town_list: bool = False  # a place only because the world's towns list has the word
    team: bool = False  # a team a match sets against another: every mention of its name is the team
    title: str = ""  # a role's title written in capitals that ran into the name ("Minister for Energy and Irrigation")


def previous_words(ws: list[Word], a: int, count: int) -> list[str]:
    return [fold(w.text) for w in ws[max(0, a - count) : a] if w.sent == ws[a].sent]


def org_head_before(ws: list[Word], a: int, b: int) -> bool:
    """An organisation noun before the name ("le groupe KNDS") or in apposition after it ("Nexter, la filiale")."""
    prev = previous_words(ws, a, 3)
    # (not after a preposition: "visite d'exploitation agricole à Moindou" is where the farm is)
    at = bool(prev) and prev[-1] in lx.PLACE_PREPOSITIONS
    # (a head in lower case or opening its sentence, "Exploitation agricole X": in "SNCF Réseau. - Match ...", a name's
    # word before a line's first word)
    heads = [
        w
        for n, w in enumerate(ws[:a][-3:], start=max(0, a - 3))
        if w.sent == ws[a].sent and (w.text.islower() or sentence_start(ws, n))
    ]
    if any(fold(w.text) in lx.ORG_HEADS for w in heads) and not any(lx.is_role_head(p) for p in prev[-2:]) and not at:
        return True
    if _head_of_field(ws, a):
        return True
    nxt = [fold(w.text) for w in ws[b : b + 3] if w.sent == ws[a].sent]
    return (
        len(nxt) >= 2
        and nxt[0] == ","
        and (nxt[1] in lx.ORG_HEADS or nxt[1] in DETERMINERS and len(nxt) > 2 and nxt[2] in lx.ORG_HEADS)
    )


def _head_of_field(ws: list[Word], a: int) -> bool:
    """ "le géant français de l'aéronautique Safran", "le groupe mondial du luxe LVMH": an organisation noun, a
    nationality or an adjective, then its field ("de", maybe an article, one noun in lower case) right before the
    name."""
    k = a - 1
    if k < 2 or not ws[k].text.isalpha() or not ws[k].text.islower() or fold(ws[k].text) in lx.STOP_WORDS:
        return False
    k -= 1
    if fold(ws[k].text) in lx.ARTICLES_AFTER_OF and fold(ws[k].text) not in OF_WORDS:
        k -= 1
    if k < 1 or fold(ws[k].text) not in OF_WORDS or any(w.sent != ws[a].sent for w in ws[k - 1 : a]):
        return False
    k -= 1
    # (the head qualified first: not "une équipe de la zone X", where the noun is a place's)
    qualified = ws[k].text.isalpha() and ws[k].text.islower() and fold(ws[k].text) not in lx.ORG_HEADS
    return qualified and k > 0 and ws[k - 1].text.islower() and fold(ws[k - 1].text) in lx.ORG_HEADS


def acting(doc: Doc, ws: list[Word], a: int, b: int) -> bool:
    """The name is the subject of a verb or the source of a statement ("a indiqué le quai d'Orsay")."""
    nxt = ws[b].text if b < len(ws) and ws[b].sent == ws[a].sent else ""
    prev = previous_words(ws, a, 6)
    if nxt.lower() in lx.SPEECH_OR_ACTION or any(p in lx.ACCORDING_TO for p in prev[-3:]):
        return True
    if prev and prev[-1] in lx.ARTICLES and len(prev) >= 2 and prev[-2] in lx.QUOTE_VERBS | lx.MEDIUM_VERBS:
        # inverted subject after a verb of speech and a definite article: "a indiqué le quai d'Orsay", "said the White
        # House"; not after any verb's ending ("will visit the White House", "visited the Israel Museum", "a visité le
        # musée X"), whose object the name is, the building where something happens; nor an indefinite article ("said
        # a DDoS attack")
        return True
    # ... or after an object pronoun, an auxiliary, a participle and one or two words: "comme l'a dévoilé en amont
    # l'Élysée" (the pronoun is the object: what follows is the subject; not "il a visité hier le Kremlin")
    for gap in (3, 4):
        if not (prev and prev[-1] in DETERMINERS and len(prev) > gap + 1 and prev[-gap - 1] in lx.AUXILIARIES):
            continue
        if prev[-gap - 2] in lx.ARTICLES and ws[a - gap].text.endswith(lx.PAST_ENDINGS):  # (as written: "dévoilé")
            return True
    return bool(doc.has_annotation("DEP") and doc[ws[a].i].dep_.startswith("nsubj"))


# what may come before a line's or an item's first word: bullets, dashes, quotation marks, a list number ("2)", "b.")
_LINE_OPENING = re.compile(r"(?:[\s\-–—•*·>‘'\"“«(]|\d{1,2}[.)]|[a-z]\))*")


def opens_line(text: str, start: int) -> bool:
    """Whether only bullets, quotation marks or a list number stand between the start of the line, or of a list
    item after a sentence's end, and `start`."""
    line = text.rfind("\n", 0, start) + 1
    head = text[line:start]
    end = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))
    return bool(_LINE_OPENING.fullmatch(head[end + 2 :] if end >= 0 else head))


# Limits the typing cues use, in one table.
@dataclass(frozen=True)
class _Limits:
    min_name_chars: int = 2  # a name has two characters at least ("G8"; not "A")
    context_words: int = 2  # words before the name the cues read ("le ministre X", "M. X")
    place_context_words: int = 3  # ... and to find a place preposition over an article ("à la Mosson")
    role_name_words: int = 4  # a role before a run makes a person of four words at most
    given_name_words: int = 4  # a given name makes a person of four words at most, particles aside
    lone_word_chars: int = 3  # without a recogniser, a lone capitalised word needs three characters
    capitals_word_letters: int = 4  # a word of the language in capitals is no acronym from four letters ("LUTTE")
    medium_reach: int = 6  # words back from "sur", "on" to the speech verb ("a assuré le directeur X sur franceinfo")


LIMITS = _Limits()


class Candidate:
    """The capitalised words [a, b) to type and what the cues read about them, each computed once."""

    def __init__(
        self,
        doc: Doc,
        ws: list[Word],
        a: int,
        b: int,
        lang: str,
        has_ner: bool,
        names: dict[str, bool],
    ) -> None:
        self.doc, self.ws, self.a, self.b, self.lang, self.has_ner, self.names = doc, ws, a, b, lang, has_ner, names
        text = doc_text(doc)[ws[a].start : ws[b - 1].end]
        if re.search(r"\w{2}[.;:!?]-?$", text) and fold(ws[b - 1].text) not in lx.HONORIFICS:
            text = re.sub(r"[.;:!?]-?$", "", text)  # "Paris.-": the name without the punctuation glued to it
        self.text = text
        self.key = fold(text)
        self.single = b - a == 1
        self.words = [fold(w.text) for w in ws[a:b]]
        self.prev = previous_words(ws, a, LIMITS.context_words)
        self.honorific = ws[a - 1].text if a > 0 and self.prev and self.prev[-1] in lx.HONORIFICS else ""
        if not self.honorific and len(self.prev) >= 2 and self.prev[-1] == "." and self.prev[-2] + "." in lx.HONORIFICS:
            self.honorific = ws[a - 2].text + "."  # "the Hon. X": the tokenizer split the style's full stop off

    @cached_property
    def at_start(self) -> bool:
        """The first word of its sentence, or of its line or list item ("- Today's news", "2) Essayer de",
        "‘Stability will be"): a page's lines and items capitalise their first word as a sentence does."""
        return sentence_start(self.ws, self.a) or opens_line(doc_text(self.doc), self.ws[self.a].start)

    @cached_property
    def spacy_label(self) -> str | None:
        return ent_label(self.doc, self.ws[self.a].i, self.ws[self.b - 1].j) if self.has_ner else None

    @cached_property
    def place(self) -> str | None:
        return lx.place_name(self.text, self.lang)

    @cached_property
    def town(self) -> bool:
        return lx.is_town(self.text)

    @cached_property
    def subdivision(self) -> bool:
        return lx.is_subdivision(self.text)

    @cached_property
    def given_name_place(self) -> bool:
        return lx.is_given_name_place(self.text)

    @cached_property
    def acting(self) -> bool:
        return acting(self.doc, self.ws, self.a, self.b)


@dataclass(frozen=True)
class Evidence:
    """What a cue says the candidate is: a label, or None for "not a name"."""

    label: str | None
    tentative: bool = False  # a person by shape only (rules, no recogniser): kept if the text backs it up
    by_town_list: bool = False  # a place by the world's towns list alone: the text's own cues elsewhere win
    team: bool = False  # a team in a match report ("contre X", "X 3-0"): its town's name elsewhere is the team


def complement_of_role(ws: list[Word], a: int) -> bool:
    """The words right before are a role word, maybe adjectives, "de" and maybe an article ("maire de")."""
    k = a - 1
    while k >= 0 and fold(ws[k].text) in lx.ARTICLES and ws[k].sent == ws[a].sent:
        k -= 1
    if k < 1 or fold(ws[k].text) not in OF_WORDS or ws[k].sent != ws[a].sent:
        return False
    for j in range(k - 1, max(-1, k - 3), -1):
        if lx.is_role_head(ws[j].text):
            return True
        if not ws[j].text.isalpha():
            return False
    return complement_of_complement(ws, k - 1)  # "directeur de l'Hôpital universitaire de Brno"
