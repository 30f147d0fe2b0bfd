"""Stories: the briefings that follow one story, linked in date order; each follow-up says what changed.

The rule, from front matter only (the full statement, for readers, is in docs/methode.md):

- A briefing's **main participants** are the people and organisations it mentions at least twice and at
  least half as often as its most mentioned one (its four most mentioned at most); when it mentions none
  twice, its most mentioned one. They are compared as entities (the same page: "Stoltenberg" and "Jens
  Stoltenberg", "Otan" and "NATO").
- Two briefings are **linked** when
  - they announce a common event (one agenda row, events.py, including an event announced at dates that
    disagree), however far apart they were published, and have a main participant in common or name the
    same place first (a town, a landmark, not a country: what both articles are about), or both titles name
    that event (a word of its phrase in each title that is no name, place, title of office or nationality:
    "snap election set for Sept 25", "à trois jours des législatives"), or the event is announced at dates
    that disagree (a conflict row: the briefing that moves the date follows those that gave it, whoever it
    quotes: a border closure extended, told by another minister); or
  - one reports the event the other announced, in a title that names it and published from its day to two days
    after ("Stubb sworn in as Finland's president" for "prise de fonctions d'Alexander Stubb"), and the other's
    title announced it (the title rule above), with a main participant or the first place in common: not a
    briefing that named the event in passing; or
  - one tells as its news an event done at most two days before its day (format 2's `timeline`: "84 MPs
    nominate Nawaf Salam as prime minister", on the 13th), and the other announced it or tells it since, within
    four weeks ("désignation de Nawaf Salam comme Premier ministre", told on 8 February), with a main
    participant or the first place in common: a step of the story; a past event no briefing reports as news is
    background where it is told, and links nothing; or
  - one's title tells a person's election ("X élue première femme présidente", "Y wins the presidential vote":
    `elected` of site.yml), that person one of its main participants, and the other, published within six months
    after it, announces that person's swearing-in (its phrase read as "prestation de serment", naming that
    person): an election and the term it gives are one story, however long the count, the court's ruling and the
    inauguration take; or, with a main participant in common,
  - they were published at most four weeks apart (twelve with two main participants in common: a story
    that pauses, an election and the coalition two months later) and their titles, summaries and key facts have at least
    three words in common besides the names of their participants (words of four letters or more, accents
    and case folded, compared on their first five letters, French and English words of the same meaning
    as one; stop words, months, weekdays and numbers left out), two of which say what happened rather
    than who took part: a title of office ("président", "ministre", "secrétaire d'État") or a nationality
    ("américain", "ukrainien") describes a participant, and any two briefings on one president say
    "président" and "américain"; such a word counts toward the three, and toward the two only when both
    titles say it (a nomination: "nommé ministre des Affaires étrangères", "new foreign minister"). A
    landmark both name (a place named with its kind: "Sistine Chapel", "place Saint-Pierre";
    identity.is_landmark) counts here as a main participant in common: a town or a country does not, too
    many stories share one. With one main participant (or landmark) in common only, the words that say
    what happened are also one in ten of the shorter briefing's at least: one person leads several stories
    in the same weeks (a prime minister, a strike and a budget), and two long articles about that person
    share a few words whatever the story. The same first place (a town, not a country) counts here as a
    second participant in common: two briefings on one person in one town tell one story. So do two titles
    that say the same two words about what happened (no name, place, title of office, nationality, nor an
    event announced in passing: "Gilets jaunes : Macron annonce 100 euros..." and "Macron launches 'great
    national debate' as gilets jaunes protests go on"): a headline says what the story is, and two
    headlines on one person that say the same thing tell one story, weeks apart (the twelve weeks, no share
    of the words; the three words still). The words of a town a briefing names after its first place are
    not compared (it is named in passing: "back from the summit in Buenos Aires" in an article on riots in
    Paris); a landmark's and a country's are.
  - With no main participant in common, two briefings published at most four weeks apart are linked the same
    way (the words, with the share of one main participant in common) when each names a main participant of
    the other, one of them twice or more: one story told from two sides ("la France rappelle ses
    ambassadeurs", about its foreign minister, naming the American president; "Biden unveils AUKUS pact",
    naming that minister twice). Named once each is a name in passing, and links nothing.
  - Two briefings about two countries (their first places: a country, its capital or a city of a million people)
    whose one main participant in common is an organisation are not linked by their words: every country has an
    electoral commission or a national assembly, and two elections of the same weeks share all their words and
    such a body's name ("Commission électorale" at two counts); a person in common (a minister abroad) still
    links them.
- A briefing also joins a story (**the chain rule**) when it has three main participants in common with the
  story's briefings taken together: one of its own main participants, the others main participants of the
  story's briefings that it names twice or more (its first place counting as one, as above), and its words
  meet the words of those briefings taken together by the word rule above (three, two about what happened),
  published at most twelve weeks from the nearest of them. A story told over weeks spreads its participants
  and its words over its briefings: a late one ("France pulls its ambassador out of Niger", about the
  president, naming the ambassador and the ousted president twice) has one main participant and a few words
  in common with each, and many with all of them. Two participants in common are not enough here: the
  words of several briefings together meet any briefing's more easily than one briefing's do.
- A briefing no rule linked joins a story (**the protagonist rule**) whose every briefing, three at least, has one of
  its main participants as a main participant, when a briefing of that story is within four weeks of it, no other
  briefing of those weeks has that participant as a main one, and its words meet the story's taken together (as
  the chain rule): a short briefing on one person ("Le président Tebboune prêtera serment ce mardi") says its story
  through him, and a look-alike story (another president's oath) may share as many of its few words.
- An event a briefing announces more than four weeks ahead is named in passing ("Stubb will represent Finland
  at NATO's summit in Washington in July"): its phrase's words are not compared, and when every announcement
  of it is that far ahead it links no two briefings by a participant its phrase names (NATO, in "NATO summit"):
  an institution's next meeting is announced by any article about it, whatever its story.
- A **story** is every briefing linked to another one, directly or through others: two briefings or more.

A briefing that follows others in its story says what changed since them (the ten latest at most): the
dates it announces that none of them did, the dates it gives for an event they dated otherwise, the
participants none of them named, and the key facts none of them gave (a fact is known when half of its
words are in one earlier fact).

Linear in the archive: links are looked for among the briefings of each main participant (or naming it),
each compared with the 50 latest before it within the four weeks (the chain rule: the 50 nearest on each
side within the twelve weeks); events link their sources through the participants
they share.
"""

