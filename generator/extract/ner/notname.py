"""Cues that a run of capitalised words is no name at all: an amount, a law, a role's part, a disease."""

from __future__ import annotations

import re

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.cue import LIMITS, Candidate, complement_of_role, org_head_before, previous_words
from generator.extract.ner.festivals import festival_body
from generator.extract.ner.roles import line_break, singular_role
from generator.extract.ner.things import after_a_clock
from generator.extract.ner.words import (
    CONNECTORS,
    DETERMINERS,
    OF_WORDS,
    Word,
    is_acronym,
    is_cap,
)
from generator.lang.patterns import DASHES

# "le gouvernement Aznar", "the Obama administration": the name after these nouns is a person's.


def _not_name_shaped(c: Candidate) -> bool:
    """Too short, no letter, a common capitalised word or a nationality ("Etat", "Français")."""
    key = c.key
    return (
        key[:1] in "'’"  # "the King’s Speech": what follows a possessive ending is owned, not named
        or len(key) < LIMITS.min_name_chars
        or key in lx.COMMON_CAPS
        and not the_institution(c)
        or lx.is_nationality(key)
        and not (c.single and c.place and fold(c.place) == key)  # "en Suisse": the country the adjective is named for
        or not any(ch.isalpha() for ch in key)
        or c.single
        and singular_role(key) is not None  # "the Chief Ministers of ...": a role's holders, no name
        or _office_addressed(c.text)
    )


def _office_addressed(text: str) -> bool:
    """ "Madame la Présidente", "Monsieur le Préfet": an article in lower case and an office alone, as a letter
    addresses the holder, are no surname ("M. Le Maire", "Mme Le Pen" are: a surname's particle has its capital)."""
    words = text.split()
    return (
        len(words) == 2
        and words[0].islower()
        and fold(words[0]) in lx.PARTICLE_ARTICLES
        and lx.is_role_head(fold(words[1]))
    )


def the_institution(c: Candidate) -> bool:
    """ "les questions au Gouvernement", "les membres du Gouvernement", "la Primature": a public body's head word alone,
    capitalised inside a sentence after its article, is the country's own institution (in lower case, or at the
    start of a line, it is the common noun; with an adjective after it, "le Cabinet civil", a body of its own)."""
    heads = lx.NATIONAL_INSTITUTION_HEADS | lx.CAPITALISED_BODIES  # ("la Préfecture a publié", "la Primature")
    if not c.single or c.at_start or not c.text[:1].isupper() or c.text.isupper() or c.key not in heads:
        return False
    nxt = c.ws[c.b] if c.b < len(c.ws) and c.ws[c.b].sent == c.ws[c.a].sent else None
    qualified = nxt is not None and nxt.text.islower() and c.has_ner and c.doc[nxt.i].pos_ in ("ADJ", "NOUN")
    # ("examiné par l'Assemblée mardi": a day after the body is no adjective of its name)
    qualified = qualified and nxt is not None and fold(nxt.text) not in lx.WEEKDAYS | lx.TIME_QUALIFIERS
    # (after "the" only the capitalised bodies: "the Administration" of a page is most often its own one, named apart)
    leads = lx.INSTITUTION_LEADS | (lx.SINGULAR_ARTICLES if c.key in lx.CAPITALISED_BODIES else frozenset())
    # (such a body after a place preposition is where one sits or goes, "présidente du groupe à l'Assemblée", unless it
    # acts; a national institution keeps its use, "questions au Gouvernement")
    bare = [p for p in c.prev if p not in lx.ARTICLES]
    body = c.key in lx.CAPITALISED_BODIES and c.key not in lx.NATIONAL_INSTITUTION_HEADS
    placed = body and bool(bare) and bare[-1] in lx.PLACE_PREPOSITIONS | lx.NEAR_PLACE and not c.acting
    return bool(c.prev) and c.prev[-1] in leads and not qualified and not placed


