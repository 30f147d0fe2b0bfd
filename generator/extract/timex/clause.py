"""What happens at a date, read from the dependency parse: the clause that governs the date.

The parse gives what the word patterns of `context.event_phrase` cannot: the verb the date hangs on, its
real subject (a pronoun is replaced by the person it stands for), its objects, and nominal events
("la visite du 12 mai"). It is used where the pipeline has a parser (French, with spaCy's model); the
patterns remain the fallback, and the only reading where there is no parse.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.lang import Language
from generator.lang.folding import fold

from .wording import MAX_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# the parts of a clause that say what happens; the rest (subordinate and coordinated clauses,
# speech-verb frames, punctuation, conjunctions) belongs to other events
_CORE = frozenset(
    {
        "nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:arg", "obl:agent", "obl:mod", "xcomp",
        "expl:comp", "expl:pv", "expl:pass", "aux", "aux:tense", "aux:pass", "cop", "compound:prt", "prt",
        "dobj", "dative", "attr", "prep", "pobj", "agent", "auxpass", "nsubjpass",
    }
)  # fmt: skip
# inside a kept part, what is left out: relative clauses, appositions, parentheticals
_PRUNED = frozenset({"acl:relcl", "relcl", "appos", "parataxis", "advcl", "conj", "cc", "punct", "dislocated"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
_VERBAL = frozenset({"VERB", "AUX"})


def parsed_event(
    doc: Doc,
    start: int,
    end: int,
    language: Language,
    others: list[tuple[int, int]],
    event_noun: re.Pattern[str],
) -> str:
    """The event at the date found at [start, end) of `doc`'s text, or "" when the parse says nothing.

    `others` are the other dates of the sentence (offsets into the text), kept out of the phrase;
    `event_noun` finds the nouns that name an event ("sommet", "visite").
    """
    if not doc.has_annotation("DEP"):
        return ""
    date = doc.char_span(start, end, alignment_mode="expand")
    if date is None or not len(date):
        return ""
    blocked = {t.i for t in date}
    for a, b in others:
        other = doc.char_span(a, b, alignment_mode="expand")
        blocked.update(t.i for t in other or ())
    governor = _governor(date, blocked)
    if governor is None:
        return ""
    if governor.pos_ in ("NOUN", "PROPN") and event_noun.fullmatch(governor.text):
        return _words(_group(governor, blocked, _PRUNED | {"acl"}))
    verb = _verb(governor)
    if verb is None:
        return ""
    subject = _subject(verb)
    named = _set_at(subject, date, language, event_noun)
    if named is not None:  # "Les dates des élections ont été fixées aux 15 et 22 mars": the elections
        case = {c.i for c in named.children if c.dep_ == "case"}  # its preposition goes with the date noun
        return _words(_group(named, blocked | case, _PRUNED))
    if verb.lemma_ in language.event_light_verbs and subject is not None and _names_event(subject, event_noun):
        return _words(_group(subject, blocked, _PRUNED))
    tokens = [t for child in verb.children if child.dep_ in _CORE for t in _group(child, blocked, _PRUNED)]
    tokens.append(verb)
    head = verb.head
    if subject is None and verb.dep_ == "xcomp" and head.i != verb.i:
        # "Il doit se rendre à Paris": the subject and modal of the verb that governs the clause
        outer = _subject(head)
        if outer is not None:
            tokens.extend(_group(outer, blocked, _PRUNED))
            subject = outer
        tokens.extend(t for t in head.children if t.dep_.startswith("aux") and t.i not in blocked)
        tokens.append(head)
    words = _words(sorted(set(tokens), key=lambda t: t.i), replace=_resolved(subject, language))
    return words if len(words.split()) >= 2 else ""


def _governor(date: Span, blocked: set[int]) -> Token | None:
    """The first word above the date that is not part of a date or a function word."""
    token = date.root
    while token.i in blocked or token.pos_ in ("ADP", "DET", "NUM", "PUNCT"):
        if token.head.i == token.i:
            return None
        token = token.head
    return token


def _verb(token: Token) -> Token | None:
    """The verb whose clause holds `token` (itself when it is one)."""
    while token.pos_ not in _VERBAL:
        if token.head.i == token.i:
            return None
        token = token.head
    return token


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


def _set_at(subject: Token | None, date: Span, language: Language, event_noun: re.Pattern[str]) -> Token | None:
    """The event a date noun subject names, when the date is its value ("la date du procès, fixée au 12 mai")."""
    if subject is None or fold(subject.lemma_) not in language.date_nouns:
        return None
    before = date.doc.text[max(0, date.start_char - 30) : date.start_char]
    prepositions = "|".join(language.date_value_prepositions)
    # the preposition, then the days listed before this one ("aux 15 et 22 mars")
    listed = r"(?:\d{1,2}\w{0,2}\s*(?:,|\w{2,3}\s)?\s*)*"
    if not prepositions or not re.search(rf"\b(?:{prepositions})\s+{listed}$", before, re.IGNORECASE):
        return None
    return next((c for c in subject.children if c.dep_.startswith("nmod") and _names_event(c, event_noun)), None)


def _names_event(token: Token, event_noun: re.Pattern[str]) -> bool:
    return any(event_noun.fullmatch(t.text) for t in token.subtree)


def _group(token: Token, blocked: set[int], pruned: frozenset[str]) -> list[Token]:
    """`token` and the words under it, without the pruned dependents and without any date."""
    out: list[Token] = []
    stack = [token]
    while stack:
        t = stack.pop()
        if t.i in blocked:
            continue
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in pruned)
    if len(out) == 1 and token.pos_ in ("ADP", "DET"):
        return []
    return sorted(out, key=lambda t: t.i)


def _resolved(subject: Token | None, language: Language) -> dict[int, str]:
    """A pronoun subject replaced by the last person named before it ("il" -> "Antony Blinken")."""
    if subject is None or subject.lower_ not in language.subject_pronouns:
        return {}
    doc = subject.doc
    people = [e for e in doc.ents if e.label_ in ("PER", "PERSON") and e.end <= subject.i]
    return {subject.i: people[-1].text} if people else {}


def _words(tokens: list[Token], replace: dict[int, str] | None = None) -> str:
    """The tokens as text, spaced as written, a gap closed, cut at a dozen words."""
    if not tokens:
        return ""
    pieces: list[str] = []
    previous = None
    for t in tokens:
        if previous is not None and t.i != previous + 1 and pieces and not pieces[-1].endswith(" "):
            pieces.append(" ")
        pieces.append((replace or {}).get(t.i, t.text) + t.whitespace_)
        previous = t.i
    text = re.sub(r"\s+", " ", "".join(pieces)).strip(" ,;:.\"«»“”'-")
    words = text.split(" ")
    return " ".join(words[:MAX_WORDS])


def noun_group_at(doc: Doc, at: int) -> str | None:
    """The noun group the parse hangs on the noun at character `at` of `doc`'s text, from that noun on: its
    adjectives and complements, without relative clauses, appositions or what the clause says of it ("Forum
    international de Dakar sur la paix et la sécurité"); None where there is no parse or no noun there."""
    if not doc.has_annotation("DEP"):
        return None
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or not len(span) or span[0].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = span[0]
    kept = [t for t in _group(noun, set(), _PRUNED | {"acl"}) if t.i >= noun.i]
    return _words(kept) or None


_ANTECEDENT_ROLES = ("obj", "nsubj", "nsubj:pass")  # what a demonstrative takes up first: the object, the subject
_ANTECEDENT_WORDS = 6


def demonstrative_antecedent(doc: Doc, at: int, language: Language) -> str | None:
    """What a demonstrative pronoun opening a clause at character `at` takes up ("... délivrer une plaidoirie
    collective. Celle-ci se terminera mardi" -> "plaidoirie collective"): the noun of the sentence before of the
    pronoun's gender and number (the language's table says them: the parse often misreads the pronoun), its
    object first, then its subject, else the last one."""
    word = re.match(r"[\w-]+", doc.text[at:])
    if word is None or fold(word.group(0)) not in language.demonstratives or not doc.has_annotation("MORPH"):
        return None
    gender, number = language.demonstratives[fold(word.group(0))]
    span = doc.char_span(at, word.end() + at, alignment_mode="expand")
    if span is None or not len(span) or span[0].sent.start == 0:
        return None
    before = doc[span[0].sent.start - 1].sent
    agreeing = [
        t
        for t in before
        if t.pos_ == "NOUN" and t.morph.get("Gender", []) == [gender] and t.morph.get("Number", []) == [number]
    ]
    if not agreeing:
        return None
    roles = _ANTECEDENT_ROLES
    noun = min(agreeing, key=lambda t: (roles.index(t.dep_) if t.dep_ in roles else len(roles), -t.i))
    kept = [t for t in _group(noun, set(), _PRUNED | {"acl", "det"}) if t.i >= noun.i or t.dep_ == "amod"]
    words = _words(sorted(kept, key=lambda t: t.i)).split()[:_ANTECEDENT_WORDS]
    return " ".join(words)
