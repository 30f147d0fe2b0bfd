"""Buildings that are also bodies (a school, a hall) as places: "au lycée Jean Zay", "à la salle de conférence de X".

Such a building named after someone is no person ("le lycée Jean Zay"); after a place preposition it is where
something happens, one place with its lower-case head. Elsewhere ("les lycées Mozart et Balzac sont en grève",
"professeur au lycée Jean Zay") the text speaks of the body, and its name is neither a person nor a place.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.cue import LIMITS, Mention, previous_words
from generator.extract.ner.text import doc_text
from generator.extract.ner.venuelines import in_venue_segment
from generator.extract.ner.words import LOC, OF_WORDS, ORG, PER, Word, is_cap


def visited(ws: list[Word], k: int) -> bool:
    """The lower-case head at `k` follows a place preposition, over articles ("au lycée", "à l'école", "en salle"),
    and no role word holds that preposition ("professeur au lycée X" names an employer)."""
    before = [p for p in previous_words(ws, k, LIMITS.place_context_words) if p not in lx.ARTICLES]
    if not before or before[-1] not in lx.PLACE_PREPOSITIONS:
        return False
    return len(before) < 2 or not lx.is_role_head(before[-2])


def visit_of(ws: list[Word], k: int) -> bool:
    """The lower-case head at `k` follows a visit's or an opening's noun and "de", over articles ("Visite du
    commissariat X", "l'inauguration de la raffinerie X"): the building visited, where a programme's item happens.
    Only a building named right after its head is one ("la raffinerie Dangote"); a building named by its kind and its
    town ("l'hôpital régional de Kaffrine", "la gendarmerie de X") is an unnamed building of the town."""
    before = [p for p in previous_words(ws, k, LIMITS.place_context_words) if p not in lx.ARTICLES]
    return len(before) >= 2 and before[-1] in OF_WORDS and before[-2] in lx.VISIT_NOUNS


_FULL_NAME_WORDS = 2  # "lycée Thérèse Planiol de Loches": a given name and a surname, then where the school stands
_HEAD_QUALIFIERS = 2  # "salle de conférence X", "école primaire X": words between a building's head and its name


def named_after_head(doc: Doc, ws: list[Word], a: int) -> int | None:
    """Where the lower-case head of a building named after someone stands before the name at `a`: right before it
    ("le lycée Jean Zay"), or before the qualifiers that say which of its kind it is, an adjective or "de" and a
    bare noun ("la salle de réunion Victor Hugo", "l'école primaire Jules Ferry"): the name is the building's.
    Or a venue's head, then the title of the one it is named after ("l'aéroport Sir Gaëtan Duval", "le stade
    Président Jean Kaboré"): the title says a dedicatee, so any venue's head will do."""
    titled = _titled_dedicatee_head(doc, ws, a)
    if titled is not None:
        return titled
    k = a - 1
    while k >= 0 and a - 1 - k <= _HEAD_QUALIFIERS:
        w = ws[k]
        apart = doc_text(doc)[w.end : ws[k + 1].start].strip(" ")
        if apart or not w.text.islower() or not w.text.replace("'", "").isalpha():
            return None  # (a comma, a line's end, a capitalised word: "à l'école, Jean Dupont")
        if fold(w.text) in lx.NAMED_AFTER_HEADS:
            return k
        if not _head_qualifier(doc, ws, k, a):
            return None
        k -= 1
    return None


def _office_of(ws: list[Word], k: int) -> bool:
    """A role's noun before the head at `k`, over articles and "de" ("le directeur du CHU", "la proviseure du
    lycée"): the name after the head may be the one who holds that role, not the dedicatee."""
    before = [p for p in previous_words(ws, k, LIMITS.place_context_words) if p not in lx.ARTICLES | OF_WORDS]
    return bool(before) and lx.is_role_head(before[-1])


def _dedicatee_title(doc: Doc, ws: list[Word], k: int) -> bool:
    """The word at `k` is a capitalised title of a person ("Sir", "Pr", "Président", "Saint") glued by one space to
    the word after it."""
    w = ws[k]
    gap = doc_text(doc)[w.end : ws[k + 1].start]
    return gap == " " and is_cap(w.text) and fold(w.text) in lx.DEDICATION_TITLES


def _titled_dedicatee_head(doc: Doc, ws: list[Word], a: int) -> int | None:
    """The lower-case venue head right before a title before the name at `a` ("à l'aéroport Sir X", "au lycée Pr
    X"), or before a title that starts the name ("au stade Président X"). No person: the venue bears the name of one
    honoured so; the story's participants are not named with a title after a building's noun."""
    if a > 0 and _dedicatee_title(doc, ws, a - 1):
        t = a - 1  # ("Sir", "Pr": a title the run leaves out)
    elif a + 1 < len(ws) and _dedicatee_title(doc, ws, a):
        t = a  # ("Président": a title the run opens with)
    else:
        return None
    if t == 0:
        return None
    head = ws[t - 1]
    if doc_text(doc)[head.end : ws[t].start] != " " or not head.text.islower() or _office_of(ws, t - 1):
        return None
    key = lx.head_key(head.text)
    # (a street keeps its own reading: "rue du Général Leclerc" is written whole, visited or not)
    return t - 1 if key in lx.NAMED_AFTER_HEADS | lx.LOWER_VENUE_HEADS and key not in lx.STREET_WORDS else None


# the first words of a venue's or an institution's name that a title and its dedicatee may follow
_HALL_HEADS = lx.VENUE_WORDS | lx.BUILDING_WORDS | lx.ORG_WORDS | lx.NAMED_AFTER_HEADS | lx.INSTITUTION_ACRONYMS


def titled_hall(doc: Doc, ws: list[Word], before: Mention | None, a: int, b: int) -> Mention | None:
    """A capitalised venue's or institution's name, perhaps its number, then a title and the name [a, b) of whom it
    is named after ("à l'Université Ouaga 2 Pr Jean Kaboré", "au Stade Général Paul Ndiaye"): one name, the
    building's, where `before` is the mention that ends right before the title (or its number). A place where it is
    visited, else the kind `before` had; None when the words do not take that shape."""
    if before is None or a < 2 or not _dedicatee_title(doc, ws, a - 1) or before.sent != ws[a].sent:
        return None
    k = a - 2
    if ws[k].text.isdigit() and doc_text(doc)[ws[k].end : ws[k + 1].start] == " ":
        k -= 1  # ("Ouaga 2": which of the town's universities)
    if before.wb != k + 1 or doc_text(doc)[ws[k].end : ws[k + 1].start] != " ":
        return None
    if fold(ws[before.wa].text) not in _HALL_HEADS or _office_of(ws, before.wa):
        return None
    label = LOC if visited(ws, before.wa) or visit_of(ws, before.wa) else before.label
    text = doc_text(doc)[before.start : ws[b - 1].end]
    return Mention(text, label, before.start, ws[b - 1].end, before.i, ws[b - 1].j, before.sent, before.wa, b)


def acronym_institution(doc: Doc, ws: list[Word], a: int, b: int) -> Mention | None:
    """A run that opens with an institution's acronym, then a given name and a surname or more ("l'EHPAD Marie
    Curie", "au CHU Jean Dupont"): one name, the institution's; a place where it is visited, else a body."""
    if b - a < 3 or not ws[a].text.isupper() or fold(ws[a].text) not in lx.INSTITUTION_ACRONYMS:
        return None
    if not all(is_cap(w.text) and not w.text.isupper() for w in ws[a + 1 : b]):
        return None  # ("le CHU CHR": two acronyms, no one's name)
    if _office_of(ws, a):
        return None  # ("le directeur du CHU Jean Dupont": the director)
    label = LOC if visited(ws, a) or visit_of(ws, a) else ORG
    text = doc_text(doc)[ws[a].start : ws[b - 1].end]
    return Mention(text, label, ws[a].start, ws[b - 1].end, ws[a].i, ws[b - 1].j, ws[a].sent, a, b)


def saint_s_feast(doc: Doc, ws: list[Word], a: int, b: int) -> bool:
    """A saint's title and a name, then a possessive ending ("his St Patrick's programme", "a St Andrew's dinner"):
    the saint's feast, church or school, which the possessive owns; the saint is no participant of the story."""
    if b - a < 2 or fold(ws[a].text) not in lx.SAINTS:
        return False
    after = doc_text(doc)[ws[b - 1].end : ws[b - 1].end + 2]
    return after in lx.POSSESSIVES


def _head_qualifier(doc: Doc, ws: list[Word], k: int, a: int) -> bool:
    """The lower-case word at `k` qualifies a head before it: an adjective ("primaire"), or a bare noun after "de"
    ("de conférence"), or that "de" before one; never a verb ("la salle accueille X")."""
    if not doc.has_annotation("POS"):
        return False
    pos = doc[ws[k].i].pos_
    if fold(ws[k].text) in OF_WORDS:
        return k + 1 < a and doc[ws[k + 1].i].pos_ == "NOUN"
    bare_noun = pos == "NOUN" and k > 0 and fold(ws[k - 1].text) in OF_WORDS
    # (an adjective whose lemma is a word: the small model tags a verb "accueille" as one, with the lemma "accueill")
    lemma = doc[ws[k].i].lemma_
    adjective = pos == "ADJ" and (lemma == ws[k].text or fold(lemma) in lx.COMMON_WORDS)
    return adjective or bare_noun


def named_after_venue(doc: Doc, ws: list[Word], a: int, b: int, head: int | None = None) -> list[Mention]:
    """The building whose lower-case head stands before the name [a, b) (right before it, or at `head` before its
    qualifiers), when visited: the head and the name as one place, and the town after "de" as a place of its own ("au
    lycée Thérèse Planiol de Loches", "au lycée Tocqueville de Grasse"); not a particle's "de" ("au lycée Charles de
    Gaulle"). A room, which names no body, is a place wherever it is named ("la salle Félix Éboué accueillera").
    Nothing otherwise."""
    head = a - 1 if head is None else head
    if not (visited(ws, head) or visit_of(ws, head) or fold(ws[head].text) in lx.ROOM_HEADS):
        return []
    end, town = b, None
    for n in range(a + 1, b - 1):
        if fold(ws[n].text) not in OF_WORDS or not is_cap(ws[n + 1].text):
            continue
        rest = doc_text(doc)[ws[n + 1].start : ws[b - 1].end]
        if n - a >= _FULL_NAME_WORDS or lx.is_known_place(rest):
            end, town = n, (n + 1, b)
        break
    out = [_place(doc, ws, head, end)]
    if town is not None:
        out.append(_place(doc, ws, *town))
    return out


def _place(doc: Doc, ws: list[Word], a: int, b: int) -> Mention:
    text = doc_text(doc)[ws[a].start : ws[b - 1].end]
    return Mention(text, LOC, ws[a].start, ws[b - 1].end, ws[a].i, ws[b - 1].j, ws[a].sent, a, b)


def with_common_venues(doc: Doc, ws: list[Word], mentions: list[Mention], lang: str) -> list[Mention]:
    """The mentions with the venues every town has, named by common nouns ("dépôt de gerbe au monument aux morts", "au
    palais de justice", "at the county courthouse"), as places where something happens: after a place preposition,
    or on a programme's line of places ("Monument aux Morts, Albias"). Such a venue replaces the words of it a run
    took ("Morts"). One its complement names ("l'hôtel de ville de Nouméa", "le monument aux morts de la place
    Bir-Hakeim") is left to that name."""
    text = doc_text(doc)
    out = list(mentions)
    folded = [fold(w.text) for w in ws]  # each word once: the venues are tried at every word
    starting = _venues_by_first_word(lang)
    for k in range(len(ws)):
        end = next((k + len(v) for v in starting.get(folded[k], ()) if _written_at(ws, folded, k, v)), None)
        if end is None or _named_complement(ws, end):
            continue
        start, stop = ws[k].start, ws[end - 1].end
        if not (visited(ws, k) or in_venue_segment(text, start, stop)):
            continue
        out = [m for m in out if m.end <= start or m.start >= stop]
        out.append(Mention(text[start:stop], LOC, start, stop, ws[k].i, ws[end - 1].j, ws[k].sent, k, end))
    return sorted(out, key=lambda m: m.start)


@lru_cache(maxsize=8)
def _venues_by_first_word(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """A language's common venues by their first folded word, each word's in the table's order."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for venue in lx.common_venues(lang):
        found.setdefault(venue[0], []).append(venue)
    return {word: tuple(venues) for word, venues in found.items()}


def _written_at(ws: list[Word], folded: list[str], k: int, venue: tuple[str, ...]) -> bool:
    """The venue's folded words are the text's from `k` on (`folded`: the words of `ws`, folded), in one sentence."""
    end = k + len(venue)
    return end <= len(ws) and ws[end - 1].sent == ws[k].sent and tuple(folded[k:end]) == venue


def _named_complement(ws: list[Word], end: int) -> bool:
    """ "de Nouméa", "de la place Bir-Hakeim": "de", articles, then a capitalised name or a venue's head."""
    if end >= len(ws) or fold(ws[end].text) not in OF_WORDS:
        return False
    n = end + 1
    while n < len(ws) and fold(ws[n].text) in lx.ARTICLES:
        n += 1
    named = n < len(ws) and (is_cap(ws[n].text) or fold(ws[n].text) in lx.LOWER_VENUE_HEADS)
    return named and ws[n].sent == ws[end].sent


_QUOTED_NAME_WORDS = 6  # "« Le Petit Campagnard »": a premises' name is a few words
_OPENING = ("«", "“", '"')
_CLOSING = ("»", "”", '"')


def with_quoted_venues(doc: Doc, ws: list[Word], mentions: list[Mention]) -> list[Mention]:
    """The mentions with the premises whose name is put between quotation marks right after their noun ("la visite du
    café « Le Central »", "le bâtiment « Justus Lipsius »") as places, the quoted name whole with its article; it
    replaces what a run took of it (the quotation says what the name is, no person, no title of a work)."""
    text = doc_text(doc)
    out = list(mentions)
    for k in range(1, len(ws) - 2):
        if ws[k].text not in _OPENING or not _premises_noun(ws[k - 1]) or ws[k - 1].sent != ws[k].sent:
            continue
        last = min(len(ws), k + 2 + _QUOTED_NAME_WORDS)
        close = next((n for n in range(k + 1, last) if ws[n].text in _CLOSING), None)
        if close is None or close == k + 1 or any(w.sent != ws[k].sent for w in ws[k:close]):
            continue
        inside = ws[k + 1 : close]
        if not is_cap(inside[0].text) or not all(is_cap(w.text) or fold(w.text) in lx.CONNECTORS for w in inside):
            continue
        start, stop = inside[0].start, inside[-1].end
        out = [m for m in out if m.end <= start or m.start >= stop]
        out.append(Mention(text[start:stop], LOC, start, stop, inside[0].i, inside[-1].j, ws[k].sent, k + 1, close))
    return sorted(out, key=lambda m: m.start)


def _premises_noun(w: Word) -> bool:
    """A building's or a premises' noun in lower case ("café", "bâtiment", "café-restaurant")."""
    return w.text.islower() and fold(w.text).split("-")[-1] in lx.QUOTED_VENUE_HEADS


def with_named_halls(ws: list[Word], mentions: list[Mention], text: str) -> list[Mention]:
    """A hall named by its kind in sentence case, then after whom it is named: "au Centre international de conférences
    Abdou-Diouf", "au Palais des sports Jean Dupont". Where something happens (after a place preposition), the kind
    and the name are one place, no body and no person. The kind must end in lower case: after a name ("au Palais de
    l'Élysée Emmanuel Macron") the next capitals are someone else."""
    out: list[Mention] = []
    k = 0
    ordered = sorted(mentions, key=lambda m: m.start)
    while k < len(ordered):
        hall = ordered[k]
        person = ordered[k + 1] if k + 1 < len(ordered) else None
        if person is not None and _named_hall(ws, hall, person):
            out.append(
                Mention(
                    text[hall.start : person.end], LOC, hall.start, person.end, hall.i, person.j, hall.sent, hall.wa,
                    person.wb,
                )
            )  # fmt: skip
            k += 2
            continue
        out.append(hall)
        k += 1
    return out


def _named_hall(ws: list[Word], hall: Mention, person: Mention) -> bool:
    """`hall` is a hall's kind ending in lower case, visited; `person` a name of two words or more right after it."""
    if hall.label == PER or person.label == LOC or person.wa != hall.wb or person.sent != hall.sent:
        return False
    head = ws[hall.wa]
    if not is_cap(head.text) or fold(head.text) not in lx.BUILDING_WORDS | lx.VENUE_WORDS:
        return False
    if hall.wb - hall.wa < 2 or not ws[hall.wb - 1].text.islower() or not visited(ws, hall.wa):
        return False
    parts = [p for w in ws[person.wa : person.wb] for p in w.text.split("-")]
    return 2 <= len(parts) <= 4 and all(is_cap(p) for p in parts)


_TOWN_WORDS = 2  # "d'Abengourou", "de Saint Pierre": the town after a venue's own name is a word or two


def with_towns_apart(ws: list[Word], mentions: list[Mention], lang: str) -> list[Mention]:
    """The places that are a lower-case venue head, a full name and "de" with a town ("au stade Henri Konan Bédié
    d'Abengourou", "la rue Victor Hugo de Montreuil") as two places: the venue by its own name and the town it
    stands in, as `named_after_venue` cuts a school's; the recogniser keeps such a town in the name when no list
    knows it."""
    out: list[Mention] = []
    for m in mentions:
        split = _venue_town_split(ws, m, lang) if m.label == LOC else None
        if split is None:
            out.append(m)
            continue
        out += [_span(ws, m, m.wa, split), _span(ws, m, split + 1, m.wb)]
    return out


def _venue_town_split(ws: list[Word], m: Mention, lang: str) -> int | None:
    """The "de" between the venue's full name and its town in the mention, or None."""
    if not ws[m.wa].text.islower() or fold(ws[m.wa].text) not in lx.lower_venue_heads(lang):
        return None
    for n in range(m.wa + 1 + _FULL_NAME_WORDS, m.wb - 1):
        if fold(ws[n].text) not in OF_WORDS:
            continue
        named = all(is_cap(w.text) for w in ws[m.wa + 1 : n])
        town = ws[n + 1 : m.wb]
        return n if named and len(town) <= _TOWN_WORDS and all(is_cap(w.text) for w in town) else None
    return None


def _span(ws: list[Word], m: Mention, a: int, b: int) -> Mention:
    """The mention cut to its words [a, b)."""
    start, end = ws[a].start, ws[b - 1].end
    return replace(
        m, text=m.text[start - m.start : end - m.start], start=start, end=end, i=ws[a].i, j=ws[b - 1].j, wa=a, wb=b
    )


# a room's, a gate's or a road's number: one to four digits, or letters and digits ("28", "2", "B2", "4A"); a year
# is a date ("Hall 2024" is none)
_VENUE_NUMBER = re.compile(r"\d{1,3}[A-Za-z]?|[A-Z]{1,2}\d{1,3}")


def with_numbered_venues(doc: Doc, ws: list[Word], mentions: list[Mention]) -> list[Mention]:
    """A room, a hall, a gate or a road named by its number ("Gallery 28 is closed", "at Terminal 2", "sur la
    route 7", "dans le bâtiment B2"): the noun and its number are one place. A mention that stops at the noun ("Route",
    "Terminal") takes the number; the noun must be capitalised, or in lower case after a place preposition."""
    text = doc_text(doc)
    out = list(mentions)
    for k in range(len(ws) - 1):
        head, number = ws[k], ws[k + 1]
        if fold(head.text) not in lx.NUMBERED_VENUE_HEADS or number.sent != head.sent:
            continue
        if not _VENUE_NUMBER.fullmatch(number.text) or not (is_cap(head.text) or visited(ws, k)):
            continue
        if k + 2 < len(ws) and fold(ws[k + 2].text).rstrip(".") in lx.MONTH_WORDS:
            continue  # ("Hall 28 November"): a date, not the venue's number
        ending = next((m for m in out if m.wb == k + 1 and m.sent == head.sent), None)
        covering = [m for m in out if m.wa <= k + 1 < m.wb or m.wa <= k < m.wb]
        if covering and ending is None:
            continue  # the words are inside another name already
        first = ending.wa if ending is not None and ending.label != PER else k
        if ending is not None:
            out.remove(ending)
        start = ws[first].start
        out.append(
            Mention(text[start : number.end], LOC, start, number.end, ws[first].i, number.j, head.sent, first, k + 2)
        )
    return out


# a house's number after its street: one to three digits, maybe a letter or "bis"/"ter" ("140", "1", "12b"); four
# digits are a postcode or a year ("rue Garibaldi 1000 Tunis")
_HOUSE_NUMBER = re.compile(r"\d{1,3}[a-z]?")
_HOUSE_NUMBER_ENDS = (",", ".", ";", ")", "(", "\n")  # what may follow the number: the address ends


def with_house_numbers(doc: Doc, ws: list[Word], mentions: list[Mention]) -> list[Mention]:
    """A street's name with the house number written after it, as Belgium and Switzerland write an address
    ("avenue Charles-Quint 140.", "Place du Grand Saint-Jean 1 à Lausanne"): the street and its number are one place,
    the building's address. The number must end the address: punctuation, a line's end or a place preposition after
    it ("la rue Haute 3 fois" is no address), and no month ("rue Neuve 12 mars")."""
    text = doc_text(doc)
    out = []
    for m in mentions:
        k = m.wb
        if m.label != LOC or fold(ws[m.wa].text) not in lx.STREET_WORDS or k >= len(ws) or ws[k].sent != m.sent:
            out.append(m)
            continue
        number = ws[k]
        after = text[number.end : number.end + 1]
        ends = not after or after in _HOUSE_NUMBER_ENDS or text[number.end :].startswith(" (")
        ends = ends or k + 1 < len(ws) and fold(ws[k + 1].text) in lx.PLACE_PREPOSITIONS and ws[k + 1].sent == m.sent
        if text[m.end : number.start] != " " or not _HOUSE_NUMBER.fullmatch(number.text) or not ends:
            out.append(m)
            continue
        out.append(replace(m, text=text[m.start : number.end], end=number.end, j=number.j, wb=k + 1))
    return out


_NUMBER_FIRST = re.compile(r"\d{1,5}[A-Za-z]?")  # a house's number before its street: "300", "58a", "8081"
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")  # a street named by its rank: "E 248th Street"
_YEAR = re.compile(r"1[89]\d\d|20\d\d")  # "December, 2009 E 248th Street Sewer Project": a date's year
_STREET_NAME_WORDS = 4  # "W. Martin Luther King Blvd.": a compass point's initial and the street's own name


def with_numbered_addresses(doc: Doc, ws: list[Word], mentions: list[Mention]) -> list[Mention]:
    """A street's address with its house number written first, after a word that opens an address ("at 300 Slater
    Street", "located at 113 W. Mountain St."): the number, the street's capitalised name (a compass point's initial
    included) and its last word, whole or short, are one place, the address as the page writes it, whatever the words
    inside it were read as ("W. Mountain" is no person). A comma after a building's name opens one too ("the offices
    of Acme House, 4 Elm Road"). The opener keeps out a count before a name ("8 Main Street shops") and a street's
    number in a list of works."""
    text = doc_text(doc)
    out = list(mentions)
    for k in range(2, len(ws) - 1):
        if not _opens_address(ws, k - 1) or ws[k - 1].sent != ws[k].sent:
            continue
        if not _NUMBER_FIRST.fullmatch(ws[k].text) or _YEAR.fullmatch(ws[k].text):
            continue
        if (end := _street_end(ws, k + 1)) is None or end + 1 < len(ws) and _goes_on(ws, end + 1):
            continue
        start, stop = ws[k].start, ws[end].end
        out = [m for m in out if m.end <= start or stop <= m.start]
        out.append(Mention(text[start:stop], LOC, start, stop, ws[k].i, ws[end].j, ws[k].sent, k, end + 1))
    return out


def _goes_on(ws: list[Word], n: int) -> bool:
    """A capitalised word at `n`, in the sentence of the word before it: the street's name is a longer name's part ("12
    Elm Road Sewer Project"), no address's end."""
    return ws[n].sent == ws[n - 1].sent and is_cap(ws[n].text)


def _opens_address(ws: list[Word], k: int) -> bool:
    """The word at `k` opens an address: a word of the language that does ("at"), or a comma after a capitalised word,
    the building's name ("Acme House, 4 Elm Road"; not a date's day, "March 3, 4 Elm Road residents", nor a street
    listed before, "8 Main St., 12 Main St.": the street is named once in such a list)."""
    if fold(ws[k].text) in lx.ADDRESS_OPENERS:
        return True
    before = ws[k - 1]
    named = is_cap(before.text) and fold(before.text) not in lx.ADDRESS_ENDS
    return ws[k].text == "," and before.sent == ws[k].sent and named


def _street_end(ws: list[Word], n: int) -> int | None:
    """Where the last word of a street named from `n` on stands ("Slater Street", "W. Wheeling St."), capitalised words
    or a rank before it, in one sentence; None when the words there name no street."""
    for e in range(n, min(n + _STREET_NAME_WORDS + 1, len(ws))):
        w = ws[e]
        if w.sent != ws[n].sent:
            return None
        if e > n and is_cap(w.text) and fold(w.text) in lx.ADDRESS_ENDS:
            return e
        if not (is_cap(w.text) or _ORDINAL.fullmatch(w.text)):
            return None
    return None


_ROAD_DASHES = ("-", "–", "—")  # between the towns a road joins: "route Fatick – Foundiougne", "route Dakar-Thiès"


def with_roads_between_towns(ws: list[Word], mentions: list[Mention]) -> list[Mention]:
    """A road named by the towns it joins, after its lower-case street word ("la route Fatick – Foundiougne", "la
    route Kaffrine-Nganda"): no street of its own, but its towns, each a place, when the lists know them all (a
    street named after a person is no such pair, "rue Jean-Jaurès", nor a town's own hyphenated name, "route
    Bobo-Dioulasso")."""
    return [part for m in mentions for part in _road_towns(ws, m) or [m]]


def _road_towns(ws: list[Word], m: Mention) -> list[Mention] | None:
    """The towns of a road `m` names by them, or None when `m` is no such road."""
    if m.label != LOC or m.wb - m.wa != 2 or not ws[m.wa].text.islower() or fold(ws[m.wa].text) not in lx.STREET_WORDS:
        return None
    name = ws[m.wa + 1]
    parts = name.text.split("-")
    if len(parts) > 1 and not lx.is_known_place(name.text) and all(map(lx.is_known_place, parts)):
        out, start = [], name.start
        for part in parts:
            out.append(Mention(part, LOC, start, start + len(part), name.i, name.j, m.sent, m.wa + 1, m.wb))
            start += len(part) + 1
        return out
    k = m.wb
    joined = k + 1 < len(ws) and ws[k].text in _ROAD_DASHES and ws[k + 1].sent == m.sent
    if not joined or not lx.is_known_place(name.text) or not lx.is_known_place(ws[k + 1].text):
        return None
    return [Mention(name.text, LOC, name.start, name.end, name.i, name.j, m.sent, m.wa + 1, m.wb)]