def town_as_owner(c: Candidate) -> bool:
    """ "changes in the Town’s billing system", "to handle the City’s public records requests": a town's common noun,
    capitalised for the page's own town, names its corporation when it acts ("the City is landbanking the
    property"); as the owner of a thing it names the town, no body of the story."""
    nxt = c.ws[c.b] if c.b < len(c.ws) and c.ws[c.b].start == c.ws[c.b - 1].end else None
    return c.key in lx.PLACE_NOUNS and nxt is not None and nxt.text in lx.POSSESSIVES and not c.acting


def _amount(c: Candidate) -> bool:
    """ "RM6.162 million", "N723 million", "R2,500": a currency's letters glued to a number are an amount (a code
    like "G20" or "A350" is one only with a decimal or thousands mark, or a unit after it)."""
    if not c.single or not re.fullmatch(r"[A-Z]{1,3}\d[\d.,]*", c.text):
        return False
    nxt = c.ws[c.b].text if c.b < len(c.ws) and c.ws[c.b].sent == c.ws[c.a].sent else ""
    return bool(re.search(r"\d[.,]\d", c.text) or lx.FIGURE_UNIT.match(nxt))


# a clock time in one word, as the languages write it: "14H", "10H00", "9h", "7PM", "7:30pm", "11.15am"
_CLOCK_TIME = re.compile(r"\d{1,2}(?:[hH]\d{0,2}|[:.]\d\d(?:[aApP]\.?[mM]\.?)?|[aApP]\.?[mM]\.?)\.?")


def _numbered(c: Candidate) -> bool:
    """ "le CAC 40", "an ATR 72 aircraft", "AICE 2022", "JO-2024": an acronym with a number after it is an index, a
    model or an edition of an event, and a clock time ("10H00", "à 14H", "at 7:30PM") is none of a name (but "le G7",
    "D66" stay: the number is inside the name; "le RN 33 %", "UE 27 juin": a figure or a date follows the name; "le
    PS 414": a count follows a name of the organisations list)."""
    if not c.single:
        return False
    if _CLOCK_TIME.fullmatch(c.text) or re.fullmatch(r"[A-Z]{2,}-(?:19|20)\d\d", c.text):
        return True
    ws, b = c.ws, c.b
    if not is_acronym(c.text) or b >= len(ws) or ws[b].sent != ws[c.a].sent or not re.fullmatch(r"\d{1,4}", ws[b].text):
        return False
    # (the hand-written tables too, whose short or place-like names the list leaves out: "le PS 414", "l'UDI 148")
    known = lx.known_organisation(c.text) or c.key.replace(".", "") in lx.TABLE_ORGS
    if known and not re.fullmatch(r"(?:19|20)\d\d", ws[b].text):
        return False  # "le PRG 62": a known party or body, then a count (a year is an edition: "COP 2021")
    after = ws[b + 1].text if b + 1 < len(ws) and ws[b + 1].sent == ws[c.a].sent else ""
    return not (after in ("%", "‰") or fold(after.rstrip(".")) in lx.MONTH_WORDS or lx.FIGURE_UNIT.match(after))


# A roman numeral in capitals, as the form writes them ("II", "IV", "XIII"; not the letters of an acronym, "CIV")
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
_ITEM_MARK_ENDS = (".", ")", ":", *DASHES)  # "II. New Business", "IV) Zoning", "III - Points divers"


def _list_numeral(c: Candidate) -> bool:
    """A roman numeral that marks an item of a list or an agenda ("II. Unfinished Business", "IV) Zoning Cases"): the
    mark of a part, never a name."""
    ws, b = c.ws, c.b
    if not c.single or len(c.text) < 2 or not _ROMAN.fullmatch(c.text):
        return False
    return b < len(ws) and ws[b].sent == ws[c.a].sent and ws[b].text in _ITEM_MARK_ENDS


