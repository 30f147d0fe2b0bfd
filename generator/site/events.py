"""One agenda row per real event: the items that announce the same event, in one briefing or several, join.

The rule, in two steps a reader can check:

1. **Same or nested dates.** Two items are one event when
   - they fall on the same date and their event phrases share enough words: at least half of the shorter phrase's
     words, and two of them unless the shorter has only one. So "réunion des ministres de l'Otan" and "Nato ministers
     meeting" meet, and "Conseil des ministres" and "conférence de presse" do not. Two briefings' items that list the
     same participants (two at least, compared as entities) and no two places (format 2's `who` and `where`) need so
     many words in common but the briefings' names, or two of them though each phrase tells more of its own ("vote
     of confidence" in a "Sejm session giving Poland a prime minister" and after a "discours de politique générale
     de Donald Tusk"): a phrase may call a participant by his title ("swearing-in ceremony of the President-elect",
     "prestation de serment de Massoud Pezeshkian devant le Parlement"). A phrase that names an act at an event
     ("discours d'Emmanuel Macron au sommet des chefs d'État de la COP28") is also
     compared by the event's words alone, those after the word that says "at" (`at_event` in
     generator/lang/<code>/site.yml), when they are two or more: it meets "world leaders' climate action summit" on
     the same day. A phrase that tells a thing in one word, its telling word kept ("annonce des résultats"), is
     that thing told at its date: it meets a phrase of another briefing that says the thing ("declaration of the
     presidential election results") when the two items list the same teller (format 2's `who`, one at least) and
     no two places. Within one briefing, the same date twice (a headline and its body) joins when one phrase says
     nothing, or they share a word and one adds fewer than two words to the other; two phrases that each add two words
     ("droits de douane américains sur les produits canadiens", "droits de douane canadiens sur 30 milliards de
     dollars de produits américains") are two events, and so are two phrases that name other participants ("new
     Congress sworn in", "inauguration of Arévalo and Herrera") or that share only the words of the briefing's names
     ("EU summit", "Montenegro meets leaders of the European People's Party"); an item never joins a row that holds
     another event of its own briefing. A day of a two-day meeting is compared as its date ("les 11 et 12 juin",
     "next Wednesday");
   - or one's date lies within the other's ("le 9 juillet" within "en juillet", a day within "du 9 au 11
     juillet", a month within "en 2025", or within a span of several months, "in 18 to 24 months" within "a
     maximum of two years") and every word of the shorter phrase is in the longer: a date
     made more precise, not a part of a longer event ("discours au Sénat" is not "visite d'État").
     Or so but for the names of each briefing's participants and places, compared as entities: the two phrases
     name one in common, each name either says is one the other's briefing names, neither date is a range of
     days ("Biden meets Macron in Rome" on the 29th, "rencontre entre Emmanuel Macron et Joe Biden" late that
     month in an article that names Rome).
   Two phrases that each give amounts and none in common are two measures ("sur 30 milliards de dollars",
   "sur les 125 milliards restants"), at one date or two.
   An item that says what two rows of its own day say makes them one ("opening of the ceasefire talks in
   Geneva" joins "ceasefire talks between the two armies" and "pourparlers à Genève", announced earlier in
   too few common words), unless their items tell each other apart or one briefing gives an item in each.
   An item joins a row only if its date nests with every date of the row, and never a row whose phrases
   say another part of an event ("opening of the summit", "closing of the summit": `event_phases` in
   generator/lang/equivalents.yml; the words of one part are one word, "start"/"ouverture", however short:
   "fin", "end"). The start or the end of an event dated its first or its last day is a date within it
   made more precise, its phase word aside ("fin de la COP28 à Dubaï" on 12 December, "COP28 climate
   conference in Dubai" from 30 November to 12 December).
   A phrase that says the start of a term of office ("start of the next presidential term", "début du nouveau
   mandat présidentiel") also says its holder's swearing-in (`event_starts` in equivalents.yml) on one day; at two
   dates, a row that only says the start of a term and one that never does are two events, never a conflict (the
   oath on a Monday, the term that "débute officiellement" on the Wednesday).
   Words are those of four letters or more (and names such as "COP28"), but those that say which one of
   a series ("next", "prochain", "nouveau": `which_one` in generator/lang/<code>/site.yml) or that the event is
   the telling of a thing ("présentation du plan", "announces the measures": `telling`; beside a word that says
   an outcome, also those that say it made known, "declaration of the results": `told_outcomes`) or that a measure
   answers another ("counter-tariffs", "riposte": `answering`), when two words are
   left: "présentation du budget" is not "vote du budget"), accents and case folded,
   compared on their first five letters, the same word in French and English counting as one
   ("sommet"/"summit", "Otan"/"NATO": generator/lang/equivalents.py). The row shows its most precise
   date (9 July rather than July; of several days, the widest: the 9-11 July summit rather than its
   first day).
2. **Different dates: a conflict.** Two rows with dates that do not nest are one event announced at two
   dates (postponed, or contradicted) when all of these hold (each phrase of a row is compared, not only
   its longest):
   - every word of the shorter phrase is in the longer, and it has two words at least; or so but for the
     names of its briefing's participants and places, when each entity the shorter phrase names is one
     the longer's briefing names too ("start of mpox vaccinations in Congo" and "lancement de la campagne
     de vaccination contre le mpox à Goma" from an article on the RDC; "launch"/"lancement" are a start,
     `event_phases`); or, for two days less than a week apart, the two phrases say the same part of the
     event (its start, its end), name the same participants and places (one at least; a name found hides
     the shorter names inside it: "Bankman-Fried" is not also his parents Bankman and Fried) and share, but
     for those names, half the shorter's words and two at least, the part's word counting ("Bankman-Fried's
     fraud trial begins" on 2 October, "ouverture du procès de Sam Bankman-Fried avec la sélection du jury"
     on the 3rd); or an item of each lists the same participants (two at least, compared as entities) and no
     two places (format 2's `who`, `where`), and every word of the shorter phrase but its briefing's names
     (one at least) is in the longer, or two of them at least are: "nouvelle convocation d'Edmundo González au
     parquet" and "González summoned to appear before prosecutors" (González and the prosecution listed by both),
     "reading of the Articles of Impeachment against Sara Duterte" and "presentation of the Articles of
     Impeachment by House prosecutors" (the Senate, the House and the Vice President listed by both);
   - no briefing announces both (one article giving two dates for one phrase tells of two events: two
     rounds of a vote, two meetings);
   - neither says a step of a process the other does not: the outcome of an event is not the event
     ("résultats définitifs des législatives" and "élections législatives": `outcomes` in
     generator/lang/<code>/site.yml), and a round said by its rank is not another round ("résultats provisoires
     du second tour" and the first round's "provisional results": `rounds`, `ranks`; "first" counts as no rank,
     and a rank without a round word, "third summons", says nothing);
   - they name a participant or place in common (in the sentence of the date or its phrase, or as the item's
     own participants and place, `who` and `where`: a sentence "The vote on Pheu Thai's candidate was set for
     Aug. 22" lists the Speaker who set it), or one names
     what the other's article is about: its most mentioned participant (named twice at least, and more
     often than any other) or the place it names first ("Congo" and an article headed "RDC : ..."); a
     sentence that names none stands for its briefing's most mentioned participant and first place: "A
     snap election could be held by the end of March" in an article about the chancellor is about his
     government, "La conférence doit s'achever le 18 novembre" in an article headed "La COP27 s'ouvre à
     Charm el-Cheikh" about Charm el-Cheikh;
   - when the later of the two dates was first given, neither date had come (a source that repeats one date once
     the other has passed leaves them given at once), or it was the earlier date's very day and the other date
     is less than a week later or earlier ("Luis Caputo présentera mardi ses premières mesures", written on the
     Monday first given); or its sentence, or one of the row
     announced later, says the event moved or recalls the earlier date ("reporté", "postponed",
     "initialement prévue mercredi", "suspendus jusqu'au 4 mars", "was due to close":
     generator/lang/equivalents.py), or a sentence (a title, the summary's, a key fact) says so with two words
     of the phrase, in a briefing written after the older announcement and before the older date ("Theresa May
     reporte le vote sur l'accord de Brexit", the day before the vote) or in the newer date's own briefing
     ("Thaksin had been due to return on Aug. 10 but put it off"): a move told once the older date has passed
     may be about the next of a series (a second vote held, a third put off); and the dates are less than a
     year apart. A weekly "Conseil des ministres" announced each Monday is thus many events, not a conflict.

   The event is then one row, at the date of its newest announcement, that lists every date with the
   briefings that give it ("dates divergentes"): never silently merged, never two unrelated rows.

The row keeps the longest phrase (the most informative wording) and lists every briefing that announces
it, oldest first. Its calendar UID is the oldest announcement's, so it stays when a source is added, a
date changes or a phrase is corrected by hand; its SEQUENCE grows with each briefing that joins it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import combinations

from generator.lang.equivalents import EVENT_PHASES, RESCHEDULED
from generator.lang.folding import fold
from generator.model import Briefing
from generator.site.agenda import AgendaItem, Span
from generator.site.catalog import Entry
from generator.site.groups import Groups
from generator.site.nametables import EVENT_STARTS
from generator.site.samewords import PREFIX, SAME_WORD, read_phrases, same_word
from generator.site.words import reading_words

# Words of four letters or more, and names made of letters and digits ("COP28", "G7").
_WORD = re.compile(r"\b(?:[^\W\d_]{4,}|(?=\w*\d)(?=\w*[^\W\d_])[^\W_]{2,})\b")


# `counted_weeks` of each language's site.yml: a date's words that count it in weeks ("three weeks away")
_COUNTED_WEEKS = re.compile(r"\b(?:" + "|".join(re.escape(fold(w)) for w in reading_words("counted_weeks")) + r")\b")
# `rescheduled` of equivalents.yml, and each language's `moved` (site.yml)
_MOVED = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in (*RESCHEDULED, *map(fold, reading_words("moved")))) + ")")
# Two phrases of one briefing at one date that each have this many words the other has not are two events
# ("US tariffs on Canadian goods" and "Canadian counter-tariffs on $30 billion of US goods", both Tuesday).
_OWN_WORDS = 2
_MEETING_DAYS = 2  # a range of this many days (a two-day meeting) is compared as one date with each of its days
_MAX_APART = dt.timedelta(days=366)  # two dates of one event: less than a year apart
_WEEK = dt.timedelta(days=7)
_HALF_WEEK = dt.timedelta(days=3)  # a day counted in weeks ("in three weeks") may be this many days off
_WIDE_MONTHS = 61  # a date over several months is compared with the dates of its first five years
# (kind, name) -> the identity of an entity (the site passes its entity pages' keys)
Identity = Callable[[str, str], str | None]


def merge_events(items: Iterable[AgendaItem], identity: Identity | None = None) -> list[AgendaItem]:
    """The items with those that announce one event joined into one, in calendar order.

    `identity` gives an entity's identity from a kind and a name, to tell whether two announcements name
    the same participant or place (default: the name folded, with the equivalents table).
    """
    identity = identity or _folded_identity
    names = _Names(identity)
    rows = _join_nested(sorted(items, key=_announced), names)
    groups = _join_conflicts(rows, names)
    return sorted((_merged(group) for group in groups), key=lambda item: item.sort_key)


def same_events(items: Iterable[AgendaItem], identity: Identity | None = None) -> list[list[AgendaItem]]:
    """The items grouped by step 1 alone (same or nested dates, see the module's docstring), without the search
    for conflicts: what the stories compare, once the agenda's rows are made."""
    names = _Names(identity or _folded_identity)
    return [row.items for row in _join_nested(sorted(items, key=_announced), names)]


@lru_cache(maxsize=65536)  # one phrase is compared with many rows; the result is immutable
def words(phrase: str, read: bool = True) -> frozenset[str]:
    """The words an event phrase is compared on (see the module's docstring); `read`: with the table's
    phrases read as their line's first ("runoff" as "second tour"), which only event phrases need."""
    if not read:
        return frozenset(same_word(w)[:PREFIX] for w in _WORD.findall(fold(phrase)))
    found = _read_words(phrase)
    told = found - _telling(found)
    # "présentation du budget" keeps its word: "vote du budget" is another event
    return told if len(told) >= 2 else found


@lru_cache(maxsize=65536)
def _read_words(phrase: str) -> frozenset[str]:
    """An event phrase's words read through the tables, the words that say the telling of a thing kept."""
    text = read_phrases(fold(phrase))
    found = {same_word(w)[:PREFIX] for w in _WORD.findall(text)}
    # a short word that says a part of an event is a word of its phrase ("fin", "end": "clôture")
    found |= {same_word(w)[:PREFIX] for w in _SHORT.findall(text) if w in EVENT_PHASES}
    found |= _started(found)
    return frozenset(found - _which_one())


def _told(phrase: str) -> frozenset[str]:
    """What an event phrase that says the telling of a thing tells ("résultats" in "annonce des résultats"); none for
    a phrase that tells nothing."""
    found = _read_words(phrase)
    telling = _telling(found)
    return found - telling if found & telling else frozenset()


def starts_a_term(found: frozenset[str] | set[str]) -> bool:
    """Whether a phrase's words say the start of what `event_starts` reads as another event ("début officiel du
    second mandat", "start of the next presidential term"), rather than that event itself."""
    return bool(found & _START_KEYS) and any(found & keys for keys, _ in _STARTS)


def _started(found: frozenset[str] | set[str]) -> frozenset[str]:
    """The words of the events a phrase's words start (`event_starts` in equivalents.yml): "start of the next
    presidential term" is also its holder's swearing-in, "prestation de serment"."""
    if not starts_a_term(found):
        return frozenset()
    return frozenset(w for keys, event in _STARTS if found & keys for w in event)


@lru_cache(maxsize=1)
def _which_one() -> frozenset[str]:
    """The words that say which one of a series ("next", "prochain": `which_one` in site.yml), as compared."""
    return frozenset(same_word(fold(w))[:PREFIX] for w in reading_words("which_one"))


def _telling(found: frozenset[str]) -> frozenset[str]:
    """The words that say the event is the telling of a thing ("présentation", "announces": `telling` in
    site.yml), as compared; beside a word that says an outcome ("results"), those that say it made known too
    ("declaration of the results", "publication des résultats": `told_outcomes`)."""
    return _told_outcomes() if found & _OUTCOME_KEYS else _tellings()


@lru_cache(maxsize=1)
def _tellings() -> frozenset[str]:
    return frozenset(same_word(fold(w))[:PREFIX] for w in (*reading_words("telling"), *reading_words("answering")))


@lru_cache(maxsize=1)
def _told_outcomes() -> frozenset[str]:
    return _tellings() | frozenset(same_word(fold(w))[:PREFIX] for w in reading_words("told_outcomes"))


# An amount in a phrase ("30 milliards", "$30 billion", "25 %"); not the digits of a name ("COP28", "G7").
_AMOUNT = re.compile(r"(?<!\w)\d+(?:[.,]\d+)?")


@lru_cache(maxsize=4096)
def amounts(phrase: str) -> frozenset[str]:
    """The amounts an event phrase gives, decimal commas read as points."""
    return frozenset(n.replace(",", ".") for n in _AMOUNT.findall(phrase))


def _other_amounts(a: AgendaItem, b: AgendaItem) -> bool:
    """Whether two phrases each give amounts and none in common: two measures ("droits de douane sur 30 milliards de
    dollars de produits", and "sur les 125 milliards restants"), whatever their other words."""
    x, y = amounts(a.event.event), amounts(b.event.event)
    return bool(x and y) and not x & y


_SHORT = re.compile(r"\b[^\W\d_]{1,3}\b")
_PHASE_KEYS = frozenset(same_word(w)[:PREFIX] for w in EVENT_PHASES)  # the words of event_phases, as compared
_START_KEYS = frozenset(same_word(w)[:PREFIX] for w, phase in EVENT_PHASES.items() if phase == "start")
# The words of `outcomes`, `ranks` and `rounds` (site.yml), as compared
_OUTCOME_KEYS = frozenset(same_word(fold(w))[:PREFIX] for w in reading_words("outcomes"))
_PROVISIONAL_KEYS = frozenset(same_word(fold(w))[:PREFIX] for w in reading_words("provisional"))
_RANK_KEYS = frozenset(same_word(fold(w))[:PREFIX] for w in reading_words("ranks"))
_ROUND_KEYS = frozenset(same_word(fold(w))[:PREFIX] for w in reading_words("rounds"))
# (the words a start is of, as compared; the words of the event it is), from `event_starts`
_STARTS = tuple(
    (frozenset(same_word(w)[:PREFIX] for w in started), frozenset(same_word(w)[:PREFIX] for w in _WORD.findall(event)))
    for event, started in EVENT_STARTS.items()
)


def _announced(item: AgendaItem) -> tuple:
    """Oldest announcement first (then by page), so a row's first item never changes when sources are added; within
    one briefing, its earliest date first: an event announced for a year or a month begins at the first of the days
    a later briefing gives its parts ("rerun of the presidential election next year" is its first round on 4 May,
    not its second on 18 May)."""
    return (item.entry.briefing.date or "9999", item.entry.src_uri, item.span.start, item.event.text)


@dataclass
class _Row:
    """Items that are one event by step 1: their dates nest, one within the other."""

    items: list[AgendaItem]
    number: int  # rows in the order they were made
    words: dict[int, frozenset[str]] = field(default_factory=dict)  # id(item) -> words of its phrase

    @property
    def shown(self) -> Span:
        """The row's date: the most precise one (a day or days rather than a month, a month rather than a
        year); of several days, the widest (the whole 9-11 July summit rather than its first day)."""
        rank = {"day": 0, "month": 1, "year": 2}
        best = min(
            self.items, key=lambda i: (rank[i.span.precision], _loose(i) != i.span, -(i.span.end - i.span.start).days)
        )
        return best.span

    @property
    def sources(self) -> list[Entry]:
        found: list[Entry] = []
        for item in self.items:  # Entry holds lists: by identity, not by hash
            if not any(item.entry is seen for seen in found):
                found.append(item.entry)
        return found

    @property
    def wording(self) -> AgendaItem:
        return max(self.items, key=lambda item: len(self.words[id(item)]))


class _Names:
    """The names of the briefings' participants and places, compared as entities (each read once)."""

    def __init__(self, identity: Identity) -> None:
        self.identity = identity
        self._words: dict[int, frozenset[str]] = {}  # id(briefing) -> the words of its names
        self._named: dict[int, set[str]] = {}  # id(briefing) -> the entities it names
        # (id(item), with places) -> the entities its phrase names (its participants only, without)
        self._said: dict[tuple[int, bool], set[str]] = {}
        self._cast_of: dict[int, tuple[frozenset[str], frozenset[str]]] = {}  # id(item) -> its `who`, its `where`

    def plain(self, item: AgendaItem, found: frozenset[str]) -> frozenset[str]:
        """A phrase's words without those of its briefing's names."""
        return found - _name_words(item.entry.briefing, self._words)

    def in_phrase(self, item: AgendaItem, places: bool = True) -> set[str]:
        key = (id(item), places)
        if key not in self._said:
            self._said[key] = _named(item, self.identity, phrase_only=True, places=places)
        return self._said[key]

    def one_event_of_a_briefing(self, a: AgendaItem, wa: frozenset[str], b: AgendaItem, wb: frozenset[str]) -> bool:
        """Whether two items of one briefing at one date say one event (a headline and its body: `_same_event`),
        unless each phrase names participants (people, organisations) and none in common, the same act by other
        actors ("new Congress sworn in", "inauguration of Arévalo and Herrera"), or they share only the words of
        the briefing's names ("EU summit" read as "Conseil européen", "Montenegro meets leaders of the European
        People's Party")."""
        if not _same_event(a, wa, b, wb):
            return False
        actors_a, actors_b = self.in_phrase(a, places=False), self.in_phrase(b, places=False)
        if actors_a and actors_b and not actors_a & actors_b:
            return False
        pa, pb = self.plain(a, wa), self.plain(b, wb)
        return not (pa and pb and not pa & pb)

    def same_cast(self, a: AgendaItem, b: AgendaItem, least: int = 2) -> bool:
        """Whether two items list the same participants (`least` at least), as entities, and no two places: format
        2's `who` and `where`."""
        cast_a, cast_b = self._cast(a), self._cast(b)
        if len(cast_a[0]) < least or cast_a[0] != cast_b[0]:
            return False
        return not (cast_a[1] and cast_b[1]) or cast_a[1] == cast_b[1]

    def cast(self, item: AgendaItem) -> frozenset[str]:
        """The identities of the participants an item lists (format 2's `who`)."""
        return self._cast(item)[0]

    def _cast(self, item: AgendaItem) -> tuple[frozenset[str], frozenset[str]]:
        if id(item) not in self._cast_of:
            b = item.entry.briefing
            kinds = {str(p.name): p.kind for p in b.participants}
            who = (self.identity(kinds[name], name) for name in item.event.who if name in kinds)
            where = self.identity("place", item.event.where) if item.event.where else None
            self._cast_of[id(item)] = frozenset(filter(None, who)), frozenset(filter(None, [where]))
        return self._cast_of[id(item)]

    def in_briefing(self, entry: Entry) -> set[str]:
        if id(entry.briefing) not in self._named:
            self._named[id(entry.briefing)] = _briefing_entities(entry.briefing, self.identity)
        return self._named[id(entry.briefing)]


def _join_nested(items: list[AgendaItem], names: _Names) -> list[_Row]:
    """Step 1: each item joins the first row whose dates all nest with its date and that says the same."""
    rows: list[_Row] = []
    exact: _Index = {}  # a member's date (and each day of a range) -> its rows
    inner: _Index = {}  # (year, month) and (year,) of a row's most precise date -> rows
    for item in items:
        item_words = words(item.event.event)
        found = [r for r in _candidates(_loose(item), exact, inner) if _joins(item, item_words, r, names)]
        row = found[0] if found else None
        if row is None:
            row = _Row([], len(rows))
            rows.append(row)
        row.items.append(item)
        row.words[id(item)] = item_words
        _index(exact, _exact_keys(_loose(item)), row)
        _index(inner, _inner_keys(item.span), row)
        for other in found[1:]:
            if _bridged(item, row, other, names):
                _absorb(row, other, rows, (exact, inner))
    return rows


def _bridged(item: AgendaItem, row: _Row, other: _Row, names: _Names) -> bool:
    """Whether an item that says what two rows of its own date say makes them one: "opening of the ceasefire
    talks in Geneva" joins "ceasefire talks between the two armies" and "pourparlers à Genève", all three on
    the same day, when neither row's items would tell the other's apart (`_fits`) and no briefing gives an item
    in each: one that lists "second tour de l'élection présidentielle" and "second tour de l'élection du
    gouverneur" on one Sunday tells two events, whatever a third says. Not by a wider date: "a summit in July"
    says what the summits of 9 and of 11 July both say."""
    if not all(member.span == item.span for member in (*row.items, *other.items)):
        return False
    if {id(m.entry) for m in row.items} & {id(m.entry) for m in other.items}:
        return False
    return all(_fits(member, row, other.words[id(member)], names) for member in other.items)


def _absorb(row: _Row, other: _Row, rows: list[_Row], indexes: tuple[_Index, _Index]) -> None:
    """Move the items of `other` into `row`, and `other` out of the rows and their indexes."""
    for member in other.items:
        row.items.append(member)
        row.words[id(member)] = other.words[id(member)]
    rows.remove(other)
    exact, inner = indexes
    for member in other.items:  # the keys `other` was filed under are its members' own
        for index, keys in ((exact, _exact_keys(_loose(member))), (inner, _inner_keys(member.span))):
            for key in keys:
                if id(other) in index[key]:
                    del index[key][id(other)]
                    index[key][id(row)] = row


_Index = dict[tuple, dict[int, _Row]]


def _candidates(span: Span, exact: _Index, inner: _Index) -> list[_Row]:
    """Rows that may nest with `span`, in the order they were made: those with a member at its date or at
    a wider date that holds it, then those whose most precise date lies within it."""
    keys = [_span_key(span)]
    if span.precision != "year":
        keys.append(("month", span.start.year, span.start.month))
    keys.append(("year", span.start.year))
    keys.append(("within", span.start.year, span.start.month))  # a member over several months that holds it
    if span.precision == "year":
        keys.append((span.start.year,))
    if span.end != span.start:  # a month or a range: the rows of more precise dates within it, over every month
        keys += [(d.year, d.month) for d in _months(span, _WIDE_MONTHS)]
    found: dict[int, _Row] = {}
    for key in keys:
        found.update((exact if isinstance(key[0], str) else inner).get(key, {}))
    return sorted(found.values(), key=lambda row: row.number)


def _joins(item: AgendaItem, item_words: frozenset[str], row: _Row, names: _Names) -> bool:
    """Step 1's test: the item fits the row (`_fits`), and it says what one of its items says: enough words in
    common at the same date, every word of the shorter phrase at a date within another."""
    if not _fits(item, row, item_words, names):
        return False
    for other in row.items:
        other_words = row.words[id(other)]
        if other.span == item.span or _short_meeting(item.span, other.span):
            if _same_event(item, item_words, other, other_words) or _same_by_names(
                item, item_words, other, other_words, names
            ):
                return True
        elif _nests_in(item, item_words, other, other_words) or _nests_by_names(
            item, item_words, other, other_words, names
        ):
            return True
    return False


def _fits(item: AgendaItem, row: _Row, item_words: frozenset[str], names: _Names) -> bool:
    """Whether nothing tells the item apart from the row: its date nests with every date of the row, the two
    say one part of the event at most, no two amounts differ, and no item of its own briefing is another event:
    one that says it otherwise, or whose phrase names other actors ("new Congress sworn in" beside "inauguration
    of Arévalo and Herrera": one act, two events)."""
    if not all(_nested(_loose(item), _loose(other)) for other in row.items):
        return False
    if len({*_phases(item), *(p for other in row.items for p in _phases(other))}) > 1:
        return False  # "opening of the summit" and "closing of the summit": two events
    if any(_other_amounts(item, other) for other in row.items):
        return False
    return not any(  # its own briefing tells them apart: two events, whatever another briefing says
        other.entry is item.entry and not names.one_event_of_a_briefing(item, item_words, other, row.words[id(other)])
        for other in row.items
    )


def _same_by_names(a: AgendaItem, wa: frozenset[str], b: AgendaItem, wb: frozenset[str], names: _Names) -> bool:
    """Two phrases of two briefings at one date, their names compared as entities: each name one word, whatever
    its form ("LDP presidential election" and "élection du président du Parti libéral-démocrate", the party's
    acronym and its French name; "Kishida" and "Fumio Kishida"). They name an entity in common and share a word
    but their names, and share half the shorter's words so counted, two at least."""
    if a.entry is b.entry:
        return False
    said_a, said_b = names.in_phrase(a), names.in_phrase(b)
    pa, pb = names.plain(a, wa), names.plain(b, wb)
    if said_a & said_b and pa & pb:
        return _enough_shared(pa | {f"@{e}" for e in said_a}, pb | {f"@{e}" for e in said_b})
    # Format 2 lists who takes part and where: the same cast names the event, though a phrase calls one of them by
    # a title ("swearing-in ceremony of the President-elect", "prestation de serment de Massoud Pezeshkian devant
    # le Parlement"); then the words but the names alone must agree.
    return names.same_cast(a, b) and _cast_shares(pa, pb) or _told_by_one(a, wa, b, wb, names)


def _told_by_one(a: AgendaItem, wa: frozenset[str], b: AgendaItem, wb: frozenset[str], names: _Names) -> bool:
    """Whether one phrase says the telling of a thing in one word, its telling word kept ("annonce des résultats"),
    and the other, of the same date, says that thing ("declaration of the presidential election results"), both
    items listing the same teller and place (format 2's `who`, one at least, and `where`): the thing told is
    out the day it is told. Not by another teller: "présentation du budget" by a minister is not "vote du budget"
    by the parliament."""
    ta, tb = _told(a.event.event), _told(b.event.event)
    return bool(ta and ta < wb or tb and tb < wa) and names.same_cast(a, b, least=1)


def _cast_shares(pa: frozenset[str], pb: frozenset[str]) -> bool:
    """Whether two phrases of items that list the same participants (`_Names.same_cast`) say one act, their words
    but the names compared: half the shorter's (`_enough_shared`), or two words at least but a part's word, though
    each phrase tells more of its own ("vote de confiance" in "Sejm session giving Poland a prime minister with a
    vote of confidence" and "discours de politique générale de Donald Tusk et vote de confiance"). The same cast
    says who; two words say what."""
    return _enough_shared(pa, pb) or len((pa & pb) - _PHASE_KEYS) >= 2


def _nests_by_names(a: AgendaItem, wa: frozenset[str], b: AgendaItem, wb: frozenset[str], names: _Names) -> bool:
    """A day or a month made more precise, its names compared as entities: the two phrases name a participant
    or place in common and say the same part of the event (or none); the words of the shorter phrase but its
    briefing's names (one at least, not only a part's) are in the longer's; and each entity either phrase names
    is one the other phrase's briefing names ("Biden meets Macron in Rome" on 29 October and "rencontre entre
    Emmanuel Macron et Joe Biden" in late October from an article that names Rome; not "visit to Berlin" and a
    visit from an article that never names Berlin). Never a day within a range of days: "King Charles visits
    Bordeaux" is a part of his state visit."""
    if a.entry is b.entry or a.span.is_range or b.span.is_range or _phases(a) != _phases(b):
        return False
    pa, pb = names.plain(a, wa), names.plain(b, wb)
    if not (pa - _PHASE_KEYS and pb - _PHASE_KEYS and (pa <= pb or pb <= pa)):
        return False
    said_a, said_b = names.in_phrase(a), names.in_phrase(b)
    return bool(said_a & said_b) and said_a <= names.in_briefing(b.entry) and said_b <= names.in_briefing(a.entry)


def _nests_in(a: AgendaItem, wa: frozenset[str], b: AgendaItem, wb: frozenset[str]) -> bool:
    """Every word of the shorter phrase is in the longer; the word that says a part of the event does not count
    in the phrase of a date at that edge of the other's ("fin de la COP28" on 12 December, the last day of
    "COP28 from 30 November to 12 December")."""
    wa, wb = _edge_free(a, wa, b.span), _edge_free(b, wb, a.span)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _edge_free(item: AgendaItem, found: frozenset[str], wider: Span) -> frozenset[str]:
    """An item's words without those of its part of the event when its date is that edge of `wider`: its first
    day for a start, its last day for an end."""
    span, phases = item.span, _phases(item)
    start = phases == {"start"} and span.start == wider.start and span.end < wider.end
    end = phases == {"end"} and span.end == wider.end and span.start > wider.start
    return found - _PHASE_KEYS if start or end else found


def _loose(item: AgendaItem) -> Span:
    """The days an item's date may fall on, as step 1 nests it: a day counted in weeks from the article's ("just
    three weeks away", "dans trois semaines": `counted_weeks` in site.yml) is the writer's rounding, give or take half
    a week, so another briefing's day in that half week makes it precise when every word of the shorter phrase is in
    the longer ("general election", three weeks ahead on the 29th; "general election for the national Parliament",
    "on Wednesday" the 30th). The row shows the other's day."""
    span = item.span
    if span.precision != "day" or span.is_range or not _counts_weeks(item.event.text):
        return span
    return Span(span.start - _HALF_WEEK, span.end + _HALF_WEEK, "day")


@lru_cache(maxsize=4096)
def _counts_weeks(said: str) -> bool:
    """Whether a date's own words count it in weeks (`counted_weeks` of every language's site.yml)."""
    return bool(_COUNTED_WEEKS.search(fold(said)))


def _short_meeting(a: Span, b: Span) -> bool:
    """Whether one date is a day of the other, a range of two days (a two-day meeting announced by its
    last day, "les 11 et 12 juin" and "next Wednesday"): compared as one date."""
    if a.precision != "day" or b.precision != "day":
        return False
    short, day = (a, b) if a.is_range else (b, a)
    return short.is_range and not day.is_range and (short.end - short.start).days < _MEETING_DAYS and _nested(a, b)


@lru_cache(maxsize=4096)
def _phase_words(phrase: str) -> frozenset[str]:
    return frozenset(EVENT_PHASES[w] for w in re.findall(r"\w+", fold(phrase)) if w in EVENT_PHASES)


def _phases(item: AgendaItem) -> frozenset[str]:
    """The parts of an event its phrase says it is (start, end: `event_phases` of equivalents.yml)."""
    return _phase_words(item.event.event)


def _same_event(a: AgendaItem, wa: frozenset[str], b: AgendaItem, wb: frozenset[str]) -> bool:
    if a.entry is b.entry:  # a headline and its body: a word in common, and one adds little to the other
        return not wa or not wb or (bool(wa & wb) and min(len(wa - wb), len(wb - wa)) < _OWN_WORDS)
    if _enough_shared(wa, wb):
        return True
    # By the event an act happens at: two words at least on each side, so that "discours au Sénat" is not
    # every other thing at the Senate that day.
    at_a, at_b = _at_event(a.event.event, a.entry.briefing.lang), _at_event(b.event.event, b.entry.briefing.lang)
    return any(_enough_shared(x, y) for x in (wa, at_a) for y in (wb, at_b) if len(x) >= 2 and len(y) >= 2)


def _enough_shared(wa: frozenset[str], wb: frozenset[str]) -> bool:
    """Half the shorter phrase's words, and two of them unless it has only one."""
    shorter = min(len(wa), len(wb))
    shared = len(wa & wb)
    return shorter > 0 and shared * 2 >= shorter and shared >= min(2, shorter)


@lru_cache(maxsize=4096)
def _at_event(phrase: str, lang: str) -> frozenset[str]:
    """The words of the event an act happens at ("sommet des chefs d'État" in "discours de X au sommet des
    chefs d'État"), when they are two or more; else none."""
    found = _at_pattern(lang).search(fold(phrase))
    part = words(fold(phrase)[found.end() :]) if found else frozenset()
    return part if len(part) >= 2 else frozenset()


@lru_cache(maxsize=16)
def _at_pattern(lang: str) -> re.Pattern[str]:
    """The words of `lang` that say "at" before an event, as whole words ("à l'" ends on its apostrophe)."""
    at = sorted((fold(w) for w in reading_words("at_event", lang)), key=len, reverse=True)
    if not at:
        return re.compile(r"(?!)")
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, at)) + r")(?:(?<=')|(?!\w))")


