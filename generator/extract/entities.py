"""Participants (people and organisations, with roles) and places of an article.

Mentions come from `ner.mentions` (capitalised runs typed by context, the gazetteer and spaCy when
it has a recogniser); this module merges them into one entry per real entity:

- people: a surname alone, an honorific form ("M. Blinken") or a misspelt first name ("Anthony")
  joins the full name met elsewhere; the canonical name is the most frequent full form;
- organisations: case variants (OTAN / Otan), known variants (Alliance atlantique), acronyms and
  the expansion written in parentheses after them, a name plus a nationality ("Congrès américain");
- places: gazetteer spelling when the text drops the article ("du Caire" -> Le Caire).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace
from typing import Literal

from spacy.tokens import Doc

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.affiliation import role_of_affiliation
from generator.extract.ner.cluster import Cluster
from generator.extract.ner.descriptions import protagonist_role
from generator.extract.ner.gatherings import gathering_not_acting
from generator.extract.ner.lineroles import line_roles
from generator.extract.ner.mentions import Mention, find_mentions
from generator.extract.ner.particles import bare_surname, has_particle, name_tails, surname_only
from generator.extract.ner.rolelists import list_roles
from generator.extract.ner.roles import (
    role_after,
    role_before,
    role_by_nationality,
    role_in_capacity,
    role_predicate,
    singular_role,
    spelt_out,
    style_only,
)
from generator.extract.ner.text import doc_text
from generator.extract.ner.words import LOC, OF_WORDS, ORG, PER, Word, doc_sentences, is_cap, words
from generator.lang.folding import edit_distance
from generator.model import Participant


def extract_entities(doc: Doc, lang: str) -> tuple[list[Participant], list[str]]:
    """(participants: people and organisations, places), deduplicated, in order of first mention."""
    sents = doc_sentences(doc)
    ws = words(doc, sents)
    mentions = find_mentions(doc, lang, sents, ws)
    people, orgs, places = analyse(doc, ws, mentions, lang)
    participants = [_participant(c) for c in sorted(people + orgs, key=lambda c: c.first)]
    return participants, [_place_name(c, lang) for c in sorted(places, key=lambda c: c.first)]


def analyse(
    doc: Doc, ws: list[Word], mentions: list[Mention], lang: str
) -> tuple[list[Cluster], list[Cluster], list[Cluster]]:
    """Clusters of mentions per entity: (people, organisations, places). Used by quotes too."""
    # One word typed a person once and a place elsewhere, with no honorific and no full name it ends, is the place
    # ("Biarritz, France" opening a dateline after "à Biarritz").
    # A team a match report sets against another is the team wherever its town's name is written ("contre Chelsea",
    # then "Chelsea a perdu").
    mentions[:] = [part for m in mentions for part in _people_apart(doc, ws, m)]
    team_keys = {fold(m.text) for m in mentions if m.team}
    for m in mentions:
        if fold(m.text) in team_keys:
            m.label = ORG
    _recognised_people_placed(mentions)
    _titled_people_placed(ws, mentions, lang)
    mentions[:] = [
        m
        for m in mentions
        if not _place_and_common_word(m, lang) and not _cut_common_head(doc, ws, m, lang) and not _month_alone(m)
    ]
    place_keys = {fold(m.text) for m in mentions if m.label == LOC and not m.by_town_list}
    surnames_met = {fold(m.text.split()[-1]) for m in mentions if m.label == PER and " " in m.text}
    # A word the towns list alone makes a place is the person the text names so elsewhere ("Prime Minister Carney
    # said ... Carney flew home"), or the given name of a person's full name it writes ("Camilla Parker Bowles",
    # then "Camilla waved"; a name by its shape alone counts once the text writes it twice): the list knows a town,
    # the text knows its person.
    written = Counter(fold(m.text) for m in mentions if m.label == PER and " " in m.text)
    given_met = {
        fold(m.text.split()[0])
        for m in mentions
        if m.label == PER and " " in m.text and (not m.tentative or written[fold(m.text)] > 1)
    }
    person_keys = {fold(m.text) for m in mentions if m.label == PER} | surnames_met | given_met
    # But one word the text gives a person only by itself, with no honorific, and that it writes as the town more often
    # ("President Biden coming to Belvidere" in a headline, then "visit Belvidere", "in Belvidere", "at Belvidere") is
    # the town every time: a cue misread the one mention.
    towns_met = Counter(fold(m.text) for m in mentions if m.label == LOC and m.by_town_list)
    lone = Counter(fold(m.text) for m in mentions if m.label == PER and " " not in m.text)
    named = surnames_met | given_met | {fold(m.text) for m in mentions if m.label == PER and m.honorific}
    outnumbered = {key for key in lone if key not in named and towns_met[key] > lone[key]}
    for m in mentions:
        key = fold(m.text)
        if m.label == LOC and m.by_town_list and key in person_keys and key not in outnumbered:
            m.label = PER
        elif m.label == PER and key in outnumbered:
            m.label = LOC
    # And one word only the recogniser calls a person, that a cue of ours types an organisation elsewhere, is the
    # organisation ("l'agence Keystone-ATS" then "selon Keystone-ATS").
    org_keys = {fold(m.text) for m in mentions if m.label == ORG and not m.recognised}
    for m in mentions:
        key = fold(m.text)
        if m.label == PER and " " not in m.text and not m.honorific and key in place_keys and key not in surnames_met:
            m.label = LOC
        elif m.label == PER and m.recognised and " " not in m.text and key in org_keys and key not in surnames_met:
            m.label = ORG
        elif m.label == PER and m.tentative and key in place_keys:
            m.label = LOC  # a person by shape only, a place where the text says where ("In Phnom Penh, ...")
    _listed_with_people(doc, mentions)
    people = _people([m for m in mentions if m.label == PER], ws, doc_text(doc))
    # A lone word typed as organisation or place that is a person's surname is that person ("Blair"), and so is a
    # lone word typed as an organisation that names a person the text titles by that one word ("King Charles" then
    # "Charles said") or that is a given name of one person only ("Prime Minister Anwar Ibrahim" then "Anwar's
    # trips").
    surnames = {
        fold(c.mentions[0].text.split()[-1]): c
        for c in people
        if len(c.mentions[0].text.split()) > 1 and not _styled(c.mentions[0])
    }
    one_word = {fold(m.text): c for c in people for m in c.mentions if " " not in m.text and m.label == PER}
    owners = defaultdict(set)  # a given word of a full name -> the people who have it
    for c in people:
        for m in c.mentions:
            for w in m.text.split()[:-1]:
                owners[fold(w)].add(id(c))
    given_names = {
        fold(w): c for c in people for m in c.mentions for w in m.text.split()[:-1] if len(owners[fold(w)]) == 1
    }
    full_names = {fold(m.text): c for c in people for m in c.mentions if " " in m.text}
    rest = []
    for m in mentions:
        key = fold(m.text)
        if m.label != PER and key in full_names:
            full_names[key].mentions.append(m)  # spaCy's ORG for one mention of a person's full name
        elif m.label != PER and " " not in m.text and key in surnames and not _place_untitled(ws, m, lang):
            surnames[key].mentions.append(m)
        elif m.label == ORG and _weak_organisation(m) and (key in one_word or key in given_names):
            (one_word.get(key) or given_names[key]).mentions.append(m)
        elif m.label != PER:
            rest.append(m)
    rest += _led_bodies(doc, ws, people)
    _place_initials(rest)
    # A lone word that is an organisation somewhere and a place only by guess elsewhere ("stake in Rosneft"); but the
    # recogniser's vote alone for a body yields to a place the text says where ("deux morts à Soumy", then "Soumy
    # est la ville principale"): the recogniser reads an unknown town as a body.
    _recognised_bodies_placed(rest, lang)
    org_keys = {fold(m.text) for m in rest if m.label == ORG}
    for m in rest:
        if m.label == LOC and fold(m.text) in org_keys and not lx.place_name(m.text, lang):
            m.label = ORG
    rest[:] = [m for m in rest if not _in_a_court(m, rest)]
    # A gathering's name is the event's wherever no mention of it acts ("participer au Forum pour l'emploi").
    events = _unacting_gatherings(doc, ws, rest)
    rest[:] = [m for m in rest if not (m.label == ORG and fold(m.text) in events)]
    # A town named inside an organisation's name is a place of the story too ("Parquet de Francfort"); a country or
    # a region is not ("la Banque de France", "Radio-Canada"): the body is the country's, wherever the story is. Nor
    # is the place a team is named after ("les Aigles de Carthage", "Olympique de Marseille"): the side plays for it.
    for m in [m for m in rest if m.label == ORG and not m.team]:
        inner = _inner_place(m.text, lang)
        if inner:
            start = m.start + inner.start("place")
            rest.append(Mention(inner.group("place"), LOC, start, m.end, m.i, m.j, m.sent, m.wa, m.wb))
    orgs = _orgs(doc, ws, [m for m in rest if m.label == ORG])
    places = [c for c in _places([m for m in rest if m.label == LOC], lang) if not _initials_as_adjective(doc, ws, c)]
    # An institution building that acts anywhere is an organisation everywhere ("l'Elysée a annoncé").
    org_keys = {fold(m.text) for c in orgs for m in c.mentions}
    for c in list(places):
        if any(fold(m.text) in org_keys and fold(m.text) in lx.INSTITUTIONS for m in c.mentions):
            places.remove(c)
            next(
                o for o in orgs if any(fold(m.text) == fold(c.mentions[0].text) for m in o.mentions)
            ).mentions += c.mentions
    _count_bare_names(ws, people, orgs)
    person_words = {n for c in people for m in c.mentions for n in range(m.wa, m.wb)}
    spans = [(m.wa, m.wb) for c in people for m in c.mentions]
    listed = list_roles(doc, ws, spans, person_words)
    lined = line_roles(doc, ws, spans, person_words)
    org_ends = {m.wa: m.wb for c in orgs for m in c.mentions}
    for c in people:
        for m in sorted(c.mentions, key=lambda m: m.start):
            if m.wa in listed:
                c.roles.append(listed[m.wa])  # the list's plural role, shared out: no name's own apposition
                continue
            before = role_before(doc, ws, m.wa, person_words) or m.title or None
            # "Professor X, Chief Executive Officer of Y": a style before the name leaves room for the office after;
            # so does a group's plural ("les deux ministres lorrains X (secrétaire d'État au Budget) et Y (...)")
            shared = before is not None and _group_role(before)
            after = (
                None if before and not _style_only(before) and not shared else role_after(doc, ws, m.wb, person_words)
            )
            if shared and after:
                before = None  # the name's own office says more than the group's
            acting = (
                None
                if before or after
                else role_in_capacity(doc, ws, m.wa, m.wb, person_words)
                or role_predicate(doc, ws, m.wa, m.wb, person_words)
                or role_of_affiliation(doc, ws, m.wb, org_ends)
                or lined.get(m.wa)
            )
            c.roles += [r for r in (before, after, acting) if r]
    protagonist_role(doc, ws, people, person_words)
    for c in people:
        grouped = (role_by_nationality(doc, ws, m.wa, person_words) for m in sorted(c.mentions, key=lambda m: m.start))
        found = next((r for r in grouped if r), None) if not c.roles else None
        if found:
            c.roles.append(found)
    for c in people:
        # "Maître X a plaidé": the honorific names the trade when the text says nothing more
        trade = next(
            (lx.HONORIFIC_ROLES[fold(m.honorific)] for m in c.mentions if fold(m.honorific) in lx.HONORIFIC_ROLES), None
        )
        if trade and not c.roles:
            c.roles.append(trade)
        peerage = next((m.text for m in c.mentions if _peer_s_title(m.text, lang)), None)
        if peerage and not c.roles:
            c.roles.append(peerage)  # "the Duke of Kent": the title is the peer's name and rank at once
    _titled_aliases(doc, ws, people)
    return people, orgs, places


# "de", "d'", "of" and an article, then a capitalised name to the end of an organisation's name
_INNER_PLACE = re.compile(
    r"(?=\b(?:de\s+|du\s+|des\s+|d['’]|of\s+)(?:la\s+|l['’]|the\s+)?(?P<place>[A-ZÀ-Ý][\w\-'’ ]+)$)"
)


def _unacting_gatherings(doc: Doc, ws: list[Word], mentions: list[Mention]) -> set[str]:
    """The folded names of the gatherings no mention of which acts (`gathering_not_acting`): one forum that publishes
    a report once is the body wherever the text names it."""
    unacting: dict[str, bool] = {}  # folded name -> whether every mention of it is a gathering's that does not act
    for m in mentions:
        if m.label == ORG:
            key = fold(m.text)
            unacting[key] = unacting.get(key, True) and gathering_not_acting(doc, ws, m)
    return {key for key, yes in unacting.items() if yes}


def _inner_place(name: str, lang: str) -> re.Match[str] | None:
    """The town that ends an organisation's name after its last "de" that leads to one, a town of the world list too
    ("Parquet de Francfort", "Centre routier de Carpentras"), or None. None for a country or a region, which names
    whose body it is, not where it sits ("la Banque de France", "ministère de l'Intérieur du Mali"; the dev pages' gold
    left such places out on 5 pages of 5 sites), inside a seat of power that names its institution ("le Quai d'Orsay"
    is the ministry, not the town), or in a national side's name ("le XV de France" plays for the country)."""
    if fold(name) in lx.INSTITUTIONS or fold(name.split()[0]) in lx.COMPETITION_HEADS or _court_name(name):
        return None
    for inner in _INNER_PLACE.finditer(name):
        place = inner.group("place")
        if (lx.place_name(place, lang) or lx.is_town(place)) and not _country_or_region(place):
            return inner
    return None


