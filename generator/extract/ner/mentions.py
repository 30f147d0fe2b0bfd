"""Find name mentions in a spaCy Doc and decide what each one is: person, organisation or place.

Candidates are runs of capitalised words (so a blank pipeline still gets them); spaCy's entities,
when the pipeline has a recogniser, vote on the type and on where an organisation name ends.  The
context then overrides both: an honorific or a role word before a name makes a person, "le groupe"
makes an organisation, the gazetteer makes a place.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.brands import lowercase_brands
from generator.extract.ner.cue import Candidate, Evidence, Mention, complement_of_role, opens_line
from generator.extract.ner.extent import extend_org, lowercase_head_start, venue_adjective_end, venue_complement
from generator.extract.ner.festivals import festival_end
from generator.extract.ner.fieldlists import with_listed_fields
from generator.extract.ner.gluedroles import without_glued_titles
from generator.extract.ner.groups import ensemble_name_end, group_by_article
from generator.extract.ner.headinglists import heading_role, item_heading_role
from generator.extract.ner.institutions import defined_acronyms, lowercase_institutions, with_possessor
from generator.extract.ner.labelcues import (
    LABEL_CUES,
    WEAK_PERSON_CUES,
    organisation_word,
    recogniser,
    region_noun_after,
)
from generator.extract.ner.listkinds import shared_list_kinds
from generator.extract.ner.localbodies import local_bodies
from generator.extract.ner.notname import NOT_A_NAME, PLURAL_ACRONYM, glued_words, the_institution, word_in_capitals
from generator.extract.ner.particles import (
    bare_surname,
    honorific_particles_start,
    is_particle,
    particle_names,
    particles_and_surname,
)
from generator.extract.ner.parties import party_members
from generator.extract.ner.peers import titled_peers
from generator.extract.ner.placecues import qualifies_next, state_after_town
from generator.extract.ner.roles import age_end
from generator.extract.ner.runs import candidate_runs, split_run
from generator.extract.ner.support import named_there, unsupported_lone_word
from generator.extract.ner.text import Sentence, doc_text
from generator.extract.ner.things import after_a_thing_noun, headed_by_its_kind, named_thing, thing_code
from generator.extract.ner.unions import joint_bodies, union_names
from generator.extract.ner.venuelines import after_place_label, in_venue_segment
from generator.extract.ner.venues import (
    acronym_institution,
    named_after_head,
    named_after_venue,
    saint_s_feast,
    titled_hall,
    with_common_venues,
    with_house_numbers,
    with_named_halls,
    with_numbered_addresses,
    with_numbered_venues,
    with_quoted_venues,
    with_roads_between_towns,
    with_towns_apart,
)
from generator.extract.ner.words import (
    CONNECTORS,
    DETERMINERS,
    LOC,
    OF_WORDS,
    ORG,
    PER,
    Word,
    is_acronym,
    is_cap,
    sentence_start,
)

# "le gouvernement Aznar", "the Obama administration": the name after these nouns is a person's.


def _month_given_name(ws: list[Word], a: int, b: int) -> bool:
    """ "Mars Di Bartolomeo", "April De Vries": a month's name that a surname's particle and a capitalised word follow
    is a given name, not a date, unless a day or a preposition comes before it."""
    return (
        fold(ws[a].text) in lx.MONTH_WORDS
        and a + 2 < b
        and is_particle(ws[a + 1].text)
        and is_cap(ws[a + 2].text)
        and not (a > 0 and (ws[a - 1].text[:1].isdigit() or fold(ws[a - 1].text) in lx.STOP_WORDS))
    )  # ("le 3 Mars", "the 4th of May", "en Mars": a date's words before it)


def _strip_leading(
    doc: Doc, ws: list[Word], a: int, b: int, stop_words: frozenset[str], lang: str, lowercase_forms: set[str]
) -> int:
    """Drop a sentence-initial function word or common capitalised word ("La France", "Selon Reuters"), a common
    noun that opens a line before its complement ("Dîner d'État"), and a ministry's name glued to the minister's
    ("ministre des Armées Sébastien Lecornu")."""
    quoted_title = (
        a > 0 and ws[a - 1].text in ("«", "“", '"') and b < len(ws) and ws[b].text in ("»", "”", '"') and b - a == 2
    )
    names = particle_names(doc, ws, lang)
    while (
        a < b - 1
        and not quoted_title
        and not _title_article(doc, ws, a, b, lang)
        and fold(doc_text(doc)[ws[a].start : ws[b - 1].end]) not in names  # "Mme Le Pen", "selon Le Monde"
        and not _known_organisation_end(doc, ws, a, b)  # "Les Républicains", "La France insoumise"
        and (
            fold(ws[a].text) in DETERMINERS
            or (fold(ws[a].text) in lx.COMMON_CAPS and not _month_given_name(ws, a, b) and not _word_of_body(ws, a, b))
            or (_opening(doc, ws, a) and ws[a].text.lower() in stop_words)  # "If Kamala Harris" on its line
        )
    ):
        a += 1  # (but «Le Monde», "The Times": a title in quotation marks keeps its article)
    if a < b - 2 and _common_noun_opening(ws, a, lowercase_forms):
        a += 1  # "Dîner d'État et soirée dansante": the text's own common noun, capitalised to open the line
        while a < b - 1 and fold(ws[a].text) in lx.OF_WORDS | lx.ARTICLES:
            a += 1
    after_of = a > 0 and fold(ws[a - 1].text) in lx.OF_WORDS | lx.SINGULAR_ARTICLES
    # (a body's name that its domain opens keeps it: "the Budget Advisory Committee", "the Health Select Committee")
    body = fold(ws[b - 1].text) in lx.ORG_WORDS | lx.GENERIC_ORG_WORDS
    while after_of and not body and a < b - 2 and fold(ws[a].text) in lx.MINISTRY_DOMAINS:
        a += 1
    return a


def _word_of_body(ws: list[Word], a: int, b: int) -> bool:
    """ "Premier League", "Premier Division", "Founders Park", "Soldier Field": a common capitalised word (no day's,
    no month's) right before the organisation's or the place's kind word that ends the name is its own first word,
    not a title ("Premier Li") or a sentence's opener."""
    first = fold(ws[a].text)
    kinds = lx.ORG_WORDS | lx.VENUE_WORDS | lx.BUILDING_WORDS
    return b - a == 2 and fold(ws[a + 1].text) in kinds and first not in lx.WEEKDAYS | lx.MONTH_WORDS


def _opening(doc: Doc, ws: list[Word], n: int) -> bool:
    """The first word of its sentence or of its line: a page's line after a heading without a full stop ("Article
    content") opens with a capital as a sentence does."""
    return sentence_start(ws, n) or opens_line(doc_text(doc), ws[n].start)


def _title_article(doc: Doc, ws: list[Word], a: int, b: int, lang: str) -> bool:
    """A capitalised article that belongs to a title: inside a sentence, right after a lower-case word ("told The
    Namibian", "selon Les Echos"), or anywhere before a newspaper's name ("The New York Times has reported"); not
    before a country known by its bare name, nor before a title ("The Duke of Kent")."""
    w = ws[a]
    # ("The Duke of Kent" is a style)
    if not _article_of_titles(w.text) or not w.text[:1].isupper():
        return False
    if lx.is_role_head(ws[a + 1].text) or fold(ws[a + 1].text) in lx.HONORIFICS | lx.PEERAGE_TITLES:
        return False
    rest = doc_text(doc)[ws[a + 1].start : ws[b - 1].end]
    place = lx.place_name(rest, lang)
    if place is not None and fold(place) == fold(rest):
        return False
    if fold(ws[b - 1].text) in lx.OUTLET_WORDS or group_by_article(ws, a, b, rest):
        return True  # (a band's article too, after a list's comma: "acts including James, The Lightning Seeds")
    if _list_item_article(doc, ws, a):
        return True
    prev = ws[a - 1] if a > 0 and ws[a - 1].sent == w.sent else None
    return (
        prev is not None
        and prev.text.isalpha()
        and prev.text.islower()
        and "\n" not in doc_text(doc)[prev.end : w.start]
        and not sentence_start(ws, a)
    )


def _list_item_article(doc: Doc, ws: list[Word], a: int) -> bool:
    """ "the likes of Blossoms, Editors, The Coral, Circa Waves", "the largest stages, The Olympia, The Gaiety": a
    capitalised article right after a list's comma, inside a sentence and on its line, with a capitalised name before
    that comma, opens the next item's name; written in lower case it would be the sentence's word (not "Once again,
    The Prince", a title, nor "In 2019, The ...", whose word before the comma is no name)."""
    if a < 2 or ws[a - 1].text != "," or ws[a - 2].sent != ws[a].sent or sentence_start(ws, a):
        return False
    name = ws[a - 2].text
    return "\n" not in doc_text(doc)[ws[a - 2].end : ws[a].start] and name[:1].isupper() and name.isalpha()


def _article_of_titles(word: str) -> bool:
    """An article that is never a surname's particle ("The", "Les"): "Le" and "La" are also particles, which
    `particle_names` decides for."""
    return fold(word) in lx.ARTICLES and fold(word) not in lx.PARTICLES


def _common_noun_opening(ws: list[Word], a: int, lowercase_forms: set[str]) -> bool:
    """A word opening its sentence that the text also writes in lower case, then "de": a common noun and its
    complement ("Dîner d'État", "Sommet de l'Otan"), not a given name ("Pierre de Gaulle" keeps "Pierre")."""
    key = fold(ws[a].text)
    return (
        sentence_start(ws, a)
        and key in lowercase_forms
        and key not in lx.FIRST_NAMES
        and fold(ws[a + 1].text) in lx.OF_WORDS
    )


_KNOWN_NAME_WORDS = 6  # the longest name of the organisations list read past a run ("Europe Écologie Les Verts")


def _known_organisation_end(doc: Doc, ws: list[Word], a: int, b: int) -> int:
    """The end of the longest name of the organisations list that starts at `a` and takes in the run's words up to
    `b`, maybe going on over words in lower case ("Les Républicains", "La France insoumise", "le Canard enchaîné",
    "du Dauphiné libéré"); 0 for none."""
    text = doc_text(doc)
    before = ws[a - 1].text if a > 0 and ws[a - 1].sent == ws[a].sent else ""  # "du Dauphiné libéré"
    for n in range(min(len(ws), a + _KNOWN_NAME_WORDS), b - 1, -1):
        if any(w.sent != ws[a].sent for w in ws[a:n]) or "\n" in text[ws[a].start : ws[n - 1].end]:
            continue
        if lx.known_organisation(text[ws[a].start : ws[n - 1].end], before, inside=False):
            return n
    return 0


def _elided_title_article(doc: Doc, ws: list[Word], a: int, b: int) -> int:
    """The start of a known title whose article is elided and glued to it ("L'Oréal", "l'Équipe"): the article's,
    which the run left out; or `a`."""
    if a == 0 or ws[a - 1].end != ws[a].start or ws[a - 1].text[-1:] not in "'’":
        return a
    if fold(ws[a - 1].text.replace("’", "'")) not in lx.TITLE_ARTICLES:
        return a
    text = doc_text(doc)[ws[a - 1].start : ws[b - 1].end]
    return a - 1 if fold(text) in lx.ORG_NAMES | lx.ORG_NAME_WORDS and lx.known_organisation(text) else a


def _institution_start(doc: Doc, ws: list[Word], a: int, b: int) -> int:
    """Take in lower-case words that begin an institution's name ("le quai d'Orsay")."""
    for back in (2, 1):
        if (
            a - back >= 0
            and ws[a - back].sent == ws[a].sent
            and fold(doc_text(doc)[ws[a - back].start : ws[b - 1].end]) in lx.INSTITUTIONS
        ):
            return a - back
    return a


def find_mentions(doc: Doc, lang: str, sents: list[Sentence], ws: list[Word]) -> list[Mention]:
    """Every person, organisation and place mention, typed, in text order (`ws` from `words`)."""
    stop_words: frozenset[str] = frozenset()
    try:
        import spacy

        stop_words = frozenset(spacy.util.get_lang_class(doc.lang_).Defaults.stop_words)
    except Exception:  # unknown language code: no stop words, the lexicon still applies
        pass
    has_ner = doc.has_annotation("ENT_IOB")
    lowercase_forms = {fold(w.text) for w in ws if w.text.islower()}
    # A line of three or more capitalised words and nothing else is page chrome or a heading
    # ("Accueil Actu Monde International"): no name is taken from it.
    chrome = set()
    for s in sents:
        line_words = re.findall(r"[^\W\d_][\w'’\-]*", s.text)
        alone = sum(1 for t in sents if t.paragraph == s.paragraph) == 1
        if alone and len(line_words) >= 3 and all(w[0].isupper() for w in line_words) and s.text[-1:] not in ".!?":
            chrome.add(s.paragraph)
    headlines = _title_case_lines(doc_text(doc))
    # A short line with no sentence end after the title is a heading or a link ("Initiatives pour l'Ukraine",
    # "Sélectionné pour vous"): a capitalised word there is a name only if the text names it elsewhere too.
    headings = set()
    for s in sents:
        line_words = re.findall(r"[^\W\d_][\w'’\-]*", s.text)
        alone = sum(1 for t in sents if t.paragraph == s.paragraph) == 1
        if s.paragraph > 0 and alone and 1 <= len(line_words) <= 4 and s.text.rstrip()[-1:] not in '.!?:»"':
            headings.add(s.paragraph)
    out: list[Mention] = []
    covered = -1  # an organisation's name may run over the next capitalised run ("Conseil de sécurité des Nations")
    for a0, b0 in candidate_runs(doc, ws):
        # "avenue du Général de Gaulle", "rue Victor Hugo": a street's name is not a person
        street = lowercase_head_start(ws, a0, lang)
        parts = [(a0, b0)] if street != a0 and fold(ws[street].text) in lx.STREET_WORDS else None
        if saint_s_feast(doc, ws, a0, b0):
            continue  # "his St Patrick's programme": a feast, no one
        if (institution := acronym_institution(doc, ws, a0, b0)) is not None:
            out.append(institution)  # "l'EHPAD Marie Curie": an institution named after someone, no person
            continue
        if (hall := titled_hall(doc, ws, out[-1] if out else None, a0, b0)) is not None:
            out[-1] = hall  # "l'Université Ouaga 2 Pr Jean Kaboré": the name is the university's, no person's
            continue
        if (head := named_after_head(doc, ws, a0)) is not None:
            # "le lycée Jean Zay", "la salle de réunion Victor Hugo": a building named after someone is no person;
            # "au lycée Jean Zay", a place
            out.extend(named_after_venue(doc, ws, a0, b0, head))
            continue
        for a1, b in parts or split_run(doc, ws, a0, b0, lang):
            b = _before_a_postcode(ws, a1, _before_a_date(ws, a1, b))
            if ws[a1].start < covered or b <= a1:
                continue
            shouted = b - a1 >= 2 and sum(w.text.isupper() and len(w.text) > 3 for w in ws[a1:b]) >= 2
            # (or three words and more, all in capitals: "BUT NOT AS YOU KNOW IT")
            shouted = shouted or b - a1 >= 3 and all(w.text.isupper() for w in ws[a1:b] if w.text.isalpha())
            # (not a surname whose particles are written in capitals too: "M. VAN DEN BROUCKE")
            shouted = shouted and not particles_and_surname(ws, a1, b)
            if shouted and not lx.place_name(doc_text(doc)[ws[a1].start : ws[b - 1].end], lang):
                continue  # "LE VILLAGE FERA LA FÊTE": a headline in capitals, not a name
            a = _institution_start(doc, ws, _strip_leading(doc, ws, a1, b, stop_words, lang, lowercase_forms), b)
            a = honorific_particles_start(ws, lowercase_head_start(ws, a, lang))
            if a < a1:  # "l'Aéroport militaire X": the head before the qualifier, a run of its own, is this name's
                out = [m for m in out if not ws[a].start <= m.start < m.end <= ws[a1].start]
            b = venue_adjective_end(doc, ws, a, venue_complement(doc, ws, a, b, has_ner), lang)
            if (
                b - a == 1
                and fold(ws[a].text) in lx.GENERIC_ORG_WORDS
                and after_place_label(doc_text(doc), ws[a].start)
            ):
                b = extend_org(doc, ws, b, has_ner)  # ("Lieu : Conseil départemental de X": the body's seat, whole)
            b = festival_end(ws, a, b)
            a, b = region_noun_after(ws, a, b)
            b = _known_organisation_end(doc, ws, a, b) or b
            a = _elided_title_article(doc, ws, a, b)
            m = _classify(doc, ws, a, b, lang, has_ner, stop_words, lowercase_forms)
            if m is None:
                continue
            covered = m.end
            sent = sents[ws[a].sent] if ws[a].sent < len(sents) else None
            labelled = after_place_label(doc_text(doc), m.start)  # ("Where: Gold Room, State Capitol": no chrome)
            chrome_line = sent and sent.paragraph in chrome and not labelled
            if chrome_line and not _titled_full_name(doc, ws, m) and not _listed_name(doc, ws, m):
                continue
            if any(start <= m.start < end for start, end in headlines) and not _programme_place(doc, m):
                continue
            out.append(m)
    out = [part for m in out for part in _hyphened_list(m)]
    common = common_acronyms(ws)
    # (with the adjectives that qualify it: "une AG nationale")
    out = [m for m in out if m.label != ORG or fold(_capitalised_part(m.text)).replace(".", "") not in common]
    diseases = disease_names(out, ws)
    out = [m for m in out if m.label == LOC or _code_stem(fold(m.text)) not in diseases]
    out = [m for m in out if not _platform_in_a_call(ws, m)]
    out = [m for m in out if not _platform_in_a_row(doc, ws, m, out)]
    out = with_possessor(doc, ws, out)
    out = with_listed_fields(doc, ws, out)
    _without_glued_openers(doc, ws, out)
    out = without_glued_titles(doc, ws, out)
    _without_glued_org_openers(doc, ws, out, lang)
    out += lowercase_institutions(doc, ws, out, lang)
    out = joint_bodies(doc, ws, union_names(doc, ws, out))
    out += local_bodies(doc, ws, out, lang)
    out += defined_acronyms(doc, ws, out)
    out += party_members(ws, out)
    peers = titled_peers(doc, ws, out, lang)
    out = [m for m in out if not any(m.start < p.end and p.start < m.end for p in peers)] + peers
    out += lowercase_brands(ws, out)
    out = with_common_venues(doc, ws, out, lang)
    out = with_named_halls(ws, out, doc_text(doc))
    out = with_numbered_addresses(doc, ws, with_house_numbers(doc, ws, with_numbered_venues(doc, ws, out)))
    out = with_roads_between_towns(ws, out)
    out = with_quoted_venues(doc, ws, out)
    out = with_towns_apart(ws, out, lang)
    out = _supported_in_headings(out, sents, headings, lang, doc_text(doc))
    out.sort(key=lambda m: m.start)
    out = _with_compass(doc, ws, _state_names(doc, ws, out))
    out = shared_list_kinds(doc, ws, out)
    out = within_a_line(out)
    return [m for m in out if not m.tentative or _person_evidence(m, out, ws, lowercase_forms)]


def within_a_line(mentions: list[Mention]) -> list[Mention]:
    """The mentions that keep to one line. Capitalised runs never cross a line break, but the recogniser's reading may,
    and a step that extends a name may keep it: "Société" / "Pour le néolibéralisme, …" is a section label above a
    headline, two blocks of a page, never one name."""
    return [m for m in mentions if "\n" not in m.text]


def _platform_in_a_call(ws: list[Word], m: Mention) -> bool:
    """ "Follow the Gazette on Twitter and Facebook", "Pour suivre l'actualité, abonnez-vous à notre chaîne WhatsApp",
    "Collez un lien TikTok": a platform named in a sentence where the page calls its reader (a verb of the calls
    opening the sentence or a clause after its punctuation) is where to follow the page, no participant of the story;
    a platform the story names elsewhere keeps its other mentions."""
    if m.label != ORG or fold(m.text) not in lx.PLATFORMS:
        return False
    sentence = [w for w in ws[max(0, m.wa - _CALL_REACH) : m.wa] if w.sent == m.sent]
    return any(
        fold(w.text).split("-")[0] in lx.CALL_VERBS and (n == 0 or sentence[n - 1].text in _CLAUSE_MARKS)
        for n, w in enumerate(sentence)
    )


_CALL_REACH = 20  # words back from the platform to the call's verb
_CLAUSE_MARKS = {",", ":", ";", "-", "–", "—", "•"}


def _platform_in_a_row(doc: Doc, ws: list[Word], m: Mention, mentions: list[Mention]) -> bool:
    """ "FacebookTwitterMail", "Facebook (nouvelle fenêtre) Twitter (nouvelle fenêtre)", "sur Facebook sur Twitter",
    " Facebook": a platform on a line of share or follow buttons, alone or with other platforms, is the page's
    furniture, no participant. Such a row says nothing once: besides its platforms it only repeats each button's
    words, and it has no verb but the label it may open on ("Partager", "Share"); a headline that names two platforms
    ("Facebook et Twitter bannis en Russie", "Facebook Buys Instagram") says something of them, and keeps them."""
    if m.label != ORG or not _platform_label(m.text):
        return False
    text = doc_text(doc)
    start = text.rfind("\n", 0, m.start) + 1
    end = text.find("\n", m.end)
    end = len(text) if end < 0 else end
    spans = [(p.start, p.end) for p in mentions if start <= p.start < end and _platform_label(p.text)]
    spans += [(w.start, w.end) for w in ws if start <= w.start < end and fold(w.text) in lx.PLATFORMS]
    spans = sorted(set(spans))
    rest = text[start:end]
    for a, b in reversed(spans):
        rest = rest[: a - start] + " " + rest[b - start :]
    if len({fold(text[a:b]) for a, b in spans}) < _ROW_PLATFORMS and rest.strip():
        return False
    once = [w for w in re.findall(r"[^\W\d_]+", rest) if w[0].islower() and len(w) >= _ROW_WORD]
    if any(once.count(w) == 1 for w in once):
        return False
    line = [w for w in ws if start <= w.start < end]
    inside = [w for w in line[1:] if not any(a <= w.start < b for a, b in spans)]
    return not any(doc[w.i].pos_ in _ROW_VERBS for w in inside)


def _platform_label(name: str) -> bool:
    """A platform's name, or a button's label that a page prints twice (its text and its title: "Twitter Twitter")."""
    folded = fold(name)
    twice = folded.split()
    return folded in lx.PLATFORMS or (len(twice) == 2 and twice[0] == twice[1] and twice[0] in lx.PLATFORMS)


_ROW_PLATFORMS = 2  # two platforms on a line make a row; one is a row only alone on its line (a share button)
_ROW_WORD = 3  # a word of the row's own text: "sur", "nouvelle fenêtre"; shorter ones (articles, "à") say nothing
_ROW_VERBS = {"VERB", "AUX"}


def _listed_name(doc: Doc, ws: list[Word], m: Mention) -> bool:
    """The person's name is an item of a line of names (`_line_of_names`), or of a list under a plural role heading
    ("Défenseurs : Koundé, Clauss, T. Hernandez", "Gardiens de but" over "1. Devis Epassy (Al Ahba Club)": surnames
    alone, clubs in brackets, which the capitals of a menu would hide)."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, m.start) + 1
    end = text.find("\n", m.end)
    if m.label != PER:
        return False
    colon = next((k for k in range(m.wa - 1, -1, -1) if ws[k].start < start or ws[k].text == ":"), -1)
    headed = colon >= 0 and ws[colon].start >= start and heading_role(doc, ws, colon) is not None
    if headed or item_heading_role(doc, ws, m.wa, m.wb) is not None:
        return True
    return _line_of_names(text[start : end if end >= 0 else len(text)])


_LISTED_FULL_NAMES = 2  # "Present: Jane Roe, John Doe": two full names make a list; one is a credit or a heading
_FULL_NAME_WORDS = (2, 3)  # a given name and a surname, or a middle name between them


def _line_of_names(line: str) -> bool:
    """A line that lists full names, and nothing else, after a label that may open it ("Present: Jane Roe, John Doe,
    Ann Lee", a roll call, a cast, a panel): each item is two or three capitalised words, most opening on a given name
    a list knows.
    Such a line has the capitals of a menu and no sentence end, but a menu's items are no given names, and a byline
    opens on "By"."""
    label, colon, rest = line.partition(":")
    body = rest if colon and len(label.split()) <= _LABEL_WORDS else line
    items = [i.split() for i in re.split(r",|\band\b|&", body) if i.strip()]
    shaped = all(_FULL_NAME_WORDS[0] <= len(i) <= _FULL_NAME_WORDS[1] and all(w[0].isupper() for w in i) for i in items)
    given = sum(fold(i[0]) in lx.FIRST_NAMES for i in items)
    return len(items) >= _LISTED_FULL_NAMES and shaped and given * _GIVEN_SHARE[1] >= len(items) * _GIVEN_SHARE[0]


_LABEL_WORDS = 3  # "Present", "Members present", "Council members absent": a label before the names' colon
# two thirds of the items open on a given name the lists know: the list of given names misses a rarer one ("Sloan")
_GIVEN_SHARE = (2, 3)


def _titled_full_name(doc: Doc, ws: list[Word], m: Mention) -> bool:
    """ "Delegate Jane Roe", "MTA Administrator John Doe": a given name and a surname right after a title on the same
    line are a person that a list of officials names, one a line; a menu's or a heading's line of capitalised words
    has no title before a given name."""
    k = m.wa - 1
    if m.label != PER or m.wb - m.wa < 2 or k < 0 or not lx.is_role_head(ws[k].text):
        return False
    return fold(ws[m.wa].text) in lx.FIRST_NAMES and "\n" not in doc_text(doc)[ws[k].end : ws[m.wa].start]


def _without_glued_openers(doc: Doc, ws: list[Word], mentions: list[Mention]) -> None:
    """ "Alongside Albanese will be ...", "Despite Harris's lead": a word of the language that opens the sentence or
    the line, capitalised there, glued to a name the text gives a person elsewhere (the whole name, or the last word
    of a full name) is no part of it."""
    people = [m for m in mentions if m.label == PER]
    for m in people:
        if m.wb - m.wa < 2 or not _opening(doc, ws, m.wa) or not _common_opener(ws[m.wa].text):
            continue
        rest = doc_text(doc)[ws[m.wa + 1].start : m.end]
        elsewhere = {fold(o.text) for o in people if o is not m} | {
            fold(o.text.split()[-1]) for o in people if o is not m and " " in o.text
        }
        if fold(rest) in elsewhere:
            m.text, m.start, m.i, m.wa = rest, ws[m.wa + 1].start, ws[m.wa + 1].i, m.wa + 1


def _without_glued_org_openers(doc: Doc, ws: list[Word], mentions: list[Mention], lang: str) -> None:
    """ "Grève SNCF : les trains ...", "Côté RATP, le métro ...", "Dépêche AFP ...": a word of the language that
    opens the line or the sentence, capitalised there, glued to an organisation's name, is no part of it, when the
    rest is a name on its own: one the organisations list knows, or one the text gives an organisation
    elsewhere. Not a body's own head ("Groupe PSA", "Fondation EDF"), nor a country's code ("Reform UK")."""
    text = doc_text(doc)
    named = [fold(m.text) for m in mentions if m.label == ORG]
    for m in mentions:
        if m.label != ORG or m.wb - m.wa < 2 or not _opening(doc, ws, m.wa) or not _glued_opener(ws[m.wa].text):
            continue
        rest = text[ws[m.wa + 1].start : m.end]
        if not is_cap(rest) or lx.known_organisation(m.text) or lx.place_name(rest, lang) is not None:
            continue
        if lx.known_organisation(rest) or fold(rest) in named:
            m.text, m.start, m.i, m.wa = rest, ws[m.wa + 1].start, ws[m.wa + 1].i, m.wa + 1


def _glued_opener(word: str) -> bool:
    """A capitalised common word that heads no organisation's or venue's name ("Grève", "Côté", "Article"; not
    "Groupe", "Fondation", "Air")."""
    key = fold(word)
    heads = lx.ORG_WORDS | lx.GENERIC_ORG_WORDS | lx.VENUE_WORDS | lx.BUILDING_WORDS
    return word.isalpha() and _common_opener(word) and key not in heads and key not in lx.ARTICLES


def _common_opener(word: str) -> bool:
    """A capitalised word of the language that is no part of a name (not a title, a style or a given name)."""
    key = fold(word)
    return key in lx.COMMON_WORDS and not lx.is_role_head(key) and key not in lx.HONORIFICS


_HEADLINE_WORDS = 4


def _programme_place(doc: Doc, m: Mention) -> bool:
    """A place a programme names on the line under an item ("Boulouparis"), which a line of names alone holds."""
    return m.label == LOC and in_venue_segment(doc_text(doc), m.start, m.end)


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Lines written in title case: four words or more, each capitalised, a function word among them after the
    first, and no sentence end ("Jury Finds Dylann Roof Guilty In S.C. Church Shooting"): a headline, or another
    story's, whose capitals say nothing of names (the body names its people again in running text)."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        found = re.findall(r"[^\W\d_][\w'’.\-]*", line.group())
        function_word = any(fold(w) in lx.STOP_WORDS and fold(w) not in lx.PARTICLES for w in found[1:])
        if line.group().rstrip()[-1:] in ".!?" or not function_word:
            continue
        if (len(found) >= _HEADLINE_WORDS and all(w[0].isupper() for w in found)) or _headline_style(found):
            out.append(line.span())
    return out


_HEADLINE_COMMON_WORDS = 2  # capitalised words of the language that make a line a headline, not a caption of names


def _headline_style(found: list[str]) -> bool:
    """A line in a newsroom's title case: every word capitalised but the short function words ("G.O.P. Lawmaker Hints
    at Investigating Ethics Chief Critical of Trump", "Christopher Steele, Ex-Spy Who Compiled Trump Dossier, Goes to
    Ground"), with words of the language among the capitals (verbs, nouns: "Hints", "Goes"); a caption that only
    names people and places between its function words ("Keir Starmer at the Palace of Westminster") is none."""
    lower = [w for w in found if not w[0].isupper()]
    capitals = [w for w in found if w[0].isupper()]
    if not lower or len(capitals) < _HEADLINE_WORDS or any(fold(w) not in lx.STOP_WORDS for w in lower):
        return False
    common = [w for w in capitals[1:] if _common_capital(w)]
    return len(common) >= _HEADLINE_COMMON_WORDS


def _common_capital(word: str) -> bool:
    """A capitalised word the dictionaries write in lower case ("Hints", "Arrive"), not a title or a nationality."""
    key = fold(word)
    if lx.is_role_head(key) or key in lx.HONORIFICS or lx.is_nationality(key) or key in lx.FIRST_NAMES:
        return False
    return key in lx.COMMON_WORDS or (key.endswith("s") and key[:-1] in lx.COMMON_WORDS)


_LISTED_PARTS = 3  # "CGT-FO" is one union; three names or more joined by hyphens are a list of them


def _hyphened_list(m: Mention) -> list[Mention]:
    """ "l'intersyndicale CGT-Unsa-Sud-CFDT", "la liste PS-EELV-PCF": organisations written as one word joined by
    hyphens, acronyms among them, are each an organisation."""
    parts = m.text.split("-")
    if m.label != ORG or " " in m.text or len(parts) < _LISTED_PARTS or not all(is_cap(p) for p in parts):
        return [m]
    if sum(is_acronym(p) for p in parts) < 2:
        return [m]
    out, start = [], m.start
    for p in parts:
        out.append(Mention(p, ORG, start, start + len(p), m.i, m.j, m.sent, m.wa, m.wb, acting=m.acting))
        start += len(p) + 1
    return out


def _before_a_date(ws: list[Word], a: int, b: int) -> int:
    """The run's end before a month written before its day ("Published Jul 17", "JAN. 13, 2017"): a date, no name;
    and before a weekday that follows a name of two words or more ("Governor Ann Cole Thursday called"): English
    capitalises the day the sentence's verb happens on, and no person's name ends with one. The words in lower case
    left before the day go with it ("the Bureau of the FIFA Council on Thursday": "on" introduced the day)."""
    while b - a > 2 and fold(ws[b - 1].text) in lx.WEEKDAYS:
        b -= 1
        while b - a > 1 and ws[b - 1].text.isalpha() and ws[b - 1].text.islower():
            b -= 1
    while b > a and fold(ws[b - 1].text.rstrip(".")) in lx.MONTH_WORDS:
        k = b if b < len(ws) and ws[b].text != "." else b + 1
        if k >= len(ws) or not re.fullmatch(r"\d{1,2}(?:st|nd|rd|th|er)?,?", ws[k].text):
            break
        b -= 1
    return b


# the two halves of a British ("NW6 6RD", "LS1 4AB") or a Canadian ("K1A 0B1") postal code
_POSTCODE_OUTWARD = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?|[A-Z]\d[A-Z]")
_POSTCODE_INWARD = re.compile(r"\d[A-Z]{2}|\d[A-Z]\d")


def _before_a_postcode(ws: list[Word], a: int, b: int) -> int:
    """The run's end before a postal code written after the town ("London NW6 6RD", "Ottawa ON K1A 0B1" keeps
    "Ottawa ON"): the code is no part of the town's name, and glued to it the town is no name the lists know."""
    for k in range(a + 1, b):
        nxt = ws[k + 1].text if k + 1 < len(ws) and ws[k + 1].sent == ws[k].sent else ""
        if _POSTCODE_OUTWARD.fullmatch(ws[k].text) and _POSTCODE_INWARD.fullmatch(nxt):
            return k
    return b


def _supported_in_headings(
    mentions: list[Mention], sents: list[Sentence], headings: set[int], lang: str, text: str
) -> list[Mention]:
    """Drop one-word names found only in headings, unless they are known places (a byline's full name stays), a
    fixture's teams ("Lens (3e) - Lorient (5e)": the ranks are the evidence) or a programme's places (the line of
    names under an item)."""

    def in_heading(m: Mention) -> bool:
        if len(m.text.split()) != 1 or m.sent >= len(sents) or sents[m.sent].paragraph not in headings or m.team:
            return False
        return not (m.label == LOC and in_venue_segment(text, m.start, m.end))

    elsewhere = {fold(m.text) for m in mentions if not in_heading(m)}
    return [m for m in mentions if not in_heading(m) or fold(m.text) in elsewhere or lx.place_name(m.text, lang)]


_SPEECH_AFTER = lx.SPEECH_AFTER


def _subject_opening(ws: list[Word], n: int) -> bool:
    """ "Walker thanked the donors": the word alone opens its sentence before a word in lower case, as a surname opens
    a sentence before its verb (not "Local 5 will join", a number after it)."""
    nxt = ws[n + 1] if n + 1 < len(ws) and ws[n + 1].sent == ws[n].sent else None
    opens = n == 0 or ws[n - 1].sent != ws[n].sent
    return opens and nxt is not None and nxt.text.isalpha() and nxt.text.islower()


def _person_evidence(m: Mention, mentions: list[Mention], ws: list[Word], lowercase_forms: set[str]) -> bool:
    """Capitalised words make a person only if the text treats them as one: the surname met again
    ("Mr. Roth", "Roth said"), a speech verb or a role in apposition right after ("X, the head of...")."""
    if re.search(r"\d|\w\.[a-z]{2,}\b", m.text):
        return False  # "G8 Africa", "11:21am|Updated Jul", "Follow Metro.co.uk": a code, a time or an address
    if lx.is_place(m.text.split()[-1]):
        return False  # "Citizenship Canada", "Recognizing Germany", "East Africa": a name by shape ending in a place
    if any(_initials_word(w) for w in m.text.split()):
        return False  # "Greenville Triumph SC", "UC Berkeley", "Forthcoming AGM": a club's, a school's, a meeting's
    surname = bare_surname(m.text.split()[-1])
    # The last word met again as a place or an organisation is not a surname met again ("Canada Post" and
    # "in Canada").
    named = {n for o in mentions if o.label != PER for n in range(o.wa, o.wb)}
    common = surname in lowercase_forms  # "Lift Sudan Sanctions" ... "lift sanctions"
    for n, w in enumerate(ws):
        # "al-Baghdadi", "Baghdadi"; written in lower case elsewhere it is a common noun ("Working People")
        if bare_surname(w.text) != surname or not is_cap(w.text) or m.start <= w.start < m.end or n in named:
            continue
        size = m.wb - m.wa
        if common and [fold(x.text) for x in ws[n - size + 1 : n + 1]] == [fold(x.text) for x in ws[m.wa : m.wb]]:
            continue  # a headline in title case repeated (the page's title, then its heading) is no second mention
        if fold(surname) in lx.COMMON_WORDS and not (named_there(ws, n) or _subject_opening(ws, n)):
            continue  # "USW Local 7600" ... "Unite Here! Local 5": a word of the language met again is no surname
        return True
    after = [fold(w.text) for w in ws[m.wb : m.wb + 6] if w.sent == ws[m.wa].sent]
    before = [fold(w.text) for w in ws[max(0, m.wa - 2) : m.wa] if w.sent == ws[m.wa].sent]
    if after and after[0] in _SPEECH_AFTER:
        return True  # "Friedman said"
    relative = after[1:2] if after[:1] == [","] else after[:1]
    if relative and relative[0] in lx.PERSON_RELATIVES:
        return True  # "Jane Roe whose plan failed", "Jane Roe, who resigned": a relative said of people only
    if before and before[-1] in _SPEECH_AFTER and (not after or not any(c.isalnum() for c in after[0])):
        return True  # "..., said Allan Friedman, a neurosurgeon" (not "said Google Drive was down")
    if after[:1] in ([","], ["-"]) and any(lx.is_role_head(w) for w in after[1:6]):
        return True  # "Li Keqiang, the new prime minister, ..."
    if after[:1] in ([","], ["-"]) and _owned_role_after(ws, m.wb + 1):
        return True  # "Jane Roe, the European Union's foreign policy chief, ..."
    if after and after[0] in lx.OF_WORDS and len(after) > 1 and lx.is_place(ws[m.wb + 1].text):
        return True  # "Rebecca Felton of Georgia"
    if _aged(ws, m.wa, m.wb) or _says_past_apposition(ws, m.wa, m.wb) or _says_from(ws, m.wb):
        return True
    # coordinated with a person: "Sir Edmund Hillary and Tenzing Norgay"
    for other in mentions:
        if other.label == PER and not other.tentative and other is not m:
            if other.wb == m.wa - 1 and before and before[-1] in lx.AND_WORDS | {","}:
                return True
            if m.wb == other.wa - 1 and after and after[0] in lx.AND_WORDS:
                return True
    return False


_INITIALS_LETTERS = (2, 4)  # "SC", "UC", "AGM", "NASA": a word of initials, not a surname in capitals ("ROE")


def _initials_word(word: str) -> bool:
    """A short word in capitals that is no roman numeral ("III") and no given name ("JD" is none, "AL" is one): the
    initials of a body or a thing, which no name that is a person's by its shape alone holds."""
    short = _INITIALS_LETTERS[0] <= len(word) <= _INITIALS_LETTERS[1]
    if not (short and word.isalpha() and word.isupper()) or re.fullmatch(r"[IVXL]+", word):
        return False
    return fold(word) not in lx.FIRST_NAMES


_POSSESSOR_WORDS = 5  # "the European Union's", "the Southern Africa Litigation Centre's": a few words
_OWNED_ROLE_WORDS = 4  # "foreign policy chief": the role after the possessive, a few words


def _owned_role_after(ws: list[Word], k: int) -> bool:
    """An apposition that opens with a possessor, then a role it has ("the European Union's foreign policy chief",
    "Germany's finance minister"): what follows the name is said of a person."""
    sent = ws[k - 1].sent
    for n in range(k, min(k + _POSSESSOR_WORDS + 1, len(ws))):
        if ws[n].sent != sent or not (ws[n].text[:1].isalpha() or ws[n].text in lx.POSSESSIVES):
            return False
        if ws[n].text in lx.POSSESSIVES:
            owned = [w for w in ws[n + 1 : n + 1 + _OWNED_ROLE_WORDS] if w.sent == sent]
            return any(lx.is_role_head(w.text) and w.text.islower() for w in owned)
    return False


_APPOSITION_WORDS = 16  # an apposition between a name and its verb ("X, an expert on ... at Y, told")


def _aged(ws: list[Word], a: int, b: int) -> bool:
    """ "X, 58, told", "X, also 19, died", "4-year-old X": people are given an age, other names are not; a number
    between commas before "and" is a list's ("Rovers, 3, and Athletic, 1")."""
    sent = ws[a].sent
    ahead = re.fullmatch(r"\d{1,3}-(.+)", ws[a - 1].text) if a > 0 and ws[a - 1].sent == sent else None
    if ahead and fold(ahead.group(1)) in lx.AGE_WORDS:
        return True
    if b + 2 >= len(ws) or ws[b].text != ",":
        return False
    k = b + 1
    while k < len(ws) and ws[k].sent == sent and fold(ws[k].text) in lx.ROLE_ADVERBS:
        k += 1
    end = age_end(ws, k, sent)
    if end == k or end + 1 >= len(ws) or ws[end].text != "," or ws[end + 1].sent != sent:
        return False
    nxt = ws[end + 1].text
    return nxt.isalpha() and nxt.islower() and fold(nxt) not in lx.AND_WORDS


def _says_past_apposition(ws: list[Word], a: int, b: int) -> bool:
    """ "The head of ..., X, says", "X, an expert on the conflict at Y, told the AP", "X, the ... member of the
    council, wants": the name closes an apposition before a speech verb, or opens one that ends on a speech verb or
    that is a role in lower case ("the finance, housing and tourism member"); not when what the apposition names is
    an organisation ("X, an environmental group, says")."""
    if b + 1 >= len(ws) or ws[b].text != ",":
        return False
    sent = ws[b].sent
    words_ = [w for w in ws[b + 1 : b + 1 + _APPOSITION_WORDS] if w.sent == sent]
    if words_ and fold(words_[0].text) in _SPEECH_AFTER:
        # between commas, the name is the apposition of what comes before it ("the website Full Fact, told" is not)
        return a > 0 and ws[a - 1].text == "," and ws[a - 1].sent == sent
    k = 1 if words_ and fold(words_[0].text) in lx.ROLE_DETERMINERS else 0
    # the role in lower case: words, commas and "and" up to the role's head
    for w in words_[k:]:
        if lx.is_role_head(w.text) and w.text.islower():
            return True
        if not (w.text.isalpha() and w.text.islower() or w.text == "," or fold(w.text) in lx.AND_WORDS):
            break
    # the apposition's own noun (before its first preposition) names no organisation
    for w in words_[k:]:
        if fold(w.text) in lx.OBJECT_PREPOSITIONS or fold(w.text) in lx.OF_WORDS or w.text == ",":
            break
        if fold(w.text) in lx.ORG_HEADS:
            return False
    closing = [n for n, w in enumerate(words_) if w.text == ","]
    return bool(closing) and closing[0] + 1 < len(words_) and fold(words_[closing[0] + 1].text) in _SPEECH_AFTER


def _says_from(ws: list[Word], b: int) -> bool:
    """ "X from Clean Rivers in Durban says", "X of Lagos-based Green Coast Network said": the name, where its
    bearer comes from in capitalised words, then a speech verb."""
    if b + 2 >= len(ws) or fold(ws[b].text) not in lx.AFFILIATION_PREPOSITIONS or not is_cap(ws[b + 1].text):
        return False
    sent = ws[b].sent
    for w in ws[b + 1 : b + 1 + _APPOSITION_WORDS]:
        if w.sent != sent:
            return False
        if fold(w.text) in _SPEECH_AFTER:
            return True
        if not (is_cap(w.text) or fold(w.text) in CONNECTORS or fold(w.text) in lx.PLACE_PREPOSITIONS):
            return False
    return False


def _code_stem(key: str) -> str:
    """ "covid-19" -> "covid": a disease's or a model's name without its number."""
    return re.sub(r"[\s-]*\d+$", "", key) or key


def disease_names(mentions: list[Mention], ws: list[Word]) -> set[str]:
    """Names the text gives to a disease or a variant, folded, without their number: right before a disease noun
    ("Ebola outbreak", "the Omicron variant"), after one and maybe "de" ("la pandémie de Covid-19", "le variant
    Delta"), or one word counted in cases ("cases of COVID-19"). No organisation or person goes by such a name in the
    same text."""
    spans = [(m.wa, m.wb) for m in mentions] + [(n, n + 1) for n, w in enumerate(ws) if is_cap(w.text)]
    found = set()
    for a, b in spans:
        nxt = ws[b] if b < len(ws) and ws[b].sent == ws[a].sent else None
        k = a - 1
        while k >= 0 and fold(ws[k].text) in lx.ARTICLES | OF_WORDS and a - k <= 2:
            k -= 1
        prev = ws[k] if k >= 0 and ws[k].sent == ws[a].sent else None
        counted = prev is not None and fold(prev.text) in lx.DISEASE_COUNTS and b - a == 1 and k == a - 2
        if (nxt and nxt.text.islower() and fold(nxt.text) in lx.DISEASE_NOUNS) or (
            prev and fold(prev.text) in lx.DISEASE_NOUNS or counted and fold(ws[a - 1].text) in OF_WORDS
        ):
            found.add(_code_stem(fold(" ".join(w.text for w in ws[a:b]))))
    return found


def _capitalised_part(text: str) -> str:
    return " ".join(w for w in text.split() if not w.islower())


def common_acronyms(ws: list[Word]) -> set[str]:
    """Acronyms the text uses as common nouns, folded: in the plural ("super PACs"), counted ("des TGV", "une AG",
    "150 000 GNF"), after a preposition that takes a bare common noun ("réunis en AG", "embauché en CDI"), or spelt
    out in lower case ("fournisseurs d'accès à Internet (FAI)", "PACES (première année commune des études de
    santé)"). An organisation is named, not counted, and its name is capitalised."""
    found = set()
    for k, w in enumerate(ws):
        text = w.text.replace(".", "")
        if lx.CATEGORY_CODE.fullmatch(text) and fold(text) not in lx.KNOWN_ORGS:
            found.add(fold(text))  # "les U13", "la J16", "en D2": a category, a round, a division
            continue
        if PLURAL_ACRONYM.fullmatch(text):
            found |= {fold(text), fold(text[:-1])}
            continue
        if not is_acronym(text) or lx.is_place(text) or fold(text) in lx.KNOWN_ORGS:
            continue
        prev = ws[k - 1].text if k > 0 and ws[k - 1].sent == w.sent else ""
        amount = re.fullmatch(r"\d[\d.,]*", prev) and fold(text) in lx.CURRENCY_CODES  # "150 000 GNF"
        bare = fold(prev) in lx.BARE_NOUN_PREPOSITIONS and prev.islower()  # (a body takes its article: "à l'ONU")
        if fold(prev) in lx.COUNTING_DETERMINERS or amount or bare or _spelt_in_lower_case(ws, k):
            found.add(fold(text))
    return found


def _spelt_in_lower_case(ws: list[Word], k: int) -> bool:
    """The acronym's expansion, in parentheses after it or before it, opens with a lower-case word: a thing's
    name; an organisation's is capitalised ("Parti des travailleurs du Kurdistan (PKK)"); or with an event's word."""
    text = ws[k].text.replace(".", "")
    same = [n for n in range(max(0, k - 3 * len(text) - 3), min(len(ws), k + 3)) if ws[n].sent == ws[k].sent]
    if k + 2 in same and ws[k + 1].text == "(" and fold(ws[k + 2].text)[:1] == fold(text[0]):
        return ws[k + 2].text[:1].islower()  # (not a gloss: "le D66 (centre gauche)")
    if text.isupper() and k - 1 in same and k + 1 in same and ws[k - 1].text == "(" and ws[k + 1].text == ")":
        # the expansion's first word: as many words back as the acronym has letters, not counting "de", "the"
        content = [n for n in range(k - 2, same[0] - 1, -1) if ws[n].text.isalpha()]
        content = [n for n in content if fold(ws[n].text) not in lx.NOT_IN_ACRONYMS]
        if len(content) >= len(text) and fold(ws[content[len(text) - 1]].text)[:1] == fold(text[0]):
            first = ws[content[len(text) - 1]].text
            # ("Semaine européenne pour l'emploi des personnes handicapées (SEEPH)": an event's initials)
            return first.islower() or fold(first) in lx.EVENT_WORDS
    return False


def _with_compass(doc: Doc, ws: list[Word], mentions: list[Mention]) -> list[Mention]:
    """A place with the point of the compass written around it names a region: "north London", "les Balkans
    occidentaux", "l'Asie centrale", "le Caucase du Sud" (the place alone would miss the region)."""
    out: list[Mention] = []
    regions: list[Mention] = []
    for m in mentions:
        a, b = m.wa, m.wb
        if m.label == LOC and b > a:
            before = ws[a - 1] if a > 0 and ws[a - 1].sent == m.sent else None
            # ("in northern China", "au sud de la Guinée": a part of a country, which keeps its name; "north London")
            part_of_country = before is not None and before.text.islower() and lx.is_country(m.text)
            if before and fold(before.text) in lx.COMPASS_WORDS and not part_of_country:
                a -= 1
            nxt = [w for w in ws[b : b + 2] if w.sent == m.sent]
            if nxt and nxt[0].text.islower() and fold(nxt[0].text) in lx.COMPASS_ADJECTIVES:
                b += 1
            elif len(nxt) == 2 and fold(nxt[0].text) in OF_WORDS and is_cap(nxt[1].text):
                b += 2 if fold(nxt[1].text) in lx.COMPASS_WORDS else 0
        if qualifies_next(ws, b, m.sent):
            a, b = m.wa, m.wb
        if (a, b) != (m.wa, m.wb):
            text = doc_text(doc)[ws[a].start : ws[b - 1].end]
            m = replace(m, text=text, start=ws[a].start, end=ws[b - 1].end, i=ws[a].i, j=ws[b - 1].j, wa=a, wb=b)
            regions.append(m)
        out.append(m)
    # (a compass word the recogniser took alone, "Sud", is inside the region now)
    return [m for m in out if not any(r is not m and r.wa <= m.wa and m.wb <= r.wb for r in regions)]


_STATE_WORDS = 2  # adjectives around a state's head: "Democratic Republic", "République arabe syrienne"


def _state_names(doc: Doc, ws: list[Word], mentions: list[Mention]) -> list[Mention]:
    """A state by its formal name is one place: its head with a nationality ("la République française", "la
    République tchèque"), or with "de" and a country ("la République du Sénégal", "la République islamique d'Iran",
    "the Democratic Republic of the Congo", "the United Kingdom of Great Britain and Northern Ireland"). The head
    alone is no place ("le président de la République"). In an office's title the formal name says whose office it
    is: the place is the country after a bare head's "de" ("président de la République du Sénégal": Sénégal), and a
    state named by its adjective ("président de la République française") names no place there, unless the
    gazetteer knows the formal name whole ("président de la République tchèque")."""
    states: list[Mention] = []
    spans: list[tuple[int, int]] = []  # every formal name met, whether it stands as a place or not
    for k, w in enumerate(ws):
        if fold(w.text) not in lx.STATE_HEADS or not is_cap(w.text) or (spans and k < spans[-1][1]):
            continue
        a = k
        while a > 0 and k - a < _STATE_WORDS and ws[a - 1].sent == w.sent and is_cap(ws[a - 1].text):
            if fold(ws[a - 1].text) in lx.ARTICLES or sentence_start(ws, a - 1) and a - 1 == k - 1:
                break
            a -= 1  # "Democratic Republic", "Islamic Republic", "United Kingdom"
        b, national = k + 1, False
        while b < len(ws) and b - k <= _STATE_WORDS and ws[b].sent == w.sent and ws[b].text.islower():
            key = fold(ws[b].text)
            known = lx.is_place(doc_text(doc)[ws[a].start : ws[b].end])  # "République centrafricaine"
            if not (known or lx.is_nationality(key) or key in lx.STATE_ADJECTIVES):
                break
            national, b = national or known or lx.is_nationality(key), b + 1
        end = _country_after_of(ws, b, w.sent)
        if end == b and not national:
            continue
        spans.append((a, end))
        if complement_of_role(ws, a) and not lx.is_place(doc_text(doc)[ws[a].start : ws[end - 1].end]):
            # (a name the gazetteer knows whole stays whole: "la République tchèque"; so does a head with
            # adjectives: "the Democratic Republic of the Congo" is not the Congo)
            if end == b:
                a = end  # "président de la République française": no place
            elif a == k and b == k + 1:
                a = _after_of(ws, b)  # "président de la République du Sénégal": Sénégal
        b = end
        if a < b:
            text = doc_text(doc)[ws[a].start : ws[b - 1].end]
            states.append(Mention(text, LOC, ws[a].start, ws[b - 1].end, ws[a].i, ws[b - 1].j, w.sent, a, b))
    kept = [m for m in mentions if not any(a < m.wb and m.wa < b for a, b in spans)]
    return sorted(kept + states, key=lambda m: m.start)


def _after_of(ws: list[Word], b: int) -> int:
    """The first word after the "de"/"of" at `b` and its articles ("de la Sierra Leone": "Sierra")."""
    n = b + 1
    while n < len(ws) and fold(ws[n].text) in lx.ARTICLES:
        n += 1
    return n


def _country_after_of(ws: list[Word], b: int, sent: int) -> int:
    """The end of "de"/"of", articles and a known place's name after `b` ("du Sénégal", "of the Congo", "of Great
    Britain and Northern Ireland"), or `b` when no such place follows."""
    if b >= len(ws) or fold(ws[b].text) not in OF_WORDS:
        return b
    n = b + 1
    while n < len(ws) and fold(ws[n].text) in lx.ARTICLES:
        n += 1
    end = b
    while True:
        best = next(
            (
                e
                for e in range(min(len(ws), n + 4), n, -1)
                if all(ws[x].sent == sent for x in range(n, e)) and lx.is_place(" ".join(x.text for x in ws[n:e]))
            ),
            None,
        )
        if best is None:
            return end
        end = best
        if best + 1 < len(ws) and fold(ws[best].text) in lx.AND_WORDS and ws[best + 1].sent == sent:
            n = best + 1  # "of Great Britain and Northern Ireland"
            continue
        return end


_PLACE_WORDS = 4  # the longest place name read after "de" ("Provence-Alpes-Côte d'Azur" is one word or four)


def _place_complement_end(ws: list[Word], b: int, sent: int) -> int:
    """The end of "de", articles and a known place's name (a country, a region, a town) right after a body's name
    ("l'Ambassade d'Israël", "le XV de France", "la SR de Toulouse", "l'Epide de Meyzieu"): the place says which
    embassy, team or unit, and belongs to the name; or `b` when no place follows, or a capitalised word goes on after
    it (a person named after the name: "de France Roger Dupont")."""
    if b >= len(ws) or ws[b].sent != sent or fold(ws[b].text) not in OF_WORDS:
        return b
    n = b + 1
    while n < len(ws) and fold(ws[n].text) in lx.ARTICLES:
        n += 1
    for e in range(min(len(ws), n + _PLACE_WORDS), n, -1):
        if any(ws[x].sent != sent or not is_cap(ws[x].text) and x == n for x in range(n, e)):
            continue
        if not lx.is_known_place(" ".join(x.text for x in ws[n:e])):
            continue
        after = ws[e] if e < len(ws) and ws[e].sent == sent else None
        return b if after is not None and is_cap(after.text) else e
    return b


def _mention(c: Candidate, evidence: Evidence, label: str) -> Mention | None:
    """The mention of the candidate as typed: a place without "ex-", an organisation with its complements."""
    a, b, ws, text = c.a, c.b, c.ws, c.text
    if label == LOC and re.match(r"(?i)ex-", text):
        text = text[3:]  # "l'ex-hôtel Adriatik" is the hôtel Adriatik
    titled = False
    if label == PER and b - a > 1 and _article_of_titles(ws[a].text):
        label = ORG  # "told The Namibian": a title keeps its article, no person's name opens with "The" or "Les"
        # (a people's adjective alone after it, inside a sentence, is a newspaper's title: "The Australian")
        titled = b - a == 2 and lx.is_nationality(ws[a + 1].text) and not c.at_start
    known = label == ORG and lx.known_organisation(text, ws[a - 1].text if a > 0 else "", inside=not c.at_start)
    if label == ORG and not known:  # (a known name is whole: "du Dauphiné libéré révèle")
        ensemble = fold(ws[a].text) in lx.ENSEMBLE_HEADS  # (its qualifiers: "l'Orchestre d'harmonie de la Garde")
        b = extend_org(c.doc, ws, b, c.has_ner, holder_after=complement_of_role(ws, a), head=ensemble)
        b = ensemble_name_end(ws, a, b)
        if b == c.b:
            b = _place_complement_end(ws, b, ws[a].sent)
        text = doc_text(c.doc)[ws[a].start : ws[b - 1].end]
        if b - a == 1 and c.key in lx.GENERIC_ORG_WORDS and not is_acronym(text) and not the_institution(c):
            return None  # "l'Organisation", "la Cour" alone: a fragment of a longer name
        if fold(text) in lx.MEETING_NAMES:
            return None  # "le Conseil des ministres" of an agenda: a meeting (with its field, a body: "... de l'UE")
        if lx.names_a_competition(text):
            return None  # "la Ligue des champions": the league's lower-case words, read now, make it a competition
        if _opens_meeting(c):
            return None  # "Conférence de presse en préfecture", "Conseil de crise avec les maires": a meeting
        if _portfolio(c, text):
            return None  # "pour les Affaires étrangères", "Luc Dubé (Environnement)": a minister's field
        if (organ := _company_organ_end(c, a, b)) is not None:
            if organ + 1 >= b or fold(ws[organ].text) not in OF_WORDS:
                return None  # "the Board of Directors will meet": the company's organ
            a = organ + 1  # "the Board of Directors of Acme Corporation": the company
            text = doc_text(c.doc)[ws[a].start : ws[b - 1].end]
    end = ws[a].start + len(text)
    mention = Mention(text, label, ws[a].start, end, ws[a].i, ws[b - 1].j, ws[a].sent, a, b, c.honorific, c.acting)
    mention.tentative = evidence.tentative and not titled
    mention.by_town_list = evidence.by_town_list
    mention.team = evidence.team
    return mention


def _portfolio(c: Candidate, text: str) -> bool:
    """A minister's field, named by a government's domain words alone: two or more ("les Affaires étrangères", "Action
    et Comptes publics"), or one in brackets, as a list of ministers gives each one's ("Luc Dubé (Environnement)");
    one alone outside brackets may be the ministry itself ("l'Intérieur a réagi", "à la Défense")."""
    words = [w for w in re.split(r"[\s'’]+", fold(text)) if w and w not in lx.AND_WORDS | OF_WORDS | lx.ARTICLES]
    if not words or not all(w in lx.MINISTRY_DOMAINS for w in words):
        return False
    if len(words) >= 2:
        return True
    before = c.ws[c.a - 1].text if c.a > 0 else ""
    after = c.ws[c.b].text if c.b < len(c.ws) else ""
    return before == "(" and after == ")"


def _company_organ_end(c: Candidate, a: int, b: int) -> int | None:
    """The index after a company's organ that opens the name [a, b) ("Board of Directors", "Audit Committee"), or
    None."""
    for k in range(a + 1, b + 1):
        if fold(doc_text(c.doc)[c.ws[a].start : c.ws[k - 1].end]) in lx.COMPANY_ORGANS:
            return k
    return None


_MEETING_SPAN = 60  # characters read from a candidate's start for a meeting's opening words (the longest has 40)


def _opens_meeting(c: Candidate) -> bool:
    """The candidate opens the words of a meeting's name, whatever follows them ("Comité interministériel de la mer",
    "Assemblée générale ordinaire des actionnaires")."""
    start = c.ws[c.a].start
    said = fold(doc_text(c.doc)[start : start + _MEETING_SPAN])
    return any(said.startswith(m) and not said[len(m) : len(m) + 1].isalpha() for m in lx.MEETING_OPENERS)


def _classify(
    doc: Doc,
    ws: list[Word],
    a: int,
    b: int,
    lang: str,
    has_ner: bool,
    stop_words: frozenset[str],
    lowercase_forms: set[str],
) -> Mention | None:
    """The words [a, b) typed by the first cue that speaks, or None when they are no name."""
    while b - a > 1 and fold(ws[b - 1].text) in CONNECTORS:
        b -= 1  # "de l'Agriculture de": a name does not end on "de" (what follows it was cut off)
    while b - a > 1 and _opens_lost_sentence(doc, ws[b - 1], stop_words):
        b -= 1
    if not any(is_cap(w.text) for w in ws[a:b]):
        return None  # "de l'": connectors left over from a cut name
    c = Candidate(doc, ws, a, b, lang, has_ner, particle_names(doc, ws, lang))
    if any(rejects(c) for rejects in NOT_A_NAME):
        return None
    cue, evidence = next(((cue, e) for cue in LABEL_CUES if (e := cue(c)) is not None), (None, Evidence(None)))
    if evidence.label is None or unsupported_lone_word(c, evidence.label, stop_words, lowercase_forms):
        return None
    if cue is recogniser and evidence.label in (PER, ORG) and _lone_opener(c):
        return None
    if cue is recogniser and evidence.label == ORG and _common_word_opening(c):
        return None
    if evidence.label == ORG and (word_in_capitals(c) or _lone_head_opener(c, cue)):
        return None
    if cue is recogniser and evidence.label == PER and _common_word_at_an_end(c, lowercase_forms):
        return None  # "Accès Montréal", "Réunion Otan-Ukraine", "Frain Incendie": a common noun and a name
    if evidence.label == PER and (named_thing(c) or thing_code(c) or glued_words(c.text)):
        return None  # "USS Iwo Jima", "le bâtiment « Justus Lipsius »", "K-12", "Delaplace23T": a thing, a code
    if evidence.label == PER and _after_elided_article(c):
        return None  # "sous l'Arc de Triomphe", "la visite de l'Epide de Meyzieu": an article names no person
    if cue in WEAK_PERSON_CUES and evidence.label == PER and after_a_thing_noun(c):
        return None  # "la vague Belharra", "l'atelier Titang Récup": what the noun before it names
    label = evidence.label
    kind = headed_by_its_kind(c) if label == PER and cue in WEAK_PERSON_CUES else None
    if kind == "":
        return None  # "Vidéo YouTube": a work's or a medium's name
    if kind:
        evidence, label = Evidence(kind), kind  # "Maison Allward": a building's
    mention = _mention(c, evidence, label)
    if mention is not None:
        mention.recognised = cue is recogniser
        if cue is state_after_town and doc_text(doc)[mention.end : mention.end + 1] == ".":
            mention.text, mention.end = mention.text + ".", mention.end + 1  # "Mo.": the full stop is the state's
    return mention


def _after_elided_article(c: Candidate) -> bool:
    """Whether an elided article is glued to the name ("l'Arc de Triomphe", "l'Epide de Meyzieu"): French names no
    person with an article; a title that opens a person's name takes one ("l'Abbé Pierre", "l'Ayatollah Ali X")."""
    if c.a < 1 or c.ws[c.a].start != c.ws[c.a - 1].end or c.ws[c.a - 1].sent != c.ws[c.a].sent:
        return False
    before = c.ws[c.a - 1].text
    first = c.words[0]
    return (
        before[-1:] in ("'", "’")
        and fold(before) in lx.PARTICLE_ARTICLES
        and not lx.is_role_head(first)
        and first not in lx.HONORIFICS
        and not any(w in lx.FIRST_NAMES for w in c.words)  # ("l'Abbé Pierre", "l'Imam Mahmoud Dicko")
    )


_FUNCTION_TAGS = ("ADP", "DET", "PRON", "CCONJ", "SCONJ")


def _opens_lost_sentence(doc: Doc, w: Word, stop_words: frozenset[str]) -> bool:
    """A capitalised preposition, article, pronoun or conjunction that ends a run ("en Martinique En avant première
    ...", "le RER B. Pour ce dernier"): it opens a sentence whose full stop the page lost, and is no word of the name
    before it. A function word of the language that the tagger reads as one, where the language has a tagger (the
    tagger alone may read a surname as a pronoun: "Ibrahim Farisi")."""
    if not doc.has_annotation("POS") or not w.text[:1].isupper() or w.text.isupper():
        return False
    return w.j == w.i + 1 and w.text.lower() in stop_words and doc[w.i].pos_ in _FUNCTION_TAGS


def _lone_head_opener(c: Candidate, cue: object) -> bool:
    """ "Post a Comment", "Forum suspendu temporairement", "Air bridges: ...": an organisation's head word alone
    ("Post", "Forum", "Air"), met nowhere else in the text, capitalised only because it opens its sentence or line
    before a word in lower case, is the common noun (a body named by its head alone is written again: "Council
    approved ... the Council"); not before the words that go on with its name ("Assemblée nationale", "Comité de
    l'administration régionale") or a speech verb ("Labour said"), nor a party's or a known organisation's own name.
    Read from the words, so that a text without a tagger has it too."""
    if cue is not organisation_word or not c.single or c.honorific or is_acronym(c.text) or c.key not in lx.ORG_WORDS:
        return False
    if c.key in lx.KNOWN_ORGS or c.key in lx.PARTY_MEMBERS:
        return False
    nxt = c.ws[c.b] if c.b < len(c.ws) and c.ws[c.b].sent == c.ws[c.a].sent else None
    if nxt is None or not (nxt.text.isalpha() and nxt.text.islower()):
        return False
    key = fold(nxt.text)
    named_on = key in OF_WORDS or key in lx.ORG_ADJECTIVES or lx.is_nationality(key) or key in lx.SPEECH_AFTER
    return not named_on and c.at_start and sum(fold(w.text) == c.key for w in c.ws) == 1


_ITEM_CLOCK = re.compile(r"\d{1,2}(?:[hH:.]\d{0,2})?")  # "15h00", "9h", "10:30": a programme item's hour


def _common_word_opening(c: Candidate) -> bool:
    """One frequent word of the language opening its line, its sentence or a programme's item after its hour
    ("Intervention du ministre", "Participer à la réunion", "15h00 : Fixation de l'ordre du jour"), which only the
    recogniser calls an organisation: the word is capitalised by its place (a company so named is in the known
    organisations)."""
    if not c.single or c.key not in lx.COMMON_WORDS or c.key in lx.KNOWN_ORGS:
        return False
    k = c.a - 1 if c.a > 0 and c.ws[c.a - 1].text in (":", "-", "–", "—") else c.a
    item = k > 0 and c.ws[k - 1].sent == c.ws[c.a].sent and bool(_ITEM_CLOCK.fullmatch(c.ws[k - 1].text))
    return c.at_start or item


def _lone_opener(c: Candidate) -> bool:
    """One capitalised word opening its sentence or a quotation, met nowhere else in the text, that only the
    recogniser calls a person, before a determiner, a noun or an adjective ("Bonne nouvelle !", "Suivra un
    moment ..."), or read as a verb itself ("Reporté à mars"): a word capitalised by its place; a person named by
    one word there is the subject of a verb ("Pires a marqué"); before an adverb or a comma too ("Heureusement,")."""
    if not (c.single and (c.at_start or _opens_quote(c)) and not c.honorific and c.has_ner and c.b < len(c.ws)):
        return False
    nxt = c.ws[c.b]
    # the word itself read as a verb ("Reporté à mars avant d'être fixé à novembre", a subheading) opens a clause
    verb = c.doc[c.ws[c.a].i].pos_ in ("VERB", "AUX")
    # ("Essayer de trouver du gaz": a preposition and an infinitive after the word make it a verb that governs them)
    after = c.ws[c.b + 1] if c.b + 1 < len(c.ws) and c.ws[c.b + 1].sent == nxt.sent else None
    governs = after is not None and c.doc[nxt.i].pos_ == "ADP" and "Inf" in c.doc[after.i].morph.get("VerbForm", [])
    # ("Signé notamment par": an adverb after the word; "Heureusement, l'hémorragie est jugulée": a word the tagger
    # reads as an adverb or an adjective, set off by a comma; not "Griezmann, lui, a marqué")
    lower = nxt.text.isalpha() and nxt.text.islower()
    set_off = nxt.text == "," and c.doc[c.ws[c.a].i].pos_ in ("ADV", "ADJ", "VERB")
    return (
        nxt.sent == c.ws[c.a].sent
        and (lower and (verb or governs or c.doc[nxt.i].pos_ in ("DET", "NOUN", "ADJ", "ADV")) or set_off)
        and c.words[0] not in lx.FIRST_NAMES
        and sum(fold(w.text) == c.key for w in c.ws) == 1
    )


def _common_word_at_an_end(c: Candidate, lowercase_forms: set[str]) -> bool:
    """Words the recogniser calls a person that open or close with a common noun the text also writes in lower case
    ("Réunion Otan-Ukraine", "Modalités Euronext", a heading's; "Frain Incendie", a town and what happened there), or
    close with a place of the gazetteer ("Accès Montréal", a service's name; "Euronext Paris", a market's): no person's
    name is a word of the text's own sentences, and a person named after a place has a given name first. Not where a
    given name, a title or an honorific opens the words ("Jean Marchand" in a text that says "un marchand")."""
    names = [w.text for w in c.ws[c.a : c.b] if not is_particle(w.text)]
    if len(names) < 2:
        return False
    first = fold(names[0])
    if first in lx.FIRST_NAMES or first in lx.HONORIFICS or first in lx.PEERAGE_TITLES or lx.is_role_head(first):
        return False
    # ("Accès Montréal", "Euronext Paris": a service's or a market's name that ends with a place the gazetteer knows)
    return lx.is_place(names[-1]) or any(
        key in lowercase_forms and key in lx.COMMON_WORDS for key in (first, fold(names[-1]))
    )


def _opens_quote(c: Candidate) -> bool:
    """The word right after an opening quotation mark ("« Dessiner une affiche »", "“Errare humanum est”"): a quoted
    phrase capitalises its first word as a sentence does."""
    if c.a == 0:
        return False
    before = c.ws[c.a - 1]
    return before.sent == c.ws[c.a].sent and before.text in ("«", "“", "„")