from __future__ import annotations

import bisect
import datetime as dt
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from generator.lang import BUILT_IN, language
from generator.lang.equivalents import NATIONALITIES, OFFICE_TITLES
from generator.lang.folding import fold
from generator.model import Briefing
from generator.render import human_date, labels
from generator.site.agenda import AgendaItem, Span, parse_point, parse_span, when_label
from generator.site.blocks import Href, html_link, text
from generator.site.catalog import Entry
from generator.site.events import briefing_name_words, name_words, participant_names, phrase_entities, same_events
from generator.site.events import words as phrase_words
from generator.site.groups import Groups
from generator.site.identity import is_landmark
from generator.site.identity.countries import country_about, country_of_place
from generator.site.identity.names import place_key
from generator.site.words import reading_words

WINDOW = dt.timedelta(days=28)  # "within a few weeks"
LONG_WINDOW = dt.timedelta(days=84)  # a story that pauses: with LONG_ACTORS main participants in common
LONG_ACTORS = 2
PROTAGONIST_BRIEFINGS = 3  # briefings of a story that all have one main participant: its protagonist
CHAIN_ACTORS = 3  # main participants a briefing has in common with a story's briefings taken together
SHARED_WORDS = 3
HEADLINE_WORDS = 2  # words about what happened both titles say: they count as a participant in common
TOPIC_WORDS = 2  # of the shared words, those that are not a title of office or a nationality
ONE_ACTOR_SHARE = 0.1  # with one main participant in common: this share of the shorter briefing's words, at least
MAIN = 4
_NEAREST = 50  # briefings of one participant each briefing is compared with, at most
_EARLIER = 10  # earlier briefings a follow-up is compared with, at most
_SHOWN = 10  # other briefings of its story a page lists, at most (the nearest in time)
_LISTED = 8  # new participants or facts listed, at most
_REPORT_DAYS = 2  # a briefing published this many days after an event at most may report it
_TERM_WAIT = dt.timedelta(days=183)  # the time between an election and the winner's oath, at most
_ELECTED = frozenset(fold(w) for w in reading_words("elected"))  # a title's words that tell someone's election
_OATH = phrase_words("prestation de serment")  # an event phrase's words that say a swearing-in, as compared
# (kind, name) -> the entity's identity (its page), or None
Identity = Callable[[str, str], "str | None"]


@dataclass
class Story:
    entries: list[Entry]  # oldest first
    position: dict[int, int] = field(default_factory=dict)  # id(entry) -> its index in entries

    def __post_init__(self) -> None:
        self.position = {id(e): n for n, e in enumerate(self.entries)}

    def __len__(self) -> int:
        return len(self.entries)


@dataclass
class Changes:
    """What a follow-up briefing says that the earlier briefings of its story did not."""

    since: list[Entry]  # the earlier briefings it is compared with, oldest first
    new_dates: list[AgendaItem] = field(default_factory=list)  # its own announcements of them
    changed_dates: list[tuple[AgendaItem, Span, Span]] = field(default_factory=list)  # (its item, before, now)
    new_participants: list[str] = field(default_factory=list)
    new_facts: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.new_dates or self.changed_dates or self.new_participants or self.new_facts)


@dataclass
class Stories:
    by_uri: dict[str, Story] = field(default_factory=dict)  # a briefing's src_uri -> its story
    rows: dict[int, list[AgendaItem]] = field(default_factory=dict)  # id(entry) -> the events it announces
    identity: Identity = lambda kind, name: None  # noqa: E731

    def story(self, entry: Entry) -> Story | None:
        return self.by_uri.get(entry.src_uri)