def _house_number(c: Candidate) -> bool:
    """ "at 300 Slater Street", "300 Slater is assigned to ...": one word right after a house number is an address (a
    year before a name is not one: "in 2019 Microsoft bought")."""
    prev = c.ws[c.a - 1].text if c.a > 0 and c.ws[c.a - 1].sent == c.ws[c.a].sent else ""
    # (nor counted members of a party: "35 UMP, 11 UDI")
    year = re.fullmatch(r"1[89]\d\d|20\d\d", prev)
    return c.single and bool(re.fullmatch(r"\d{1,5}", prev)) and not year and not is_acronym(c.text)


def _part_of_role(c: Candidate) -> bool:
    """ "ministre des Armées": a ministry's domain after "de" belongs to the role."""
    in_role = all(w in lx.MINISTRY_DOMAINS or w in CONNECTORS for w in c.words)
    # (after an article, only right after a role word: "ministre de l'Economie", not "les régions de l'Europe")
    return in_role and bool(c.prev) and (c.prev[-1] in OF_WORDS or complement_of_role(c.ws, c.a)) or _portfolio(c)


def _portfolio(c: Candidate) -> bool:
    """ "Ministre de la Transition écologique", "chargée de l'Égalité": right after a minister's title and "de", a
    capitalised word the dictionaries write in lower case is the portfolio, whatever its field (no list of fields
    holds them all), not an organisation; a place or a known body there is one ("ministre de l'Europe")."""
    ws, sent = c.ws, c.ws[c.a].sent
    k = c.a - 1
    while k >= 0 and fold(ws[k].text) in lx.ARTICLES and ws[k].sent == sent:
        k -= 1
    if k < 1 or ws[k].sent != sent or fold(ws[k].text) not in OF_WORDS:
        return False
    if c.words[0] not in lx.COMMON_WORDS or c.place or lx.known_organisation(c.text):
        return False
    if any(lx.is_known_place(w.text) for w in ws[c.a + 1 : c.b]):
        return False  # ("l'Union des Comores": a state named with its place)
    return fold(ws[k - 1].text) in lx.portfolio_titles(c.lang) or _listed_portfolio(c, k)


_PORTFOLIO_LIST_WORDS = 16  # "chargée de l'Égalité entre les femmes et les hommes, de la Diversité et de l'Egalité"


def _listed_portfolio(c: Candidate, k: int) -> bool:
    """The "de" at `k` goes on a list of portfolios after "et" or a comma ("chargée de l'Égalité entre les femmes et
    les hommes, de la Diversité et de l'Egalité des chances"): a minister's title and "de" before it, and between
    them words, commas and "et", no verb (a verb starts another clause)."""
    ws, sent = c.ws, c.ws[c.a].sent
    if fold(ws[k - 1].text) not in lx.AND_WORDS and ws[k - 1].text != ",":
        return False
    for n in range(k - 2, max(0, k - 2 - _PORTFOLIO_LIST_WORDS), -1):
        w = ws[n]
        if w.sent != sent or not (w.text.isalpha() or w.text == "," or fold(w.text) in lx.ARTICLES):
            return False
        if c.has_ner and c.doc[w.i].pos_ in ("VERB", "AUX"):
            return False
        if fold(w.text) in OF_WORDS and fold(ws[n - 1].text) in lx.portfolio_titles(c.lang):
            return True
    return False


def _attended_gathering(c: Candidate) -> bool:
    """ "participer au 49e Forum économique", "il inaugurera le Forum économique franco-tunisien", "aux travaux du Bali
    Democracy Forum": a gathering's name right after a word that takes part in it, opens it or counts its editions
    (articles, "de", "à" and a rank between) is the event, no organisation (the forum that publishes a report is
    one)."""
    heads, attendance = lx.gathering_words(c.lang)
    if not {c.words[0], c.words[-1]} & heads:
        return False
    ws, sent = c.ws, c.ws[c.a].sent
    k = c.a - 1
    skipped = lx.ARTICLES | OF_WORDS | lx.PLACE_PREPOSITIONS
    while k >= 0 and ws[k].sent == sent and (fold(ws[k].text) in skipped or _rank(ws[k].text)):
        k -= 1
    return k >= 0 and ws[k].sent == sent and fold(ws[k].text) in attendance


