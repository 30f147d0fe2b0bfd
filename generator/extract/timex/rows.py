"""Agenda rows, one per real event: the rows that say an event again (in another sentence, at an hour of its day,
as a stay's first day, as a week or a month a day inside it tells), a programme heading's day, the days inside a
span, the frames a text lists day by day; and the hour and day patterns they read. The lower layer of `dates`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable

from generator.lang.every import every, stop_words
from generator.lang.folding import fold
from generator.lang.patterns import longest_first, spaced
from generator.lang.record import TimexCues
from generator.model import DatedEvent

from .wording import (
    content_words,
)

_AP = r"['\u2019]"  # a straight or typographic apostrophe


def _one_of(found: Iterable[str]) -> str:
    """A regex group of the words, apostrophes straight or typographic, a space standing for any."""
    return "(?:" + "|".join(spaced(w).replace("'", _AP) for w in found) + ")"


def _cue_patterns(get: Callable[[TimexCues], Iterable[str]]) -> str:
    """A regex group of every built-in language's cue patterns of one kind (generator/lang/<code>/timex.py)."""
    found = every(lambda lang: get(lang.timex_cues))
    return "(?:" + "|".join(found) + ")" if found else "(?!)"


# The words of every built-in language: a list of dates reads each timex's own words, whatever the article's.
# a clock time, with the word that makes it approximate: "vers 10 h", "around 9 a.m.", "14:30"
_HOUR = (
    r"\d{1,2}"
    rf"(?:\s?{_cue_patterns(lambda c: c.hour_separators)}|:\d\d|\s?{_cue_patterns(lambda c: c.meridiem)})"
)
_CLOCK = re.compile(
    r"^(?:" + _one_of(every(lambda lang: lang.timex_cues.approximations)) + r"\s+)?" + _HOUR, re.IGNORECASE
)
_TIMED = re.compile(r"(?<!\d)" + _HOUR, re.IGNORECASE)  # an hour anywhere ("lundi à 15 heures")
# a clock time whose own words name its day: a weekday or a day counted from publication ("demain", "tonight")
_OWN_DAY = re.compile(
    r"\b" + _one_of((*every(lambda lang: lang.weekdays), *every(lambda lang: lang.days_from_publication))) + r"\b",
    re.IGNORECASE,
)


def _one_per_event(items: list[DatedEvent], agenda: bool = False) -> list[DatedEvent]:
    """One row per event: the same date said again in other sentences ("la grève du 16 septembre ... le
    16 septembre, les trains ...") is the same event when the phrases share most of their words, or when
    one says nothing; the row kept is the first said, unless it says nothing. The hours of a programme
    stay apart: each is its own event.

    With `agenda` (the upcoming rows), also when the later sentence takes the event up or one phrase names nothing
    (`_one_event`): the past is a narrative, where a day said again often tells another thing that happened."""
    out: list[DatedEvent] = []
    by_date: dict[str, list[int]] = {}  # the rows kept so far of each date, an hour's apart
    for item in items:
        words = content_words(item.event)
        rows = [] if _CLOCK.match(item.text) else by_date.setdefault(item.date, [])
        same = next((i for i in rows if _same_event(content_words(out[i].event), words)), None)
        if same is None and agenda:  # the later sentence takes the event up, or one phrase names nothing
            same = next((i for i in rows if _one_event(out[i], item)), None)
            if same is not None:
                if _says_more(item, out[same]):
                    out[same] = item
                continue
        again = next((i for i in rows if _repeated(out[i], item) or _repeated(item, out[i])), None)
        if same is None and again is not None:
            if _repeated(out[again], item):  # the row kept said less than this one: this one names the event
                out[again] = item
        elif same is None:
            rows.append(len(out))
            out.append(item)
        elif not content_words(out[same].event):
            out[same] = item
    # a programme's day heading that says no more than one of its hours ("Mardi 16 novembre" and "10h15", both
    # "Accueil de fonctionnaires belges") is that hour's row said twice
    hours = {(item.date, item.event) for item in out if _CLOCK.match(item.text)}
    out = [item for item in out if _CLOCK.match(item.text) or (item.date, item.event) not in hours]
    if agenda:
        out = _days_of_their_heading(_stays_opened(_taken_up_by_an_hour(out)))
    return _days_in_their_span(out)


