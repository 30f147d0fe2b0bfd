"""Runs of capitalised words, the candidates for names, and where to cut them.

A run may hold a title ("Foreign Secretary David Lammy"), a party member ("a Maryland Democrat"), a
role's complement before a person ("le secrétaire général de l'ONU Kofi Annan") or two names joined by
a connector ("Pour la Grèce"): `split_run` cuts them into the parts that can each be one name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.groups import capitalised_plural
from generator.extract.ner.particles import (
    ARTICLES,
    article_before_a_thing,
    given_word,
    is_particle,
    particle_end,
    particle_names,
    particles_and_surname,
    surname_start,
)
from generator.extract.ner.roles import singular_role
from generator.extract.ner.text import doc_text
from generator.extract.ner.words import (
    CONNECTORS,
    NAME_PARTICLES,
    PER,
    Word,
    demonym_after_article,
    ent_label,
    is_acronym,
    is_cap,
    sentence_start,
    time_initials,
)
from generator.lang import language, names
from generator.lang.equivalents import SAINT_WORDS


def in_a_style(ws: list[Word], n: int) -> bool:
    """The capitalised word at `n` is a possessive or an adjective of a style, which reaches its honorific over the
    style's other words ("Leurs Majestés", "Leurs Altesses Royales", "Their Royal Highnesses"): no name."""
    if fold(ws[n].text) not in lx.STYLE_WORDS:
        return False
    for step in (1, -1):
        k = n + step
        while 0 <= k < len(ws) and ws[k].sent == ws[n].sent and is_cap(ws[k].text):
            key = fold(ws[k].text)
            if key in lx.HONORIFICS:
                return True
            if key not in lx.STYLE_WORDS:
                break
            k += step
    return False


def middle_initial(ws: list[Word], k: int) -> bool:
    """The one-letter word with a full stop at `k` stands between a given name and a capitalised word, all on one line
    ("Patrice M. Arent", "Deidre M. Henderson"): the initial of a middle name, though the same letter is a man's
    honorific before a surname ("M. Macron"), which no given name precedes."""
    if not (0 < k < len(ws) - 1 and re.fullmatch(r"[A-Z]\.", ws[k].text)):
        return False
    before, after = ws[k - 1], ws[k + 1]
    spaced = before.end + 1 == ws[k].start and ws[k].end + 1 == after.start
    return spaced and before.sent == after.sent and fold(before.text) in lx.FIRST_NAMES and is_cap(after.text)


def _opening_abbreviation(ws: list[Word], n: int, k: int) -> bool:
    """The word at `k` opens the run at `n` and is a short word whose full stop ends no name ("St. Louis", "St. Mary of
    the Assumption Church"); after other words it ends one ("on Main St. Mary said": the street's "St.")."""
    return k == n and fold(ws[k].text) in lx.NAME_OPENING_ABBREVIATIONS


def _owned(word: str) -> bool:
    """The capitalised word after a name's "'s" is something the name has, no part of it: a month or a day ("Acme's
    July move", "Apple's Monday event") or another organisation ("Hamas's Telegram channel")."""
    return fold(word) in lx.MONTH_WORDS | lx.WEEKDAYS or lx.known_organisation(word)