def _rank(word: str) -> bool:
    """ "49e", "10th": a number and an ordinal's suffix."""
    number = re.fullmatch(r"\d+([^\W\d_]+)", word)
    return number is not None and fold(number.group(1)) in lx.RANK_SUFFIXES


def _role_modifier(c: Candidate) -> bool:
    """ "un Haut représentant", "le Premier ministre": a capitalised modifier before a role word is the role's."""
    nxt = c.ws[c.b] if c.b < len(c.ws) and c.ws[c.b].sent == c.ws[c.a].sent else None
    return c.single and c.key in lx.ROLE_MODIFIERS and nxt is not None and lx.is_role_head(nxt.text)


def _honour(c: Candidate) -> bool:
    """ "remettre sa Légion d'honneur", "insignes de Grand Officier de la Légion d'Honneur", "élevée au grade de
    Commandeur de l'Ordre national": an order's decoration, or an order named after one of its ranks, is given to
    someone, no organisation that acts."""
    # (the run may hold part of the name: "Légion" then "d'honneur", "d'Honneur" after "Légion")
    sent = c.ws[c.a].sent
    around = [fold(w.text) for w in c.ws[max(0, c.a - 3) : c.b + 3] if w.sent == sent]
    said = " " + re.sub(r"(['’]) ", r"\1", " ".join(around)) + " "
    own = set(re.split(r"[\s'’]+", " ".join(c.words))) - {""}
    if any(f" {h} " in said and own <= set(re.split(r"[\s'’]+", h)) for h in lx.HONOURS):
        return True
    # (an order's name opens on the head its decorations open on, "Ordre", "Order", "Légion": not "officier de la
    # Gendarmerie", "Dame of Sark")
    heads = {re.split(r"[\s'’]+", h)[0] for h in lx.HONOURS}
    n = 2 if " ".join(c.words[:2]) in lx.HONOUR_RANKS else 1  # ("Grand Officier de ...")
    ranked = " ".join(c.words[:n]) in lx.HONOUR_RANKS and len(c.words) > n + 1 and c.words[n] in OF_WORDS
    if ranked:
        return any(w in heads for w in c.words[n + 1 : n + 3])
    bare = [p for p in previous_words(c.ws, c.a, 4) if p not in lx.ARTICLES]
    return len(bare) >= 2 and c.words[0] in heads and bare[-1] in OF_WORDS and bare[-2] in lx.HONOUR_RANKS


def _law_or_event(c: Candidate) -> bool:
    """Laws, treaties, events, competitions: "Charte de l'ONU", "Ligue des Champions", "Patriot Act"; not a
    given name that is also such a word, before a surname ("President Bill Clinton")."""
    words = c.words[1:] if given_name_first(c) else c.words
    # ("Black Friday", "Cyber Monday", "Super Tuesday": a name of several words ending with a weekday names a day, as
    # "Labor Day" does; "Jane Friday" and "Doris Day" are people)
    named_day = c.words[-1] in lx.LAW_ENDS or not c.single and c.words[-1] in lx.WEEKDAYS
    law = named_day and (not given_name_first(c) or _dated_after(c))
    event_end = not c.single and c.words[-1] in lx.event_ends(c.lang)[0]  # "the Royal Tour", "Climate Conference"
    named_event = any(w in lx.EVENT_WORDS for w in words) or law or event_end or lx.names_a_competition(c.text)
    return named_event and not _street_name(c) and not festival_body(c)


def _document_title(c: Candidate) -> bool:
    """ "Municipal General Fund Amendments", "the Fiscal Year General Fund Budget", "The Thomson Reuters Trust
    Principles": a document's noun that heads the capitalised words, last after another capitalised word, names what
    a body drafts, adopts or amends, though the words before it hold the body's name; a body's name that ends on such
    a noun takes it as a complement, after a word in lower case ("Committee on Regulations", "Office of the Budget")."""
    return not c.single and c.words[-1] in lx.DOCUMENT_ENDS and is_cap(c.ws[c.b - 2].text)