def _court_name(name: str) -> bool:
    """A court of the judicial map, named by its head ("cour", "tribunal", "chambre") and its kind or adjective ("la
    cour d'assises", "le tribunal correctionnel", "la chambre de l'instruction"): not a court known by its town
    alone ("la Cour de La Haye"), nor a chamber of commerce."""
    keys = [fold(w) for w in re.split(r"[\s'’]+", name) if w]
    return bool(keys) and keys[0] in lx.COURT_HEADS and any(k in lx.COURT_KINDS | lx.COURT_ADJECTIVES for k in keys[1:])


def _in_a_court(m: Mention, mentions: list[Mention]) -> bool:
    """A place written only as the seat inside a court's name ("la cour d'assises des Alpes-Maritimes", "le tribunal
    correctionnel de Nanterre", "la cour d'appel de Rennes"): the court's district, which it is named after, not a
    place the story goes to (the dev pages' gold left such places out on 6 pages of 6 sites: assizes, appeal courts,
    correctional courts); a place the text writes elsewhere keeps that mention. Not a prosecutor's office ("le
    parquet de Francfort" is a place in bench/gold) nor any other body: "Parquet" heads no court."""
    return m.label == LOC and any(
        o.label == ORG and o.wa <= m.wa and m.wb <= o.wb and _court_name(o.text) for o in mentions if o is not m
    )


def _country_or_region(place: str) -> bool:
    """A country or a state, a province, a region of the world lists."""
    return lx.is_country(place) or lx.is_subdivision(place)


def with_source_agency(participants: list[Participant], agency: str | None) -> list[Participant]:
    """The participants and the wire agency the page's dateline names ("WASHINGTON (AP) — "), which the story comes
    from: an organisation of it, though the dateline left the text; not twice, by its name, an alias or its initials
    ("AP" when the text names the Associated Press)."""
    if not agency:
        return participants
    for p in participants:
        names = [p.name, *p.aliases]
        if any(fold(n) == fold(agency) or _acronym_of(agency, n) or _acronym_of(n, agency) for n in names):
            return participants
    return [*participants, Participant(name=agency, kind="organization")]


def with_dateline_place(places: list[str], dateline: str | None, lang: str, text: str) -> list[str]:
    """The places and the one the page's dateline files the story from ("BEIJING (Reuters) — ", "PAPEETE, le 25
    juillet 2019 – "), first, as the dateline comes first: a place of the story, though the dateline left the text
    (the dev pages' gold names it on eleven pages of ten sites). Only a place the gazetteer or the world's towns know
    ("URGENT — " opens a banner the same way); not twice when the text names it too."""
    if not dateline or not lx.is_known_place(dateline) or any(fold(p) == fold(dateline) for p in places):
        return places
    return [_as_text_writes(dateline, lang, text), *places]


def _as_text_writes(place: str, lang: str, text: str) -> str:
    """A place written in capitals, as the gazetteer or the text spells it ("SAN FRANCISCO" -> "San Francisco"), or
    else with a capital to each of its words."""
    if gazetteer := lx.place_name(place, lang):
        return gazetteer
    written = re.search(rf"\b{re.escape(place)}\b", text, re.IGNORECASE)
    if written and not written.group().isupper():
        return written.group()
    return place.title()


_FULL_NAME_WORDS = (2, 3)  # a given name and one or two capitalised words: "Justin Trudeau", "Ruth Bader Ginsburg"


def _people_apart(doc: Doc, ws: list[Word], m: Mention) -> list[Mention]:
    """An organisation's name that "de"/"of" joins to a person's full name is the body and the person: "le Conseil
    des ministres de Justin Trudeau", "d'après Matthew Kupfer de CBC" (dev pages, issue 19: a body and its head or
    reporter read as one longer body). A full name opens on a common given name; the body keeps a word of its own."""
    if m.label != ORG or m.team:
        return [m]
    for k in range(m.wa + 2, m.wb - 1):  # the person after: "<body> de <given name> <surname>"
        if _full_name(ws, k, m.wb) and fold(ws[k - 1].text) in OF_WORDS:
            return [_sub_mention(doc, ws, m, m.wa, k - 1, ORG), _sub_mention(doc, ws, m, k, m.wb, PER)]
    for n in _FULL_NAME_WORDS:  # the person before: "<given name> <surname> de <body>"
        of = m.wa + n
        if of + 1 < m.wb and _full_name(ws, m.wa, of) and fold(ws[of].text) in OF_WORDS:
            return [_sub_mention(doc, ws, m, m.wa, of, PER), _sub_mention(doc, ws, m, of + 1, m.wb, ORG)]
    return [m]


