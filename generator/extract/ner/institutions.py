"""Institutions written in lower case ("le tribunal de Nanterre", "the state department") found as mentions."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.cue import Mention, acting, previous_words
from generator.extract.ner.extent import complements_agree, org_adjective
from generator.extract.ner.text import doc_text
from generator.extract.ner.venues import visited
from generator.extract.ner.words import (
    OF_WORDS,
    ORG,
    Word,
    is_acronym,
    is_cap,
    sentence_start,
)

# "le gouvernement Aznar", "the Obama administration": the name after these nouns is a person's.

_INSTITUTION_HEADS = lx.INSTITUTION_HEADS


def lowercase_institutions(doc: Doc, ws: list[Word], found: list[Mention], lang: str) -> list[Mention]:
    """Institutions written in lower case: "le parlement européen", "la convention européenne", "le parlement
    de Strasbourg" (a head word, then an adjective of institutions or "de" and a known place)."""
    taken = {n for m in found for n in range(m.wa, m.wb)}
    out = []
    for k, w in enumerate(ws[:-1]):
        if k not in taken and (span := _national_institution(ws, k)):
            a, end = span
            presides = a == k and end - a == 4  # "présidence française du G7"
            # "une source à la présidence sénégalaise": its people speak for it; "l'agenda de la présidence danoise",
            # "remis par la présidence congolaise": it issues or does
            voiced = _spoken_for(ws, a) or _issued_by(ws, a)
            # (of the state itself, the institution: "un communiqué de la présidence de la République")
            of_state = fold(ws[end - 1].text) in lx.STATE_FORMS
            term = not presides and not voiced and not of_state
            if fold(w.text) in lx.OFFICE_TERMS and term and not acting(doc, ws, a, end):
                continue  # "durant la présidence danoise", "auprès de la présidence française": a term, a seat
            if of_state and (body := _body_of(ws, a)) is not None and not taken & set(range(body, a)):
                a = body  # "le Cabinet civil de la présidence de la République": the body it holds
            text = doc_text(doc)[ws[a].start : ws[end - 1].end]
            out.append(Mention(text, ORG, ws[a].start, ws[end - 1].end, ws[a].i, ws[end - 1].j, w.sent, a, end))
            continue
        if k not in taken and (end := _court(doc, ws, k) or _consular_chamber(ws, k)):
            text = doc_text(doc)[w.start : ws[end - 1].end]
            out.append(Mention(text, ORG, w.start, ws[end - 1].end, w.i, ws[end - 1].j, w.sent, k, end))
            continue
        head = fold(w.text)
        if not w.text.islower() or head not in _INSTITUTION_HEADS | lx.LOCAL_BODY_HEADS or k in taken or k + 1 in taken:
            continue
        if k == 0 or fold(ws[k - 1].text) not in lx.INSTITUTION_LEADS:
            continue
        nxt = fold(ws[k + 1].text)
        if head in lx.LOCAL_BODY_HEADS:
            # (after its article: "secrétaire général de préfecture de X" says a kind of post)
            if fold(ws[k - 1].text) not in lx.TITLE_ARTICLES or _building_or_town(ws, k):
                continue
            if not (end := territory_end(ws, k + 1)):
                continue
        elif nxt in lx.ORG_ADJECTIVES and not lx.is_nationality(nxt) or nxt in lx.INSTITUTION_NATIONALITIES:
            end = _more_adjectives(doc, ws, k + 2)  # "le parquet national antiterroriste"
            end = _complement_end(doc, ws, head, end)  # "la commission nationale de contrôle"
        elif end := territory_end(ws, k + 1):
            pass  # "le barreau de Lyon", "le tribunal de Nanterre", "le barreau de Tarn-et-Garonne"
        elif fold(w.text) in lx.COMMITTEE_HEADS and nxt in OF_WORDS and (end := _committee_field(doc, ws, k + 2)):
            end = _coordinated_field(doc, ws, k + 1, end)  # "en commission des lois", "la commission de la défense"
        else:
            continue
        text = doc_text(doc)[w.start : ws[end - 1].end]
        out.append(Mention(text, ORG, w.start, ws[end - 1].end, w.i, ws[end - 1].j, w.sent, k, end))
    return out