# a bill's number after its code: "147" in "H.B. 147", "C-69" in "Bill C-69"
_BILL_NUMBER = re.compile(r"(?:[A-Z]-?)?\d+[A-Z]?")
_POSSESSIVE_MARK = re.compile(r"['’]s?")  # "Workers’ Compensation", "Children's Health"


def _bill_title(c: Candidate) -> bool:
    """ "H.B. 147 Utah Marriage Commission", "S.B. 70 Commission Relating to Federal Issues", "Bill C-69 Impact
    Assessment Act": the capitalised words after a bill's code and number, with their possessive marks and the small
    words a title leaves in lower case, on one line, are the bill's title; a body or a place it names is the title's
    word, not the story's."""
    ws, k = c.ws, c.a - 1
    while k >= 1 and ws[k].sent == ws[c.a].sent and not line_break(c.doc, ws, k):
        if _BILL_NUMBER.fullmatch(ws[k].text) and fold(ws[k - 1].text) in lx.BILL_CODES:
            return ws[k - 1].sent == ws[k].sent and not line_break(c.doc, ws, k - 1)
        title_word = is_cap(ws[k].text) and ws[k].text[:1].isalpha() or bool(_POSSESSIVE_MARK.fullmatch(ws[k].text))
        if not (title_word or fold(ws[k].text) in lx.TITLE_SMALL_WORDS):
            return False
        k -= 1
    return False


def _clause_as_title(c: Candidate) -> bool:
    """ "In God We Trust", "The Truths We Hold", "Here We Grow": a subject pronoun capitalised inside the capitalised
    words makes them a clause written as a title, a motto or a slogan; no name holds one (but a given name that is
    written as one: "You", a Korean and Chinese name)."""
    pronouns = lx.subject_pronouns(c.lang) - lx.FIRST_NAMES
    inner = c.ws[c.a + 1 : c.b - 1]
    return any(w.text[1:].islower() and w.text[:1].isupper() and fold(w.text) in pronouns for w in inner)


def _street_name(c: Candidate) -> bool:
    """A street's name, ended by its street word ("Summit Road", "Festival Square") or led by it in lower case ("la rue
    du Sommet", "l'avenue du Festival"): an address, whatever event it is named after."""
    led = c.ws[c.a].text.islower() and c.words[0] in lx.STREET_WORDS
    return not c.single and (c.words[-1] in lx.STREET_WORDS or led)


def _competition_complement(c: Candidate) -> bool:
    """ "la Coupe de France", "l'équipe de France", "le championnat d'Afrique des Nations": a place right after the
    head of a competition's or a national side's name and "de" (articles between) completes that name; the story
    does not happen there (a person there is the side's coach: "l'équipe de Didier Deschamps")."""
    k = len(c.prev) - 1
    while k >= 0 and c.prev[k] in lx.ARTICLES:
        k -= 1
    return k >= 1 and c.prev[k] in OF_WORDS and c.prev[k - 1] in lx.COMPETITION_HEADS and c.place is not None


def _time_zone_place(c: Candidate) -> bool:
    """ "at 3pm UK", "Heure de Tunis :", "10am Paris time": a place right after a clock time, or with a time zone's
    noun, names the clock's zone, no place of the story (not "à une heure de Paris", a distance)."""
    if c.place is None:
        return False
    prev = previous_words(c.ws, c.a, 3)
    zone_before = len(prev) >= 2 and prev[-1] in OF_WORDS and prev[-2] in lx.ZONE_NOUNS_BEFORE
    counted = len(prev) == 3 and (prev[0].isdigit() or prev[0] in lx.NUMBER_WORDS)
    nxt = fold(c.ws[c.b].text) if c.b < len(c.ws) and c.ws[c.b].sent == c.ws[c.a].sent else ""
    return zone_before and not counted or nxt in lx.ZONE_NOUNS_AFTER or after_a_clock(c)