def _full_name(ws: list[Word], a: int, b: int) -> bool:
    """Words a..b are a person's full name: a common given name, then one or two capitalised words."""
    return (
        b - a in _FULL_NAME_WORDS
        and fold(ws[a].text) in lx.FIRST_NAMES
        and all(is_cap(w.text) and fold(w.text) not in lx.ORG_WORDS for w in ws[a:b])
        and ws[a].sent == ws[b - 1].sent
    )


def _sub_mention(doc: Doc, ws: list[Word], m: Mention, a: int, b: int, label: str) -> Mention:
    """The mention of words a..b of `m`, typed `label`."""
    text = doc_text(doc)[ws[a].start : ws[b - 1].end]
    return replace(
        m, text=text, label=label, start=ws[a].start, end=ws[b - 1].end, i=ws[a].i, j=ws[b - 1].j, wa=a, wb=b
    )


def _recognised_people_placed(mentions: list[Mention]) -> None:
    """A name of two words or more that only the recogniser reads as a person, and that is read as a place elsewhere
    ("à Addis Abeba", then "D'Addis Abeba, le président ..."), is that place: the recogniser misread the one mention
    (a person's name is typed by a cue of ours, a given name most often); a name a cue of ours types a person
    anywhere stays a person."""
    placed = {fold(m.text) for m in mentions if m.label == LOC and " " in m.text}
    cued = {fold(m.text) for m in mentions if m.label == PER and not m.recognised}
    for m in mentions:
        key = fold(m.text)
        if m.label == PER and m.recognised and not m.honorific and key in placed and key not in cued:
            m.label, m.by_town_list = LOC, True


def _place_and_common_word(m: Mention, lang: str) -> bool:
    """A name only the recogniser calls a place, that no list knows, made of a place the lists know and a common word
    of the language ("Lyon Capitale", "Montpellier Danse", "France Stratégie", "Armoiries de la Suisse"): the name of
    a magazine, a festival, a body or a picture, after the place it is named for; a venue's or a compass point's word
    names a place ("Résidence Marigny", "Tours Nord")."""
    words = m.text.split()
    if m.label != LOC or not m.recognised or len(words) < _GIVEN_AND_SURNAME or _listed_place(m.text):
        return False
    if lx.place_name(m.text, lang) or lx.is_town(m.text):
        return False
    keys = [fold(w) for w in words]
    if any(key in _PLACE_WORDS for key in keys):
        return False
    placed = [k for k, w in enumerate(words) if lx.place_name(w, lang) or _listed_place(w)]
    tail = next((k for k in range(1, len(words)) if lx.place_name(" ".join(words[k:]), lang)), None)
    common = [
        k for k, key in enumerate(keys) if key in lx.COMMON_WORDS and key not in lx.ARTICLES and key not in lx.OF_WORDS
    ]
    return bool(placed or tail is not None) and any(k not in placed and (tail is None or k < tail) for k in common)


def _cut_common_head(doc: Doc, ws: list[Word], m: Mention, lang: str) -> bool:
    """A place of one word that no list knows and the language writes in lower case, cut from the lower-case words
    that go on its name ("la Patte d'oie", "la région des Grands lacs", "en Zone sud") or that place it in another
    ("dans le Sud de la côte", "l'Ouest du département"): the capitalised word alone is no place the text names."""
    key = fold(m.text)
    if m.label != LOC or m.wb - m.wa != 1 or m.wb >= len(ws) or key not in lx.COMMON_WORDS | lx.COMPASS_WORDS:
        return False
    if _listed_place(m.text) or lx.place_name(m.text, lang):
        return False
    return _lower_case_complement(doc, ws, m.wb)


def _lower_case_complement(doc: Doc, ws: list[Word], k: int) -> bool:
    """The words from `k` on, in the same sentence, go on a name in lower case: a noun or an adjective ("lacs",
    "sud"), or "de" and a lower-case noun past its article ("d'oie", "de la côte", "du département")."""
    sent = ws[k - 1].sent
    if fold(ws[k].text) in lx.OF_WORDS:
        k += 1
        while k < len(ws) and fold(ws[k].text) in lx.ARTICLES:
            k += 1
        return k < len(ws) and ws[k].sent == sent and ws[k].text.isalpha() and ws[k].text.islower()
    if not (ws[k].sent == sent and ws[k].text.isalpha() and ws[k].text.islower()) or not doc.has_annotation("POS"):
        return False
    # (not a day or a time after the place: "à Gap mardi", "dans le Cher ce matin")
    when = fold(ws[k].text) in lx.COMMON_CAPS | lx.TIME_QUALIFIERS
    return doc[ws[k].i].pos_ in _NAME_GOING_ON and not when


def _recognised_bodies_placed(mentions: list[Mention], lang: str) -> None:
    """Mentions that only the recogniser typed a body, of a name no list knows that a cue of our own places elsewhere
    (after "à" or "en"), are that place; a name a cue of our own makes a body anywhere stays one, and so does a place
    the lists know ("Lorient a tenu tête": the club, where the town is named too)."""
    placed = {
        fold(m.text)
        for m in mentions
        if m.label == LOC and not m.recognised and not m.by_town_list and not _known_anywhere(m.text, lang)
    }
    bodies = {fold(m.text) for m in mentions if m.label == ORG and not m.recognised}
    for m in mentions:
        key = fold(m.text)
        if m.label == ORG and m.recognised and key in placed and key not in bodies:
            m.label = LOC


def _known_anywhere(text: str, lang: str) -> bool:
    """A place the gazetteer or the world's towns know."""
    return bool(lx.place_name(text, lang) or lx.is_known_place(text))


def _month_alone(m: Mention) -> bool:
    """A month's abbreviation read as a place ("starts in Nov", "until Sept."): a date's word, as the month's full
    name is, never a place by itself."""
    return m.label == LOC and m.wb - m.wa == 1 and fold(m.text).rstrip(".") in lx.MONTH_WORDS


# the parts of speech of a lower-case word that goes on a capitalised one in a name ("Grands lacs", "Zone sud")
_NAME_GOING_ON = frozenset({"NOUN", "ADJ"})


_PLACE_WORDS = lx.PLACE_NAME_WORDS
_GIVEN_AND_SURNAME = 2


def _titled_people_placed(ws: list[Word], mentions: list[Mention], lang: str) -> None:
    """A name of two words typed a place by its last word, right after a title, and that no list knows as a place, is
    a person's given name and surname ("U.S. District Judge Sim Lake", "le sénateur Paul Montagne"): an office is
    held by a person, and a surname can be a word of the landscape."""
    for n, m in enumerate(mentions):
        if m.label != LOC or m.wb - m.wa != _GIVEN_AND_SURNAME + 1 or not _office_title(ws[m.wa].text):
            named = m
        else:  # "Judge Ann Island": the title taken in the place's name
            a = m.wa + 1
            named = replace(m, text=m.text[ws[a].start - m.start :], start=ws[a].start, i=ws[a].i, wa=a)
        title = _titled_at(ws, named.wa, _office_title)
        if named.label != LOC or named.wb - named.wa != _GIVEN_AND_SURNAME or not title:
            continue
        if not any(lx.place_name(t, lang) or _listed_place(t) or lx.is_town(t) for t in (m.text, named.text)):
            mentions[n] = replace(named, label=PER)
    _titled_lone_places_people(ws, mentions)


def _titled_lone_places_people(ws: list[Word], mentions: list[Mention]) -> None:
    """One word a list knows as a place, right after a capitalised office title ("Mayor Jordan declined to vote",
    "Senator Chad said"), is the surname of the office's holder: an office is held by a person, not by a country or a
    town. Only where the text never writes that word untitled, which would be the place it also names."""
    titled = [m for m in mentions if m.label == LOC and " " not in m.text and _capital_office_before(ws, m.wa)]
    untitled = {fold(m.text) for m in mentions if m.label == LOC and not _capital_office_before(ws, m.wa)}
    for m in titled:
        if fold(m.text) not in untitled:
            m.label = PER


def _capital_office_before(ws: list[Word], a: int) -> bool:
    """A capitalised office title right before the word at `a`, in its sentence ("Mayor", "Senator"; not "King",
    which names places after its holders)."""
    return _titled_at(ws, a, _office_title) and ws[a - 1].text[:1].isupper()


def _peer_s_title(text: str, lang: str) -> bool:
    """A peer's title and its seat ("Duke of Kent", "Countess of Wessex")."""
    parts = text.split()
    return len(parts) > 2 and fold(parts[0]) in lx.peerage_titles(lang) and fold(parts[1]) in OF_WORDS


def _office_title(word: str) -> bool:
    """A title of an office, not one that places are named after with their holder ("Queen Elizabeth Park")."""
    return _title_word(word) and fold(word) not in lx.HONOURED_TITLES | lx.PEERAGE_TITLES