def _taken_up_by_an_hour(items: list[DatedEvent]) -> list[DatedEvent]:
    """Without the rows that take up, at their date, the event an hour of the same day gives with its day ("The
    groundbreaking will begin at 4 p.m. on Tuesday" / "one of the speakers at the event on Tuesday"): an hour's row
    stays apart from the day's rows (`_one_per_event`), but the sentence that points back at its event with a
    determiner says that event again."""
    hours = [item for item in items if _CLOCK.match(item.text) and _OWN_DAY.search(item.text)]
    return [
        item
        for item in items
        if item in hours
        or not any(
            hour.date[:10] == item.date[:10] and hour.sentence != item.sentence and _takes_up_at_date(item, hour)
            for hour in hours
        )
    ]


_WEEK_DAYS = 7  # the longest span a week row covers
_WEEKDAY_WORD = re.compile(r"\b" + _one_of(every(lambda lang: lang.weekdays)) + r"\b", re.IGNORECASE)


def _vague_period(item: DatedEvent) -> tuple[str, str] | None:
    """The first and last day a row covers when it says a month or a week in words alone ("next month", "la semaine
    prochaine", "en décembre prochain"), without a day's number or name; None for any other row."""
    if re.search(r"\d", item.text) or _WEEKDAY_WORD.search(item.text):
        return None
    first, _, last = item.date.partition("/")
    if len(first) == 7 and (not last or len(last) == 7):
        return first + "-01", (last or first) + "-31"
    if len(first) == 10 and len(last) == 10:
        days = (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days + 1
        return (first, last) if _FRAME_DAYS <= days <= _WEEK_DAYS else None
    return None


def _vague_told_by_days(items: list[DatedEvent]) -> list[DatedEvent]:
    """Without the rows of a month or a week said in words alone whose event a day inside it tells, in another
    sentence, with the same event noun ("The U.S. Army Corps of Engineers will hold a virtual meeting next month" /
    "the Sept. 9 meeting"; "trois journées de grève la semaine prochaine" / "une journée de grève vendredi 24
    janvier"): the day says when the event is; the month or the week only said it roughly. A noun of a time ("la
    semaine") is no evidence, nor a shared name: one person's agenda names that person every day."""
    out = []
    for item in items:
        period = _vague_period(item)
        nouns = _event_nouns(item.sentence) if period else set()
        told = period is not None and any(
            len(other.date) >= 10
            and "/" not in other.date
            and period[0] <= other.date[:10] <= period[1]
            and other.sentence != item.sentence
            and nouns & _event_nouns(other.sentence)
            for other in items
        )
        if not told:
            out.append(item)
    return out


def _event_nouns(sentence: str) -> set[str]:
    """The event nouns a sentence names, folded and cut to five letters, those of a time of the day or year aside."""
    return {fold(m.group(0))[:5] for m in re.finditer(_ANY_EVENT_NOUN, sentence, re.IGNORECASE)} - _TIME_NOUNS


# every built-in language's words that open a stay on its first day, then the day's article ("à partir de ce jeudi",
# "beginning on June 4"), and its nouns of a stay ("visite", "tour")
_STAY_OPENER = re.compile(
    r"\b(?:" + "|".join(every(lambda lang: lang.stay_openers)) + r")\s+"
    r"(?:(?:" + "|".join(every(lambda lang: lang.date_articles)) + r")\s+)?$",
    re.IGNORECASE,
)
_STAY_NOUN = re.compile(
    r"\b(?:"
    + "|".join(longest_first(every(lambda lang: lang.stay_nouns)))
    + r")(?:"
    + "|".join(every(lambda lang: lang.plural_endings))
    + r")?\b",
    re.IGNORECASE,
)


def _opens_a_stay(item: DatedEvent) -> bool:
    """Whether the row's day is said as the first of a stay its sentence names ("Macky Sall effectue à partir de ce
    jeudi une visite officielle", "the visit that commences on Tuesday", "a five-country tour beginning on June 4")."""
    at = item.sentence.find(item.text)
    return (
        at >= 0
        and "/" not in item.date
        and bool(_STAY_OPENER.search(item.sentence[:at]))
        and bool(_STAY_NOUN.search(item.sentence))
    )


def _stays_opened(items: list[DatedEvent]) -> list[DatedEvent]:
    """Without the rows that only open a stay on a day another row gives ("le programme du Président, qui effectue à
    partir de ce jeudi une visite officielle" above "Macky Sall foulera le sol ivoirien ce jeudi 20 juin"): the stay is
    no event of that day, the day's own row says what happens then. Alone on its day, the row stays: the stay's
    beginning is then all the agenda knows of that day."""
    return [
        item
        for item in items
        if not _opens_a_stay(item)
        or not any(o.date[:10] == item.date[:10] and o.sentence != item.sentence and "/" not in o.date for o in items)
    ]


def _days_of_their_heading(items: list[DatedEvent]) -> list[DatedEvent]:
    """Without the rows of a day a programme's heading gives ("THURSDAY JULY 12" above the day's paragraphs) that say
    the same day elsewhere ("Trump will arrive in Britain on Thursday" in the lead): the heading's row sums the day,
    the programme's day is one row. Its hours stay rows of their own, and so do its items whose sentence gives their
    hour ("Le président tiendra une conférence de presse lundi à 15 heures")."""
    headed = {item.date for item in items if _heading(item)}
    return [
        item
        for item in items
        if item.date not in headed or _heading(item) or _TIMED.search(item.text) or _TIMED.search(item.sentence)
    ]


# every built-in language's event nouns: a row's phrase that names one says what happens
_EVENT_NOUN = re.compile(
    r"\b(?:" + "|".join(every(lambda lang: (lang.event_nouns,) if lang.event_nouns else ())) + r")"
    r"(?:" + "|".join(every(lambda lang: lang.plural_endings)) + r")?\b",
    re.IGNORECASE,
)


# every built-in language's demonstrative before an event noun: a sentence that says one ("cette manifestation du 5
# décembre", "this meeting") takes up the event already given at its date
_TAKEN_UP = re.compile(
    r"\b(?:" + "|".join(every(lambda lang: lang.demonstrative_determiners)) + r")\s+(?:\w+\s+)?" + _EVENT_NOUN.pattern,
    re.IGNORECASE,
)
# every built-in language's nouns that only say when ("la date", "start date"): no event of their own
_DATE_NOUN_WORDS = frozenset(w[:5] for w in every(lambda lang: lang.date_nouns))
_NAMING_WORDS = 2  # a phrase with fewer content words, date nouns aside, names nothing


def _one_event(kept: DatedEvent, item: DatedEvent) -> bool:
    """Whether a later row of the same date, in another sentence, is the kept row's event said again, though their
    phrases share few words: one's sentence tells the other's event again (`_retold`: "new parking fees take effect on
    March 14" / "Starting March 14, drivers will also have to pay the parking fees once they take effect"), its
    sentence takes the event up with a demonstrative ("Cette manifestation du 5 décembre sera un moment de bascule",
    "this hearing"), or one of the phrases names nothing but a subject, a pronoun or the date itself ("On se revoit",
    "the Nov. 7 start date"), or both name the same event noun ("a public hearing on the budget" / "speak at the
    hearing"). Two phrases that each name something else stay two rows."""
    if kept.sentence == item.sentence:
        return False
    if _retold(kept.event, item.sentence) or _retold(item.event, kept.sentence):
        return True
    if _takes_up_at_date(item, kept) or _takes_up_at_date(kept, item):
        return True
    if _TAKEN_UP.search(item.sentence):
        return not _EVENT_NOUN.search(kept.event) or _same_noun(kept.event, item.sentence)
    return _names_nothing(kept.event) or _names_nothing(item.event) or _same_noun(kept.event, item.event)


# every built-in language's determiners that point at a thing already known: definite articles, contracted or not
# ("le", "du", "the") and demonstratives ("cette", "this")
_DEMONSTRATIVES = frozenset(every(lambda lang: lang.demonstrative_determiners))
_ARTICLES = every(lambda lang: (*lang.entities.articles, *lang.entities.contracted_articles))
_KNOWN = (
    r"(?:\b(?:"
    + "|".join(longest_first([*(w for w in _ARTICLES if not w.endswith("'")), *_DEMONSTRATIVES]))
    + r")\s+|\b(?:"
    + "|".join(w[:-1] + _AP for w in _ARTICLES if w.endswith("'"))  # an elided article ("l'événement")
    + r")\s*)"
)
# every built-in language's event nouns, with the nouns that name any event ("the event", "l'événement")
_ANY_EVENT_NOUN = (
    r"\b(?:"
    + "|".join(
        (
            *every(lambda lang: (lang.event_nouns,) if lang.event_nouns else ()),
            *longest_first(every(lambda lang: lang.generic_event_nouns)),
        )
    )
    + r")(?:"
    + "|".join(every(lambda lang: lang.plural_endings))
    + r")?\b"
)
_GENERIC_NOUNS = frozenset(fold(w)[:5] for w in every(lambda lang: lang.generic_event_nouns))
_TIME_NOUNS = frozenset(fold(w)[:5] for w in every(lambda lang: lang.time_event_nouns))
_AT_DATE_GAP = 4  # words at most between the event noun and the date it is dated by ("le conseil qui se tient demain")
# a known event noun just before the date, with no punctuation between ("at the event on Tuesday", "cette manifestation
# du 5 décembre", "le conseil ministériel qui se tient demain"), or a date between the determiner and its noun ("The
# December 6th public hearing")
_NOUN_BEFORE_DATE = re.compile(
    r"(?P<det>" + _KNOWN + r")(?:[\w-]+\s+){0,2}?(?P<noun>" + _ANY_EVENT_NOUN + r")"
    r"(?P<gap>(?:\s+[\w'\u2019-]+){0," + str(_AT_DATE_GAP) + r"})\s*$",
    re.IGNORECASE,
)
# every built-in language's openers of a relative clause ("qui", "that"), after the noun and its adjective: a noun with
# a clause dated after it is the clause's subject or object ("le conseil ministériel qui se tient demain")
_RELATIVE_GAP = re.compile(
    r"^\s*(?:[\w-]+\s+)?(?:"
    + "|".join(every(lambda lang: (lang.clause_openers,) if lang.clause_openers else ()))
    + ")",
    re.IGNORECASE,
)
_DETERMINER_BEFORE_DATE = re.compile(r"(?P<det>" + _KNOWN + r")$", re.IGNORECASE)
_NOUN_AFTER_DATE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?P<noun>" + _ANY_EVENT_NOUN + ")", re.IGNORECASE)