def _dated_after(c: Candidate) -> bool:
    """ "on Victoria Day, Monday, 19 May": a holiday's name with the day it falls on in apposition (a given name
    opens it, "Doris Day" is a person)."""
    after = [w for w in c.ws[c.b : c.b + 2] if w.sent == c.ws[c.a].sent]
    if len(after) < 2 or after[0].text != ",":
        return False
    key = fold(after[1].text.rstrip("."))
    return key in lx.WEEKDAYS or key in lx.MONTH_WORDS or after[1].text[:1].isdigit()


def _names_a_programme(c: Candidate) -> bool:
    """ "the General Debate week", 'the "Clean Rivers (Phase Two)" programme': a name right before a programme noun,
    over a closing quotation mark or a parenthesis, names that programme or event (not an organisation's acronym or
    name: "the UN programme", "the Gates Foundation initiative")."""
    if is_acronym(c.text) or any(w in lx.ORG_WORDS for w in c.words):
        return False
    ws, n = c.ws, c.b
    if n < len(ws) and ws[n].text == "(":
        while n < len(ws) and ws[n].sent == ws[c.a].sent and ws[n].text != ")":
            n += 1
        n += 1
    while n < len(ws) and ws[n].text in _CLOSING:
        n += 1
    after = ws[n] if n < len(ws) and ws[n].sent == ws[c.a].sent else None
    return after is not None and after.text.islower() and fold(after.text) in lx.PROGRAMME_NOUNS


_CLOSING = ('"', "”", "»", "’", "'", ")")


def given_name_first(c: Candidate) -> bool:
    """The run opens with a common given name and goes on with one or two capitalised words, none a connector."""
    return (
        c.words[0] in lx.FIRST_NAMES
        and 2 <= c.b - c.a <= 3
        and all(is_cap(w.text) and fold(w.text) not in CONNECTORS for w in c.ws[c.a + 1 : c.b])
    )


def adjective(c: Candidate) -> bool:
    """ "New Zealand-born": an adjective made from a name."""
    return c.key.endswith(tuple("-" + s for s in lx.ADJECTIVE_SUFFIXES))


def _group_noun(c: Candidate) -> bool:
    """ "les Unionistes", "les Marseillais", "the Democrats": party members and people of a place."""
    # (the word as written: "à Sancoins" folds to the English article "a")
    before = c.ws[c.a - 1].text.lower().replace("’", "'") if c.prev else ""
    after_det = not c.prev or before in DETERMINERS or c.prev[-1] in lx.ROLE_MODIFIERS
    # "le Président Centrafricain", "le Premier ministre Malien": a title's nationality, capitalised by the page
    after_title = bool(c.prev) and lx.is_role_head(c.prev[-1]) and lx.is_nationality(c.key)
    return c.single and (c.key in lx.PARTISANS or (lx.is_demonym(c.key) and (after_det or after_title)))


def _plural_acronym(c: Candidate) -> bool:
    """ "Tory MPs", "les ONGs", "MEPs": an acronym in the plural counts people or bodies, it names none."""
    return bool(PLURAL_ACRONYM.fullmatch(c.text.split()[-1]))


def _acronym_after_noun(c: Candidate) -> bool:
    """An acronym after a singular common noun it qualifies ("adresse IP", "licence STAPS"): a kind of thing, not
    an organisation (but "le groupe PSA", "le député UMP", "les militants CGT": an organisation noun, a role, or
    people in the plural)."""
    if not c.single or c.place or not is_acronym(c.text) or c.key in lx.KNOWN_ORGS:
        return False
    prev = c.ws[c.a - 1] if c.a > 0 and c.ws[c.a - 1].sent == c.ws[c.a].sent else None
    return (
        prev is not None
        and prev.text.isalpha()
        and prev.text.islower()
        and c.doc.has_annotation("POS")
        and c.doc[prev.i].pos_ == "NOUN"
        and "Plur" not in c.doc[prev.i].morph.get("Number", [])
        and not lx.is_role_head(prev.text)
        and not org_head_before(c.ws, c.a, c.b)  # "le groupe PSA", "les organisations de jeunesse FIDL"
    )