def _more_adjectives(doc: Doc, ws: list[Word], end: int) -> int:
    """The end of the adjectives that go on after an institution's first one ("le parquet national antiterroriste",
    "le parquet national financier"); not a meeting's ("extraordinaire")."""
    while (
        end < len(ws)
        and ws[end].sent == ws[end - 1].sent
        and ws[end].text.islower()
        and fold(ws[end].text) not in lx.MEETING_QUALIFIERS
        and org_adjective(doc, ws, end, has_ner=False)
    ):
        end += 1
    return end


def _building_or_town(ws: list[Word], k: int) -> bool:
    """The territory's body at `k` is its building ("devant la mairie de Lyon", "à la préfecture de Lyon"), or its
    head names a town in apposition ("Pau, la préfecture des Pyrénées-Atlantiques")."""
    prev = previous_words(ws, k, 2)
    return visited(ws, k) or any(p in lx.BUILDING_PREPOSITIONS for p in prev) or (k >= 2 and ws[k - 2].text == ",")


def _spoken_for(ws: list[Word], a: int) -> bool:
    """A speaker's noun, then "à", "de" or "at" and maybe an article, before the words at `a` ("une source à la
    présidence", "un responsable de la présidence", "officials at the presidency")."""
    prev = [p for p in previous_words(ws, a, 4) if p not in lx.ARTICLES]
    return len(prev) >= 2 and prev[-1] in OF_WORDS | lx.PLACE_PREPOSITIONS and prev[-2] in lx.SPEAKER_NOUNS


def _issued_by(ws: list[Word], a: int) -> bool:
    """What the institution issues, then "de" or "of" and maybe an article, before the words at `a` ("l'agenda de la
    présidence danoise", "the final press conference of the Italian presidency"), or the agent's "par" or "by" ("le
    programme remis par la présidence congolaise"): the institution acts, it is no term of office."""
    prev = [p for p in previous_words(ws, a, 4) if p not in lx.ARTICLES]
    if prev and prev[-1] in lx.REPORT_AGENTS:
        return True
    return len(prev) >= 2 and prev[-1] in OF_WORDS and prev[-2] in lx.ISSUED_NOUNS


def with_possessor(doc: Doc, ws: list[Word], found: list[Mention]) -> list[Mention]:
    """An institution named only by generic words takes in the country or town whose institution it is: "Russia's
    Defense Ministry", "Ukraine's Supreme Court" (each country has one: the possessor tells them apart)."""
    out = []
    for m in found:
        n = m.wa - 1
        generic = _generic_name(ws[m.wa : m.wb])
        if m.label != ORG or not generic or n < 1 or ws[n].text not in lx.POSSESSIVES or ws[n].sent != m.sent:
            out.append(m)
            continue
        a = possessor_start(ws, n) if ws[n - 1].end == ws[n].start else None
        if a is None:
            out.append(m)
            continue
        text = doc_text(doc)[ws[a].start : m.end]
        out.append(Mention(text, ORG, ws[a].start, m.end, ws[a].i, m.j, m.sent, a, m.wb, m.honorific, m.acting))
    return out


def _generic_name(name: list[Word]) -> bool:
    """A name any country's institution may bear: a body's head word after words that say what it does or that
    qualify it ("Defense Ministry", "Foreign Ministry", "Supreme Court", "National Guard")."""
    *qualifiers, head = (fold(x.text) for x in name)
    heads = lx.GENERIC_ORG_WORDS | lx.NATIONAL_INSTITUTION_HEADS
    return head in heads and all(q in heads | _QUALIFIERS for q in qualifiers)


_QUALIFIERS = lx.MINISTRY_DOMAINS | lx.ROLE_MODIFIERS | lx.ORG_OPENERS | lx.ORG_ADJECTIVES