def _takes_up_at_date(item: DatedEvent, other: DatedEvent) -> bool:
    """Whether the row's date dates an event its sentence names as already known, an event the other row's sentence
    gives: a determiner and an event noun at the date ("Gov. Lynch is expected to be one of the speakers at the event
    on Tuesday" / "The groundbreaking event will begin at 4 p.m. on Tuesday"; "Cette manifestation du 5 décembre" / "Ce
    jeudi 5 décembre, nous défilerons"; "The December 6th Public Hearing" / "the third and final public hearing"). A
    demonstrative or a noun that names any event ("the event") takes up the day's event whatever the other sentence
    says; a definite article, only an event the other sentence names with the same noun, when the date qualifies it or
    dates its relative clause ("le conseil ministériel qui se tient demain"). Nouns of a time of the day
    ("la soirée de ce jeudi") take up nothing; a comma between the noun and the date parts them ("la suite à donner à la
    grève, le mardi 24")."""
    at = item.sentence.find(item.text)
    if at < 0:
        return False
    before = item.sentence[:at]
    found = _NOUN_BEFORE_DATE.search(before)
    det = found
    dated = bool(found and _RELATIVE_GAP.match(found.group("gap")))  # the noun's own clause is dated
    if found is None and (det := _DETERMINER_BEFORE_DATE.search(before)):
        found = _NOUN_AFTER_DATE.match(item.sentence, at + len(item.text))
        dated = True  # the date qualifies the noun ("the December 6th hearing")
    if found is None or det is None:
        return False
    noun = fold(found.group("noun"))[:5]
    if noun in _TIME_NOUNS:
        return False
    if noun in _GENERIC_NOUNS or det.group("det").strip().lower() in _DEMONSTRATIVES:
        return True
    # a definite article alone: the noun must be the one the date qualifies, and the other sentence must name it
    # ("appel à la grève le 24 septembre" names the strike the other sentence's meeting is about, not that meeting)
    return dated and any(
        fold(m.group(0))[:5] == noun for m in re.finditer(_ANY_EVENT_NOUN, other.sentence, re.IGNORECASE)
    )


