"""Sentences and event phrases: what the reader needs next to a date.

Sentences are split with a small rule set (lines, then end punctuation not after an
abbreviation such as "M." or "Dr."), offsets kept. The event phrase is taken from the
clause around the date: a nominal event ("réunion avec ses homologues de l'Otan") when the
clause has an event noun, plus the place introduced by "à"/"in" when it is outside that
phrase; otherwise the clause itself, without the date and the attribution ("a indiqué X").
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from generator.lang import Language
from generator.lang.every import every
from generator.lang.folding import fold
from generator.lang.names import NEWS_AGENCIES
from generator.lang.patterns import longest_first, spaced
from generator.lang.record import TimexCues

from .subject import sentence_subject, without_article, without_openers

_SENT_END = re.compile(r"(?<=[.!?…])[»\"”)]?\s+(?=[«\"“(]?[A-ZÀ-ÝŒ0-9])")
_ABBREV = {
    "m",
    "mm",
    "mme",
    "mmes",
    "mlle",
    "dr",
    "st",
    "ste",
    "pr",
    "me",
    "mgr",
    "gén",
    "col",
    "lt",
    "sgt",
    "mr",
    "mrs",
    "ms",
    "prof",
    "sen",
    "rep",
    "gov",
    "gen",
    "jr",
    "sr",
    "inc",
    "co",
    "corp",
    "ltd",
    "no",
    "vol",
    "p",
    "av",
    "bd",
    "jan",
    "feb",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
    "u.s",
    "etc",
    "vs",
    "env",
    "cf",
}


# "a.m.", "p.m." end a sentence only after one: a piece with no lower-case word of four letters or more is a
# time said before its clause ("On Tuesday, 20 May at 10 a.m.")
_CLOCK_ABBREVIATIONS = {"a.m", "p.m"}
_PROSE_WORD = re.compile(r"\b[a-zà-ÿ]{4,}\b")
# words of time are no prose: "Late Tuesday afternoon or 8:30 a.m. Wednesday, Feb. 1: The prosecution ..." is one line
_TIME_WORDS = frozenset(fold(w) for w in every(lambda lang: lang.entities.time_qualifiers))


def _prose(piece: str) -> bool:
    """Whether a piece of text says more than a time: a lower-case word of four letters or more, no word of time."""
    return any(fold(w.group(0)) not in _TIME_WORDS for w in _PROSE_WORD.finditer(piece))


_LONGEST = 600  # chars: a "sentence" longer than this is a list or a table flattened into one line
_PIECE_BREAK = re.compile(r"[;,–—|•·]\s+|\s+-\s+")


def _pieces(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A sentence, or an overlong one cut at its last clause break before every _LONGEST chars.

    Every date of a sentence is read against the whole sentence (tense, event, other dates): an
    agenda of 800 dates on one line would cost 800 times its length.
    """
    out = []
    while b - a > _LONGEST:
        breaks = [m.end() for m in _PIECE_BREAK.finditer(text, a + _LONGEST // 3, a + _LONGEST)]
        cut = breaks[-1] if breaks else (text.rfind(" ", a + _LONGEST // 3, a + _LONGEST) + 1 or a + _LONGEST)
        out.append((a, cut))
        a = cut
    out.append((a, b))
    return out


# what a line cut inside a sentence ends on: a word that cannot end a phrase in any language ("and", "de", "the")
_JOINING_WORDS = frozenset(
    fold(w) for w in every(lambda lang: lang.event_dangling) if re.fullmatch(r"[\w]+", w, re.IGNORECASE)
)
_LINE_END = re.compile(r"(?:^|\W)([\w'’]+)(,?)\s*$")
_WRAPPED_WORDS = 5  # a line of this many words or more that runs on in lower case was cut by a hard wrap


def _runs_on(line: str, next_line: str) -> bool:
    """Whether a line is a sentence cut by a hard wrap that the next line goes on with ("... by the Rail, Maritime and"
    / "Transport (RMT) union, on 13-14 December"; "Scottish schoolteachers went on strike on Thursday, while" / "rail
    unions reaffirmed ..."): the line ends on a joining word, or on a comma or a long run of words, and the next goes on
    in lower case. A heading ("Mardi 8 avril", "Programme :") and a sentence's end are no such line."""
    end = _LINE_END.search(line)
    follows = next_line.lstrip()
    if end is None or not follows.lstrip("«“\"‘'(")[:1].isalpha():
        return False
    if fold(end.group(1)) in _JOINING_WORDS and not end.group(2):
        return True  # "despite a" / "“positive” meeting"
    return follows[:1].islower() and (bool(end.group(2)) or len(line.split()) >= _WRAPPED_WORDS)


def _wrapped_lines(text: str) -> list[tuple[int, int]]:
    """The spans of a text's lines, a line a hard wrap cut joined with the one it goes on in (see `_runs_on`)."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    out: list[tuple[int, int]] = []
    for a, b in lines:
        if out and text[out[-1][1] : a] == "\n" and _runs_on(text[slice(*out[-1])], text[a:b]):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


class Sentences:
    """Sentence spans of a text, with lookup by character offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        spans: list[tuple[int, int]] = []
        for s0, s1 in _wrapped_lines(text):
            chunk = text[s0:s1]
            last = 0
            for m in _SENT_END.finditer(chunk):
                word = re.search(r"([\w.]+)[.!?…][»\"”)]?$", chunk[last : m.start() + 1].rstrip())
                prev = (word.group(1) if word else "").lower()
                clock = prev == "h" and re.search(r"\d\s?h[.!?…]", chunk[max(0, m.start() - 6) : m.start()])
                if not clock and (prev in _ABBREV or (len(prev) == 1 and prev.isalpha())):
                    continue  # "M. Blinken", "J. Smith"; but "à 8 h. Rendez-vous" ends a sentence
                if prev in _CLOCK_ABBREVIATIONS and not _prose(chunk[last : m.start()]):
                    continue  # "On Tuesday, 20 May at 10 a.m. Charles will return": a time, not a sentence
                spans.append((s0 + last, s0 + m.start()))
                last = m.end()
            spans.append((s0 + last, s0 + len(chunk)))
        spans = [piece for a, b in spans for piece in _pieces(text, a, b)]
        self.spans = [(a, b) for a, b in spans if text[a:b].strip()] or [(0, len(text))]
        self.starts = [a for a, _ in self.spans]

    def at(self, offset: int) -> tuple[int, int]:
        i = max(0, bisect.bisect_right(self.starts, offset) - 1)
        return self.spans[i]


_PAIR_WORDS = 3  # words of the first member of a pair after "between" ("the Netherlands", "le maire de Lyon")


@dataclass(frozen=True)
class _EventWords:
    """A language's event-phrase patterns, compiled."""

    nouns: re.Pattern[str]
    determiner: re.Pattern[str] | None  # when set, an event noun counts only after one
    cut: re.Pattern[str]
    predicate: re.Pattern[str]
    place: re.Pattern[str]
    attribution: re.Pattern[str]
    lead: re.Pattern[str]  # what opens a phrase without saying anything
    date_lead: re.Pattern[str]  # what introduced a date, left out with it
    dangling: re.Pattern[str]  # what cannot end a phrase
    coordinated: re.Pattern[str]  # each of the clauses a coordinator joins
    between: re.Pattern[str]  # "between" and the first member of its pair, ending a part
    auxiliary_end: re.Pattern[str]  # an auxiliary a cut left without its verb, at a phrase's end ("... have been")
    absolute: re.Pattern[str]  # an absolute clause that ends where a date starts ("with the guards joining | on")
    holds: re.Pattern[str]  # a day or a programme and what says it holds ("day begins with", "journée débutera par")
    list_end: re.Pattern[str]  # a list's last items: a few words, then the coordinator of its last ("the porters and")
    topic: re.Pattern[str]  # what opens a sentence on its topic ("Quant à ...,")
    relative_word: re.Pattern[str]  # a relative pronoun anywhere ("that", "dont")
    relative: re.Pattern[str]  # what opens a relative aside ("which he wrote", "dont il est l'auteur")
    antecedent: re.Pattern[str]  # a relative pronoun that stands for the name before it ("qui", "who")
    clause_relative: re.Pattern[str]  # one that stands for the clause before it ("ce qui")
    thing_relative: re.Pattern[str]  # one that stands for the noun group before it ("which")
    determiners: frozenset[str]  # folded: what opens a noun group ("the", "la")
    demonstratives: frozenset[str]  # folded: those that point back at a group said before ("these", "ces")
    of_words: frozenset[str]  # folded: what joins a noun to its complement inside one group ("of", "de")
    agenda: re.Pattern[str]  # "seront au programme de": the event is what follows, about what precedes
    verb: re.Pattern[str]  # what says a clause has its verb (tense cues, clause verbs)
    attributive: re.Pattern[str] | None  # what before a date makes it qualify the noun after it ("the 2016 election")
    comment: re.Pattern[str]  # what opens a comment on the sentence after a comma (", adding that ...")
    complement: re.Pattern[str]  # what opens a complement of the event after a comma (", devant la cour")
    condition: re.Pattern[str]  # what opens a condition after the event ("unless", "dans le cas où")
    subordinate: re.Pattern[str]  # what opens a clause of its own ("before it takes", "avant de quitter")
    list_link: re.Pattern[str]  # what joins two dates of a list ("13 et 14 puis 18"), blanked with them
    articles: frozenset[str]  # folded: a group goes on after one ("to attend | the summit" cuts no group)
    headline_forms: tuple[tuple[re.Pattern[str], str], ...]  # what a headline says shorter, and how
    titles: frozenset[str]  # folded: the words of a role written before a name ("Israeli Prime Minister Netanyahu")
    title_heads: frozenset[str]  # folded: those that say the role ("minister"), one of which a title has
    when_words: frozenset[str]  # folded: what says only when, around a date ("late": "Late Tuesday"; "Feb")
    opener: re.Pattern[str]  # an opening adverbial, whole ("On Day 2 of the visit")
    contrast: re.Pattern[str]  # what opens an aside of contrast ("alors que", "while")
    circumstance: re.Pattern[str]  # what opens an adverbial of circumstance ("à l'occasion du", "during")
    sequence: re.Pattern[str]  # what places another event before or after the date's ("before", "avant")
    day_noun: re.Pattern[str]  # what names a day of a programme ("journée", "day")
    when_clause: re.Pattern[str]  # a comma and what opens a clause saying what happened at the date before it
    participle: re.Pattern[str]  # a past participle that can follow its noun ("signé", "passed")
    gerund: re.Pattern[str]  # what opens a clause on a gerund ("leaving", "en quittant")
    optional_item: re.Pattern[str]  # what opens an item of an agenda that may not be held ("éventuellement,")
    source: re.Pattern[str]  # what opens an adverbial of where the news comes from ("selon", "according to")
    cleft_opening: re.Pattern[str]  # what opens a cleft sentence before its date ("C'est", "It is")
    cleft_link: re.Pattern[str]  # what links a cleft's date to its clause ("que", "that")
    cleft_anywhere: re.Pattern[str]  # a cleft's opening wherever it stands ("..., c'est", "ce n'est qu")
    cleft_any_link: re.Pattern[str]  # its link; group `subject` when the focus is the subject ("qui", "who")
    cleft_not_focus: re.Pattern[str]  # what makes the opening a connective ("c'est pourquoi", "that is why")
    said_clause: re.Pattern[str]  # a verb of saying or thinking and what opens its clause ("espèrent que", "hope that")
    # a subject that only stands for the list of dates after it, then what introduces the dates ("these are", "ce sont
    # les", "Autres dates 2019 :"), at the end of what comes before the first date
    list_head: re.Pattern[str]
    happens: re.Pattern[str]  # a relative's subject and a verb saying that it takes place ("qui aura lieu")


_LIST_ITEM_WORDS = 3  # words of an item of a list set off by commas ("the porters", "USW 7600"): more is a clause


@functools.cache
def _event_words(language: Language) -> _EventWords:
    never = r"(?!)"  # a language without such words: the pattern never matches
    list_heads = "|".join(spaced(h) for h in language.date_list_heads)
    entities = language.entities
    return _EventWords(
        # "réunions", "meetings": an event noun in the plural names events too
        nouns=re.compile(
            rf"\b(?:{language.event_nouns or never})(?:{_any(language.plural_endings)})?\b", re.IGNORECASE
        ),
        determiner=re.compile(language.event_determiner) if language.event_determiner else None,
        cut=re.compile(language.event_cut or never, re.IGNORECASE),
        predicate=re.compile(language.event_predicate or never, re.IGNORECASE),
        place=re.compile(language.event_place or never),
        attribution=re.compile(language.attribution or never, re.IGNORECASE),
        lead=re.compile(rf"^(?:(?:{_any(language.event_lead)})\b|\s)+", re.IGNORECASE),
        date_lead=re.compile(rf"(?:\b(?:{_any(language.event_date_lead)})\s*)+$", re.IGNORECASE),
        coordinated=re.compile(rf"(?:(?!\s(?:{_any(language.coordinators)})\s).)+", re.IGNORECASE),
        # "between" and the few words of the pair's first member, up to the coordinator that names the second
        between=re.compile(
            rf"(?<!\w)(?:{_any(language.between_words) or never})\s+(?:[\w'’.-]+\s+){{0,{_PAIR_WORDS}}}[\w'’.-]+\s*$",
            re.IGNORECASE,
        ),
        dangling=re.compile(rf"(?:\s+(?:{_any(language.event_dangling)}))+$", re.IGNORECASE),
        auxiliary_end=re.compile(
            # case-sensitive: "Trump meets May" ends on a name
            rf"(?:(?:{language.event_predicate or never})|\s(?:{_any(language.auxiliary_forms)})\b)+$"
        ),
        absolute=re.compile(
            rf"(?<!\w)(?:{_any(language.absolute_openers) or never})\s+"
            rf"(?P<clause>(?:[\w'’./-]+\s+){{1,{_GROUP_WORDS}}}?(?:{language.gerund or never}))"
            rf"(?:\s+(?:{_any(language.event_date_lead)}))*\s*$",
            re.IGNORECASE,
        ),
        holds=re.compile(
            rf"\b(?:{_any(language.day_nouns)})\b[^,;:.]{{0,60}}?\s(?:{_any(language.programme_verbs) or never})\s+",
            re.IGNORECASE,
        ),
        list_end=re.compile(
            rf"\s*(?P<item>(?:[^\s,;:]+\s+){{0,{_LIST_ITEM_WORDS}}}?)(?:{_any(language.list_coordinators) or never})\s",
            re.IGNORECASE,
        ),
        agenda=re.compile(language.on_the_agenda or never, re.IGNORECASE),
        verb=_verb_cues(language),
        attributive=re.compile(language.attributive_date, re.IGNORECASE) if language.attributive_date else None,
        comment=re.compile(rf",\s+(?:{_any(language.comment_clauses)})\b", re.IGNORECASE),
        complement=re.compile(rf"\s*(?:{_any(language.event_complements)})(?!\w)", re.IGNORECASE),
        subordinate=re.compile(rf"(?<!\w)(?:{_any(language.subordinators)})(?!\w)", re.IGNORECASE),
        condition=re.compile(rf"(?<!\w)(?:{_any(language.condition_openers)})(?!\w)", re.IGNORECASE),
        antecedent=re.compile(rf"\s*(?:{_any(tuple(language.relative_pronouns))})(?!\w)", re.IGNORECASE),
        clause_relative=re.compile(rf"\s*(?:{_any(language.clause_relatives)})(?!\w)", re.IGNORECASE),
        thing_relative=re.compile(rf"\s*(?:{_any(language.thing_relatives)})(?!\w)", re.IGNORECASE),
        determiners=frozenset(fold(d) for d in (*language.entities.determiners, *language.demonstrative_determiners)),
        demonstratives=frozenset(fold(d) for d in language.demonstrative_determiners),
        of_words=frozenset(fold(w) for w in language.entities.of_words),
        relative=re.compile(rf"\s*(?:{_any(language.relative_openers)})(?!\w)", re.IGNORECASE),
        relative_word=re.compile(rf"(?<![\w'’-])(?:{_any(language.relative_words)})(?!\w)", re.IGNORECASE),
        topic=re.compile(rf"\s*(?:{_any(language.topic_openers)})\s+([^,:;]+)", re.IGNORECASE),
        articles=frozenset(fold(a) for a in language.entities.articles),
        headline_forms=tuple((re.compile(p, re.IGNORECASE), r) for p, r in language.headline_forms),
        titles=frozenset(
            fold(w) for w in (*entities.all_role_heads, *entities.role_modifiers, *entities.nationalities)
        ),
        title_heads=frozenset(fold(w) for w in language.entities.all_role_heads),
        when_words=frozenset(
            (*(fold(w) for w in entities.time_qualifiers), *language.month_numbers, *language.weekday_numbers)
        ),
        contrast=re.compile(rf"\s*(?:{_any(language.contrast_conjunctions)})(?!\w)", re.IGNORECASE),
        circumstance=re.compile(rf"\s*(?:{_any(language.circumstance_openers)})(?!\w)", re.IGNORECASE),
        sequence=re.compile(rf"(?<!\w)(?:{_any(language.sequence_prepositions)})(?=\s|['’])", re.IGNORECASE),
        day_noun=re.compile(rf"\b(?:{_any(language.day_nouns)})\b", re.IGNORECASE),
        when_clause=re.compile(rf"\s*,\s*(?:{_any(language.when_clauses)})(?!\w)\s*", re.IGNORECASE),
        participle=re.compile(rf"(?<![\w'’-])(?:{language.past_participle or never})(?![\w'’-])"),
        gerund=re.compile(rf"(?:{language.gerund or never})(?![\w'’-])"),
        optional_item=re.compile(rf"(?:{_any(language.optional_items)})\s*,", re.IGNORECASE),
        source=re.compile(rf"\s*(?:{_any(language.source_openers)})(?!\w)", re.IGNORECASE),
        cleft_opening=re.compile(rf"[\s\"«“'‘]*(?:{_any(language.cleft_openings)})(?!\w)", re.IGNORECASE),
        cleft_link=re.compile(rf"[\s,]*(?:{_any(language.cleft_links)})(?:(?<=['’])|(?!\w))", re.IGNORECASE),
        cleft_anywhere=re.compile(rf"(?<![\w'’])(?:{_any(language.cleft_openings) or never})(?!\w)", re.IGNORECASE),
        cleft_any_link=re.compile(
            rf"(?<![\w'’])(?:(?P<subject>{_any(language.cleft_subject_links) or never})"
            rf"|{_any(language.cleft_links) or never})(?:(?<=['’])|(?!\w))",
            re.IGNORECASE,
        ),
        cleft_not_focus=re.compile(rf"[\s-]*(?:{_any(language.cleft_not_focus) or never})(?!\w)", re.IGNORECASE),
        opener=re.compile(rf"\s*(?:{_any(language.sentence_openers)})\b[^,;:]*", re.IGNORECASE),
        said_clause=_complement_clause_opening(language),
        list_head=re.compile(
            rf"(?<![\w'’-])(?:{list_heads or never})"
            rf"(?:(?:{language.event_predicate or never})|\s+(?:{_any(language.event_date_lead)})|\s+\d{{4}}|[\s,:])*$",
            re.IGNORECASE,
        ),
        happens=re.compile(rf"\s*\w+\s+(?:{language.happening_verbs or never})", re.IGNORECASE),
        list_link=re.compile(
            rf"[\s,;–-]*(?:(?:\w{{1,3}}|{_any(tuple(map(re.escape, language.day_list_links)))})\s*)?", re.IGNORECASE
        ),
    )


_COMPLEMENT_GAP = 3  # words between a verb and its complementizer: a negation, an object ("ne signifie pas")


def _complement_clause_opening(language: Language) -> re.Pattern[str]:
    """A verb of saying or thinking and what opens the clause it governs: "espèrent que", "ne signifie pas pour autant
    que", "hope that"; the verb alone where the complementizer may be left out ("Officials say residents must")."""
    speech = tuple(spaced(v) for v in language.quotes.speech_verbs)
    verbs = "|".join(v for v in (language.complement_verbs, *longest_first(speech)) if v)
    if not verbs or not language.complementizers:
        return re.compile(r"(?!)")
    link = rf"(?P<link>{_any(language.complementizers)})(?:(?<=['’])|(?!\w))"
    gap = rf"(?:\s+[\w'’-]+){{0,{_COMPLEMENT_GAP}}}?\s+{link}"
    opening = rf"(?:{gap})?" if language.complementizer_optional else gap
    return re.compile(rf"(?<![\w'’-])(?:{verbs}){opening}(?!\w)\s*", re.IGNORECASE)


def _any(words: tuple[str, ...]) -> str:
    """One alternation of regex fragments, longest first; one that never matches for none."""
    return "|".join(longest_first(words)) or "(?!)"


def event_nouns(language: Language) -> re.Pattern[str]:
    """The nouns that name an event in `language` ("sommet", "visit"), case-insensitive."""
    return _event_words(language).nouns


def names_event(phrase: str, language: Language) -> bool:
    """Whether a short phrase is an event's name with more than its noun and no verb ("plaidoiries individuelles",
    "G20 summit"; not "débats pourraient"): a whole clause would say less of the event."""
    return (
        len(content_words(phrase)) >= 2
        and _event_words(language).nouns.search(phrase) is not None
        and _verb_cues(language).search(phrase) is None
    )


_CLAUSE = re.compile(r"[,;:()\u2014]|\s[-\u2013]\s")
MAX_WORDS = 12  # an agenda line: an event phrase is cut to this many words


_ACRONYM_PARENTHESIS = re.compile(r"\(\s*[A-ZÀ-Ý][\w.'’-]*\s*\)")  # "(AU)", "(Otan)": part of the name before it


def _clauses(sentence: str) -> list[tuple[int, int]]:
    out, last = [], 0
    bounds = _ACRONYM_PARENTHESIS.sub(lambda m: " " * len(m.group(0)), sentence)
    for m in _CLAUSE.finditer(bounds):
        out.append((last, m.start()))
        last = m.end()
    out.append((last, len(sentence)))
    return out


def _cues(get: Callable[[TimexCues], Iterable[str]]) -> str:
    """A regex group of every built-in language's cue patterns of one kind (generator/lang/<code>/timex.py)."""
    found = every(lambda lang: get(lang.timex_cues))
    return "(?:" + "|".join(found) + ")" if found else "(?!)"


# "les 80 ans du débarquement", "the 75th anniversary of": every built-in language's words
_ANNIVERSARY = re.compile(
    rf"\b(?:{_cues(lambda c: c.anniversary_determiners)}\s+)?\d+{_cues(lambda c: c.ordinal_suffixes)}?\s+"
    rf"{_cues(lambda c: c.anniversary_nouns)}\s+.*",
    re.IGNORECASE,
)


# what a phrase neither opens nor ends with (and a character the encoding lost, a table's bar, a quote's mark)
_EDGES = " ,;:.\"«»“”‘’'-–—\ufffd|>"


def _trim(phrase: str, words: _EventWords, max_words: int = MAX_WORDS) -> str:
    # a blanked date leaves a space before the comma that followed it ("ban ,")
    phrase = re.sub(r"\s+(?=[,.])", "", re.sub(r"\s+", " ", phrase))
    phrase = re.sub(r",(?:\s*,)+", ",", phrase).strip(_EDGES)  # "l'arrivée, [date], de": one comma
    phrase = _AGENCY_CREDIT.sub("", phrase)  # what a dateline leaves before its story: "(Reuters) - "
    for form, shorter in words.headline_forms:
        phrase = form.sub(shorter, phrase)
    # an aside in parentheses has no room in an agenda line; a one-word one is a name's acronym ("(Otan)")
    phrase = re.sub(r"\s*\((?!\s*[\w'’.-]+\s*\))[^()]*\)", "", phrase)
    if len(phrase.split(" ")) > max_words:
        phrase = _ACRONYMED.sub(_acronym, phrase)  # too long a line: a name said with its acronym is the acronym
    if len(phrase.split(" ")) > max_words:
        phrase = _untitled(phrase, words)  # and a person is their name
    cut = phrase.split(" ")
    if len(cut) > max_words:
        phrase = " ".join(cut[: _whole_part(cut, max_words, words)])
    if phrase.count('"') % 2:  # an unbalanced quote mark left by the cut reads badly
        phrase = phrase.replace('"', "")
    for opening, closing in ("()", "«»", "“”"):  # a parenthesis or quotation the cut left open goes
        if phrase.rfind(opening) > phrase.rfind(closing) and phrase.rfind(opening) > len(phrase) // 3:
            phrase = phrase[: phrase.rfind(opening)]
    phrase = re.sub(r"\s+[A-ZÀ-Ý]\.?$", "", phrase.rstrip())  # a name's initial or "M." the cut left alone
    # a mark the cut left after a dangling word ("grève de 24 heures mais aussi .") hides it: the mark goes first
    phrase = words.dangling.sub("", phrase.rstrip(_EDGES))
    if len(cut) > max_words:  # the cut left an auxiliary without its verb ("... letters have been")
        phrase = words.dangling.sub("", words.auxiliary_end.sub("", phrase))
    return phrase.strip(_EDGES)


_PROPER = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’-]")  # a name's word: a capital, then small letters


def _untitled(phrase: str, words: _EventWords) -> str:
    """The phrase without the role titles written before a name of two words or more, and their article ("the Prime
    Minister Narendra Modi" -> "Narendra Modi"): an agenda line too long for both keeps the name. A regnal number is
    no name's word: "King Charles III" keeps its title; so does a title after a possessive or a contracted article
    ("son épouse Marie Dupont", "du président Alassane Ouattara")."""
    tokens = phrase.split(" ")
    out: list[str] = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and fold(tokens[j]) in words.titles:  # "Premier ministre", "Prime Minister"
            j += 1
        name = tokens[j : j + 2]
        if (
            len(name) == 2
            and not name[1][:1].isupper()
            and name[0][-1:].isalpha()  # "The Princess Royal, in her capacity": a title that is the name
            and not (out and out[-1][:1].isupper())
        ):
            # a name of one word, a lower-case word after it: "le président Macron recevra"; after a capitalised
            # word, the title is part of a name ("the UN General Assembly")
            name = name[:1]
        owned = bool(out) and fold(out[-1]) in words.determiners and fold(out[-1]) not in words.articles
        if (
            not owned  # "son épouse Marie Dupont", "du président X": the title goes with its determiner
            and any(fold(w) in words.title_heads for w in tokens[i:j])
            and name
            and all(_PROPER.match(w) and fold(w) not in words.titles for w in name)
        ):
            if out and fold(out[-1]) in words.articles:
                out.pop()
            i = j
            continue
        out.append(tokens[i])
        i += 1
    return " ".join(out)


_CUT_SLACK = 3  # words a phrase may lose to end on a whole group rather than inside one


def _whole_part(cut: list[str], max_words: int, words: _EventWords) -> int:
    """How many words of a too long phrase to keep: up to where a group ends, before a preposition, an article or a
    conjunction, or after a comma ("will hold a hearing | on a Pentagon program"), never inside a noun group ("on a
    Pentagon | program"); the first `max_words` when no group ends after `FEW_WORDS` of them."""
    for k in range(max_words, max(FEW_WORDS, max_words - _CUT_SLACK) - 1, -1):
        if cut[k - 1].endswith(",") or (
            words.dangling.search(" " + cut[k])
            and not words.dangling.search(" " + cut[k - 1])
            and fold(cut[k]) not in words.articles
            and not (cut[k - 1][:1].isupper() and k + 1 < len(cut) and cut[k + 1][:1].isupper())  # "Day of Yoga"
        ):
            return k
    return max_words


# a name of capitalised words (and the short words between them) followed by its acronym: "the UN Office of the High
# Commissioner for Human Rights (OHCHR)"
_ACRONYMED = re.compile(
    r"\b(?:the\s+)?(?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+(?:[a-zà-ÿ]{1,3}\s+)*[A-ZÀ-Ý][\w'’-]*)+)\s*\((?P<short>[A-ZÀ-Ý][\w.]{1,9})\)"
)


def _acronym(m: re.Match[str]) -> str:
    """The acronym for its name when its capitals are the initials of the name's last capitalised words."""
    short = [c for c in m.group("short") if c.isupper()]
    capitalised = [w for w in re.finditer(r"\S+", m.group("name")) if w.group(0)[0].isupper()]
    if len(short) < 2 or [w.group(0)[0] for w in capitalised[-len(short) :]] != short:
        return m.group(0)
    # the words before the ones the acronym stands for stay: "President of the International Olympic Committee (IOC)"
    kept = m.group(0)[: m.start("name") - m.start() + capitalised[-len(short)].start()]
    return kept + m.group("short")


_POSSESSIVE = re.compile(r"['’]s\b")
_AGENCY_CREDIT = re.compile(rf"^\s*\((?:{'|'.join(map(re.escape, NEWS_AGENCIES))})\)\s*[-–—]+\s*")


def _mask(sentence: str, spans: list[tuple[int, int]], words: _EventWords) -> str:
    """The sentence with every date and the preposition that introduced it blanked (offsets kept)."""
    chars = list(sentence)
    for s, e in spans:
        lead = words.date_lead.search(sentence[max(0, s - 30) : s])
        s0 = max(0, s - 30) + lead.start() if lead else s
        e += len(m.group(0)) if (m := _POSSESSIVE.match(sentence, e)) else 0  # "last month's bombing"
        chars[s0:e] = " " * (e - s0)
        _join_incise(sentence, chars, s0, e, words)
    # a defined term in brackets ('the annual general meeting (the "AGM")', "l'assemblée générale (« l'AG »)") only
    # names again what is before it: neither a bound of the clause nor a word of the event
    for m in _DEFINED_TERM.finditer(sentence):
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    # the commas and the short word that join a list of dates ("13, 14 and 16 December") go with them: the list
    # is one part of its clause
    ordered = sorted(spans)
    for (_, e), (s, _) in itertools.pairwise(ordered):
        if words.list_link.fullmatch(sentence[e:s]):
            chars[e:s] = " " * (s - e)
    return "".join(chars)


# a quoted name alone in brackets, after an article or "hereinafter" ('(the "AGM")', '("the Company")', "(ci-après
# « la Société »)"); a backslash before a quote is one a page's script left escaped
_QUOTE_OPEN = r"\\?[\"“«]\s*"
_QUOTE_CLOSE = r"\s*\\?[\"”»]"
_DEFINED_TERM = re.compile(
    rf"\s*\(\s*(?:(?:the|ci-après|hereinafter|dite?s?|ci-dessous|l['’]|la|le|les)\s*)?{_QUOTE_OPEN}[^()\"“”«»]{{1,40}}?"
    rf"{_QUOTE_CLOSE}\s*\)",
    re.IGNORECASE,
)
_INCISE_COMMA = re.compile(r"\s*,\s*$")
_INCISE_OBJECT = re.compile(r"\s*,\s*(?P<det>[\w'’]+)")


def _join_incise(sentence: str, chars: list[str], s0: int, e: int, words: _EventWords) -> None:
    """Blank the commas around a date set off between a verb and its object ("L'Assemblée tiendra, lundi 26 octobre,
    une plénière de dialogue", "The board will hold, on Thursday, a special session"): the object after the date is
    the clause's, and the event; the commas would end the clause at its verb. Not after a speech verb, whose subject
    may follow it ("a indiqué, mardi, le ministre")."""
    before = _INCISE_COMMA.search(sentence, 0, s0)
    after = _INCISE_OBJECT.match(sentence, e)
    if before is None or after is None or fold(after.group("det")) not in words.determiners:
        return
    # the verb ends where the comma is ("tiendra"), or its modal is the word before ("will hold")
    cues = list(words.verb.finditer(sentence, max(0, before.start() - 30), before.start()))
    if not cues or not re.fullmatch(r"(?:\s+[\w'’-]+)?", sentence[cues[-1].end() : before.start()]):
        return
    verb = cues[-1]
    if words.attribution.search(sentence, max(0, verb.start() - 20), before.start()):
        return
    for comma in (before.start() + sentence[before.start() : s0].index(","), e + sentence[e:].index(",")):
        chars[comma] = " "


# What opens an item of a programme: a list mark, then a time ("15h00", "A 7h30,", "at 9.30 am -").
_HOUR_MARK = _cues(lambda c: c.hour_separators)  # "15h30"
_HOUR_WORD = _cues(lambda c: c.hour_words)  # "16 heures"
_MERIDIEM = _cues(lambda c: c.meridiem)  # "9.30 am"
_ITEM_LEAD = re.compile(
    r"^[\s\-–—•*·]*(?:\w{1,2}\s+)?"
    rf"(?:\d{{1,2}}\s*(?:{_HOUR_MARK}|:|\.)\s*\d{{0,2}}|\d{{1,2}}\s*{_HOUR_WORD}|\d{{1,2}}(?=\s*{_MERIDIEM}))"
    rf"(?:\s*{_MERIDIEM}\.?)?\s*[,:–—|-]?\s*",
    re.IGNORECASE,
)
_PROGRAMME_ITEMS = 2  # a label's first items say what its day holds; more would not fit an agenda row
_DAY_ITEMS = 6  # items read under a day's heading: their heads share one agenda row, as many as fit
_HEAD_CONTENT = 3  # content words that make a head: an event noun and its "of" ("Accueil de fonctionnaires belges")
# where an item's head ends: an apposition or a presence after a comma ("Entretien avec Jean Dupont, député du
# Rhône"), a topic after a dash ("Questions – culture, media and sport"), a table's next cell ("Déjeuner | Nouméa")
_HEAD_END = re.compile(r",\s|\s[-–—|]\s|\s\|")


def opens_with_hour(line: str) -> bool:
    """Whether the line is a programme's item: it opens with an hour ("16h30 - Dépôt de gerbe", "11 h 30 | Rencontre",
    "9:30 am: Arrival")."""
    # (not a numbered list's "1. Paris": a full stop is an hour's only before its minutes)
    return _ITEM_LEAD.match(line) is not None and re.match(r"[^\w]*\d{1,2}\.(?!\d)", line) is None


def _hour_alone(line: str) -> bool:
    """Whether the line is only an hour of a programme, with its list mark ("• 15h00", "10.30 am -")."""
    return _ITEM_LEAD.fullmatch(line.strip() + " ") is not None


def programme_items(following: str, language: Language, hour: bool = False) -> str:
    """What a date standing alone as a heading announces: the first items listed under it, each without
    its list mark and time ("Mardi 8 avril" / "15h00  Questions au gouvernement" / "17h30  Entretien ...").

    An item is a line of four words or more. A shorter line right under an item is its place; one that
    opens a paragraph is the next heading, where the day's items end. Under an hour standing alone on its
    line (`hour`, or an hour line among the items), the next line is the item whatever its length ("• 15h00"
    / "Questions au Gouvernement"). Lines written right under the heading, without a blank line, are a list: its
    first line is an item whatever its length, and so is a short line under a short item ("Wednesday" / "Questions –
    Cabinet Office" / "Prime minister's questions" / "Budget statement").
    """
    items: list[str] = []
    told: list[str] = []  # the item lines whole, every sentence of them
    paragraph_start = True
    after_hour = hour  # the line after an hour standing alone ("• 15h00") is its item, however short
    timed = False  # the last item opened with its hour: the lines under it, up to the next hour, are its place, notes
    calendar_words = {fold(w) for w in (*language.months, *language.weekdays)}
    lines = [_TABLE_BARS.sub("", line) for line in following.splitlines()]
    if lines and not lines[0].strip() and following.startswith(("\n", "\r")):
        lines = lines[1:]  # the end of the heading's own line
    short_list = bool(lines) and bool(lines[0].strip())  # a list right under its heading
    for line in lines:
        words = re.findall(r"[\w'’-]+", line)  # a list mark is no word
        if not words:
            paragraph_start = True
            continue
        starts, paragraph_start = paragraph_start, False
        if _date_heading(words, calendar_words):
            break  # the next day's heading ("• Lundi 15 novembre"): this date heads no items of its own
        if _hour_alone(line):
            if hour:
                break  # the next hour: this one's item was not written
            after_hour = True
            continue
        if len(words) < 4 and not after_hour and not short_list:
            if items and starts:
                break
            continue
        if timed and not after_hour and not opens_with_hour(line) and not _MARKED.match(line):
            # "11 h 30 | Rencontre à la tribu" / "Ouaté – Pouembout" / "Toute presse": its place, a note; a line with
            # a list mark is an item ("- Dans l'après-midi, cérémonie ...")
            continue
        short_list = short_list and len(words) < 4  # a short line under a long item is its place
        timed = after_hour or opens_with_hour(line)
        after_hour = False
        items.append(_item_event(_item_text(line, language), language))
        told.append(line)
        if len(items) == (1 if hour else _DAY_ITEMS):
            break
    said = _event_words(language)
    items = [said.lead.sub("", item) for item in items]  # "le président arrivera": an agenda row drops the article
    if len(items) == 1 or any(_says_verb(item, said) for item in items[:_PROGRAMME_ITEMS]):
        # a day told in sentences ("Prince Charles will travel to Cumbria"): its first ones, whole, say it; a day told
        # in paragraphs is summed by the events its sentences name ("cérémonie au palais; dîner d'État"), where it
        # names two at least
        row = "" if hour else _paragraphs_row(told, said, language)
        return row or _trim("; ".join(items[:_PROGRAMME_ITEMS]), said)
    return _trim(_day_row(items, said), said)


def _paragraphs_row(lines: list[str], said: _EventWords, language: Language) -> str:
    """The row of a day told in paragraphs of prose (a line of two sentences or more among its items, none a list's
    item or opening on its hour): the events they name, as many as the row holds, after the first sentence when that
    one names none ("Trump will arrive in Britain from Brussels."); "" when the day is told otherwise, or its
    sentences name fewer than two events."""
    if any(_MARKED.match(line) or opens_with_hour(line) for line in lines):
        return ""
    if not any(len(Sentences(line.strip()).spans) > 1 for line in lines):
        return ""
    named = _events_told(lines, language)
    if len(named) < _PROGRAMME_ITEMS:
        return ""
    first = _item_text(lines[0], language)
    if not _event_groups(first, language) and not _happening_after(language).search(first):
        named = [said.lead.sub("", first), *named]
    row = _day_row(named, said)
    return _trim(row, said) if row.count("; ") >= _PROGRAMME_ITEMS - 1 else ""


def day_told_after(event: str, following: Callable[[], str], language: Language) -> str:
    """What a day holds when its date's sentence only says the day and what it will be ("La journée de mercredi sera
    particulièrement chargée.", "Tuesday will be a busy day"): the events the sentences after it name, up to
    the next date (`following` gives that text, read only for such a phrase), summed in one row; "" when the phrase
    names more than the day, or the sentences after it name fewer than two events."""
    said = _event_words(language)
    phrase = said.lead.sub("", event.strip(_EDGES))
    day = said.day_noun.match(phrase)
    after = phrase[day.end() :].split()[:1] if day else []
    if day is None or not after or fold(after[0]) in said.of_words or _determiner(after[0], said, said.of_words):
        return ""  # "journée de mobilisation", "day of action": the day is the event
    lines = [line for line in following().splitlines() if line.strip()]
    named = _events_told(lines, language)
    row = _day_row(named, said) if len(named) >= _PROGRAMME_ITEMS else ""
    return _trim(row, said) if row.count("; ") >= _PROGRAMME_ITEMS - 1 else ""


# a group of words and the acronym the text gives it in brackets: "assemblées générales ordinaires (AGO)", "the annual
# general meeting (AGM)"
_DEFINED = re.compile(r"(?P<name>(?:[\w'’-]+\s+){1,8}?)\((?P<short>[A-Z]{2,6})\)")


def spelled_acronyms(text: str, language: Language) -> dict[str, str]:
    """The acronyms a text defines for an event noun group in lower case ("Dix entreprises ont fixé leurs assemblées
    générales ordinaires (AGO)" -> {"AGO": "assemblée générale ordinaire"}), headed by its event noun (not "centre
    international de conférences (CIC)", a place): the acronym's letters are the
    initials of the group's last words, of-words and articles between them aside. A name in capitals ("Conseil
    d'État (CE)") is an organisation's: its acronym stays."""
    words = _event_words(language)
    out: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        group = _initialled(m.group("name"), m.group("short"), words)
        if group and group[:1].islower() and _headed_by_event(group, words):
            out.setdefault(m.group("short"), _singular(group, language))
    return out


def _headed_by_event(group: str, words: _EventWords) -> bool:
    """Whether an event noun heads the group: its first word ("assemblée générale ordinaire"), or its last where no
    of-word comes before it ("annual general meeting"; not "centre international de conférences", a place)."""
    cut = group.split()
    if words.nouns.fullmatch(cut[0]):
        return True
    return bool(words.nouns.fullmatch(cut[-1])) and not any(fold(w) in words.of_words for w in cut)


def _singular(group: str, language: Language) -> str:
    """A group defined in the plural ("leurs assemblées générales ordinaires (AGO)"), each of its words singular when
    every one of them ends in a plural ending: an agenda row is one event of the kind."""
    cut = re.split(r"(\s+)", group)
    endings = tuple(language.plural_endings)
    if not endings or not all(w.endswith(endings) for w in cut[::2]):
        return group
    return "".join(w[: -len(next(e for e in endings if w.endswith(e)))] if k % 2 == 0 else w for k, w in enumerate(cut))


def _initialled(name: str, short: str, words: _EventWords) -> str:
    """The last words of `name` whose initials are `short`'s letters, of-words and articles between them; ""."""
    found = list(re.finditer(r"[\w-]+", name))
    letters = list(short.lower())
    k = len(found)
    while letters and k:
        k -= 1
        word = found[k].group(0)
        if fold(word) in words.of_words or fold(word) in words.articles:
            continue
        if fold(word)[:1] != letters[-1]:
            return ""
        letters.pop()
    return name[found[k].start() : found[-1].end()] if not letters and found else ""


def with_acronyms_spelled(event: str, spelled: dict[str, str], language: Language) -> str:
    """The event phrase with each acronym the text spelled out for an event written whole ("CIL : AGO à l'IACE" ->
    "CIL : assemblées générales ordinaires à l'IACE"), cut to an agenda row: an analyst reads the agenda without
    the article."""
    written = event
    for short, group in spelled.items():
        written = re.sub(rf"(?<![\w-]){short}(?![\w-])", group, written)
    return event if written == event else _trim(written, _event_words(language))


def _events_told(lines: list[str], language: Language) -> list[str]:
    """The events a day's paragraphs name, in their order, once each: the group of the first event noun of each of
    their sentences ("Le couple royal sera accueilli lors d'une cérémonie au palais." -> "cérémonie au palais"), a
    sentence that names none left out. An agenda row sums the day by them, as an analyst does."""
    out: list[str] = []
    seen: set[str] = set()
    for line in lines:
        text = _LIST_MARK.sub("", _ITEM_LEAD.sub("", line.strip()))
        for a, b in Sentences(text).spans:
            for group in _event_groups(text[a:b], language):
                key = " ".join(sorted(content_words(group)))
                if key and key not in seen:
                    seen.add(key)
                    out.append(group)
    return out


def _event_groups(sentence: str, language: Language) -> list[str]:
    """The groups of the event nouns a sentence names, in their order; a noun that complements another through an
    of-word ("la mémoire des victimes de la Seconde Guerre mondiale", "the anniversary of the war") is no event of its
    own, and a noun inside a group already read is part of it."""
    words = _event_words(language)
    out: list[str] = []
    end = 0
    for noun in words.nouns.finditer(sentence):
        if noun.start() < end or words.day_noun.fullmatch(noun.group(0)):
            continue  # "La première journée s'achèvera par un dîner": the day is the row's date, not its event
        if _complements_a_noun(sentence[: _group_start(sentence, noun)], words):
            continue
        if words.determiner and not _determined(sentence, noun, words):
            continue  # an English event noun that is also a verb ("return", "vote") counts after a determiner only
        if _adjective_after_noun(noun, sentence, words, language) or _in_a_name(sentence, noun):
            continue
        # "réunion avec les élus, puis la préfète fera une visite": the group ends where the next item begins
        group = _HEAD_END.split(_noun_phrase(sentence, noun, words))[0].strip(_EDGES)
        at = sentence.find(group, max(0, _group_start(sentence, noun) - len(group)))
        if group and _happens_after(sentence, noun.end(), language):
            # "La visite d'État commencera à Bruxelles", "the visit will begin in Ottawa": the sentence frames the
            # day, it names none of its events
            end = max(noun.end(), at + len(group) if at >= 0 else 0)
            continue
        if group:
            out.append(group)
            end = max(noun.end(), at + len(group) if at >= 0 else 0)
    return out


@functools.cache
def _happening_after(language: Language) -> re.Pattern[str]:
    return re.compile(rf"\s(?:{language.happening_verbs or '(?!)'})(?![\w'’-])", re.IGNORECASE)


_FRAME_GAP = (
    5  # words between an event noun and a verb saying it happens: its complements ("visite d'État en Belgique")
)


def _happens_after(sentence: str, at: int, language: Language) -> bool:
    """Whether a verb that only says the event happens, begins or ends follows the noun ending at `at`, past its
    complements, in the same clause ("La visite d'État commencera à Luxembourg", "the visit to Canada will begin")."""
    verb = _happening_after(language).search(sentence, at)
    between = sentence[at : verb.start()] if verb else ""
    return verb is not None and not re.search(r"[,;:()]", between) and len(between.split()) <= _FRAME_GAP


def _in_a_name(sentence: str, noun: re.Match[str]) -> bool:
    """Whether a capitalised event noun inside the sentence goes on with a capitalised word: a name ("the National War
    Memorial", "le Festival Hall"), a place or a building, not an event."""
    return (
        noun.start() > 0
        and noun.group(0)[:1].isupper()
        and re.match(r"\s+[A-ZÀ-Ý]", sentence[noun.end() :]) is not None
    )


def _determined(sentence: str, noun: re.Match[str], words: _EventWords) -> bool:
    """Whether a determiner opens the noun's group, its qualifiers between them ("a ceremonial state dinner")."""
    assert words.determiner is not None
    if words.determiner.search(sentence[max(0, noun.start() - 30) : noun.start()]):
        return True
    before = re.search(r"(?<!\S)([a-z][\w-]*)\s+$", sentence[: noun.start()])  # a second qualifier, lower-case
    return (
        before is not None
        and words.determiner.search(sentence[max(0, before.start() - 30) : before.start()]) is not None
    )


def _complements_a_noun(before: str, words: _EventWords) -> bool:
    """Whether the text before a noun group ends on an of-word, its article, and at most one capitalised word ("...
    victimes de la Seconde", "the memory of the"): the group is another noun's complement."""
    found = list(re.finditer(r"[\w]+['’]?", before))[-3:]
    while found and _determiner(found[-1].group(0), words):
        found.pop()
    if found and found[-1].group(0)[:1].isupper() and len(found) > 1 and _determiner(found[-2].group(0), words):
        found = found[:-2]  # "de la Seconde | Guerre"
    if not found or not _determiner(found[-1].group(0), words, words.of_words):
        return False
    # "lors d'une cérémonie", "à l'occasion du sommet": an adverbial of circumstance, not a noun's complement
    return not re.search(rf"(?:{words.circumstance.pattern})['’]?\s*$", before[: found[-1].end()], re.IGNORECASE)


def _determiner(word: str, words: _EventWords, among: frozenset[str] | None = None) -> bool:
    """Whether the word, elided or not ("d’", "l'"), is one of `among` (the determiners by default)."""
    folded = fold(word).replace("’", "'")
    among = words.determiners if among is None else among
    return folded in among or folded.rstrip("'") in among


# a table's bars at a line's ends, or the line only, as a page's table pasted as text writes them ("Jeudi 01 mai | |",
# "11 h 30 | Rencontre à la tribu |", "|")
_TABLE_BARS = re.compile(r"^[\s|]+|[\s|]+$")
_HEADING_WORDS = 6  # a date heading, written long: "Wednesday July 12th 2017", "Itinéraire du samedi 10 novembre"


def _date_heading(words: list[str], calendar_words: set[str]) -> bool:
    """Whether a line's words are a day's heading: a short line that names a day or a month ("• Lundi 15 novembre",
    "Day 2 – Monday"), or a date written whole with one other word at most ("Wednesday July 12th 2017", "Le mercredi
    12 juillet 2017"), the next day of a programme."""
    folded = [fold(w) for w in words]
    if not calendar_words & set(folded):
        return False
    others = [w for w in folded if w not in calendar_words and not w[:1].isdigit()]
    return len(words) < 4 or (len(words) <= _HEADING_WORDS and len(others) <= 1)


def _item_heads(item: str, words: _EventWords) -> list[tuple[str, str]]:
    """What an item of a day's programme holds: each event, whole and cut to its head. An event is said without what
    a comma, a dash or a table's bar adds after it ("Entretien avec Jean Dupont, député du Rhône" -> "Entretien avec
    Jean Dupont"; "Questions – culture, media and sport" -> "Questions"); a part after a comma that opens on an event
    noun is an event of its own ("Visite du port, signature de la convention")."""
    first, *parts = _HEAD_END.split(f"{item} ")
    events = (words.lead.sub("", p).strip(_EDGES) for p in (first, *(p for p in parts if words.nouns.match(p.strip()))))
    return [(_head(event, words), whole) for event in events if (whole := _whole(event, words))]


def _whole(event: str, words: _EventWords) -> str:
    return words.dangling.sub("", event).strip(_EDGES)


def _head(event: str, words: _EventWords) -> str:
    """An event without the complement a preposition opens after its own words ("Accueil de fonctionnaires belges |
    dans le cadre du programme d'échange"): what a day's row keeps of it when the row has no room for the whole."""
    cut = event.split(" ")
    for k in range(1, len(cut)):
        # "of", "de" go on with their noun ("Fourth session | in G7 format": two content words are no head yet)
        if len(content_words(" ".join(cut[:k]))) >= _HEAD_CONTENT and _opens_complement(cut[k], words):
            return _whole(" ".join(cut[:k]), words)
    return _whole(event, words)


def _opens_complement(word: str, words: _EventWords) -> bool:
    """Whether the word is a preposition that opens a complement of its own ("dans", "with"): no article, no
    determiner, no "of" or "de" that joins a noun to its complement, no coordinator."""
    folded = fold(word)
    return (
        words.dangling.fullmatch(f" {word}") is not None
        and folded not in words.of_words | words.articles | words.determiners
        and words.coordinated.fullmatch(f"x {word} x") is not None
    )


def _day_row(items: list[str], words: _EventWords) -> str:
    """What a day of a programme holds, in one agenda row: its events in their order, joined by "; ", as many heads as
    `MAX_WORDS` hold ("Questions; Business statement; Budget debate; Adjournment debate"), then each said whole where
    the row still has room for it ("réunion de travail sur l'avenir institutionnel; visite du quartier")."""
    events = [event for item in items for event in _item_heads(item, words)]
    row = events[:1]
    for event in events[1:]:
        if _row_words([head for head, _ in (*row, event)]) > MAX_WORDS:
            break  # an event cut short would be a fragment: the row ends on whole heads
        row.append(event)
    said = [head for head, _ in row]
    for k, (_, whole) in enumerate(row):
        if len(row) == 1 or _row_words([*said[:k], whole, *said[k + 1 :]]) <= MAX_WORDS:
            said[k] = whole
    return "; ".join(said)


def _row_words(events: list[str]) -> int:
    """How many words a row of events takes."""
    return len(" ".join(events).split())


_LIST_MARK = re.compile(r"^[\s\-–—•*·]+")
_MARKED = re.compile(r"\s*[-–—•*·]")  # a line that opens with a list mark


def _item_text(line: str, language: Language) -> str:
    """What an item line of a programme says: its first sentence, without its list mark, its hour and an opening that
    only says when ("• Dans la matinée, le président arrivera à Orly. Il y sera accueilli ..." -> "le président
    arrivera à Orly")."""
    words = _event_words(language)
    text = _ITEM_LEAD.sub("", _LIST_MARK.sub("", _ITEM_LEAD.sub("", line.strip())))
    a, b = Sentences(text).spans[0]
    text = text[a:b].strip().rstrip(".")
    opening, comma, rest = text.partition(", ")
    if comma and rest and len(opening.split()) <= _APPOSITION_WORDS and _says_only_when_of_day(opening, words):
        text = rest
    return text


def _says_only_when_of_day(text: str, words: _EventWords) -> bool:
    """Whether an item's opening only says when in the day ("Dans la matinée", "Au cours de la journée", "Later in
    the afternoon", "Ensuite"): words of time, what introduces them, a day noun."""
    tokens = [re.sub(r"^\w['’]", "", t) for t in re.findall(r"[\w'’-]+", text)]
    return bool(tokens) and all(
        t.isdigit()
        or fold(t) in words.when_words
        or words.lead.fullmatch(t)
        or words.circumstance.fullmatch(t)
        or words.day_noun.fullmatch(t)
        for t in tokens
    )


_NAME_RUN = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*")
_TITLED_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]+\.?(?:\s+[A-ZÀ-Ý][\w'’-]+)*")  # "Ms. Lagarde"


def _ends_line(following: str) -> bool:
    """Whether the text after a sentence starts on a new line: a heading stands alone on its line, and a sentence
    followed by another on its line ("Suivront les 8 et 9 avril. Soit douze jours de grève.") heads no programme."""
    return "\n" in following[: len(following) - len(following.lstrip())] or not following.strip()


def _with_antecedent(clause: str, before: str, words: _EventWords) -> str:
    """A clause opened by a relative pronoun, with the name the pronoun stands for as its subject
    ("..., Fiona Hill, who will testify" -> "Fiona Hill will testify")."""
    if words.clause_relative.match(clause):
        # "..., ratified by the Senate, ce qui pourrait intervenir mardi": what could happen is the clause before
        previous = re.split(r"[,;:]", before.rstrip(" ,"))[-1]
        return previous if len(previous.split()) >= FEW_WORDS else clause
    thing = words.thing_relative.match(clause)
    if thing:
        group = _noun_group_before(before, words)
        return f"{group}{clause[thing.end() :]}" if group else clause
    opening = words.antecedent.match(clause)
    if not opening:
        return clause
    # "Le ministre de l'Intérieur, qui se rendra à Lyon", "the minister, who will present his bill": the noun group
    # the pronoun follows, a name inside it included; a name without a determiner stands alone ("said Hill, who"), and
    # so does one after a group a preposition governs ("X, the curator at the University of Cambridge, who first met")
    group = _noun_group_before(before, words)
    governed = before.rstrip(" ,;:–—")[: -len(group)].split()[-1:] if group else []
    if group and not (governed and words.dangling.search(" " + governed[0])):
        return f"{group}{clause[opening.end() :]}"
    names = [m for m in _NAME_RUN.finditer(before) if len(before) - m.end() < 40]
    return f"{names[-1].group(0)}{clause[opening.end() :]}" if names else clause


_GROUP_WORDS = 8  # a noun group longer than this, before a relative pronoun, is read wrongly


def _noun_group_before(before: str, words: _EventWords) -> str:
    """The noun group that ends the text, from its determiner, its complements joined by an of-word kept ("... to
    represent himself in the penalty phase of the trial" -> "the penalty phase of the trial"); "" when no determiner
    opens one within a few words, or a clause break or a preposition comes first."""
    tokens = before.rstrip(" ,;:–—").split()
    group: list[str] = []
    for i in range(len(tokens) - 1, max(-1, len(tokens) - 1 - _GROUP_WORDS), -1):
        token = tokens[i]
        if group and re.search(r"[,;:()]$", token):
            return ""  # the text before the group's clause
        group.insert(0, token)
        word = fold(re.split(r"(?<=['’])", token)[0])  # "l'élection": the article
        if word in words.of_words:
            continue
        if word in words.determiners:
            previous = fold(tokens[i - 1]) if i else ""
            # "the penalty phase of the trial" goes on past its of-word; "parleront de ce traité" is a verb's object
            if previous not in words.of_words or (i > 1 and _says_verb(tokens[i - 2], words)):
                # "The mayor thanked Maria Lopez": a clause, not a group
                return "" if _says_verb(" ".join(group[1:]), words) else " ".join(group)
            continue
        if words.dangling.search(" " + token) and len(group) > 1:
            return ""  # a preposition before any determiner: no group of its own ("sent in reinforcements")
    return ""


def _adjective_after_noun(noun: re.Match[str], region: str, words: _EventWords, language: Language) -> bool:
    if fold(noun.group(0)).rstrip("sx") not in language.event_adjectives:
        return False
    before = region[: noun.start()].split()
    if not before:
        return False
    previous = re.split(r"['’]", before[-1])[-1]  # "l'élection présidentielle": the noun after the elision
    return fold(before[-1]) not in language.entities.articles and not words.nouns.fullmatch(previous)


def _capital_article_before(region: str, at: int, language: Language) -> bool:
    before = region[:at].rstrip()
    article = re.search(r"(\S+)$", before)
    if not article or not article.group(1)[0].isupper() or not before[: article.start()].strip():
        return False
    return fold(article.group(1)) in language.entities.articles


def _item_event(item: str, language: Language) -> str:
    """An item's event: from its first clause that names one, past the hour and place that open it
    ("A partir de 8 heures, à Nouméa, réunion de travail ..." -> "réunion de travail ...")."""
    words = _event_words(language)
    clauses = item.split(", ")
    named = next((i for i, c in enumerate(clauses) if words.nouns.match(c.strip())), 0)
    if any(_says_verb(c, words) and not _opens_complement(c.split(" ")[0], words) for c in clauses[:named]):
        # "The King will travel to the UK on Tuesday evening, landing at Luton": an opening with its verb, not an hour
        # or a place ("A partir de 8 heures", "toujours à Nouméa"), is the item's clause; an event noun after it only
        # goes on with it
        named = 0
    return ", ".join(clauses[named:])


def event_phrase(
    sentence: str,
    start: int,
    end: int,
    language: Language,
    others: list[tuple[int, int]] | None = None,
    anniversary: bool = False,
    following: str = "",
) -> str:
    """A short phrase saying what happens at the date found at [start, end) of `sentence`.

    `others` are the spans of the other dates of the sentence (offsets into it), kept out of
    the phrase; `anniversary` says the date is a commemoration ("les 80 ans du débarquement");
    `following` is the text after the sentence, which says what a date standing alone as a heading
    announces (a programme's day, then its items).
    """
    words = _event_words(language)
    # a character the page's encoding lost, written alone between spaces, stood for a dash ("before the Nov. 3 election
    # \ufffd and Democrats' efforts"): it parts clauses as one (same length, offsets kept)
    sentence = sentence.replace(" \ufffd ", " – ")
    if anniversary:
        m = _ANNIVERSARY.search(sentence[max(0, start - 200) : start])
        if m:
            return _trim(words.lead.sub("", m.group(0)), words)
    masked = _mask(sentence, [(start, end), *(others or [])], words)
    masked = _without_cleft(masked, start, end, words)
    attributed = _attributive(sentence, masked, start, end, words)
    if attributed:
        return attributed
    phrase = _phrase(sentence, masked, start, language, following)
    phrase = _with_next_item(sentence, masked, start, phrase, following, words)
    if not anniversary and "\n" not in sentence.strip() and len(content_words(phrase)) < _FEW_CONTENT:
        # the words around the date say nothing ("les", "Semaine", "à la grève"): the sentence, never a fragment
        whole = _whole_sentence(masked, words, start)
        if len(content_words(whole)) > len(content_words(phrase)):
            return whole
    return phrase


def _without_cleft(masked: str, start: int, end: int, words: _EventWords) -> str:
    """The sentence without the cleft that puts its date forward ("C'est le 28 novembre que le président recevra ...",
    "It is on Monday that the council will vote ..."): the clause after the link says what happens, as a sentence
    the date opens would (offsets kept)."""
    opening = words.cleft_opening.match(masked)
    if opening is None or masked[opening.end() : start].strip():
        return _without_focusing_cleft(masked, start, end, words)
    link = words.cleft_link.match(masked, end)
    if link is None:
        return masked
    return " " * link.end() + masked[link.end() :]


_SENTENCE_PART_END = re.compile(r"[.;:!?]")
_FOCUS_WORDS = 16  # words between a cleft's opening and its link: a name and its apposition ("X, ministre de ...,")


def _without_focusing_cleft(masked: str, start: int, end: int, words: _EventWords) -> str:
    """The sentence without a cleft that opens a clause after the date or holds it in its focus (offsets kept).

    A cleft that puts the subject forward ("Le 22 juillet, c'est la ministre de la Santé qui viendra à Rodez", "C'est
    d'abord la ministre qui est attendue le 15 juillet") says "the minister will come": its opening and its link go,
    and what comes before an opening the date precedes ("Une semaine plus tard, le 22 juillet,") is the date's frame,
    no event. A cleft whose focus holds the date with other words of time ("Ce n'est qu'après cela, à la mi-mars, que
    les accusés seront interrogés") leaves the clause after its link, as the cleft that puts the date alone does."""
    for opening in words.cleft_anywhere.finditer(masked):
        link = words.cleft_any_link.search(masked, opening.end())
        if link is None or len(masked[opening.end() : link.start()].split()) > _FOCUS_WORDS:
            continue
        if _SENTENCE_PART_END.search(masked, opening.end(), link.start()):
            continue  # the link is another clause's: "c'est un succès. Le comité qui ..."
        before = masked[: opening.start()]
        if before.strip() and (not before.rstrip().endswith(",") or _says_verb(before, words)):
            # a copula inside its clause ("il dit que c'est le maire qui"), or after a clause of its own ("Le ministre
            # viendra le 5 mai, c'est une visite qui compte"): no cleft around the date
            continue
        if words.cleft_not_focus.match(masked, opening.end()):
            continue  # "C'est pourquoi le ministre, qui ...": a connective, no focus
        frame = start < opening.start()  # the date opens the sentence before the cleft: what precedes it is its frame
        if link.group("subject"):
            if not frame and before.strip():
                continue
            # the focus without its apposition ("Brigitte Dupont, ministre de la Santé,"): the name says who
            focus = masked[opening.end() : link.start()]
            head = focus.split(",")[0]
            kept = head + " " * (len(focus) - len(head) + link.end() - link.start())
            return " " * opening.end() + kept + masked[link.end() :]
        if opening.end() <= start and end <= link.start():  # the date in a focus of time: the clause after the link
            return " " * link.end() + masked[link.end() :]
    return masked


_POSSESSOR = re.compile(r"([^,;:]+?)['’]s\s+(?:\w+\s+)?$")  # "the Prime Minister's (first) day": the owner
_OWNER_CHARS = 60

_NAME_BEFORE = re.compile(r"(?:[A-ZÀ-Ý][\w.'’-]*\s+)*[\w.'’-]+$")  # "Donald Trump", "the mayor"


def named_event_group(sentence: str, dates: list[tuple[int, int]], language: Language) -> str:
    """The group of the last event noun a sentence names, without the verb that may follow it ("Le programme du
    sommet a été dévoilé" -> "sommet"), "" when it names none."""
    group = named_event(sentence, dates, language)
    verb = _event_words(language).predicate.search(f" {group} ")
    return _trim(group[: max(0, verb.start() - 1)], _event_words(language)) if verb else group


def named_event(sentence: str, dates: list[tuple[int, int]], language: Language, first: bool = False) -> str:
    """The group of the last event noun a sentence names (the first with `first`), its dates left out ("En juin, il
    faut aussi prévoir douze jours de grève." -> "douze jours de grève"), "" when it names none."""
    words = _event_words(language)
    masked = _mask(sentence, dates, words) if dates else sentence
    noun = _event_noun(masked, 0 if first else len(masked), words, language)
    return _noun_phrase(masked, noun, words) if noun is not None else ""


_TAKEN_UP_WORDS = 4  # a demonstrative, a number or an adjective, its noun: "These six days", "Ces trois journées"


def listed_for(phrase: str, sentence: str, start: int, language: Language) -> str | None:
    """What a sentence whose subject only stands for its list of dates says the list is for, when its first date
    (`start`) follows such a head and the date's phrase names no event ("For processing and admin, these are November
    3, 9 and 15" -> "processing and admin"; "Other dates: June 3" -> ""): its event is named before it. None for any
    other phrase."""
    if not language.date_list_heads or event_nouns(language).search(phrase):
        return None
    words = _event_words(language)
    # the head, then only its verb, what introduces the dates, a year: "these are", "ce sont les", "Autres dates 2019 :"
    head = words.list_head.search(sentence[:start])
    if head is None or _says_verb(sentence[: head.start()], words):
        return None  # "le syndicat mènera son action sur huit jours, les 25 et 26 juin": a clause of its own
    opening = words.complement.match(sentence[: head.start()])  # "For its network,": what the list is for
    if opening is None:
        return ""  # "Autres dates :", "Other dates:" say nothing more
    return _trim(words.lead.sub("", sentence[opening.end() : head.start()].strip(_EDGES)), words)


def taken_up_group(phrase: str, previous: str, language: Language) -> str:
    """What a phrase that is only a demonstrative and its noun ("These six days are August 26, 27 and 31", "Ces trois
    journées auront lieu les 3, 4 et 5 mars") takes up from the sentence before it: the noun group that ends on the
    same noun, with the rest of its clause ("The first six days of jury selection will be spent on hardship inquiry:
    ..." -> "first six days of jury selection will be spent on hardship inquiry"); "" when the phrase is no such
    demonstrative or the sentence before names no such noun."""
    words = _event_words(language)
    tokens = phrase.split()
    demonstratives = {fold(d) for d in language.demonstrative_determiners}
    if not 2 <= len(tokens) <= _TAKEN_UP_WORDS or fold(tokens[0]) not in demonstratives:
        return ""
    head = [m for m in re.finditer(rf"(?<![\w'’-]){re.escape(tokens[-1])}(?![\w'’-])", previous, re.IGNORECASE)]
    if not head:
        return ""
    before = list(re.finditer(r"\S+", previous[: head[-1].start()]))
    at = head[-1].start()  # the group opens on its determiner, a few words before the noun at most
    for token in before[::-1][:_TAKEN_UP_WORDS]:
        if fold(re.split(r"(?<=['’])", token.group(0))[0]) in words.determiners:
            at = token.start()
            break
    clause = re.split(r"[:;.!?()]|\s[-–—]\s", previous[at:])[0]
    return _trim(words.lead.sub("", clause.strip()), words)


_FULL_NAME_REACH = 2000  # characters before the sentence where the event's full name is looked for: a few paragraphs
_FULL_NAME_END = re.compile(r"[,;:.!?()«»\"“”\n]|\s[-–—]\s")


def named_in_full(
    phrase: str, before: str, language: Language, group_at: Callable[[int], str | None] | None = None
) -> str:
    """A phrase opened by a bare event noun ("forum prévu sur deux jours", "la réunion aura lieu à Tulle") with the
    noun's complement that the text said when it last named the same event in full ("... du Forum international de
    Dakar sur la paix ...": "Forum international de Dakar sur la paix prévu sur deux jours"): a second mention
    drops what the first one said. The phrase itself when it opens otherwise, its noun has its complement already,
    or `before` names the noun with none. `group_at` gives the noun group the parse hangs on the word at an offset
    of `before`, where there is a parse; without one the group runs to its clause's verb."""
    words = _event_words(language)
    tokens = phrase.split(" ")
    opening = 1 if tokens and fold(tokens[0]) in words.articles else 0
    if len(tokens) <= opening or not words.nouns.fullmatch(tokens[opening]):
        return phrase
    rest = " ".join(tokens[opening + 1 :])
    if rest and not (_opens_on_verb(rest, words) or words.participle.match(rest)):
        return phrase  # "grève générale", "visite d'une ferme", "réunion du conseil": the noun says more already
    noun = tokens[opening]
    links = sorted({*words.of_words, *(fold(w) for w in language.topic_links)}, key=len, reverse=True)
    linked = "|".join(re.escape(w).replace("'", "['’]") for w in links)
    mention = re.compile(rf"(?<![\w'’-]){re.escape(noun)}\s+(?:[\w-]+\s+)??(?:{linked})(?:(?<=['’])|\s)", re.IGNORECASE)
    window = before[-_FULL_NAME_REACH:]
    mentions = list(mention.finditer(window))
    if not mentions:
        return phrase
    last = mentions[-1]  # the nearest mention before: the same event
    parsed = group_at(len(before) - len(window) + last.start()) if group_at is not None else None
    if parsed:
        return _trim(f"{parsed} {rest}", words)
    end = _FULL_NAME_END.search(window, last.end())
    full = window[last.start() : end.start() if end else len(window)]
    said = _said_at(full, words)  # the group ends where its clause's verb starts ("la session de X vient de ...")
    full = full[:said].strip() if said is not None else full.strip()
    return _trim(f"{full} {rest}", words)


def _said_at(group: str, words: _EventWords) -> int | None:
    """Where, in a noun group run on into its clause, the clause's verb starts; None when it says none."""
    for m in re.finditer(r"\S+", group):
        if m.start() and _opens_on_verb(group[m.start() :], words) and not _PROPER.match(m.group(0)):
            return m.start()
    return None


@functools.cache
def _taking_place(language: Language) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-])(?:{language.taking_place_verbs or '(?!)'})(?![\w'’-])", re.IGNORECASE)


def without_taking_place(phrase: str, language: Language) -> str:
    """An event phrase without the verb that only says its event takes place or is set, right after the event's noun
    group ("réunion du conseil aura lieu à la mairie" -> "réunion du conseil à la mairie", "the hearing will be held
    in Leeds" -> "hearing in Leeds"): an agenda row says that already. The phrase itself when no such verb follows a
    subject that names the event (a noun group, "reprise du championnat", "la première"), or when a pronoun, a name
    or a clause of its own comes before the verb."""
    said = _taking_place(language).search(phrase)
    if said is None:
        return phrase
    words = _event_words(language)
    before = phrase[: said.start()].strip(_EDGES)
    if not before or _says_verb(before, words):
        return phrase
    pronouns = {fold(p) for p in (*language.subject_pronouns, *language.event_pronouns)}
    if fold(before) in pronouns or not content_words(before):
        return phrase
    if not words.nouns.search(before) and _PROPER.match(before):
        return phrase  # "Board of County Commissioners is scheduled for two hearings": a name says who, not what
    shorter = _trim(f"{before} {phrase[said.end() :].strip()}", words)
    # a phrase of a word or two says too little for an agenda row, with the verb or without it: the row is the one the
    # other readings make of it ("L'opération aura lieu samedi. Rendez-vous samedi.": one event said twice, or two)
    return shorter if len(shorter.split()) >= FEW_WORDS else phrase


def _attributive(sentence: str, masked: str, start: int, end: int, words: _EventWords) -> str:
    """The noun a date qualifies, standing between a determiner and it ("Trump's July 25 call", "the 2016 election",
    "the Saturday debate"), with its possessor and its complements; "" when the date qualifies no noun."""
    determiner = words.attributive.search(sentence[max(0, start - 30) : start]) if words.attributive else None
    noun = re.match(r"\s+([a-z][\w-]*)", sentence[end:])
    if determiner is None or noun is None:
        return ""
    if words.dangling.search(" " + noun.group(1)) or _says_verb(noun.group(1), words):
        return ""  # "the 25th in Paris", "the 25th was": no noun after it
    tail = masked[end:]
    stop = _CLAUSE_STOP.search(tail)
    tail = tail[: stop.start()] if stop else tail
    cut = words.cut.search(tail)
    tail = tail[: cut.start()] if cut else tail
    owner = ""
    mark = re.search(r"['’]s\s+$", determiner.group(0))
    if mark:  # "Trump's": whose it is, said with it
        at = start - len(determiner.group(0)) + mark.start()
        name = _NAME_BEFORE.search(sentence[:at])
        owner = name.group(0) + sentence[at : at + 2] if name else ""
    return _trim(f"{owner} {tail}", words)


_ITEM_WORDS = 8  # a programme line's first sentence this short leaves room for the next one in the agenda row


def _with_next_item(sentence: str, masked: str, start: int, phrase: str, following: str, words: _EventWords) -> str:
    """A day that heads a line of a programme ("--Monday, Nov. 18: The Gorbachevs arrive in the late morning. The
    Swiss hold two welcoming ceremonies at Le Reposoir.") holds the line's sentences: a short first one is followed
    by the next of the same line."""
    label = re.match(r"[\s\-–—•*·]*:", masked[:start] + masked[start:].lstrip(" ,"))
    if label is None or masked[:start].strip(" -–—•*·") or len(phrase.split()) >= _ITEM_WORDS:
        return phrase
    if not following[:1].isspace() or following[:1] == "\n" or "\n" in following.split(".")[0]:
        return phrase  # the line ends with the sentence
    sentences = Sentences(following.split("\n")[0])
    a, b = sentences.spans[0]
    return _trim(f"{phrase}; {following[a:b].strip().rstrip('.')}", words)


def _phrase(sentence: str, masked: str, start: int, language: Language, following: str) -> str:
    """The phrase the words around the date give: a heading's programme, a parenthesis' name, an event
    noun's group, or the clause without one."""
    words = _event_words(language)
    alone = following and "\n" not in sentence.strip() and len(re.findall(r"\w+", masked)) <= 1
    if alone and _ends_line(following):
        return programme_items(following, language, hour=_hour_alone(sentence))
    if alone and all(words.lead.fullmatch(w) for w in re.findall(r"\w+", masked)):
        # "– 28 janvier. Date limite de dépôt des amendements.": the date, a full stop, then its item on the line; not
        # "Suivront les 8 et 9 mars. Soit quatre jours de grève.", a sentence of its own
        return _trim(words.lead.sub("", _item_event(_item_text(following.split("\n")[0], language), language)), words)
    on_agenda = words.agenda.search(masked)
    if on_agenda and on_agenda.end() <= start:
        # "Le climat et les océans seront au programme de la session de lundi": the session, about the climate
        host, about = _trim(words.lead.sub("", masked[on_agenda.end() :]), words), masked[: on_agenda.start()]
        return _trim(f"{host} – {words.lead.sub('', about).strip()}" if host else about, words)
    labelled = _labelled_items(masked, start, words)
    if labelled:
        return labelled
    masked = _without_parenthesis_asides(masked, start)
    masked = _without_source(masked, start, words)
    masked = _without_opening_asides(masked, start, words, language)
    clauses = _clauses(masked)  # a comma inside a date or a list of dates ("Tuesday, the 24th") parts no clause
    idx = next((i for i, (a, b) in enumerate(clauses) if a <= start < b or a <= start <= b), len(clauses) - 1)
    if sentence[max(0, start - 2) : start].strip().endswith("(") and idx > 0:
        previous = masked[clauses[idx - 1][0] : clauses[idx - 1][1]].rstrip()
        qualified = _participle_apposition(masked, clauses, idx - 1, words) if idx > 1 else None
        return _trim(f"{qualified} {previous.strip()}", words) if qualified else _before_parenthesis(previous, words)
    reported = _reported_before(masked, clauses, idx, start, words)
    if reported:
        return reported
    listed = _day_list(masked, start, words)
    if listed:
        return listed
    participled = _participle_phrase(masked, start, words, language)
    if participled:
        return participled
    opened = _opening_participle(masked, clauses, idx, start, words, language)
    if opened:
        return opened
    when = words.when_clause.match(masked, start)
    if when and not words.nouns.search(masked[clauses[idx][0] : start]):
        # "since 2 March, when Israel imposed a blockade": the clause after the date says what happened then, when
        # the words before it name no event of their own
        stop = _CLAUSE_STOP.search(masked, when.end())
        said = _trim(masked[when.end() : stop.start() if stop else len(masked)], words)
        if len(said.split()) >= FEW_WORDS:
            return said
    holds = words.holds.search(masked)
    if holds and start < holds.end() and not _CLAUSE_STOP.search(masked, holds.start(), holds.end()):
        # "On Sunday, the Prime Minister's day begins with a meeting with ...": what the day holds is its event
        stop = _CLAUSE_STOP.search(masked, holds.end())
        held = words.lead.sub("", masked[holds.end() : stop.start() if stop else len(masked)].strip())
        first, _, rest = held.partition(" ")
        held = rest if rest and fold(first) in words.articles else held  # "une rencontre avec ..."
        # whose day it is, said with a possessive ("the Prime Minister's day"), is who the agenda line names
        owner = _POSSESSOR.search(masked, max(0, holds.start() - _OWNER_CHARS), holds.start())
        whose = words.lead.sub("", owner.group(1).strip(_EDGES)) if owner else ""
        if len(content_words(held)) >= _FEW_CONTENT:
            return _trim(f"{whose} – {held}" if whose else held, words)
    a, b = _date_clause(masked, clauses, idx, words)
    condition = words.condition.search(masked, start, b)
    if condition:  # "Staff will walk out on June 12 unless the talks resume": the condition is no part of the event
        b = condition.start()
    absolute = words.absolute.search(masked, a, start)
    if absolute and _BLANK.search(masked, a, absolute.start()) and len(content_words(absolute.group("clause"))) >= 2:
        # "The drivers strike on Monday, with the guards joining on Thursday": the main clause says another date's event
        # (blanked before the absolute clause), the absolute clause this one's; "meet with the leaders visiting on
        # Thursday", with no other date, is one clause
        return _trim(words.lead.sub("", absolute.group("clause")), words)
    relative = _relative_before(masked, a, start, words)
    happens = relative is not None and words.happens.match(masked, relative, start)
    if relative is not None and not happens:
        # "... de Marseille qui recevra dimanche Brest": what the relative says is the date's; "X, qui aura lieu à Sète"
        # names the event itself, read below
        return _clause_phrase(masked, relative, b, start, words, language)
    list_from = _list_start(masked, clauses, a, words)
    in_list, a = list_from < a, min(a, list_from)
    clause_end = b  # the event noun is the clause's own: a complement's noun is often another event's
    masked, b = _with_complements(masked, clauses, b, words)
    own = clauses[idx][0]
    masked = _without_asides(masked, clauses, a, b, words)
    masked = _without_dash_aside(masked, a, own, words)
    if a < own and masked[own - 1] == "," and not in_list:  # the subject: "La ministre, Claire Dubois, recevra"
        masked = masked[: own - 1] + " " + masked[own:]
    own_end = clauses[idx][1]
    if (
        own_end < b
        and masked[own_end] == ","
        and not _says_verb(masked[own:own_end], words)
        and _opens_on_verb(masked[own_end + 1 : b], words)
    ):
        masked = masked[:own_end] + " " + masked[own_end + 1 :]  # the verb after it: "Le président, mardi, recevra"
    region = masked[a:b]
    noun = _event_noun(masked[a:clause_end], start - a, words, language)
    complement = None if noun is not None else _complement_noun(masked, a, clause_end, b, words)
    if complement is not None:
        # the clause names no event, its complement does: who, then the event ("Joe Biden – celebration of ...")
        group = _noun_phrase(region, complement, words)
        who = sentence_subject(masked[a:clause_end].strip(_EDGES), language)
        if who is None or fold(who) in language.vague_subjects or len(who.split()) > _HEADLINE_WHO:
            return group
        return _trim(f"{who} – {group}", words)  # its article kept: "le chef de l'État" is a role to resolve
    if noun is not None:
        group = _noun_phrase(region, noun, words)
        if not _said_by_its_subject(region[: noun.start()], language):
            return group
        # who does it, then the event's group: "Ban Ki-moon will address the opening of the AU summit"; a longer
        # run of words before the noun is a clause of its own, read as one below
        who = _past_other_date(
            region[: _modifiers_start(region, _group_start(region, noun), words)], start - a, words, language
        )
        who = words.lead.sub("", _unattributed(who, start - a, words).strip())
        if len(who.split()) <= _HEADLINE_WHO:
            return _trim(f"{who} {group}", words)
    topic = words.topic.match(masked)
    if topic and topic.end() <= start:  # "Quant à la réunion du Conseil, trois sont programmées : le 1er mars"
        return _trim(words.lead.sub("", topic.group(1)), words)
    return _clause_phrase(masked, a, b, start, words, language)


_SPEAKER_WORDS = 6  # words of who says it, in an attribution after its clause ("the two sides", "le maire")


def _reported_before(masked: str, clauses: list[tuple[int, int]], idx: int, start: int, words: _EventWords) -> str:
    """What an attribution set after its clause reports, when the date is the saying's ("Stellantis and the union have
    reached an agreement, the two sides said Saturday" -> "Stellantis and the union have reached an agreement"; "La
    mairie a fermé la piscine, a indiqué mardi le maire"): the clause before the comma is what happened, who said it
    and when says nothing of it. "" when the date's clause is no such attribution."""
    if idx == 0:
        return ""
    a, b = clauses[idx]
    if masked[clauses[idx - 1][1] : a].strip() != ",":
        return ""
    verb = words.attribution.search(masked, a, b)
    if verb is None or masked[verb.end() : start].strip():
        return ""  # the date is the saying's: right after its verb ("said Saturday", "a indiqué mardi")
    speaker = f"{masked[a : verb.start()]} {masked[verb.end() : b]}"
    if (
        len(speaker.split()) > _SPEAKER_WORDS
        or _says_verb(speaker, words)
        # a preposition: no speaker ("with details to be announced next week")
        or any(words.dangling.fullmatch(" " + w) and fold(w) not in words.determiners for w in speaker.split())
    ):
        return ""
    before = words.lead.sub("", masked[clauses[0][0] : clauses[idx - 1][1]].strip())
    if len(before.split()) < FEW_WORDS or not _says_verb(before, words):
        return ""  # "In a statement, officials said Monday": no clause before it
    return _trim(before, words)


def _labelled_items(masked: str, start: int, words: _EventWords) -> str:
    """The items after the colon of a line that a date opens as its label, when what stands between the date and the
    colon only says when and in what circumstance ("Le mardi 28 avril, à quinze heures, après les questions au
    Gouvernement, et à vingt et une heures trente : proposition de loi sur ... ; deuxième lecture de ..." -> the two
    bills; "– 19 juin à zéro heure : c'est la fin de la campagne" -> "fin de la campagne"): the label's hours and its
    "after the questions" are no event. A date alone before its colon is read as a label below. An item that is
    only possible ("éventuellement, suite de ...") gives way to the next. "" when the line has no such label."""
    colon = masked.find(":", start)
    if colon < 0 or re.search(r"\w", masked[:start]) or re.search(r"[;.!?]", masked[start:colon]):
        return ""
    label = [p for p in masked[start:colon].split(",") if re.search(r"\w", p)]
    if not label or not all(_says_only_when(p, words) or words.circumstance.match(p) for p in label):
        return ""  # "Friday, June 13: The delegates arrive": a bare label, read as one below
    listed = _items_after(masked[colon + 1 :], ";", words, _EDGES + "!?")
    items = [item for item in listed if not words.optional_item.match(item)]
    if not items or len(content_words(items[0])) < _FEW_CONTENT:
        return ""  # "20 juin : le jour J !": the label's words say too little to stand for the day
    return _trim("; ".join(items[:_PROGRAMME_ITEMS]), words)


def _items_after(listed: str, separator: str, words: _EventWords, edges: str = _EDGES) -> list[str]:
    """The items of what follows a colon, split at `separator`, each without its lead word ("puis", "and then") and
    its edges; empty ones dropped."""
    items = (words.lead.sub("", piece.strip(edges)).strip(edges) for piece in re.split(separator, listed))
    return [item for item in items if item]


def _day_list(masked: str, start: int, words: _EventWords) -> str:
    """The first events of the list after a colon, when the date's clause before it names a day of a programme ("La
    journée du jeudi sera le grand moment de la visite : cérémonie d'accueil à la Maison Blanche, hymnes nationaux, ..."
    -> "cérémonie d'accueil à la Maison Blanche; hymnes nationaux"): the clause says only that the day is full, the list
    says what fills it. "" otherwise."""
    colon = masked.find(":", start)
    opening = max(masked.rfind(mark, 0, start) for mark in ".;:")
    if colon < 0 or not words.day_noun.search(masked, opening + 1, colon) or re.search(r"[;()]", masked[start:colon]):
        return ""
    items = _items_after(masked[colon + 1 :], r"[,;]\s+", words)
    items = [part.group(0) if (part := words.coordinated.match(item)) else item for item in items]
    if len(items) < 2:
        return ""  # one clause after the colon: what the day is, read as a clause
    return _trim("; ".join(items[:_PROGRAMME_ITEMS]), words)


_APPOSITION_WORDS = 6  # an apposition longer than this is a clause of its own


def _without_opening_asides(masked: str, start: int, words: _EventWords, language: Language) -> str:
    """A sentence opened by its date, with what stands between the date and its clause blanked: an adverbial of
    circumstance ("Le 16 octobre, à l'occasion du remaniement, Françoise Nyssen n'est pas reconduite" -> "Françoise
    Nyssen n'est pas reconduite"), and what is set off by commas after the clause's subject, before its verb: an
    apposition ("On Tuesday, Israel's military spokesperson, Daniel Hagari, said ..." -> "Daniel Hagari said ...";
    "Lundi, Sebastian Kurz, le chancelier autrichien, a dit" -> "Sebastian Kurz a dit"), of which the name is kept
    (the agenda line says who acts by name), or a relative aside ("the Council, which represents the companies,
    pushed back")."""
    clauses = _clauses(masked)
    if not clauses or not clauses[0][0] <= start <= clauses[0][1] or re.search(r"\w", masked[slice(*clauses[0])]):
        return masked
    k = next((k for k in range(1, len(clauses)) if re.search(r"\w", masked[slice(*clauses[k])])), None)
    if k is None or any(masked[clauses[j][1]] != "," for j in range(k)):
        return masked
    text = lambda i: masked[slice(*clauses[i])]  # noqa: E731

    def set_off(j: int) -> bool:
        """Whether clause j is a subject and clause j + 1 what is set off after it, before the verb of clause j + 2."""
        return (
            j + 2 < len(clauses)
            and masked[clauses[j][1]] == masked[clauses[j + 1][1]] == ","
            and 0 < len(text(j).split()) <= _APPOSITION_WORDS
            and not _says_verb(words.participle.sub(" ", text(j)), words)  # "officials led by Wen Jiabao" has none
            and not words.relative.match(text(j))
            and not words.complement.match(text(j))
            and (
                (words.relative.match(text(j + 1)) and len(text(j + 1).split()) <= MAX_WORDS)
                or (
                    0 < len(text(j + 1).split()) <= _APPOSITION_WORDS
                    and not _says_verb(text(j + 1), words)
                    and not words.complement.match(text(j + 1))
                )
            )
            and bool(_opens_on_verb(text(j + 2), words) or words.attribution.match(text(j + 2)))
        )

    def whole(j: int) -> bool:
        """Whether clause j ends its sentence or what follows it is a comment or a complement of it: no verb after a
        comma is its own ("officials led by Wen Jiabao, then the prime minister, put forward ...": read as it was)."""
        after = clauses[j][1]
        return (
            after >= len(masked)
            or masked[after] != ","
            or words.comment.match(masked, after) is not None
            or (j + 1 < len(clauses) and words.complement.match(text(j + 1)) is not None)
        )

    while (
        k + 1 < len(clauses)
        and masked[clauses[k][1]] == ","
        and words.circumstance.match(text(k))  # its own verb or not: "after the talks ended", "during a flooded ..."
        and (set_off(k + 1) or (sentence_subject(text(k + 1), language) is not None and whole(k + 1)))
    ):
        masked = masked[: clauses[k][0]] + " " * (clauses[k][1] - clauses[k][0]) + masked[clauses[k][1] :]
        k += 1
    if set_off(k):
        named = [_NAME_RUN.fullmatch(text(i).strip()) is not None for i in (k, k + 1)]
        if named == [False, True]:  # the subject and the comma after its apposition go: "Daniel Hagari said"
            x, y, comma = clauses[k][0], clauses[k + 1][0], clauses[k + 1][1]
            masked = masked[:x] + " " * (y - x) + masked[y:comma] + " " + masked[comma + 1 :]
        else:  # what is set off and its commas go: "Sebastian Kurz a dit"
            x, y = clauses[k][1], clauses[k + 1][1] + 1
            masked = masked[:x] + " " * (y - x) + masked[y:]
    return masked


def _without_source(masked: str, start: int, words: _EventWords) -> str:
    """The sentence without the adverbial of source that opens it before its date set off by commas ("Toujours selon
    la LC, le vendredi 27 janvier, le président Ouattara rencontrera ...", "According to the agency, on Monday, the
    board will vote ..."): the sentence is then opened by its date (offsets kept)."""
    clauses = _clauses(masked)
    if len(clauses) < 3 or not words.source.match(masked, *clauses[0]):
        return masked
    if masked[clauses[0][1]] != "," or not clauses[1][0] <= start <= clauses[1][1]:
        return masked
    if re.search(r"\w", masked[slice(*clauses[1])]) or masked[clauses[1][1]] != ",":
        return masked  # the date is not set off alone: "According to the agency, the board voted on Monday"
    return " " * clauses[1][0] + masked[clauses[1][0] :]


_PARTICIPLE_REACH = 6  # words between a participle and the date its phrase holds ("passed by Israel's parliament")


def _participle_phrase(masked: str, start: int, words: _EventWords, language: Language) -> str:
    """The noun group a past participle follows, with the participle's phrase, when the date is in that phrase and
    the group names no event ("Les deux alliés sont unis par un traité, signé en juin" -> "traité signé"; "a double
    murder committed in Nice on 6 May" -> "double murder committed in Nice"; "The ban, passed by parliament last
    October, followed ..." -> "ban passed by parliament"): the participle says what happened to the noun at the date.
    The participle follows its noun, set off by a comma or after the clause's verb (the noun is its object): "the
    parliament passed the ban" opens its clause on a subject and a finite verb. "" when the date is in no such phrase,
    or when the group names an event (its own reading, by the event noun, says as much)."""
    before = masked[:start]
    participles = list(words.participle.finditer(before))
    if not participles:
        return ""
    p = participles[-1]
    between = before[p.end() :]
    if (
        len(between.split()) > _PARTICIPLE_REACH
        or re.search(r"[;:()«»\"“”]", between)
        or _says_verb(between, words)
        or not words.coordinated.fullmatch(between)  # "des puissances industrialisées et de la Russie le 6 mai"
    ):
        return ""
    head = before[: p.start()].rstrip()
    aside = head.endswith(",")
    head = head.rstrip(" ,")
    last, previous = (head.split()[-2:] if len(head.split()) > 1 else ["", *head.split()])[::-1]
    if (
        not last
        or fold(last) in words.determiners
        or words.dangling.search(" " + last)
        or (words.participle.fullmatch(last) and fold(previous) not in words.determiners)  # "le permis accordé"
        or (_says_verb(last, words) and fold(previous) not in words.determiners)  # "ce traité signé": a noun
    ):
        return ""  # "a signé", "ont été arrêtés", "has been passed": no noun before the participle
    group = _noun_group_before(head, words)
    if not group or _planned(language, p.group(0)) or (words.nouns.search(group) and not aside):
        return ""  # "La réunion, prévue mardi, est reportée", "investiture par le Parlement prévue le 15": the event's
    governing = head[: len(head) - len(group)].split()[-1:]
    if not aside and not (governing and _governs(governing[0], words)):
        # "The parliament passed the ban last October", "the bill the House passed in May": a subject and its verb
        return ""
    opening = group.split(" ", 1)
    if len(opening) == 2 and fold(opening[0]) in words.determiners:
        group = opening[1]  # "un traité signé en juin": the agenda line says "traité signé"
    tail = masked[start:]
    stop = _CLAUSE_STOP.search(tail)
    named = _NAME_RUN.match(tail, stop.end() + 1) if stop and tail[stop.start()] == "," else None
    if named and re.fullmatch(r"\s*[,.;:]?", tail[named.end() : named.end() + 2][:1]):
        stop = None if named.end() >= len(tail) else re.compile(r"\W").search(tail, named.end())
    tail = tail[: stop.start()] if stop else tail
    part = words.coordinated.match(tail)
    tail = part.group(0) if part else ""
    return _trim(words.lead.sub("", f"{group} {masked[p.start() : start]} {tail}"), words)


def _opening_participle(
    masked: str, clauses: list[tuple[int, int]], idx: int, start: int, words: _EventWords, language: Language
) -> str:
    """An opening clause on a gerund or a past participle that holds the date, headed by the sentence's subject ("After
    leaving London on October 15, Harry and Meghan will be welcomed ..." -> "Harry and Meghan leaving London"; "Arrivé à
    Dakar le 3 mai, le président a rencontré ..." -> "le président arrivé à Dakar"): the subject does it at the date,
    the main clause says what it does next. "" when the date is in no such clause or the main clause has no subject."""
    if idx + 1 >= len(clauses) or masked[clauses[idx][1]] != "," or re.search(r"\w", masked[: clauses[idx][0]]):
        return ""
    opening = masked[clauses[idx][0] : clauses[idx][1]].strip()
    opening = opening[:1].lower() + opening[1:]  # the sentence's capital: "Arrivé", "En quittant"
    text = words.lead.sub("", opening)
    if not any(w.gerund.match(t) or w.participle.match(t) for w in [words] for t in (opening, text)):
        return ""
    main = masked[clauses[idx + 1][0] :].strip()
    subject = sentence_subject(main, language)
    if subject is None or fold(subject) in language.vague_subjects or words.attribution.match(main, len(subject)):
        return ""  # "Speaking on Monday, he said ...": the saying is the event
    text = text if words.gerund.match(text) or words.participle.match(text) else opening
    return _trim(f"{subject} {text}", words)


def _governs(word: str, words: _EventWords) -> bool:
    """Whether the word before a noun group makes it a complement: a preposition, or a verb ("sont unis par un traité",
    "a regretté le changement", "to eliminate the tariffs" is no such verb by its shape, and is left out)."""
    return bool(
        words.dangling.search(" " + word)
        or words.lead.fullmatch(word)  # "après", "after"
        or words.participle.fullmatch(word)
        or _says_verb(word, words)
    )


@functools.cache
def _future_cues(language: Language) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for tense, p in language.tense_cues if tense == "future") or "(?!)", re.I)


def _planned(language: Language, participle: str) -> bool:
    """Whether a participle says an event is planned ("prévue", "scheduled"): it dates the event, says nothing of it."""
    return _future_cues(language).fullmatch(participle) is not None


_BLANK = re.compile(r"\s{3,}")  # where a date was blanked out of the sentence


def _past_other_date(who: str, date_at: int, words: _EventWords, language: Language) -> str:
    """Who does the event, without what they do at another date of the sentence: its subject, then the complement after
    that date ("Albanese will travel to Rome on Friday to attend the inauguration of Pope Leo XIV on Sunday" ->
    "Albanese to attend the" for Sunday: the travel is Friday's)."""
    blanks = [m for m in _BLANK.finditer(who) if not m.start() <= date_at <= m.end()]
    if not blanks or not words.complement.match(who[blanks[-1].end() :]):
        return who
    subject = sentence_subject(who[: blanks[-1].start()], language)
    return who if subject is None else f"{subject} {who[blanks[-1].end() :]}"


_PARENTHESIS_ASIDE = re.compile(r"\((?:[^()]*\s[^()]*)\)")  # of two words or more: not a name's acronym "(Otan)"


def _without_parenthesis_asides(masked: str, start: int) -> str:
    """The text with the asides in parentheses blanked, but the one that holds the date: the clause goes on after one
    ("Les Français votent les 11 et 18 juin (sauf ceux de l'étranger, qui votent dès le 4) pour les législatives")."""

    def blanked(m: re.Match[str]) -> str:
        return m.group(0) if m.start() <= start < m.end() else " " * len(m.group(0))

    return _PARENTHESIS_ASIDE.sub(blanked, masked)


def _said_by_its_subject(before_noun: str, language: Language) -> bool:
    """Whether the event noun is the object of a clause whose subject says who acts ("Ban Ki-moon will address the
    opening of the summit", "The court will deliver its verdict in the fraud trial"): the clause tells more than the
    noun. A subject that names no one ("We will wait for the arrival") leaves the noun the event, and so does a
    language whose agenda lines are nominal (French: "Antony Blinken – réunion avec ses homologues")."""
    if not language.headline_clause:
        return False
    subject = sentence_subject(before_noun, language)
    return subject is not None and fold(subject) not in language.vague_subjects


def _participle_apposition(masked: str, clauses: list[tuple[int, int]], k: int, words: _EventWords) -> str | None:
    """The event noun a clause opening on a past participle qualifies, when the clause before it ends on one ("le
    forum, prévu sur deux jours (18-19 novembre)": the forum is what is planned); None otherwise."""
    if not words.participle.match(masked[clauses[k][0] : clauses[k][1]].lstrip()):
        return None
    before = masked[clauses[k - 1][0] : clauses[k - 1][1]].rstrip()
    noun = next((m for m in words.nouns.finditer(before) if m.end() == len(before)), None)
    return noun.group(0) if noun else None


def _before_parenthesis(previous: str, words: _EventWords) -> str:
    """What a parenthetical date qualifies: the name just before it, with the word that links it
    ("... quittée sous Donald Trump (2017-2021)" -> "sous Donald Trump"), else the last words."""
    name = next((m for m in _NAME_RUN.finditer(previous) if m.end() == len(previous)), None)
    if name:
        link = re.search(r"(?<!\S)[a-zà-ÿ]{1,6}\s+$", previous[: name.start()])
        return _trim(previous[link.start() if link else name.start() :], words)
    return _trim(" ".join(previous.split()[-8:]), words)


def _date_clause(masked: str, clauses: list[tuple[int, int]], idx: int, words: _EventWords) -> tuple[int, int]:
    """The clause that says what happens at the date: its own, or, when it is only the date ("..., le 15
    avril"), the neighbour before it (the one after when that neighbour is a mere label, "Day 1: On June 21,
    Modi will ..."). A clause that opens on its verb has its subject before it ("Le gymnich – la réunion
    informelle – aura lieu les 9 et 10 mars")."""
    a, b = clauses[idx]
    after_label = _label_end(masked, clauses, idx, words)
    if after_label is not None:
        return after_label
    if idx == 0 and not re.search(r"\w", masked[a:b]):
        # a sentence opened by its date ("Le dimanche 8 mars, le président sera ...", "On Tuesday, the 24th, the
        # President will travel ..."): the first clause with words after it, past the dates, is the date's
        k = next((k for k in range(1, len(clauses)) if re.search(r"\w", masked[slice(*clauses[k])])), None)
        if k is not None and (
            all(masked[clauses[j][1]] == "," for j in range(k))
            # a date that heads its line with a colon, its hour set off after it ("July 9: at 10 am, hearing of ...")
            or (k > 1 and masked[clauses[0][1]] == ":" and all(masked[clauses[j][1]] == "," for j in range(1, k)))
        ):
            aside = k
            while (
                aside + 1 < len(clauses)
                and words.contrast.match(masked[slice(*clauses[aside])])
                and masked[clauses[aside][1]] == ","
            ):
                aside += 1  # "Ce dimanche 11 juin, alors que les Français voteront, le président recevra ..."
            return (a, clauses[k][1]) if aside == k else clauses[aside]
    if (
        0 < idx < len(clauses) - 1
        and words.relative.match(masked[a:b])
        and not words.antecedent.match(masked[a:b])  # "..., qui avait démissionné en mars": the name did
        and not words.nouns.search(masked[a:b])
    ):
        # a date inside a relative aside dates its antecedent, and the verb after the aside says what it does
        # ("The conference, which is scheduled for June 13 to 17, will take place at ..."), when the antecedent opens
        # the sentence; after an antecedent inside another clause, the verb is the sentence subject's ("The statement,
        # coming ahead of Xi's visit to India, which is expected between October 11 and 13, is a departure from ...")
        after = clauses[idx + 1]
        opens = idx == 1 and _opens_on_verb(masked[after[0] : after[1]], words)
        return clauses[idx - 1][0], after[1] if opens else clauses[idx - 1][1]
    subject_end = a if not re.search(r"\w", masked[a:b]) and idx > 0 else b
    subject_start = clauses[idx - 1][0] if subject_end == a else a
    if (
        idx + 1 < len(clauses)
        and subject_start == clauses[0][0]  # the sentence's subject, not a number's decimals ("4,3 % en juin, ...")
        and not words.nouns.search(masked[subject_start:subject_end])  # "Deux jours de plaidoiries, mardi, clôtureront"
        and not _says_verb(masked[a:b], words)
        and _opens_on_verb(masked[clauses[idx + 1][0] : clauses[idx + 1][1]], words)
        and (re.search(r"\w", masked[a:b]) or (idx > 0 and not _says_verb(masked[clauses[idx - 1][0] : a], words)))
    ):
        # the subject, the date, then its verb: "The UN's top court on Friday, 2 May, heard a final day of arguments",
        # "Le président, mardi, recevra les syndicats"
        return a if re.search(r"\w", masked[a:b]) else clauses[idx - 1][0], clauses[idx + 1][1]
    if idx > 0 and _opens_on_verb(masked[a:b], words):
        subject = idx - 1
        while subject > 0 and (
            words.relative.match(masked[clauses[subject][0] : clauses[subject][1]])  # "A book, which he wrote, is"
            or _place_qualified(masked, clauses, subject, words)  # "in Eugene, Oregon, will take place"
        ):
            subject -= 1
        return _before_dash_aside(masked, clauses, subject), b
    # a short clause says its event with the one before it; one opened by "which" has the group before it as subject
    if len(re.findall(r"\w+", masked[a:b])) < 3 and idx > 0 and not words.thing_relative.match(masked[a:b]):
        before = masked[clauses[idx - 1][0] : clauses[idx - 1][1]]
        label = len(re.findall(r"\w+", before)) <= 2
        # "Autre temps fort : le lundi 5 octobre, avec l'interrogatoire d'un témoin": the event is named after the
        # date when the words before it name none and say no verb
        named_after = (
            idx + 1 < len(clauses)
            and not words.nouns.search(before)
            and not words.predicate.search(f" {before} ")
            and bool(words.nouns.search(masked[clauses[idx + 1][0] : clauses[idx + 1][1]]))
        )
        # a listing's title, its town, its dates: "Welcome in Tziganie, Seissan, Gers, du 2 au 4 juillet"
        title = idx - 1
        while title > 0 and _NAME_ALONE.fullmatch(masked[clauses[title][0] : clauses[title][1]]):
            title -= 1
        if title < idx - 1 and not words.nouns.search(masked[clauses[title + 1][0] : a]):
            a = clauses[title][0]
        elif (label or named_after) and idx + 1 < len(clauses):
            b = clauses[idx + 1][1]
        else:
            a = clauses[idx - 1][0]
    return a, b


def _list_start(masked: str, clauses: list[tuple[int, int]], a: int, words: _EventWords) -> int:
    """Where the clause that starts at `a` starts when it ends a list set off by commas: at the clause that holds the
    list's first item ("The nurses, the porters and the cleaners will strike"; "UNAC, USW 7600, and OFNHP are expected
    to strike"; "the members who collect, sort and deliver parcels have been asked to strike"). The commas of a list
    part no clause: the list's last items alone, without the first, are a fragment. `a` when it ends no list."""
    k = next((i for i, (x, _) in enumerate(clauses) if x == a), 0)
    end = words.list_end.match(masked, a) if k > 0 else None
    if end is None or end.end() > clauses[k][1] or not _list_item(end.group("item"), words, last=True):
        return a
    first = k
    while first > 0 and _list_item(masked[slice(*clauses[first - 1])], words):
        first -= 1
    if not end.group("item").strip():
        # ", and OFNHP are expected": a list only after two items ("A, B, and C"); "The talks ended, and ..." is two
        # clauses
        return clauses[first][0] if k - first >= 2 else a
    if first == k > 0 and not _opens_aside(masked[slice(*clauses[first - 1])], words):
        first -= 1  # the clause whose last words are the list's first item ("the members who collect, sort and ...")
    return clauses[first][0]


def _list_item(text: str, words: _EventWords, last: bool = False) -> bool:
    """Whether the words between two commas can be an item of a list: a few words, no verb, not an opening adverbial
    ("In Paris", "On Monday"); the last item before the coordinator may be empty (", and C")."""
    count = len(re.findall(r"[\w'’.-]+", text))
    if count == 0:
        return last and not text.strip()
    return count <= _LIST_ITEM_WORDS and not _says_verb(text, words) and not _opens_aside(text, words)


def _opens_aside(text: str, words: _EventWords) -> bool:
    """Whether a clause is an adverbial, a comment or a clause of its own rather than a noun or verb group: it opens on
    a preposition, a circumstance, a source, a contrast, a subordinator or a coordinator, or it only says when."""
    first = text.lstrip().split(" ")[0] if text.strip() else ""
    return (
        not re.search(r"\w", text)
        or _says_only_when(text, words)
        or any(
            p.match(text)
            for p in (words.complement, words.circumstance, words.source, words.contrast, words.relative, words.opener)
        )
        or words.subordinate.match(text.lstrip()) is not None
        or words.coordinated.fullmatch(f"x {first} x") is None
    )


def _says_only_when(text: str, words: _EventWords) -> bool:
    """Whether the words left around a blanked date only say when ("Late  or  ": "Late Tuesday afternoon or 8:30 a.m.
    Wednesday")."""
    return all(
        w.isdigit() or fold(w) in words.when_words or words.lead.fullmatch(w) for w in re.findall(r"[\w'’]+", text)
    )


def _label_end(masked: str, clauses: list[tuple[int, int]], idx: int, words: _EventWords) -> tuple[int, int] | None:
    """The clause after a date that heads a programme's line or opens its sentence, when what comes before it only
    says when: an opening adverbial ("On Day 2 of the visit, June 22, PM Modi will be given ..."), words of time
    ("Late Tuesday afternoon or 8:30 a.m. Wednesday, Feb. 1: The prosecution puts on its first witness"); None
    otherwise."""
    a, b = clauses[idx]
    if not _says_only_when(masked[a:b], words) or not re.search(r"\w", masked[clauses[0][0] : b]):
        return None  # a sentence opened by its date alone is read below
    if any(
        not words.opener.fullmatch(masked[x:y]) and not _says_only_when(masked[x:y], words) for x, y in clauses[:idx]
    ):
        return None
    k = next((k for k in range(idx + 1, len(clauses)) if not _says_only_when(masked[slice(*clauses[k])], words)), None)
    if k is None or any(masked[clauses[j][1]] not in ",:" for j in range(k)):
        return None
    return clauses[k]


def _with_complements(masked: str, clauses: list[tuple[int, int]], b: int, words: _EventWords) -> tuple[str, int]:
    """Where the clause ending at `b` ends with the complements set off by commas after it: its venue, its purpose, its
    court ("Le procès débutera lundi, le 16 novembre, devant la cour d'assises, à Vesoul"; "The minister flies to
    Paris on Monday, for talks on trade"), past the dates between them, whose commas go with them. A complement says
    no verb of its own."""
    k = next((i for i, (_, y) in enumerate(clauses) if y == b), None)
    if k is None:
        return masked, b
    end = b
    dated = masked[clauses[k][0] : b].endswith("  ")  # a date ends the clause: the comma after it goes with it
    for (_, y0), (x, y) in itertools.pairwise(clauses[k:]):
        if masked[y0] != ",":
            break
        text = masked[x:y]
        if not re.search(r"\w", text):
            dated = True  # a date between commas ("lundi, le 16 novembre, devant ..."): its commas go with it
            continue
        if _says_verb(text, words) or words.subordinate.match(text.lstrip()):
            break  # "..., before it votes on the bill": a clause of its own
        if not words.complement.match(text) and _event_object_at(text, words) is None:
            break
        if dated:
            masked = masked[:end] + " " * (x - end) + masked[x:]
        end, dated = y, False
    return masked, end


# what may stand between a complement's preposition and its head noun: an article, a possessive, an ordinal ("pour sa
# deuxième visite", "for the 29th summit"); a longer word is a verb or an adjective of other things ("pour préparer le
# sommet")
_COMPLEMENT_DETERMINERS = re.compile(r"(?:(?:\w{1,4}|\w+(?:ième|ème|th|st|nd|rd))(?:['’]\s*|\s+)){0,2}")


def _complement_noun(masked: str, a: int, clause_end: int, b: int, words: _EventWords) -> re.Match[str] | None:
    """The event noun that heads a complement after the clause (in [clause_end, b)), for a clause that names none:
    "le président sera aux côtés de son épouse, pour la célébration de la journée de la femme" -> "célébration";
    offsets are the region's, from `a`."""
    region = masked[a:b]
    for m in re.finditer(r"[^,]+", region[clause_end - a :]):
        displaced = _event_object_at(m.group(0), words)
        if displaced is not None:  # the clause's object, set off after its adverbials: the event itself
            return words.nouns.match(region, clause_end - a + m.start() + displaced)
        opening = words.complement.match(m.group(0))
        if opening is None:
            continue
        at = clause_end - a + m.start() + opening.end()
        at += len(re.match(r"\s*", region[at:]).group(0))  # type: ignore[union-attr]
        at += _COMPLEMENT_DETERMINERS.match(region, at).end() - at  # type: ignore[union-attr]
        noun = words.nouns.match(region, at)
        if noun is not None and (words.determiner is None or words.determiner.search(region[max(0, at - 30) : at])):
            return noun
    return None


_OBJECT_ARTICLE = re.compile(r"\s*([\w]+(?:['’]|\s+))")
_OBJECT_MODIFIER = re.compile(r"[\w-]+\s+")  # "la nouvelle édition", "the annual festival": one word before the noun


def _event_object_at(piece: str, words: _EventWords) -> int | None:
    """Where the event noun of a piece set off by commas after its clause is, when the piece is a noun group opened by
    an article whose head (or the word after one modifier) is an event noun: the verb's object, put after its
    adverbials ("va présider lundi à Tulle, la cérémonie d'ouverture du salon"; "will open on Saturday in the square,
    the annual festival"); None for any other piece (a verb of its own is read by the caller)."""
    article = _OBJECT_ARTICLE.match(piece)
    if article is None or fold(article.group(1).strip()) not in words.articles:
        return None
    at = article.end()
    for skip in (0, 1):
        if skip:
            modifier = _OBJECT_MODIFIER.match(piece, at)
            if modifier is None:
                return None
            at = modifier.end()
        if words.nouns.match(piece, at):
            return at
    return None


def _says_verb(text: str, words: _EventWords) -> bool:
    """Whether the words say a verb: an auxiliary, or a tense cue in a word that is not a name ("United" is no
    past)."""
    lower = re.sub(r"\b[A-ZÀ-Ý][\w'’-]*", " ", text)
    return bool(words.predicate.search(f" {text} ") or words.verb.search(lower))


_NAME_ALONE = re.compile(r"\s*[A-ZÀ-Ý][\w'’.-]*\s*")  # "Oregon", "Seine-Saint-Denis"


def _place_qualified(masked: str, clauses: list[tuple[int, int]], k: int, words: _EventWords) -> bool:
    """Whether clause `k` is one name qualifying the place that ends the clause before it ("in Eugene, Oregon",
    "à Sète, Hérault"): part of that clause, no subject of its own."""
    if k == 0 or not _NAME_ALONE.fullmatch(masked[clauses[k][0] : clauses[k][1]]):
        return False
    before = masked[clauses[k - 1][0] : clauses[k - 1][1]].rstrip()
    return any(m.end() == len(before) for m in words.place.finditer(before))


_DASH = re.compile(r"\s[-–—]\s|—")
# where a clause stops: a comma, a semicolon, a colon, a bracket or a dash between spaces
_CLAUSE_STOP = re.compile(r"[,;:()]|\s[-–—]\s")


def _before_dash_aside(masked: str, clauses: list[tuple[int, int]], subject: int) -> int:
    """Where the subject clause starts, before the aside between dashes that ends at it ("ASLEF members at nine rail
    companies – Avanti West Coast, ..., Southeastern – will be on strike"): the aside lists, the subject is before."""
    end = clauses[subject][1]
    if not _DASH.match(masked, end) and not masked.startswith("—", end):
        return clauses[subject][0]
    for k in range(subject, 0, -1):
        if _DASH.search(masked[clauses[k - 1][1] : clauses[k][0]]):
            return clauses[k - 1][0]
    return clauses[subject][0]


def _without_dash_aside(masked: str, a: int, own: int, words: _EventWords) -> str:
    """The text with the aside between dashes before the date's clause blanked, when it names no event: the list
    between the subject and its verb ("ASLEF members at nine rail companies – Avanti West Coast, ..., Southeastern –
    will be on strike"); "Le gymnich – la réunion informelle – aura lieu" keeps its event noun."""
    dashes = list(_DASH.finditer(masked, a, own))
    if len(dashes) < 2:
        return masked
    x, y = dashes[-2].start(), dashes[-1].end()
    if not masked[a:x].strip() or words.nouns.search(masked[x:y]):
        return masked
    return masked[:x] + " " * (y - x) + masked[y:]


def _opens_on_verb(clause: str, words: _EventWords) -> bool:
    """Whether a clause starts with its verb ("aura lieu …", "recevra les syndicats …", "will take place …")."""
    return bool(words.predicate.match(" " + clause.lstrip()) or words.verb.match(clause.lstrip()))


def _without_asides(masked: str, clauses: list[tuple[int, int]], a: int, b: int, words: _EventWords) -> str:
    """The text with the relative asides inside [a, b) blanked: they say something else than the event."""
    asides = [(x, y) for x, y in clauses if a < x and y < b and words.relative.match(masked[x:y])]
    for x, y in asides:
        x -= masked[x - 1] in ",(–—"  # and the commas around it
        y += y < len(masked) and masked[y] in ",)–—"
        masked = masked[:x] + " " * (y - x) + masked[y:]
    return masked


def _event_noun(region: str, local_start: int, words: _EventWords, language: Language) -> re.Match[str] | None:
    """The event noun nearest the date (one after it is preferred), at the head of a run of them."""
    nouns = list(words.nouns.finditer(region))
    if words.determiner:  # many English event nouns are also verbs ("return", "vote"): those after a determiner
        nouns = [n for n in nouns if words.determiner.search(region[max(0, n.start() - 30) : n.start()])]
    # "la primaire", "les législatives" name events; "l'école primaire" does not: such a word counts after an
    # article or another event noun only
    nouns = [n for n in nouns if not _adjective_after_noun(n, region, words, language)]
    # "à La Réunion": a capitalised noun after a capitalised article inside the sentence is a name, not an event
    nouns = [n for n in nouns if not (n.group(0)[0].isupper() and _capital_article_before(region, n.start(), language))]
    # "a state visit on June 3 before a trip to Ireland": a noun after the date that a sequence word places before or
    # after it is another event
    nouns = [n for n in nouns if n.start() < local_start or not _placed_apart(region[local_start : n.start()], words)]
    if not nouns:
        return None
    noun = min(nouns, key=lambda m: abs(m.start() - local_start) + (0 if m.start() > local_start else 5))
    for other in reversed(nouns):  # "élections européennes": start at the head of a run of event nouns
        if other.end() <= noun.start() and _joins_group(region[other.end() : noun.start()], words):
            noun = other
    return noun


_SEQUENCE_GROUP = 3  # words between a sequence word and the noun of its group: "before a | three-day trip"


def _placed_apart(between: str, words: _EventWords) -> bool:
    """Whether the text before an event noun ends on a sequence word and the noun's group ("... before a"): the noun
    is another event, placed before or after the date's."""
    last = next(reversed(list(words.sequence.finditer(between))), None)
    return last is not None and len(re.findall(r"[\w-]+", between[last.end() :])) <= _SEQUENCE_GROUP


def _other_event_at(region: str, at: int, words: _EventWords) -> int | None:
    """Where the first sequence word after `at` opens another event's group ("... before a trip to Ireland"); None when
    none does ("will resume before the district court": a place)."""
    for sequence in words.sequence.finditer(region, at):
        noun = words.nouns.search(region, sequence.end())
        if noun is not None and _placed_apart(region[sequence.start() : noun.start()], words):
            return sequence.start()
    return None


def _joins_group(between: str, words: _EventWords) -> bool:
    """Whether the words between two event nouns make them one name: nothing, or an of-word without an article
    ("cérémonie d'ouverture", "day of action"): the name's head is the first noun; with an article, the second
    is an event of its own ("the debate of the election")."""
    joint = fold(between.strip())
    return not joint or (joint in words.of_words and joint not in words.determiners)  # "du" is "de le"


def _group_start(region: str, noun: re.Match[str]) -> int:
    """Where the event noun's group starts: the noun, its hyphenated prefix ("demi-finale", "mi-mandat"), and the
    names that qualify it before it ("the G8 summit", "the African Union (AU) summit", "the G20 leaders' summit")."""
    head = noun.start()
    hyphenated = re.search(r"[\w]+-$", region[:head])
    if hyphenated:
        head = hyphenated.start()
    named = re.search(r"(?:(?<!\S)(?:[A-ZÀ-Ý0-9][\w'’.-]*|\([\w.'’-]+\)|[\w-]+s['’])\s+)+$", region[:head])
    return named.start() if named else head


_MODIFIERS = 4  # words that qualify an event noun before it: "the | water board's annual general | meeting"
_WORD = re.compile(r"[\w'’-]+")


def _modifiers_start(region: str, head: int, words: _EventWords) -> int:
    """Where the event noun's group starts with the words that qualify it before it: up to four lower-case words
    between a determiner and the group ("the annual general meeting", "a public hearing", "its quarterly earnings
    call", "the water board's annual meeting", "la première session", "une nouvelle journée"), which say which event
    it is. Only when a determiner opens them: without one they may be a clause's subject or verb ("the council will
    vote"); not after a demonstrative, whose group takes up one said before ("Ces trois journées sont les 3, 4 et 5
    mars")."""
    found = list(_WORD.finditer(region, 0, head))
    if not found or region[found[-1].end() : head].strip():
        return head  # a date, a comma or a bracket between them and the noun: another group
    for k in range(1, min(_MODIFIERS, len(found) - 1) + 1):
        word, opener = found[-k], found[-k - 1]
        if (
            not word.group(0).islower()
            or fold(word.group(0)) in words.determiners
            or fold(word.group(0)) in words.of_words
            or words.dangling.fullmatch(" " + word.group(0))
            or words.verb.search(word.group(0))
            or region[opener.end() : word.start()].strip()
            or re.match(r"\w['’]", word.group(0))  # "lors d’une cérémonie": an of-word and its article, elided
        ):
            return head
        if fold(opener.group(0)) in words.demonstratives:
            return head  # "Ces trois journées": the words take up a group said before, which says the event
        if fold(opener.group(0)) in words.determiners:
            return word.start()
    return head


# what opens a clause's subject before the event noun it governs: a determiner, a noun, an of-word and its article
# ("La lecture du | délibéré", "L'ouverture du | sommet", "The reading of the | verdict")
_HEAD_BEFORE = re.compile(
    r"^\s*(?P<det>[\w]+(?:\s+|['’]))(?P<noun>[a-zà-ÿ][\w-]{2,})\s+(?P<of>[\w]+)(?:\s+|(?<=d)['’])"
    r"(?:(?P<article>[\w]+)(?:\s+|['’]))?$"
)


def _subject_head_start(region: str, head: int, words: _EventWords) -> int:
    """Where the subject that opens the clause starts when its head is a noun the event noun complements ("La lecture
    du délibéré est prévue" -> "lecture du délibéré", "The signing of the treaty is set for" -> "signing of the
    treaty"): the event is what the head says of it; `head` when nothing but that event's group opens the clause."""
    opening = _HEAD_BEFORE.match(region[:head])
    if opening is None:
        return head
    det, link, article = (fold(opening.group(g) or "").strip(" '’") for g in ("det", "of", "article"))
    elided = opening.group("of").endswith("d") and region[opening.end("of") : opening.end("of") + 1] in "'’"
    link = f"{link}'" if elided else link
    if (
        det not in {fold(d).strip("'’") for d in words.determiners}
        or fold(link) not in words.of_words
        or (article and article not in {fold(d).strip("'’") for d in words.determiners})
        or fold(opening.group("noun")) in words.determiners
        or _says_verb(opening.group("noun"), words)
    ):
        return head
    return opening.start("det")


def _noun_phrase(region: str, noun: re.Match[str], words: _EventWords) -> str:
    """The event noun's group, up to a relative pronoun, a speech verb or its verb, and its place; from the head of
    the subject it complements (see `_subject_head_start`)."""
    group = _group_start(region, noun)
    qualified = _modifiers_start(region, group, words)
    head = _subject_head_start(region, qualified, words)
    other = _other_event_at(region, noun.end(), words)
    region = region[:other] if other is not None else region  # "visit to the UK | before a trip": another event
    tail = words.lead.sub("", region[head:])  # a capitalised article is no name ("Le sommet")
    c = words.cut.search(tail)
    phrase = _trim(tail[: c.start()] if c else tail, words)
    verb = words.predicate.search(phrase)
    # the words that qualify the noun make no group long enough to end at its verb: "La première réunion est prévue
    # en Belgique, pour confirmer ..." keeps what it is for, as "La réunion est prévue ..." does
    qualifiers = len(region[qualified:group].split())
    if verb and len(phrase[: verb.start()].split()) - qualifiers >= 2:
        phrase = _trim(phrase[: verb.start()], words)
    place = next((p.group(0) for p in words.place.finditer(region) if p.group("place") not in phrase), None)
    if place and len(phrase.split()) + len(place.split()) <= MAX_WORDS + 3:
        phrase = f"{phrase} {place}"
    return phrase


def _clause_phrase(masked: str, a: int, b: int, start: int, words: _EventWords, language: Language) -> str:
    """Without an event noun: the coordinated part of the clause that holds the date ("... and the Senate
    is expected to take up the bill by the end of the month"), its subject named."""
    region = masked[a:b]
    parts = _clause_parts(region, words)
    part = next(((x, y) for x, y in parts if x <= start - a <= y), (0, len(region)))
    shared = ""
    if len(region[part[0] : part[1]].split()) >= 3:
        shared = _shared_subject(region, part[0], words, language)
        region, a = region[part[0] : part[1]], a + part[0]
    # a date so far into a long clause that a phrase from its opening would end six words or more before it
    # dates the words just before it
    # ("Le ministre abordera ... la mise en œuvre des initiatives décidées ... fin février à Paris"); a clause a speech
    # verb reports opens after it ("X said he will present the case against ... to officials next week")
    reported = words.attribution.search(masked, a, start)
    if reported and not masked[reported.end() : start].strip():
        reported = None  # the date is the saying's ("a déclaré mercredi que ..."): who said it stays
    if reported and len(masked[reported.end() : start].split()) <= MAX_WORDS + MAX_WORDS // 2:
        region, a = masked[reported.end() : b], reported.end()
    elif reported is None:
        # "Les élus espèrent que le chantier débutera en septembre": the clause a verb of thinking governs
        governed = _complement_clause(masked, a, start, b, words)
        if governed is not None:
            region, a = masked[governed:b], governed
    # a date in a clause of its own after the main one dates that clause ("Congress returns from its break before it
    # takes another long recess in October"), whose subject a pronoun takes up or the main clause's is
    stand_in = ""
    sub = list(words.subordinate.finditer(masked, a, start))
    said = sub and len(masked[sub[-1].end() : start].split()) >= 2  # a clause: a subject and a verb, or an infinitive
    if sub and said and len(masked[a : sub[-1].start()].split()) >= FEW_WORDS:
        main, region, a = masked[a : sub[-1].start()], masked[sub[-1].end() : b], sub[-1].end()
        # "before it takes": "it" stands for a name opening the main clause, past its opening adverbial ("From Japan,
        # Modi will travel to Port Moresby where he will host ...")
        named = _TITLED_NAME.match(without_openers(main, language))
        if named and len(named.group(0).split()) <= FEW_WORDS + 1 and fold(named.group(0)) not in words.articles:
            stand_in = named.group(0)  # "The delegation": no name, the pronoun stays
    before = masked[a:start].split()
    window = " ".join(before[-(MAX_WORDS - 2) :])
    # ... unless no verb is near it: the date hangs on the clause's own verb ("he will present the case against the
    # imposition of the tariffs on steel and aluminum to U.S. officials next week")
    far = len(before) > MAX_WORDS + MAX_WORDS // 2
    if far and (words.verb.search(window) or not _said_by_its_subject(region, language)):
        region = window + masked[start:b]
        a = start - len(window)
    text = _unattributed(region, start - a, words)
    text = _with_antecedent(text, masked[:a], words)
    text = words.lead.sub("", text.strip())
    phrase = _trim(text, words)
    pronouns = (*language.subject_pronouns, *language.quotes.organisation_pronouns)
    if stand_in and (opening := re.match(rf"(?:{_any(pronouns)})\b", phrase, re.IGNORECASE)):
        phrase = _trim(stand_in + phrase[opening.end() :], words)
    if shared and _opens_on_verb(phrase, words):
        phrase = _trim(f"{shared} {phrase}", words)
    if len(phrase.split()) < 2:  # too little left in the clause: the sentence says more
        phrase = _whole_sentence(masked, words, start)
    return phrase


def _shared_subject(region: str, at: int, words: _EventWords, language: Language) -> str:
    """The subject a coordinated clause opening on its verb at `at` shares with the clause before it ("The museum is
    closed and will reopen on May 2", "Le musée est fermé et rouvrira le 2 mai": the museum reopens), its article left
    out; "" when the part opens on no verb, the first clause has no subject a few words long, or a relative clause
    before the coordinator may be the one the verb goes on."""
    said = words.lead.sub("", region[at:].lstrip())
    if at == 0 or not _opens_on_verb(said, words) or words.relative_word.search(region, 0, at):
        return ""  # after a relative ("the visit that begins on Monday and will end on Tuesday"), the verb may be its
    who = sentence_subject(region[:at].strip(_EDGES), language)
    if who is None or fold(who) in language.vague_subjects or fold(who) in language.subject_pronouns:
        return ""
    return without_article(who, language)


def _relative_before(masked: str, a: int, start: int, words: _EventWords) -> int | None:
    """Where the relative clause that holds the date opens, when a subject relative pronoun inside the clause [a, ...)
    introduces it after a main clause with its own verb ("Lyon reste troisième, à deux points de Marseille qui recevra
    dimanche Brest"; "The mayor praised the charity which will hold a toy drive on Saturday"): the date is the
    relative's, whose subject is the noun before the pronoun. None when the pronoun opens the clause (its antecedent is
    found apart), or when it is inside the sentence's subject ("The minister who will chair the talks on Monday is")."""
    found = [
        m
        for m in re.finditer(r"(?<=\s)[\w'’]+", masked[a:start])
        if words.antecedent.fullmatch(m.group(0)) or words.thing_relative.fullmatch(m.group(0))
    ]
    if not found:
        return None
    at = a + found[-1].start()
    if not masked[a:at].strip() or _CLAUSE_STOP.search(masked, at, start):
        return None
    if any(m.end() >= at for m in words.clause_relative.finditer(masked, a, start)):
        return None  # "ce qui pourrait intervenir mardi" stands for the clause before it
    if not _says_verb(masked[:at], words) and not re.search(r"\w", masked[:a]):
        return None  # the subject's relative: the main verb comes after it
    before = masked[:at].rstrip()
    group = _noun_group_before(before, words)
    if not group and not re.search(r"[A-ZÀ-Ý][\w'’-]*$", before):
        return None  # no noun group or name just before the pronoun to be its subject
    if words.nouns.search(group):
        return None  # "le sommet de l'Otan qui se déroulera à Washington en juillet": the event noun's group says it
    said = masked[at + len(found[-1].group(0)) : start]
    verb = re.match(r"\s*\S+", said)
    # its verb opens it, and no other comes before the date: "anyone who attended the service must stay ... until"
    # dates the main clause
    if verb is None or not _opens_on_verb(said, words) or words.predicate.search(said, verb.end()):
        return None
    return at


def _complement_clause(masked: str, a: int, start: int, b: int, words: _EventWords) -> int | None:
    """Where the clause that holds the date starts, when a verb of saying or thinking governs it ("Officials hope that
    construction of the tramway will begin in September", "cela ne signifie pas que le jury sera constitué dès ce 14
    novembre"): who hopes or says is no part of what happens. None when no such verb is before the date in [a, start),
    or what follows it is no clause (a subject and a verb of its own: "expect the report in May" has none)."""
    found = [
        m
        for m in words.said_clause.finditer(masked, a, start)
        if m.end() <= start
        and m.group(0)[0].islower()  # "the G8 States", "Hope Street": a name
        # without its complementizer, a clause opens on its subject: "the heads of state to meet" has none
        and (m.group("link") or not words.dangling.match(" " + masked[m.end() : start].split(" ", 1)[0]))
        # nor on a verb: the verb was a participle after its noun ("The dividends declared will be payable", "the
        # measures announced are due")
        and (m.group("link") or not words.verb.match(masked, m.end()))
    ]
    if not found:
        return None
    at = found[-1].end()
    said, before = masked[at:b], masked[at:start].split()
    if not before or len(before) > MAX_WORDS + MAX_WORDS // 2 or len(said.split()) < FEW_WORDS:
        return None  # the date right after the verb is the saying's ("said on Monday that ...")
    return at if _says_verb(said, words) else None


def _clause_parts(region: str, words: _EventWords) -> list[tuple[int, int]]:
    """The parts a coordinator joins, as clauses. Where one side says its verb and the other does not, the other
    is a noun's part ("Édouard Philippe et la plupart de ses conseillers s'installent", "a donné aux responsables
    catholiques et protestants") and they stay one; where neither or both do, they are two clauses. A part that
    ends a few words after "between" is the first of the pair it names ("the match between Senegal and the
    Netherlands has been moved"): one group."""
    out: list[tuple[int, int]] = []
    for a, b in ((p.start(), p.end()) for p in words.coordinated.finditer(region)):
        if out and (
            bool(words.verb.search(region[a:b])) != bool(words.verb.search(region[out[-1][0] : out[-1][1]]))
            or words.between.search(region[out[-1][0] : out[-1][1]])
        ):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def verb_cues(language: Language) -> re.Pattern[str]:
    """What says a clause has its verb in `language` (a tense cue, a clause verb), case-insensitive."""
    return _verb_cues(language)


@functools.cache
def _verb_cues(language: Language) -> re.Pattern[str]:
    """What says a clause has its verb: a tense cue, or one of the language's clause verbs ("est", "s'installent")."""
    cues = [pattern for _, pattern in language.tense_cues]
    if language.clause_verbs:
        cues.append(language.clause_verbs)
    return re.compile("|".join(f"(?:{c})" for c in cues) or "(?!)", re.IGNORECASE)


def _whole_sentence(masked: str, words: _EventWords, start: int | None = None) -> str:
    """The sentence without its dates, attribution, empty opening, and the comment or condition after the date (",
    adding that talks had failed", ", meaning the union will ...", "unless the talks resume")."""
    comment = words.comment.search(masked, start or 0)
    if comment and start is not None:
        masked = masked[: comment.start()]
    condition = words.condition.search(masked, start or 0)
    if condition and start is not None:  # "... dans le cas où la direction refuserait": no part of the event
        masked = masked[: condition.start()]
    return _trim(words.lead.sub("", _unattributed(masked, start, words).strip()), words)


def _unattributed(text: str, date_at: int | None, words: _EventWords) -> str:
    """What the text says without who says it. A speech verb before the date reports the event ("The union said
    there would be a ban from 18 December": the ban); one after it only says who said it ("..., a-t-il indiqué")."""
    verb = words.attribution.search(text)
    if not verb:
        return text
    said = text[verb.end() :]
    # a date before the verb dates the saying whatever it says ("On Tuesday, the minister told reporters that the",
    # cut at the event noun); one after it, only when the saying says more than a few words
    if date_at is not None and (len(content_words(said)) > _FEW_CONTENT or date_at < verb.start()):
        speaker = text[: verb.start()]
        # the date is the saying's: right after its verb ("a déclaré mercredi que ...", "said on Monday that ..."), or
        # before a speaker who does nothing else ("Last week, Defence Minister Israel Katz said the country would")
        if (date_at >= verb.end() and not text[verb.end() : date_at].strip()) or (
            # the speaker a one-word name the verb's pattern took with it ("On Tuesday, Dangor told the court that"):
            # nothing is left before the verb, the date is still the saying's
            date_at < verb.start()
            and (content_words(speaker) or _determiners_only(speaker, words))
            and not _says_verb(speaker, words)
        ):
            return text
    if date_at is not None and date_at >= verb.end():
        # a clause after the verb is what it reports; a bare object is what it announces ("announced strikes")
        return text[verb.end() :] if len(text[verb.end() :].split()) > _FEW_CONTENT else text
    return text[: verb.start()]


def _determiners_only(text: str, words: _EventWords) -> bool:
    """Whether the words say nothing but determiners, or nothing ("the" before "minister told", whose noun the speech
    verb's pattern took)."""
    return all(fold(w) in words.determiners for w in re.findall(r"[\w'’]+", text))


_FEW_CONTENT = 2  # a phrase with fewer content words than this says nothing
_HEADLINE_WHO = 7  # words of subject and verb before an event noun ("President Cyril Ramaphosa will conduct a")
FEW_WORDS = 3  # an event phrase, or a clause standing for another, of fewer words says too little


def content_words(phrase: str) -> set[str]:
    """The words of a phrase that carry its content: four letters or more, folded, cut to five letters."""
    return {w[:5] for w in re.findall(r"\w{4,}", fold(phrase))}


_ELIDED = re.compile(r"^\w['’]")  # "l’Élysée", "d'Avignon": the name after the elided article


def says_nothing(phrase: str, language: Language) -> bool:
    """Whether an event phrase tells nothing of what happens: empty, or only a place after its preposition ("dans
    Saint-Roch", "in London", "à l'Élysée"), which says where, not what. A name alone without a preposition may be
    the event's own ("Roland-Garros", "Super Bowl"): it stays."""
    words = phrase.split()
    if not words:
        return True
    prepositions = {fold(p) for p in (*language.entities.place_prepositions, *language.venue_prepositions)}
    if fold(words[0]) not in prepositions or event_nouns(language).search(phrase):
        return False
    connectors = {fold(c) for c in language.entities.connectors}
    rest = [_ELIDED.sub("", w) for w in words[1:]]
    return bool(rest) and all(w[:1].isupper() or fold(w) in connectors for w in rest if w)


_STRONG_BOUND = re.compile(r"[;:()\u2014]|\s[-\u2013]\s")  # bounds of a clause; a comma may be inside one


def whole_clause(sentence: str, at: int, dates: list[tuple[int, int]], language: Language) -> str:
    """The shortest whole clause around the date at `at` in `sentence`, its dates and their leading words left out
    ("L'installation sera déployée à Québec, dans Saint-Roch, du 10 au 20 juin" -> "L'installation sera déployée à
    Québec, dans Saint-Roch"): where the words around the date say nothing of what happens, the clause says more than
    a fragment. Its comma-parts that say nothing else are dropped; it is cut after the part that reaches `MAX_WORDS`.
    "" when nothing but the dates is left."""
    a = max((m.end() for m in _STRONG_BOUND.finditer(sentence, 0, at)), default=0)
    bound = _STRONG_BOUND.search(sentence, at)
    b = bound.start() if bound else len(sentence)
    text = sentence[a:b]
    lead = _event_words(language).date_lead
    for x, y in sorted(((x - a, y - a) for x, y in dates if a <= x and y <= b), reverse=True):
        text = lead.sub("", text[:x].rstrip() + " ").rstrip() + " " + text[y:]
    parts = [p.strip(" .!?\n\t") for p in text.split(",")]
    kept: list[str] = []
    for part in (p for p in parts if content_words(p)):
        kept.append(" ".join(part.split()))
        if sum(len(k.split()) for k in kept) >= MAX_WORDS:
            break
    return ", ".join(kept)