def _place_initials(mentions: list[Mention]) -> None:
    """An acronym typed an organisation by its shape alone that spells the initials of a place the text names in full
    is that place ("the United Arab Emirates (UAE)" then "the UAE warned", "Prince Edward Island" then "across PEI"):
    a place is often written by its initials, and `_places` then joins it to its full name. The full name must be a
    place the gazetteer or the world lists know: a body's name typed a place by mistake keeps its initials a body's."""
    full = [m.text for m in mentions if m.label == LOC and len(m.text.split()) > 1 and _listed_place(m.text)]
    for m in mentions:
        if m.label != ORG or not _is_acronym(m.text) or fold(m.text) in lx.KNOWN_ORGS:
            continue
        if any(_acronym_of(m.text, place) for place in full):
            m.label = LOC


def _listed_place(text: str) -> bool:
    """A place of the gazetteer, of the world's towns or of the subdivisions' list."""
    return lx.is_known_place(text) or lx.is_subdivision(text)


_REGNAL = re.compile(r"[IVX]{1,5}")  # "Charles III", "Benedict XVI": a given name and a regnal number


def _led_bodies(doc: Doc, ws: list[Word], people: list[Cluster]) -> list[Mention]:
    """A government named after the person who leads it ("le gouvernement Valls", "the Biden administration") is an
    organisation too: the person stays a person (a surname or a one-word name the text gives a person), the noun
    written next to the name makes the body."""
    names = {fold(m.text.split()[-1]) for c in people for m in c.mentions}
    out = []
    for k, w in enumerate(ws):
        if not is_cap(w.text) or fold(w.text) not in names:
            continue
        a, b = k, k + 1
        if (
            a > 0
            and ws[a - 1].sent == w.sent
            and ws[a - 1].text.islower()
            and fold(ws[a - 1].text) in lx.LED_BODIES_BEFORE
        ):
            a -= 1
        elif b < len(ws) and ws[b].sent == w.sent and ws[b].text.islower() and fold(ws[b].text) in lx.LED_BODIES_AFTER:
            b += 1
        else:
            continue
        if _in_a_role(ws, a):
            continue  # "ancienne ministre de l'agriculture du gouvernement Aznar": the person's office, no actor
        text = doc_text(doc)[ws[a].start : ws[b - 1].end]
        out.append(Mention(text, ORG, ws[a].start, ws[b - 1].end, ws[a].i, ws[b - 1].j, w.sent, a, b))
    return out


def _place_untitled(ws: list[Word], m: Mention, lang: str) -> bool:
    """A lone word the gazetteer knows, with no title right before it: the place, even where a person of the text
    has it for a surname; after a title ("le président Hollande", "Senator Jordan") it is that person."""
    if not lx.place_name(m.text, lang):
        return False
    return not _titled_at(ws, m.wa) and not _titled_list(ws, m.wa)


def _titled_at(ws: list[Word], a: int, title: Callable[[str], bool] | None = None) -> bool:
    """A title right before the word at `a`, in its sentence (`_title_word`, or the test given)."""
    return a > 0 and ws[a - 1].sent == ws[a].sent and (title or _title_word)(ws[a - 1].text)


_LISTED_NAMES = 4  # "les présidents Bouteflika, Sall et Hollande": a few names before the last one


def _titled_list(ws: list[Word], a: int) -> bool:
    """The word at `a` ends a list of names after one plural title ("les présidents Bouteflika et Hollande",
    "Senators Smith and Jordan"): the title holds every name of the list, as it holds the first."""
    k = a - 1
    if k < 1 or ws[k].sent != ws[a].sent or fold(ws[k].text) not in lx.AND_WORDS:
        return False
    names = 0
    k -= 1
    while k >= 0 and ws[k].sent == ws[a].sent and names <= _LISTED_NAMES:
        title = _title_word(ws[k].text) or singular_role(ws[k].text) is not None
        if is_cap(ws[k].text) and not title:
            names += 1
        elif ws[k].text != ",":
            return names > 0 and title
        k -= 1
    return False


def _title_word(word: str) -> bool:
    """A role word or an honorific ("président", "Senator", "M.")."""
    return lx.is_role_head(word) or fold(word) in lx.HONORIFICS


def _in_a_role(ws: list[Word], a: int) -> bool:
    """Words [a, ...) complete one person's office written just before them (a role word in the singular within the
    six words before: "ministre de l'agriculture du gouvernement X"; "le conseil des ministres du gouvernement X"
    names a meeting of the body)."""
    before = [w for w in ws[max(0, a - 6) : a] if w.sent == ws[a].sent]
    return any(fold(w.text) in lx.ROLE_HEADS for w in before)


def _titled_aliases(doc: Doc, ws: list[Word], people: list[Cluster]) -> None:
    """A person the text names only by one name, or a monarch's name and number, goes by the title written before
    it as well (or the honorific: "Mrs. Obama"): "Prime Minister Albanese", "King Charles III", "le président Macron"
    are aliases of "Albanese", "Charles III", "Macron"."""
    for c in people:
        if any(len(m.text.split()) > 1 and not _REGNAL.fullmatch(m.text.split()[-1]) for m in c.mentions):
            continue  # the full name is known
        for m in c.mentions:
            k = m.wa
            # (a French title is written in lower case: "le président Macron")
            while k > 0 and ws[k - 1].sent == ws[m.wa].sent and ws[k - 1].text[:1].isalpha():
                key = fold(ws[k - 1].text)
                if not (lx.is_role_head(key) or key in lx.ROLE_MODIFIERS or lx.is_nationality(key)):
                    break
                k -= 1
            titled = doc_text(doc)[ws[k].start : m.end]
            if k < m.wa and any(lx.is_role_head(w.text) for w in ws[k : m.wa]) and titled not in c.extra_aliases:
                c.extra_aliases.append(titled)
            elif k == m.wa and m.wa > 0 and fold(ws[m.wa - 1].text) in lx.HONORIFICS:
                # "Mrs. Obama", "M. Blair": a name the text gives only with an honorific goes by that form too
                styled = doc_text(doc)[ws[m.wa - 1].start : m.end]
                if styled not in c.extra_aliases:
                    c.extra_aliases.append(styled)


def _listed_with_people(doc: Doc, mentions: list[Mention]) -> None:
    """A lone word typed an organisation by no word of its own that a list sets next to a person is a person too:
    "Willian et David Luiz sont à l'isolement", "le trio Blanquer, Vidal, Moreno", "trois filles Aseel (11 ans), Nour
    (8 ans)" (dev pages, issue 19: three pages typed such a name an organisation, a cue before the list or the
    recogniser's vote). A known organisation or a team stays one ("Reuters and John Smith"), and so does the
    complement of a role before its holder ("le patron d'Alstom, Henri Poupart-Lafarge")."""
    text = doc_text(doc)
    ordered = sorted(mentions, key=lambda m: m.start)
    for k, m in enumerate(ordered):
        if m.label != ORG or m.team or not _weak_organisation(m) or lx.known_organisation(m.text):
            continue
        if fold(m.text) in lx.INSTITUTIONS or _COMPLEMENT_BEFORE.search(text[max(0, m.start - 12) : m.start]):
            continue  # ("le porte-parole du Kremlin, Dmitri Peskov": the body a role serves, and its holder)
        neighbours = [(ordered[k - 1], m)] if k > 0 else []
        neighbours += [(m, ordered[k + 1])] if k + 1 < len(ordered) else []
        if any(
            (a if b is m else b).label == PER and a.sent == b.sent and _LIST_GAP.fullmatch(text[a.end : b.start])
            for a, b in neighbours
        ):
            m.label = PER


def _either(words: frozenset[str]) -> tuple[str, str]:
    """An alternation of the table's whole words ("de|du|of") and one of its elided words' stems ("d"), each to be
    followed by a space or by an apostrophe, straight or typed."""
    whole = sorted(re.escape(w) for w in words if not w.endswith("'"))
    elided = sorted(re.escape(w[:-1]) for w in words if w.endswith("'"))
    return "|".join(whole) or "(?!)", "|".join(elided) or "(?!)"


_OF, _OF_ELIDED = _either(lx.OF_WORDS)  # "de", "of"; "d'"
_ARTICLE, _ARTICLE_ELIDED = _either(lx.ARTICLES)  # "le", "the"; "l'"
_AFTER_OF, _AFTER_OF_ELIDED = _either(lx.ARTICLES_AFTER_OF)  # "la", "the"; "l'" ("de le" is "du")
# the words before a body that a role serves ("le patron d'Alstom", "the head of the Kremlin")
_COMPLEMENT_BEFORE = re.compile(
    rf"(?:\b(?:{_OF})\s+(?:(?:{_ARTICLE})\s+|(?:{_ARTICLE_ELIDED})['’])?|\b(?:{_OF_ELIDED})['’])$", re.IGNORECASE
)
# what separates two items of a list of names: a comma or "and"/"et", after a short note in brackets ("(11 ans)")
_LIST_GAP = re.compile(
    r"(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*(?:,|,?[ \t]+(?:" + "|".join(sorted(lx.AND_WORDS)) + r"))[ \t]*"
)


def _weak_organisation(m: Mention) -> bool:
    """One word typed an organisation by no word of its own: not an acronym, an organisation word or a known one."""
    key = fold(m.text)
    return " " not in m.text and not _is_acronym(m.text) and key not in lx.ORG_WORDS and key not in lx.KNOWN_ORGS