# every built-in language's words that carry no meaning ("dans", "will"): no evidence that two sentences tell one event
_STOP_WORDS = stop_words()
_RETOLD_WORDS = 3  # a phrase's words found in another sentence, at least, that make it that sentence's event


def _meaning_words(phrase: str, names: bool = True) -> set[str]:
    """The phrase's words as `content_words` gives them (four letters or more, folded, cut to five), stop words left
    out whole before the cut ("entre" is a stop word, "entreprise" is not). Without `names`, no capitalised word after
    the first: one participant's or one place's name is in every event of a day's programme."""
    words = re.findall(r"\w{4,}", phrase)
    return {
        fold(w)[:5]
        for k, w in enumerate(words)
        if fold(w) not in _STOP_WORDS and (names or k == 0 or not w[0].isupper())
    }


def _retold(event: str, sentence: str) -> bool:
    """Whether another sentence tells the row's event again: half its phrase's words, three at least, names aside, are
    in it ("parking fees take effect" / "drivers will also have to pay the parking fees once they take effect"). Two
    events of one participant on one day share the participant's name, not the phrase's other words ("Paul Durand
    dînera avec les éleveurs à Rennes" / "Paul Durand visitera la foire agricole de Rennes")."""
    words = _meaning_words(event, names=False)
    shared = words & _meaning_words(sentence)
    return len(shared) >= _RETOLD_WORDS and len(shared) * 2 >= len(words)