def candidate_runs(doc: Doc, ws: list[Word]) -> list[tuple[int, int]]:
    """Runs of capitalised words (word indices [a, b)), connectors allowed inside ("Quai d'Orsay")."""
    runs: list[tuple[int, int]] = []
    n = 0
    while n < len(ws):
        if not is_cap(ws[n].text) or fold(ws[n].text) in lx.HONORIFICS or in_a_style(ws, n):
            n += 1
            continue
        m = n + 1
        while (
            m < len(ws)
            and ws[m].sent == ws[n].sent
            and "\n" not in doc_text(doc)[ws[m - 1].end : ws[m].start]
            # "à Paris.- Jean Tiberi": a full stop ends the name, unless a short word's that opens it ("St. Louis")
            and not (re.search(r"\w{2}[.;:!?]-?$", ws[m - 1].text) and not _opening_abbreviation(ws, n, m - 1))
            # "Washington, D.C. She later studied", "she and I. My apartment": after an abbreviation's or a letter's
            # full stop, a pronoun or a possessive determiner opens a sentence
            and not (ws[m - 1].text.endswith(".") and fold(ws[m].text) in lx.SENTENCE_OPENERS)
        ):
            if ws[m - 1].end == ws[m].start and ws[m].text in lx.POSSESSIVES:
                # "National People's Congress" goes on; "Russia's Rosneft" stops (a place owns the next name), and
                # so does "NPR's Jane Roe" (an outlet names its reporter or its programme: "CNN's State of the Union")
                nxt = ws[m + 1] if m + 1 < len(ws) else None
                glued = nxt is not None and is_cap(nxt.text) and nxt.sent == ws[n].sent and not _owned(nxt.text)
                owner = doc_text(doc)[ws[n].start : ws[m - 1].end]
                if glued and not lx.is_place(owner) and not lx.known_organisation(owner):
                    m += 2
                    continue
                break
            # "D’Alema": an elided particle glued to the capitalised rest of the same name (not an article: "L’Express")
            elided = ws[m - 1].text[-1:] in "'’" and (
                fold(ws[m - 1].text.replace("’", "'")) not in lx.ARTICLES or _elided_particle(ws, n, m - 1)
            )
            if elided and ws[m - 1].end == ws[m].start and is_cap(ws[m].text):
                m += 1
                continue
            if is_cap(ws[m].text) and doc_text(doc)[ws[m - 1].end : ws[m].start] == " ":
                if (fold(ws[m].text) in lx.HONORIFICS and not middle_initial(ws, m)) or in_a_style(ws, m):
                    break
                m += 1
                continue
            # "Trinidad and Tobago", "Saint Vincent et les Grenadines", "Jammu and Kashmir": one place
            start, joined = _coordinated_place(doc, ws, n, m)
            if joined > m:
                if start > n:
                    runs.append((n, start))  # ("The Prime Minister of Saint Kitts and Nevis": the place apart)
                n, m = start, joined
                continue
            if _ampersand_inside(doc, ws, m):
                m += 1  # "Matt & Kim", "Amadou & Mariam", "Marks & Spencer": one name
                continue
            # "Department of Education and Sciences", "Environment and Public Works Committee"
            if fold(ws[m].text) in lx.AND_WORDS | {"&"} and m + 1 < len(ws) and is_cap(ws[m + 1].text):
                end = m + 1
                while end < len(ws) and is_cap(ws[end].text) and ws[end].sent == ws[n].sent:
                    end += 1
                left = {fold(w.text) for w in ws[n:m]} & lx.ORG_WORDS
                right = {fold(w.text) for w in ws[m + 1 : end]} & lx.ORG_WORDS
                last = ws[end - 1].text
                # "Department of Health and Human Services": a complement goes on; two full names do not
                # (after its first organisation word: "Leaders of the Communist Party and Komeito" is two names)
                heads = [k for k in range(n, m) if fold(ws[k].text) in lx.ORG_WORDS]
                complement = bool(heads) and any(fold(w.text) in lx.ROLE_OF_WORDS for w in ws[heads[0] : m])
                # ("Japanese Communist Party and Komeito": a name that ends with its organisation word is whole)
                # ("the Presidential and National Assembly elections": "and" joins what names two elections)
                after = end
                while after + 1 < len(ws) and fold(ws[after].text) in CONNECTORS and is_cap(ws[after + 1].text):
                    after += 2  # ("Governorship and Houses of Assembly elections")
                elections = after < len(ws) and ws[after].text.islower() and fold(ws[after].text) in lx.ELECTION_NOUNS
                if (
                    (bool(right) and not left or complement)
                    and not elections
                    and fold(ws[m + 1].text) not in lx.PARTISANS  # "Joe Biden and Democrats": two names
                    and not lx.is_nationality(ws[m + 1].text)
                    and not lx.is_place(ws[m + 1].text)
                    and not lx.is_nationality(last)
                    and not _two_chambers(ws, n, m, end)
                ):
                    m += 1
                    continue
            # connectors: "Quai d'Orsay", "Bank of England", "Charles de Gaulle"
            c = m
            if fold(ws[m].text) in lx.ORG_CONNECTORS and fold(ws[m - 1].text) in lx.FIELD_HEADS:
                c += 1  # "Senate Committee on Homeland Security"
            while c < len(ws) and fold(ws[c].text) in CONNECTORS and c - m < 2:
                c += 1
            if c > m and c < len(ws) and is_cap(ws[c].text) and ws[c].sent == ws[n].sent:
                m = c + 1
                continue
            break
        runs.append((n, m))
        n = m
    return runs


def _elided_particle(ws: list[Word], n: int, k: int) -> bool:
    """ "Pierre Charles L’Enfant", "Jean L’Hermite": an elided article that is also a surname's particle ("l'"),
    capitalised inside a run right after a known given name, begins the surname; elsewhere it is the article of a
    title ("L’Express", "à L’Isle-Adam")."""
    return k > n and is_particle(ws[k].text) and fold(ws[k - 1].text) in lx.FIRST_NAMES and ws[k].text[:1].isupper()


def _ampersand_inside(doc: Doc, ws: list[Word], k: int) -> bool:
    """A spaced ampersand at `k` between two capitalised words of one line joins one name: a firm's ("Marks &
    Spencer", "Simon & Schuster"), a band's or a duo's ("Matt & Kim", "Amadou & Mariam"); a list of two names says
    "and". Not between words in capitals (a headline's "SPORT & CULTURE"), listed fields, nor authors."""
    if ws[k].text != "&" or k == 0 or k + 1 >= len(ws) or ws[k - 1].sent != ws[k + 1].sent:
        return False
    before, after = ws[k - 1].text, ws[k + 1].text
    spaced = doc_text(doc)[ws[k - 1].end : ws[k].start] == " " == doc_text(doc)[ws[k].end : ws[k + 1].start]
    if not (spaced and is_cap(before) and is_cap(after)) or before.isupper() and after.isupper():
        return False
    # (a plural after a plural or a dictionary word: two fields a name or a menu lists, "Museum of Boats, Steams &
    # Stories", "Full Schedule & Results"; not "Pacific Gas & Electric")
    listed = capitalised_plural(after) and fold(after) not in lx.FIRST_NAMES
    fields = listed and (capitalised_plural(before) or fold(before) in lx.COMMON_WORDS)
    # (authors, cited or signing: "Smith, A. & Nielsen", "Martine Bulard & Sung Il-kwon": a person named before it)
    initial = _INITIAL.fullmatch(before) is not None
    person = (
        k >= 2 and ws[k - 2].sent == ws[k].sent and is_cap(ws[k - 2].text) and fold(ws[k - 2].text) in lx.FIRST_NAMES
    )
    return not (fields or initial or person)


_PLACE_ARTICLES = 1  # "Saint Vincent et les Grenadines": the article the second part of a place's name may take
_PLACE_TAIL = 2  # "Turks and Caicos Islands": the capitalised words of that second part