def _join_conflicts(rows: list[_Row], names: _Names) -> list[list[_Row]]:
    """Step 2: rows that are one event announced at dates that do not nest, joined (see the docstring).
    Each phrase of a row is compared, not only its longest: "25% tariffs on Canadian and Mexican imports take
    effect" is in one row with a longer French phrase, and all its words are in another row's phrase."""
    joined = Groups(len(rows))
    phrases = [_phrases(row) for row in rows]
    shown = [row.shown for row in rows]
    by_pair: dict[tuple[str, str], list[int]] = {}  # two words -> the rows with a phrase that has both
    for i, found_in_row in enumerate(phrases):
        pairs = {pair for found in found_in_row for pair in combinations(sorted(found)[:12], 2)}
        for pair in sorted(pairs):
            by_pair.setdefault(pair, []).append(i)
    anchors: dict[int, tuple[set[str], set[str]]] = {}
    told = _Told(rows)
    identity = names.identity
    entities: dict[int, set[str]] = {}  # row -> the entities its briefings name
    for i, row in enumerate(rows):
        for item, found in _items_by_phrase(row):
            # The phrase's words; then the same without the names of its briefing's participants and places,
            # which are compared as entities: a name the phrase says must be one the other row's briefing names
            # too ("start of vaccinations in Congo" and "lancement de la vaccination à Goma" from an article on
            # the RDC; not "visit to Germany" and "visite en France" from an article that never names Germany).
            plain = names.plain(item, found)
            for said in [found] if plain == found else [found, plain]:
                if len(said) < 2:
                    continue
                first, second = sorted(said)[:2]
                for j in by_pair.get((first, second), ()):  # rows with a phrase that holds all of these words
                    if j == i or joined.find(i) == joined.find(j) or not any(said <= other for other in phrases[j]):
                        continue
                    if said is plain:
                        if j not in entities:
                            entities[j] = _entities(rows[j], identity)
                        if not names.in_phrase(item) <= entities[j]:
                            continue
                    if _conflict(rows[i], rows[j], shown[i], shown[j], anchors, (i, j), identity, (said, told)):
                        joined.join(i, j)
    for i, j, said in (*_near_parts(rows, shown, names), *_moved_parts(rows, shown, names)):
        if joined.find(i) != joined.find(j) and _conflict(
            rows[i], rows[j], shown[i], shown[j], anchors, (i, j), identity, (said, told), agreed=True
        ):
            joined.join(i, j)
    for i, j, said in _cast_parts(rows, shown, names):
        if joined.find(i) != joined.find(j) and _conflict(
            rows[i], rows[j], shown[i], shown[j], anchors, (i, j), identity, (said, told)
        ):
            joined.join(i, j)
    return joined.of(rows)