def _count_bare_names(ws: list[Word], people: list[Cluster], orgs: list[Cluster]) -> None:
    """A surname or a one-word organisation met again where no mention was found ("between Obama and
    Netanyahu" without a model, "Memorial says") is one more mention of that entity."""
    covered = {n for c in people + orgs for m in c.mentions for n in range(m.wa, m.wb)}
    names: dict[str, Cluster] = {}
    for c in people:  # "President Obama" apart from "First Lady Michelle Obama": the surname alone is his
        if all(" " not in m.text for m in c.mentions):
            names.setdefault(fold(c.mentions[0].text), c)
    for c in people:
        full = [m.text for m in c.mentions if " " in m.text]
        if full:
            names.setdefault(bare_surname(full[0].split()[-1]), c)  # "al-Baghdadi" is also "Baghdadi"
    for c in orgs:
        for m in c.mentions:
            if " " not in m.text:
                names.setdefault(fold(m.text), c)
    for n, w in enumerate(ws):
        named = names.get(fold(w.text)) or names.get(bare_surname(w.text))
        if named is None or n in covered or not w.text[:1].isupper():
            continue
        if named.kind == PER and lx.is_role_head(w.text):
            continue  # "Bruno Le Maire" is not the "Maire de Bourges": a role word alone is the role
        named.mentions.append(Mention(w.text, named.kind, w.start, w.end, w.i, w.j, w.sent, n, n + 1))


def _similar_first_names(a: str, b: str) -> bool:
    """ "Antony" / "Anthony", "Vladimir" / "V." — the same person under a variant spelling."""
    a, b = fold(a).rstrip("."), fold(b).rstrip(".")
    if a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
        return True
    return a[:1] == b[:1] and edit_distance(a, b) <= max(1, min(len(a), len(b)) // 4)


def _title_heads(ws: list[Word], m: Mention) -> set[str]:
    """The role words of the capitalised title right before a mention ("First Lady", "President"), folded."""
    heads = set()
    k = m.wa - 1
    while k >= 0 and ws[k].sent == ws[m.wa].sent and is_cap(ws[k].text):
        key = fold(ws[k].text)
        if lx.is_role_head(key):
            heads.add(lx.TITLE_INITIALS.get(key, key))  # "PM Modi" is titled as "Prime Minister Narendra Modi" is
        elif not (key in lx.ROLE_MODIFIERS or key in lx.HONORIFICS):
            break
        k -= 1
    return heads


def _other_titles(ws: list[Word], m: Mention, c: Cluster) -> bool:
    """Whether a titled surname and a person titled otherwise (and never so) are two people."""
    mine = _title_heads(ws, m)
    theirs = [_title_heads(ws, other) for other in c.mentions]
    titled = [t for t in theirs if t]
    return bool(mine) and bool(titled) and not any(mine & t for t in titled)


def _sex(m: Mention) -> str:
    """ "m" or "f" when the honorific before the mention says a man or a woman ("Mr", "Lady", "Mme"), else ""."""
    key = fold(m.honorific)
    return "m" if key in lx.MALE_HONORIFICS else "f" if key in lx.FEMALE_HONORIFICS else ""


def _styled(m: Mention) -> bool:
    """Whether the mention goes by its honorific and surname ("Lady Starmer"), the surname alone being another's."""
    return bool(m.honorific) and m.text.startswith(m.honorific + " ")


def _other_sex(m: Mention, c: Cluster) -> bool:
    """Whether a surname styled as a man's or a woman's and a person styled as the other sex are two people."""
    mine = _sex(m)
    return bool(mine) and any(_sex(other) not in ("", mine) for other in c.mentions)


def _people(mentions: list[Mention], ws: list[Word], text: str) -> list[Cluster]:
    clusters: list[Cluster] = []
    by_surname: dict[str, list[Cluster]] = defaultdict(list)
    singles: list[Mention] = []

    # Names found by their shape alone come after the others: "Unpredictable Sondland" opening a headline is
    # no given name and a surname once "Gordon Sondland" is met ("board member Hunter Biden" is a relative).
    def headline(m: Mention) -> bool:
        """The name opens a line with no sentence end: a headline, where every word is capitalised."""
        opens_line = m.wa == 0 or "\n" in text[ws[m.wa - 1].end : m.start]
        line_end = text.find("\n", m.end)
        line = text[m.start : line_end if line_end >= 0 else len(text)].rstrip()
        heading = line[-1:] not in '.!?»"”:'
        return m.tentative and opens_line and heading and fold(m.text.split()[0]) not in lx.FIRST_NAMES

    for m in sorted(mentions, key=lambda m: (-len(m.text.split()), headline(m), m.start)):
        parts = m.text.split()
        if len(parts) == 1 or surname_only(m.text):  # "Blair", "Le Pen", "de Villepin"
            singles.append(m)
            continue
        known = by_surname[fold(parts[-1])]
        if len(parts) == 2 and headline(m) and known:
            c = max(known, key=lambda c: len(c.mentions))
            surname = m.text.split()[-1]
            c.mentions.append(replace(m, text=surname, start=m.end - len(surname), wa=m.wb - 1))
            c.extra_aliases.append(m.text)
            continue
        # "Giscard d'Estaing" after "Valéry Giscard d'Estaing": the family name without the given name
        longer = [c for c in clusters if " " in fold(m.text) and fold(m.text) in name_tails(c.mentions[0].text)]
        if longer and has_particle(m.text):
            max(longer, key=lambda c: len(c.mentions)).mentions.append(m)
            continue
        surname = fold(parts[-1])
        for c in by_surname[surname]:
            if _similar_first_names(c.mentions[0].text.split()[0], parts[0]):
                c.mentions.append(m)
                break
        else:
            c = Cluster(PER, [m])
            clusters.append(c)
            by_surname[surname].append(c)
            # "Hans-Joachim Klein" is also "Klein"; "Ursula von der Leyen" is "von der Leyen".
    for m in sorted(singles, key=lambda m: m.start):
        key = fold(m.text)
        candidates = (
            by_surname.get(key)
            or [c for c in clusters if key in name_tails(c.mentions[0].text)]
            or _variant_surname(key, clusters)
        )
        if not candidates:  # "son frère Slobodan": a first name alone, when only one person has it
            firsts = [
                c
                for c in clusters
                if len(c.mentions[0].text.split()) > 1 and fold(c.mentions[0].text.split()[0]) == key
            ]
            candidates = firsts if len(firsts) == 1 else []
        # "President Obama" is not "First Lady Michelle Obama": a surname titled otherwise is another person
        candidates = [c for c in candidates if not _other_titles(ws, m, c)]
        # "Lady Starmer" is not "Sir Keir Starmer": a surname styled as the other sex's is another person, who goes
        # by the styled form (the surname alone is the other's too)
        others = [c for c in candidates if _other_sex(m, c)]
        candidates = [c for c in candidates if c not in others]
        if others and all(_styled(c.mentions[0]) for c in candidates):
            m = replace(m, text=f"{m.honorific} {m.text}")
        # (and the surname alone again is the one the text names by it: "Obama's policy" after "President Obama")
        # (not one styled as a man or a woman when this mention is not: "Starmer" after "Lady Starmer" and "Sir Keir
        # Starmer" is more likely the full name's)
        lone = [c for c in candidates if " " not in c.mentions[0].text and _sex(c.mentions[0]) in ("", _sex(m))]
        if candidates:
            (lone or [max(candidates, key=lambda c: len(c.mentions))])[0].mentions.append(m)
            continue
        c = Cluster(PER, [m])
        clusters.append(c)
        by_surname[key].append(c)
    return clusters


def _variant_surname(key: str, clusters: list[Cluster]) -> list[Cluster]:
    """ "Zelensky" after "Volodymyr Zelenskiy": a long surname spelt with one letter more, less or other (a
    transliteration) is the same person's, when only one person has such a surname."""
    if len(key) < _VARIANT_SURNAME_CHARS:
        return []
    found = [
        c
        for c in clusters
        if len(c.mentions[0].text.split()) > 1
        and (surname := fold(c.mentions[0].text.split()[-1]))[:1] == key[:1]
        and len(surname) >= _VARIANT_SURNAME_CHARS
        and edit_distance(surname, key) == 1
    ]
    return found if len(found) == 1 else []


_VARIANT_SURNAME_CHARS = 6  # shorter surnames one letter apart are different names ("Marin", "Martin")


def _variant_group(key: str) -> int | None:
    key = key.replace("-", " ")  # "Atlantique-nord"
    for n, group in enumerate(lx.ORG_VARIANTS):
        if key in group or key in {g.replace("-", " ") for g in group}:
            return n
    return None


_NOT_IN_ACRONYMS = lx.NOT_IN_ACRONYMS


def _initials(text: str) -> str:
    """ "Institut national de la statistique et des études économiques" -> "INSEE"."""
    return "".join(w[0] for w in re.split(r"[\s\-']+", fold(text)) if w and w not in _NOT_IN_ACRONYMS).upper()


def _initials_of_every_word(text: str) -> set[str]:
    """The initials of every word, small words too, with or without the opening article: a party's or a movement's
    initials often keep them ("La République en marche" -> "LREM", "REM"; "La France insoumise" -> "LFI"; "Europe
    Écologie Les Verts" -> "EELV")."""
    words = [w for w in re.split(r"[\s\-']+", fold(text)) if w and w[0].isalpha()]
    every = "".join(w[0] for w in words).upper()
    return {every, every[1:]} if words and words[0] in _NOT_IN_ACRONYMS else {every}


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "").replace("-", "")
    return 2 <= len(letters) <= 10 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 2)