def _coordinated_place(doc: Doc, ws: list[Word], n: int, m: int) -> tuple[int, int]:
    """Where a place's name that "and" at `m` coordinates inside starts and ends: words of the run from `n` up to the
    "and" and the capitalised words after it (maybe after an article) are one country's, territory's or region's
    name the lists know whole; (n, m) when there is none."""
    if fold(ws[m].text) not in lx.AND_WORDS:
        return n, m
    k = m + 1
    while k < len(ws) and k - m <= _PLACE_ARTICLES and ws[k].text.islower() and fold(ws[k].text) in lx.ARTICLES:
        k += 1
    end = k
    while end < len(ws) and end - k < _PLACE_TAIL and ws[end].sent == ws[n].sent and is_cap(ws[end].text):
        end += 1
    for start in range(n, m):
        for e in range(end, k, -1):
            if lx.is_coordinated_place(doc_text(doc)[ws[start].start : ws[e - 1].end]):
                return start, e
    return n, m


# Limits of the run cutter, in one table.
@dataclass(frozen=True)
class _Limits:
    role_complement_run: int = 3  # a role's complement then a person: three words at least
    person_tail_words: int = 2  # after a role's complement, the person is the last two words by default
    recognised_person_words: int = 3  # "Décès de X Y": a connector after one common word, then two or more


LIMITS = _Limits()

Parts = list[tuple[int, int]]


def split_run(doc: Doc, ws: list[Word], a: int, b: int, lang: str) -> Parts:
    """Cut a run where it joins two things: connectors between separate names, titles before a name.

    Each cut below looks for one kind of join and returns the parts, or None when it sees none; the first
    that sees one decides, and the connector cut is the last word.
    """
    whole = doc_text(doc)[ws[a].start : ws[b - 1].end]
    if lx.place_name(whole, lang) or fold(whole) in lx.INSTITUTIONS:
        return [(a, b)]  # "Irlande du Nord", "Quai d'Orsay"
    if any(fold(w.text) in lx.AND_WORDS for w in ws[a:b]) and lx.is_coordinated_place(whole):
        return [(a, b)]  # "Saint Vincent and the Grenadines", "Jammu and Kashmir"
    while a < b and fold(ws[a].text) in CONNECTORS and ws[a].text.islower():
        a += 1
    if a >= b:
        return []
    if (named := _after_qualifier(ws, a, b)) > a:
        return split_run(doc, ws, named, b, lang)
    for cut in (
        _initials_before_event,
        _body_before_event_end,
        _after_title,
        _before_recognised_person,
        _place_then_institution,
        _place_then_person,
        _given_name_after_common_word,
        _person_after_role_complement,
    ):
        parts = cut(doc, ws, a, b, lang)
        if parts is not None:
            return parts
    return _at_connectors(doc, ws, a, b, lang)


def _is_title(ws: list[Word], k: int, b: int, key: str, nationality_precedes_noun: bool, has_org_word: bool) -> bool:
    """A role, an honorific, a party member or a nationality that stands before a name in a run."""
    nationality = lx.is_nationality(key) and not has_org_word  # "Israeli Defense Forces" is one name
    nationality = nationality and not _titled_nationality(ws, k, b)
    return (
        lx.is_role_head(key)
        or (key in lx.HONORIFICS and not middle_initial(ws, k))
        or key in lx.PARTISANS
        or (nationality and nationality_precedes_noun)  # "Israeli Prime Minister"
        or (nationality and k < b - 1)  # "le Britannique Richard Reid"
        # "le Marseillais Paul Roux": a given name and a surname after it ("the American Enterprise Institute" is one)
        or (demonym_after_article(ws, k) and not has_org_word and k < b - 2)
        # "Councilpersons Jones": a plural role word before a name of capitalised words only is the title of the list it
        # opens ("the Directors Guild of America" is one name)
        or (k < b - 1 and not has_org_word and singular_role(key) is not None and _names_only(ws, k + 1, b))
        # (not before a place's kind word alone: "Founders Park", "Soldiers Field" name a place after those people)
        and not (k == b - 2 and fold(ws[b - 1].text) in lx.VENUE_WORDS | lx.BUILDING_WORDS)
    )


def _titled_nationality(ws: list[Word], k: int, b: int) -> bool:
    """A nationality that ends its run right after a capitalised title's article inside a sentence ("told The
    Namibian", "a report in The Australian"): a newspaper's title, no nationality before a name."""
    if k != b - 1 or k == 0 or not is_cap(ws[k - 1].text) or ws[k - 1].sent != ws[k].sent:
        return False
    return fold(ws[k - 1].text) in lx.TITLE_ARTICLES and not sentence_start(ws, k - 1)


def _names_only(ws: list[Word], a: int, b: int) -> bool:
    """Words [a, b) are capitalised, with no connector between them."""
    return all(is_cap(w.text) and fold(w.text) not in CONNECTORS for w in ws[a:b])