_Listed = tuple[int, AgendaItem, frozenset[str]]  # a row's index, one of its items, that item's phrase's words


def _pairs_apart(
    groups: Iterable[list[_Listed]], shown: list[Span], apart: dt.timedelta
) -> Iterable[tuple[_Listed, _Listed]]:
    """Each pair of items of a group, in the order of their rows' days, whose days are less than `apart` apart."""
    for found in groups:
        found.sort(key=lambda entry: shown[entry[0]].start)
        for n, first in enumerate(found):
            for second in found[n + 1 :]:
                if shown[second[0]].start - shown[first[0]].start >= apart:
                    break
                yield first, second


def _cast_parts(rows: list[_Row], shown: list[Span], names: _Names) -> Iterable[tuple[int, int, frozenset[str]]]:
    """Pairs of rows at dates that do not nest, with an item each (of two briefings) that lists the same participants
    (two at least, compared as entities) and no two places (format 2's `who` and `where`), whose words but the
    briefings' names agree: every word of the shorter (one at least, not only a part's) in the longer, or two words
    at least in common (`_cast_shares`). The cast counts as the names a phrase says: "nouvelle convocation d'Edmundo
    González au parquet" (González and the prosecution) and "González summoned to appear before prosecutors". Each
    pair with the words the two phrases share; `_conflict` then asks the other conditions of a conflict (a date not
    yet come, or a move said)."""
    by_cast: dict[frozenset[str], list[_Listed]] = {}
    for i, row in enumerate(rows):
        for item in row.items:
            cast = names.cast(item)
            if len(cast) >= 2:
                by_cast.setdefault(cast, []).append((i, item, row.words[id(item)]))
    for (i, a, wa), (j, b, wb) in _pairs_apart(by_cast.values(), shown, _MAX_APART):
        if i == j or a.entry is b.entry or _nested(shown[i], shown[j]) or not names.same_cast(a, b):
            continue
        pa, pb = names.plain(a, wa), names.plain(b, wb)
        if pa - _PHASE_KEYS and pb - _PHASE_KEYS and (pa <= pb or pb <= pa or _cast_shares(pa, pb)):
            yield i, j, wa & wb