_TERRITORY_WORDS = 3  # "de Seine-Saint-Denis", "de Saint-Pierre et Miquelon": the longest territory's name read


def territory_end(ws: list[Word], n: int) -> int:
    """The end of a territory named after "de", "des", "du" or "de la" at `n`: a town, a place or a subdivision
    that the gazetteer or the world's lists know ("de Créteil", "des Pyrénées-Atlantiques", "de la Creuse",
    "de Tarn-et-Garonne"); or 0."""
    if n >= len(ws) or fold(ws[n].text) not in lx.INSTITUTION_OF_WORDS | lx.TERRITORY_OF_WORDS:
        return 0
    a = n + 1
    if a < len(ws) and fold(ws[n].text) in lx.INSTITUTION_OF_WORDS and fold(ws[a].text) in lx.ARTICLES_AFTER_OF:
        a += 1  # "de la Creuse", "de l'Ain"
    for end in range(min(len(ws), a + _TERRITORY_WORDS), a, -1):
        name = ws[a:end]
        if any(x.sent != ws[n].sent for x in name) or not is_cap(name[0].text):
            continue
        text = " ".join(x.text for x in name)
        if lx.is_known_place(text) or lx.is_subdivision(text):
            return end
    return 0


def _complement_end(doc: Doc, ws: list[Word], head: str, end: int) -> int:
    """The end of what an institution's name adds after its head and adjectives at `end`: its territory ("le parquet
    national de Paris") or, for a committee, its field ("la commission nationale de contrôle")."""
    if territory := territory_end(ws, end):
        return territory
    if fold(ws[end - 1].text) in lx.TERRITORIAL_ADJECTIVES and (territory := _named_territory_end(ws, end)):
        return territory
    if head in lx.COMMITTEE_HEADS and end < len(ws) and fold(ws[end].text) in OF_WORDS:
        field = _committee_field(doc, ws, end + 1)
        return _coordinated_field(doc, ws, end, field) if field else end
    return end


def _coordinated_field(doc: Doc, ws: list[Word], of: int, end: int) -> int:
    """The end of a committee's second field, coordinated with the first (at the "de" at `of`, ending at `end`) in
    the same shape ("la commission nationale de suivi et de contrôle", "la commission des lois et des affaires
    sociales"), or `end`."""
    if end + 2 >= len(ws) or fold(ws[end].text) not in lx.AND_WORDS or fold(ws[end + 1].text) not in OF_WORDS:
        return end
    if ws[end + 1].sent != ws[end].sent or not complements_agree(ws, of, end + 1):
        return end
    return _committee_field(doc, ws, end + 2) or end


def _named_territory_end(ws: list[Word], n: int) -> int:
    """The end of "de" and one capitalised name at `n`, a territory's name whether or not a list knows it: after a
    territorial body ("le conseil municipal d'Uturoa") no other name follows "de"; not before another capitalised word
    (a name of two words may be a person's); or 0."""
    if n + 1 >= len(ws) or fold(ws[n].text) not in lx.INSTITUTION_OF_WORDS or ws[n + 1].sent != ws[n].sent:
        return 0
    name = ws[n + 1]
    if not is_cap(name.text) or not name.text.replace("-", "").isalpha():
        return 0
    after = ws[n + 2] if n + 2 < len(ws) and ws[n + 2].sent == name.sent else None
    return 0 if after is not None and is_cap(after.text) and after.start == name.end + 1 else n + 2