def _after_title(doc: Doc, ws: list[Word], a: int, b: int, lang: str) -> Parts | None:
    """Titles, nationalities and party members inside a capitalised run ("Foreign Secretary David Lammy",
    "French President Emmanuel Macron", "a Maryland Democrat"): the name is what follows the last one."""
    if _named_after_a_titled_person(ws, a, b):
        return None
    has_org_word = any(fold(w.text) in lx.ORG_WORDS for w in ws[a:b])
    surnames = particle_names(doc, ws, lang)
    nationality_precedes_noun = language(lang).nationality_precedes_noun
    first_title = last_title = -1
    titles = []
    for k in range(a, b):
        if k > 0 and surnames.get(fold(doc_text(doc)[ws[k - 1].start : ws[k].end])):
            continue  # "Bruno Le Maire", "M. Le Maire": a surname that holds a role word
        title = _is_title(ws, k, b, fold(ws[k].text), nationality_precedes_noun, has_org_word) and not time_initials(
            ws, k
        )
        if title and not _names_a_body(ws, k, b):
            last_title = k
            first_title = k if first_title < a else first_title
            titles.append(k)
    if last_title < a:
        return None
    listed = _titled_names_between(ws, titles)
    # ("Ohio Gov. John Kasich", "Texas Sen. Jane Roe": the place the office serves, written before it, is a place)
    # (an office's word, not a nationality: "Gulf Arab power")
    office = first_title > a and lx.is_role_head(ws[first_title].text)
    seat = [(a, first_title)] if office and _known_place(doc, ws, a, first_title, lang) else []
    # ("NATO Secretary-General X", "MDOT Deputy Secretary X": the body whose office it is, by its initials, is an
    # organisation of its own)
    seat = seat or ([(a, a + 1)] if office and _initials_before_office(ws, a, first_title) else [])
    if last_title == b - 1 and last_title > a and has_org_word and is_acronym(ws[last_title].text):
        return [(a, last_title)]  # "an MK Party MP", "the Tesco Group CEO": the organisation, then its member
    partisan = [(a, last_title)] if last_title > a and fold(ws[last_title].text) in lx.PARTISANS else []
    return (partisan or seat) + listed + (split_run(doc, ws, last_title + 1, b, lang) if last_title < b - 1 else [])


_TITLED_NAME_WORDS = (2, 4)  # a given name and a surname, maybe a middle name or an initial between


def _titled_names_between(ws: list[Word], titles: list[int]) -> Parts:
    """A line that lists people with their titles and no comma ("Senator Jane Roe Delegate John Q. Doe"): the words
    between two titles that open with a common given name and hold only capitalised words are a person too, named
    after the first title (the name after the last title is the run's own)."""
    parts: Parts = []
    for one, other in zip(titles, titles[1:], strict=False):
        start, end = one + 1, other
        if not _TITLED_NAME_WORDS[0] <= end - start <= _TITLED_NAME_WORDS[1]:
            continue
        if fold(ws[start].text) in lx.FIRST_NAMES and _names_only(ws, start, end) and ws[end - 1].text[-1:] != ".":
            parts.append((start, end))
    return parts


def _initials_before_event(doc: Doc, ws: list[Word], a: int, b: int, lang: str) -> Parts | None:
    """ "the NATO Summit", "the APEC Economic Leaders' Summit", "the KNDF Board Meeting", "the APEC Summits": an
    event's name that opens on initials in capitals (no place's: "US Open") is the event of the body they name, an
    organisation of its own; the event's words stay apart (and are no entity)."""
    while b - a > 2 and fold(ws[a].text) in lx.ARTICLES | lx.STOP_WORDS:
        a += 1  # ("The KNDF Board Meeting", "At the NATO Summit" opening a sentence)
    first = ws[a].text
    if b - a < 2 or not (is_acronym(first) and first.isalpha() and first.isupper()) or lx.is_place(first):
        return None
    event = any(fold(w.text) in lx.EVENT_WORDS for w in ws[a + 1 : b]) or fold(ws[b - 1].text) in lx.event_ends(lang)[0]
    return [(a, a + 1), (a + 1, b)] if event else None


def _body_before_event_end(doc: Doc, ws: list[Word], a: int, b: int, lang: str) -> Parts | None:
    """ "the Society of Authors Annual Awards", "the Parks Association Awards Presentation": an event's name that ends
    on its head words in a language that puts them last, after a body's name (an organisation word in it), is the
    body's event: the body is an organisation of its own, the event's words stay apart (and are no entity)."""
    ends, modifiers = lx.event_ends(lang)
    k = b
    while k > a and fold(ws[k - 1].text) in ends:
        k -= 1
    while b > k > a and fold(ws[k - 1].text) in modifiers:
        k -= 1
    if k in (a, b) or not any(fold(w.text) in lx.ORG_WORDS for w in ws[a:k]):
        return None
    return [(a, k), (k, b)]


def _initials_before_office(ws: list[Word], a: int, title: int) -> bool:
    """The run opens on an acronym in capitals, then the office (with its modifiers: "Deputy", "Executive") begins:
    the initials name the body the office belongs to ("WHO Director-General X" too: in capitals before an office,
    the word is no pronoun)."""
    if not is_acronym(ws[a].text) or not ws[a].text.isalpha() or not ws[a].text.isupper():
        return False
    return all(fold(w.text) in lx.ROLE_MODIFIERS or lx.is_role_head(w.text) for w in ws[a + 1 : title])


def _named_after_a_titled_person(ws: list[Word], a: int, b: int) -> bool:
    """ "Prince Edward Island", "Queen Elizabeth Park", "King Edward Memorial": a title, a name, then a venue's or a
    site's word closing the run is a place named after someone, whole, not a title before a person."""
    first, last = fold(ws[a].text), fold(ws[b - 1].text)
    titled = first in lx.PEERAGE_TITLES or lx.is_role_head(ws[a].text)
    return b - a > 2 and titled and last in lx.VENUE_WORDS | lx.VENUE_ENDS | lx.BUILDING_WORDS


def _known_place(doc: Doc, ws: list[Word], a: int, b: int, lang: str) -> bool:
    """The words [a, b) are a place the gazetteer knows."""
    return lx.place_name(doc_text(doc)[ws[a].start : ws[b - 1].end], lang) is not None