def _moved_parts(rows: list[_Row], shown: list[Span], names: _Names) -> Iterable[tuple[int, int, frozenset[str]]]:
    """Pairs of rows, the newer announced in a sentence that says the event moved ("Retardé d'une semaine, le
    deuxième contingent est attendu mardi"), whose phrases name the same participants and places (or none) and
    share, but for those names, two thirds of the longer's words: the sentence says why the wording need not
    hold all of the older's ("arrival of a second contingent of 200 officers" on 9 July, "arrivée du deuxième
    contingent de 200 policiers" on the 16th). Each pair with the words the two agree on; `_conflict` then asks
    the other conditions of a conflict."""
    moved = [
        (i, item, row.words[id(item)])
        for i, row in enumerate(rows)
        for item in row.items
        if _MOVED.search(fold(item.event.sentence))
    ]
    if not moved:
        return
    by_word: dict[str, list[tuple[int, AgendaItem]]] = {}  # a word -> the items whose phrase says it
    for j, row in enumerate(rows):
        for b in row.items:
            for word in row.words[id(b)]:
                by_word.setdefault(word, []).append((j, b))
    for i, a, wa in moved:
        said_a, pa = names.in_phrase(a), names.plain(a, wa)
        written = a.entry.briefing.date or ""
        met = Counter(id(b) for word in pa for _, b in by_word.get(word, ()))
        seen: set[int] = set()
        for j, b in (pair for word in pa for pair in by_word.get(word, ())):
            if id(b) in seen or met[id(b)] < 2 or j == i or abs(shown[j].start - shown[i].start) >= _MAX_APART:
                continue
            seen.add(id(b))
            if (b.entry.briefing.date or "") > written or names.in_phrase(b) != said_a:
                continue
            pb = names.plain(b, rows[j].words[id(b)])
            if len(pa & pb) >= 2 and 3 * len(pa & pb) >= 2 * max(len(pa), len(pb)):
                yield i, j, pa & pb


