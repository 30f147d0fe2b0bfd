"""Programmes: a day's heading, the items listed under it, and the row each day or item gives (its hour, its
event, the events a day's paragraphs tell)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from generator.lang import Language
from generator.lang.folding import fold
from generator.lang.patterns import BULLETS, DASHES

from .wording import (
    _APPOSITION_WORDS,
    _DAY_ITEMS,
    _EDGES,
    _HEAD_CONTENT,
    _HEAD_END,
    _ITEM_LEAD,
    _PROGRAMME_ITEMS,
    MAX_WORDS,
    Sentences,
    _adjective_after_noun,
    _event_words,
    _EventWords,
    _group_start,
    _noun_phrase,
    _says_verb,
    _trim,
    content_words,
    says_only_when,
)


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
    timed_items: list[bool] = []  # whether each item opens on its hour: an hour's row of its own
    paragraph_start = True
    after_hour = hour  # the line after an hour standing alone ("• 15h00") is its item, however short
    timed = False  # the last item opened with its hour: the lines under it, up to the next hour, are its place, notes
    calendar_words = {fold(w) for w in (*language.months, *language.weekdays)}
    said = _event_words(language)
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
        if _date_heading(words, calendar_words) or (
            calendar_words & {fold(w) for w in words} and says_only_when(line, language)
        ):
            break  # the next day's heading ("• Lundi 15 novembre"): this date heads no items of its own
        if _hour_alone(line):
            if hour:
                break  # the next hour: this one's item was not written
            after_hour = True
            continue
        if len(words) < 4 and not after_hour and not short_list:
            if items and starts:
                break
            if not (items and _headed_by_event(" ".join(words), said)):
                continue  # a short line under an item is its place ("Quai Est"), unless it names an event of its own
        if timed and not after_hour and not opens_with_hour(line) and not _MARKED.match(line):
            # "11 h 30 | Rencontre à la tribu" / "Ouaté – Pouembout" / "Toute presse": its place, a note; a line with
            # a list mark is an item ("- Dans l'après-midi, cérémonie ...")
            continue
        short_list = short_list and len(words) < 4  # a short line under a long item is its place
        timed = after_hour or opens_with_hour(line)
        after_hour = False
        items.append(_item_event(_item_text(line, language), language))
        told.append(line)
        timed_items.append(timed)
        if len(items) == (1 if hour else _DAY_ITEMS):
            break
    items = [said.lead.sub("", item) for item in items]  # "le président arrivera": an agenda row drops the article
    if len(items) == 1 or any(_says_verb(item, said) for item in items[:_PROGRAMME_ITEMS]):
        # a day told in sentences ("Prince Charles will travel to Cumbria"): its first ones, whole, say it; a day told
        # in paragraphs is summed by the events its sentences name ("cérémonie au palais; dîner d'État"), where it
        # names two at least
        row = "" if hour else _paragraphs_row(told, said, language)
        return row or _trim("; ".join(items[:_PROGRAMME_ITEMS]), said)
    return _trim(_day_row(items, said, timed=timed_items[:1] == [True]), said)


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
    noun is an event of its own ("Visite du port, signature de la convention"), but for the list of a topic a dash
    opened ("Questions – culture, Olympics, media and sport": "Olympics" is a topic)."""
    cut = re.split(f"({_HEAD_END.pattern})", f"{item} ")
    first, parts = cut[0], list(zip(cut[1::2], cut[2::2], strict=True))
    topic = False  # a dash opened a topic: the parts a comma adds after it are the topic's
    named = []
    for mark, part in parts:
        event = words.nouns.match(part.strip()) is not None
        topic = (topic and "," in mark) or (_TOPIC_DASH.search(mark) is not None and not event)
        if event and not topic:
            named.append(part)
    events = (words.lead.sub("", p).strip(_EDGES) for p in (first, *named))
    return [(_head(event, words), whole) for event in events if (whole := _whole(event, words))]