def _acronym_of(short: str, long_: str) -> bool:
    letters = short.replace(".", "")
    return (
        letters.isupper()
        and len(letters) >= 2
        and len(long_.split()) >= 2
        and fold(letters).upper()
        in {_initials(long_), _initials(_without_legal_form(long_))} | _initials_of_every_word(long_)
    )


def _without_legal_form(name: str) -> str:
    """The company's name without the legal form written after it, which its initials leave out ("Pacific Gas &
    Electric Co." is "PG&E", "Merck & Co., Inc." "M&C")."""
    words = name.split()
    while len(words) > 1 and fold(words[-1].rstrip(",")) in lx.ACRONYM_LEGAL_FORMS:
        words.pop()
    return " ".join(words).rstrip(",")


def _with_variants(key: str) -> str:
    """The folded name with every known organisation inside it written as its group's shortest name."""
    for pattern, short in _VARIANT_PATTERNS:
        key = pattern.sub(short, key)
    return key


_VARIANT_PATTERNS = [
    (
        re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(g, key=len, reverse=True))) + r")(?![\w-])"),
        min(g, key=len),
    )
    for g in lx.ORG_VARIANTS
]


def _of_form(key: str) -> str | None:
    """ "nepal's civil aviation authority" -> "civil aviation authority of nepal": an owner's institution said the
    other way round."""
    owned = re.fullmatch(r"(.+)['’]s (.+)", key)
    return f"{owned.group(2)} of {owned.group(1)}" if owned else None


def _orgs(doc: Doc, ws: list[Word], mentions: list[Mention]) -> list[Cluster]:
    clusters: list[Cluster] = []
    index: dict[str, Cluster] = {}
    named = {fold(m.text) for m in mentions}  # every organisation the text names

    def find(key: str, text: str) -> Cluster | None:
        if key in index:
            return index[key]
        # "The Wall Street Journal" is the "Wall Street Journal": a title's article is written or not
        titled = [c for k, c in index.items() if _without_title_article(k) == _without_title_article(key)]
        if titled:
            return titled[0]
        # "CGT Info’Com" is "Info’Com-CGT": a union's own initials and its confederation's, in either order
        same_words = [c for k, c in index.items() if _word_set(key) and _word_set(k) == _word_set(key)]
        if same_words:
            return same_words[0]
        # "cour d'assises de la Haute-Saône" is the "cour d'assises de Haute-Saône"
        bare = [c for k, c in index.items() if " " in key and _without_articles(k) == _without_articles(key)]
        if bare:
            return bare[0]
        # "Nepal's civil aviation authority" is the "Civil Aviation Authority of Nepal", met before or after
        if (of_form := _of_form(key)) in index:
            return index[of_form]
        owners = [c for k, c in index.items() if _of_form(k) == key]
        if owners:
            return owners[0]
        # "Israel's military" is the "Israeli military": a country's body, by its name or by its nationality
        same = [c for k, c in index.items() if _same_country_body(k, key)]
        if same:
            return same[0]
        # "Conseil de l'UE" is the "Conseil de l'Union européenne": a known organisation inside, under another name
        inner = [c for k, c in index.items() if " " in key and _with_variants(k) == _with_variants(key)]
        if inner:
            return inner[0]
        group = _variant_group(key)
        for k, c in index.items():
            if group is not None and _variant_group(k) == group:
                return c
            # "Congrès américain" joins "Congrès": the longer name only adds adjectives.
            short, long_ = sorted((k, key), key=len)
            rest = long_[len(short) :].split()
            if long_.startswith(short + " ") and all(lx.is_nationality(w) or w in lx.ORG_ADJECTIVES for w in rest):
                return c
            # "United States Senate" joins "Senate": the longer name only adds the place it serves; "UN General
            # Assembly" joins "General Assembly": it only adds the organisation the body belongs to
            owner = long_[: -len(short)].strip()
            if long_.endswith(" " + short) and (
                short in lx.ORG_WORDS and lx.is_place(owner) or " " in short and owner in named
            ):
                return c
            # "Lehman" for "Lehman Brothers", "Deutsche" for "Deutsche Bank", "Merck" for "Merck & Co.": the distinctive
            # first word; "World Athletics" for "World Athletics Council": the name without the organisation words
            # that end it.
            long_words, short_words = long_.split(), short.split()
            distinctive = " " not in short and short not in lx.ORG_WORDS
            company = set(long_words[1:]) & (lx.ORG_WORDS | lx.ACRONYM_LEGAL_FORMS)
            if distinctive and len(long_words) > 1 and long_words[0] == short and company:
                return c
            tail = long_words[len(short_words) :]
            if len(short_words) > 1 and long_words[: len(short_words)] == short_words and set(tail) <= lx.ORG_WORDS:
                return c
            # "Commons" for "House of Commons": a chamber goes by its complement alone
            chamber = len(long_words) == 3 and long_words[0] in lx.CHAMBER_HEADS and long_words[1] in lx.OF_WORDS
            if chamber and long_words[2:] == short_words:
                return c
            # An acronym and its expansion: "PKK" / "Parti des travailleurs du Kurdistan".
            other = c.mentions[0].text
            if _acronym_of(text, other) or _acronym_of(other, text):
                return c
        return None

    for m in mentions:
        key = fold(m.text)
        c = find(key, m.text)
        if c is None:
            c = Cluster(ORG)
            clusters.append(c)
        c.mentions.append(m)
        index[key] = c
        if (whole := _with_its_place(doc, m)) and whole not in c.extra_aliases:
            c.extra_aliases.append(whole)
        for short in (_without_owner(m.text), _without_complement(m.text), _title_without_article(m.text)):
            if short and short not in c.extra_aliases:
                c.extra_aliases.append(short)
        for kind in _with_its_kind(doc, m):
            if kind not in c.extra_aliases:
                c.extra_aliases.append(kind)
    clusters = _place_qualified(_heads_alone(clusters))
    _join_abbreviations(doc, clusters)
    # An expansion written in parentheses after a name joins it: "l'Unesco (Organisation des ...)".
    for c in list(clusters):
        for m in c.mentions:
            tail = doc_text(doc)[m.end : m.end + 300]
            # "Parti des travailleurs du Kurdistan (PKK)": the name may go on in lower case before an acronym.
            paren = re.match(r"((?:[ \t]+[^\s(),.;:]+){0,6}?)\s*\(([^()\n]{2,200})\)", tail)
            if not paren:
                continue
            middle, inner = paren.group(1), paren.group(2).strip()
            if not inner[:1].isupper() or re.search(r"\d{4}", inner) or (middle and not _is_acronym(inner)):
                continue
            if _members_listed(m.end + len(middle), m.end + len(paren.group()), inner, mentions):
                continue
            if middle:
                c.extra_aliases.append(m.text + middle)
            c.extra_aliases.append(inner)
            for other in clusters:
                if (
                    other is not c
                    and other in clusters
                    and any(
                        o.start >= m.end + len(middle) and o.end <= m.end + len(paren.group()) for o in other.mentions
                    )
                ):
                    c.mentions += other.mentions
                    clusters.remove(other)
    return clusters


def _word_set(key: str) -> frozenset[str]:
    """The words of a name of two words or more, split at spaces and hyphens, in any order; empty for one word."""
    parts = frozenset(p for p in re.split(r"[\s-]+", key) if p)
    return parts if len(parts) > 1 else frozenset()


def _members_listed(start: int, end: int, inner: str, mentions: list[Mention]) -> bool:
    """The parentheses at [start, end) list organisations, the members of the body before them ("l'intersyndicale
    (Snes-FSU, CGT, Sud éducation)", "la coalition (LR, UDI)"): two names or more between commas, each its own
    organisation, no expansion of the name; not codes ("Ligue 1 (J7, J16 et J19)": the days of a league)."""
    inside = [m for m in mentions if start <= m.start and m.end <= end and not any(ch.isdigit() for ch in m.text)]
    return "," in inner and len({fold(m.text) for m in inside}) >= _LISTED_MEMBERS


_LISTED_MEMBERS = 2


_OWNED = re.compile(r"(?P<owner>[\w-]+)'s (?P<body>.+)")
_COUNTRY_PREFIX = 5  # a nationality meets its country's name on their first letters ("israeli", "israel")