def _near_parts(rows: list[_Row], shown: list[Span], names: _Names) -> Iterable[tuple[int, int, frozenset[str]]]:
    """Pairs of rows that say the same part of one event (its start, its end) at days less than a week apart, in
    phrases that name the same participants and places (one at least, compared as entities) and share, but for
    those names, half the shorter's words and two at least, the part's word counting: "Bankman-Fried's fraud trial
    begins" on 2 October and "ouverture du procès de Sam Bankman-Fried avec la sélection du jury" on the 3rd. Each
    pair with the words the two agree on; `_conflict` then asks the other conditions of a conflict."""
    by_part: dict[frozenset[str], list[_Listed]] = {}
    for i, row in enumerate(rows):
        if shown[i].precision != "day" or shown[i].is_range:
            continue
        for item in row.items:
            part = _phases(item)
            if len(part) == 1:
                by_part.setdefault(part, []).append((i, item, row.words[id(item)]))
    for (i, a, wa), (j, b, wb) in _pairs_apart(by_part.values(), shown, _WEEK):
        if i == j or shown[j].start == shown[i].start:
            continue
        said_a, said_b = names.in_phrase(a), names.in_phrase(b)
        pa, pb = names.plain(a, wa), names.plain(b, wb)
        if said_a and said_a == said_b and _enough_shared(pa, pb):
            yield i, j, pa & pb