REGION_CODE = re.compile(r"[A-Z]{1,2}")


def region_code(ws: list[Word], k: int) -> bool:
    """ "Rümlang (ZH)", "Elkton (MD)", "Toscane (I)": one or two capitals alone in parentheses right after a
    capitalised word are the code of its canton, state or country (not a news agency's dateline, "LONDON (AP)",
    nor the initials of the name before it, "European Union (EU)", "Front national (FN)")."""
    if not (0 < k < len(ws) - 1 and ws[k - 1].text == "(" and ws[k + 1].text == ")" and k >= 2):
        return False
    code, before = ws[k].text, ws[k - 2]
    if not REGION_CODE.fullmatch(code) or fold(code) in lx.NEWS_AGENCIES or before.sent != ws[k].sent:
        return False
    if not is_cap(before.text) or fold(before.text) in lx.ORG_WORDS:
        return False
    # the initials of the words before the parenthesis, which an acronym would spell ("Parti socialiste (PS)")
    words = [w.text for w in ws[max(0, k - 2 - len(code) - 2) : k - 1] if w.sent == ws[k].sent and w.text.isalpha()]
    initials = "".join(w[0].upper() for w in words if fold(w) not in lx.CONNECTORS)
    return not initials.endswith(code)


def _code_after_town(c: Candidate) -> bool:
    """ "à Münsingen (BE)": a canton's, a state's or a country's code after a town names no organisation."""
    return c.single and region_code(c.ws, c.a)


def _peer_s_seat(c: Candidate) -> bool:
    """ "the Duke of Kent", "Prince of Wales", "the Duke and Duchess of Sussex", "le prince de Galles": the name after
    a peer's title and "of" is part of the title, no place or body of the article; and the title alone after an
    article ("the Duchess", "the Duke met veterans") names a person, no body."""
    ws, k = c.ws, c.a - 1
    if c.single and c.words[0] in lx.PEERAGE_TITLES:
        return k >= 0 and ws[k].sent == ws[c.a].sent and fold(ws[k].text) in lx.ARTICLES
    if k < 1 or ws[k - 1].sent != ws[c.a].sent or fold(ws[k].text) not in OF_WORDS:
        return False
    return is_cap(ws[k - 1].text) and fold(ws[k - 1].text) in lx.PEERAGE_TITLES


def _agency_credit(c: Candidate) -> bool:
    """ "June 4 (Reuters) - The vote ...", "LYON (AFP) - Le maire ...": a news agency in parentheses before the
    dash of a dateline credits the story's source; the article names no organisation there."""
    ws, a, b = c.ws, c.a, c.b
    if not c.single or c.key not in lx.NEWS_AGENCIES or a < 1 or b + 1 >= len(ws):
        return False
    return ws[a - 1].text == "(" and ws[b].text == ")" and ws[b + 1].text in _DASHES


_DASHES = ("-", "–", "—", "--")
PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # "super PACs", "Tory MPs"


def _party_and_state(c: Candidate) -> bool:
    """ "Sen. Mike Braun, R-Ind., said", "Rep. Jane Roe (D-Calif.)": a lawmaker's party and state, no name."""
    return c.single and bool(lx.PARTY_AND_STATE.fullmatch(c.text))


def _disease(c: Candidate) -> bool:
    """ "the first COVID-19 death", "l'épidémie de choléra": a disease is no participant."""
    return c.key in lx.DISEASES


def _call_to_action(c: Candidate) -> bool:
    """ "Retrouvez l'agenda du préfet", "Subscribe now": the site speaks to its reader, naming no one."""
    return c.single and c.key in lx.CALLS_TO_ACTION


def _storm(c: Candidate) -> bool:
    """ "la tempête Ciaran", "Storm Ciarán", "Hurricane Ian": a storm's name is no participant."""
    before = fold(c.ws[c.a - 1].text) if c.a > 0 and c.ws[c.a - 1].sent == c.ws[c.a].sent else ""
    return before in lx.STORM_NOUNS or (not c.single and c.words[0] in lx.STORM_NOUNS)