def _court(doc: Doc, ws: list[Word], k: int) -> int:
    """The end of a court written in lower case from its head at `k`: "la cour d'assises", "la cour d'appel de Douai",
    "la chambre de l'instruction", "la cour d'assises des Alpes-Maritimes", "la cour d'assises spéciale de Paris"; or
    0."""
    if not ws[k].text.islower() or fold(ws[k].text) not in lx.COURT_HEADS:
        return 0
    n = k + 1
    while n < len(ws) and fold(ws[n].text) in OF_WORDS | lx.ARTICLES and n - k <= 2:
        n += 1
    kinds = lx.COURT_ADJECTIVES if n == k + 1 else lx.COURT_KINDS  # "le tribunal correctionnel", "la cour d'appel"
    if n > k + 1 and n + 1 < len(ws) and fold(ws[n].text) in lx.COURT_KIND_OPENERS:
        n += 1  # "le tribunal de grande instance"
    if n >= len(ws) or ws[n].sent != ws[k].sent or fold(ws[n].text) not in kinds:
        return 0
    end = _more_adjectives(doc, ws, n + 1)  # "la cour d'assises spéciale"
    of = end
    while of < len(ws) and fold(ws[of].text) in OF_WORDS | lx.ARTICLES and of - end < 2:
        of += 1
    if of > end and of < len(ws) and ws[of].sent == ws[k].sent and is_cap(ws[of].text):
        end = of + 1  # "... des Alpes-Maritimes", "... de Douai"
    return end


_CONSULAR_SECOND_FIELD = 4  # "et d'industrie", "et de l'artisanat": "et", "de", maybe an article, the field


def _consular_chamber(ws: list[Word], k: int) -> int:
    """The end of a consular chamber written in lower case from its head at `k`, after an article: "la chambre
    d'agriculture", "la chambre de commerce et d'industrie", "la chambre des métiers et de l'artisanat", maybe with
    its territory ("la chambre d'agriculture de la Creuse"); or 0."""
    if not ws[k].text.islower() or fold(ws[k].text) not in lx.CONSULAR_HEADS or k == 0:
        return 0
    if fold(ws[k - 1].text) not in lx.INSTITUTION_LEADS or k + 2 >= len(ws):
        return 0
    linked = fold(ws[k + 1].text) in lx.INSTITUTION_OF_WORDS | lx.TERRITORY_OF_WORDS
    if not linked or fold(ws[k + 2].text) not in lx.CONSULAR_FIELDS or ws[k + 2].sent != ws[k].sent:
        return 0
    end = k + 3
    second = ws[end : end + _CONSULAR_SECOND_FIELD]
    if len(second) >= 3 and fold(second[0].text) in lx.AND_WORDS and fold(second[1].text) in OF_WORDS:
        n = end + 2 + (fold(second[2].text) in lx.ARTICLES_AFTER_OF)
        if n < len(ws) and ws[n].text.isalpha() and ws[n].text.islower() and ws[n].sent == ws[k].sent:
            end = n + 1  # "et d'industrie", "et de l'artisanat"
    return territory_end(ws, end) or end


def _national_institution(ws: list[Word], k: int) -> tuple[int, int] | None:
    """A country's institution written in lower case, as words [a, end): after an article, the head word and a
    nationality ("la présidence danoise", "du gouvernement tchèque"), maybe with the body it presides ("la présidence
    française du G7"); or the country's name, "'s" and maybe two lower-case words before the head ("Israel's
    parliament", "China's commerce ministry", "Nepal's civil aviation authority")."""
    w = ws[k]
    if fold(w.text) not in lx.NATIONAL_INSTITUTION_HEADS or k == 0:
        return None
    nxt = ws[k + 1] if k + 1 < len(ws) and ws[k + 1].sent == w.sent else None
    if not w.text.islower():
        # "la Présidence luxembourgeoise": the head capitalised after its article, its nationality in lower case
        led = is_cap(w.text) and fold(ws[k - 1].text) in lx.INSTITUTION_LEADS and ws[k - 1].sent == w.sent
        if not (led and nxt is not None and nxt.text.islower() and lx.is_nationality(nxt.text)):
            return None
    if fold(ws[k - 1].text) in lx.INSTITUTION_LEADS and nxt is not None and nxt.text.islower():
        if (end := _state_end(ws, k + 1)) and not _of_a_building(ws, k - 1):
            return k, end  # "la présidence de la République" (not "au palais de la présidence de la République")
        if not lx.is_nationality(nxt.text):
            return None
        end = k + 2
        if end + 1 < len(ws) and fold(ws[end].text) in OF_WORDS and is_acronym(ws[end + 1].text):
            end += 2  # "la présidence française du G7"
        return k, end
    n = k - 1
    while n > 0 and k - n <= 2 and ws[n].text.isalpha() and ws[n].text.islower() and ws[n].sent == w.sent:
        if fold(ws[n].text) in lx.STOP_WORDS or lx.is_role_head(ws[n].text):
            return None  # ("Israel's chief military spokesperson": the words are a person's rank)
        n -= 1
    if ws[n].sent != w.sent:
        return None
    if n >= 1 and ws[n].text in lx.POSSESSIVES and ws[n - 1].end == ws[n].start:
        a = possessor_start(ws, n)
        return None if a is None else (a, k + 1)
    # "the Thai police", "the Chinese foreign ministry", "Fremont police": a people's or a place's institution,
    # its adjective or name before the head (not after a capitalised word that goes on the name: "New Thai police")
    a = _people_or_place_start(ws, n)
    return None if a is None else (a, k + 1)


