"""Cues to a candidate's label, asked in the order of LABEL_CUES; the first that speaks decides."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.cue import (
    LIMITS,
    Candidate,
    Evidence,
    complement_of_role,
    org_head_before,
    previous_words,
)
from generator.extract.ner.festivals import festival_body
from generator.extract.ner.groups import capitalised_plural, group_by_article
from generator.extract.ner.notname import adjective, given_name_first, the_institution, town_as_owner
from generator.extract.ner.particles import (
    is_particle,
    surname_start,
)
from generator.extract.ner.peoplelists import listed_after_plural_title
from generator.extract.ner.placecues import (
    compass_place,
    place_noun,
    place_noun_word,
    state_after_town,
    town_and_department,
    town_and_region,
    town_before_state,
)
from generator.extract.ner.text import doc_text
from generator.extract.ner.things import kind_of_thing, thing_code
from generator.extract.ner.venuelines import after_place_label, in_venue_segment
from generator.extract.ner.venues import visited
from generator.extract.ner.words import (
    CONNECTORS,
    DETERMINERS,
    LOC,
    OF_WORDS,
    ORG,
    PER,
    Word,
    demonym_after_article,
    ent_label,
    is_acronym,
    is_cap,
    sentence_start,
    time_initials,
)
from generator.lang import language

# "le gouvernement Aznar", "the Obama administration": the name after these nouns is a person's.

_TITLE_LINK_CHARS = 4  # "with", "et", "of": the small words a title of a work keeps in lower case
_ROLE_REACH = 9  # words back from a name to its role word ("ministre de l'Économie et des Finances")


def _role_before(doc: Doc, ws: list[Word], a: int) -> bool:
    """A role phrase ends right before the name ("le ministre des Armées", "son homologue chinois"), on the same
    line ("Hibs captain out of final" is a heading above "Hibernian manager X") and with no verb in it ("le
    candidat LREM d'avoir rejoint En Marche") nor a date (the name after a date is where or whom the sentence goes on
    to, not the holder: "la venue du Président de la République ce vendredi 16 septembre à Guéret")."""
    k = a - 1
    seen = 0
    text = doc_text(doc)
    while k >= 0 and ws[k].sent == ws[a].sent and seen < _ROLE_REACH and "\n" not in text[ws[k].end : ws[k + 1].start]:
        key = fold(ws[k].text)
        if lx.is_role_head(key) and not time_initials(ws, k):
            return True
        if seen == 0 and _untagged_agent(doc, ws[k]):
            return True  # "Boston Marathon bomber X", "former cricketer X": a noun of someone's deed right before
        if _verb(doc, ws[k]):
            return False
        if key in lx.WEEKDAYS or key in lx.MONTH_WORDS:
            return False  # "la venue du Président ce vendredi 16 septembre à Guéret": a date ends the role's words
        if key in (",", "-") and seen == 0:
            k -= 1
            continue
        if key in lx.AND_WORDS and k + 1 < a and fold(ws[k + 1].text) in OF_WORDS:
            k -= 1  # "le ministre de l'Agriculture et de l'Alimentation X": coordinated complements
            seen += 1
            continue
        # "chef de la diplomatie", "Ambassador to the Netherlands": an article after an of-word or a role's preposition
        after_of = k > 0 and fold(ws[k - 1].text) in OF_WORDS | lx.ROLE_PREPOSITIONS
        linking = key in OF_WORDS or (key in lx.ROLE_PREPOSITIONS and ws[k].text != "a")  # (not the verb "a")
        if key in lx.ROLE_STOPS and not (after_of and key in lx.ARTICLES) and not linking:
            return False  # "the minister will present a Fair Start": a verb or a determiner ends the role
        if not (
            key in CONNECTORS
            or lx.is_nationality(key)
            or key in lx.ROLE_MODIFIERS
            or key in lx.MINISTRY_DOMAINS
            or (key.isalpha() and ws[k].text.islower())
            or key.isdigit()  # "member of the 1953 team"
            or is_cap(ws[k].text)  # "le secrétaire général de l'ONU Kofi Annan"
        ):
            return False
        k -= 1
        seen += 1
    return False


def _untagged_agent(doc: Doc, w: Word) -> bool:
    """With no tagger (English runs on rules), a lower-case noun of someone's trade or deed known by its ending on a
    common word ("bomber", "cricketer", "trader"), which the role words cannot all list; with a tagger, the recogniser
    reads the name after it."""
    return not doc.has_annotation("POS") and lx.is_untagged_agent(w.text)


def _verb(doc: Doc, w: Word) -> bool:
    """The tagger reads a conjugated verb, an infinitive or an auxiliary (not a participle: "chargé de", "élu")."""
    if not doc.has_annotation("POS") or not w.text.isalpha():
        return False
    token = doc[w.i]
    return token.pos_ == "AUX" or token.pos_ == "VERB" and "Part" not in token.morph.get("VerbForm", [])


_AFTER_PLACE = lx.AFTER_PLACE  # "died in Ripley on Wednesday"


def region_noun_after(ws: list[Word], a: int, b: int) -> tuple[int, int]:
    """The words [a, b) with the region's noun written in lower case right after them ("the Kyiv region" around the
    city, "in the Erongo region", "Kyiv's Shevchenko district": from the owner's "'s" on), or [a, b) as they are; not
    after an acronym ("the EU region"), nor a region the gazetteer knows by its own name ("the Arctic region")."""
    if (
        b >= len(ws)
        or ws[b].sent != ws[a].sent
        or not ws[b].text.islower()
        or fold(ws[b].text) not in lx.REGION_NOUNS_AFTER
    ):
        return a, b
    last = fold(ws[b - 1].text)
    if is_acronym(ws[b - 1].text) or not is_cap(ws[b - 1].text) or last in lx.ARTICLES | DETERMINERS:
        return a, b  # ("The county said": an article capitalised by its place)
    if any(fold(w.text) in lx.ORG_WORDS | lx.GENERIC_ORG_WORDS for w in ws[a:b]):
        return a, b  # ("the Southern African Development Community region": the region a body covers)
    owner = max((k + 1 for k in range(a, b - 1) if ws[k].text in lx.POSSESSIVES), default=a)
    name = " ".join(w.text for w in ws[owner:b])
    if lx.is_place(name) and not lx.is_town(name):
        return a, b  # ("the Arctic region": a region by its own name; "the Kyiv region" is the city's, another place)
    return owner, b + 1


def _region_by_its_noun(c: Candidate) -> Evidence | None:
    """ "the Luhansk region", "Namibia's Kunene region": a name and a region's noun after it, in lower case, are the
    region (the noun joined the name in `region_noun_after`)."""
    last = c.ws[c.b - 1].text
    return Evidence(LOC) if not c.single and last.islower() and fold(last) in lx.REGION_NOUNS_AFTER else None


def _institution(c: Candidate) -> Evidence | None:
    """A seat of power stands for the institution that sits there ("l'Elysée a annoncé", "White House advisers",
    "a concern to the White House"), unless a place preposition or a verb makes it the building where something
    happens ("reçu à l'Elysée", "on Capitol Hill", "the battle dominating Capitol Hill"). With its building word
    ("le palais de l'Elysée") it is a venue."""
    if c.key not in lx.INSTITUTIONS:
        return None
    k = c.a - 1
    while k >= 0 and fold(c.ws[k].text) in lx.ARTICLES and c.ws[k].sent == c.ws[c.a].sent:
        k -= 1
    before = c.ws[k].text if k >= 0 and c.ws[k].sent == c.ws[c.a].sent else ""
    at_place = fold(before) in lx.PLACE_PREPOSITIONS | lx.NEAR_PLACE
    if at_place and (_holding_office(c, k) or _voices_of_the_seat(c, k)):
        return Evidence(ORG)
    verb_object = before.isalpha() and before.islower() and fold(before) not in lx.STOP_WORDS | OF_WORDS
    return Evidence(LOC if (at_place or verb_object) and not c.acting else ORG)


def _capitalised_body(c: Candidate) -> Evidence | None:
    """ "la Primature a publié", "selon la Préfecture", "the Legislature provided", "la Ville de Québec a annoncé": a
    public body's common noun that typography capitalises inside a sentence after its article, alone or with "de" and a
    known place, names the body (not a portfolio: "ministre chargé de la Ville"; nor the building where something
    happens, "reçu à la Préfecture", "devant la Mairie", which other cues read)."""
    if c.words[0] not in lx.CAPITALISED_BODIES or complement_of_role(c.ws, c.a):
        return None
    if c.single and town_as_owner(c):
        return Evidence(None)  # "the Town’s billing system": the town, no body of the story
    bare = [p for p in c.prev if p not in lx.ARTICLES]
    if bare and bare[-1] in lx.PLACE_PREPOSITIONS | lx.NEAR_PLACE | lx.BUILDING_PREPOSITIONS and not c.acting:
        return None
    if c.single:
        return Evidence(ORG) if the_institution(c) else None
    rest = c.words[2:] if len(c.words) > 2 and c.words[1] in OF_WORDS else []
    if not rest or c.at_start or not c.prev or c.prev[-1] not in lx.INSTITUTION_LEADS | lx.SINGULAR_ARTICLES:
        return None
    place = doc_text(c.doc)[c.ws[c.a + 2].start : c.ws[c.b - 1].end]
    return Evidence(ORG) if lx.is_known_place(place) else None


def _holding_office(c: Candidate, k: int) -> bool:
    """ "after serving in the White House", "depuis son arrivée à l'Élysée": the seat is the office held, not a
    building someone is received in."""
    return k >= 1 and c.ws[k - 1].sent == c.ws[c.a].sent and fold(c.ws[k - 1].text) in lx.OFFICE_WORDS


def _voices_of_the_seat(c: Candidate, k: int) -> bool:
    """ "À Bercy, chacun s'accorde à dire ...", "At the White House, officials said ...": a place phrase that opens
    the sentence, then its people as the subject (not a name: "À l'Élysée, Emmanuel Macron a reçu ...")."""
    ws = c.ws
    if not sentence_start(ws, k) or c.b + 1 >= len(ws) or ws[c.b].text != ",":
        return False
    n = c.b + 1
    while n < len(ws) - 1 and fold(ws[n].text) in DETERMINERS | lx.ARTICLES and ws[n].text.islower():
        n += 1
    word = fold(ws[n].text)
    return ws[n].sent == ws[c.a].sent and ws[n].text.islower() and word in lx.INSIDE_VOICES | lx.SPEAKER_NOUNS


_SCORE = re.compile(r"\d{1,2}[-–]\d{1,2}")  # "3-0", "2–1": a match's score


def _team(c: Candidate) -> Evidence | None:
    """ "battu X 3-0", "à 4 points de X", "X (27 pts)", "le succès contre X", "the match against X": a name a match
    report sets against another, by a score or a standing right after or before it, or after an opponent's word in
    a sentence about a match, is a team (not a person named with a given name: "the final against Jane Roe"; not a
    country, "le match amical contre la Russie": a country standing for its national team stays the place written,
    as capitals standing for their governments do, and the team has a name of its own, "les Lions indomptables")."""
    ws, a, b, sent = c.ws, c.a, c.b, c.ws[c.a].sent
    if lx.is_country(c.text):
        return None
    # (a town's or a country's name opening with a given name is still the town: "Crystal Palace 3-0")
    if c.honorific or (not c.single and c.words[0] in lx.FIRST_NAMES and not lx.is_known_place(c.text)):
        return None
    team = Evidence(ORG, team=True)
    if _club_marked(c) or _plural_town(c) or _club_named(c):
        return team
    after = [w.text for w in ws[b : b + 4] if w.sent == sent]
    if after[:1] and _SCORE.fullmatch(after[0]) and c.words[-1] not in lx.MONTH_WORDS:
        return team  # (after a month, days: "July 15-24")
    if _split_score(c):
        return team
    if len(after) >= 3 and after[0] == "(" and after[1].isdigit() and fold(after[2]) in lx.STANDING_NOUNS:
        return team
    before = [fold(w.text) for w in ws[max(0, a - 3) : a] if w.sent == sent]
    listed = _list_start(c)
    if listed < a:  # (a later name of a list after the opponent's word: "matches against Sunderland, Hull and Leeds")
        before = [fold(w.text) for w in ws[max(0, listed - 3) : listed] if w.sent == sent]
    if len(before) >= 3 and before[-1] in lx.STANDING_PREPOSITIONS and before[-2] in lx.STANDING_NOUNS:
        # a gap in points ("à 3 points de X", "un point derrière X"), not "les points de X"
        return team if before[-3] not in lx.ROLE_DETERMINERS | DETERMINERS else None
    if before and before[-1] in lx.ROLE_DETERMINERS | DETERMINERS:
        before = before[:-1]  # "face à un Chelsea trop prévisible"
    opposed = any(tuple(before[-len(words_) :]) == words_ for words_ in lx.OPPONENT_WORDS if len(before) >= len(words_))
    beaten = bool(before) and before[-1] in lx.MATCH_VERBS
    if not (opposed or beaten):
        return None
    in_sentence = [w.text for w in ws if w.sent == sent]
    # (after a match's verb, only a fixture's word makes the sentence a match's: "beat Clinton in a stunning victory")
    nouns = lx.MATCH_NOUNS if opposed else lx.FIXTURE_NOUNS
    match = any(fold(w) in nouns or _SCORE.fullmatch(w) for w in in_sentence)
    return team if match else None


def _nicknamed_team(c: Candidate) -> Evidence | None:
    """ "les Aigles de Carthage affronteront l'Iran", "les Diables entameront leur Mondial face au Canada": a name
    headed by a capitalised plural after a plural article, in a sentence about a match, is a national side's or a
    club's nickname, an organisation (not a place the lists know, "les Pays-Bas"; not a competition, "les Jeux")."""
    if not c.prev or c.prev[-1] not in lx.PLURAL_ARTICLES or not capitalised_plural(c.ws[c.a].text):
        return None
    if c.words[0] in lx.EVENT_WORDS or lx.is_known_place(c.text) or lx.is_nationality(c.key):
        return None
    sent = [w for w in c.ws if w.sent == c.ws[c.a].sent]
    keys = [fold(w.text) for w in sent]
    if any(k in lx.MATCH_NOUNS | lx.FIXTURE_NOUNS | lx.MATCH_VERBS for k in keys):
        return Evidence(ORG, team=True)
    return Evidence(ORG, team=True) if _country_opposed(sent, keys) else None


