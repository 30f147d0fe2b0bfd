"""The summary (the lead, cleaned) and the key facts (ranked sentences) of an article.

Key facts are whole sentences of the body, so each one can be traced to where it came from. They
are ranked by what an analyst looks for first: figures and amounts, decisions and announcements,
who meets whom, what is blocked or changed; the lead and named participants add weight, sentences
that open with a quotation lose it and headings are left out. Summary and facts are stand-alone
statements: full names for "M. Blair" or a leading "Il", the calendar date after "hier" or "mardi".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from generator.extract.dates import extract_timexes
from generator.extract.entities import extract_entities
from generator.extract.ner.text import Sentence, content_words, doc_text, story_sentences
from generator.lang import BUILT_IN, language
from generator.model import KeyFact, Participant, Timex

_MIN_FACTS, _MAX_FACTS = 3, 7
_MIN_WORDS = 6  # shorter "sentences" are subheads or fragments
# Weights of the ranking, set on the annotated articles of bench/gold (see bench/entities.py).
_W = {
    "lead": 2.5,
    "early": 3.5,
    "decay": 0.7,
    "paragraph_first": 0.8,
    "names": 0.3,
    "same_paragraph": 0.3,
    "dated": 1.0,
    "named_subject": 0.5,
    "record": 0.8,
    "opens_quoted": 3.0,
}

# Month and weekday names of every language: a sentence may quote a date in another language.
_MONTH_WORDS = "|".join(re.escape(w) for code in BUILT_IN for w in language(code).months)
_WEEKDAY_WORDS = "|".join(re.escape(w) for code in BUILT_IN for w in language(code).weekdays)
_FIGURE = re.compile(
    r"\d[\d\s.,]*\s*(?:%|pour\s?cent|per\s?cent|milliards?|millions?|billions?|trillions?|bn|m\b|euros?|dollars?|"
    r"livres?|€|\$|£|km|tonnes?|personnes|morts|victimes|people|dead|killed)|[$€£]\s?\d|\bde \w+ à \w+ par\b"
    # a count of things ("20 female senators", "790 sorties"), not a day of the month or a year
    r"|\b(?!(?:19|20)\d\d\b)\d[\d.,]*\s+(?!(?:" + _MONTH_WORDS + r")\b)[a-zà-ÿ]{3,}",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"\b\d[\d.,]*\b|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|cent|mille|two|three|"
    r"four|five|six|seven|eight|nine|ten|twelve|hundred|thousand)\b",
    re.IGNORECASE,
)
_DECISION = re.compile(
    r"\b(?:annonc|décid|adopt|approuv|sign|vot|bloqu|condamn|élu|nomm|démission|accept|rejet|suspend|interdi|"
    r"lanc|augment|rédui|baiss|hauss|pass\w* de|accord|ratifi|arrêt|lev[ée]|gel|sanction|quitt|rejoint|"
    r"rachet|vend|achet|supprim|ferm|ouvr|attaqu|tu[ée]s?\b|bless|détru|libér|extrad|hospitalis|"
    r"announc|decid|adopt|approv|sign|vot|block|sentenc|elect|appoint|resign|accept|reject|suspend|ban|"
    r"launch|rais|cut|agree|buy|sell|sold|bought|quit|join|kill|injur|destroy|releas|fled|arrest|charg|"
    r"promet|promis|s'engag|vow|pledg)\w*",
    re.IGNORECASE,
)
_MEETING = re.compile(
    r"\b(?:rencontr|reçu|recevr|entretien|réunion|sommet|visite|discut|négoci|conférence|se rendr|rendu|"
    r"s'est rendu|meet|met\b|talks|summit|visit|negotiat|conference)\w*",
    re.IGNORECASE,
)
_NEXT = re.compile(
    r"\b(?:\w+(?:era|eront|ira|iront|ra|ront)|doit|doivent|devrait|devraient|prévu|prévue|attendu|"
    r"will|is due|are due|expected to|plans? to|is to|are to|next week|next month)\b",
    re.IGNORECASE,
)
# What makes a number or an event stand out: a record, a first.
_RECORD = re.compile(
    r"\b(?:record|all-time|sans précédent|historique|inédit|first time|première fois|premier\w* depuis|"
    r"first since|jamais vu|highest|lowest|plus haut|plus bas)\b",
    re.IGNORECASE,
)
# A sentence whose subject is a named person: "M. Blair a donné...", "Li Keqiang, the new prime minister, said".
_NAMED_SUBJECT = re.compile(
    r"^(?:(?:Mais|Et|But|And|Then|Puis|Ensuite|Enfin),?\s+)?(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Senator|"
    r"President|le\s+\w+|la\s+\w+)\s+)?[A-ZÀ-Ý][\w\-]+(?:\s+[A-ZÀ-Ý][\w\-]+)*(?:,[^,]{3,80},)?\s+"
    r"(?:a|ont|avait|est|sera|va|doit|se|s'|n'|ne|has|had|is|was|will|said|says|\w+(?:é|ait|era|ed))\b"
)
_DATELINE = re.compile(
    r"^\s*(?:(?:[A-ZÀ-Ý][\w\-' ]{1,40}\s*)?\((?:AFP|Reuters|AP|Belga|ATS)\)\s*[-–—:]\s*"  # PARIS (AFP) -
    r"|[A-ZÀ-Ý][A-ZÀ-Ý\-' ]{2,30}\s*[._]+[_\-–—]*\s*)"  # MARSEILLE._
)
_LEAD_CONNECTOR = re.compile(r"^(?:Mais|Et|Or|Par ailleurs|En outre|De plus|But|And|Also|Meanwhile),?\s+")


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


def extract_summary(doc: Doc, lang: str, timexes: Sequence[Timex] = ()) -> str:
    """One or two sentences: the lead, cleaned of datelines; a short first sentence takes the next one.

    `timexes` (the doc's dates, from `extract_timexes`) date "hier", "mardi", "last month" in the text.
    """
    return " ".join(_clean(_dated(s, timexes, lang)) for s in _summary_sentences(_body_sentences(doc)))


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
        score += 2.0
    elif _NUMBER.search(own):
        score += 0.8
    score += 1.2 * min(2, len(_DECISION.findall(own)))
    score += 0.8 * min(1, len(_MEETING.findall(own)))
    score += 0.8 if _NEXT.search(own) else 0.0  # what happens next
    score += _W["dated"] if dated else 0.0  # when it happens
    score += _W["record"] if _RECORD.search(own) else 0.0
    score += _W["named_subject"] if _NAMED_SUBJECT.match(own) else 0.0  # who does it
    score += _W["names"] * min(6, names)
    # The lead carries the news; each paragraph's first sentence states its topic.
    score += _W["lead"] if rank == 0 else _W["early"] * _W["decay"] ** rank
    score += _W["paragraph_first"] if first_in_paragraph else 0.0
    # A sentence that opens with a quotation is a quote (the briefing lists them apart), not a fact.
    score -= _W["opens_quoted"] if any(start <= s.start < end for start, end in spans) else 0.0
    n = len(text.split())
    if n < 7:
        score -= 2.0
    elif n > 60:
        score -= 1.0
    if text.endswith("?"):
        score -= 1.5
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
    spans = _quote_spans(doc_text(doc))
    # the dates the extractor found (positions are all the score needs), outside quotations
    found = timexes or extract_timexes(doc_text(doc), None, lang)
    dates = [t for t in found if t.type in ("DATE", "TIME") and not t.value.endswith("_REF")]
    dates = [t for t in dates if not any(a <= t.start < b for a, b in spans)]
    scored = []
    for rank, s in enumerate(body):
        first = rank == 0 or body[rank - 1].paragraph != s.paragraph
        names = len(re.findall(r"(?<![.!?]\s)(?<!^)\b[A-ZÀ-Ý][\w\-]+", s.text))
        dated = any(s.start <= t.start < s.end for t in dates)
        scored.append((_score(s, rank, first, names, spans, dated), rank, s))
    # The summary already gives the lead: the facts say what it does not, unless the story is too short.
    in_summary = _summary_sentences(body)
    if len(body) - len(in_summary) >= _MIN_FACTS:
        scored = [x for x in scored if x[2] not in in_summary]
    # A subhead that ends with a full stop ("Explosions.", "Le droit d'inventaire.") states no fact.
    statements = [x for x in scored if len(x[2].text.split()) >= _MIN_WORDS]
    if len(statements) >= _MIN_FACTS:
        scored = statements
    count = max(_MIN_FACTS, min(_MAX_FACTS, len(scored)))
    chosen: list[tuple[float, int, Sentence]] = []
    pool = list(scored)
    while pool and len(chosen) < count:
        # Spread the facts over the story: a paragraph already used costs, a repeated content is skipped.
        def adjusted(item: tuple[float, int, Sentence]) -> float:
            used = sum(1 for c in chosen if c[2].paragraph == item[2].paragraph)
            return item[0] - _W["same_paragraph"] * used

        best = max(pool, key=lambda x: (adjusted(x), -x[1]))
        pool.remove(best)
        words = content_words(best[2].text)
        if any(len(words & content_words(c[2].text)) > 0.6 * max(1, len(words)) for c in chosen):
            continue
        chosen.append(best)
    facts = [(_statement(s, _dated(s, timexes, lang), doc_text(doc), people), s.text) for _, _, s in chosen]
    return [KeyFact(text=text, sentence=None if text == sentence else sentence) for text, sentence in facts]


_PRONOUN_SUBJECT = re.compile(r"^(Il|Elle|He|She)\s+(?!y\b|faut\b|s'agit\b|est\s+(?:possible|probable|clair)\b)")
_HONORIFIC_NAME = r"(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+"


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
    r"^(?P<np>(?:Le|La|L'|The)\s*[^,;:]{3,60}?)(?=\s+(?:a|ont|avait|est|sera|se|s'|va|doit|has|had|is|was|will)\b)"
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
    r"(?i:\b(?:hier|demain|aujourd'hui|avant-hier|après-demain|dernier|dernière|prochain|prochaine|ce|cette|"
    r"il y a|yesterday|tomorrow|today|tonight|last|next|this|ago)\b)"
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