def _same_country_body(one: str, other: str) -> bool:
    """ "israel's military" and "israeli military", "iran's foreign ministry" and "iranian foreign ministry": one
    country's body, named by the country's name and by its nationality, whose first letters are the name's."""
    owned = _OWNED.fullmatch(one) or _OWNED.fullmatch(other)
    named = other if owned and owned.string == one else one
    if not owned or not lx.is_place(owned.group("owner")):
        return False
    nationality, _, body = named.partition(" ")
    owner = owned.group("owner")
    return (
        body == owned.group("body")
        and lx.is_nationality(nationality)
        and not lx.is_place(nationality)
        and nationality.startswith(owner[:_COUNTRY_PREFIX])
    )


def _without_title_article(key: str) -> str:
    """A folded name without the article that opens it ("the new york times" -> "new york times")."""
    first, _, rest = key.partition(" ")
    return rest if rest and fold(first) in lx.ARTICLES else key


def _title_without_article(text: str) -> str | None:
    """ "The New York Times" is also the "New York Times": the title said without its article."""
    bare = _without_title_article(text)
    return None if bare == text else bare


_ARTICLE_AFTER_OF = re.compile(r"\b(de|d'|of) (?:la |l'|the )")


def _without_articles(key: str) -> str:
    """ "cour d'assises de la haute-saone" -> "cour d'assises de haute-saone": one name with or without the article
    of its complement."""
    return _ARTICLE_AFTER_OF.sub(r"\1 ", key).replace("de l'", "de ")


def _heads_alone(clusters: list[Cluster]) -> list[Cluster]:
    """A body written by its head alone ("la cour d'assises", "la commission d'enquête", "le ministère de la Santé")
    where the text names exactly one body in full with that head ("la cour d'assises de Vesoul") is that body; with
    two full names ("le tribunal de Paris", "le tribunal de Lyon"), the head alone stays apart. An English name ends
    on its head ("the Council" of "Euclid City Council", "the Commission" of "Independent National Electoral
    Commission")."""
    out = list(clusters)
    for short in clusters:
        forms = {fold(m.text) for m in short.mentions}
        head = next(iter(forms))
        # ("la Ville" of "la Ville de Lyon", "the City" of "the City of Dayton")
        heads = lx.GENERIC_ORG_WORDS | lx.INSTITUTION_HEADS | lx.CAPITALISED_BODIES
        if len(forms) != 1 or fold(head.split()[0]) not in heads:
            continue
        fuller = [c for c in out if c is not short and any(_headed_by(fold(m.text), head) for m in c.mentions)]
        if len(fuller) == 1:
            fuller[0].mentions += short.mentions
            out.remove(short)
    return out


def _place_qualified(clusters: list[Cluster]) -> list[Cluster]:
    """A name that a longer name of the text only qualifies by a place is that body: "the Arts Council" of "Arts
    Council England", "the Bears" of "the Chicago Bears", "City Council" of "Euclid City Council", "le CREPS" of "le
    CREPS de Bourges" (dev pages, issue 19: one body named twice counted as two). A lone generic head ("the Council",
    "la Ville") is `_heads_alone`'s; a name of a kind of body ("City Council") that two places qualify ("Euclid City
    Council", "Cleveland City Council") stays apart, while a proper name of its own (an acronym, words that name no
    kind of body) is one body wherever the text says it stands ("CREPS Centre-Val de Loire", "CREPS de Bourges")."""
    out = list(clusters)
    for short in clusters:
        forms = {_bare_key(m.text) for m in short.mentions} - _generic_or_place_forms(short)
        if short not in out or not forms:
            continue
        fuller = [
            c for c in out if c is not short and any(_qualified_by_place(_bare_key(m.text), forms) for m in c.mentions)
        ]
        proper = all(_is_acronym(m.text) or not set(fold(m.text).split()) & lx.ORG_WORDS for m in short.mentions)
        proper = proper and len(forms) == len({_bare_key(m.text) for m in short.mentions})
        if not fuller or len(fuller) > 1 and not proper:
            continue
        target = fuller[0]
        for c in [short, *fuller[1:]]:
            target.mentions += c.mentions
            target.extra_aliases += [a for a in c.extra_aliases if a not in target.extra_aliases]
            out.remove(c)
    return out


def _generic_or_place_forms(c: Cluster) -> set[str]:
    """The cluster's folded forms that are a lone word naming a kind of body ("council", "city", "ville"), or a
    place: no name a place can qualify (the head alone is `_heads_alone`'s)."""
    heads = lx.ORG_WORDS | lx.GENERIC_ORG_WORDS | lx.INSTITUTION_HEADS | lx.CAPITALISED_BODIES
    keys = {_bare_key(m.text) for m in c.mentions}
    return {k for k in keys if " " not in k and k in heads or _known_place(k)}


def _bare_key(text: str) -> str:
    """The folded name without the article of a title ("The Tribune" -> "tribune")."""
    return _without_title_article(fold(text))


def _known_place(text: str) -> bool:
    """A place of the gazetteer, a town or a region of the world lists ("Euclid", "Centre-Val de Loire")."""
    return lx.is_known_place(text) or lx.is_subdivision(text)


_OF_PLACE = re.compile(
    rf"(?:(?:{_OF})\s+(?:(?:{_AFTER_OF})\s+|(?:{_AFTER_OF_ELIDED})['’])?|(?:{_OF_ELIDED})['’])(?P<place>.+)"
)


def _qualified_by_place(name: str, forms: set[str]) -> bool:
    """The folded `name` is one of `forms` and a place after it ("arts council england"), or a town after "de"/"of"
    ("creps de bourges"), or a place or a town before it ("chicago bears", "euclid city council"). A town alone after
    the name is no proof: a union's section is named by its firm ("CGT Goodyear"), a firm's name is often a town's."""
    for form in forms:
        if name.startswith(form + " "):
            rest = name[len(form) + 1 :]
            of = _OF_PLACE.fullmatch(rest)
            if _known_place(of.group("place")) if of else lx.is_place(rest) or lx.is_subdivision(rest):
                return True
        elif name.endswith(" " + form) and _known_place(name[: -len(form) - 1]):
            return True
    return False


def _headed_by(name: str, head: str) -> bool:
    """The folded `name` opens on the words `head` (French, "cour d'assises de Vesoul") or, for one word, ends on it
    (English, "euclid city council"); not a country's institution, which its nation qualifies ("the Government" is
    not "the Scottish Government")."""
    ends = " " not in head and head not in lx.NATIONAL_INSTITUTION_HEADS and name.endswith(" " + head)
    return name.startswith(head + " ") or ends


def _places(mentions: list[Mention], lang: str) -> list[Cluster]:
    clusters: dict[str, Cluster] = {}
    for m in mentions:
        key = fold(lx.place_name(m.text, lang) or m.text)
        clusters.setdefault(key, Cluster(LOC)).mentions.append(m)
    # "US" / "U.S." and "United States", "RDC" and "République démocratique du Congo": a place written as its
    # initials is the place the text also names in full.
    for short in list(clusters.values()):
        initials = short.mentions[0].text
        if not _is_acronym(initials):
            continue
        full = next(
            (c for c in clusters.values() if c is not short and any(_acronym_of(initials, m.text) for m in c.mentions)),
            None,
        )
        if full is not None:
            full.mentions += short.mentions
            clusters = {k: c for k, c in clusters.items() if c is not short}
    return _seats_in_their_buildings(clusters)


def _initials_as_adjective(doc: Doc, ws: list[Word], c: Cluster) -> bool:
    """ "U.S. District Judge Zagel", "the U.S. Senate seat", "US President Obama", "the UK Government", "UK Tories": a
    country's initials written only before a capitalised name or title tell whose office or body it is, not where the
    story is (the dev gold left such a place out on the 4 pages of 4 that write it so); once written as a noun
    ("visited the US", "the UK and US", "the U.K.'s election") they are a place of the story. (Before a lower-case
    noun, "U.S. aid", "U.S. goods", the gold is split, and the place stays.)"""
    return all(fold(m.text) in lx.ADJECTIVE_INITIALS and _before_a_title(doc, ws, m) for m in c.mentions)


def _before_a_title(doc: Doc, ws: list[Word], m: Mention) -> bool:
    """The mention is followed, one space on its line, by a capitalised word of its sentence that is no function word,
    day or month ("U.S. Senate", "US President"; not "the US. The", "the US In 2019", "the UK Monday", nor a
    programme's next line: "economy of the UK" / "Debate – ...")."""
    if m.wb >= len(ws) or ws[m.wb].sent != ws[m.wb - 1].sent:
        return False
    nxt = ws[m.wb]
    key = fold(nxt.text)
    return (
        doc_text(doc)[m.end : nxt.start] == " "
        and is_cap(nxt.text)
        and key not in lx.STOP_WORDS
        and key not in lx.WEEKDAYS | lx.MONTH_WORDS
    )


def _seats_in_their_buildings(clusters: dict[str, Cluster]) -> list[Cluster]:
    """ "reçu à l'Élysée" and "un dîner au palais de l'Élysée", "à Matignon" and "à l'hôtel de Matignon": a seat of
    power where something happens and the building named with its noun are one place, the text naming it both ways."""
    for seat in [k for k in clusters if k in lx.INSTITUTIONS]:
        building = next((k for k in clusters if _building_of(k, seat)), None)
        if building is not None:
            clusters[building].mentions += clusters.pop(seat).mentions
    return list(clusters.values())


