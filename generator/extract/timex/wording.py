"""The words of event phrases: sentences with their offsets, each language's event words, trimming a phrase to
its edges, and the noun groups a phrase is cut from. The lower layer of `context` and `programme`."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from generator.lang import Language
from generator.lang.every import every
from generator.lang.folding import fold
from generator.lang.names import NEWS_AGENCIES
from generator.lang.patterns import BULLETS, DASHES, longest_first, spaced
from generator.lang.record import TimexCues

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
    item_link: re.Pattern[str]  # what joins two items that each close on their own date ("puis", "as well as")
    followed: re.Pattern[str]  # a comma and what opens the event that comes next the same day (", suivi d'")
    articles: frozenset[str]  # folded: a group goes on after one ("to attend | the summit" cuts no group)
    headline_forms: tuple[tuple[re.Pattern[str], str], ...]  # what a headline says shorter, and how
    titles: frozenset[str]  # folded: the words of a role written before a name ("Israeli Prime Minister Netanyahu")
    title_heads: frozenset[str]  # folded: those that say the role ("minister"), one of which a title has
    honorific: re.Pattern[str]  # an honorific that opens a name ("M. Durand", "Mr. Smith")
    # folded: what says only when, around a date ("late": "Late Tuesday"; "Feb"), or only spans it ("toute la période")
    when_words: frozenset[str]
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
    comment_aside: re.Pattern[str]  # what opens a comment between a subject and its verb ("comme prévu", "as required")
    copula: re.Pattern[str]  # the verb that says what the subject is ("sera", "will be"), between spaces
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
    infinitive: re.Pattern[str]  # an infinitive after its marker inside a group ("the heads of state | to meet")


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
        honorific=re.compile(
            rf"(?:{'|'.join(map(re.escape, longest_first((*entities.male_honorifics, *entities.female_honorifics))))})"
            r"(?=\s)"
        ),
        when_words=frozenset(
            (
                *(fold(w) for w in (*entities.time_qualifiers, *language.span_words)),
                *language.month_numbers,
                *language.weekday_numbers,
            )
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
        copula=re.compile(rf"(?<=\s)(?:{_any(language.copulas) or never})(?=\s)", re.IGNORECASE),
        comment_aside=re.compile(rf"\s*(?:{_any(language.comment_asides) or never})(?!\w)", re.IGNORECASE),
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
        infinitive=re.compile(
            rf"(?<=\w\s)(?:{re.escape(language.quotes.infinitive_marker) or never})\s+(?:not\s+)?(?:be\s+)?[\w'’-]+",
            re.IGNORECASE,
        ),
        list_link=re.compile(
            rf"[\s,;–-]*(?:(?:\w{{1,3}}|{_any(tuple(map(re.escape, language.day_list_links)))})\s*)?", re.IGNORECASE
        ),
        item_link=re.compile(rf"(?<![\w'’-])(?:{_any(language.item_links)})(?![\w'’-])", re.IGNORECASE),
        followed=re.compile(rf",\s*(?:{_any(language.followed_by) or never})(?:(?<=['’])|\s+)", re.IGNORECASE),
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


MAX_WORDS = 12  # an agenda line: an event phrase is cut to this many words


def _cues(get: Callable[[TimexCues], Iterable[str]]) -> str:
    """A regex group of every built-in language's cue patterns of one kind (generator/lang/<code>/timex.py)."""
    found = every(lambda lang: get(lang.timex_cues))
    return "(?:" + "|".join(found) + ")" if found else "(?!)"


# what a phrase neither opens nor ends with (and a character the encoding lost, a table's bar, a quote's mark)
_EDGES = " ,;:.\"«»“”‘’'" + DASHES + "\ufffd|>" + BULLETS  # with a list's marks ("• ", "* "): no word of an event


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


_AGENCY_CREDIT = re.compile(rf"^\s*\((?:{'|'.join(map(re.escape, NEWS_AGENCIES))})\)\s*[-–—]+\s*")