def _phrases(row: _Row) -> list[frozenset[str]]:
    """The words of each phrase of a row, each once (two words at least)."""
    return list(dict.fromkeys(found for _, found in _items_by_phrase(row)))


def _items_by_phrase(row: _Row) -> list[tuple[AgendaItem, frozenset[str]]]:
    """(an item, its phrase's words) for each distinct phrase of the row of two words or more, its first item."""
    seen: dict[frozenset[str], AgendaItem] = {}
    for item in row.items:
        found = row.words[id(item)]
        if len(found) >= 2 and found not in seen:  # a phrase of fewer than two words: no conflict search
            seen[found] = item
    return [(item, found) for found, item in seen.items()]


def _entities(row: _Row, identity: Identity) -> set[str]:
    """The identities of every participant and place the row's briefings name."""
    return {key for entry in row.sources for key in _briefing_entities(entry.briefing, identity)}


def _briefing_entities(b: Briefing, identity: Identity) -> set[str]:
    """The identities of every participant and place a briefing names."""
    named = [(p.kind, str(p.name)) for p in b.participants] + [("place", str(place)) for place in b.places]
    return {key for key in (identity(kind, name) for kind, name in named) if key}


def _name_words(b: Briefing, known: dict[int, frozenset[str]]) -> frozenset[str]:
    """The words of the names of a briefing's participants (and their aliases) and places (`known`: those
    found so far, by briefing)."""
    if id(b) not in known:
        known[id(b)] = briefing_name_words(b)
    return known[id(b)]


