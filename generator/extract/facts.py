"""The summary (the lead, cleaned) and the key facts (ranked sentences) of an article.

Key facts are whole sentences of the body, so each one can be traced to where it came from. They
are ranked by what an analyst looks for first: figures and amounts, decisions and announcements,
who meets whom, what is blocked or changed; the lead and named participants add weight, sentences
that open with a quotation lose it and headings are left out. Summary and facts are stand-alone
statements: full names for "M. Blair" or a leading "Il", the calendar date after "hier" or "mardi".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from generator.extract.dates import extract_timexes
from generator.extract.entities import extract_entities
from generator.extract.ner import lexicon as lx
from generator.extract.ner.text import Sentence, content_words, doc_text, story_sentences
from generator.lang import language
from generator.lang.every import every
from generator.lang.names import NEWS_AGENCIES
from generator.lang.record import FactWords, Language
from generator.model import KeyFact, Participant, Timex

_MIN_FACTS, _MAX_FACTS = 3, 7
_MIN_WORDS = 6  # shorter "sentences" are subheads or fragments
_STAMP_COMPANY = 4  # words beside a date stamp on its line: a place and "le" ("Fort-de-France, le")


@dataclass(frozen=True)
class Weights:
    """Every weight and threshold of the ranking, in one place; set on the annotated articles of bench/gold
    (see bench/entities.py). A sentence's score adds the weight of each cue it shows."""

    figure: float = 2.0  # an amount ("3 milliards d'euros", "20%"): what an analyst looks for first
    number: float = 0.8  # a bare number, when there is no amount
    decision: float = 1.2  # each decision or announcement verb ...
    decisions_counted: int = 2  # ... up to two: a list of verbs is not more news
    meeting: float = 0.8  # who meets whom (counted once)
    next: float = 0.8  # what happens next
    dated: float = 1.0  # the sentence says when
    record: float = 0.8  # a record, a first
    named_subject: float = 0.5  # a named person does it
    names: float = 0.3  # each capitalised word (a name) ...
    names_counted: int = 6  # ... up to six
    lead: float = 2.5  # the lead carries the news
    early: float = 3.5  # the next sentences, by their rank: early * decay ** rank
    decay: float = 0.7
    paragraph_first: float = 0.8  # a paragraph's first sentence states its topic
    opens_quoted: float = 3.0  # penalty: a sentence that opens with a quotation is a quote, not a fact
    short: float = 2.0  # penalty: fewer than `short_words` words is a fragment
    short_words: int = 7
    long: float = 1.0  # penalty: more than `long_words` words runs over several facts
    long_words: int = 60
    question: float = 1.5  # penalty: a question states no fact
    same_paragraph: float = 0.3  # penalty per fact already taken from the paragraph: spread the facts


W = Weights()


def _words(get: Callable[[FactWords], Iterable[str]]) -> str:
    """A regex alternation of every built-in language's fragments (a sentence may quote another language)."""
    return "|".join(every(lambda lang: get(lang.facts)))


def _escaped(get: Callable[[Language], Iterable[str]]) -> str:
    """A regex alternation of every built-in language's words, as written."""
    return "|".join(re.escape(w) for w in every(get))