def find_stories(entries: list[Entry], events: list[AgendaItem], identity: Identity) -> Stories:
    """The stories of the archive: `events` are its agenda rows (events.merge_events), `identity` gives a
    participant's entity (its page), so that two names of one entity count as one."""
    found = Stories(identity=identity)
    if not entries:
        return found
    index = {id(e): n for n, e in enumerate(entries)}
    joined = Groups(len(entries))
    find, join = joined.find, joined.join

    mains = [_main_participants(e, identity) for e in entries]
    titles: dict[int, frozenset[str]] = {}  # id(entry) -> its title's words, as _reports compares them
    published: dict[dt.date, list[Entry]] = {}
    for entry in entries:
        day = _day(entry.briefing.date)
        if day is not None:
            published.setdefault(day, []).append(entry)
    for row in events:
        for source in row.briefings:
            found.rows.setdefault(id(source), []).append(row)
        reports = _reports(row, published, titles)
        if len(row.briefings) + len(reports) < 2:
            continue
        by_main: dict[str, int] = {}
        headlined: list[int] = []
        owners = _owners(row, identity)
        for source in row.briefings:  # sources that share a main participant or their first place: linked
            i = index.get(id(source))
            if i is None:
                continue
            _link_on_keys(i, (mains[i] | _first_place(entries[i], identity)) - owners, by_main, join)
            if _headlines(entries[i], row):
                headlined.append(i)
        for i in headlined[1:]:  # the event each title is about: one story, however far apart
            join(headlined[0], i)
        for report in reports:  # its outcome follows the announcements that were about it, of its actors
            r = index.get(id(report))
            if r is None:
                continue
            keys = (mains[r] | _first_place(report, identity)) - owners
            for i in headlined:
                if keys & (mains[i] | _first_place(entries[i], identity)):
                    join(i, r)
        if row.dates:  # a date moved: the briefing that gives the new one follows those that gave the old
            moved = [index[id(s)] for s in row.briefings if id(s) in index]
            for i in moved[1:]:
                join(moved[0], i)

    _link_told(entries, events, identity, (index, mains), join)
    _link_elected_sworn(entries, events, identity, mains, join)

    days = [_day(e.briefing.date) for e in entries]
    word_sets = _WordSets(entries)
    headlines: dict[int, frozenset[str]] = {}  # a briefing -> its title's words that say what happened
    by_participant: dict[str, list[int]] = {}
    by_named: dict[str, list[int]] = {}  # an entity -> the earlier briefings that name it (for _cross_named)
    named = [_named(e, identity) for e in entries]
    actors = [m | _landmarks(e, identity) for m, e in zip(mains, entries, strict=True)]
    firsts = [_first_place(e, identity) - a for e, a in zip(entries, actors, strict=True)]
    homes = [_home(e) for e in entries]
    bodies = [_bodies(e, identity) for e in entries]
    for i in sorted(range(len(entries)), key=lambda n: (days[n] or dt.date.max, entries[n].src_uri)):
        if days[i] is None:
            continue
        for key in actors[i]:
            earlier = by_participant.setdefault(key, [])
            for j in reversed(earlier[-_NEAREST:]):
                apart = days[i] - days[j]  # type: ignore[operator]
                if apart > LONG_WINDOW:
                    break
                if find(i) == find(j):
                    continue
                # the same first place (a town: what both are about) counts as a second participant in common,
                # and so do two headlines that say the same thing happened ("gilets jaunes" in both)
                for n in (i, j):
                    if n not in headlines:
                        headlines[n] = _headline_words(entries[n])
                said = int(len(headlines[i] & headlines[j]) >= HEADLINE_WORDS)
                in_common = len(actors[i] & actors[j]) + len(firsts[i] & firsts[j]) + said
                if apart > WINDOW and in_common < LONG_ACTORS:
                    continue
                # one main participant in common: the words must also be a share of the shorter briefing's
                shorter = min(len(word_sets[n] - _descriptive_words()) for n in (i, j))
                one_actor = shorter if in_common == 1 else 0
                if in_common == 1 and _bodies_of_two_countries(key, homes, bodies, i, j):
                    continue
                if _say_one_story(word_sets[i] & word_sets[j], entries[i], entries[j], one_actor):
                    join(i, j)
            earlier.append(i)
        for key in mains[i]:  # no main participant in common, but each names the other's (_cross_named)
            for j in reversed(by_named.get(key, [])[-_NEAREST:]):
                if days[i] - days[j] > WINDOW:  # type: ignore[operator]
                    break
                if find(i) == find(j) or mains[i] & mains[j] or not _cross_named(mains, named, i, j):
                    continue
                shorter = min(len(word_sets[n] - _descriptive_words()) for n in (i, j))
                if _say_one_story(word_sets[i] & word_sets[j], entries[i], entries[j], shorter):
                    join(i, j)
        for key in named[i]:
            by_named.setdefault(key, []).append(i)
    _join_chains(entries, days, actors, firsts, named, word_sets, joined)
    _join_protagonists(entries, days, mains, word_sets, joined)

    for group in joined.of(entries):
        if len(group) < 2:
            continue
        story = Story(sorted(group, key=_chronological))
        for entry in group:
            found.by_uri[entry.src_uri] = story
    return found