def _says_more(item: DatedEvent, kept: DatedEvent) -> bool:
    """Whether the later row says the event and the row kept does not: it names an event noun ("Election", where the
    row kept says "Ghana goes to the polls"), or something at all."""
    if _names_an_event(kept.event) != _names_an_event(item.event):
        return _names_an_event(item.event)
    return _names_nothing(kept.event) and not _names_nothing(item.event)


def _names_an_event(event: str) -> bool:
    """Whether the phrase holds an event noun that is not the qualifier of a date noun ("the Nov. 7 start date" names
    a date, not an event)."""
    return any(
        not content_words((event[m.end() :].split() or [""])[0]) & _DATE_NOUN_WORDS for m in _EVENT_NOUN.finditer(event)
    )


def _same_noun(event: str, sentence: str) -> bool:
    """Whether the sentence's demonstrative takes up the event noun the phrase names ("la grève" ... "cette grève")."""
    named = {m.group(0).lower()[:5] for m in _EVENT_NOUN.finditer(event)}
    return any(m.group(0).lower()[:5] in named for m in _EVENT_NOUN.finditer(sentence))


def _names_nothing(event: str) -> bool:
    """Whether a phrase says no more than a pronoun and its verb or the date ("On se revoit", "start date"): fewer
    than two content words that are not a noun of dates. A place or a name of two words ("mairie de Tronville") says
    something: two weddings on one day are two rows."""
    return len(content_words(event) - _DATE_NOUN_WORDS) < _NAMING_WORDS


def _repeated(vague: DatedEvent, named: DatedEvent) -> bool:
    """Whether `named` is the same date said again with its event named, where `vague` names none: its sentence repeats
    most of `vague`'s phrase ("Les 11 et 18 juin, les Français sont de nouveau appelés aux urnes." / "Les Français sont
    appelés aux urnes les 11 et 18 juin pour les élections législatives")."""
    if vague.sentence == named.sentence or _EVENT_NOUN.search(vague.event) or not _EVENT_NOUN.search(named.event):
        return False
    words = content_words(vague.event)
    return len(words) >= 2 and len(words & content_words(named.sentence)) * 2 > len(words)