def _country_opposed(sent: list[Word], keys: list[str]) -> bool:
    """An opponent's word, then a country ("face au Canada", "contre l'Irak"): a match between national sides, not a
    protest's "contre la réforme"."""
    for k in range(len(keys)):
        for words_ in lx.OPPONENT_WORDS:
            n = k + len(words_)
            if tuple(keys[k:n]) != words_:
                continue
            while n < len(keys) and keys[n] in lx.ARTICLES:
                n += 1
            if n < len(sent) and lx.is_country(sent[n].text):
                return True
    return False


def _club_marked(c: Candidate) -> bool:
    """ "AFC Fylde", "Greenville Triumph SC", "FC Metz": a name of several words opened or closed by a club's mark,
    written in capitals, is the club (not "As Paris prepares": the mark as written)."""
    return not c.single and (c.ws[c.a].text in lx.CLUB_MARKS or c.ws[c.b - 1].text in lx.CLUB_MARKS)


def _group(c: Candidate) -> Evidence | None:
    """ "the lineup includes The Killers", "avec Les Ogres de Barback": a group's name by its article and its plural,
    in a stage show's sentence, is an organisation (a band, a troupe), not a person nor a thing."""
    if c.single:
        return None
    rest = doc_text(c.doc)[c.ws[c.a + 1].start : c.ws[c.b - 1].end]
    return Evidence(ORG) if group_by_article(c.ws, c.a, c.b, rest) else None


def _club_named(c: Candidate) -> bool:
    """ "Grimsby Town", "Leicester City", "West Bromwich Albion": a town the lists know, then a club's closing word as
    written, is the club, wherever the sentence puts it (a reader knows "Crawley Town" from the town "Crawley"); not
    a place the lists know whole ("Mexico City", "Camden Town"), nor a country's or a province's name with the word
    ("Quebec City": the province's capital, no club)."""
    if c.single or c.ws[c.b - 1].text not in lx.CLUB_SUFFIXES:
        return False
    town = doc_text(c.doc)[c.ws[c.a].start : c.ws[c.b - 2].end]
    if lx.is_known_place(c.text) or lx.is_country(town) or lx.is_subdivision(town):
        return False
    return lx.is_known_place(town)


def _plural_town(c: Candidate) -> bool:
    """ "Fylde have seen their fixtures frozen off", "when Hull are due to visit": a town's bare name that takes a
    plural verb is its club, as English agrees a team with its players (not a list of towns, "Leeds and York have";
    not a plural place's name, "the Netherlands are", "Athens have"; not a subject after "of": "fans of Hull are")."""
    ws, a, b = c.ws, c.a, c.b
    if b >= len(ws) or ws[b].sent != ws[a].sent or fold(ws[b].text) not in lx.PLURAL_VERBS:
        return False
    if not lx.is_known_place(c.text) or c.words[-1].endswith("s"):
        return False
    before = previous_words(ws, a, 3)
    if any(w in lx.AND_WORDS | {"&", "or", "nor", "both"} for w in before):
        return False  # (a subject of two: "Jane and baby Phoenix are")
    prev = before[-1] if before else ""
    # (the name opens its clause: after a stop word, "when Fylde are due", or a punctuation mark; not after a noun
    # that owns it, "baby Phoenix are", nor after "of", "the", "in")
    opens = not prev.isalpha() or prev in lx.STOP_WORDS
    return opens and prev not in DETERMINERS | OF_WORDS | lx.PLACE_PREPOSITIONS


_LIST_SEPARATORS = (",", "&")


def _list_start(c: Candidate, longest: int = 8) -> int:
    """Where the list the candidate closes or stands inside starts: "Sunderland, Hull City and Southampton" from
    Southampton or Hull City (a middle name only with a name and a comma or "and" after it, so not "against Lyon,
    Paris said"); the candidate's own start when it is in no list."""
    ws, a, b, sent = c.ws, c.a, c.b, c.ws[c.a].sent

    def joins(k: int) -> bool:
        return (
            0 <= k < len(ws)
            and ws[k].sent == sent
            and (ws[k].text in _LIST_SEPARATORS or fold(ws[k].text) in lx.AND_WORDS)
        )

    def cap(k: int) -> bool:
        return 0 <= k < len(ws) and ws[k].sent == sent and is_cap(ws[k].text)

    first = a - 1 if a > 0 and fold(ws[a - 1].text) in DETERMINERS | lx.ARTICLES else a  # "X and the Netherlands"
    if not joins(first - 1) or not cap(first - 2):
        return a
    closes = fold(ws[first - 1].text) in lx.AND_WORDS or ws[first - 1].text == "&"
    if not closes and not (joins(b) and cap(b + 1)):
        return a
    start, k = first, first - 1
    for _ in range(longest):
        if not joins(k) or not cap(k - 1):
            break
        k -= 1
        while cap(k - 1) or (k - 1 >= 0 and fold(ws[k - 1].text) in OF_WORDS and cap(k - 2)):
            k -= 1
        start, k = k, k - 1
    return start


_GOALS = re.compile(r"\d{1,2}")  # a side's goals in a score written apart: "Lorient 1 - Lyon 0"
_DASHES = ("-", "–", "—")


def _split_score(c: Candidate) -> bool:
    """ "Lorient 1 - Lyon 0": a name with its goals, a dash, the other capitalised name with its goals; either name
    is a team (one number each side of the dash, so no range of days, "July 1 - August 3", which ends on a month's
    name, and no list of numbered items)."""
    ws, a, b, sent = c.ws, c.a, c.b, c.ws[c.a].sent
    if c.words[-1] in lx.MONTH_WORDS or (a > 0 and fold(ws[a - 1].text) in lx.MONTH_WORDS):
        return False
    after = [w.text for w in ws[b : b + 4] if w.sent == sent]
    first = len(after) >= 3 and bool(_GOALS.fullmatch(after[0])) and after[1] in _DASHES and is_cap(after[2])
    if first:
        # the other side's goals after its name, within three words ("Lorient 1 - Olympique Lyonnais 0")
        rest = [w.text for w in ws[b + 2 : b + 6] if w.sent == sent]
        return any(_GOALS.fullmatch(t) for t in rest[1:])
    # (the first side's name before its goals: "Lorient 1 - Lyon 0", not "la départementale 12 - Brest 4 km")
    before = [w.text for w in ws[max(0, a - 3) : a] if w.sent == sent]
    return (
        len(before) == 3
        and is_cap(before[0])
        and bool(_GOALS.fullmatch(before[1]))
        and before[2] in _DASHES
        and b < len(ws)
        and ws[b].sent == sent
        and bool(_GOALS.fullmatch(ws[b].text))
    )


def _fixture(c: Candidate) -> Evidence | None:
    """ "Lyon (4e) - Auxerre (7e)": a line that is two names, each with its rank in brackets, either side of a dash
    is a fixture of a programme; both are teams (a route or a pair of towns carries no ranks)."""
    text = doc_text(c.doc)
    start = c.ws[c.a].start
    first = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    line = text[first : end if end >= 0 else len(text)]
    found = _fixture_line().fullmatch(line)
    if not found:
        return None
    span = (start - first, start - first + len(c.text))
    sides = {found.span("x"), found.span("y")}
    return Evidence(ORG, team=True) if span in sides else None


@cache
def _fixture_line() -> re.Pattern[str]:
    rank = r"\(\d{1,2}(?:" + "|".join(re.escape(s) for s in sorted(lx.RANK_SUFFIXES, key=len, reverse=True)) + r")\)"
    name = r"[^\W\d][^()\n]*?"
    return re.compile(rf"\s*(?P<x>{name})\s*{rank}\s*[-–—]\s*(?P<y>{name})\s*{rank}\s*", re.IGNORECASE)


def _known_person(c: Candidate) -> Evidence | None:
    """ "M. Le Maire", and "Le Maire" alone once the text has shown it is a surname; but a name of the organisations
    list written alone is the organisation ("Article L'Humanité"): only an honorific makes it a person's there."""
    known = c.names.get(c.key) and not lx.known_organisation(c.text)
    return Evidence(PER) if c.honorific or known else None