# What opens an item of a programme: a list mark, then a time ("15h00", "A 7h30,", "at 9.30 am -").
_HOUR_MARK = _cues(lambda c: c.hour_separators)  # "15h30"
_HOUR_WORD = _cues(lambda c: c.hour_words)  # "16 heures"
_MERIDIEM = _cues(lambda c: c.meridiem)  # "9.30 am"
_ITEM_LEAD = re.compile(
    rf"^[\s{re.escape(DASHES + BULLETS)}]*(?:\w{{1,2}}\s+)?"
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


_NAME_RUN = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*")


def is_name(text: str, words: _EventWords) -> bool:
    """Whether a text is a name, after an honorific that may open it ("Daniel Hagari", "M. Durand", "Mr. Smith")."""
    said = text.strip()
    opening = words.honorific.match(said)
    return _NAME_RUN.fullmatch(said[opening.end() :].strip() if opening else said) is not None


_TITLED_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]+\.?(?:\s+[A-ZÀ-Ý][\w'’-]+)*")  # "Ms. Lagarde"


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


_APPOSITION_WORDS = 6  # an apposition longer than this is a clause of its own


def says_finite_verb(text: str, words: _EventWords) -> bool:
    """Whether the words say a verb of their own, one a clause is built on: not a name's word ("the Commonwealth
    Heads of Government Meeting"), not an infinitive inside a group ("the G8 states to meet"), nor the verb of a
    relative clause, which is its noun's ("Queen Elizabeth II on a trip that will also take in Scotland")."""
    relative = words.relative_word.search(text)
    said = text[: relative.start()] if relative else text
    return _says_verb(words.infinitive.sub(" ", said), words)


def _says_verb(text: str, words: _EventWords) -> bool:
    """Whether the words say a verb: an auxiliary, or a tense cue in a word that is not a name ("United" is no
    past)."""
    lower = re.sub(r"\b[A-ZÀ-Ý][\w'’-]*", " ", text)
    return bool(words.predicate.search(f" {text} ") or words.verb.search(lower))


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


@functools.cache
def _verb_cues(language: Language) -> re.Pattern[str]:
    """What says a clause has its verb: a tense cue, or one of the language's clause verbs ("est", "s'installent")."""
    cues = [pattern for _, pattern in language.tense_cues]
    if language.clause_verbs:
        cues.append(language.clause_verbs)
    return re.compile("|".join(f"(?:{c})" for c in cues) or "(?!)", re.IGNORECASE)


FEW_WORDS = 3  # an event phrase, or a clause standing for another, of fewer words says too little


# an hour's token: "13h30", "7pm", "heures", "a.m." read as "a" and "m"
_HOUR_TOKEN = re.compile(rf"\d[\w]*|(?:{_HOUR_WORD}|{_MERIDIEM}|{_HOUR_MARK})", re.IGNORECASE)


def says_only_when(text: str, language: Language) -> bool:
    """Whether a text says nothing but when: days, months, numbers, hours and the words that lead a date or join two
    ("samedi 27 novembre de 9h à 12h", "jeudi 02 décembre de 16h à 19h; vendredi 10 décembre", "7pm", "by noon on
    Sunday, May 15th"). Such a text is a date's slot, never an event; "" says nothing either."""
    words = _event_words(language)
    return all(
        _HOUR_TOKEN.fullmatch(t)
        or fold(t) in words.when_words
        or words.lead.fullmatch(t)
        or words.date_lead.fullmatch(t)
        or words.dangling.fullmatch(" " + t)
        or (len(t) == 1 and not t.isupper())
        for t in re.findall(r"[\w'’]+", text)
    )


def content_words(phrase: str) -> set[str]:
    """The words of a phrase that carry its content: four letters or more, folded, cut to five letters."""
    return {w[:5] for w in re.findall(r"\w{4,}", fold(phrase))}