def _whole(event: str, words: _EventWords) -> str:
    return words.dangling.sub("", event).strip(_EDGES)


def _head(event: str, words: _EventWords, content: int = _HEAD_CONTENT) -> str:
    """An event without the complement a preposition opens after its own words ("Accueil de fonctionnaires belges |
    dans le cadre du programme d'échange"): what a day's row keeps of it when the row has no room for the whole. Cut
    with fewer `content` words, a relative clause ends it too ("hearing on a Pentagon program | that donates ...")."""
    cut = event.split(" ")
    for k in range(1, len(cut)):
        # "of", "de" go on with their noun ("Fourth session | in G7 format": two content words are no head yet)
        if len(content_words(" ".join(cut[:k]))) >= content and (
            _opens_complement(cut[k], words)
            or (content < _HEAD_CONTENT and words.relative_word.fullmatch(cut[k]) is not None)
        ):
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


def _day_row(items: list[str], words: _EventWords, timed: bool = False) -> str:
    """What a day of a programme holds, in one agenda row: its events in their order, joined by "; ", as many heads as
    `MAX_WORDS` hold ("Questions; Business statement; Budget debate; Adjournment debate"), then each said whole where
    the row still has room for it ("réunion de travail sur l'avenir institutionnel; visite du quartier").

    With `timed` (the day's first item opens on its hour, a row of its own), a row that would hold that item alone is
    that hour's row said again: the day is summed by its events cut shorter ("A 7h30, prise d'armes à Nouméa au
    monument aux morts" / "A 8h30, bonjour traditionnel au Sénat coutumier" -> "prise d'armes à Nouméa; bonjour
    traditionnel")."""
    events = [event for item in items for event in _item_heads(item, words)]
    row = _fitted(events)
    for content in range(_HEAD_CONTENT - 1, 0, -1):
        if not timed or len(row) > 1 or len(events) < 2:
            break
        row = _fitted([(_head(whole, words, content), whole) for _, whole in events], once=True)
    said = [head for head, _ in row]
    for k, (_, whole) in enumerate(row):
        # each said as long as the row still has room for: whole, or cut at its complement
        for longer in (whole, _head(whole, words)):
            if len(row) == 1 or _row_words([*said[:k], longer, *said[k + 1 :]]) <= MAX_WORDS:
                said[k] = longer
                break
    return "; ".join(said)


def _fitted(events: list[tuple[str, str]], once: bool = False) -> list[tuple[str, str]]:
    """The first events whose heads the row holds; with `once`, a head said already is left out ("Entretien;
    Entretien" says one thing twice)."""
    row = events[:1]
    for event in events[1:]:
        if once and any(fold(event[0]) == fold(head) for head, _ in row):
            continue
        if _row_words([head for head, _ in (*row, event)]) > MAX_WORDS:
            break  # an event cut short would be a fragment: the row ends on whole heads
        row.append(event)
    return row


def _row_words(events: list[str]) -> int:
    """How many words a row of events takes."""
    return len(" ".join(events).split())


_LIST_MARK = re.compile(rf"^[\s{re.escape(DASHES + BULLETS)}]+")
_MARKED = re.compile(rf"\s*[{re.escape(DASHES + BULLETS)}]")  # a line that opens with a list mark


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


def _ends_line(following: str) -> bool:
    """Whether the text after a sentence starts on a new line: a heading stands alone on its line, and a sentence
    followed by another on its line ("Suivront les 8 et 9 avril. Soit douze jours de grève.") heads no programme."""
    return "\n" in following[: len(following) - len(following.lstrip())] or not following.strip()


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
    if any(_TOPIC_DASH.search(c) for c in clauses[:named]):
        # "Questions – culture, Olympics, media and sport": a dash opens the topic of the item's head, the commas
        # after it list the topic, no event of their own
        named = 0
    return ", ".join(clauses[named:])


_TOPIC_DASH = re.compile(r"\s[-–—]\s")