def _known_organisation_in_context(c: Candidate) -> Evidence | None:
    """ "shares of Nokia", "le groupe Toyota", "Amazon's chief executive", "selon Xinhua": a name of the organisations
    list that is also a place is the organisation where a company's, a club's or an outlet's context says so, read
    before the place lists speak; the place everywhere else ("a plant in Toyota")."""
    if c.key not in lx.ORG_PLACE_NAMES:
        return None
    ws, a, b = c.ws, c.a, c.b
    nxt = [fold(w.text) for w in ws[b : b + 3] if w.sent == ws[a].sent]
    # "Nokia's chief executive", "Porto's new coach", "Amazon's shares": a firm's role or what a firm has, maybe after
    # one word
    owned = lx.FIRM_ROLES | lx.STAFF_ROLES | lx.OWNED_NOUNS
    possessed = len(nxt) >= 2 and nxt[0] in lx.POSSESSIVES and any(w in owned for w in nxt[1:3])
    # "shares of Nokia", "les actionnaires de Toyota"
    prev = [p for p in c.prev if p not in lx.ARTICLES]
    owned_of = len(prev) >= 2 and prev[-1] in OF_WORDS and prev[-2] in lx.OWNED_NOUNS
    # (not a firm's role and "de" before it: "le directeur de Lyon" heads a town's office as often as a club)
    cues = (_organisation_noun, _owner, _shareholding, _employer, _medium)
    if possessed or owned_of or _cited_at(ws, a) or any(cue(c) for cue in cues):
        return Evidence(ORG)
    return None


def _gazetteer(c: Candidate) -> Evidence | None:
    """A place the gazetteer knows, or one word shaped like a town's name ("Pont-à-Mousson")."""
    return Evidence(LOC) if c.place or (c.single and lx.town_shaped(c.text)) else None


def _after_demonym(c: Candidate) -> Evidence | None:
    """ "le Guinéen Alpha Condé", "l'Érythréen Issayas Afewerki": a place's person named by an article and a demonym,
    then a given name and a surname: the person (a recogniser may read the whole as a place)."""
    k = c.a - 1
    if c.single or c.b - c.a > LIMITS.role_name_words or k < 1 or c.ws[k].sent != c.ws[c.a].sent:
        return None
    nationality = lx.is_nationality(c.ws[k].text) and fold(c.ws[k - 1].text) in lx.SINGULAR_ARTICLES
    demonym = demonym_after_article(c.ws, k) or nationality
    return Evidence(PER) if demonym and is_cap(c.ws[k].text) else None


# one or two capitalised words either side of a spaced ampersand: "Matt & Kim", "Marks & Spencer", "Pacific Gas &
# Electric Co."; no initial before it ("Gelman, A. & Nielsen": authors cited)
_AMPERSAND_NAME = re.compile(r"(?:[^\W\d_][\w'’-]+\s){1,2}&(?:\s[^\W\d_][\w'’.-]*){1,2}")


def _initials_with_ampersand(c: Candidate) -> Evidence | None:
    """ "PG&E", "AT&T", "S&P", "M&S": capitals joined by an ampersand name a company; so do names so joined ("Marks &
    Spencer", "Simon & Schuster"), or a band, a duo ("Matt & Kim", "Amadou & Mariam"): no person's name holds one.
    Not two people, the first named in full ("Martine Bulard & Sung Il-kwon", a byline)."""
    if c.single and re.fullmatch(r"[A-Z]{1,4}&[A-Z]{1,4}", c.text):
        return Evidence(ORG)
    if not _AMPERSAND_NAME.fullmatch(c.text) or not all(is_cap(w.text) for w in c.ws[c.a : c.b] if w.text != "&"):
        return None
    left = c.text.split(" & ")[0].split()
    return None if len(left) == 2 and fold(left[0]) in lx.FIRST_NAMES else Evidence(ORG)


def _known_organisation(c: Candidate) -> Evidence | None:
    """ "selon Mediapart", "told Al Jazeera", "the Guardian", "Plaid Cymru", "Aston Villa": a name of the organisations
    list (outlets, parties, bodies, large companies, clubs) is the organisation, before a venue's or a person's shape
    reads it ("Crystal Palace", "Al Jazeera"); one common word only inside a sentence ("Carrefour")."""
    before = c.ws[c.a - 1].text if c.a > 0 and c.ws[c.a - 1].sent == c.ws[c.a].sent else ""
    return Evidence(ORG) if lx.known_organisation(c.text, before, inside=not c.at_start) else None


def _venue(c: Candidate) -> Evidence | None:
    """ "Stade de la Mosson", "Forbidden City": a venue word first, or last in several words. A building's name
    after a place preposition is where something happens ("at the Montego Bay Convention Centre", "à la Maison de
    la radio")."""
    first = lx.head_key(c.words[0]) in lx.VENUE_WORDS | lx.LOWER_VENUE_HEADS
    # ("le centre culturel de Dakar": a word that heads a venue only with a qualifier, in lower case)
    first = first or (c.text[:1].islower() and c.words[0] in lx.QUALIFIED_VENUE_HEADS)
    # ("au lycée agricole d'Ahun": a building's head the run took in lower case because it is visited)
    first = first or (c.text[:1].islower() and c.words[0] in lx.VISITED_VENUE_HEADS)
    # ("the Port Authority of Kingston", "Airport Authority": the venue word, then the body that runs it; "the Bay Area
    # News Group": a body's word closing the name, no "of" between, heads it)
    body_last = c.words[-1] in lx.ORG_WORDS and not any(w in CONNECTORS for w in c.words)
    first = first and not (len(c.words) > 1 and (c.words[1] in lx.ORG_WORDS or body_last))
    # ("dates aux Zénith de France": the kind word alone after a plural article is many halls, none named)
    first = first and not (c.single and bool(c.prev) and c.prev[-1] in lx.PLURAL_ARTICLES)
    last = not c.single and c.words[-1] in lx.VENUE_WORDS | lx.VENUE_ENDS
    if last and _speaks(c):
        return Evidence(ORG)  # "Buckingham Palace said", "Kensington Palace released": the seat of power acting
    building = not c.single and (c.words[0] in lx.BUILDING_WORDS or c.words[-1] in lx.BUILDING_WORDS)
    # (a building whose last word names a body too is one only where something happens there: "a nurse at X Hospital"
    # names her employer)
    building = building and (c.words[-1] not in lx.ORG_WORDS or _visited_building(c))
    where = after_place_preposition(c) or _then_its_town(c) or _visit_object(c)
    return Evidence(LOC) if first or last or (building and where) else None


def _speaks(c: Candidate) -> bool:
    """The name right before a speech verb or a statement's ("said", "released", "confirmed") in its sentence; not a
    person's, titled or opening with a given name ("Senator Tom Valley said")."""
    ws, b = c.ws, c.b
    named = any(w in lx.FIRST_NAMES or lx.is_role_head(w) for w in c.words[:-1])  # (the title may open the run)
    if c.honorific or named or (c.prev and lx.is_role_head(c.prev[-1])):
        return False
    return b < len(ws) and ws[b].sent == ws[c.a].sent and fold(ws[b].text) in lx.SPEECH_AFTER | lx.STATEMENT_VERBS


def _visit_object(c: Candidate) -> bool:
    """The name right after a verb of going into or opening a building, over an article ("will visit X Hospital",
    "open the X Centre", "entered X Church"), or after a visit's noun and its preposition ("a visit to X Hospital",
    "the opening of the X Centre"): the building where it happens, not the body that runs it."""
    before = [p for p in previous_words(c.ws, c.a, LIMITS.place_context_words) if p not in lx.ARTICLES]
    if bool(before) and before[-1] in lx.VISIT_VERBS:
        return True
    joined = len(before) >= 2 and before[-1] in OF_WORDS | lx.VISIT_PREPOSITIONS
    return joined and before[-2] in lx.VISIT_NOUNS


_ADDRESS_MARKS = (",", "–", "—", "-")


def _then_its_town(c: Candidate) -> bool:
    """A building's name, then a comma or a dash and its town: a programme's venue line ("Maison de la culture,
    Amiens", "Centre Pierre Mendès – Lille"), where something happens; not the body acting ("X, Paris, a annoncé")."""
    ws, b = c.ws, c.b
    if b + 1 >= len(ws) or ws[b].text not in _ADDRESS_MARKS or ws[b + 1].sent != ws[c.a].sent:
        return False
    if not (is_cap(ws[b + 1].text) and lx.is_known_place(ws[b + 1].text)) or c.acting:
        return False
    # (the town in apposition, then the body's verb: "The Carter Center, Atlanta, said")
    after = [fold(w.text) for w in ws[b + 2 : b + 4] if w.sent == ws[c.a].sent]
    return not (after[:1] == [","] and after[1:] and after[1] in lx.SPEECH_OR_ACTION)


def organisation_word(c: Candidate) -> Evidence | None:
    """An acronym alone, an organisation word inside ("Banque de France") or first ("World Athletics"), a known
    organisation's variant."""
    # (not a thing's code or acronym, "CO2", "DNA", which only a context cue makes a body's)
    acronym = is_acronym(c.text.replace("-", "")) and c.single and not thing_code(c)
    org_word = any(w in lx.ORG_WORDS for w in c.words) or (not c.single and c.words[0] in lx.ORG_OPENERS)
    # ("Keswick Public Radio": a broadcaster by its last word, written with its capital)
    org_word = org_word or not c.single and c.words[-1] in lx.BROADCAST_WORDS and is_cap(c.ws[c.b - 1].text)
    # ("House of Representatives": a chamber's head, "of" and its complement)
    org_word = org_word or len(c.words) > 2 and c.words[0] in lx.CHAMBER_HEADS and c.words[1] in lx.OF_WORDS
    if org_word and not acronym and _visited_building(c):
        return None  # "the shooting at Emanuel AME Church": where it happened (_venue), not the body
    return Evidence(ORG) if acronym or org_word or c.key in lx.KNOWN_ORGS else None


def _visited_building(c: Candidate) -> bool:
    """A building's name whose last word also names a body ("Emanuel AME Church", "Royal Free Hospital", "the Carter
    Center") where something happens: after a place preposition that no role word holds ("at X", not "a nurse at X")
    or before a comma and its town; not acting ("the Carter Center, Atlanta, said")."""
    if c.single or c.words[-1] not in lx.BUILDING_WORDS or c.acting:
        return False
    # ("a nurse at X Hospital", "his colleagues at X": a noun after "a" or a possessive, before the preposition, says
    # who works there; "the shooting at X" says what happened there)
    before = [w.text.lower() for w in c.ws[max(0, c.a - 3) : c.a] if w.sent == c.ws[c.a].sent]
    described = len(before) == 3 and before[0] in DETERMINERS - lx.TITLE_ARTICLES and before[1].isalpha()
    return (visited(c.ws, c.a) and not described) or _then_its_town(c) or _visit_object(c)


_OWNED_NAME_WORDS = 2  # a platform's name after its noun ("la plateforme Truth Social")