def _days_in_their_span(items: list[DatedEvent]) -> list[DatedEvent]:
    """A day said with the words of an event that spans it ("EU leaders to meet in Brussels on Thursday" in the
    headline, "European Union leaders will meet in Brussels on Thursday and Friday" in the lead) is that event's
    row said twice: the span's row stays. Half the shorter phrase's words, and three at least, must be shared: a
    programme's days inside a visit ("le 6, étape à Sassandra" in "la visite du 4 au 8 mars") are events of their
    own. A day's heading ("Mercredi 23 mai" above the day's paragraphs) is a day of its own whatever its items say:
    its row is that day's programme, not the span said again."""
    spans = [item for item in items if "/" in item.date and len(item.date) == 21]
    out = []
    for item in items:
        words = content_words(item.event)
        inside = (
            len(item.date) == 10
            and not _heading(item)
            and any(
                span.date[:10] <= item.date <= span.date[11:] and _said_again(words, content_words(span.event))
                for span in spans
            )
        )
        # a week said in the headline ("cette semaine") around the days the lead gives ("de mardi à vendredi"), in the
        # same words: the days' row says it more precisely; a span that writes its days ("from May 19 to 24", a tour
        # around its legs) is as precise as they are
        around = (
            item in spans
            and not re.search(r"\d", item.text)
            and any(
                other.date != item.date
                and item.date[:10] <= other.date[:10]
                and other.date[11:] <= item.date[11:]
                and _said_again(words, content_words(other.event))
                for other in spans
            )
        )
        if not inside and not around:
            out.append(item)
    return out


def _heading(item: DatedEvent) -> bool:
    """Whether the row's date stands alone as its sentence: a programme's heading of the day ("Mercredi 23 mai",
    "Day 2 – Monday, June 12"), whose event is the items under it."""
    if _CLOCK.match(item.text):
        return False  # an hour alone on its line ("1:30 PM") is an item of its day, not the day's heading
    return item.text in item.sentence and not content_words(item.sentence.replace(item.text, " "))


# every built-in language's nouns that name a listing of days ("agenda", "semaine", "itinerary")
_SCHEDULE_NOUN = re.compile(r"\b(?:" + "|".join(every(lambda lang: lang.schedule_nouns)) + r")\b", re.IGNORECASE)
_FRAME_DAYS = 3  # a frame is a week or a longer span: a weekend or a pair of days is an event's own time
_FRAME_LISTED = 2  # the days listed in it, in other sentences, that make a span their frame


def _frames_dropped(items: list[DatedEvent]) -> list[DatedEvent]:
    """Without the spans that only frame the days listed in them: an agenda's or a week's heading ("Agenda de X -
    Semaine du 7 au 11 avril", "The week in Westminster: March 19th - 23rd", "l'agenda de la semaine à venir") above
    its days is no event of its own, the days are. A span whose phrase names an event ("visite d'État du 18 au 22
    décembre", "the G8 summit from 6 to 8 June") stays over its programme's days."""
    return [item for item in items if not _frame(item, items)]


def _frame(item: DatedEvent, items: list[DatedEvent]) -> bool:
    """Whether the row is a span of a week or more, given with a noun of schedules and no event noun of its own, with
    at least two days of its own listed in other sentences."""
    first, _, last = item.date.partition("/")
    if len(first) != 10 or len(last) != 10:
        return False
    if (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days + 1 < _FRAME_DAYS:
        return False
    if not _SCHEDULE_NOUN.search(item.sentence):
        return False
    if any(not _SCHEDULE_NOUN.fullmatch(m.group(0)) for m in _EVENT_NOUN.finditer(item.event)):
        return False  # the span names what happens over it: a visit, a summit, a strike
    listed = {other.date for other in items if len(other.date) == 10 and other.sentence != item.sentence}
    return sum(first <= day <= last for day in listed) >= _FRAME_LISTED


def _said_again(wa: set[str], wb: set[str]) -> bool:
    """`_same_event`, on three shared words at least: a phrase with no words is no repetition of another."""
    return len(wa & wb) >= _SAID_AGAIN_WORDS and _same_event(wa, wb)


_SAID_AGAIN_WORDS = 3


def _same_event(wa: set[str], wb: set[str]) -> bool:
    """Whether two phrases' content words tell one event: most of the shorter's are the longer's, or one has none."""
    if not wa or not wb:
        return True
    return len(wa & wb) * 2 >= min(len(wa), len(wb))
