"""The date extractor: temporal expressions, upcoming dates and the background timeline.

    timexes = extract_timexes(article.text, article.published, article.lang)
    upcoming, timeline = dated_events(timexes)

Spans are found by our own grammar (`timex.grammar`), never by `dateparser.search_dates`,
which reads ordinary words as dates. Values are resolved against the publication date
with the tense of the clause (`timex.resolve`). See docs/dates.md.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from dataclasses import replace
from typing import cast

from generator.lang import Language, language
from generator.lang.every import built_in, every
from generator.lang.folding import fold
from generator.lang.patterns import AP, longest_first
from generator.model import DatedEvent, Precision, Timex, TimexType

from .timex.calendar import after, calendar_precision, period_start, week_days
from .timex.clause import demonstrative_antecedent, noun_group_at, parsed_event
from .timex.context import (
    event_nouns,
    event_phrase,
    held_event,
    listed_for,
    named_event,
    named_event_group,
    named_in_full,
    names_event,
    opens_without_subject,
    part_of_whole,
    says_no_event,
    says_nothing,
    taken_up_group,
    whole_clause,
    with_event_named,
    without_taking_place,
)
from .timex.cues import cues_of
from .timex.daylist import continued_days, lone_days
from .timex.grammar import find_candidates
from .timex.objects import object_after_date
from .timex.programme import (
    day_told_after,
    spelled_acronyms,
    with_acronyms_spelled,
)
from .timex.publication import (
    Address,
    Inference,
    after_deadline_or_start,
    infer_publication,
    page_dateline,
    page_stamps,
    update_line_before,
)
from .timex.resolve import Resolver
from .timex.rows import (
    _CLOCK,
    _OWN_DAY,
    _cue_patterns,
    _frames_dropped,
    _one_of,
    _one_per_event,
    _vague_told_by_days,
)
from .timex.tense import Tense, cue_tenses, governing_tense, spacy_cues, tense_at
from .timex.values import Found
from .timex.wording import (
    FEW_WORDS,
    MAX_WORDS,
    Sentences,
    content_words,
    says_only_when,
)

# how far after a date, in characters, the words that give it up may end ("prévu le 20 avril n'aura pas lieu")
_GIVEN_UP_REACH = 60
# how many lines above a date alone on its line its list's label may be (a list of a year's dates, blank lines between)
_LABEL_REACH = 40
_PLACE_WORDS = 5  # words of a place a listing's entry gives beside its dates ("Lasalle", "Heart of Town")
_ENTRY_EDGES = " ,;:.-–—|•*"  # what parts an entry's dates from its place
_DAY = re.compile(r"\d{4}-\d\d-\d\d")  # a whole day, not a month heading ("Avril 2024") nor an hour ("19h00 :")
_LINE_MARK = re.compile(r"[^\w\n]*")  # what opens a line before its first word: its indent and list mark

# A page's address or file name may carry the day its slug was made, before the story it ended up telling.
_REPORTED_AFTER = dt.timedelta(days=14)

__all__ = [
    "TemporalReading",
    "extract_timexes",
    "extract_timexes_inferred",
    "dated_events",
    "infer_published",
    "infer_publication_window",
]


def extract_timexes(text: str, published: dt.date | None, lang: str, doc=None) -> list[Timex]:
    """Every temporal expression in `text` (offsets into `text`), normalised against `published`; sorted by start.

    `doc` (a spaCy Doc of the same text) is optional: its verb morphology refines the tense
    cues; without it tense is read from auxiliaries and verb endings.
    """
    return TemporalReading(text, lang, doc).timexes(published)


_OPENING_QUOTES = ("«", "“")
_CLOSING_QUOTES = ("»", "”")


@functools.cache
def _summing(lang: Language) -> re.Pattern[str]:
    never = "(?!)"
    return re.compile(rf"\s*(?:{'|'.join(lang.summing_openers) or never})\b[\s,:]*", re.IGNORECASE)


@functools.cache
def _happening(lang: Language) -> re.Pattern[str]:
    """A pronoun that may stand for an event, then a verb that only says it happens ("Elle aura lieu", "It will take
    place"), a word or two between them ("It will also take place")."""
    if not lang.event_pronouns or not lang.happening_verbs:
        return re.compile("(?!)")
    pronouns = "|".join(sorted(lang.event_pronouns, key=len, reverse=True))
    return re.compile(
        rf"(?P<pronoun>{pronouns})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{lang.happening_verbs})(?![\w'’-])", re.IGNORECASE
    )


@functools.cache
def _conditional(lang: Language) -> re.Pattern[str]:
    never = "(?!)"
    return re.compile(rf"(?<!\w)(?:{'|'.join(lang.conditionals) or never})(?!\w)", re.IGNORECASE)


@functools.cache
def _protasis(lang: Language) -> re.Pattern[str]:
    """A condition's clause opening, with no comma up to the end of the text read: "If she wins in November" (the
    text read ends at the date)."""
    never = "(?!)"
    return re.compile(rf"[\s«“\"'(—–-]*(?:{'|'.join(lang.conditionals) or never})(?!\w)[^,]*$", re.IGNORECASE)


# a clause's bounds inside a sentence, for a condition that opens it: "Les mesures habituelles sont proposées : si
# vous avez un billet émis jusqu'au 3 mars, ..."
_CLAUSE_BOUND = re.compile(r"[:;]")

# characters after a date's sentence read for what a heading of the day holds: a day told in paragraphs names its
# events over a few of them ("Mercredi 23 mai" above four paragraphs of the day)
_FOLLOWING = 1500


class TemporalReading:
    """A text read once by the grammar, its expressions then resolved against any publication date.

    Without a publication date the text is resolved three or four times (the inference, then the
    earliest, the inferred and the latest day it allows): the spans, sentences and tense cues are
    the same each time, so they are found once.
    """

    def __init__(self, text: str, lang: str, doc=None) -> None:
        self.text = text
        self.lang = lang
        self.language = language(lang)  # UnknownLanguage for a code no folder of generator.lang holds
        self.doc = doc
        self.sentences = Sentences(text)
        self.candidates = find_candidates(text, self.language)
        self._spacy_cues: dict[tuple[int, int], list] = {}
        self._tenses: dict[tuple[int, int], Tense | None] = {}
        self._events: dict[tuple, str] = {}
        self._hypotheses: dict[int, bool] = {}
        self._stamps: set[tuple[int, int]] | None = None
        self._spelled_acronyms: dict[str, str] | None = None

    def spelled_out(self, items: list[DatedEvent]) -> list[DatedEvent]:
        """The rows with each acronym the text spells out for an event group written whole ("AGO" -> "assemblée
        générale ordinaire"); done once the rows are set, so that two events of one kind on one day ("STAR : AGO",
        "CIL : AGO") stay two rows."""
        if self._spelled_acronyms is None:
            self._spelled_acronyms = spelled_acronyms(self.text, self.language)
        spelled = self._spelled_acronyms
        return [replace(item, event=with_acronyms_spelled(item.event, spelled, self.language)) for item in items]

    def tense(self, start: int, end: int) -> Tense | None:
        """The tense that governs the span, read in its sentence (once per span)."""
        if (start, end) not in self._tenses:
            self._tenses[(start, end)] = self._read_tense(start, end)
        return self._tenses[(start, end)]

    def _read_tense(self, start: int, end: int) -> Tense | None:
        s0, s1 = self.sentences.at(start)
        extra = None
        if self.doc is not None:
            if (s0, s1) not in self._spacy_cues:
                try:
                    self._spacy_cues[(s0, s1)] = spacy_cues(self.doc, s0, s1)
                except Exception:  # a Doc of another text or without morphology: fall back to the regex cues
                    self._spacy_cues[(s0, s1)] = []
            extra = self._spacy_cues[(s0, s1)]
        tense = tense_at(self.text[s0:s1], start - s0, end - s0, self.language, extra)
        if tense is None and self.doc is not None:
            try:  # no verb close enough by the surface: the one the parse hangs the date on
                tense = governing_tense(self.doc, s0, self.text[s0:s1], start - s0, end - s0, self.language)
            except Exception:  # a Doc of another text or without a parse: no reading
                tense = None
        return tense

    def _event(self, start: int, end: int, s0: int, s1: int, others: list[tuple[int, int]], anniversary: bool) -> str:
        """What happens at the date: the clause the parse hangs it on, else the words around it."""
        text = self.text
        pattern = event_phrase(  # a sentence a hard wrap cut is read as one line
            text[s0:s1].replace("\n", " "),
            start - s0,
            end - s0,
            self.language,
            others,
            anniversary,
            text[s1 : s1 + _FOLLOWING],
        )
        if anniversary or self.doc is None or self.doc.text != text:
            return pattern
        pattern = self._taken_up(pattern, s0)
        # the words around the date are the reading; where they say too little ("dès ce", "le sommet"),
        # the clause the parse hangs the date on says more
        if len(pattern.split()) >= FEW_WORDS or names_event(pattern, self.language):
            return pattern
        parsed = parsed_event(
            self.doc, start, end, self.language, [(a + s0, b + s0) for a, b in others], event_nouns(self.language)
        )
        if any(word not in text[s0:s1] for word in parsed.split()):
            return pattern  # the parser's sentence ran over into the next one ("29. Soit douze jours de grève.")
        return parsed if len(parsed.split()) > len(pattern.split()) else pattern

    def _object_after(self, event: str, span: tuple[int, int, int], others: list[tuple[int, int]]) -> str:
        """The event with the object its date cut from its verb ("Alpha Condé effectue" + "une visite officielle"),
        read with the parse where it is this text's; "" when the event is no verb cut off by its date."""
        if self.doc is None or self.doc.text != self.text:
            return ""
        return object_after_date(event, self.text, span, others, self.language, self.doc)

    def _until_next_date(self, s1: int, found: list[Found]) -> str:
        """The text after the sentence ending at `s1`, up to the next sentence that gives a date (or `_FOLLOWING`
        characters): what a day's sentences say of it."""
        end = min((f.start for f in found if f.start >= s1), default=len(self.text))
        end = min(end, s1 + _FOLLOWING)
        return self.text[s1 : self.sentences.at(end)[0] if end < len(self.text) else end]

    def _event_before(self, s0: int, dates: dict[tuple[int, int], list[Found]], across: bool = False) -> str:
        """The event named by the nearest of the sentences before `s0` in its paragraph that names one ("En juin, il
        faut aussi prévoir douze jours de grève."), "" if none of the three before does. `across`: in the paragraphs
        before too, and the first event the sentence names (a list's head, "Further dates have been announced for
        strike action which impacts parts of the operation", names what the lists after it are)."""
        paragraph = 0 if across else self.text.rfind("\n", 0, s0) + 1
        at = s0
        for _ in range(3):
            a, b = self.sentences.at(at - 1) if at > paragraph else (at, at)
            if a < paragraph or a >= at:
                return ""
            spans = [(f.start - a, f.end - a) for f in dates.get((a, b), ())]
            phrase = named_event(self.text[a:b], spans, self.language, first=across)
            if phrase:
                return phrase
            at = a
        return ""

    def _event_named_near(
        self, s0: int, s1: int, dates: dict[tuple[int, int], list[Found]], first_break: int, own: bool = False
    ) -> str:
        """The event a date's phrase that names none is of: the one its own sentence names in another clause, else the
        nearest of the three sentences before it (over paragraph breaks: a short paragraph of its own often gives the
        ticketing or the day of what the paragraphs above describe), else the page's opening line; "" if none does.
        `own`: in its own sentence only (a phrase without its subject: the subject is there)."""
        at = s1
        for _ in range(1 if own else 4):
            a, b = (s0, s1) if at == s1 else self.sentences.at(at - 1)
            if at != s1 and (at <= 0 or a >= at):
                break
            spans = [(f.start - a, f.end - a) for f in dates.get((a, b), ())]
            named = named_event_group(self.text[a:b], spans, self.language)
            if named:
                return named
            at = a
        if 0 < first_break <= s0 and not own:
            return named_event_group(self.text[:first_break], [], self.language)
        return ""

    def _taken_up_before(self, event: str, s0: int) -> str:
        """What an event phrase that is only a demonstrative and its noun ("These six days") takes up from the sentence
        before it in its paragraph; "" when it is no such phrase or that sentence does not name the noun."""
        paragraph = self.text.rfind("\n", 0, s0) + 1
        if s0 <= paragraph or len(event.split()) > FEW_WORDS + 1:
            return ""
        a, b = self.sentences.at(s0 - 1)
        return taken_up_group(event, self.text[max(a, paragraph) : b], self.language) if b <= s0 else ""

    def _pronoun_taken_up(self, event: str, s0: int, dates: dict[tuple[int, int], list[Found]]) -> str:
        """An event opened by a pronoun whose verb only says that something happens, is set, begins or ends ("Elle aura
        lieu à Matignon", "It will take place in London"), with the event the sentence before names in the pronoun's
        place ("Le gouvernement a annoncé une réunion avec les syndicats." -> "réunion avec les syndicats aura lieu à
        Matignon"): a person does not take place, an event does. "" when it is no such phrase, or the sentence before
        names no event (the pronoun is then read as any subject pronoun)."""
        said = _happening(self.language).match(event)
        if said is None or s0 == 0:
            return ""
        a, b = self.sentences.at(s0 - 1)
        if a >= s0 or b > s0:
            return ""
        spans = [(f.start - a, f.end - a) for f in dates.get((a, b), ())]
        named = named_event_group(self.text[a:b], spans, self.language)
        return f"{named}{event[said.end('pronoun') :]}" if named else ""

    def _event_summed(self, s1: int) -> str:
        """What the sentence after a list of dates sums them up as, when it opens on a summing word and names an event
        ("Suivront les 8 et 9 avril, 13 et 14. Soit douze jours de grève." -> "douze jours de grève"); "" otherwise."""
        a, b = self.sentences.at(s1 + len(self.text[s1:]) - len(self.text[s1:].lstrip(" ")))
        if a < s1 or "\n" in self.text[s1:a]:
            return ""  # the list ends its paragraph
        opening = _summing(self.language).match(self.text, a, b)
        said = self.text[opening.end() : b].strip().rstrip(".").strip() if opening else ""
        if not event_nouns(self.language).search(said) or len(said.split()) > FEW_WORDS * 2:
            return ""
        return said

    def _label_above(self, start: int, end: int, found: list[Found], placed: bool = False) -> str:
        """The event a list's label names for a date alone on its line ("Dates des séances du conseil en 2026 :"
        above "• 12 février", "• 26 mars"): the nearest line above that is no date alone, when it is a label (no full
        stop ends it); "" when the date's line says more than the date, or no label heads it. With `placed`, a line of
        its dates and a place is read as one of a date alone (see `_place_of_line`), and so are the lines of the same
        shape above it, the other entries of its list."""
        text = self.text
        line0, line1 = _line_around(text, start, end)
        if not self._dates_alone(line0, line1, found) and not (placed and self._place_of_line(line0, line1, found)):
            return ""
        at = line0 - 1
        for _ in range(_LABEL_REACH):
            if at <= 0:
                return ""
            a = text.rfind("\n", 0, at) + 1
            entry = self._dates_alone(a, at, found) or (placed and self._place_of_line(a, at, found))
            if text[a:at].strip() and not entry:
                return self._label(a, at, found)
            at = a - 1
        return ""

    def _listed_entry(self, start: int, end: int, found: list[Found]) -> str:
        """The event of a listing's entry whose date's line gives only its dates and a place, under the entry's title
        ("Doc-Cévennes" / "Du 7 au 10 juillet, Lasalle (Gard)" -> "Doc-Cévennes – Lasalle (Gard)"; "Meetings are
        scheduled as follows:" / "10/8 – Heart of Town" -> "Meetings – Heart of Town"): the title names the event, the
        place where; the line alone names no event. "" for any other line, or without a title above it."""
        line0, line1 = _line_around(self.text, start, end)
        place = self._place_of_line(line0, line1, found)
        label = self._label_above(start, end, found, placed=True) if place else ""
        if not label:
            return ""
        placed = f"{label} – {place}"
        return label if fold(place) in fold(label) or len(placed.split()) > MAX_WORDS else placed

    def _place_of_line(self, a: int, b: int, found: list[Found]) -> str:
        """The place a line [a, b) names when it holds its dates and a place only, as a listing's entry writes them
        under its title ("Mardis 6 et 20 juillet, Castanet-Tolosan (Haute-Garonne)", "10/8 – Heart of Town (Main,
        Ginn, Gray)"): names, their region or streets in brackets; "" for any other line (an event noun, a verb, a
        word in lower case but an of-word or an article, a field's colon)."""
        inside = [f for f in found if a <= f.start and f.end <= b]
        if not inside:
            return ""
        rest, at = [], a
        for f in inside:
            rest.append(self.text[at : f.start])
            at = max(at, f.end)
        rest.append(self.text[at:b])
        if ":" in "".join(rest):
            return ""  # a field's name before its colon ("Date Posted: Thursday, October 3rd") is no place
        said = " ".join(" ".join(rest).split()).strip(_ENTRY_EDGES)
        words = [w for w in re.findall(r"[\w'’-]+", re.sub(r"\([^()]*\)", " ", said)) if not self._when_word(w)]
        if not words or len(words) > _PLACE_WORDS or event_nouns(self.language).search(said):
            return ""
        small = self._small_words()
        if not words[0][:1].isupper() or not all(w[:1].isupper() or fold(w) in small for w in words):
            return ""
        opening = re.search(r"[\w(]", said)
        first = re.search(re.escape(words[0]), said)
        return said[first.start() if first else opening.start() if opening else 0 :].strip(_ENTRY_EDGES)

    def _when_word(self, word: str) -> bool:
        """Whether a word of a date's line only says when ("Mardis", "Tous les"): no word of its place."""
        return says_only_when(word, self.language) or says_only_when(word.rstrip("s"), self.language)

    def _small_words(self) -> frozenset[str]:
        """The lower-case words a place's name holds ("Heart of Town", "Saint-Martin-de-Ré"): its of-words, articles."""
        entities = self.language.entities
        return frozenset(fold(w) for w in (*entities.of_words, *entities.articles))

    def _slot_of_list(self, start: int, end: int, found: list[Found]) -> bool:
        """Whether the date is a slot of a list of them: its line, opened by a list's mark, holds nothing but dates and
        hours, and so does the line next to it above or below, with a day of its own ("• le lundi 22 novembre de 9h à
        12h" / "• le samedi 27 novembre de 9h à 12h"). Such a slot heads no programme of its own: its event is the one
        the list's label names, not the next slot nor the paragraph after the list. A day's heading over its hours
        ("Mardi 16 novembre" / "09h00") is no such slot."""
        text = self.text
        line0, line1 = _line_around(text, start, end)
        mark = _LINE_MARK.match(text, line0).group(0)  # type: ignore[union-attr]
        if not mark.strip():
            return False  # a line without a list's mark is a heading ("Mardi 01 septembre 2009" under the stay's span)
        if not self._dates_alone(line0, line1, found):
            return False
        above_end = line0
        while above_end > 0 and text[above_end - 1].isspace():
            above_end -= 1
        below = line1
        while below < len(text) and text[below].isspace():
            below += 1
        above, _ = _line_around(text, above_end, above_end)
        _, below_end = _line_around(text, below, below)
        return (above_end > 0 and self._sibling_slot(above, above_end, mark, found)) or (
            below < len(text) and self._sibling_slot(below, below_end, mark, found)
        )

    def _sibling_slot(self, a: int, b: int, mark: str, found: list[Found]) -> bool:
        """Whether the line [a, b) is another slot of the same list: opened by the same list mark at the same indent,
        it holds a day and nothing else but dates, hours and list marks (a week's heading "Semaine du 15 au 21
        novembre" over "• Lundi 15 novembre", a month's "Avril 2024" over "Mercredi 3", an hour "19h00 :" under its
        day are no siblings)."""
        if _LINE_MARK.match(self.text, a).group(0) != mark:  # type: ignore[union-attr]
            return False
        days = any(_DAY.fullmatch(f.value) and a <= f.start and f.end <= b for f in found)
        return days and self._dates_alone(a, b, found)

    def _dates_alone(self, a: int, b: int, found: list[Found]) -> bool:
        """Whether the text's [a, b) holds a date and nothing else but list marks and the words leading a date."""
        inside = [f for f in found if a <= f.start and f.end <= b]
        if not inside:
            return False
        rest, at = [], a
        for f in inside:
            rest.append(self.text[at : f.start])
            at = max(at, f.end)
        rest.append(self.text[at:b])
        said = " ".join(rest)  # "de 9h à 12h", "10 a.m. to noon": the hours of the date's slot say no more than it
        return not content_words(said) or says_only_when(said, self.language)

    def _label(self, a: int, b: int, found: list[Found]) -> str:
        """The event a label line [a, b) names: its event noun's group, else the label itself without its dates."""
        line = self.text[a:b].strip()
        if line.endswith((".", "!", "?")) or len(line.split()) > 2 * MAX_WORDS:
            return ""  # a sentence of the article, not a label
        spans = [(f.start - a, f.end - a) for f in found if a <= f.start and f.end <= b]
        named = named_event(self.text[a:b], spans, self.language, first=True)
        return named or whole_clause(self.text[a:b], 0, spans, self.language).rstrip(" :")

    def _noun_group_at(self, at: int) -> str | None:
        """The noun group the parse hangs on the noun at `at`, None without a parse of this text."""
        if self.doc is None or self.doc.text != self.text:
            return None
        return noun_group_at(self.doc, at)

    def _taken_up(self, pattern: str, s0: int) -> str:
        """The phrase with the noun a demonstrative subject opening it takes up ("Celle-ci se terminera mardi")."""
        assert self.doc is not None
        opening = len(self.text[s0:]) - len(self.text[s0:].lstrip(" \t\n\"«“'-–—•"))
        word = re.match(r"[\w-]+", self.text[s0 + opening :])
        if word is None or not pattern.startswith(word.group(0)):
            return pattern
        antecedent = demonstrative_antecedent(self.doc, s0 + opening, self.language)
        return pattern if antecedent is None else antecedent + pattern[word.end() :]

    def _ahead_by_itself(self, f: Found) -> bool:
        """Without a publication date, a date that writes its own year ("le 6 juin 2030") in a sentence in the
        future tense is still to come: neither its value nor its place hangs on the unknown day."""
        return self._writes_year(f) and self.tense(f.start, f.end) == "future"

    def _writes_year(self, f: Found) -> bool:
        """Whether the date writes its own year, or opens a range whose end writes it ("du 18 au 22 décembre 2016")."""
        literal = _YEAR_IN_TEXT.search(self.text[f.start : f.end])
        if literal is not None:
            return literal.group(1) == f.value[:4]
        end = cues_of(self.language).range_end_year.match(self.text, f.end)
        return end is not None and end.group(1) == f.value[:4]

    def _horizon(self, found: list[Found]) -> dt.date | None:
        """Without a publication date, the earliest day written with its year in a sentence in the future tense
        ("aura lieu le 18 décembre 2016"): the page was written on or before it. A month or a year said in the
        future ("en juin 2027") may be the month or the year of the writing itself: no horizon."""
        days = [f.value[:10] for f in found if calendar_precision(f.value) == "day" and self._ahead_by_itself(f)]
        return dt.date.fromisoformat(min(days)) if days else None

    def _beyond(self, f: Found, horizon: dt.date | None) -> bool:
        """Without a publication date, a date that writes its year and starts on or after the horizon is still to
        come too, whatever its own sentence's tense ("Lundi 19 décembre 2016" heading a programme), unless it is told
        in the past (a text at odds with itself)."""
        if horizon is None or not self._writes_year(f):
            return False
        start = period_start(f.value)
        return start is not None and start >= horizon and self.tense(f.start, f.end) != "past"

    def _week(self, f: Found, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
        """The days a week or a weekend covers on the calendar: those to come ("next week", "ce week-end") for the
        agenda, those gone by ("last week", "les syndicats se sont réunis cette semaine") for the timeline."""
        days = week_days(f.value) if published is not None else None
        if days is None or published is None:
            return None
        first, last = days
        if f.week_part is not None:  # "en début de semaine": its Monday and Tuesday, told past on a Thursday
            monday = first - dt.timedelta(days=first.isoweekday() - 1)
            first, last = monday + dt.timedelta(days=f.week_part[0] - 1), monday + dt.timedelta(days=f.week_part[1] - 1)
        if last > published and not (first <= published and self.tense(f.start, f.end) == "past"):
            return max(first, published + dt.timedelta(days=1)), last
        return first, min(last, published)

    def _hypothetical(self, start: int) -> bool:
        """Whether the date is said inside a quotation, after a condition ("« si je me réveille demain »");
        read once per date, whatever publication date the text is resolved against."""
        if start not in self._hypotheses:
            paragraph = self.text[self.text.rfind("\n", 0, start) + 1 : start]
            opening = max(paragraph.rfind(q) for q in _OPENING_QUOTES)
            closing = max(paragraph.rfind(q) for q in _CLOSING_QUOTES)
            open_straight = paragraph.count('"') % 2 == 1
            if open_straight:
                opening = max(opening, paragraph.rfind('"'))
            quoted = opening > closing or open_straight
            self._hypotheses[start] = (
                quoted and bool(_conditional(self.language).search(paragraph[opening + 1 :]))
            ) or self._in_condition(start)
        return self._hypotheses[start]

    def _in_condition(self, start: int) -> bool:
        """Whether the date is said inside a condition that opens its sentence or a clause after a colon, before
        the condition's first comma: "If she becomes president in November, ...", "... : si vous avez un billet
        émis jusqu'au 3 mars, ...". The event is supposed, not announced. A past verb in the clause makes it a
        counterfactual on a fact ("Si Paul n'avait pas fait un malaise jeudi, ...": he did, on Thursday); in a
        language where a condition never takes the future (French), a future verb makes it a concession that grants
        a fact ("Si les salles seront prêtes le 14 novembre, rien ne dit que ...")."""
        s0, _ = self.sentences.at(start)
        clause = _CLAUSE_BOUND.split(self.text[s0:start])[-1]
        if not _protasis(self.language).match(clause):
            return False
        tenses = cue_tenses(clause, self.language)
        return "past" not in tenses and not (self.language.future_concedes and "future" in tenses)

    def _superseded(self, start: int, end: int, before: Timex | None) -> bool:
        """Whether the date was given up for another: "initially planned to run from August 6-15" (both days),
        "reporté du 3 au 10 juin" (the 3rd), "the elections scheduled for February 18 have been moved to February
        25". `before` is the expression read just before it: the end of a range given up is given up too, unless
        the range is the move itself ("décalé du 3 au 10 juin")."""
        cues = cues_of(self.language)
        s0, s1 = self.sentences.at(start)
        if (
            before is not None
            and before.superseded
            and s0 <= before.start
            and _RANGE_LINK.match(self.text[before.end : start])
            and not cues.postponed_to.search(self.text, max(s0, start - 60), start)
        ):
            return True
        given_up_before = cues.superseded_before.search(self.text, max(s0, start - 90), start)
        return bool(given_up_before) or self._given_up_after(end, s1)

    def _given_up_after(self, end: int, s1: int) -> bool:
        """Whether the words right after a date ending at `end`, before its sentence's end `s1`, give it up ("...
        n'aura pas lieu", "was called off")."""
        return bool(cues_of(self.language).superseded_after.match(self.text, end, min(s1, end + _GIVEN_UP_REACH)))

    def _negated(self, start: int) -> bool:
        """Whether a date to come is the complement of a negated verb: "Il n'y aura pas de votation le 23 septembre",
        "la 6e journée ne débutera pas vendredi 2 septembre", "the meeting will not be held on Monday": no event that
        day. Not when a word between them makes the date a bound or another clause's ("ne reprendra pas avant le 5
        mai", "won't open until June", "pas vendredi mais le lendemain"), nor after a negation that affirms ("ne
        manquera pas de saluer, le 5 mai", "will not hesitate to strike on Monday"). A past date keeps its row in
        the timeline: the caller asks only of dates to come."""
        cues = cues_of(self.language)
        s0, _ = self.sentences.at(start)
        negated = cues.negated_before.search(self.text[s0:start])
        return bool(
            negated
            and not cues.negation_lifted.search(negated.group(0))
            and not cues.negation_affirms.search(negated.group(0))
        )

    def inference(self, address: Address | None = None) -> Inference:
        """The publication date the text's evidence allows, with what the page's `address` says of it (see
        `infer_publication_window`)."""
        return infer_publication(
            self.text, self.language, lambda _text, published, _language: self.timexes(published), self.tense, address
        )

    def stamps(self) -> set[tuple[int, int]]:
        """The spans of the page's date stamps ("Wednesday, April 16, 2025" alone in the page head) and of its
        agency dateline ("PARIS, 2 avril (AFP) -"): they date the page, they are no event of the article."""
        if self._stamps is None:
            undated = self.timexes(None)
            dateline = page_dateline(self.text, undated)
            self._stamps = {(t.start, t.end) for t in page_stamps(self.text, undated)}
            self._stamps |= {(dateline.start, dateline.end)} if dateline else set()
        return self._stamps

    def reported_after(self, day: dt.date, found: list[Timex]) -> Timex | None:
        """The latest day of the fortnight after `day` that the text writes in full and reports in the past
        ("Le 16 avril, les ministres ont discuté"): a page that says so was written on that day or later.
        `found` are the text's timexes read against `day` (`timexes(day)`, which the caller has already).

        Only with a parse's verb morphology: the tense rules alone misread a programme's present ("Saturday, Nov. 16:
        the Reagans arrive and are met") and a clause a speech verb reports ("stated that ... on 17th May").
        """
        later = [t for t in self._reported_past(found) if day < dt.date.fromisoformat(t.value) <= day + _REPORTED_AFTER]
        return max(later, key=lambda t: t.value, default=None)

    def told_as_done_after(self, day: dt.date, found: list[Timex]) -> list[Timex]:
        """The days more than a day after `day` that the text writes with their year and reports in the past ("a été
        mise en examen le 29 novembre 2019"), however far after it, earliest first: a page stamp months or years
        before two such days is not this text's (a reader comment's, an older version's). More than a day: a UTC
        stamp of the evening in America is the next day's. Needs the parse, as `reported_after` does."""
        later = [
            t
            for t in self._reported_past(found)
            if _YEAR_IN_TEXT.search(t.text)
            and day + dt.timedelta(days=1) < dt.date.fromisoformat(t.value)
            # "interdit dès le 1er janvier 2020", "après le 20 mai 2020": when a measure takes effect, not a day done
            and not after_deadline_or_start(self.text[max(0, t.start - 25) : t.start])
        ]
        return sorted(later, key=lambda t: t.value)

    def states_day(self, day: dt.date) -> Timex | None:
        """The first place the text writes `day` in full, with its year ("Point d'étape au 12 janvier 2020"), not in an
        update line ("Mis à jour le 12 janvier 2020": an update of a story keeps the story's publication day), nor as a
        day to come or a bound ("la réunion aura lieu le 12 janvier 2020", "jusqu'au 12 janvier 2020": a story
        announcing an event, updated on its day, is still the announcement)."""
        for t in self.timexes(None):
            written = t.value[:10] == day.isoformat() and _YEAR_IN_TEXT.search(t.text)
            if (
                written
                and not update_line_before(self.text, t)
                and self.tense(t.start, t.end) != "future"
                and not after_deadline_or_start(self.text[max(0, t.start - 25) : t.start])
            ):
                return t
        return None

    def today_named(self, day: dt.date) -> Timex | None:
        """A day the text names as today with its day number ("aujourd'hui mercredi 25 janvier", "today, Wednesday
        January 25") that is not `day`: a page filed under a later address or file name (a site's migration) was
        not written on the day they state."""
        words = "|".join(re.escape(w).replace("'", AP) for w in self.language.timex_cues.today_words)
        if not words:
            return None
        for match in re.finditer(rf"\b(?:{words})\b[,\s]*", self.text, re.IGNORECASE):
            rest = self.text[match.end() : match.end() + _TODAY_NAMED_CHARS]
            named = next(iter(TemporalReading(rest, self.lang).timexes(day)), None)
            other_day = named is not None and named.value[5:] != day.isoformat()[5:]
            if named is not None and named.start == 0 and _written_day(named) and other_day:
                return named
        return None

    def _reported_past(self, found: list[Timex]) -> list[Timex]:
        """The days of `found` written with a number ("le 16 avril", not "mardi") that the text reports in the past,
        the page's own stamps left out; none without a parse's verb morphology."""
        if self.doc is None or not self.doc.has_annotation("MORPH"):
            return []
        return [
            t
            for t in found
            if _written_day(t) and (t.start, t.end) not in self.stamps() and self.tense(t.start, t.end) == "past"
        ]

    def timexes_inferred(self, inference: Inference) -> list[Timex]:
        """The timexes against an inferred date, resolved only as far as its evidence allows."""
        found = self.timexes(inference.date)
        if inference.date is None or inference.earliest == inference.latest:
            return found
        first = {(t.start, t.end): t.value for t in self.timexes(inference.earliest)}
        last = {(t.start, t.end): t.value for t in self.timexes(inference.latest)}
        settled = []
        for t in found:
            readings = (first.get((t.start, t.end)), last.get((t.start, t.end)))
            same = readings[0] == readings[1] == t.value
            settled.append(t if same or self._weekday_settles(t, readings) else _unsettled(t))
        return settled

    def _weekday_settles(self, t: Timex, readings: tuple[str | None, ...]) -> bool:
        """Whether a day written with its weekday ("le lundi 22 novembre") is read on that weekday, and the readings
        at the window's ends that differ are not: read from the first day of a year-wide window, 22 November falls
        nearer a year back (a Sunday), where the weekday is taken for a slip; the weekday, which the window's year
        holds, says the day is the same wherever in the window the page was written."""
        weekday = self._weekday_written(t)
        if weekday is None or not _holds(t.value, weekday):
            return False
        return all(value == t.value or value is not None and not _holds(value, weekday) for value in readings)

    def _weekday_written(self, t: Timex) -> int | None:
        """The weekday written with a day of the month ("lundi 22 novembre", "Monday, March 11"), or None."""
        if not re.search(r"\d", t.text):
            return None
        weekdays = self.language.weekday_numbers
        return next((weekdays[w] for w in fold(t.text).replace(",", " ").split() if w in weekdays), None)

    def timexes(self, published: dt.date | None) -> list[Timex]:
        """Every expression, normalised against `published`; sorted by start."""
        if isinstance(published, dt.datetime):  # a timestamp from metadata: its day is what counts
            published = published.date()
        text, sentences = self.text, self.sentences
        resolver = Resolver(text, published, self.language, self.tense, sentences.at)
        found = _chronological([f for cand in self.candidates for f in resolver.resolve(cand)], text)
        listed = continued_days(found, text, self.language)  # "les 8 et 9 avril, 13 et 14": 13 and 14 April too
        if listed:
            found = sorted([*found, *listed], key=lambda f: (f.start, f.end))
        # "du 23 au 25 avril ... reçu à la Maison blanche le 24.": a day alone, of the month the text gives it
        lone = lone_days(found, text, self.language)
        if lone:
            found = sorted([*found, *lone], key=lambda f: (f.start, f.end))
        lists = {sentences.at(f.start) for f in listed}
        by_sentence: dict[tuple[int, int], list] = {}  # the dates of each sentence, for each other's event
        for g in found:
            if g.type in ("DATE", "TIME") and not g.value.endswith("_REF"):
                by_sentence.setdefault(sentences.at(g.start), []).append(g)
        horizon = self._horizon(found) if published is None else None
        first_break = text.find("\n")  # the page's opening line ends there: the event a part's row is of
        out: list[Timex] = []
        for f in found:
            precision = calendar_precision(f.value)
            upcoming = precision is not None and (
                after(f.value, published) or f.deadline
                if published is not None
                else self._ahead_by_itself(f) or self._beyond(f, horizon)
            )
            week = self._week(f, published)
            if week and published is not None:
                precision, upcoming = "day", week[0] > published
            s0, s1 = sentences.at(f.start)
            sentence = text[s0:s1]
            event = ""
            if precision:
                others = [(g.start - s0, g.end - s0) for g in by_sentence.get((s0, s1), ()) if g is not f]
                literal = _YEAR_IN_TEXT.search(text[f.start : f.end])
                anniversary = bool(literal and literal.group(1) != f.value[:4])
                key = (f.start, f.end, tuple(others), anniversary)
                if key not in self._events:
                    self._events[key] = self._event(f.start, f.end, s0, s1, others, anniversary)
                event = self._events[key]
                event = self._taken_up_before(event, s0) or event
                event = self._pronoun_taken_up(event, s0, by_sentence) or event
                full = named_in_full(event, text[:s0], self.language, self._noun_group_at)
                opening = text[:first_break] if 0 < first_break <= s0 else ""
                event = (
                    part_of_whole(event, opening, self.language, self._noun_group_at)
                    if full == event and opening
                    else full
                )
                event = held_event(event, self.language)
                event = without_taking_place(event, self.language)
                first = min(g.start for g in by_sentence.get((s0, s1), [f]))
                listed_as = listed_for(event, sentence, first - s0, self.language)
                if listed_as is not None:
                    # "For its network, these are November 2, 8 and 14": the lists' event is named before them
                    named = self._event_before(s0, by_sentence, across=True)
                    event = (f"{named} – {listed_as}" if listed_as else named) if named else event
                if (s0, s1) in lists and not event_nouns(self.language).search(event):
                    # "Les dates à retenir sont : 2 et 3, 7 et 8": the list's event is the one named before it
                    event = self._event_summed(s1) or self._event_before(s0, by_sentence) or event
                following = functools.partial(self._until_next_date, s1, found)
                event = day_told_after(event, following, self.language) or event
                spans = [(g.start, g.end) for g in by_sentence.get((s0, s1), ()) if g is not f]
                event = self._object_after(event, (f.start, f.end, s1), spans) or event
                listed_slot = (
                    _DAY.fullmatch(f.value) is not None
                    and self._slot_of_list(f.start, f.end, found)
                    and self._label_above(f.start, f.end, found)
                )
                entry = "" if listed_slot else self._listed_entry(f.start, f.end, found)
                if listed_slot:
                    event = listed_slot
                elif entry:
                    event = entry
                elif says_nothing(event, self.language):
                    # a date alone on its line is an item of the list its label heads; else the clause around it
                    dates = [(g.start - s0, g.end - s0) for g in by_sentence.get((s0, s1), [f])]
                    clause = whole_clause(sentence, f.start - s0, dates, self.language)
                    event = (
                        self._label_above(f.start, f.end, found)
                        or (clause if not says_only_when(clause, self.language) else "")
                        or event
                    )
                if says_no_event(event, self.language):
                    # "La billetterie ouvre le 27 septembre": the tour it opens for was named above
                    event = with_event_named(
                        event,
                        self._event_named_near(
                            s0, s1, by_sentence, first_break, opens_without_subject(event, self.language)
                        ),
                        self.language,
                    )
            out.append(
                Timex(
                    start=f.start,
                    end=f.end,
                    text=text[f.start : f.end],
                    type=cast(TimexType, f.type),
                    value=f.value,
                    upcoming=upcoming,
                    precision=precision,
                    sentence=sentence.strip(),
                    event=event,
                    hypothetical=bool(precision) and self._hypothetical(f.start),
                    superseded=bool(precision)
                    and (
                        self._superseded(f.start, f.end, out[-1] if out else None)
                        or (upcoming and self._negated(f.start))
                    ),
                    days="/".join(dict.fromkeys(d.isoformat() for d in week)) if week else "",
                )
            )
        out.sort(key=lambda t: (t.start, t.end))
        return self._ranges_given_up(out)

    def _ranges_given_up(self, out: list[Timex]) -> list[Timex]:
        """A range whose end a verb after it gives up ("le festival prévu du 20 au 22 avril n'aura pas lieu", "the
        June 3-6 fair has been cancelled") is given up from its first day: the verb is the whole range's."""
        for i in range(len(out) - 1, 0, -1):
            first, end = out[i - 1], out[i]
            s0, s1 = self.sentences.at(end.start)
            if (
                end.superseded
                and not first.superseded
                and first.precision
                and s0 <= first.start
                and _RANGE_LINK.match(self.text[first.end : end.start])
                and self._given_up_after(end.end, s1)
            ):
                out[i - 1] = replace(first, superseded=True)
        return out


_ARTICLE = r"(?:" + _one_of(every(lambda lang: lang.date_articles)) + r"\s+)?"
_PAIR = _one_of(every(lambda lang: lang.pair_links))
# "in January or February": two dates offered as alternatives are the one span the event falls in; two days are
# such a span only as a pair's are (the next day, or after "between"): "on May 4 or May 18" are two days
_ALTERNATIVE = _one_of(every(lambda lang: lang.alternative_links))
_RANGE_LINK = re.compile(
    # "from Monday, May 20, 2019, to Friday, May 24": a comma may close the first date before "to", "au"
    # "to approximately December 16", "to around 20 May": how near the end is does not cut the range
    r"^\s*(?:-|–|/|(?:,\s*)?(?:"
    + _one_of(every(lambda lang: lang.range_links))
    + "|"
    + _ALTERNATIVE
    + ")|"
    + _PAIR
    + r")\s*"
    r"(?:" + _one_of(every(lambda lang: lang.timex_cues.approximations)) + r"\s+)?" + _ARTICLE + "$",
    re.IGNORECASE,
)
_YEAR_IN_TEXT = re.compile(r"\b(1\d{3}|20\d\d)\b")
_MID_WORDS = frozenset(fold(w) for w in every(lambda lang: lang.timex_cues.mid_words))
_MID_WORD_REACH = 3  # words before the month where its middle is said ("à la mi-mars", "the middle of March")


def _written_day(t: Timex) -> bool:
    """A whole day written with a number ("le 16 avril", "25 janvier"), not "mardi" (read from the anchor itself)."""
    whole = re.fullmatch(r"\d{4}-\d\d-\d\d", t.value) is not None
    return t.type == "DATE" and whole and re.search(r"\d", t.text) is not None


_TODAY_NAMED_CHARS = 40  # how far after "today" the day it names is read ("aujourd'hui mercredi 25 janvier")
_PAIR_LINK = re.compile(r"^\s*(?:" + _PAIR + r"|(?:,\s*)?" + _ALTERNATIVE + r")\s*" + _ARTICLE + "$", re.IGNORECASE)
_ALTERNATIVE_LINK = re.compile(r"^\s*(?:,\s*)?" + _ALTERNATIVE + r"\s*" + _ARTICLE + "$", re.IGNORECASE)
_LIST_LINK = re.compile(r"^\s*(?:,\s*)?(?:" + _PAIR + r"\s*)?" + _ARTICLE + "$", re.IGNORECASE)
_BETWEEN = re.compile(r"\b" + _one_of(every(lambda lang: lang.between_words)) + r"\s+" + _ARTICLE + "$", re.IGNORECASE)
_COUNTED_BACK = re.compile(r"\b" + _one_of(every(lambda lang: lang.counted_back)) + r"\b", re.IGNORECASE)


def dated_events(
    timexes: list[Timex], published: dt.date | None = None, headline_end: int = 0
) -> tuple[list[DatedEvent], list[DatedEvent]]:
    """(upcoming, timeline): calendar dates after publication, and past ones, for the front matter.

    Upcoming dates are of month precision or finer (a bare future year stays in `temporal`).
    With `published`, a range under way on the publication day ("du 13 au 20 juin" on 13 or 15 June) is to come.

    Two dates joined by "au", "-", "to" in one sentence become one range ("2024-06-03/2024-06-05").
    An anniversary ("les 80 ans du débarquement ... le 6 juin 1944") is upcoming on its
    anniversary and the original date goes to the timeline. Expressions counted back from
    publication ("il y a neuf mois", "two years ago") are too vague for the timeline.

    `headline_end`: where the headline ends in the text the timexes were read in (0: no headline); a date the
    headline gives that the article gives again is the article's row (`_said_again_below`).
    """
    # a clock time ("à 17 h") is the hour of a day said elsewhere: the day is the event's date; it is
    # listed only when its own words name the day ("15:00 GMT Saturday", "17 h demain"), or when it opens
    # an item of a programme ("- A 7h30, prise d'armes ...", "15h00  Questions au gouvernement")
    calendar_items = [
        t
        for t in timexes
        if t.precision
        and not t.hypothetical
        and not t.superseded  # a date given up for another ("initially planned for", "reporté du"): no event
        and t.type in ("DATE", "TIME")
        and (not _CLOCK.match(t.text) or _OWN_DAY.search(t.text) or _opens_item(t))
    ]
    calendar_items = [t for t in calendar_items if not _month_of_its_days(t, calendar_items)]
    calendar_items = [t for t in calendar_items if not _part_of_a_day_given(t, calendar_items)]
    listed = {id(t) for t in calendar_items}
    clocks = [t for t in timexes if t.type == "TIME" and id(t) not in listed]  # hours of the days around them
    upcoming: list[DatedEvent] = []
    timeline: list[DatedEvent] = []
    headed: dict[int, bool] = {}  # id of each row -> whether the headline says it, and only vaguely (a week, a month)
    i = 0
    while i < len(calendar_items):
        t = calendar_items[i]
        run = _consecutive_days(calendar_items, i)
        if len(run) > 2:  # "les mercredi 21, jeudi 22 et vendredi 23": one event over the days (a pair is below)
            last = run[-1]
            item = DatedEvent(
                date=f"{_day_value(t)}/{_day_value(last)}",
                precision=cast(Precision, t.precision),
                text="".join(a.text + _gap(a, b) for a, b in itertools.pairwise(run)) + last.text,
                event=next((x.event for x in run if x.event), ""),
                sentence=t.sentence,
            )
            _file(item, last.upcoming, upcoming, timeline)
            _head(item, t, headline_end, headed)
            i += len(run)
            continue
        nxt = calendar_items[i + 1] if i + 1 < len(calendar_items) else None
        gap = _range_gap(t, nxt, clocks, published) if nxt else None
        if nxt and gap is not None:
            text = t.text + gap + nxt.text
            item = DatedEvent(
                date=f"{_day_value(t)}/{_day_value(nxt)}",
                precision=cast(Precision, t.precision),
                text=text,
                event=t.event or nxt.event,
                sentence=t.sentence,
            )
            _file(item, nxt.upcoming, upcoming, timeline)
            _head(item, t, headline_end, headed)
            i += 2
            continue
        i += 1
        if _COUNTED_BACK.search(t.text):
            continue
        item = DatedEvent(
            date=_day_value(t),
            precision=cast(Precision, t.precision),
            text=t.text,
            event=t.event,
            sentence=t.sentence,
        )
        _file(item, t.upcoming, upcoming, timeline)
        _head(item, t, headline_end, headed)
        literal = _YEAR_IN_TEXT.search(t.text)
        if t.upcoming and literal and literal.group(1) != t.value[:4]:
            timeline.append(
                DatedEvent(
                    date=literal.group(1) + _day_value(t)[4:],
                    precision=cast(Precision, t.precision),
                    text=t.text,
                    event=_original_event(t),
                    sentence=t.sentence,
                )
            )
    upcoming = _said_again_below(upcoming, headed)
    upcoming = _vague_told_by_days(_one_per_event(_dedupe(upcoming), agenda=True))
    return _frames_dropped(upcoming), _one_per_event(_dedupe(timeline))


def _head(item: DatedEvent, t: Timex, headline_end: int, headed: dict[int, bool]) -> None:
    """Note a row the headline gives, and whether it gives it only vaguely: a week or a month ("la semaine
    prochaine", "next month"), which a day of the article may fall in."""
    if t.start < headline_end:
        headed[id(item)] = bool(t.days) or item.precision == "month"


def _said_again_below(items: list[DatedEvent], headed: dict[int, bool]) -> list[DatedEvent]:
    """Without the headline's rows that the article gives again below it: the same date ("Nouvelles journées d'action
    le mardi 26 mai" above "le mardi 26 mai, huit syndicats..."), or, for a week or a month, a day inside it
    ("Public hearing next month" above "the Sept. 9 meeting"). A headline is written from the article: its date is
    the article's event said twice, and the article's sentence says more of it. A span of days the headline gives
    ("visite du 18 au 22 décembre") stays, even over the article's days: the span is an event of its own."""
    below = [item for item in items if id(item) not in headed]
    return [
        item
        for item in items
        if id(item) not in headed
        or not any(
            other.date == item.date or (headed[id(item)] and "/" not in other.date and _inside(other.date, item.date))
            for other in below
        )
    ]


def _inside(day: str, period: str) -> bool:
    """Whether the day falls in the period: a month ("2024-09") or a span of days ("2024-09-02/2024-09-08")."""
    first, _, last = period.partition("/")
    return (first <= day[:10] <= last) if last else day.startswith(first)


# what may come before the hour that opens a programme's item or a sentence that is one ("- A 7h30, prise
# d'armes", "À partir de 16h30, échange avec ..."): a list mark, then the words that introduce a date
_ITEM_OPENING = re.compile(
    r"(?:[-–—•*·]\s*)?(?:(?:" + "|".join(longest_first(every(lambda lang: lang.event_date_lead))) + r")\s+)*",
    re.IGNORECASE,
)


_PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI)$")


def _part_of_a_day_given(t: Timex, items: list[Timex]) -> bool:
    """Whether `t` is a part of a day that does not name its day ("en tout début de matinée", "dans la soirée"), on the
    day the date just before it gives ("ce samedi ... en tout début de matinée"): the time of that day's event, as a
    clock time is, not an event of its own. A programme's line it opens ("Matin : visite ...") stays an item."""
    if not _PART_OF_DAY.search(t.value) or _OWN_DAY.search(t.text) or _opens_item(t):
        return False
    before = [o for o in items if o.start < t.start and not _PART_OF_DAY.search(o.value)]
    return bool(before) and max(before, key=lambda o: o.start).value[:10] == t.value[:10]


def _opens_item(t: Timex) -> bool:
    """Whether the clock time opens a line of a programme or a sentence: after a list mark, or first."""
    at = t.sentence.find(t.text)
    return at >= 0 and bool(_ITEM_OPENING.fullmatch(t.sentence[:at]))


def _file(item: DatedEvent, is_upcoming: bool, upcoming: list[DatedEvent], timeline: list[DatedEvent]) -> None:
    """Past dates go to the timeline at any precision; upcoming ones only when a calendar can hold them.

    A bare future year ("en 2027", "next year") stays in `temporal`: it is no date to plan
    for, and an upcoming list is judged on dates of month precision or finer.
    """
    if not is_upcoming:
        timeline.append(item)
    elif item.precision != "year":
        upcoming.append(item)


def _dedupe(items: list[DatedEvent]) -> list[DatedEvent]:
    """Sorted by date; a date said twice in one sentence ("samedi 29 mai ... samedi") is one event. A span is not its
    first day: "on 16 and 17 December, as well as ... on 13, 14 and 16 December" are two events."""
    seen: set[tuple[str, str]] = set()
    out = []
    for item in sorted(items, key=lambda d: d.date):
        key = (item.date if "/" in item.date else item.date[:10], item.sentence)
        if key in seen:
            continue
        seen.add(key)
        out.append(item)
    return out


def _line_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The line that holds text[start:end]: from after the line break before it to the line break after it."""
    line1 = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line1 < 0 else line1


def _chronological(found: list[Found], text: str) -> list[Found]:
    """An enumeration of days without their year ("le 23 avril, le 21 mai et le 25 juin") runs forward: a
    day read before the one listed just before it in the sentence is in the following year. Only days written
    as days enumerate: "le même jour, le 3 mars dernier" names one day twice; and a day the text has already
    dated, or whose weekday fixes its year, is not moved ("du 16 au 18 février 2023" then the heading "Jeudi 16
    février": the range's first day again, a Thursday in 2023 and not in 2024)."""
    out: list[Found] = []
    for f in found:
        previous = out[-1] if out else None
        if (
            previous is not None
            and f.type == previous.type == "DATE"
            and _DAY.fullmatch(f.value)
            and _DAY.fullmatch(previous.value)
            and _LIST_GAP.match(text[previous.end : f.start])
            and all(re.search(r"\d", text[g.start : g.end]) for g in (previous, f))  # "le même jour, le 3 mars"
            and not _YEAR_IN_TEXT.search(text[f.start : f.end])
            and f.value < previous.value
            and _a_year_later(f.value) > previous.value
            and all(g.value != f.value for g in out)
            and not _weekday_fixes(text[f.start : f.end], f.value)
        ):
            f = replace(f, value=_a_year_later(f.value))
        out.append(f)
    return out


_WEEKDAYS = {w: n for lang in built_in() for w, n in lang.weekday_numbers.items()}


def _weekday_fixes(words: str, day: str) -> bool:
    """Whether the weekday written with a day ("Jeudi 16 février") is that day's, so its year is the one read."""
    named = [_WEEKDAYS[w] for w in re.findall(r"\w+", fold(words)) if w in _WEEKDAYS]
    return bool(named) and named[0] == dt.date.fromisoformat(day).isoweekday()


# what separates the days of an enumeration: a comma, "et", "and", and the article ("le 21 mai et le 25 juin")
_LIST_GAP = re.compile(r"\s*(?:[,;]\s*)?(?:" + _PAIR + r"\s+)?" + _ARTICLE + r"$", re.IGNORECASE)


_MONTH_FRAME = 300  # characters: a month said this close before days of its own frames them


def _month_of_its_days(t: Timex, items: list[Timex]) -> bool:
    """Whether a month is said as the frame of days given just after it ("En avril, la grève commence le 3 ...
    Suivront les 8 et 9 avril", "In August, walkouts on 18 and 20 August"): the days are the events, the month
    adds a row that says less."""
    if t.precision != "month" or "/" in t.value:
        return False
    if _MID_WORDS & set(re.split(r"[\W_]+", fold(t.text))[:_MID_WORD_REACH]):
        return False  # "à la mi-mars, les accusés ... jusqu'au 9 mars": a point in the month, the days are before it
    return any(
        d.precision == "day" and d.value.startswith(t.value) and t.end <= d.start <= t.end + _MONTH_FRAME for d in items
    )


def _a_year_later(day: str) -> str:
    d = dt.date.fromisoformat(day)
    return (d.replace(year=d.year + 1) if (d.month, d.day) != (2, 29) else d + dt.timedelta(days=365)).isoformat()


def _without_hours(gap: str, a: Timex, b: Timex, clocks: list[Timex]) -> list[str]:
    """The gap without the hours between the days, read three ways: with the hour's one- or two-letter
    preposition before it ("du mercredi 16 septembre à 20 heures au vendredi 18" is joined by "au", "Monday 3 June
    at 8pm to Friday" by "to"), after it ("from 9.00 am on Friday 10 June to 6.00 pm on Friday 17 June" by "to"),
    or alone ("from midday Monday to midday Thursday")."""
    ways = (r"(?:\b\w{{1,2}}\s+)?{}", r"{}(?:\s+\w{{1,2}}\b)?", r"{}")
    hours = [re.escape(c.text) for c in clocks if a.end <= c.start and c.end <= b.start and c.text in gap]
    hours.append(_GAP_CLOCK)  # an hour the grammar leaves to its day ("6.00 pm on Friday 17 June")
    out = []
    for way in ways:
        link = gap
        for hour in hours:
            link = re.sub(way.format(hour), " ", link, count=1)
        out.append(link)
    return out


# an hour between two days, however written: "6.00 pm", "20h00", "à 7h55"
_GAP_CLOCK = (
    r"\d{1,2}(?:[.:h]\s?\d\d)?\s*(?:"
    + _cue_patterns(lambda c: c.meridiem)
    + r"\.?|"
    + _cue_patterns(lambda c: c.hour_separators)
    + r"\b|"
    + _cue_patterns(lambda c: c.hour_words)
    + r")"
)


def _range_gap(a: Timex, b: Timex, clocks: list[Timex], published: dt.date | None = None) -> str | None:
    """The words that join two dates of a sentence into one range ("au", "-", "to"); None if they are two dates.
    A range under way on the publication day (begun that day or before, ending after it) is one range to come: the
    agenda shows the whole span, not its last day."""
    under_way = published is not None and not a.upcoming and b.upcoming and a.value[:10] <= published.isoformat()
    if (
        b.sentence != a.sentence
        or a.days
        or b.days  # a week is a span already
        or b.precision != a.precision
        or (a.upcoming != b.upcoming and not under_way)
        or a.value[:10] >= b.value[:10]
    ):
        return None
    gap = _gap(a, b)
    link = next((way for way in _without_hours(gap, a, b, clocks) if _RANGE_LINK.match(way)), None)
    if link is None or _ALTERNATIVE_LINK.match(link) and not (_calendar_named(a) and _calendar_named(b)):
        return None
    # "les 6 et 13 avril" are two days; "entre le 6 et le 9 mai", "les 4 et 5 avril", "en mai et juin" are spans
    if a.precision == "day" and _PAIR_LINK.match(link) and not (_between(a, b) or _next_day(a, b)):
        return None
    return gap


def _calendar_named(t: Timex) -> bool:
    """Whether the date names its place in the calendar, a month or a day's number ("February", "August 4"): two
    such dates offered as alternatives are one span; weekdays alone ("Saturday or Sunday") and hours ("Tuesday
    afternoon or 8:30 a.m. Wednesday") are days of their own, read from the day around them."""
    return t.type == "DATE" and (t.precision == "month" or re.search(r"\d", t.text) is not None)


def _consecutive_days(items: list[Timex], i: int) -> list[Timex]:
    """The days listed from `items[i]` in its sentence, each the day after the one before it ("les mercredi 21,
    jeudi 22 et vendredi 23", "on 13, 14 and 15 May"): a list joined by commas and "et"/"and"."""
    run = [items[i]]
    for b in items[i + 1 :]:
        a = run[-1]
        if (
            b.sentence != a.sentence
            or not a.precision == b.precision == "day"
            or a.days
            or b.days
            or a.upcoming != b.upcoming
            or not _next_day(a, b)
            or not _LIST_LINK.match(_gap(a, b))
        ):
            break
        run.append(b)
    return run


def _between(a: Timex, b: Timex) -> bool:
    """Whether the pair follows "entre", "between" ("entre le 6 et le 9 mai"): then it is a range."""
    i = _where(a, b)
    return i is not None and bool(_BETWEEN.search(a.sentence[:i]))


def _next_day(a: Timex, b: Timex) -> bool:
    """ "les 4 et 5 avril": two days in a row are one two-day event."""
    return dt.date.fromisoformat(b.value[:10]) - dt.date.fromisoformat(a.value[:10]) == dt.timedelta(days=1)


def _day_value(t: Timex) -> str:
    if t.days:
        return t.days
    return t.value[:10] if t.precision == "day" else t.value


def _gap(a: Timex, b: Timex) -> str:
    """The words between two dates of one sentence ("au", " - ", " et le ")."""
    i = _where(a, b)
    if i is None:
        return " " * (b.start - a.end) + "?"
    return a.sentence[i + len(a.text) : i + len(a.text) + b.start - a.end]


def _where(a: Timex, b: Timex) -> int | None:
    """Where `a` is in its sentence: the occurrence of its text that `b` follows at the right distance."""
    i = a.sentence.find(a.text)
    while i >= 0:
        if a.sentence.startswith(b.text, i + len(a.text) + (b.start - a.end)):
            return i
        i = a.sentence.find(a.text, i + 1)
    return None


# "80 ans du débarquement", "75th anniversary of the liberation": what follows is what is commemorated
_COMMEMORATED = re.compile(
    rf"\b{_cue_patterns(lambda c: c.anniversary_nouns)}\s+{_cue_patterns(lambda c: c.anniversary_links)}\s+(.+)"
)


def _original_event(t: Timex) -> str:
    """For an anniversary, the commemorated event: "80 ans du débarquement" -> "débarquement ..."."""
    m = _COMMEMORATED.search(t.event)
    return m.group(1) if m else t.event


def infer_published(text: str, lang: str) -> tuple[dt.date | None, str | None]:
    """Publication date inferred from the text's own evidence, and that evidence in words.

    (None, None) when there is none; never today's date.
    """
    inference = infer_publication_window(text, lang)
    return inference.date, inference.evidence


def infer_publication_window(text: str, lang: str, address: Address | None = None) -> Inference:
    """The inferred publication date with its evidence and the first and last days that evidence allows
    (with what the page's `address` says of its date)."""
    return TemporalReading(text, lang).inference(address)


def extract_timexes_inferred(text: str, inference: Inference, lang: str, doc=None) -> list[Timex]:
    """extract_timexes against an inferred publication date, resolved only as far as its evidence allows.

    A value that differs between the earliest and the latest publication day the evidence allows ("mercredi"
    when only the year is known) is not known: it keeps its span, loses its calendar value and is neither
    upcoming nor in the timeline. Absolute dates ("le 15 avril", read in the inferred year) stay.
    """
    return TemporalReading(text, lang, doc).timexes_inferred(inference)


def _holds(value: str, weekday: int) -> bool:
    """Whether the day `value` ("2021-11-22") falls on `weekday` (ISO, Monday 1)."""
    return bool(re.fullmatch(r"\d{4}-\d\d-\d\d", value)) and dt.date.fromisoformat(value).isoweekday() == weekday


def _unsettled(t: Timex) -> Timex:
    """The timex with its calendar digits unknown (TIMEX3's X): "2024-04-03" -> "XXXX-XX-XX"."""
    value = re.sub(r"\d", "X", t.value) if calendar_precision(t.value) else t.value
    return replace(t, value=value, upcoming=False, precision=None)