def _owner(c: Candidate) -> Evidence | None:
    """ "three Twitter accounts", "Alibaba shares", "le compte Twitter": one name that has what companies and
    platforms have is an organisation (a place that has them stays a place: the gazetteer speaks first)."""
    if c.at_start:
        return None
    nxt = c.ws[c.b] if c.b < len(c.ws) and c.ws[c.b].sent == c.ws[c.a].sent else None
    after = c.single and nxt is not None and nxt.text.islower() and fold(nxt.text) in lx.OWNED_NOUNS
    # before, the noun may be of two words, and the name too ("sur le réseau social X", "sa plateforme Truth Social")
    owned = bool(c.prev) and (c.prev[-1] in lx.OWNED_NOUNS or " ".join(c.prev[-2:]) in lx.OWNED_NOUNS)
    # (a person's role among the nouns, "spokesperson X", types one word only, as before: "the Twitter spokesperson")
    staff = bool(c.prev) and lx.is_role_head(c.prev[-1])
    before = owned and c.ws[c.a - 1].text.islower() and (c.single or c.b - c.a <= _OWNED_NAME_WORDS and not staff)
    return Evidence(ORG) if after or before else None


def _shareholding(c: Candidate) -> Evidence | None:
    """ "vendre 3,12 % de Safran", "a 5 per cent stake ... 2% of Acme": one name a share is counted of is a company."""
    ws, a = c.ws, c.a
    if not c.single or a < 2 or ws[a - 2].sent != ws[a].sent or fold(ws[a - 1].text) not in OF_WORDS:
        return None
    return Evidence(ORG) if ws[a - 2].text.endswith("%") or fold(ws[a - 2].text) in lx.PERCENT_WORDS else None


def _employer(c: Candidate) -> Evidence | None:
    """ "Hibernian manager Pat Fenlon", "Westfield captain Jane Roe": one name before a lower-case staff role and a
    person's capitalised name is who they work for (a place there is the gazetteer's, spoken before)."""
    ws, b = c.ws, c.b
    if not c.single or b + 1 >= len(ws) or ws[b + 1].sent != ws[c.a].sent or not is_cap(ws[b + 1].text):
        return None
    staff = ws[b].text.islower() and fold(ws[b].text) in lx.STAFF_ROLES  # (not "Democratic candidate Jane Roe")
    party = c.key in lx.PARTISANS or lx.is_nationality(c.key) or c.key in lx.ROLE_MODIFIERS
    return Evidence(ORG) if staff and not party and not adjective(c) else None


def _listed_after_organisation_noun(c: Candidate) -> Evidence | None:
    """ "at nine rail companies – Avanti West Coast, CrossCountry, Greater Anglia and ...": names listed after a plural
    organisation noun and a dash or a colon are organisations (back over the list's commas and "and")."""
    ws, n = c.ws, c.a - 1
    while n > 0 and ws[n].sent == ws[c.a].sent and (ws[n].text == "," or fold(ws[n].text) in lx.AND_WORDS):
        n -= 1
        while n > 0 and is_cap(ws[n].text) and ws[n].sent == ws[c.a].sent:
            n -= 1
    if n < 1 or ws[n].text not in ("–", "—", ":") or ws[n - 1].sent != ws[c.a].sent:
        return None
    head = fold(ws[n - 1].text)
    return Evidence(ORG) if head in lx.ORG_HEADS and head.endswith("s") and ws[n - 1].text.islower() else None


def _membership(c: Candidate) -> Evidence | None:
    """ "ten members of Youth Demand", "des militants de Dernière Rénovation": what people are members of is an
    organisation (not a person's own group: "members of Jane Roe's family")."""
    ws, k = c.ws, c.a - 1
    while k >= 0 and fold(ws[k].text) in lx.ARTICLES and ws[k].sent == ws[c.a].sent:
        k -= 1
    if k < 1 or fold(ws[k].text) not in OF_WORDS or ws[k - 1].sent != ws[c.a].sent:
        return None
    # (nor the head of a longer name cut before its complement: "Members of the House of Commons")
    owner = c.b < len(ws) and (ws[c.b].text in lx.POSSESSIVES or fold(ws[c.b].text) in OF_WORDS)
    return Evidence(ORG) if fold(ws[k - 1].text) in lx.MEMBER_NOUNS and not owner and not c.place else None


def _medium(c: Candidate) -> Evidence | None:
    """ "a-t-il écrit sur Twitter", "a assuré ... sur franceinfo", "said on Twitter on Tuesday": one name a statement
    is made on is an outlet or a platform."""
    ws, a = c.ws, c.a
    if not c.single or a < 2 or fold(ws[a - 1].text) not in lx.MEDIUM_PREPOSITIONS:
        return None
    before = [fold(w.text) for w in ws[max(0, a - 1 - LIMITS.medium_reach) : a - 1] if w.sent == ws[a].sent]
    return Evidence(ORG) if any(w in lx.MEDIUM_VERBS for w in before) else None


def _listed_organisation(c: Candidate) -> Evidence | None:
    """ "les organisations syndicales FSU et Solidaires": one name coordinated with the organisation an organisation
    noun introduces is one too."""
    ws, a = c.ws, c.a
    if not c.single or a < 3 or fold(ws[a - 1].text) not in lx.AND_WORDS or ws[a - 2].sent != ws[a].sent:
        return None
    return Evidence(ORG) if is_acronym(ws[a - 2].text) and org_head_before(ws, a - 2, a - 1) else None


_LIST_ITEMS = 8  # items of a list read on each side of a name ("la CGT, FO, la CFE-CGC, la FSU, Solidaires")