def briefing_name_words(b: Briefing) -> frozenset[str]:
    """The words of the names of a briefing's participants (and their aliases) and places."""
    return name_words([*participant_names(b), *(str(p) for p in b.places)])


def participant_names(b: Briefing) -> list[str]:
    """Every name and alias of a briefing's participants."""
    return [str(p.name) for p in b.participants] + [str(a) for p in b.participants for a in p.aliases]


def name_words(names: list[str]) -> frozenset[str]:
    """The words of names, as they are compared, read as written (not through the word tables)."""
    return frozenset(w for n in names for w in words(n, read=False))


def _conflict(
    a: _Row,
    b: _Row,
    a_span: Span,
    b_span: Span,
    anchors: dict[int, tuple[set[str], set[str]]],
    numbers: tuple[int, int],
    identity: Identity,
    evidence: tuple[frozenset[str], _Told],
    agreed: bool = False,
) -> bool:
    """Whether two rows whose phrases agree are one event at two dates (step 2's other conditions); `evidence`:
    the words the two agree on, and what the archive's briefings say moved; `agreed`: the two say one part of one
    event by `_near_parts`, which stands for the newer phrase holding the older's words."""
    i, j = numbers
    if _nested(a_span, b_span) or abs(a_span.start - b_span.start) >= _MAX_APART:
        return False
    if len({p for item in (*a.items, *b.items) for p in _phases(item)}) > 1:
        return False
    if any(x is y for x in a.sources for y in b.sources):
        return False
    if _of_a_series_apart(a, b) or _start_and_event(a, b):
        return False
    if any(_other_amounts(x, y) for x in a.items for y in b.items):
        return False
    if i not in anchors:
        anchors[i] = _anchors(a, identity), _subjects(a, identity)
    if j not in anchors:
        anchors[j] = _anchors(b, identity), _subjects(b, identity)
    (named_a, subject_a), (named_b, subject_b) = anchors[i], anchors[j]
    if not (named_a & named_b or named_a & subject_b or subject_a & named_b):
        return False
    newest = max((*a.items, *b.items), key=lambda item: item.entry.briefing.date or "")
    # The day both dates were first given: the later of the two rows' first announcements. A source that repeats
    # one date once the other has passed ("dans la journée", on the day after a deadline first announced) leaves
    # the two announced at once, before either came.
    written = _day(max(_first(a), _first(b)))
    earlier = min(a_span.start, b_span.start)
    if written is not None and written < earlier:
        return True
    # Written on the earlier date's very day for a date within the week, in words that hold all of the older
    # phrase's: the day's event is said to be days away ("Luis Caputo présentera mardi ses premières mesures",
    # written the Monday they were announced for). A bare "Conseil des ministres" on Wednesday, written the
    # Monday a bill was presented at an extra council, is the series' next meeting.
    newer = max((a, b), key=lambda row: min(item.entry.briefing.date or "" for item in row.items))
    older = b if newer is a else a
    if written == earlier and abs(a_span.start - b_span.start) < _WEEK and (agreed or _says_all(newer, older)):
        return True
    # The row announced later: one of its sentences may say the event moved ("suspendus jusqu'au 4 mars"),
    # though a newer source repeats the new date without saying so.
    if any(_MOVED.search(fold(item.event.sentence)) for item in (newest, *newer.items)):
        return True
    # Or a briefing written after the older row's announcements, up to the newest, says it elsewhere: a key fact
    # "Thaksin had been due to return on Aug. 10 but put it off", a summary "the Speaker postponed the prime
    # ministerial vote" a week before the vote is announced for another day.
    said, told = evidence
    return told.moved(_newest(older), min(earlier.isoformat(), newest.entry.briefing.date or ""), said, newest.entry)


def _of_a_series_apart(a: _Row, b: _Row) -> bool:
    """Whether two rows are two steps or two rounds of one process, whatever words they share: one says an outcome
    and the other not ("résultats définitifs des législatives et régionales" and "élections législatives et
    régionales": `outcomes` of site.yml), or one says a provisional outcome and the other not ("provisional results",
    "résultats définitifs": `provisional`), or they give other ranks to a round ("résultats provisoires du second tour"
    and "announcement of provisional results" of the first round: `rounds`, `ranks`, "runoff" read as "second
    tour"; a rank without a round, "third summons for González", is the one appearance set again)."""
    found_a, found_b = frozenset().union(*a.words.values()), frozenset().union(*b.words.values())
    if bool(found_a & _OUTCOME_KEYS) != bool(found_b & _OUTCOME_KEYS):
        return True
    if bool(found_a & _PROVISIONAL_KEYS) != bool(found_b & _PROVISIONAL_KEYS):
        return True  # "résultats provisoires" and the court's "official results", weeks later: two steps
    return _round_ranks(a) != _round_ranks(b)


def _start_and_event(a: _Row, b: _Row) -> bool:
    """Whether one row only says the start of a term and the other never does: the start of a term is read as its
    holder's swearing-in on one day (`event_starts`), but at two dates the two are two events, not one moved
    ("prestation de serment" on a Monday, "début officiel du second mandat" on the Wednesday after)."""
    said_a = {starts_a_term(found) for found in a.words.values()}
    said_b = {starts_a_term(found) for found in b.words.values()}
    return not said_a & said_b


def _round_ranks(row: _Row) -> frozenset[str]:
    """The ranks the row's phrases give a round ("second tour", "third reading"), as compared."""
    return frozenset(w for found in row.words.values() if found & _ROUND_KEYS for w in found & _RANK_KEYS)


def _says_all(newer: _Row, older: _Row) -> bool:
    """Whether a phrase of the newer row holds every word of a phrase of the older (two words at least)."""
    return any(len(old) >= 2 and old <= new for old in older.words.values() for new in newer.words.values())


class _Told:
    """The sentences of the archive's briefings (title, summary, key facts) that say an event moved, by date, read
    once, the first time a conflict needs them."""

    def __init__(self, rows: list[_Row]) -> None:
        self._rows = rows
        self._days: list[str] | None = None  # the date of each sentence, in order
        self._said: list[frozenset[str]] = []  # its words
        self._own: dict[int, list[frozenset[str]]] = {}  # id(briefing) -> its sentences that say a move

    def moved(self, after: str, before: str, said: frozenset[str], newest: Entry) -> bool:
        """Whether a briefing written after `after` and before `before` (the older date: a move is told before
        the day came), or the newest announcement's own briefing, says in one sentence that an event moved, with
        two words at least of `said` (the phrase the two rows agree on)."""
        if self._days is None:
            self._read()
        assert self._days is not None
        first, last = bisect.bisect_right(self._days, after), bisect.bisect_left(self._days, before)
        told = self._said[first:last] + self._own.get(id(newest.briefing), [])
        return any(len(found & said) >= 2 for found in told)

    def _read(self) -> None:
        found: list[tuple[str, frozenset[str]]] = []
        seen: set[int] = set()
        for row in self._rows:
            for entry in row.sources:
                b = entry.briefing
                if id(b) in seen or not b.date:
                    continue
                seen.add(id(b))
                for text in (b.title, *_SENTENCE_END.split(b.summary), *(fact.text for fact in b.key_facts)):
                    if _MOVED.search(fold(text)):
                        found.append((b.date, words(text)))
                        self._own.setdefault(id(b), []).append(found[-1][1])
        found.sort(key=lambda pair: pair[0])
        self._days = [day for day, _ in found]
        self._said = [said for _, said in found]


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _anchors(row: _Row, identity: Identity) -> set[str]:
    """The identities of the participants and places the row's sentences and phrases name."""
    found: set[str] = set()
    for item in row.items:
        named_here = _named(item, identity)
        # A sentence that names no one is about what its article is about: its most mentioned participant
        # ("A snap election could then be held by the end of March", in an article about the chancellor) and
        # the place it names first ("La conférence doit s'achever le 18 novembre", in an article headed
        # "La COP27 s'ouvre à Charm el-Cheikh").
        found |= named_here or _protagonist(item.entry.briefing, identity) | _first_place(item.entry.briefing, identity)
    return found