# Month and weekday names of every language: a sentence may quote a date in another language.
_MONTH_WORDS = "|".join(re.escape(w) for w in every(lambda lang: lang.months))
_WEEKDAY_WORDS = "|".join(re.escape(w) for w in every(lambda lang: lang.weekdays))
# Signs and units that are no language's word.
_SYMBOLS = (r"%", r"€", r"\$", r"£", r"km")
_FIGURE = re.compile(
    r"\d[\d\s.,]*\s*(?:"
    + "|".join((*_SYMBOLS, _words(lambda f: f.figure_units)))
    + r")|[$€£]\s?\d"
    + "".join("|" + p for p in every(lambda lang: lang.facts.figure_phrases))
    # a count of things ("20 female senators", "790 sorties"), not a day of the month or a year
    + r"|\b(?!(?:19|20)\d\d\b)\d[\d.,]*\s+(?!(?:"
    + _MONTH_WORDS
    + r")\b)[a-zà-ÿ]{3,}",
    re.IGNORECASE,
)
# The numbers whose word counts as a figure, from each language's number words: two to ten, a dozen, a
# hundred, a thousand ("un" is an article as often as a number; the teens and tens, tried, ranked worse on
# bench/gold).
_COUNTED = frozenset((*range(2, 11), 12, 100, 1000))
_NUMBER_WORDS = every(
    lambda lang: (w for w, n in lang.numbers.items() if n in _COUNTED and w not in lang.number_plurals)
)
_NUMBER = re.compile(r"\b\d[\d.,]*\b|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE)
_DECISION = re.compile(r"\b(?:" + _words(lambda f: f.decision_stems) + r")\w*", re.IGNORECASE)
_MEETING = re.compile(r"\b(?:" + _words(lambda f: f.meeting_stems) + r")\w*", re.IGNORECASE)
_NEXT = re.compile(r"\b(?:" + _words(lambda f: f.next_markers) + r")\b", re.IGNORECASE)
# What makes a number or an event stand out: a record, a first.
_RECORD = re.compile(r"\b(?:" + _words(lambda f: f.record_words) + r")\b", re.IGNORECASE)
# A sentence whose subject is a named person: "M. Blair a donné...", "Li Keqiang, the new prime minister, said".
# The verbs right after a subject: auxiliaries, negations ("M. Blair n'a pas"), and for a named one speech verbs.
_SUBJECT_VERBS = _escaped(lambda lang: lang.quotes.subject_verbs)
_NAMED_SUBJECT = re.compile(
    r"^(?:(?:"
    + _words(lambda f: (*f.connectives, *f.sequence_openers))
    + r"),?\s+)?(?:(?:"
    + "|".join(
        (
            lx.HONORIFIC_PATTERN,
            _escaped(lambda lang: lang.facts.subject_titles),
            *(re.escape(a) + r"\s+\w+" for a in every(lambda lang: lang.facts.subject_articles)),
        )
    )
    + r")\s+)?[A-ZÀ-Ý][\w\-]+(?:\s+[A-ZÀ-Ý][\w\-]+)*(?:,[^,]{3,80},)?\s+(?:"
    + "|".join(
        (
            _SUBJECT_VERBS,
            _escaped(lambda lang: lang.quotes.negations),
            _escaped(lambda lang: lang.facts.subject_speech),
            r"\w+(?:" + _escaped(lambda lang: lang.facts.verb_endings) + ")",
        )
    )
    + r")\b"
)
_DATELINE = re.compile(
    r"^\s*(?:(?:[A-ZÀ-Ý0-9][\w\-'., ]{1,40}\s*)?\((?:"  # PARIS (AFP) -, "8 avril (Reuters) -", "March 18 (Reuters) -"
    + "|".join(map(re.escape, NEWS_AGENCIES))
    + r")\)\s*[-–—:]\s*"
    r"|[A-ZÀ-Ý][A-ZÀ-Ý\-' ]{2,30}\s*[._]+[_\-–—]*\s*)"  # MARSEILLE._
)
_LEAD_CONNECTOR = re.compile(r"^(?:" + _words(lambda f: (*f.connectives, *f.dropped_openers)) + r"),?\s+")


def _body_sentences(doc: Doc) -> list[Sentence]:
    """Sentences after the title, without headings (short lines with no final punctuation)."""
    out = []
    for s in story_sentences(doc_text(doc)):
        if not re.search(r"[.!?»\"”)]$", s.text) and len(s.text.split()) < 10:
            continue
        out.append(s)
    return out


def _clean(text: str) -> str:
    text = _DATELINE.sub("", text)
    return " ".join(text.split())


def extract_summary(
    doc: Doc, lang: str, timexes: Sequence[Timex] = (), stamps: Collection[tuple[int, int]] = ()
) -> str:
    """One or two sentences: the lead, cleaned of datelines; a short first sentence takes the next one.

    `timexes` (the doc's dates, from `extract_timexes`) date "hier", "mardi", "last month" in the text;
    `stamps` are the spans of the page's own date stamps: a line that only dates the page is no lead.
    """
    body = [s for s in _body_sentences(doc) if not _stamp_only(s, stamps)]
    return " ".join(_clean(_dated(s, timexes, lang)) for s in _summary_sentences(body))


def _stamp_only(s: Sentence, stamps: Collection[tuple[int, int]]) -> bool:
    """ "Paris, le 3 novembre 2025.": a sentence that holds a stamp and at most a place besides."""
    for start, end in stamps:
        if s.start <= start and end <= s.end:
            rest = s.text[: start - s.start] + s.text[end - s.start :]
            return len(re.findall(r"\w+", rest)) <= _STAMP_COMPANY
    return False


def _summary_sentences(body: list[Sentence]) -> list[Sentence]:
    if not body:
        return []
    # The lead paragraph's second sentence belongs to the lead; a short first sentence takes the next one.
    takes_next = len(body) > 1 and len(body[1].text.split()) < 40
    if takes_next and (body[1].paragraph == body[0].paragraph or len(_clean(body[0].text).split()) < 30):
        return body[:2]
    return body[:1]


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Quoted stretches of the whole text: a quotation often runs over several sentences."""
    return [m.span() for m in re.finditer(r"«[^»]*»|\"[^\"\n]*\"|“[^”]*”", text)]


def _own_words(s: Sentence, spans: list[tuple[int, int]]) -> str:
    """The sentence without what is inside quotation marks."""
    chars = list(s.text)
    for start, end in spans:
        for pos in range(max(start, s.start), min(end, s.end)):
            chars[pos - s.start] = " "
    return "".join(chars)


def _score(
    s: Sentence, rank: int, first_in_paragraph: bool, names: int, spans: list[tuple[int, int]], dated: bool
) -> float:
    """How much an analyst would want this sentence among the key facts; `dated`: it says when."""
    text = s.text
    # Facts are in the reporter's words: what is inside quotation marks is someone's view of them, so the
    # features are counted outside it ("Li Keqiang said pollution made him 'quite upset'" keeps its own).
    own = _own_words(s, spans)
    score = 0.0
    if _FIGURE.search(own):
        score += W.figure
    elif _NUMBER.search(own):
        score += W.number
    score += W.decision * min(W.decisions_counted, len(_DECISION.findall(own)))
    score += W.meeting * min(1, len(_MEETING.findall(own)))
    score += W.next if _NEXT.search(own) else 0.0  # what happens next
    score += W.dated if dated else 0.0  # when it happens
    score += W.record if _RECORD.search(own) else 0.0
    score += W.named_subject if _NAMED_SUBJECT.match(own) else 0.0  # who does it
    score += W.names * min(W.names_counted, names)
    # The lead carries the news; each paragraph's first sentence states its topic.
    score += W.lead if rank == 0 else W.early * W.decay**rank
    score += W.paragraph_first if first_in_paragraph else 0.0
    # A sentence that opens with a quotation is a quote (the briefing lists them apart), not a fact.
    score -= W.opens_quoted if any(start <= s.start < end for start, end in spans) else 0.0
    n = len(text.split())
    if n < W.short_words:
        score -= W.short
    elif n > W.long_words:
        score -= W.long
    if text.endswith("?"):
        score -= W.question
    return score


def extract_key_facts(
    doc: Doc, lang: str, participants: list[Participant] | None = None, timexes: Sequence[Timex] = ()
) -> list[KeyFact]:
    """3 to 7 sentences, best first; each KeyFact keeps its source sentence.

    `participants` are the doc's entities when the caller already has them (saves extracting them twice);
    `timexes` (the doc's dates, from `extract_timexes`) date "hier", "mardi", "last month" in the statements.
    """
    body = _body_sentences(doc)
    if not body:
        return []
    if participants is None:
        participants = extract_entities(doc, lang)[0]
    people = [p for p in participants if p.kind == "person"]
    text = doc_text(doc)
    spans = _quote_spans(text)
    scored = _candidates(
        body, _scored(body, spans, _dates_outside(spans, timexes or extract_timexes(text, None, lang)))
    )
    chosen = _pick(scored, max(_MIN_FACTS, min(_MAX_FACTS, len(scored))))
    facts = [(_statement(s, _dated(s, timexes, lang), text, people), s.text) for _, _, s in chosen]
    return [KeyFact(text=fact, sentence=None if fact == sentence else sentence) for fact, sentence in facts]


Scored = tuple[float, int, Sentence]  # score, rank in the body, sentence


def _dates_outside(spans: list[tuple[int, int]], found: Sequence[Timex]) -> list[Timex]:
    """The calendar dates the extractor found outside quotations (their positions are all the score needs)."""
    dates = [t for t in found if t.type in ("DATE", "TIME") and not t.value.endswith("_REF")]
    return [t for t in dates if not any(a <= t.start < b for a, b in spans)]


def _scored(body: list[Sentence], spans: list[tuple[int, int]], dates: list[Timex]) -> list[Scored]:
    """Every body sentence with its score."""
    scored = []
    for rank, s in enumerate(body):
        first = rank == 0 or body[rank - 1].paragraph != s.paragraph
        names = len(re.findall(r"(?<![.!?]\s)(?<!^)\b[A-ZÀ-Ý][\w\-]+", s.text))
        dated = any(s.start <= t.start < s.end for t in dates)
        scored.append((_score(s, rank, first, names, spans, dated), rank, s))
    return scored


def _candidates(body: list[Sentence], scored: list[Scored]) -> list[Scored]:
    """The sentences that may be facts: not the summary's, not a subhead, unless the story is too short."""
    # The summary already gives the lead: the facts say what it does not.
    in_summary = _summary_sentences(body)
    if len(body) - len(in_summary) >= _MIN_FACTS:
        scored = [x for x in scored if x[2] not in in_summary]
    # A subhead that ends with a full stop ("Explosions.", "Le droit d'inventaire.") states no fact.
    statements = [x for x in scored if len(x[2].text.split()) >= _MIN_WORDS]
    return statements if len(statements) >= _MIN_FACTS else scored


def _pick(scored: list[Scored], count: int) -> list[Scored]:
    """Up to `count` facts, best first, spread over the story: a paragraph already used costs, a repeated
    content is skipped."""
    chosen: list[Scored] = []
    pool = list(scored)
    while pool and len(chosen) < count:

        def adjusted(item: Scored) -> float:
            used = sum(1 for c in chosen if c[2].paragraph == item[2].paragraph)
            return item[0] - W.same_paragraph * used

        best = max(pool, key=lambda x: (adjusted(x), -x[1]))
        pool.remove(best)
        words = content_words(best[2].text)
        if any(len(words & content_words(c[2].text)) > 0.6 * max(1, len(words)) for c in chosen):
            continue
        chosen.append(best)
    return chosen


# "Il a annoncé": the last person named; "Il faut", "Il est possible" name nobody.
_PRONOUN_SUBJECT = re.compile(
    r"^("
    + "|".join(p.capitalize() for p in every(lambda lang: lang.quotes.person_pronouns))
    + r")\s+(?!"
    + _words(lambda f: f.impersonal)
    + ")"
)
_HONORIFIC_NAME = lx.HONORIFIC_PATTERN + r"\s+"


def _statement(s: Sentence, sentence: str, text: str, people: list[Participant]) -> str:
    """`sentence` (the text of `s`, dated) as a stand-alone statement: no dateline, no leading "Mais", full
    names for "M. Blair" and for a leading "Il" (the last person named before the sentence)."""
    out = _LEAD_CONNECTOR.sub("", _clean(sentence))
    out = out[:1].upper() + out[1:]
    for p in people:
        for variant in (a for a in p.aliases if " " in a):  # "Anthony Blinken" -> "Antony Blinken"
            out = re.sub(rf"(?<!\w){re.escape(variant)}(?!\w)", p.name, out)
        surnames = {a for a in [p.name, *p.aliases] if " " not in a} | {p.name.split()[-1]}
        for surname in surnames:
            out = re.sub(rf"{_HONORIFIC_NAME}{re.escape(surname)}\b", p.name, out)
    if _PRONOUN_SUBJECT.match(out):
        last = _last_person(people, text, s.start)
        if last:
            out = _PRONOUN_SUBJECT.sub(last + " ", out, count=1)
    described = _DESCRIBED_SUBJECT.match(out)
    if described:  # "Le ministre français des Armées a annoncé" -> "Sébastien Lecornu a annoncé"
        person = _described_person(described.group("np"), people, text, s.start)
        if person:
            out = person + out[described.end("np") :]
    return out


_DESCRIBED_SUBJECT = re.compile(
    r"^(?P<np>(?:"
    + "|".join(re.escape(a.capitalize()) for a in every(lambda lang: lang.entities.singular_articles))
    + r")\s*[^,;:]{3,60}?)(?=\s+(?:"
    + _SUBJECT_VERBS
    + r")\b)"
)


def _described_person(np: str, people: list[Participant], text: str, before: int) -> str | None:
    """The person named earlier whose stated role the description repeats ("le secrétaire d'Etat américain")."""
    words = content_words(np)
    best, best_pos = None, -1
    for p in people:
        role = content_words(p.role or "")
        shared = words & role
        if role and len(shared) >= min(2, len(role)) and len(shared) * 2 >= len(words):
            pos = max((text.rfind(n, 0, before) for n in [p.name, *p.aliases]), default=-1)
            if pos > best_pos:
                best, best_pos = p.name, pos
    return best


def _last_person(people: list[Participant], text: str, before: int) -> str | None:
    best, best_pos = None, -1
    for p in people:
        for name in [p.name, *p.aliases]:
            pos = text.rfind(name, 0, before)
            if pos > best_pos:
                best, best_pos = p.name, pos
    return best


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")  # a sentence that gives a year: its months need none
# A date that ends with a weekday or a month name takes the rest of its date right after it.
_WEEKDAY = re.compile(r"(?i:\b(?:" + _WEEKDAY_WORDS + r"))$")
_MONTH_END = re.compile(r"(?i:\b(?:" + _MONTH_WORDS + r"))$")
# Words that date a day from the publication ("hier", "last month"): the reader of a briefing needs the date.
_DEICTIC = re.compile(
    r"(?i:\b(?:"
    + "|".join(
        (
            *(re.escape(w) for w in every(lambda lang: lang.days_from_publication)),
            _words(lambda f: f.deictic_words),
        )
    )
    + r")\b)"
)


def _dated(s: Sentence, timexes: Sequence[Timex], lang: str) -> str:
    """The sentence with the calendar date after each relative date: "mardi" -> "mardi 2 avril 2024",
    "hier après-midi" -> "hier après-midi (6 septembre 2002)", "October" -> "October 2012".

    Hand-written briefings give dates in full: "hier" means nothing once the article is old.
    """
    out = s.text
    inside = [t for t in timexes if s.start <= t.start and t.end <= s.end and not re.search(r"\d", t.text)]
    for t in sorted(inside, key=lambda t: t.start, reverse=True):
        words = _date_words(t.value, lang)
        if not words:
            continue
        if _WEEKDAY.search(t.text) and words[0].isdigit():
            added = " " + words
        elif _MONTH_END.search(t.text) and not words[0].isdigit() and not _YEAR.search(s.text):
            added = " " + words.split()[-1]  # the year
        elif _DEICTIC.search(t.text):
            added = f" ({words})"
        else:
            continue
        end = t.end - s.start
        out = out[:end] + added + out[end:]
    return out


def _date_words(value: str, lang: str) -> str:
    """A TIMEX3 calendar value in words: "2024-04-02" -> "2 avril 2024", "2013-03" -> "March 2013", "2012"."""
    m = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T|$)", value)
    if not m:
        return ""
    year, month, day = m.groups()
    if not month:
        return year
    words = language(lang)
    name = words.months[int(month) - 1]
    if not day:
        return f"{name} {year}"
    number = words.first_of_month if day == "01" else str(int(day))
    return f"{number} {name} {year}"