def _state_end(ws: list[Word], n: int) -> int:
    """The index after "de la République" (an of-word, maybe an article, the state's form: `state_forms`) from `n`,
    in `n`'s sentence, or 0: the state whose institution the head before it is, in either case ("la présidence de la
    république")."""
    k = n + 1
    if k < len(ws) and fold(ws[k].text) in lx.ARTICLES_AFTER_OF and fold(ws[k].text) not in OF_WORDS:
        k += 1
    if k >= len(ws) or fold(ws[n].text) not in OF_WORDS or fold(ws[k].text) not in lx.STATE_FORMS:
        return 0
    return k + 1 if all(w.sent == ws[n].sent for w in ws[n : k + 1]) else 0


def _body_of(ws: list[Word], k: int) -> int | None:
    """The start of a body's name whose head is capitalised, maybe with one or two adjectives in lower case, right
    before an of-word and the article before `k` ("le Cabinet civil de la présidence", "le Secrétariat général de
    la présidence"): the body of the institution at `k`, whose name the institution ends; or None."""
    n = k - 1
    if n < 2 or fold(ws[n].text) not in lx.ARTICLES_AFTER_OF or fold(ws[n - 1].text) not in OF_WORDS:
        return None
    n -= 2
    while n >= 0 and k - n <= 5 and ws[n].sent == ws[k].sent and ws[n].text.isalpha() and ws[n].text.islower():
        if fold(ws[n].text) in lx.STOP_WORDS:
            return None
        n -= 1
    if n < 0 or ws[n].sent != ws[k].sent or not is_cap(ws[n].text):
        return None
    return n if fold(ws[n].text) in lx.GENERIC_ORG_WORDS | lx.ORG_WORDS else None


def _of_a_building(ws: list[Word], a: int) -> bool:
    """A building's noun, then "de", before the article at `a` ("le palais de la présidence"): the words after name
    the building's owner, and the whole is a place."""
    prev = [p for p in previous_words(ws, a, 3) if p not in lx.ARTICLES]
    return len(prev) >= 2 and prev[-1] in OF_WORDS and prev[-2] in lx.LOWER_VENUE_HEADS


def possessor_start(ws: list[Word], n: int) -> int | None:
    """The first word of a country's or a town's name before the possessive "'s" at `n` ("Israel's", "South
    Africa's"), or None when the words before it name no place."""
    a = n - 1
    while (
        a > 0
        and is_cap(ws[a - 1].text)
        and ws[a - 1].sent == ws[n].sent
        and lx.is_place(" ".join(x.text for x in ws[a - 1 : n]))
    ):
        a -= 1
    name = " ".join(x.text for x in ws[a:n])
    return a if lx.is_known_place(name) else None