def _join_chains(
    entries: list[Entry],
    days: list[dt.date | None],
    actors: list[set[str]],
    firsts: list[set[str]],
    named: list[dict[str, int]],
    word_sets: _WordSets,
    joined: Groups,
) -> None:
    """The chain rule: a briefing joins a story when it has three main participants in common with the story's
    briefings taken together (one of its own main participants, the others main participants of theirs that
    it names twice or more; its first place counts as one, as in the pair rule), and its words meet the words
    of those briefings taken together by the pair rule (_say_one_story), within twelve weeks of the nearest
    of them (the pair rule's window for a story that pauses). A story told over weeks spreads its main
    participants and its words over its briefings: a late briefing ("France pulls its ambassador out of
    Niger") shares one main participant and a few words with each, and many with all of them."""
    by_actor: dict[str, list[int]] = {}  # an entity -> the briefings it is a main participant of, by date
    order = sorted((n for n in range(len(entries)) if days[n] is not None), key=lambda n: (days[n], entries[n].src_uri))  # type: ignore[arg-type, return-value]
    for n in order:
        for key in actors[n]:
            by_actor.setdefault(key, []).append(n)
    ordinal = [d.toordinal() if d is not None else 0 for d in days]
    ordinals = {key: [ordinal[n] for n in found] for key, found in by_actor.items()}
    for i in order:
        day = ordinal[i]
        # its own main participants, and those it names twice or more: they count when the story has them as main
        reach = actors[i] | {key for key, times in named[i].items() if times >= 2}
        met: dict[int, dict[int, set[str]]] = {}  # a story -> its briefings met -> the entities they share
        for key in reach & by_actor.keys():
            found, when = by_actor[key], ordinals[key]
            here = bisect.bisect_left(when, day)
            low = max(bisect.bisect_left(when, day - LONG_WINDOW.days), here - _NEAREST)
            high = min(bisect.bisect_right(when, day + LONG_WINDOW.days), here + _NEAREST)
            for j in found[low:high]:
                if j != i and joined.find(j) != joined.find(i):
                    met.setdefault(joined.find(j), {}).setdefault(j, set()).add(key)
        for story in met.values():
            common = set().union(*story.values())
            places = set().union(*(firsts[j] for j in story)) & firsts[i]
            if not common & actors[i] or len(common) + len(places) < CHAIN_ACTORS:
                continue
            theirs = frozenset().union(*(word_sets[j] for j in story))
            nearest = min(story, key=lambda j: abs(ordinal[j] - day))
            if _say_one_story(word_sets[i] & theirs, entries[i], entries[nearest]):
                joined.join(i, nearest)


def changes(entry: Entry, stories: Stories) -> Changes | None:
    """What `entry` says that the earlier briefings of its story did not; None for the first of its story."""
    story = stories.story(entry)
    if story is None:
        return None
    position = story.position[id(entry)]
    since = story.entries[max(0, position - _EARLIER) : position]
    if not since:
        return None
    found = Changes(since)
    before = {id(e) for e in since}
    for row in stories.rows.get(id(entry), []):
        announced = row.announced or (row,)
        mine = [i for i in announced if i.entry is entry]
        theirs = sorted((i for i in announced if id(i.entry) in before), key=lambda i: _chronological(i.entry))
        if not mine:
            continue
        if not theirs:
            found.new_dates.append(mine[0])
        elif not {i.span for i in mine} & {i.span for i in theirs}:  # a date none of them gave
            found.changed_dates.append((mine[0], theirs[-1].span, mine[0].span))
    known = {stories.identity(p.kind, str(p.name)) or fold(str(p.name)) for e in since for p in e.briefing.participants}
    for p in sorted(entry.briefing.participants, key=lambda p: -p.mentions):
        key = stories.identity(p.kind, str(p.name)) or fold(str(p.name))
        if key not in known:
            known.add(key)
            found.new_participants.append(str(p.name))
    earlier_facts = [_words(str(f.text)) for e in since for f in e.briefing.key_facts]
    for fact in entry.briefing.key_facts:
        mine_words = _words(str(fact.text))
        if mine_words and not any(len(mine_words & other) * 2 >= len(mine_words) for other in earlier_facts):
            found.new_facts.append(str(fact.text))
    return found