def _building_of(key: str, seat: str) -> bool:
    """The key is one noun, "de" (or "of") and its article, and the seat ("palais de l'elysee", "hotel de matignon")."""
    rest = key.replace("'", "' ").split()[1:]  # (the elided "d'", "l'" as words of their own)
    if len(rest) < 2 or rest[0] not in lx.OF_WORDS:
        return False
    rest = rest[2:] if rest[1] in lx.ARTICLES else rest[1:]
    return " ".join(rest).replace("' ", "'") == seat


def _canonical(c: Cluster) -> str:
    """The most frequent form (full names only, for people); ties go to the longer, then the first."""
    ms = sorted(c.mentions, key=lambda m: m.start)
    forms = [m.text for m in ms if c.kind != PER or len(m.text.split()) > 1 and not surname_only(m.text)]
    if c.kind == LOC:  # a place is named in full, not by its initials ("United States", not "US")
        forms = [f for f in forms if not _is_acronym(f)]
    forms = forms or [m.text for m in ms]
    counts = Counter(fold(f) for f in forms)
    if c.kind == ORG:  # count OTAN / Otan together, but spell it as first met
        for short in list(counts):
            # "Lehman" is said for "Lehman Brothers": the full name carries the short one's count.
            longer = [k for k in counts if k.startswith(short + " ")]
            if longer and not _is_acronym(next(f for f in forms if fold(f) == short)):
                counts[longer[0]] += counts.pop(short)
        best = max(counts, key=lambda k: (counts[k], len(k)))
    else:
        best = max(counts, key=lambda k: (counts[k], len(k.split()), -[fold(f) for f in forms].index(k)))
    return next(f for f in forms if fold(f) == best)


def _group_role(role: str) -> bool:
    """A role of a group, in the plural ("ministres lorrains", "deux ministres"): each member's own title says more."""
    return any(singular_role(w) is not None for w in role.split())


def _style_only(role: str) -> bool:
    """A role that is only an academic or military style ("Professor"): any office the text gives says more."""
    return style_only(role.split())


def _choose_role(roles: list[str]) -> str | None:
    """The first role that describes the person ("homologue" only relates them to someone else, "Professor" only
    styles them)."""
    own = [r for r in roles if not any(fold(w) in lx.RELATIONAL_ROLES for w in r.split()) and not _style_only(r)]
    # a role word of the lexicon says more than a noun known only by its ending ("X, monsieur retraites du
    # gouvernement" in a headline, "X, haut-commissaire aux retraites" in the story)
    titled = [r for r in own if any(lx.is_role_head(w) for w in r.replace("'", " ").split())]
    if titled or own:
        return spelt_out((titled or own)[0])
    return spelt_out(max(roles, key=len)) if roles else None


def _with_its_place(doc: Doc, m: Mention) -> str | None:
    """ "U.S. Senate": the institution cut from the place written before it (the place counts as a place of the
    story where the text also writes it as a noun: `_initials_as_adjective`) keeps the whole name as an alias."""
    if fold(m.text.split()[-1]) not in lx.ORG_WORDS:
        return None
    run = re.search(r"(?:[A-ZÀ-Þ][\w.'’-]*[ \t]+){1,3}$", doc_text(doc)[max(0, m.start - 40) : m.start])
    if run is None:
        return None
    words = run.group(0).split()
    for k in range(len(words)):
        if lx.is_place(" ".join(words[k:])):
            return " ".join([*words[k:], m.text])
    return None


def _without_owner(text: str) -> str | None:
    """The organisation's own name without the country it belongs to: "UAE's General Civil Aviation Authority" is the
    "General Civil Aviation Authority", "la NSA américaine" the "NSA"."""
    words = text.split()
    if len(words) == 2 and _is_acronym(words[0]) and lx.is_nationality(words[1]):
        return words[0]
    owned = re.fullmatch(r"[^\s'’]+(?: [^\s'’]+)?['’]s ([A-Z].*)", text)
    if owned and any(fold(w) in lx.ORG_WORDS for w in owned.group(1).split()):
        return owned.group(1)
    return None


def _join_abbreviations(doc: Doc, clusters: list[Cluster]) -> None:
    """A name in parentheses after its short name ("l'Arcep (l'Autorité de régulation ...)") takes the short name as
    an alias, and the short name's own mentions."""
    for c in list(clusters):
        for m in list(c.mentions):
            short = _abbreviation_before(doc, m)
            if short is None or c not in clusters:
                continue
            if short not in c.extra_aliases:
                c.extra_aliases.append(short)
            for other in [o for o in clusters if o is not c and any(fold(x.text) == fold(short) for x in o.mentions)]:
                c.mentions += other.mentions
                clusters.remove(other)


_KIND_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+)[ \t]+$")
_PLACE_AFTER = re.compile(r"[ \t]+(?:de|du|d['’])[ \t]*([A-ZÀ-Þ][\w-]+)")


def _with_its_kind(doc: Doc, m: Mention) -> list[str]:
    """ "le groupe SOS", "l'institut Ramazzini", "l'université Ouverte de Catalogne": the kind of body written in
    lower case right before its name is part of the name its members give it: the name with its kind (and with the
    place after "de" that it holds) is an alias of the organisation."""
    if m.label != ORG:
        return []
    text = doc_text(doc)
    kind = _KIND_BEFORE.search(text[max(0, m.start - 30) : m.start])
    if kind is None or not kind.group(1).islower() or fold(kind.group(1)) not in lx.NAME_KIND_HEADS:
        return []
    named = f"{kind.group(1)} {m.text}"
    place = _PLACE_AFTER.match(text[m.end : m.end + 60])
    if place and lx.is_known_place(place.group(1)):
        return [named, named + text[m.end : m.end + place.end()]]
    return [named]


_BEFORE_PARENTHESIS = re.compile(r"(?<![\w-])([^\W\d_][\w&]{2,9})[ \t]*\([ \t]*(?:l['’]|la |le |les |the )?$")


def _abbreviation_before(doc: Doc, m: Mention) -> str | None:
    """ "l'Arcep (l'Autorité de régulation des communications électroniques ...)": the short name the text gives right
    before the organisation's name in parentheses, its letters the initials of the name's words in order (the small
    words may give theirs or not: "Inrae", "Institut national de recherche pour l'agriculture, l'alimentation et
    l'environnement"), is the organisation's too."""
    before = _BEFORE_PARENTHESIS.search(doc_text(doc)[max(0, m.start - 40) : m.start])
    if before is None:
        return None
    short = before.group(1)
    inner = re.match(r"[^()\n]{0,200}\)", doc_text(doc)[m.start :])
    if inner is None or not short[0].isupper() or fold(short) in lx.COMMON_WORDS or lx.is_place(short):
        return None
    words_ = [w for w in re.split(r"[\s\-']+", fold(inner.group(0))) if w and w[0].isalpha()]
    return short if words_ and _abbreviates(fold(short), words_) else None


def _abbreviates(letters: str, words_: list[str]) -> bool:
    """The letters are the first letters of the first word and of later words in order, each word giving none, one
    or a few of its own first letters ("ifremer": Institut Français de Recherche pour l'Exploitation de la MER)."""
    # (which letters are matched, from which word on: each pair is tried once)
    reached = {(0, 0)}
    todo = [(0, 0)]
    while todo:
        i, j = todo.pop()
        for k in range(j, len(words_) if i else 1):
            word = words_[k]
            n = 0
            while n < min(len(word), len(letters) - i) and word[n] == letters[i + n]:
                n += 1
                if i + n == len(letters):
                    return True
                if (i + n, k + 1) not in reached:
                    reached.add((i + n, k + 1))
                    todo.append((i + n, k + 1))
    return False


def _without_complement(text: str) -> str | None:
    """ "Zondo Commission of Inquiry" is also the "Zondo Commission": a name of two words or more that ends with an
    organisation word before its "of" complement goes by that name alone ("Bank of England" has one word only)."""
    head, of, _ = text.partition(" of ")
    words = head.split()
    return head if of and len(words) > 1 and fold(words[-1]) in lx.ORG_WORDS else None


def _participant(c: Cluster) -> Participant:
    name = _canonical(c)
    name = lx.INSTITUTIONS.get(fold(name), name)  # "quai d'Orsay" -> "Quai d'Orsay"
    aliases: list[str] = []
    for form in [m.text for m in sorted(c.mentions, key=lambda m: m.start)] + c.extra_aliases:
        if fold(form) != fold(name) and fold(form) not in {fold(a) for a in aliases}:
            aliases.append(form)
    kind: Literal["person", "organization"] = "person" if c.kind == PER else "organization"
    return Participant(name, kind, _choose_role(c.roles) if c.kind == PER else None, aliases, len(c.mentions))


def _place_name(c: Cluster, lang: str) -> str:
    name = _canonical(c)
    gazetteer = lx.place_name(name, lang)
    # "du Caire" is written without its article; the gazetteer has "Le Caire".
    if gazetteer and fold(gazetteer) != fold(name) and fold(gazetteer).endswith(fold(name)):
        return gazetteer
    return name