def _names_a_body(ws: list[Word], k: int, b: int) -> bool:
    """ "the UN General Assembly", "the General Civil Aviation Authority": a role word with an organisation word after
    it in the same run opens the body's name, not a person's title ("World Bank President David Malpass": the
    organisation word comes first)."""
    if not lx.is_role_head(ws[k].text):
        return False
    for w in ws[k + 1 : b]:
        if fold(w.text) in CONNECTORS:
            return False  # "Chief Executive Officer of the Port Authority": the title, then what it heads
        if fold(w.text) in lx.ORG_WORDS:
            return True
    return False


def _before_recognised_person(doc: Doc, ws: list[Word], a: int, b: int, lang: str) -> Parts | None:
    """ "(de l')UDF Philippe Douste-Blazy", "(de) Bavière Edmund Stoiber": the recogniser's person begins inside
    the run after an acronym, a place or an institution."""
    if not doc.has_annotation("ENT_IOB"):
        return None
    if particles_and_surname(ws, a, b):
        return None  # "M. VAN DER BERGHE": particles in capitals are no acronym before a name, but the surname's
    for k in range(a + 1, b - 1):
        if doc[ws[k].i].ent_type_ == PER and all(is_cap(w.text) or is_particle(w.text) for w in ws[k:b]):
            head = doc_text(doc)[ws[a].start : ws[k - 1].end]
            if is_acronym(head) or lx.place_name(head, lang) or fold(head) in lx.INSTITUTIONS:
                return [(a, k), *split_run(doc, ws, k, b, lang)]
    return None


def _place_then_institution(doc: Doc, ws: list[Word], a: int, b: int, lang: str) -> Parts | None:
    """ "United States Senate": a place, then the institution named after it; not a club, its town and its closing
    word ("Leeds United", "Leicester City": the word, as written, names no institution of the town)."""
    if ws[b - 1].text in lx.CLUB_SUFFIXES:
        return None
    for k in range(b - 1, a, -1):
        place = lx.place_name(doc_text(doc)[ws[a].start : ws[k - 1].end], lang)
        last = fold(ws[b - 1].text)
        if place and b - k == 1 and last in lx.ORG_WORDS and last not in lx.OUTLET_WORDS:
            return [(a, k), (k, b)]
    return None


def _place_then_person(doc: Doc, ws: list[Word], a: int, b: int, lang: str) -> Parts | None:
    """ "envoy to Ukraine Kurt Volker", "la députée UMP Laure de la Raudière": a known place or an acronym (a
    party's), then a given name and a surname (a common given name, or name-shaped words after a role word)."""
    after_role = any(lx.is_role_head(w.text) for w in ws[max(0, a - 3) : a] if w.sent == ws[a].sent)
    for k in range(a + 1, b - 1):
        head = doc_text(doc)[ws[a].start : ws[k - 1].end]
        if not (lx.place_name(head, lang) or (k == a + 1 and is_acronym(head) and head.isupper())):
            continue
        person = b - k == 2 or surname_start(doc, ws, k, b, lang) > k
        if fold(ws[k].text) in lx.FIRST_NAMES or (after_role and given_word(ws[k].text, lang) and person):
            return [(a, k), *split_run(doc, ws, k, b, lang)]
    return None


def _given_name_after_common_word(doc: Doc, ws: list[Word], a: int, b: int, lang: str) -> Parts | None:
    """ "Chief of Naval Staff Commodore Jane Porter", "Fifth Circuit Solicitor Maria Delgado": a common given name
    after a capitalised common word (a title's last word), then one or two capitalised words closing the run, begins
    a person's name; the words before are the title, no name. Not where the run holds a body's, a venue's or a
    building's word ("Salle Louise Michel", "Stade Yves Allainmat", "l'Assemblée Marc Durand" is left to the cuts
    after), nor a particle ("Abdullah bin Nasser bin Khalifa Al Thani", "ministre des Finances Bruno Le Maire")."""
    if b - a < _GIVEN_AFTER_COMMON_RUN or lx.place_name(doc_text(doc)[ws[a].start : ws[b - 1].end], lang):
        return None
    for k in range(a + 1, b - 1):
        if b - k > _GIVEN_AFTER_COMMON_TAIL or fold(ws[k].text) not in lx.FIRST_NAMES or ws[k].text.isupper():
            continue
        before, tail = fold(ws[k - 1].text), ws[k + 1 : b]
        if before not in lx.COMMON_WORDS or before in CONNECTORS or not is_cap(ws[k - 1].text):
            continue
        if {fold(w.text) for w in ws[a:b]} & (_NAMED_AFTER_HEADS | _KIN_WORDS):
            return None
        if all(is_cap(w.text) or is_particle(w.text) for w in tail):
            return [(k, b)]
    return None


def _person_after_role_complement(doc: Doc, ws: list[Word], a: int, b: int, lang: str) -> Parts | None:
    """ "le secrétaire général de l'ONU Kofi Annan", "l'ambassadeur de Yougoslavie Borislav Milosevic": after a
    role's complement, the last words are the person."""
    tail_words = {fold(w.text) for w in ws[b - LIMITS.person_tail_words : b]}
    served = not _role_complement(ws, a) and _role_complement(ws, a, lx.ROLE_PREPOSITIONS)
    if (
        b - a < LIMITS.role_complement_run
        or not (served or _role_complement(ws, a))
        or tail_words & (lx.ORG_WORDS | lx.VENUE_WORDS | lx.AND_WORDS)
    ):
        return None
    tail = _person_tail(ws, a, b, lang)
    if doc.has_annotation("ENT_IOB") and tail == b - LIMITS.person_tail_words:
        begins = [k for k in range(a + 1, b - 1) if doc[ws[k].i].ent_iob_ == "B" and doc[ws[k].i].ent_type_ == PER]
        tail = begins[-1] if begins else tail
    if served and not _given_name(ws[tail].text):
        return None  # ("chargée de communication au Comité régional de la conchyliculture Arcachon Aquitaine")
    tail_text = doc_text(doc)[ws[tail].start : ws[b - 1].end]
    if not _holder_opening(ws, tail, b):
        return None
    if all(is_cap(w.text) or is_particle(w.text) for w in ws[tail:b]) and not lx.place_name(tail_text, lang):
        return [*split_run(doc, ws, a, tail, lang), (tail, b)]
    return None