def _hyphened_initials(c: Candidate) -> bool:
    """ "J.-P.", "P.-V.": initials joined by a hyphen shorten a compound given name (Jean-Pierre) or a common noun
    (procès-verbal); a body's initials are not hyphened ("U.N.", "F.B.I.")."""
    return c.single and bool(re.fullmatch(r"(?:[A-Z]\.-)+[A-Z]\.?", c.text))


def _ship_prefix(c: Candidate) -> bool:
    """ "l'USS Carl Vinson": a navy's prefix alone is the start of a ship's name, no body."""
    nxt = c.ws[c.b] if c.b < len(c.ws) and c.ws[c.b].sent == c.ws[c.a].sent else None
    return c.single and c.key in lx.SHIP_PREFIXES and nxt is not None and is_cap(nxt.text)


def _weekday_phrase(c: Candidate) -> bool:
    """ "Late Friday the nurses said ...", "Vendredi soir": a weekday and the words that place it in time, no name."""
    return any(w in lx.WEEKDAYS for w in c.words) and all(w in lx.WEEKDAYS | lx.TIME_QUALIFIERS for w in c.words)


# A word of a name glued to what a page set apart in its layout: a number ("Delaplace23T", "Ribeiro12"), a capital
# closing a word in lower case ("AndersenJ": the next player's initial), or a capitalised word glued after four
# letters in lower case or more ("WikipediaMarc": a credit's last word and the next line's given name). A name's own
# inner capital follows one to three letters ("McDonald", "MacArthur", "DeSantis", "LaGuardia"). A site's address
# ("DESINFOS.COM", "Metro.co.uk") is no name either: its words are joined by a full stop, not initials ("J.R.R.").
_GLUED_WORD = re.compile(
    r"\w*\d\w*|\w*[^\W\d_][a-zà-ÿ]+[A-ZÀ-Þ]|\w*[a-zà-ÿ]{4}[A-ZÀ-Þ][a-zà-ÿ]\w*|[\w.]*[^\W\d_]{2}\.[^\W\d_]{2}[\w.]*"
)


def glued_words(text: str) -> bool:
    """A person's name holds no word glued to a number or to a word of the next cell (a page whose blocks lost the
    space between them: a team sheet, a credit line), and no site's address."""
    return any(_GLUED_WORD.fullmatch(w) for w in re.split(r"[\s'’-]+", text) if w)


def word_in_capitals(c: Candidate) -> bool:
    """ "DONNEZ", "LUTTE", "SOCCER", "PRESS": one word of four letters or more written in capitals that the language
    writes in lower case is that word shouted by a button, a heading or a label, no body's acronym (acronyms are
    short and seldom words); not a known organisation ("UNITE"), nor a name after its organisation noun ("le groupe
    TOTAL") or a role's "of" ("directeur général de TOTAL")."""
    text = c.text.replace("-", "")
    if not (c.single and text.isalpha() and text.isupper() and len(text) >= LIMITS.capitals_word_letters):
        return False
    if c.key not in lx.COMMON_WORDS or c.key in lx.KNOWN_ORGS:
        return False
    return not org_head_before(c.ws, c.a, c.b) and not complement_of_role(c.ws, c.a)


NOT_A_NAME = (
    _not_name_shaped,
    _party_and_state,
    _disease,
    _storm,
    _ship_prefix,
    _hyphened_initials,
    _call_to_action,
    _weekday_phrase,
    _amount,
    _numbered,
    _list_numeral,
    _house_number,
    _part_of_role,
    _attended_gathering,
    _role_modifier,
    _honour,
    _law_or_event,
    _document_title,
    _bill_title,
    _clause_as_title,
    _competition_complement,
    _time_zone_place,
    _names_a_programme,
    adjective,
    _group_noun,
    _plural_acronym,
    _acronym_after_noun,
    _code_after_town,
    _peer_s_seat,
    _agency_credit,
)