def _subjects(row: _Row, identity: Identity) -> set[str]:
    """What the row's articles are about: each one's most mentioned participant and the place it names first
    (its headline's or lead's: "RDC" in "RDC : la vaccination commencera samedi à Goma")."""
    found: set[str] = set()
    for entry in row.sources:
        found |= _protagonist(entry.briefing, identity) | _first_place(entry.briefing, identity)
    return found


def _first_place(b: Briefing, identity: Identity) -> set[str]:
    """The identity of the place a briefing names first (its headline's or lead's), if any."""
    key = identity("place", str(b.places[0])) if b.places and str(b.places[0]).strip() else None
    return {key} if key else set()


def _protagonist(b: Briefing, identity: Identity) -> set[str]:
    """The identity of the participant a briefing mentions most, when it mentions one twice or more and
    no other as often; else none."""
    ranked = sorted(b.participants, key=lambda p: -p.mentions)
    if not ranked or ranked[0].mentions < 2 or (len(ranked) > 1 and ranked[1].mentions == ranked[0].mentions):
        return set()
    key = identity(ranked[0].kind, str(ranked[0].name))
    return {key} if key else set()


def _named(item: AgendaItem, identity: Identity, phrase_only: bool = False, places: bool = True) -> set[str]:
    """The identities of the participants and places an item's sentence and phrase name (`phrase_only`: those its
    phrase names; `places` False: its participants only, no place)."""
    found: set[str] = set()
    text = item.event.event if phrase_only else f"{item.event.sentence} {item.event.event}"
    said = " " + " ".join(_WORD_OR_NUMBER.findall(fold(text))) + " "
    b = item.entry.briefing
    named: list[tuple[str, str, list[str]]] = [
        (p.kind, str(p.name), [str(a) for a in p.aliases]) for p in b.participants
    ]
    named += [("place", str(place), []) for place in b.places] if places else []
    listed = set() if phrase_only else {*item.event.who, item.event.where or ""}
    forms: list[tuple[str, str, str]] = []  # (a form said, the kind and name it is of)
    for kind, name, aliases in named:
        if name in listed:  # the item's own participants and place (format 2's `who`, `where`), said or not
            key = identity(kind, name)
            if key:
                found.add(key)
            continue
        own = [name, *aliases]
        if kind == "person" and len(name.split()) > 1:
            own.append(name.split()[-1])  # "M. Blinken se rendra..."
        forms += [(f" {' '.join(_WORD_OR_NUMBER.findall(fold(form)))} ", kind, name) for form in own if form.strip()]
    # Longest forms first, each found hiding its words from shorter ones: "Bankman-Fried" is Sam Bankman-Fried,
    # not also Joseph Bankman and Barbara Fried, his parents, whom the same article names.
    for form, kind, name in sorted(forms, key=lambda f: -len(f[0].split())):
        if form.strip() and form in said:
            said = said.replace(form, " | ")
            key = identity(kind, name)
            if key:
                found.add(key)
    return found


def phrase_entities(item: AgendaItem, identity: Identity) -> set[str]:
    """The identities of the participants and places an item's event phrase names ("sommet de l'OTAN à
    Washington": NATO, Washington)."""
    return _named(item, identity, phrase_only=True)


_WORD_OR_NUMBER = re.compile(r"\w+")


def _folded_identity(kind: str, name: str) -> str | None:
    folded = fold(name)
    return f"{kind}:{SAME_WORD.get(folded, folded)}" if folded else None


def _merged(group: list[_Row]) -> AgendaItem:
    """One agenda item for one event: the oldest announcement, the best wording, every source and date."""
    items = sorted((item for row in group for item in row.items), key=_announced)
    first = items[0]
    wording = max(group, key=lambda row: len(row.words[id(row.wording)])).wording
    sources: list[Entry] = []
    for item in items:
        if not any(item.entry is seen for seen in sources):
            sources.append(item.entry)
    event = first.event if wording is first else replace(first.event, event=wording.event.event)
    if len(group) == 1:
        return replace(first, event=event, span=group[0].shown, sources=tuple(sources), announced=tuple(items))
    # A conflict: the dates with the briefings that give them, the newest announcement's date first.
    dated = sorted(group, key=lambda row: (_newest(row), len(row.sources), -row.shown.start.toordinal()),
                   reverse=True)  # fmt: skip
    dates = tuple((row.shown, tuple(row.sources)) for row in dated)
    return replace(first, event=event, span=dated[0].shown, sources=tuple(sources), dates=dates, announced=tuple(items))


def _first(row: _Row) -> str:
    """The day of the row's first announcement (its oldest briefing's date)."""
    return min(item.entry.briefing.date or "" for item in row.items)


def _newest(row: _Row) -> str:
    return max(item.entry.briefing.date or "" for item in row.items)


def _span_key(span: Span) -> tuple:
    if span.precision == "year" and span.start.year == span.end.year:
        return ("year", span.start.year)
    if span.precision == "month" and (span.start.year, span.start.month) == (span.end.year, span.end.month):
        return ("month", span.start.year, span.start.month)
    return ("span", span.start, span.end, span.precision)


def _exact_keys(span: Span) -> list[tuple]:
    """Where a member's date is found: its own key, and for a range of days each of its days (a month at most);
    a date over several months ("a maximum of two years", "d'ici à 2027"), under each month it covers, so that a
    date within it finds it ("in 18 to 24 months", "en avril 2027")."""
    keys = [_span_key(span)]
    if span.is_range and (span.end - span.start).days <= 31:
        keys += [_span_key(Span(span.start + dt.timedelta(days=n), span.start + dt.timedelta(days=n), "day"))
                 for n in range((span.end - span.start).days + 1)]  # fmt: skip
    elif keys[0][0] == "span":  # neither one day, nor one month, nor one year
        keys += [("within", d.year, d.month) for d in _months(span, _WIDE_MONTHS)]
    return keys


def _inner_keys(span: Span) -> list[tuple]:
    """Where a row with a member at `span` is found by wider dates: its month(s) and year."""
    return [(span.start.year,)] + [(d.year, d.month) for d in _months(span)][:3]


def _months(span: Span, most: int = 13) -> list[dt.date]:
    """The first day of each month `span` covers, the first `most` of them."""
    months: list[dt.date] = []
    day = span.start.replace(day=1)
    while day <= span.end and len(months) < most:
        months.append(day)
        day = (day + dt.timedelta(days=32)).replace(day=1)
    return months


def _index(index: _Index, keys: list[tuple], row: _Row) -> None:
    for key in keys:
        index.setdefault(key, {})[id(row)] = row


def _nested(a: Span, b: Span) -> bool:
    return (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None