def _holder_opening(ws: list[Word], tail: int, b: int) -> bool:
    """Words [tail, b) may open the name of the role's holder: not a lower-case particle, which goes on the
    complement ("le président de l'État d'Arménie": "d'Arménie" is the State's), nor a dictionary word before a
    particle ("président du Conseil Départemental de la Guadeloupe": an institution's adjective and its place)."""
    first = ws[tail].text
    if not first[:1].isupper():
        return False
    particle_next = tail + 1 < b and ws[tail + 1].text.islower() and is_particle(ws[tail + 1].text)
    key = fold(first)
    # (an adjective a dictionary knows, or any word right after the body's head: "Conseil Régional de la Réunion")
    qualifies = key in lx.COMMON_WORDS or fold(ws[tail - 1].text) in lx.ORG_WORDS
    return not particle_next or key in lx.FIRST_NAMES or not qualifies


def _one_entity(doc: Doc, ws: list[Word], start: int, k: int, b: int) -> bool:
    """The recogniser reads words [start, b) as one entity with no new one beginning at or after the connector."""
    label = ent_label(doc, ws[start].i, ws[b - 1].j)
    return (
        label is not None
        and all(doc[t].ent_type_ for t in range(ws[start].i, ws[b - 1].j))
        and not any(doc[t].ent_iob_ == "B" for t in range(ws[k].i, ws[b - 1].j))
    )


def _common_left(doc: Doc, ws: list[Word], start: int, k: int, b: int) -> bool:
    """One common noun before the connector ("Décès de Monique Grandvallet"): not a name's first part."""
    if k - start != 1:
        return False
    noun = doc.has_annotation("POS") and doc[ws[start].i].pos_ == "NOUN"
    opener = (
        sentence_start(ws, start)
        and doc[ws[k + 1].i].ent_type_ == PER
        and b - k >= LIMITS.recognised_person_words  # "Décès de X Y"
    )
    return noun or opener


def _connector_inside_name(doc: Doc, ws: list[Word], start: int, k: int, b: int, lang: str) -> bool:
    """Whether the connector at k joins one name: a person's particle ("Marine Le Pen", "Mohammed bin Salman"),
    an organisation's or a venue's complement, or one entity by the recogniser's reading."""
    surname = surname_start(doc, ws, start, b, lang)
    no_surname = _no_surname_after(doc, ws, start, k, b, lang)
    if surname != -1 and surname <= k and not no_surname:
        return True  # "Marine Le Pen", "Mohammed bin Salman", "Tamim bin Hamad Al Thani" (every link): one person
    if _saints_venue(ws, start, k, b):
        return True  # "St. Mary of the Assumption Catholic Church": the saint's title is the venue's
    left = " ".join(w.text for w in ws[start:k])
    left_words = {fold(w.text) for w in ws[start:k]}
    head = left_words - lx.ARTICLES
    if len(head) == 1 and head <= lx.CHAMBER_HEADS and fold(ws[k].text) in lx.OF_WORDS:
        return True  # "(The) House of Commons", "Chamber of Commerce"
    if _kind_in_the_plural(ws, start, k):
        return False  # "aux Zénith de France": the halls of that kind in the country, no one hall's name
    if left_words & (lx.ORG_WORDS | lx.VENUE_WORDS) and not left_words & lx.EVENT_WORDS:
        # (a venue's own name of two words or more is not before a seat of power: "the South Lawn of the White House"
        # is a lawn, then the institution; a bare head takes it, "le Palais de l'Élysée", "l'Hôtel de Matignon")
        return k - start < 2 or not _institution_after(ws, k, b)
    if k + 1 < b and article_before_a_thing(ws, k, k + 1):
        return False  # "avec M. Dupont le Forum des entreprises": the article of the verb's next object
    common_left = _common_left(doc, ws, start, k, b)
    particle = fold(ws[k].text) in NAME_PARTICLES and ent_label(doc, ws[start].i, ws[b - 1].j) == PER
    particle = particle and not no_surname
    if not common_left and particle:
        return True
    right = doc_text(doc)[ws[k + 1].start : ws[b - 1].end] if k + 1 < b else ""
    return (
        _one_entity(doc, ws, start, k, b)
        and not lx.place_name(left, lang)
        and not lx.place_name(right, lang)  # "Tirailleurs d'Epinal": a unit, then its town
        and not left_words & lx.EVENT_WORDS
        and not _is_plural_noun(left)
        and not common_left  # "Décès de Monique Grandvallet"
    )


def _kind_in_the_plural(ws: list[Word], start: int, k: int) -> bool:
    """A venue's kind word alone before the connector at `k`, after a plural article, written as the singular
    ("dates aux Zénith de France", "les Stade de X"): the article says the word names many of a kind; a name in the
    plural keeps its plural ("aux Jardins du Luxembourg", "aux Invalides")."""
    if k - start != 1 or start == 0 or fold(ws[start - 1].text) not in lx.PLURAL_ARTICLES:
        return False
    head = ws[start].text
    return fold(head) in lx.VENUE_WORDS | lx.BUILDING_WORDS and not head.endswith(("s", "x"))