def story_html(entry: Entry, stories: Stories, href: Href) -> str:
    """A briefing's "In the same story" section, in its language: the other briefings of its story in date
    order, then what changed since the earlier ones; "" when the briefing is in no story."""
    story = stories.story(entry)
    if story is None:
        return ""
    lang = entry.briefing.lang
    words = labels(lang).PAGE
    position = story.position[id(entry)]
    start = max(0, min(position - _SHOWN // 2, len(story) - _SHOWN - 1))
    shown = story.entries[start : start + _SHOWN + 1]
    first, last = _day(story.entries[0].briefing.date), _day(story.entries[-1].briefing.date)
    lines = []
    if first and last:
        span = words["story_span"].format(count=len(story), first=_date(first, lang), last=_date(last, lang))
        lines.append(f"<p>{text(span)}</p>")
    items = []
    for other in shown:
        day = _day(other.briefing.date)
        when = f"{text(_date(day, lang))} · " if day else ""
        outlet = f" ({text(other.briefing.source.outlet)})" if other.briefing.source.outlet else ""
        if other is entry:
            items.append(
                f"<li>{when}<strong>{text(other.briefing.title)}</strong>{outlet} — {text(words['story_this'])}</li>"
            )
        else:
            items.append(f"<li>{when}{html_link(href(other.src_uri), text(other.briefing.title))}{outlet}</li>")
    lines.append('<ol class="briefings-story">' + "".join(items) + "</ol>")
    if len(shown) < len(story):
        lines.append(f"<p>{text(words['story_more'].format(count=len(story) - len(shown)))}</p>")
    changed = changes(entry, stories)
    if changed is not None:
        lines.append(_changes_html(changed, lang, href))
    return "\n".join(lines)


def _changes_html(changed: Changes, lang: str, href: Href) -> str:
    words = labels(lang).PAGE
    latest = changed.since[-1]
    day = _day(latest.briefing.date)
    title = words["story_changes"].format(date=_date(day, lang) if day else latest.briefing.title)
    out = [f"<p><strong>{text(title)}</strong></p>"]
    if not changed:
        out.append(f"<p>{text(words['story_nothing_new'])}</p>")
        return "\n".join(out)
    items = []
    colon = html.escape(words["colon"])
    if changed.changed_dates:
        dates = " ; ".join(
            f"{text(item.event.event or item.event.text)}{colon}{text(when_label(before, lang))} → "
            f"<strong>{text(when_label(now, lang))}</strong>"
            for item, before, now in changed.changed_dates
        )
        items.append(f"<li>{text(words['story_changed_dates'])}{colon}{dates}</li>")
    if changed.new_dates:
        dates = " ; ".join(
            f"{text(when_label(item.span, lang))}, {text(item.event.event or item.event.text)}"
            for item in changed.new_dates
        )
        items.append(f"<li>{text(words['story_new_dates'])}{colon}{dates}</li>")
    if changed.new_participants:
        names = ", ".join(text(n) for n in changed.new_participants[:_LISTED])
        items.append(f"<li>{text(words['story_new_participants'])}{colon}{names}</li>")
    if changed.new_facts:
        facts = "".join(f"<li>{text(f)}</li>" for f in changed.new_facts[:_LISTED])
        items.append(f"<li>{text(words['story_new_facts'])}{colon}<ul>{facts}</ul></li>")
    out.append("<ul>" + "".join(items) + "</ul>")
    return "\n".join(out)


def _reports(row: AgendaItem, published: dict[dt.date, list[Entry]], titles: dict[int, frozenset[str]]) -> list[Entry]:
    """The briefings that report the row's event once it has happened: published from its day to two days after,
    announcing no date of it, with a title that names it (half the words of one of its phrases, two at least,
    names, titles of office and nationalities aside: "Stubb sworn in as Finland's president" for "the new
    president takes office", "Merz remporte les législatives" for "élections législatives anticipées")."""
    span = row.span
    if span.precision != "day" or (span.end - span.start).days > _REPORT_DAYS:
        return []
    phrases = [_event_words(item) for item in row.announced or (row,)]
    found = []
    day = span.start
    while day <= span.end + dt.timedelta(days=_REPORT_DAYS):
        for entry in published.get(day, ()):
            if any(entry is source for source in row.briefings):
                continue
            if id(entry) not in titles:
                titles[id(entry)] = _title_words(entry)
            said = titles[id(entry)]
            if any(_names_event(said, phrase) for phrase in phrases):
                found.append(entry)
        day += dt.timedelta(days=1)
    return found


def _event_words(item: AgendaItem) -> frozenset[str]:
    """An event phrase's words, read through the tables ("takes office" is "prestation de serment"), without
    names, titles of office and nationalities."""
    return _unnamed_words(str(item.event.event), item.entry.briefing)


def _title_words(entry: Entry) -> frozenset[str]:
    """A title's words, compared as _event_words ("sworn in" is "prestation de serment")."""
    return _unnamed_words(str(entry.briefing.title), entry.briefing)


def _unnamed_words(text: str, b: Briefing) -> frozenset[str]:
    """A text's words read through the tables, but the briefing's names, titles of office and nationalities."""
    return phrase_words(text) - briefing_name_words(b) - _descriptive_words() - _stop_words()


def _names_event(title: frozenset[str], phrase: frozenset[str]) -> bool:
    """Whether a title says an event phrase: half of the phrase's words, two at least."""
    shared = len(title & phrase)
    return shared >= 2 and shared * 2 >= len(phrase)


def _link_told(
    entries: list[Entry],
    events: list[AgendaItem],
    identity: Identity,
    known: tuple[dict[int, int], list[set[str]]],
    join: Callable[[int, int], None],
) -> None:
    """An event a briefing reports as its news (format 2's `timeline`: done at most two days before its day) is
    a step of a story: the briefings that announced it, reported it or tell it since (within four weeks) are
    linked when they have a main participant or their first place in common ("consultations pour désigner le
    Premier ministre" announced on 10 January, "84 MPs nominate Nawaf Salam as prime minister" reported on the
    13th, "désignation de Nawaf Salam comme Premier ministre" told on 8 February by the briefing on his
    government). An event no briefing reports is background where it is told ("Macron and Meloni met in Rome"
    in an article on a migrant ship, weeks later), and links nothing; an older past neither."""
    told = _told_items(entries)
    reporting = {id(item) for item in told if _reported(item)}
    if not reporting:
        return
    index, mains = known
    # Only the items whose dates hold a day some briefing reports are compared: the others join no reported event.
    days = sorted({item.span.start for item in told if id(item) in reporting})

    def near(item: AgendaItem) -> bool:
        n = bisect.bisect_left(days, item.span.start)
        return n < len(days) and days[n] <= item.span.end

    announced = [item for row in events for item in row.announced or (row,) if near(item)]
    for items in same_events([*announced, *(item for item in told if near(item))], identity):
        sources = list({id(item.entry): item.entry for item in items}.values())
        if not any(id(item) in reporting for item in items) or len(sources) < 2:
            continue
        by_key: dict[str, int] = {}
        owners = _owners(replace(items[0], announced=tuple(items)), identity)
        for source in sources:
            i = index.get(id(source))
            if i is None:
                continue
            _link_on_keys(i, (mains[i] | _first_place(entries[i], identity)) - owners, by_key, join)


def _link_elected_sworn(
    entries: list[Entry],
    events: list[AgendaItem],
    identity: Identity,
    mains: list[set[str]],
    join: Callable[[int, int], None],
) -> None:
    """A briefing whose title tells a person's election ("X élue première femme présidente", "Y wins the
    presidential election": `elected` of site.yml), that person one of its main participants, and a later one
    that announces that person's swearing-in (an agenda row read as "prestation de serment" whose phrase or
    participants name that person), published within six months after it, tell one story: a vote and the term it
    gives, whose last steps (a court's ruling on the count, the inauguration) may come months after the count, as
    long as a constitution leaves between an election and the winner taking office."""
    index = {id(e): n for n, e in enumerate(entries)}
    elected: dict[str, list[int]] = {}  # a person told elected -> the briefings whose titles tell it
    for i, entry in enumerate(entries):
        if _ELECTED & set(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", fold(entry.briefing.title))):
            for key in mains[i] & _people(entry, identity):
                elected.setdefault(key, []).append(i)
    if not elected:
        return
    for row in events:
        for item in row.announced or (row,):
            j = index.get(id(item.entry))
            day = _day(item.entry.briefing.date)
            if j is None or day is None or not phrase_words(str(item.event.event)) >= _OATH:
                continue
            sworn = phrase_entities(item, identity) | {_entity(identity, "person", str(who)) for who in item.event.who}
            for key in sworn & elected.keys():
                for i in elected[key]:
                    told = _day(entries[i].briefing.date)
                    if i != j and told is not None and dt.timedelta(0) <= day - told <= _TERM_WAIT:
                        join(i, j)


def _people(entry: Entry, identity: Identity) -> set[str]:
    """The people a briefing names, as entities."""
    return {_entity(identity, "person", str(p.name)) for p in entry.briefing.participants if p.kind == "person"}


def _link_on_keys(i: int, keys: set[str], first: dict[str, int], join: Callable[[int, int], None]) -> None:
    """Links the briefing `i` to the first of the event's briefings that had each of its keys (a main participant,
    its first place), which `first` keeps."""
    for key in keys:
        if key in first:
            join(first[key], i)
        else:
            first[key] = i


def _reported(item: AgendaItem) -> bool:
    """Whether a briefing tells a past event as its news: done at most two days before its own day."""
    day = _day(item.entry.briefing.date)
    return day is not None and (day - item.span.end).days <= _REPORT_DAYS


def _told_items(entries: list[Entry]) -> list[AgendaItem]:
    """The events each briefing tells as done in the four weeks before its day (format 2's `timeline`)."""
    found = []
    for entry in entries:
        day = _day(entry.briefing.date)
        if day is None:
            continue
        for event in entry.briefing.timeline:
            span = parse_span(str(event.date))
            if span is not None and span.precision == "day" and dt.timedelta(0) <= day - span.end <= WINDOW:
                found.append(AgendaItem(entry, event, span))
    return found


def _owners(row: AgendaItem, identity: Identity) -> set[str]:
    """For an event every source announces more than four weeks ahead, the participants its phrase names (NATO
    in "sommet de l'OTAN à Washington"): an institution's next meeting, months ahead, is named in passing by
    any two articles on it ("Stubb will represent Finland at NATO's summit in July"), whatever their story;
    else none."""
    if any(not _far_ahead(item.entry, item.span) for item in row.announced or (row,)):
        return set()
    return set().union(*(phrase_entities(item, identity) for item in row.announced or (row,)))


def _far_ahead(entry: Entry, span: Span) -> bool:
    """Whether a briefing announces a date more than four weeks after its own day (in passing)."""
    day = _day(entry.briefing.date)
    return day is not None and span.start - day > WINDOW


def _headlines(entry: Entry, row: AgendaItem) -> bool:
    """Whether the briefing's title names the event it announces in `row` ("snap election set for Sept 25",
    "à trois jours des législatives"): a word of its phrase that is no name, place, title of office or nationality."""
    b = entry.briefing
    phrases = [item.event.event for item in row.announced or (row,) if item.entry is entry] or [row.event.event]
    said = frozenset().union(*(_words(str(p)) for p in phrases))
    return bool((said & _words(str(b.title))) - briefing_name_words(b) - _descriptive_words())


def _main_participants(entry: Entry, identity: Identity) -> set[str]:
    """The people and organisations a briefing mentions twice or more and at least half as often as its most
    mentioned one (four at most); else its most mentioned one. A name cited twice in passing in an article
    about someone cited six times is not what it is about ("pendant le mandat de Bolsonaro")."""
    people = [p for p in entry.briefing.participants if p.kind in ("person", "organization") and str(p.name).strip()]
    ranked = sorted(people, key=lambda p: -p.mentions)  # stable: the briefing's order on a tie
    top = ranked[0].mentions if ranked else 0
    main = [p for p in ranked if p.mentions >= 2 and p.mentions * 2 >= top][:MAIN] or ranked[:1]
    return {_entity(identity, p.kind, str(p.name)) for p in main}


def _named(entry: Entry, identity: Identity) -> dict[str, int]:
    """The people and organisations a briefing names, as entities, with the times it mentions each."""
    found: dict[str, int] = {}
    for p in entry.briefing.participants:
        if p.kind in ("person", "organization") and str(p.name).strip():
            key = _entity(identity, p.kind, str(p.name))
            found[key] = found.get(key, 0) + max(p.mentions, 1)
    return found


def _cross_named(mains: list[set[str]], named: list[dict[str, int]], i: int, j: int) -> bool:
    """Whether two briefings without a main participant in common each name a main participant of the other,
    one of them twice or more: one story told from two sides ("la France rappelle ses ambassadeurs", with
    Le Drian, naming Biden; "Biden unveils AUKUS pact" naming Le Drian twice). Named once each, in passing,
    is not enough: a summit article names a candidate whose campaign article names the summit."""
    i_names_j = [named[i].get(key, 0) for key in mains[j]]
    j_names_i = [named[j].get(key, 0) for key in mains[i]]
    if not any(i_names_j) or not any(j_names_i):
        return False
    return max(i_names_j) >= 2 or max(j_names_i) >= 2


def _first_place(entry: Entry, identity: Identity) -> set[str]:
    """The place a briefing names first (its headline's or lead's: what it is about), when it is no country
    (a country's name is a nationality's: `nationalities` of equivalents.yml): two briefings on one town that
    announce one event ("Charm el-Cheikh", the close of the COP27) tell one story. A name of short words only
    ("La Paz", "Ufa", "Gao": no word of the four letters words are compared on) is a town's, unless it is a country's
    ("UK", "RDC": `country_of_place`)."""
    places = entry.briefing.places
    name = str(places[0]) if places else ""
    said = phrase_words(name, read=False)
    if not name.strip() or (said <= _descriptive_words() if said else country_of_place(place_key(name))):
        return set()
    return {_entity(identity, "place", name)}


def _home(entry: Entry) -> str | None:
    """The country a briefing is about: its first place's (a country, its capital or a city of a million people:
    identity.countries.country_about); None for another town or a region."""
    places = entry.briefing.places
    return country_about(place_key(str(places[0]))) if places else None


def _bodies(entry: Entry, identity: Identity) -> set[str]:
    """The organisations a briefing names, as entities."""
    return {_entity(identity, p.kind, str(p.name)) for p in entry.briefing.participants if p.kind == "organization"}


def _bodies_of_two_countries(key: str, homes: list[str | None], bodies: list[set[str]], i: int, j: int) -> bool:
    """Whether two briefings whose one main participant in common is `key` are about two countries (_home) and
    `key` is an organisation both name: every country has an electoral commission, a national assembly, a
    constitutional court, and two elections of the same weeks in two countries share all their words ("second
    tour", "résultats", "voix") and such a body of one name; a person in common (a minister on a visit abroad)
    still links them."""
    one, other = homes[i], homes[j]
    return one is not None and other is not None and one != other and key in bodies[i] & bodies[j]


def _landmarks(entry: Entry, identity: Identity) -> set[str]:
    """The landmarks a briefing names ("Sistine Chapel", "place Saint-Pierre": identity.is_landmark), as
    entities: a place that precise is a main participant of the word rule."""
    return {_entity(identity, "place", str(p)) for p in entry.briefing.places if is_landmark(str(p))}


class _WordSets(dict[int, frozenset[str]]):
    """The content words of each briefing (_content_words), computed the first time a rule asks for them: most
    pairs are ruled out before their words matter."""

    def __init__(self, entries: list[Entry]) -> None:
        super().__init__()
        self.entries = entries

    def __missing__(self, n: int) -> frozenset[str]:
        found = self[n] = _content_words(self.entries[n])
        return found


def _join_protagonists(
    entries: list[Entry],
    days: list[dt.date | None],
    mains: list[set[str]],
    word_sets: _WordSets,
    joined: Groups,
) -> None:
    """The protagonist rule: a briefing that no other rule linked joins a story whose every briefing (three at
    least) has one of its main participants as a main participant (the story's protagonist: a president told
    from the call of the election to the results), when a briefing of that story is within four weeks of it, no
    other briefing within four weeks has that participant as a main one (he leads one story then, not several),
    and its words meet the words of the story's briefings taken together by the pair rule (_say_one_story, with
    the share of one main participant in common). A short briefing on one person ("Le président prêtera serment
    ce mardi") says its story through him: its words are few, and those of a look-alike story (another
    president's oath) may be as many."""
    groups = [group for group in joined.of(list(range(len(entries)))) if days[group[0]] is not None]
    story_of = {n: group for group in groups if len(group) >= PROTAGONIST_BRIEFINGS for n in group}
    lone = [group[0] for group in groups if len(group) == 1]
    by_main: dict[str, list[int]] = {}  # an entity -> the briefings it is a main participant of, by date
    for n in sorted((n for n in range(len(entries)) if days[n] is not None), key=lambda n: days[n]):  # type: ignore[arg-type, return-value]
        for key in mains[n]:
            by_main.setdefault(key, []).append(n)
    ordinals = {key: [days[n].toordinal() for n in found] for key, found in by_main.items()}  # type: ignore[union-attr]
    for i in lone:
        day = days[i]
        for key in sorted(mains[i]):
            # the briefings within four weeks, found by halving (linear in the archive), in the order of the entries
            when = ordinals[key]
            low = bisect.bisect_left(when, day.toordinal() - WINDOW.days)  # type: ignore[union-attr]
            high = bisect.bisect_right(when, day.toordinal() + WINDOW.days)  # type: ignore[union-attr]
            near = {j for j in sorted(by_main[key][low:high]) if j != i}
            stories = {id(story_of[j]): story_of[j] for j in near if j in story_of}
            if len(stories) != 1 or any(j not in story_of for j in near):
                continue
            (story,) = stories.values()
            if not all(key in mains[j] for j in story):
                continue
            theirs = frozenset().union(*(word_sets[j] for j in story))
            nearest = min(near, key=lambda j: abs(days[j] - day))  # type: ignore[operator]
            shorter = len(word_sets[i] - _descriptive_words())
            if _say_one_story(word_sets[i] & theirs, entries[i], entries[nearest], shorter):
                joined.join(i, nearest)
                break


def _entity(identity: Identity, kind: str, name: str) -> str:
    """A name's entity (its page), or the folded name when the site has none for it."""
    return identity(kind, name) or f"{kind}:{fold(name)}"


def _say_one_story(shared: frozenset[str], one: Entry, other: Entry, one_actor: int = 0) -> bool:
    """Whether the words two briefings have in common (`shared`, _content_words) say one story: three at
    least, two of them about what happened, not about who (a title of office or a nationality, unless both
    titles say it). With one main participant in common (`one_actor`: the number of words about what
    happened of the shorter briefing), those about what happened are also one in ten of the shorter
    briefing's at least: one person leads several stories in the same weeks, and two long articles about
    that person share a few words whatever the story."""
    if len(shared) < SHARED_WORDS:
        return False
    about_who = shared & _descriptive_words()
    topic = len(shared) - len(about_who)
    if topic < ONE_ACTOR_SHARE * one_actor:
        return False
    if topic >= TOPIC_WORDS:
        return True
    in_titles = _words(str(one.briefing.title)) & _words(str(other.briefing.title))
    return len(shared - (about_who - in_titles)) >= TOPIC_WORDS


@lru_cache(maxsize=1)
def _descriptive_words() -> frozenset[str]:
    """The words of the titles of office and of the nationalities (generator/lang/equivalents.yml), as words
    are compared: they say who a participant is ("président", "américain"), not what a story is about."""
    found: set[str] = set()
    for word in (*OFFICE_TITLES, *NATIONALITIES):
        found |= phrase_words(word, read=False)
    return frozenset(found) - _stop_words()


def _content_words(entry: Entry) -> frozenset[str]:
    """The words of the title, summary and key facts, without the names of the briefing's participants
    (those are compared as main participants), of the towns it names in passing (`_in_passing`), and
    without stop words, months and weekdays."""
    b = entry.briefing
    in_names = name_words([*participant_names(b), *(str(p) for p in b.places[1:] if _in_passing(str(p)))])
    said = " ".join([str(b.title), str(b.summary), *(str(f.text) for f in b.key_facts)])
    return phrase_words(said, read=False) - in_names - _stop_words() - _far_words(entry)


def _headline_words(entry: Entry) -> frozenset[str]:
    """The words of a briefing's title that say what happened: without names (of its participants and places),
    titles of office, nationalities, stop words and the words of events it announces in passing (_far_words):
    "gilets", "jaunes" in "Macron launches 'great national debate' as gilets jaunes protests go on"."""
    b = entry.briefing
    return _words(str(b.title)) - briefing_name_words(b) - _descriptive_words() - _far_words(entry)


def _far_words(entry: Entry) -> frozenset[str]:
    """The words of the events a briefing announces more than four weeks ahead (_far_ahead): named in passing
    ("NATO's summit in Washington in July"), they say nothing of its story."""
    found: set[str] = set()
    for event in entry.briefing.upcoming:
        span = parse_span(str(event.date))
        if span is not None and _far_ahead(entry, span):
            found |= phrase_words(str(event.event), read=False)
    return frozenset(found)


def _in_passing(place: str) -> bool:
    """Whether a place a briefing names after its first one is named in passing: a town ("Buenos Aires" in an
    article on riots in Paris, where the president flew back from); not a landmark, and not a country, whose
    words are a nationality's and count already as words about who (`_descriptive_words`)."""
    return not is_landmark(place) and not phrase_words(place, read=False) <= _descriptive_words()


def _words(sentence: str) -> frozenset[str]:
    return phrase_words(sentence, read=False) - _stop_words()  # a story's words as written: no event read in


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """Every built-in language's stop words, months, weekdays and numbers, as words are compared (a French page
    quotes English, too): they say nothing of what a story is about ("après", "trois" are in any two stories).
    Role words stay: "ministre", "président" told stories apart in the test archives."""
    found: set[str] = set()
    for code in BUILT_IN:
        lang = language(code)
        for word in (*lang.entities.stop_words, *lang.months, *lang.weekdays, *lang.numbers, *lang.ordinals):
            found |= phrase_words(word, read=False)
    return frozenset(found)


def _chronological(entry: Entry) -> tuple:
    return (entry.briefing.date or "", entry.src_uri)


@lru_cache(maxsize=4096)  # each briefing's date is read again in every section that lists it
def _day(value: str | None) -> dt.date | None:
    span = parse_point(value) if value else None
    return span.start if span is not None and span.precision == "day" else None


@lru_cache(maxsize=4096)  # Babel writes each day once, not once per section that lists it
def _date(day: dt.date, lang: str) -> str:
    return human_date(day.isoformat(), lang)