def _people_or_place_start(ws: list[Word], n: int) -> int | None:
    """The first word of a nationality ("Thai", "South African") or a place's name ("Fremont", "New Zealand")
    ending at `n`, or None."""
    if not is_cap(ws[n].text) or not ws[n].text.replace("-", "").isalpha():
        return None
    a = n
    if lx.is_nationality(ws[n].text):
        if a > 0 and ws[a - 1].sent == ws[n].sent and fold(ws[a - 1].text) in lx.COMPASS_WORDS:
            a -= 1  # "South African"
    else:
        while a > 0 and is_cap(ws[a - 1].text) and ws[a - 1].sent == ws[n].sent:
            if not lx.is_place(" ".join(x.text for x in ws[a - 1 : n + 1])):
                break
            a -= 1
        name = " ".join(x.text for x in ws[a : n + 1])
        if not lx.is_known_place(name):
            return None
    if a > 0 and ws[a - 1].sent == ws[n].sent and is_cap(ws[a - 1].text) and not sentence_start(ws, a - 1):
        return None  # the adjective or the place is the end of a longer name
    return a


def _committee_field(doc: Doc, ws: list[Word], n: int) -> int:
    """The end of a committee's field after its "de" ("lois", "la défense", "affaires étrangères"), or 0."""
    while n < len(ws) and fold(ws[n].text) in lx.ARTICLES and ws[n].sent == ws[n - 1].sent:
        n += 1
    if n >= len(ws) or ws[n].sent != ws[n - 1].sent or not re.fullmatch(r"[^\W\d_A-Z]{3,}", ws[n].text):
        return 0
    if fold(ws[n].text) in lx.STOP_WORDS:
        return 0
    end = n + 1
    if end < len(ws) and ws[end].text.islower() and org_adjective(doc, ws, end, has_ner=False):
        end += 1  # "commission des affaires étrangères"
    return end


_EXPANSION_WORDS = 12  # "la direction générale de l'Aviation civile": the longest name read before its acronym
_ACRONYM = re.compile(r"[A-ZÀ-Þ]{2,8}")


def defined_acronyms(doc: Doc, ws: list[Word], found: list[Mention]) -> list[Mention]:
    """An acronym the text defines in parentheses right after an organisation's name written out, maybe in lower case
    ("la direction générale de l'Aviation civile (DGAC)", "l'agence régionale de santé (ARS)"): the name, headed by an
    organisation's word, and its initials are one organisation, though neither was read as a name."""
    taken = {n for m in found for n in range(m.wa, m.wb)}
    out = []
    for k in range(1, len(ws) - 2):
        if ws[k].text != "(" or ws[k + 2].text != ")" or k + 1 in taken or not _ACRONYM.fullmatch(ws[k + 1].text):
            continue
        a = _expansion_start(doc, ws, k, ws[k + 1].text)
        if a is None:
            continue
        short = ws[k + 1]
        out.append(Mention(short.text, ORG, short.start, short.end, short.i, short.j, short.sent, k + 1, k + 2))
        if not any(n in taken for n in range(a, k)):
            text = doc_text(doc)[ws[a].start : ws[k - 1].end]
            out.append(Mention(text, ORG, ws[a].start, ws[k - 1].end, ws[a].i, ws[k - 1].j, ws[a].sent, a, k))
    return out


def _expansion_start(doc: Doc, ws: list[Word], k: int, acronym: str) -> int | None:
    """The first word of the name the acronym before `k` stands for: the nearest organisation's word whose words,
    to the parenthesis, have the acronym's letters as initials (small words left out); or None."""
    heads = lx.GENERIC_ORG_WORDS | lx.ORG_WORDS | lx.ORG_HEADS | lx.INSTITUTION_HEADS
    for a in range(k - 1, max(-1, k - 1 - _EXPANSION_WORDS), -1):
        if ws[a].sent != ws[k].sent:
            return None
        if fold(ws[a].text) not in heads:
            continue
        text = doc_text(doc)[ws[a].start : ws[k - 1].end]
        initials = "".join(w[0] for w in re.split(r"[\s\-']+", fold(text)) if w and w not in lx.NOT_IN_ACRONYMS)
        if initials.upper() == fold(acronym).upper():
            return a
    return None