def _saints_venue(ws: list[Word], start: int, k: int, b: int) -> bool:
    """ "of" at `k` in a run that opens with a saint's word and ends with a venue's or a building's ("St. Mary of the
    Assumption Catholic Church", "St. John of God Hospital"): one venue, named after the saint and their title."""
    first, last = fold(ws[start].text).rstrip("."), fold(ws[b - 1].text)
    venue = last in lx.VENUE_WORDS | lx.BUILDING_WORDS
    return first in SAINT_WORDS and fold(ws[k].text) in lx.OF_WORDS and venue


# name particles of every language and the kin words of Arabic and Hebrew names: a given name after one is inside a
# name ("Abdullah bin Nasser", "Abu Hassan Amer", "Bruno Le Maire")
_KIN_WORDS = lx.PARTICLES | lx.NAME_PARTICLES | frozenset(names.GLUED_PREFIXES)
_GIVEN_AFTER_COMMON_RUN = 3  # a word before the given name, the given name, a surname
_GIVEN_AFTER_COMMON_TAIL = 3  # the given name and one or two surnames
_NAMED_AFTER_HEADS = lx.ORG_WORDS | lx.VENUE_WORDS | lx.BUILDING_WORDS | lx.LOWER_VENUE_HEADS | lx.NAMED_AFTER_HEADS


def _no_surname_after(doc: Doc, ws: list[Word], start: int, k: int, b: int, lang: str) -> bool:
    """The "de" at k joins no surname: a given name and more opens the words after it, a full name of its own ("le
    survêtement Nike de Nicolás Maduro"), or a full name before it is followed by one place or one common word, where
    the person is from or what they write for ("le préfet Michel Gaudin de Paris", "un texte de Frédéric Zalac
    d'Enquête"); a particle's surname is neither ("Dominique de Villepin", "Valéry Giscard d'Estaing"), and a building
    or a body is named after the person ("la Maison de Jean Monnet")."""
    if fold(ws[k].text) not in lx.OF_WORDS or {fold(w.text) for w in ws[start:k]} & _NAMED_AFTER_HEADS:
        return False  # ("Abdullah bin Nasser": a patronymic particle is followed by the father's given name)
    right = ws[k + 1 : b]
    if len(right) >= 2 and fold(right[0].text) in lx.FIRST_NAMES:
        return True
    full_left = k - start >= 2 and fold(ws[start].text) in lx.FIRST_NAMES
    word = right[0].text if len(right) == 1 else ""
    return full_left and bool(word) and (lx.place_name(word, lang) is not None or fold(word) in lx.COMMON_WORDS)


def _institution_after(ws: list[Word], k: int, b: int) -> bool:
    """The words after the connector at k, past articles, are a seat of power's name ("of the White House")."""
    n = k + 1
    while n < b and fold(ws[n].text) in lx.ARTICLES:
        n += 1
    return n < b and fold(" ".join(w.text for w in ws[n:b])) in lx.INSTITUTIONS


def _at_connectors(doc: Doc, ws: list[Word], a: int, b: int, lang: str) -> Parts:
    """A connector joins two names only inside one organisation or institution, or as a name particle."""
    parts: Parts = []
    start = a
    for k in range(a + 1, b - 1):
        key = fold(ws[k].text)
        if _ampersand_inside(doc, ws, k):
            continue
        # ("the G7 and NATO summits": two bodies by their initials, listed)
        alone = k - 1 == start or k - 2 == start and fold(ws[start].text) in lx.ARTICLES  # ("The EU and NATO said")
        listed = key in lx.AND_WORDS and alone and _initials(ws[k - 1].text) and _initials(ws[k + 1].text)
        if not listed and (key not in CONNECTORS or fold(ws[k - 1].text) in CONNECTORS):
            continue
        if not listed and _connector_inside_name(doc, ws, start, k, b, lang):
            continue
        parts.append((start, k))
        start = k + 1
        if key in ARTICLES and ws[k].text[:1].isupper() and particle_end(ws, k, b) == b:
            start = k  # "Hier Le Pen ...": the mention finder decides whether "Le" is the article
        while start < b and fold(ws[start].text) in CONNECTORS and start != k:
            start += 1
    parts.append((start, b))
    return [p for p in parts if p[0] < p[1]]


_INITIALS = re.compile(r"[A-Z][A-Z0-9&]+")  # "NATO", "G7", "G20", "AT&T"


def _initials(word: str) -> bool:
    """A body's initials or code in capitals ("NATO", "G7"), no word capitalised as a name is ("Gamble")."""
    return bool(_INITIALS.fullmatch(word))


def _after_qualifier(ws: list[Word], a: int, b: int) -> int:
    """Where the name begins after a word that a hyphen and a participle make a qualifier ("Republican-led Senate",
    "South African-based Vaal Justice Alliance"): right after the last such word, or at a."""
    for k in range(b - 2, a - 1, -1):
        head, dash, tail = ws[k].text.rpartition("-")
        if dash and head and fold(tail) in lx.QUALIFIER_SUFFIXES:
            return k + 1
    return a


def _two_chambers(ws: list[Word], start: int, k: int, b: int) -> bool:
    """ "the House and Senate", "the House of Representatives and Senate": "and" between two chambers of a legislature
    (one of them named by its one word) joins two bodies, not one name's words."""
    if fold(ws[k].text) not in lx.AND_WORDS:
        return False
    # (the run may hold more before the first chamber: "Speaker X of the House of Representatives and Senate")
    lefts = [_without_articles(ws, a, k) for a in range(start, k)]
    left = next((side for side in lefts if _chamber(side)), None)
    right = _without_articles(ws, k + 1, b)
    if left is None or not _chamber(right):
        return False
    return any(len(side) == 1 and side[0] in lx.CHAMBERS for side in (left, right))