def _list_neighbours(
    ws: list[Word], a: int, b: int, commas: bool = False
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The other items of the list of names the words [a, b) stand in ("la CGT, FO, la FSU, Solidaires et ...",
    "AT&T, Comcast, T-Mobile and others"), before and after them: capitalised runs joined by commas and "and", each
    maybe after an article or "de" ("de la FNTR, de l'OTRE et de Transfroid"), an "and" among the links (commas
    alone list an address: "Bradley Farm, Farley, Shropshire"); none when the words are in no such list (a neighbour
    that is not a name ends it on its side). With `commas`, a list of three names or more needs no "and" (an address
    lists places too)."""
    sent, links = ws[a].sent, {","} | lx.AND_WORDS
    before: list[tuple[int, int]] = []
    after: list[tuple[int, int]] = []
    joined = False
    k = a - 1  # leftwards: a link, an item, an article
    while k >= 1 and ws[k].sent == sent and fold(ws[k].text) in lx.ARTICLES | OF_WORDS:
        k -= 1  # the name's own ("de l'OTRE et de Transfroid")
    while len(before) < _LIST_ITEMS and k >= 1 and ws[k].sent == sent and fold(ws[k].text) in links:
        joined = joined or fold(ws[k].text) in lx.AND_WORDS
        k -= 1
        if fold(ws[k].text) in links and ws[k].text != ws[k + 1].text:
            k -= 1  # ", and"
        end = k + 1
        while k >= 0 and ws[k].sent == sent and not sentence_start(ws, k) and _in_item(ws, k):
            k -= 1
        if k + 1 == end:
            break
        before.append((k + 1, end))
        while k >= 0 and ws[k].sent == sent and fold(ws[k].text) in lx.ARTICLES | OF_WORDS:
            k -= 1
    k = b  # rightwards: a link, an article, an item
    while len(after) < _LIST_ITEMS and k + 1 < len(ws) and ws[k].sent == sent and fold(ws[k].text) in links:
        joined = joined or fold(ws[k].text) in lx.AND_WORDS
        k += 1
        if fold(ws[k].text) in links:
            joined = True
            k += 1  # ", and"
        while k < len(ws) and ws[k].sent == sent and fold(ws[k].text) in lx.ARTICLES | OF_WORDS:
            k += 1
        start = k
        while k < len(ws) and ws[k].sent == sent and _in_item(ws, k):
            k += 1
        if k == start:
            break
        after.append((start, k))
    return (before, after) if joined or (commas and len(before) + len(after) >= 2) else ([], [])


def _in_item(ws: list[Word], k: int) -> bool:
    """A capitalised word of a list item, or the slash between two ("Comcast/Xfinity")."""
    slash = ws[k].text == "/" and 0 < k < len(ws) - 1 and is_cap(ws[k - 1].text) and is_cap(ws[k + 1].text)
    return is_cap(ws[k].text) or slash


def _organisation_shaped(ws: list[Word], a: int, b: int) -> bool:
    """An acronym ("FSU", "AT&T") or a name with an organisation word ("Network Rail"), not a place."""
    text = " ".join(w.text for w in ws[a:b])
    key = fold(text)
    if lx.place_name(text, "") or lx.is_nationality(key) or key in lx.PARTISANS:
        return False
    acronym = b - a == 1 and (is_acronym(text) or re.fullmatch(r"[A-Z]{1,4}&[A-Z]{1,4}", text) is not None)
    return acronym or any(fold(w.text) in lx.ORG_WORDS for w in ws[a:b]) or key in lx.KNOWN_ORGS


def _listed_with_organisations(c: Candidate) -> Evidence | None:
    """ "la CGT, FO, la FSU, Solidaires et des organisations de jeunesse", "talks between the UAW and Stellantis",
    "executives from AT&T, Comcast/Xfinity, T-Mobile and others": one name in a list of names where another is an
    organisation by its own shape, and none is a place, is an organisation too (a place in the list is the
    gazetteer's, spoken before; a person's surname joins its person)."""
    if not c.single or c.at_start or c.words[0] in lx.FIRST_NAMES or c.key in lx.PARTISANS:
        return None
    before, after = _list_neighbours(c.ws, c.a, c.b)
    # (a list's first name after an article: "la Dinassa, Cap Invest, DNC et ..."; without one, a word before "and" may
    # be an adjective sharing the next name's noun: "Presidential and National Assembly elections")
    if not before and not (c.prev and c.prev[-1] in lx.ARTICLES):
        return None
    # (nor before "and" and a longer name, whose noun it may share: "the Presidential and National Assembly elections")
    if not before and after and fold(c.ws[c.b].text) in lx.AND_WORDS:
        end = after[0][1]
        of = end < len(c.ws) and fold(c.ws[end].text) in OF_WORDS  # ("Governorship and Houses of Assembly elections")
        if end - after[0][0] > 1 or of:
            return None
    items = before + after
    places = any(lx.place_name(" ".join(w.text for w in c.ws[i:j]), c.lang) for i, j in items)
    return Evidence(ORG) if not places and any(_organisation_shaped(c.ws, i, j) for i, j in items) else None


def listed_with_places(c: Candidate) -> Evidence | None:
    """ "Kaffrine, Tamba, Médina Gounass, Kédougou", "à Nouméa, Touho et Moindou", "the islands of Bonaire, St Eustatius
    and Saba": a name in a list of three names or more where the others are known places (gazetteer or towns list)
    and none is an organisation or a person by its shape is a place too, a small town as well as a region. Known
    places must be more than half of the others, or half after a place preposition or a place noun, and all of them
    when the recogniser reads a person or an organisation in the name; a name the recogniser reads as a person is no
    known place ("entouré de Lemaire, Darmon, Moreno": Moreno is a town too)."""
    if c.b - c.a > LIMITS.role_name_words or c.honorific or (not c.single and c.words[0] in lx.FIRST_NAMES):
        return None
    before, after = _list_neighbours(c.ws, c.a, c.b, commas=True)
    items = before + after
    if len(items) < 2:
        return None

    def known(i: int, j: int) -> bool:
        text = " ".join(w.text for w in c.ws[i:j])
        if c.has_ner and ent_label(c.doc, c.ws[i].i, c.ws[j - 1].j) in (PER, ORG):
            return False
        return lx.is_known_place(text) or (j - i == 1 and lx.town_shaped(text))

    places = sum(known(i, j) for i, j in items)
    shaped = any(
        _organisation_shaped(c.ws, i, j) or (j - i > 1 and fold(c.ws[i].text) in lx.FIRST_NAMES) for i, j in items
    )
    if c.spacy_label in (PER, ORG):
        enough = places == len(items)
    else:
        enough = 2 * places > len(items) or (
            places > 0 and 2 * places == len(items) and _places_follow(c.ws, before[-1][0] if before else c.a)
        )
    return Evidence(LOC) if enough and not shaped else None


def _places_follow(ws: list[Word], k: int) -> bool:
    """The words before `k` announce places: a place preposition ("à", "in"), or a place noun and its "of" ("the
    islands of"), maybe with an article."""
    prev = [p for p in previous_words(ws, k, LIMITS.place_context_words) if p not in lx.ARTICLES]
    return bool(prev) and (
        prev[-1] in lx.PLACE_PREPOSITIONS or len(prev) >= 2 and prev[-1] in OF_WORDS and place_noun_word(prev[-2])
    )


def _after_near_place(c: Candidate) -> Evidence | None:
    """Rules alone: two capitalised words or more right after "in", "at" or "near" ("In Phnom Penh, the minister
    will ...") are a place, unless a common given name opens them or they own what follows ("in John Smith's
    view")."""
    if c.has_ner or c.single or not c.prev or c.prev[-1] not in lx.NEAR_PLACE or c.words[0] in lx.FIRST_NAMES:
        return None
    nxt = fold(c.ws[c.b].text) if c.b < len(c.ws) and c.ws[c.b].sent == c.ws[c.a].sent else ""
    # ("swiping at Jane Roe, whose ...", "at Jane Roe's home": a person)
    person = nxt in lx.POSSESSIVES or nxt in lx.PERSON_RELATIVES or nxt == "," and _relative_after_comma(c)
    return None if person else Evidence(LOC)


def _relative_after_comma(c: Candidate) -> bool:
    return c.b + 1 < len(c.ws) and fold(c.ws[c.b + 1].text) in lx.PERSON_RELATIVES


def _role(c: Candidate) -> Evidence | None:
    """ "le ministre des Armées Sébastien Lecornu": a role phrase right before a short run; but after the role word
    and "de", one proper noun, or a name the recogniser reads as a place or an organisation, is the role's
    complement ("le maire de Bourges", "chairman of Unilever"), not its holder."""
    # (a common noun there is the role's own word; without a recogniser, one capitalised word is the complement:
    # "an Inspector of Schools")
    proper = not c.has_ner or c.doc[c.ws[c.a].i].pos_ == "PROPN"
    # (by rules alone, words after the role's "of" that open with no given name are its field: "associate professor
    # of Social Welfare")
    unnamed = not c.has_ner and not given_name_first(c)
    if proper and (c.spacy_label in (LOC, ORG) or c.single or unnamed) and complement_of_role(c.ws, c.a):
        return None
    if c.spacy_label == LOC and _after_lowercase_place_noun(c):
        return None  # "recteur de la région académique Auvergne-Rhône-Alpes": the region, named after its noun
    if _inside_a_name(c.ws, c.a):
        return None
    if _after_a_link(c.ws, c.a):
        # one word of a government's domains there is the role's field, no name ("secrétaire d'État au Budget")
        return Evidence(None) if c.single and fold(c.text) in lx.MINISTRY_DOMAINS else None
    # (a name's particles are not counted: "Tamim bin Hamad Al Thani" is three names long)
    named = sum(not is_particle(w.text) for w in c.ws[c.a : c.b])
    return Evidence(PER) if _role_before(c.doc, c.ws, c.a) and named <= LIMITS.role_name_words else None


# the words that join a role to what it is of or where it sits ("de", "of", "à", "in"); not "to" nor "for", which
# may lead to the person served ("adviser to Trump", "spokesman for Trump")
_ROLE_LINKS = OF_WORDS | lx.PLACE_PREPOSITIONS


def _after_a_link(ws: list[Word], a: int) -> bool:
    """ "nommer de ministre en Abitibi-Témiscamingue", "le secrétaire du Cadre politique de la Gestion de la Crise",
    "the Queen's visit in Westminster": a name right after a preposition (an article between) is what the role before
    it is of, or where it sits; its holder follows the title and its complement with no link ("le ministre des
    Armées Sébastien Lecornu")."""
    k = a - 1
    while k >= 0 and fold(ws[k].text) in lx.ARTICLES and ws[k].sent == ws[a].sent:
        k -= 1
    return k >= 0 and ws[k].sent == ws[a].sent and ws[k].text.islower() and fold(ws[k].text) in _ROLE_LINKS


_NAME_LINKS = CONNECTORS | lx.ROLE_OF_WORDS | lx.ORG_CONNECTORS  # words inside a longer name: "of", "for", "on"


def _journalist_employer(c: Candidate) -> Evidence | None:
    """ "Jane Roe, a reporter for Kesh Bugle", "la journaliste de Kapitalis Jeanne Dupont": the name a journalist
    writes for, right after the journalist's noun and its link (an article between), is an outlet; not a given name
    and a surname."""
    if c.place or c.words[0] in lx.FIRST_NAMES:
        return None
    prev = [p for p in previous_words(c.ws, c.a, LIMITS.context_words) if p not in lx.ARTICLES]
    linked = len(prev) >= 2 and prev[-1] in lx.JOURNALIST_LINKS and prev[-2] in lx.JOURNALIST_NOUNS
    return Evidence(ORG) if linked else None


def _firm_of_role(c: Candidate) -> Evidence | None:
    """ "le président-directeur général d'Ubisoft", "the chief executive of Acme": one name after a role that heads a
    firm and its "of" is the firm (a place there is the gazetteer's, spoken before: "le directeur de Lyon")."""
    ws, k = c.ws, c.a - 1
    while k >= 0 and fold(ws[k].text) in lx.ARTICLES and ws[k].sent == ws[c.a].sent:
        k -= 1
    if not c.single or k < 1 or fold(ws[k].text) not in OF_WORDS or c.words[0] in lx.FIRST_NAMES:
        return None
    # (the role word, or the role and one word after it: "directeur général de", "chief executive officer of")
    roles = [w for w in ws[max(0, k - 3) : k] if w.sent == ws[c.a].sent and w.text[:1].islower()]
    # (not the head of a longer name, "director of Forensics for Justice", nor before the holder's name, "le directeur
    # du Village Jane Roe")
    nxt = [w.text for w in ws[c.b : c.b + 2] if w.sent == ws[c.a].sent]
    longer = bool(nxt) and (is_cap(nxt[0]) or len(nxt) > 1 and fold(nxt[0]) in _NAME_LINKS and is_cap(nxt[1]))
    return Evidence(ORG) if any(fold(w.text) in lx.FIRM_ROLES for w in roles[-2:]) and not longer else None


def _after_lowercase_place_noun(c: Candidate) -> bool:
    """A place noun in lower case right before the name, or with one adjective between ("la région académique X")."""
    for k in (c.a - 1, c.a - 2):
        if k < 0 or c.ws[k].sent != c.ws[c.a].sent or not c.ws[k].text.isalpha() or not c.ws[k].text.islower():
            return False
        if place_noun_word(fold(c.ws[k].text)):
            return True
    return False


def _inside_a_name(ws: list[Word], a: int) -> bool:
    """ "the High Commissioner for Human Rights", "director of Forensics for Justice": words right after "of" or
    "for" that follows a capitalised word end that longer name; the role's holder is named after it, not there."""
    k = a - 1
    while k >= 0 and fold(ws[k].text) in lx.ARTICLES and ws[k].sent == ws[a].sent:
        k -= 1
    if k < 1 or fold(ws[k].text) not in lx.ROLE_OF_WORDS or ws[k - 1].sent != ws[a].sent:
        return False
    return is_cap(ws[k - 1].text) and not sentence_start(ws, k - 1) and fold(ws[k - 1].text) not in lx.HONORIFICS


def _cited_source(c: Candidate) -> Evidence | None:
    """ "selon Marianne", "according to Reforma", "une information de Mediapart", "with reports from Reforma": one
    word cited as a source is an outlet (a person cited so is named in full, and a surname joins its person)."""
    if c.place or len(c.prev) < 1:
        return None
    if not c.single:
        # "reports from Reforma and El Economista": a name coordinated with a cited outlet is one too
        joined = c.prev[-1] in lx.AND_WORDS and c.b - c.a <= 3 and c.a >= 2 and c.ws[c.a - 2].sent == c.ws[c.a].sent
        # "les révélations de Jeune Afrique": what reports or reveals is an outlet, in any number of words
        return Evidence(ORG) if (joined and _cited_at(c.ws, c.a - 2)) or _reported_by(c.ws, c.a) else None
    return Evidence(ORG) if _cited_at(c.ws, c.a) else None


def _cited_at(ws: list[Word], k: int) -> bool:
    """The one capitalised word at `k` is cited as a source: "selon X", "according to X", "reports from X"."""
    if not is_cap(ws[k].text):
        return False
    prev = previous_words(ws, k, LIMITS.context_words)
    cited = bool(prev) and (prev[-1] in lx.ACCORDING_TO or (len(prev) >= 2 and prev[-2] in lx.ACCORDING_TO))
    return cited or _reported_by(ws, k) or _reports_news(ws, k)


def _reports_news(ws: list[Word], k: int) -> bool:
    """ "Earlier, Nairametrics reported that", "Mediapart a révélé", "first reported by Zerohedge": the one word at
    `k` reports news, so an outlet (a person who reports is named in full, and a surname alone joins its person); not
    a common given name or a common word ("Police reported")."""
    key = fold(ws[k].text)
    if key in lx.FIRST_NAMES or key in lx.COMMON_WORDS:
        return False
    nxt = [fold(w.text) for w in ws[k + 1 : k + 3] if w.sent == ws[k].sent]
    if nxt and nxt[0] in lx.AUXILIARIES:
        nxt = nxt[1:]  # ("a révélé", "has reported")
    prev = previous_words(ws, k, LIMITS.context_words)
    agent = len(prev) >= 2 and prev[-1] in lx.REPORT_AGENTS and prev[-2] in lx.REPORT_VERBS
    return bool(nxt) and nxt[0] in lx.REPORT_VERBS or agent


def _reported_by(ws: list[Word], k: int) -> bool:
    """The name at `k` follows a report noun and its "of" ("une information de X", "reports from X")."""
    prev = previous_words(ws, k, LIMITS.context_words)
    return len(prev) >= 2 and prev[-2] in lx.SOURCE_NOUNS and prev[-1] in OF_WORDS | lx.PLACE_PREPOSITIONS


def _apposed_role(c: Candidate) -> Evidence | None:
    """ "Pouria Amirshahi, député socialiste ...", "Jane Roe, a senior fellow at ...": a name of two words or more
    with a role in apposition right after it (a comma, maybe a determiner, then the role word)."""
    if c.single or c.b + 1 >= len(c.ws) or c.ws[c.b].text != "," or c.ws[c.b + 1].sent != c.ws[c.a].sent:
        return None
    k = c.b + 1
    if fold(c.ws[k].text) in lx.ROLE_DETERMINERS:
        k += 1
    nxt = [w for w in c.ws[k : k + 2] if w.sent == c.ws[c.a].sent]
    heads = [
        n for n, w in enumerate(c.ws[k : k + len(nxt)], start=k) if lx.is_role_head(w.text) and w.text[:1].islower()
    ]
    # ("D'Addis Abeba, le président Jean Kaboa se rendra": the role opens its holder's name, the name before is not his)
    return Evidence(PER) if heads and not _holder_after(c, heads[0] + 1) else None


def _holder_after(c: Candidate, n: int) -> bool:
    """A person's name right after the role word at `n`: a given name, or a word the recogniser reads as a person."""
    if n >= len(c.ws) or c.ws[n].sent != c.ws[c.a].sent or not is_cap(c.ws[n].text) or c.ws[n].text.isupper():
        return False
    return fold(c.ws[n].text) in lx.FIRST_NAMES or c.has_ner and c.doc[c.ws[n].i].ent_type_ == PER


def _organisation_noun(c: Candidate) -> Evidence | None:
    """ "le groupe KNDS", "Nexter, la filiale ...": an organisation noun before or in apposition; not before a
    common given name and a surname ("his political rival Joe Biden")."""
    person = c.words[0] in lx.FIRST_NAMES and 2 <= c.b - c.a <= 3
    return Evidence(ORG) if org_head_before(c.ws, c.a, c.b) and not person else None


def _given_name_and_surname(c: Candidate) -> Evidence | None:
    """ "Marine Le Pen", "Ursula von der Leyen": a given name, particles, a surname."""
    if c.spacy_label not in (None, PER) or surname_start(c.doc, c.ws, c.a, c.b, c.lang) <= c.a:
        return None
    return Evidence(PER, tentative=not c.has_ner and c.words[0] not in lx.FIRST_NAMES)


def given_name_read_as_place(c: Candidate) -> Evidence | None:
    """ "Après Mattéo Renzi à Rome", "Bilal El Makhoukhi, ...": two to four capitalised words opening with a common
    given name, that the recogniser alone reads as a place, are a person's name; a place of the lists ("Alice
    Springs"), a name after a place preposition ("à Jean Moulin") or one a cue before this one typed stay what they
    are."""
    if c.spacy_label != LOC or c.single or c.b - c.a > LIMITS.given_name_words or c.words[0] not in lx.FIRST_NAMES:
        return None
    if c.ws[c.a].text.isupper() or not all(is_cap(w.text) or is_particle(w.text) for w in c.ws[c.a : c.b]):
        return None  # ("l'exploitation EARL Lyon": initials that spell a given name)
    if c.town or c.subdivision or c.given_name_place or lx.is_place(c.text) or after_place_preposition(c):
        return None
    return Evidence(PER)


def unplaced_name_read_as_place(c: Candidate) -> Evidence | None:
    """ "avant que Bukayo Saka ne trouve la lucarne", "l'Egyptien, Abdefettah al-Sissi", "Par Kab Niang": two to four
    capitalised words the recogniser alone reads as a place, none of them a place of the lists or a word of a place's
    name (a venue, a street, a place noun), with no place preposition, article or place noun before them, are a
    person's name by their shape, as one word with no such context is no place (support.py); a name after a place
    preposition ("à Médina Gounass"), in a list of places or on a programme's line is left to the cues that read
    them."""
    if c.spacy_label != LOC or c.single or c.b - c.a > LIMITS.given_name_words or c.ws[c.a].text.isupper():
        return None
    names = c.ws[c.a : c.b]
    if not is_cap(names[0].text) or not all(is_cap(w.text) or is_particle(w.text) for w in names):
        return None
    if c.town or c.subdivision or c.given_name_place or c.place or lx.is_place(c.text) or lx.town_shaped(c.text):
        return None
    parts = [p for w in names for p in (w.text, *w.text.split("-")) if p]  # "Paris-Charles de Gaulle"
    placed = (lx.is_place(p) or lx.is_town(p) or lx.is_subdivision(p) or lx.town_shaped(p) for p in parts)
    worded = (k in lx.PLACE_NAME_WORDS | lx.STREET_WORDS for k in c.words)
    if any(placed) or any(worded):
        return None
    prev = c.prev[-1] if c.prev else ""
    if prev in lx.ARTICLES or after_place_preposition(c) or place_noun(c) is not None or _alone_on_its_line(c):
        return None
    if _series_of_one_word(c):
        return None  # "(Snes Fsu, Snuep Fsu, Snetap Fsu, Cgt)": the bodies of one federation, no person
    return Evidence(PER, tentative=True)


_SERIES_ITEM_WORDS = 4  # an item of a list of names is a few words


def _series_of_one_word(c: Candidate) -> bool:
    """The name is an item of a list with commas whose next or previous item ends on the same word ("Snes Fsu, Snuep
    Fsu, Snetap Fsu"): a series of one kind (the unions of a federation, the branches of a firm) that the shared word
    names; a family's members are listed otherwise ("Jean et Marie Dupont")."""
    ws, last = c.ws, c.words[-1]
    before = c.a - 1
    listed = before >= 1 and ws[before].text == "," and ws[before - 1].sent == ws[c.a].sent
    if listed and fold(ws[before - 1].text) == last:
        return True
    if c.b < len(ws) and ws[c.b].text == ",":
        item = ws[c.b + 1 : c.b + 1 + _SERIES_ITEM_WORDS]
        ends = [n for n, w in enumerate(item) if w.text in ",;)" or w.sent != ws[c.a].sent]
        words = item[: ends[0]] if ends else []
        return bool(words) and fold(words[-1].text) == last
    return False


def _alone_on_its_line(c: Candidate) -> bool:
    """The words fill their line ("Métro Bastille" under a programme's venue): a venue or a heading line, which the
    recogniser reads better than the shape of the words."""
    text = doc_text(c.doc)
    start, end = c.ws[c.a].start, c.ws[c.b - 1].end
    line_end = text.find("\n", end)
    return not text[text.rfind("\n", 0, start) + 1 : start].strip() and text[
        end : line_end if line_end >= 0 else None
    ].strip() in ("", ".")


def given_name_led_person(c: Candidate) -> Evidence | None:
    """ "et Olivier MARCHAND, secrétaire d'État", "les présidents Idriss Kaboa, Ali Tembo et Paul Biya", "Idriss Kaboa
    (Tchad)", "puis Bernard Cazeneuve quelques jours plus tard": two to four capitalised words opening with a common
    given name, that the recogniser reads as a thing, a fragment or nothing, are a person's name; read as a body, they
    are one only where the page writes the surname in capitals, as official releases do, or lists the name with
    people (beside a name the recogniser reads as a person, or before a country in brackets). Not with a word of a
    body's, a venue's or a building's name, nor a common word ("Arthur Andersen Consulting")."""
    if (
        c.single
        or c.b - c.a > LIMITS.given_name_words
        or c.words[0] not in lx.FIRST_NAMES
        or c.spacy_label in (PER, LOC)
    ):
        return None
    rest = c.ws[c.a + 1 : c.b]
    if c.ws[c.a].text.isupper() or not all(is_cap(w.text) or is_particle(w.text) for w in rest):
        return None
    if c.town or c.subdivision or c.given_name_place or lx.is_place(c.text):
        return None
    kinds = lx.ORG_WORDS | lx.VENUE_WORDS | lx.BUILDING_WORDS | lx.COMMON_WORDS
    if any(fold(w.text) in kinds for w in rest):
        return None
    capitals = all(w.text.isupper() for w in rest if len(w.text) > 1)
    listed = capitals or _listed_with_people(c) or _country_in_brackets(c)
    return Evidence(PER) if listed or c.spacy_label != ORG else None


def _listed_with_people(c: Candidate) -> bool:
    """A comma or "and" joins the words to a name the recogniser reads as a person, right before or right after."""
    ws, a, b = c.ws, c.a, c.b

    def link(n: int) -> bool:
        return 0 <= n < len(ws) and ws[n].sent == ws[a].sent and (ws[n].text == "," or fold(ws[n].text) in lx.AND_WORDS)

    def person(n: int) -> bool:
        return 0 <= n < len(ws) and ws[n].sent == ws[a].sent and c.doc[ws[n].i].ent_type_ == PER

    return link(a - 1) and person(a - 2) or link(b) and person(b + 1)


def listed_with_full_names(c: Candidate) -> Evidence | None:
    """ "Kerbrat, Pellouard, Edouard Louis et Marie Dupraz", "car Quéméner et David Luiz sont absents": one capitalised
    word in a list of names (commas and "and") where another item is a person's full name (a common given name, then
    capitalised words) and none is an organisation or a place by its shape is a person named by the surname alone, as
    the others are named. Not a word the gazetteer or the dictionary knows, a given name, an acronym, a word the
    recogniser reads as an organisation, nor a piece of a longer run of capitalised words ("Ali El Haddad Asufi"). A
    list whose items take an article lists bands or bodies ("Outkast, The Black Keys, Jack Johnson")."""
    if not c.single or c.honorific or is_acronym(c.text) or c.spacy_label == ORG or c.key in lx.FIRST_NAMES:
        return None
    if _capitalised_at(c, c.a - 1) or _capitalised_at(c, c.b):
        return None
    if _known_otherwise(c) or lx.is_nationality(c.key) or c.key in lx.PARTISANS or _qualifies_role(c):
        return None
    before, after = _list_neighbours(c.ws, c.a, c.b, commas=True)
    items = before + after
    if not items or any(_organisation_shaped(c.ws, i, j) or _place_item(c, i, j) for i, j in items):
        return None
    if any(i > 0 and fold(c.ws[i - 1].text) in lx.ARTICLES for i, _ in [*items, (c.a, c.b)]):
        return None
    return Evidence(PER) if any(_full_name_item(c.ws, i, j) for i, j in items) else None


def _qualifies_role(c: Candidate) -> bool:
    """ "X and Nobel laureate economist Y", "Grammy winner": a word right before a role word in lower case qualifies
    the role of the name that follows; a surname in a list stands alone or before a verb."""
    nxt = c.ws[c.b] if c.b < len(c.ws) and c.ws[c.b].sent == c.ws[c.a].sent else None
    return nxt is not None and nxt.text.islower() and lx.is_role_head(nxt.text)


def _capitalised_at(c: Candidate, n: int) -> bool:
    """The word at n, of the candidate's sentence, is capitalised or ends with a capitalised word glued to punctuation
    ("(photo),Julie": a name the tokenizer cut)."""
    if not (0 <= n < len(c.ws) and c.ws[n].sent == c.ws[c.a].sent):
        return False
    return is_cap(c.ws[n].text) or re.search(r"[^\w\s][A-ZÀ-Þ][\w'’-]*$", c.ws[n].text) is not None


def inverted_speaker(c: Candidate) -> Evidence | None:
    """ "« On reste mobilisés », glisse Zineb, étudiante en lettres", "..., raconte Karim.": one capitalised word right
    after a speech verb that follows a quotation's comma or closing mark, and before a comma or the sentence's end, is
    the speaker: a person. Not a place, a body or a word the dictionary knows ("estime Bercy", "indique Matignon"),
    nor a word the recogniser reads as an organisation, unless it is a common given name ("», raconte Ibrahim")."""
    ws, a, b = c.ws, c.a, c.b
    if not c.single or c.honorific or a < 2 or is_acronym(c.text):
        return None
    if c.spacy_label == ORG and c.key not in lx.FIRST_NAMES:
        return None
    if ws[a - 1].sent != ws[a].sent or fold(ws[a - 1].text) not in lx.QUOTE_VERBS:
        return None
    if ws[a - 2].text not in _QUOTE_ENDS:
        return None
    if b < len(ws) and ws[b].sent == ws[a].sent and ws[b].text not in _SPEAKER_ENDS:
        return None
    if _known_otherwise(c) or c.key in lx.INSTITUTIONS:
        return None
    return Evidence(PER)


def _known_otherwise(c: Candidate) -> bool:
    """A word the lists know as something else than a person's name: a place, a dictionary word, a word or a name of
    an organisation."""
    return bool(c.place or c.town or c.subdivision or lx.is_place(c.text)) or (
        c.key in lx.COMMON_WORDS or c.key in lx.ORG_WORDS or c.key in lx.KNOWN_ORGS
    )


_QUOTE_ENDS = frozenset({",", "»", "”", '"'})  # what closes the quotation before its speech verb
_SPEAKER_ENDS = frozenset({",", ".", ";", "!", "?", ")"})  # what may follow the speaker's name


def _place_item(c: Candidate, i: int, j: int) -> bool:
    """A list item the gazetteer knows as a place."""
    return lx.place_name(" ".join(w.text for w in c.ws[i:j]), c.lang) is not None


def _full_name_item(ws: list[Word], i: int, j: int) -> bool:
    """Two to four capitalised words (particles aside) opening with a common given name: a person's full name."""
    if not 2 <= j - i <= LIMITS.given_name_words or fold(ws[i].text) not in lx.FIRST_NAMES or ws[i].text.isupper():
        return False
    return all(is_cap(w.text) or is_particle(w.text) for w in ws[i + 1 : j])


def _country_in_brackets(c: Candidate) -> bool:
    """ "Idriss Kaboa (Tchad)": a known place alone between brackets right after the name, as lists of leaders give
    each one's country."""
    ws, b = c.ws, c.b
    if b + 2 >= len(ws) or ws[b].text != "(":
        return False
    close = next((n for n in range(b + 1, min(len(ws), b + 5)) if ws[n].text == ")"), None)
    if close is None or close == b + 1:
        return False
    inside = doc_text(c.doc)[ws[b + 1].start : ws[close - 1].end]
    return lx.is_place(inside)


def given_name_alone(c: Candidate) -> Evidence | None:
    """ "glisse Karim, infirmier", "Charles and Camilla will", "Inès (9 ans)": one word of the public records' given
    names is a person's first name, written alone as a text names a witness, a child or a royal, where the recogniser
    reads a person, a place or nothing (it reads an unknown first name as a place as often as a person; a feast or a
    brand it reads as a thing or a body: "avant Noël", "selon Marianne"). Not after a determiner ("la Toussaint",
    "the Bill"), nor a place of that name unless paired with another given name ("à Camilla"), nor a word listed
    with a known place ("Queensland and Victoria"), nor a word in capitals (initials), nor a part of a longer name or
    title; opening its sentence, only where a verb, a comma or a second name follows ("Killian a ouvert le feu"), as
    a capitalised word opening a sentence is often no name."""
    if not c.single or c.key not in lx.FIRST_NAMES or c.ws[c.a].text.isupper() or c.honorific:
        return None
    if c.spacy_label not in (None, PER, LOC) or c.prev and c.prev[-1] in DETERMINERS:
        return None
    if (c.place or c.given_name_place) and not _joined_to(c, _given_name) or _joined_to(c, _known_place):
        return None
    if _inside_a_longer_name(c) or c.at_start and not _name_opens_clause(c):
        return None
    return Evidence(PER)


def _joined_to(c: Candidate, kind: Callable[[str], bool]) -> bool:
    """ "Charles and Camilla", "Queensland and Victoria": "and" or a comma joins the word to a capitalised word of the
    kind, before or after it."""
    ws, a = c.ws, c.a

    def same(n: int) -> bool:
        return 0 <= n < len(ws) and ws[n].sent == ws[a].sent

    def kind_at(n: int) -> bool:
        return same(n) and is_cap(ws[n].text) and kind(ws[n].text)

    def link_at(n: int) -> bool:
        return same(n) and (ws[n].text == "," or fold(ws[n].text) in lx.AND_WORDS)

    return link_at(a - 1) and kind_at(a - 2) or link_at(a + 1) and kind_at(a + 2)


def _given_name(word: str) -> bool:
    """A common given name of the public records."""
    return fold(word) in lx.FIRST_NAMES


def _known_place(word: str) -> bool:
    """A place the gazetteer or the world lists know."""
    return lx.is_known_place(word) or lx.is_subdivision(word)


def _inside_a_longer_name(c: Candidate) -> bool:
    """The word belongs to a name or a title the capitalised runs cut: after a word with a capital inside ("Neil
    deGrasse Tyson"), between brackets before the surname ("(Mitch) McConnell"), or after a small lower-case word
    that follows a capitalised common word inside a sentence, as a work's title writes it ("Mornings with Maria",
    "Picasso Bleu et Rose")."""
    ws, a, b = c.ws, c.a, c.b

    def at(n: int) -> Word | None:
        return ws[n] if 0 <= n < len(ws) and ws[n].sent == ws[a].sent else None

    before, after, further = at(a - 1), at(b), at(b + 1)
    if before is not None and before.text.isalpha() and before.text != before.text.lower():
        return True
    if before is not None and before.text == "(" and after is not None and after.text == ")":
        return further is not None and is_cap(further.text)
    head = at(a - 2)
    return (
        before is not None
        and head is not None
        and before.text.isalpha()
        and before.text.islower()
        and len(before.text) <= _TITLE_LINK_CHARS
        and is_cap(head.text)
        and fold(head.text) in lx.COMMON_WORDS
        and not sentence_start(ws, a - 2)
    )


def _name_opens_clause(c: Candidate) -> bool:
    """The word after a name opening its sentence makes it the subject or the first of two names: a verb (as the
    tagger reads it), a speech verb, a comma, or "and" before another capitalised word."""
    ws, b = c.ws, c.b
    nxt = ws[b] if b < len(ws) and ws[b].sent == ws[c.a].sent else None
    if nxt is None:
        return False
    after = ws[b + 1] if b + 1 < len(ws) and ws[b + 1].sent == nxt.sent else None
    paired = fold(nxt.text) in lx.AND_WORDS and after is not None and is_cap(after.text)
    verb = c.has_ner and c.doc[nxt.i].pos_ in ("VERB", "AUX")
    return paired or verb or nxt.text == "," or fold(nxt.text) in lx.SPEECH_AFTER


def _known_town(c: Candidate) -> Evidence | None:
    """ "a hearing in Fremont", "Raipur": a town of the world list, unless the recogniser reads a person or an
    organisation there ("Nokia" is a town too, and "Moreno" a surname in a list of ministers)."""
    return Evidence(LOC, by_town_list=True) if c.town and c.spacy_label in (None, LOC) and not _acts(c) else None


def _acts(c: Candidate) -> bool:
    """ "Meta said on Tuesday", "Kerry told reporters": a name a speech verb follows speaks; a place of the world
    lists alone is no evidence against that (a place may be or have: "Saba is an island"); after "of", the speaker
    is the name before it ("Greg Taylor of Indianapolis said")."""
    nxt = c.ws[c.b] if c.b < len(c.ws) and c.ws[c.b].sent == c.ws[c.b - 1].sent else None
    of_place = bool(c.prev) and c.prev[-1] in OF_WORDS
    return nxt is not None and fold(nxt.text) in lx.SPEECH_AFTER and not of_place


def _subdivision_where(c: Candidate) -> Evidence | None:
    """ "la venue du président de la République en Creuse": a state, province, region or département of the world
    list after a place preposition, or that the recogniser reads as a place, is the place, before a role's cue
    reads a role's holder there; so is a town or region of the lists that is a given name too ("from Regina", "dans
    l'Aude"), which its name alone does not make a place."""
    listed = c.subdivision or c.given_name_place
    # ("the mayor of Eugene", "le préfet de l'Aude": after an office's "of", the place the office serves)
    where = after_place_preposition(c) or seat_of_an_office(c)
    if listed and (c.spacy_label == LOC or c.spacy_label in (None, PER) and where):
        return Evidence(LOC)
    return None


def seat_of_an_office(c: Candidate) -> bool:
    """ "le maire de Lège-Cap-Ferret", "the mayor of Eugene", "les gendarmes de la Drôme": a place after an office's
    noun (or its holders', in the plural) and "de" is where the office sits, a place of the story."""
    if complement_of_role(c.ws, c.a):
        return True
    k = c.a - 1
    while k >= 0 and fold(c.ws[k].text) in lx.ARTICLES and c.ws[k].sent == c.ws[c.a].sent:
        k -= 1
    if k < 1 or fold(c.ws[k].text) not in lx.OF_WORDS or c.ws[k - 1].sent != c.ws[c.a].sent:
        return False
    noun = fold(c.ws[k - 1].text)
    return noun[-1:] in ("s", "x") and lx.is_role_head(noun[:-1])


def _known_subdivision(c: Candidate) -> Evidence | None:
    """ "Queensland and New South Wales", "Gauteng officials": a state, province, region or département of the world
    list is a place where no cue of the sentence says what it is ("Sénateur de la Somme", the recogniser's
    "miscellaneous"), unless the recogniser reads a person or an organisation there ("Bolívar" the man). As for
    towns, the text's own cues elsewhere win ("Governor X ... X left")."""
    known = c.subdivision and c.spacy_label not in (PER, ORG) and not _acts(c)
    return Evidence(LOC, by_town_list=True) if known else None


def programme_venue(c: Candidate) -> bool:
    """One name where a programme says its item happens ("17h30 - Arrivée du ministre, Nordev", "Boulouparis" under
    "08 h 45 | Ouverture de la fête"): the item's place."""
    return c.single and in_venue_segment(doc_text(c.doc), c.ws[c.a].start, c.ws[c.b - 1].end)


def _programme_venue(c: Candidate) -> Evidence | None:
    """A name in a programme's place, that no cue of a person or an organisation read: a place, before the
    recogniser's guess."""
    return Evidence(LOC) if programme_venue(c) else None


def place_where_read_as_person(c: Candidate) -> Evidence | None:
    """ "se rendra à Khan Younès", "participera à Addis Abeba au sommet", "l'attaque de Salisbury": what the recogniser
    alone reads as a person is the place where it stands right after a place preposition and does not open with a
    given name (a person after "à" is named with one: "succède à Jean Moulin"), or where it is a town of the world
    list after a place preposition or "de". Nothing said there makes it a person (no honorific, no speech verb
    after it), and the text's own person elsewhere wins ("le président Paul Biya", then "à Paul Biya")."""
    if c.spacy_label != PER or c.honorific or _acts(c) or c.ws[c.a].text.isupper():
        return None
    if not c.prev:
        return Evidence(LOC, by_town_list=True) if _place_relative_after(c) and not c.single else None
    before = c.ws[c.a - 1].text
    # (not the verb "a": "qu'a Marie"; nor a tribute's or a letter's "à": "hommage à Jean Kaboa")
    dative = len(c.prev) > 1 and c.prev[-2] in lx.DATIVE_HEADS
    where = c.prev[-1] in lx.PLACE_PREPOSITIONS and before != "a" and not dative
    given = any(part in lx.FIRST_NAMES for part in c.words[0].split("-"))
    if where and not c.single and not given or _place_relative_after(c) and not c.single:
        return Evidence(LOC, by_town_list=True)
    listed = c.town and not given and not complement_of_role(c.ws, c.a)
    return Evidence(LOC, by_town_list=True) if listed and (where or c.prev[-1] in OF_WORDS) else None


def place_where_read_as_organisation(c: Candidate) -> Evidence | None:
    """ "deux morts à Soumy", "de retour en Calédonie": what the recogniser alone reads as a body, right after a
    preposition that names where ("à" or "en"), is the place: a body is named there with a word of its kind ("à
    l'Assemblée nationale") or is one the lists know ("à Renault"), and a letter's or a tribute's "à" is no place."""
    if c.spacy_label != ORG or c.honorific or _acts(c) or not c.prev or c.prev[-1] not in lx.TOWN_PREPOSITIONS:
        return None
    if c.ws[c.a - 1].text == "a" or len(c.prev) > 1 and c.prev[-2] in lx.DATIVE_HEADS:
        return None  # ("qu'a X", "hommage à X")
    if any(w.isupper() for w in c.text.split()) or set(c.words) & (lx.ORG_WORDS | lx.GENERIC_ORG_WORDS):
        return None  # ("à l'ONU", "à Air France Industries")
    if lx.known_organisation(c.text) or c.key in lx.INSTITUTIONS:
        return None
    return Evidence(LOC)


def _place_relative_after(c: Candidate) -> bool:
    """ "cap sur Médina Gounass où se tient la retraite": a relative of place right after the name (after a comma, a
    relative may be said of the sentence's place, not of the name: "il a reçu X, où ...")."""
    return c.b < len(c.ws) and c.ws[c.b].sent == c.ws[c.a].sent and c.ws[c.b].text.lower() in lx.PLACE_RELATIVES


def recogniser(c: Candidate) -> Evidence | None:
    """spaCy's vote, when no context cue spoke; not its person for one word after a role word and "de" (it reads
    "Maire de Bourges" as one person's name)."""
    if c.spacy_label == PER and c.single and complement_of_role(c.ws, c.a):
        return None
    if c.spacy_label in (PER, ORG) and thing_code(c):
        return None  # "plantes OGM", "masques FFP2": the model's vote is the acronym's shape, as ours would be
    if c.spacy_label == LOC and kind_of_thing(c):
        return None  # "le RER A": a train line, where the model reads a place
    return Evidence(c.spacy_label) if c.spacy_label in (PER, ORG, LOC) else None


def _capitalised_words(c: Candidate) -> Evidence | None:
    """Rules alone: two or more capitalised words with no other cue are most often a person, but not after
    "the" ("the Mavi Marmara"); "John Elway" needs no more evidence, other names do."""
    if c.has_ner or c.b - c.a < 2 or not all(is_cap(w.text) or is_particle(w.text) for w in c.ws[c.a : c.b]):
        return None
    if c.prev and c.prev[-1] in lx.SINGULAR_ARTICLES or _inside_a_name(c.ws, c.a):
        return Evidence(None)  # "the Mavi Marmara"; "the Universal Declaration of Human Rights"
    if _words_of_the_language(c) or _opens_with_a_place(c):
        return Evidence(None)  # "Social Welfare", "Pretty Lights"; "Sydney Harbour", "Chicago O'Hare"
    if _ends_with_a_things_plural(c):
        return Evidence(None)  # "Alba Mineral Resources", "Acme Investor Relations"
    # a given name opens a person's name of a few words; a longer run holds more than a name ("Jane Roe Purchase
    # Licensing Rights", a credit glued to a picture's link)
    named = sum(not is_particle(w.text) for w in c.ws[c.a : c.b]) <= LIMITS.given_name_words
    return Evidence(PER, tentative=not (named and c.words[0] in lx.FIRST_NAMES))


def _ends_with_a_things_plural(c: Candidate) -> bool:
    """ "Alba Mineral Resources", "Corvin Data Solutions", "Acme Investor Relations": a name by its shape alone that
    ends with the plural of a common word is a company's or a department's, unless people bear that plural as a surname
    too ("Tiger Woods", "Tyra Banks": generator/lang/surnamewords.txt, the census's), in a language whose census says
    so."""
    last = fold(c.ws[c.b - 1].text)
    if not language(c.lang).common_word_needs_surname or not last.endswith("s") or last in lx.FIRST_NAMES:
        return False
    return last[:-1] in lx.COMMON_WORDS and last not in lx.SURNAME_WORDS


def _words_of_the_language(c: Candidate) -> bool:
    """ "professor of Social Welfare", "“All Members of Parliament get gifts”", "Pretty Lights and Sleigh Bells":
    capitalised words that are each a frequent word the dictionaries write in lower case (or its plural), none a
    given name, are a field, a quoted phrase or a band's name by their shape alone, not a person's name (the
    surnames that are words, "Baker", come after a given name or an honorific, which other cues read)."""
    words = [fold(w.text) for w in c.ws[c.a : c.b] if not is_particle(w.text)]
    return bool(words) and not any(w in lx.FIRST_NAMES for w in words) and all(map(_frequent_word, words))


def _frequent_word(key: str) -> bool:
    """A frequent lower-case word of the language, or its plural ("members", "lights")."""
    return key in lx.COMMON_WORDS or key.endswith("s") and key[:-1] in lx.COMMON_WORDS


def _opens_with_a_place(c: Candidate) -> bool:
    """ "across Sydney Harbour", "Chicago O'Hare": capitalised words opening with a place the gazetteer knows, that is
    no given name, name a site, a team or a thing of that place by their shape alone, not a person (a person named
    after a town opens with a given name: "Madison Keys" is read by the given name); unless its last word stands
    alone elsewhere, as a surname does ("Paris Hilton ... Hilton said"). Not the world's towns list: its small towns
    are rare given names too ("Corbin Vale")."""
    first = c.ws[c.a].text
    if fold(first) in lx.FIRST_NAMES or lx.is_given_name_place(first) or not lx.is_place(first):
        return False
    last = c.ws[c.b - 1].text
    alone = (n for n, w in enumerate(c.ws) if w.text == last and not c.a <= n < c.b)
    return not any(n == 0 or c.ws[n - 1].text != first for n in alone)


def _lone_capitalised_word(c: Candidate) -> Evidence | None:
    """Rules alone, one word inside a sentence: a place after "in", an organisation when it owns or acts; not a
    frequent word of the language, which a heading or a form capitalises ("the Ordinance was adopted", "filing of
    Nominations closes", "Yes: 12"): acting alone does not make it a name (a company so named is in the known
    organisations, read before; a chamber, "the House voted", stays)."""
    if c.has_ner or not c.single or c.at_start or len(c.key) < LIMITS.lone_word_chars:
        return None
    ws, b = c.ws, c.b
    nxt = ws[b].text if b < len(ws) else "."
    loose_end = not any(ch.isalnum() for ch in nxt) or nxt in _AFTER_PLACE
    if c.prev and c.prev[-1] in lx.NEAR_PLACE and loose_end:
        return Evidence(LOC)  # "died in Ripley, Derbyshire"
    owns = b < len(ws) and ws[b].text in lx.POSSESSIVES
    # (a legislature's chamber by its one word stays one: "the House voted")
    named = c.key not in lx.COMMON_WORDS or c.key in lx.CHAMBERS | lx.CHAMBER_HEADS
    return Evidence(ORG if owns or (c.acting and named) else None)


def _festival(c: Candidate) -> Evidence | None:
    """ "Brighton Festival chief executive X", "le directeur du Festival d'été": a festival with staff or words of its
    own is the body that runs it."""
    return Evidence(ORG) if festival_body(c) else None


def _building_by_its_name(c: Candidate) -> Evidence | None:
    """ "les travaux de la Maison de la Coquille", "la Maison des services de Pélussin": a building's or a venue's kind
    word, capitalised, then "de" and a name, that no other cue reads (no body's word, no role, no list knows it), is
    the building named after that name: its kind says a place whatever the sentence does with it."""
    if c.single or len(c.words) < 3 or not is_cap(c.ws[c.a].text):
        return None
    if c.words[0] not in lx.BUILDING_WORDS | lx.VENUE_WORDS or c.words[1] not in OF_WORDS:
        return None
    named = any(is_cap(w.text) for w in c.ws[c.a + 2 : c.b])
    return Evidence(LOC) if named and not _speaks(c) else None


def _labelled_place(c: Candidate) -> Evidence | None:
    """A name on a programme's line that its place label opens ("Lieu : Conseil départemental de X", "Where: Gold
    Room, Utah State Capitol"): the page says it is where the item happens, a place whatever its words are."""
    return Evidence(LOC) if after_place_label(doc_text(c.doc), c.ws[c.a].start) else None


LABEL_CUES = (
    _labelled_place,
    _region_by_its_noun,
    _festival,
    _institution,
    _capitalised_body,
    _team,
    _nicknamed_team,
    _group,
    _fixture,
    _known_person,
    listed_after_plural_title,
    _known_organisation_in_context,
    _gazetteer,
    state_after_town,
    town_before_state,
    compass_place,
    town_and_department,
    town_and_region,
    place_noun,
    _after_demonym,
    _initials_with_ampersand,
    _known_organisation,
    _venue,
    organisation_word,
    _owner,
    _shareholding,
    _employer,
    _medium,
    _membership,
    _listed_organisation,
    _listed_after_organisation_noun,
    _listed_with_organisations,
    _after_near_place,
    _subdivision_where,
    _journalist_employer,
    _role,
    _firm_of_role,
    _organisation_noun,
    _cited_source,
    _apposed_role,
    listed_with_places,
    _given_name_and_surname,
    given_name_read_as_place,
    _known_subdivision,
    _known_town,
    _programme_venue,
    given_name_led_person,
    given_name_alone,
    place_where_read_as_person,
    place_where_read_as_organisation,
    listed_with_full_names,
    inverted_speaker,
    unplaced_name_read_as_place,
    recogniser,
    _capitalised_words,
    _lone_capitalised_word,
    _building_by_its_name,
)

# Cues that read a person in the words alone (the recogniser's vote, a shape of capitalised words), which a noun that
# heads the name outweighs; a title, an honorific or a role before the name does not yield to it.
WEAK_PERSON_CUES = (recogniser, _capitalised_words)


def after_place_preposition(c: Candidate) -> bool:
    bare = [p for p in previous_words(c.ws, c.a, LIMITS.place_context_words) if p not in lx.ARTICLES]
    return bool(bare) and bare[-1] in lx.PLACE_PREPOSITIONS