def _without_articles(ws: list[Word], a: int, b: int) -> list[str]:
    """The folded words [a, b) without the articles that open them."""
    words = [fold(w.text) for w in ws[a:b]]
    while words and words[0] in lx.ARTICLES:
        words.pop(0)
    return words


def _chamber(words: list[str]) -> bool:
    """A chamber's one word ("Senate", "House"), or its head, "of" and a complement ("House of Representatives")."""
    if not words:
        return False
    if len(words) == 1:
        return words[0] in lx.CHAMBERS | lx.CHAMBER_HEADS
    return words[0] in lx.CHAMBER_HEADS and words[1] in lx.OF_WORDS


def _person_tail(ws: list[Word], a: int, b: int, lang: str) -> int:
    """Where the person's name begins at the end of a run: the last two words and the given names before them, or
    a given name and a surname with particles ("ministre de l'Economie Bruno Le Maire")."""
    for k in range(max(a + 1, b - 4), b - 1):
        if particles_and_surname(ws, k, b) and given_word(ws[k - 1].text, lang):
            # "Valéry Giscard d'Estaing": a second given word before the particle belongs to the name too
            return k - 2 if k - 2 > a and given_word(ws[k - 2].text, lang) else k - 1
    k = b - 2
    while k - 1 > a and given_word(ws[k - 1].text, lang) and given_word(ws[k].text, lang):
        if _given_after_portfolio(ws, k):
            break  # "ministre de l'Administration Territoriale Paul Atanga Nji": the complement's last word stays out
        k -= 1  # "président du Faso Roch Marc Christian Kaboré": every given name before the surname is the name's
    if k - 1 > a and _INITIAL.fullmatch(ws[k - 1].text) and fold(ws[k].text) in lx.FIRST_NAMES:
        k -= 1  # "Director of Planning C. Scott Roe": an initial before the given name is the name's first
    return k


def _given_after_portfolio(ws: list[Word], k: int) -> bool:
    """The word at k is a common given name after a capitalised dictionary word (the last word of a role's
    complement, "Territoriale", "Publique"): the name begins there, as names of a given name and two family names do
    (the recogniser often takes the dictionary word for the name's first)."""
    before = fold(ws[k - 1].text)
    return (
        fold(ws[k].text) in lx.FIRST_NAMES
        and not ws[k].text.isupper()
        and before in lx.COMMON_WORDS
        and before not in lx.FIRST_NAMES
        and before not in CONNECTORS
        and is_cap(ws[k - 1].text)
    )


_INITIAL = re.compile(r"[A-Z]\.")


def _is_plural_noun(word: str) -> bool:
    """ "Réformistes", "Tirailleurs": a capitalised plural common noun, not a name's first part."""
    return " " not in word and (fold(word) in lx.PARTISANS or lx.is_demonym(word))


def _given_name(word: str) -> bool:
    """A given name, or a compound one whose first part is ("Jean-François")."""
    return fold(word) in lx.FIRST_NAMES or fold(word).split("-")[0] in lx.FIRST_NAMES


def _role_complement(ws: list[Word], a: int, links: frozenset[str] = lx.OF_WORDS) -> bool:
    """The run follows "role word (+ adjectives) + de/des/du/of" ("le secrétaire général de l'ONU ..."), or with
    `links` a role's own preposition ("son suppléant à l'Assemblée ...", "le ministre délégué aux Outre-mer ...": the
    body or the field the role serves, then its holder)."""
    k = a - 1
    while k >= 0 and fold(ws[k].text) in lx.ARTICLES:
        k -= 1
    if k < 0 or fold(ws[k].text) not in links:
        return False
    j, plain = k - 1, 0
    while j >= 0 and plain < _ROLE_WORDS_BEFORE_OF:
        key = fold(ws[j].text)
        if lx.is_role_head(key):
            return True
        if key in lx.AND_WORDS and j >= 2 and fold(ws[j - 1].text) in lx.MINISTRY_DOMAINS:
            # "ministre de l'Economie et des Finances Bruno Le Maire": coordinated complements of one role
            j -= 2
            while j >= 0 and fold(ws[j].text) in lx.ARTICLES | lx.OF_WORDS:
                j -= 1
            continue
        if not (ws[j].text.islower() and key.isalpha() or key in lx.ROLE_MODIFIERS):
            return complement_of_complement(ws, k - 1)
        j -= 1
        plain += 1
    return False


_NESTED_WORDS = 6  # "directeur de l'Hôpital universitaire d'": a role, its complement, then the complement's own


def complement_of_complement(ws: list[Word], j: int) -> bool:
    """ "le directeur de l'Hôpital universitaire d'Ostrava X": the run after the of-word at j + 1 is the complement of
    a complement (a body, then its town) of a role word, with only names, adjectives and of-words between."""
    for n in range(j, max(-1, j - _NESTED_WORDS), -1):
        if ws[n].sent != ws[j].sent:
            return False
        key = fold(ws[n].text)
        if lx.is_role_head(key):
            return n < j and fold(ws[n + 1].text) in lx.OF_WORDS
        if key in lx.OF_WORDS or key in lx.ARTICLES:
            continue
        if not key.isalpha() or key in lx.ROLE_STOPS | lx.STOP_WORDS:
            return False  # "le maire de Tours X au sein de l'Hôtel de Ville": a clause, no nested complement
    return False


_ROLE_WORDS_BEFORE_OF = 3  # "secrétaire général adjoint de": the role word and its adjectives before "de"
