"""Find name mentions in a spaCy Doc and decide what each one is: person, organisation or place.

Candidates are runs of capitalised words (so a blank pipeline still gets them); spaCy's entities,
when the pipeline has a recogniser, vote on the type and on where an organisation name ends.  The
context then overrides both: an honorific or a role word before a name makes a person, "le groupe"
makes an organisation, the gazetteer makes a place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, cached_property

from spacy.tokens import Doc

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.particles import (
    bare_surname,
    honorific_particles_start,
    is_particle,
    particle_names,
    surname_start,
)
from generator.extract.ner.roles import age_end, singular_role
from generator.extract.ner.runs import candidate_runs, complement_of_complement, split_run
from generator.extract.ner.text import Sentence, doc_text
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

# "le gouvernement Aznar", "the Obama administration": the name after these nouns is a person's.
_LEADER_NOUNS = lx.LEADER_NOUNS
_PLACE_PREPOSITIONS = lx.PLACE_PREPOSITIONS
# Words after "de" that start a clause or an infinitive rather than a name's complement.
_STOP_OF = lx.NOT_COMPLEMENTS


@dataclass
class Mention:
    text: str  # as written, without determiner or honorific
    label: str  # PER, ORG or LOC
    start: int
    end: int
    i: int  # token span in the doc
    j: int
    sent: int
    wa: int = 0  # word span (see `words`)
    wb: int = 0
    honorific: str = ""  # the honorific written before it ("M."), if any
    acting: bool = False  # speaks or acts in the sentence (an institution building is then an organisation)
    tentative: bool = False  # a person by shape only (rules, no recogniser): kept if the text backs it up
    recognised: bool = False  # typed by the recogniser's vote alone, no cue of our own
    by_town_list: bool = False  # a place only because the world's towns list has the word
    team: bool = False  # a team a match sets against another: every mention of its name is the team


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
        and fold(doc_text(doc)[ws[a].start : ws[b - 1].end]) not in names  # "Mme Le Pen", "selon Le Monde"
        and (
            fold(ws[a].text) in DETERMINERS
            or fold(ws[a].text) in lx.COMMON_CAPS
            or (sentence_start(ws, a) and ws[a].text.lower() in stop_words)
        )
    ):
        a += 1  # (but «Le Monde», "The Times": a title in quotation marks keeps its article)
    if a < b - 2 and _common_noun_opening(ws, a, lowercase_forms):
        a += 1  # "Dîner d'État et soirée dansante": the text's own common noun, capitalised to open the line
        while a < b - 1 and fold(ws[a].text) in lx.OF_WORDS | lx.ARTICLES:
            a += 1
    after_of = a > 0 and fold(ws[a - 1].text) in lx.OF_WORDS | lx.SINGULAR_ARTICLES
    while after_of and a < b - 2 and fold(ws[a].text) in lx.MINISTRY_DOMAINS:
        a += 1
    return a


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


def _previous_words(ws: list[Word], a: int, count: int) -> list[str]:
    return [fold(w.text) for w in ws[max(0, a - count) : a] if w.sent == ws[a].sent]


_ROLE_REACH = 9  # words back from a name to its role word ("ministre de l'Économie et des Finances")


def _role_before(doc: Doc, ws: list[Word], a: int) -> bool:
    """A role phrase ends right before the name ("le ministre des Armées", "son homologue chinois"), on the same
    line ("Hibs captain out of final" is a heading above "Hibernian manager X") and with no verb in it ("le
    candidat LREM d'avoir rejoint En Marche")."""
    k = a - 1
    seen = 0
    text = doc_text(doc)
    while k >= 0 and ws[k].sent == ws[a].sent and seen < _ROLE_REACH and "\n" not in text[ws[k].end : ws[k + 1].start]:
        key = fold(ws[k].text)
        if lx.is_role_head(key) and not time_initials(ws, k):
            return True
        if _verb(doc, ws[k]):
            return False
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


def _verb(doc: Doc, w: Word) -> bool:
    """The tagger reads a conjugated verb, an infinitive or an auxiliary (not a participle: "chargé de", "élu")."""
    if not doc.has_annotation("POS") or not w.text.isalpha():
        return False
    token = doc[w.i]
    return token.pos_ == "AUX" or token.pos_ == "VERB" and "Part" not in token.morph.get("VerbForm", [])


def _org_head_before(ws: list[Word], a: int, b: int) -> bool:
    """An organisation noun before the name ("le groupe KNDS") or in apposition after it ("Nexter, la filiale")."""
    prev = _previous_words(ws, a, 3)
    # (not after a preposition: "visite d'exploitation agricole à Moindou" is where the farm is)
    at = bool(prev) and prev[-1] in _PLACE_PREPOSITIONS
    # (a head in lower case or opening its sentence, "Exploitation agricole X": in "SNCF Réseau. - Match ...", a name's
    # word before a line's first word)
    heads = [
        w
        for n, w in enumerate(ws[:a][-3:], start=max(0, a - 3))
        if w.sent == ws[a].sent and (w.text.islower() or sentence_start(ws, n))
    ]
    if any(fold(w.text) in lx.ORG_HEADS for w in heads) and not any(lx.is_role_head(p) for p in prev[-2:]) and not at:
        return True
    if _head_of_field(ws, a):
        return True
    nxt = [fold(w.text) for w in ws[b : b + 3] if w.sent == ws[a].sent]
    return (
        len(nxt) >= 2
        and nxt[0] == ","
        and (nxt[1] in lx.ORG_HEADS or nxt[1] in DETERMINERS and len(nxt) > 2 and nxt[2] in lx.ORG_HEADS)
    )


def _head_of_field(ws: list[Word], a: int) -> bool:
    """ "le géant français de l'aéronautique Safran", "le groupe mondial du luxe LVMH": an organisation noun, a
    nationality or an adjective, then its field ("de", maybe an article, one noun in lower case) right before the
    name."""
    k = a - 1
    if k < 2 or not ws[k].text.isalpha() or not ws[k].text.islower() or fold(ws[k].text) in lx.STOP_WORDS:
        return False
    k -= 1
    if fold(ws[k].text) in lx.ARTICLES_AFTER_OF and fold(ws[k].text) not in OF_WORDS:
        k -= 1
    if k < 1 or fold(ws[k].text) not in OF_WORDS or any(w.sent != ws[a].sent for w in ws[k - 1 : a]):
        return False
    k -= 1
    # (the head qualified first: not "une équipe de la zone X", where the noun is a place's)
    qualified = ws[k].text.isalpha() and ws[k].text.islower() and fold(ws[k].text) not in lx.ORG_HEADS
    return qualified and k > 0 and ws[k - 1].text.islower() and fold(ws[k - 1].text) in lx.ORG_HEADS


def _acting(doc: Doc, ws: list[Word], a: int, b: int) -> bool:
    """The name is the subject of a verb or the source of a statement ("a indiqué le quai d'Orsay")."""
    nxt = ws[b].text if b < len(ws) and ws[b].sent == ws[a].sent else ""
    prev = _previous_words(ws, a, 6)
    if nxt.lower() in lx.SPEECH_OR_ACTION or any(p in lx.ACCORDING_TO for p in prev[-3:]):
        return True
    if prev and prev[-1] in DETERMINERS and len(prev) >= 2 and prev[-2].endswith(lx.PAST_ENDINGS):
        return True  # inverted subject after a past participle: "a indiqué le quai d'Orsay"
    # ... or after an object pronoun, an auxiliary, a participle and one or two words: "comme l'a dévoilé en amont
    # l'Élysée" (the pronoun is the object: what follows is the subject; not "il a visité hier le Kremlin")
    for gap in (3, 4):
        if not (prev and prev[-1] in DETERMINERS and len(prev) > gap + 1 and prev[-gap - 1] in lx.AUXILIARIES):
            continue
        if prev[-gap - 2] in lx.ARTICLES and ws[a - gap].text.endswith(lx.PAST_ENDINGS):  # (as written: "dévoilé")
            return True
    return bool(doc.has_annotation("DEP") and doc[ws[a].i].dep_.startswith("nsubj"))


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
        street = _lowercase_head_start(ws, a0)
        parts = [(a0, b0)] if street != a0 and fold(ws[street].text) in lx.STREET_WORDS else None
        if a0 > 0 and ws[a0 - 1].text.islower() and fold(ws[a0 - 1].text) in lx.NAMED_AFTER_HEADS:
            continue  # "le lycée Jean Zay", "en salle Louise Michel": a building named after someone is neither
        for a1, b in parts or split_run(doc, ws, a0, b0, lang):
            b = _before_a_date(ws, a1, b)
            if ws[a1].start < covered or b <= a1:
                continue
            shouted = b - a1 >= 2 and sum(w.text.isupper() and len(w.text) > 3 for w in ws[a1:b]) >= 2
            # (or three words and more, all in capitals: "BUT NOT AS YOU KNOW IT")
            shouted = shouted or b - a1 >= 3 and all(w.text.isupper() for w in ws[a1:b] if w.text.isalpha())
            if shouted and not lx.place_name(doc_text(doc)[ws[a1].start : ws[b - 1].end], lang):
                continue  # "LE VILLAGE FERA LA FÊTE": a headline in capitals, not a name
            a = _institution_start(doc, ws, _strip_leading(doc, ws, a1, b, stop_words, lang, lowercase_forms), b)
            a = honorific_particles_start(ws, _lowercase_head_start(ws, a))
            b = _venue_complement(doc, ws, a, b, has_ner)
            m = _classify(doc, ws, a, b, lang, has_ner, stop_words, lowercase_forms)
            if m is None:
                continue
            covered = m.end
            sent = sents[ws[a].sent] if ws[a].sent < len(sents) else None
            if sent and sent.paragraph in chrome:
                continue
            if any(start <= m.start < end for start, end in headlines):
                continue
            out.append(m)
    out = [part for m in out for part in _hyphened_list(m)]
    common = common_acronyms(ws)
    # (with the adjectives that qualify it: "une AG nationale")
    out = [m for m in out if m.label != ORG or fold(_capitalised_part(m.text)).replace(".", "") not in common]
    diseases = disease_names(out, ws)
    out = [m for m in out if m.label == LOC or _code_stem(fold(m.text)) not in diseases]
    out += _lowercase_institutions(doc, ws, out, lang)
    out = _supported_in_headings(out, sents, headings, lang)
    out.sort(key=lambda m: m.start)
    out = _with_compass(doc, ws, _state_names(doc, ws, out))
    return [m for m in out if not m.tentative or _person_evidence(m, out, ws, lowercase_forms)]


# what may come before a line's or an item's first word: bullets, dashes, quotation marks, a list number ("2)", "b.")
_LINE_OPENING = re.compile(r"(?:[\s\-–—•*·>‘'\"“«(]|\d{1,2}[.)]|[a-z]\))*")


def _opens_line(text: str, start: int) -> bool:
    """Whether only bullets, quotation marks or a list number stand between the start of the line, or of a list
    item after a sentence's end, and `start`."""
    line = text.rfind("\n", 0, start) + 1
    head = text[line:start]
    end = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))
    return bool(_LINE_OPENING.fullmatch(head[end + 2 :] if end >= 0 else head))


_HEADLINE_WORDS = 4


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Lines written in title case: four words or more, each capitalised, a function word among them after the
    first, and no sentence end ("Jury Finds Dylann Roof Guilty In S.C. Church Shooting"): a headline, or another
    story's, whose capitals say nothing of names (the body names its people again in running text)."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        found = re.findall(r"[^\W\d_][\w'’.\-]*", line.group())
        function_word = any(fold(w) in lx.STOP_WORDS and fold(w) not in lx.PARTICLES for w in found[1:])
        if (
            len(found) >= _HEADLINE_WORDS
            and function_word
            and all(w[0].isupper() for w in found)
            and line.group().rstrip()[-1:] not in ".!?"
        ):
            out.append(line.span())
    return out


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
    capitalises the day the sentence's verb happens on, and no person's name ends with one."""
    while b - a > 2 and fold(ws[b - 1].text) in lx.WEEKDAYS:
        b -= 1
    while b > a and fold(ws[b - 1].text.rstrip(".")) in lx.MONTH_WORDS:
        k = b if b < len(ws) and ws[b].text != "." else b + 1
        if k >= len(ws) or not re.fullmatch(r"\d{1,2}(?:st|nd|rd|th|er)?,?", ws[k].text):
            break
        b -= 1
    return b


def _supported_in_headings(
    mentions: list[Mention], sents: list[Sentence], headings: set[int], lang: str
) -> list[Mention]:
    """Drop one-word names found only in headings, unless they are known places (a byline's full name stays) or a
    fixture's teams ("Lens (3e) - Lorient (5e)": the ranks are the evidence)."""

    def in_heading(m: Mention) -> bool:
        return len(m.text.split()) == 1 and m.sent < len(sents) and sents[m.sent].paragraph in headings and not m.team

    elsewhere = {fold(m.text) for m in mentions if not in_heading(m)}
    return [m for m in mentions if not in_heading(m) or fold(m.text) in elsewhere or lx.place_name(m.text, lang)]


_INSTITUTION_HEADS = lx.INSTITUTION_HEADS


def _lowercase_institutions(doc: Doc, ws: list[Word], found: list[Mention], lang: str) -> list[Mention]:
    """Institutions written in lower case: "le parlement européen", "la convention européenne", "le parlement
    de Strasbourg" (a head word, then an adjective of institutions or "de" and a known place)."""
    taken = {n for m in found for n in range(m.wa, m.wb)}
    out = []
    for k, w in enumerate(ws[:-1]):
        if k not in taken and (span := _national_institution(ws, k)):
            a, end = span
            presides = a == k and end - a == 4  # "présidence française du G7"
            if fold(w.text) in lx.OFFICE_TERMS and not presides and not _acting(doc, ws, a, end):
                continue  # "durant la présidence danoise", "auprès de la présidence française": a term, a seat
            text = doc_text(doc)[ws[a].start : ws[end - 1].end]
            out.append(Mention(text, ORG, ws[a].start, ws[end - 1].end, ws[a].i, ws[end - 1].j, w.sent, a, end))
            continue
        if k not in taken and (end := _court(ws, k)):
            text = doc_text(doc)[w.start : ws[end - 1].end]
            out.append(Mention(text, ORG, w.start, ws[end - 1].end, w.i, ws[end - 1].j, w.sent, k, end))
            continue
        if not w.text.islower() or fold(w.text) not in _INSTITUTION_HEADS or k in taken or k + 1 in taken:
            continue
        if k == 0 or fold(ws[k - 1].text) not in lx.INSTITUTION_LEADS:
            continue
        nxt = fold(ws[k + 1].text)
        if nxt in lx.ORG_ADJECTIVES and not lx.is_nationality(nxt) or nxt in lx.INSTITUTION_NATIONALITIES:
            end = k + 2
        elif nxt in lx.INSTITUTION_OF_WORDS and k + 2 < len(ws) and lx.place_name(ws[k + 2].text, lang):
            end = k + 3
        elif fold(w.text) in lx.COMMITTEE_HEADS and nxt in OF_WORDS and (end := _committee_field(doc, ws, k + 2)):
            pass  # "en commission des lois", "la commission de la défense": a committee and its field
        else:
            continue
        text = doc_text(doc)[w.start : ws[end - 1].end]
        out.append(Mention(text, ORG, w.start, ws[end - 1].end, w.i, ws[end - 1].j, w.sent, k, end))
    return out


def _court(ws: list[Word], k: int) -> int:
    """The end of a court written in lower case from its head at `k`: "la cour d'assises", "la cour d'appel de Douai",
    "la chambre de l'instruction", "la cour d'assises des Alpes-Maritimes"; or 0."""
    if not ws[k].text.islower() or fold(ws[k].text) not in lx.COURT_HEADS:
        return 0
    n = k + 1
    while n < len(ws) and fold(ws[n].text) in OF_WORDS | lx.ARTICLES and n - k <= 2:
        n += 1
    if n == k + 1 or n >= len(ws) or ws[n].sent != ws[k].sent or fold(ws[n].text) not in lx.COURT_KINDS:
        return 0
    end = n + 1
    of = end
    while of < len(ws) and fold(ws[of].text) in OF_WORDS | lx.ARTICLES and of - end < 2:
        of += 1
    if of > end and of < len(ws) and ws[of].sent == ws[k].sent and is_cap(ws[of].text):
        end = of + 1  # "... des Alpes-Maritimes", "... de Douai"
    return end


def _national_institution(ws: list[Word], k: int) -> tuple[int, int] | None:
    """A country's institution written in lower case, as words [a, end): after an article, the head word and a
    nationality ("la présidence danoise", "du gouvernement tchèque"), maybe with the body it presides ("la présidence
    française du G7"); or the country's name, "'s" and maybe two lower-case words before the head ("Israel's
    parliament", "China's commerce ministry", "Nepal's civil aviation authority")."""
    w = ws[k]
    if not w.text.islower() or fold(w.text) not in lx.NATIONAL_INSTITUTION_HEADS or k == 0:
        return None
    nxt = ws[k + 1] if k + 1 < len(ws) and ws[k + 1].sent == w.sent else None
    if fold(ws[k - 1].text) in lx.INSTITUTION_LEADS and nxt is not None and nxt.text.islower():
        if not lx.is_nationality(nxt.text):
            return None
        end = k + 2
        if end + 1 < len(ws) and fold(ws[end].text) in OF_WORDS and is_acronym(ws[end + 1].text):
            end += 2  # "la présidence française du G7"
        return k, end
    n = k - 1
    while n > 0 and k - n <= 2 and ws[n].text.isalpha() and ws[n].text.islower() and ws[n].sent == w.sent:
        if fold(ws[n].text) in lx.STOP_WORDS:
            return None
        n -= 1
    if n < 1 or ws[n].text not in ("'s", "’s") or ws[n - 1].end != ws[n].start:
        return None
    a = n - 1
    while (
        a > 0
        and is_cap(ws[a - 1].text)
        and ws[a - 1].sent == w.sent
        and lx.is_place(" ".join(x.text for x in ws[a - 1 : n]))
    ):
        a -= 1
    return (a, k + 1) if lx.is_place(" ".join(x.text for x in ws[a:n])) else None


def _committee_field(doc: Doc, ws: list[Word], n: int) -> int:
    """The end of a committee's field after its "de" ("lois", "la défense", "affaires étrangères"), or 0."""
    while n < len(ws) and fold(ws[n].text) in lx.ARTICLES and ws[n].sent == ws[n - 1].sent:
        n += 1
    if n >= len(ws) or ws[n].sent != ws[n - 1].sent or not re.fullmatch(r"[^\W\d_A-Z]{3,}", ws[n].text):
        return 0
    if fold(ws[n].text) in lx.STOP_WORDS:
        return 0
    end = n + 1
    if end < len(ws) and ws[end].text.islower() and _org_adjective(doc, ws, end, has_ner=False):
        end += 1  # "commission des affaires étrangères"
    return end


_AFTER_PLACE = lx.AFTER_PLACE  # "died in Ripley on Wednesday"
_SPEECH_AFTER = lx.SPEECH_AFTER


def _person_evidence(m: Mention, mentions: list[Mention], ws: list[Word], lowercase_forms: set[str]) -> bool:
    """Capitalised words make a person only if the text treats them as one: the surname met again
    ("Mr. Roth", "Roth said"), a speech verb or a role in apposition right after ("X, the head of...")."""
    if re.search(r"\d|\w\.[a-z]{2,}\b", m.text):
        return False  # "G8 Africa", "11:21am|Updated Jul", "Follow Metro.co.uk": a code, a time or an address
    if lx.is_place(m.text.split()[-1]):
        return False  # "Citizenship Canada", "Recognizing Germany", "East Africa": a name by shape ending in a place
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
        if not (is_cap(w.text) or fold(w.text) in CONNECTORS or fold(w.text) in _PLACE_PREPOSITIONS):
            return False
    return False


def _venue_complement(doc: Doc, ws: list[Word], a: int, b: int, has_ner: bool) -> int:
    """ "au Palais de la culture", "le Palais des congrès de Vichy", "au Mémorial des martyrs": a capitalised venue
    word alone, then its complement in lower case, names the venue whole (the word alone is a common noun)."""
    head = fold(ws[a].text)
    if b - a != 1 or head not in lx.VENUE_WORDS | lx.BUILDING_WORDS or b >= len(ws):
        return b
    if head in lx.ORG_WORDS | lx.GENERIC_ORG_WORDS:
        return b  # ("le Département de l'économie", "le Centre de recherche": a body's head as well)
    if fold(ws[b].text) not in OF_WORDS:
        return b
    n = b + 1
    while n < len(ws) and fold(ws[n].text) in lx.ARTICLES:
        n += 1
    if n >= len(ws) or ws[n].sent != ws[a].sent or not ws[n].text.islower():
        return b
    return _extend_org(doc, ws, b, has_ner, head=True)


def _lowercase_head_start(ws: list[Word], a: int) -> int:
    """Take in a lower-case venue or ministry word that begins the name: "le stade de la Mosson", "l'ex-hôtel
    Adriatik", "le ministère français des Affaires étrangères"."""
    k = a - 1
    while k >= 0 and fold(ws[k].text) in CONNECTORS and a - k <= 3:
        k -= 1
    if k < 0 or ws[k].sent != ws[a].sent or not ws[k].text[:1].islower():
        return a
    key = fold(ws[k].text).split("-")[-1]
    # ("la plage de Port-Bail", "le quartier de Magenta": a place noun and "de" alone name the town's beach, the
    # town's quarter, so the town is the place; "la plage du Truquet", "le quartier de la Duchère" are names)
    town = key in lx.PLACE_NOUNS and fold(ws[a - 1].text) in lx.INSTITUTION_OF_WORDS  # a bare "de", no article
    if key in lx.LOWER_VENUE_HEADS and (k == a - 1 or fold(ws[a - 1].text) in CONNECTORS) and not town:
        return k
    if key in lx.MINISTRY_HEADS or (k >= 1 and fold(ws[k - 1].text) in lx.MINISTRY_HEADS and lx.is_nationality(key)):
        return k if key in lx.MINISTRY_HEADS else k - 1
    return _qualified_venue_start(ws, k, a) if k < a - 1 else a


_VENUE_QUALIFIERS = 2  # "palais des sports", "centre culturel", "aéroport international": words between head and name


def _qualified_venue_start(ws: list[Word], k: int, a: int) -> int:
    """A lower-case venue word qualified by one or two words before "de" and the name: "le palais des sports de
    Gerland", "l'aéroport international de Niamey", "le terminal pétrolier de Lavéra": the venue is named whole
    (not "take place at the", "le centre de formation des apprentis de la rue …")."""
    of = a - 1
    while of > k and fold(ws[of].text) in lx.ARTICLES:
        of -= 1
    if fold(ws[of].text) not in OF_WORDS:
        return a
    for between, j in enumerate(range(of - 1, max(-1, of - 2 - _VENUE_QUALIFIERS), -1)):
        if ws[j].sent != ws[a].sent or not ws[j].text[:1].islower():
            return a
        key = fold(ws[j].text).split("-")[-1]
        if between and (key in lx.LOWER_VENUE_HEADS or key in lx.QUALIFIED_VENUE_HEADS):
            return j
        plain = key not in OF_WORDS and (key in lx.DETERMINERS or key in lx.ARTICLES)  # "des sports" is one
        if not key.isalpha() or plain or between == _VENUE_QUALIFIERS:
            return a
    return a


def _extend_org(doc: Doc, ws: list[Word], b: int, has_ner: bool, holder_after: bool = False, head: bool = False) -> int:
    """Lower-case words that belong to an organisation's name: adjectives ("Union européenne", "Nations
    unies") and, after a generic head, its complements ("Cour des comptes", "Conseil de sécurité des Nations
    unies", "Institut national de la statistique et des études économiques"), not an infinitive ("a demandé à la
    Confédération d'interdire"). When the name is a role's complement, the holder is named right after a named
    complement ("le directeur de l'Hôpital universitaire d'Ostrava Jiří Havrlant")."""
    generic = head or fold(ws[b - 1].text) in lx.GENERIC_ORG_WORDS
    # "Fédération des Français de l'étranger": a people named after a generic head is no name that ends it
    people = b >= 3 and lx.is_nationality(ws[b - 1].text) and fold(ws[b - 2].text) in OF_WORDS
    generic = generic or people and fold(ws[b - 3].text) in lx.GENERIC_ORG_WORDS
    sent = ws[b - 1].sent
    for _ in range(6):
        if b >= len(ws) or ws[b].sent != sent:
            break
        key = fold(ws[b].text)
        if key in lx.MEETING_QUALIFIERS:
            break  # "le Conseil européen extraordinaire": one of the institution's meetings, not its name
        if ws[b].text.islower() and _org_adjective(doc, ws, b, has_ner):
            b += 1
            continue
        # "Union populaire écologique et sociale": adjectives coordinated inside the name
        coordinated = key in lx.AND_WORDS and ws[b - 1].text.islower() and b + 1 < len(ws) and ws[b + 1].sent == sent
        if coordinated and ws[b + 1].text.islower() and _org_adjective(doc, ws, b + 1, has_ner):
            b += 2
            continue
        if not generic:
            break
        k = b + 1 if key in lx.AND_WORDS and b + 1 < len(ws) and fold(ws[b + 1].text) in OF_WORDS else b
        if k < len(ws) and fold(ws[k].text) in OF_WORDS:
            n = k + 1
            while n < len(ws) and fold(ws[n].text) in lx.ARTICLES:
                n += 1
            if (
                n < len(ws)
                and ws[n].sent == sent
                and re.fullmatch(r"[^\W\d_][\w\-]*", ws[n].text)
                and fold(ws[n].text) not in _STOP_OF | DETERMINERS | lx.MONTH_WORDS  # "le Conseil européen de mars"
                and not _infinitive(doc, ws, n)
            ):
                b = n + 1
                if is_cap(ws[n].text) and not lx.is_nationality(ws[n].text):
                    # "des Nations unies", "de Paris": a named complement ends the name
                    while (
                        not holder_after
                        and b < len(ws)
                        and is_cap(ws[b].text)
                        and not lx.is_place(ws[n].text)
                        and not (has_ner and doc[ws[b].i].ent_iob_ == "B")
                    ):
                        b += 1  # ... but not over a person named after it ("... de France Roger Cukierman")
                    generic = False
                continue
        break
    return b


def _infinitive(doc: Doc, ws: list[Word], n: int) -> bool:
    """The word after "de" is a verb the name governs ("a demandé à la Confédération d'interdire ce produit"): the
    tagger says so, or a clause's determiner follows it (a complement noun takes none); never after an article ("de
    l'étranger")."""
    if fold(ws[n - 1].text) not in OF_WORDS:
        return False
    if doc.has_annotation("POS") and doc[ws[n].i].pos_ in ("VERB", "AUX"):
        return True
    nxt = ws[n + 1] if n + 1 < len(ws) and ws[n + 1].sent == ws[n].sent else None
    return nxt is not None and ws[n].text.islower() and fold(nxt.text) in _STOP_OF


def _org_adjective(doc: Doc, ws: list[Word], b: int, has_ner: bool) -> bool:
    key = fold(ws[b].text)
    adjective = doc.has_annotation("POS") and doc[ws[b].i].pos_ == "ADJ"
    # inside the recogniser's name, right after its capitalised head: "Sénat coutumier" (tagged a noun)
    inside = doc[ws[b].i].pos_ in ("ADJ", "NOUN") and is_cap(ws[b - 1].text) and not _is_plural_noun_tag(doc, ws[b])
    in_ent = has_ner and doc[ws[b].i].ent_iob_ == "I" and (adjective or inside)
    # "Parti socialiste", "ministère des Affaires étrangères", "pays exportateurs"
    after_head = adjective and (
        fold(ws[b - 1].text) in lx.GENERIC_ORG_WORDS | lx.MINISTRY_DOMAINS or ws[b - 1].text.islower()
    )
    return key in lx.ORG_ADJECTIVES or lx.is_nationality(key) or in_ent or after_head


def _is_plural_noun_tag(doc: Doc, w: Word) -> bool:
    """The tagger reads a plural noun ("Conseil ministres"): a complement, not an adjective of the name."""
    return doc[w.i].pos_ == "NOUN" and "Plur" in doc[w.i].morph.get("Number", [])


# Limits the typing cues use, in one table.
@dataclass(frozen=True)
class _Limits:
    min_name_chars: int = 2  # a name has two characters at least ("G8"; not "A")
    context_words: int = 2  # words before the name the cues read ("le ministre X", "M. X")
    place_context_words: int = 3  # ... and to find a place preposition over an article ("à la Mosson")
    role_name_words: int = 4  # a role before a run makes a person of four words at most
    lone_word_chars: int = 3  # without a recogniser, a lone capitalised word needs three characters
    medium_reach: int = 6  # words back from "sur", "on" to the speech verb ("a assuré le directeur X sur franceinfo")


LIMITS = _Limits()


class _Candidate:
    """The capitalised words [a, b) to type and what the cues read about them, each computed once."""

    def __init__(
        self,
        doc: Doc,
        ws: list[Word],
        a: int,
        b: int,
        lang: str,
        has_ner: bool,
        names: dict[str, bool],
    ) -> None:
        self.doc, self.ws, self.a, self.b, self.lang, self.has_ner, self.names = doc, ws, a, b, lang, has_ner, names
        text = doc_text(doc)[ws[a].start : ws[b - 1].end]
        if re.search(r"\w{2}[.;:!?]-?$", text) and fold(ws[b - 1].text) not in lx.HONORIFICS:
            text = re.sub(r"[.;:!?]-?$", "", text)  # "Paris.-": the name without the punctuation glued to it
        self.text = text
        self.key = fold(text)
        self.single = b - a == 1
        self.words = [fold(w.text) for w in ws[a:b]]
        self.prev = _previous_words(ws, a, LIMITS.context_words)
        self.honorific = ws[a - 1].text if a > 0 and self.prev and self.prev[-1] in lx.HONORIFICS else ""
        if not self.honorific and len(self.prev) >= 2 and self.prev[-1] == "." and self.prev[-2] + "." in lx.HONORIFICS:
            self.honorific = ws[a - 2].text + "."  # "the Hon. X": the tokenizer split the style's full stop off

    @cached_property
    def at_start(self) -> bool:
        """The first word of its sentence, or of its line or list item ("- Today's news", "2) Essayer de",
        "‘Stability will be"): a page's lines and items capitalise their first word as a sentence does."""
        return sentence_start(self.ws, self.a) or _opens_line(doc_text(self.doc), self.ws[self.a].start)

    @cached_property
    def spacy_label(self) -> str | None:
        return ent_label(self.doc, self.ws[self.a].i, self.ws[self.b - 1].j) if self.has_ner else None

    @cached_property
    def place(self) -> str | None:
        return lx.place_name(self.text, self.lang)

    @cached_property
    def town(self) -> bool:
        return lx.is_town(self.text)

    @cached_property
    def acting(self) -> bool:
        return _acting(self.doc, self.ws, self.a, self.b)


@dataclass(frozen=True)
class _Evidence:
    """What a cue says the candidate is: a label, or None for "not a name"."""

    label: str | None
    tentative: bool = False  # a person by shape only (rules, no recogniser): kept if the text backs it up
    by_town_list: bool = False  # a place by the world's towns list alone: the text's own cues elsewhere win
    team: bool = False  # a team in a match report ("contre X", "X 3-0"): its town's name elsewhere is the team


# --- cues that the words are no name at all


def _not_name_shaped(c: _Candidate) -> bool:
    """Too short, no letter, a common capitalised word or a nationality ("Etat", "Français")."""
    key = c.key
    return (
        key[:1] in "'’"  # "the King’s Speech": what follows a possessive ending is owned, not named
        or len(key) < LIMITS.min_name_chars
        or key in lx.COMMON_CAPS
        and not _the_institution(c)
        or lx.is_nationality(key)
        and not (c.single and c.place and fold(c.place) == key)  # "en Suisse": the country the adjective is named for
        or not any(ch.isalpha() for ch in key)
        or c.single
        and singular_role(key) is not None  # "the Chief Ministers of ...": a role's holders, no name
    )


def _the_institution(c: _Candidate) -> bool:
    """ "les questions au Gouvernement", "les membres du Gouvernement": a national institution's head word alone,
    capitalised inside a sentence after its article, is the country's own institution (in lower case, or at the
    start of a line, it is the common noun; with an adjective after it, "le Cabinet civil", a body of its own)."""
    if not c.single or c.at_start or not c.text[:1].isupper() or c.key not in lx.NATIONAL_INSTITUTION_HEADS:
        return False
    nxt = c.ws[c.b] if c.b < len(c.ws) and c.ws[c.b].sent == c.ws[c.a].sent else None
    qualified = nxt is not None and nxt.text.islower() and c.has_ner and c.doc[nxt.i].pos_ in ("ADJ", "NOUN")
    return bool(c.prev) and c.prev[-1] in lx.INSTITUTION_LEADS and not qualified


def _amount(c: _Candidate) -> bool:
    """ "RM6.162 million", "N723 million", "R2,500": a currency's letters glued to a number are an amount (a code
    like "G20" or "A350" is one only with a decimal or thousands mark, or a unit after it)."""
    if not c.single or not re.fullmatch(r"[A-Z]{1,3}\d[\d.,]*", c.text):
        return False
    nxt = c.ws[c.b].text if c.b < len(c.ws) and c.ws[c.b].sent == c.ws[c.a].sent else ""
    return bool(re.search(r"\d[.,]\d", c.text) or lx.FIGURE_UNIT.match(nxt))


def _numbered(c: _Candidate) -> bool:
    """ "le CAC 40", "an ATR 72 aircraft", "AICE 2022", "JO-2024", "10H00": an acronym with a number after it is an
    index, a model or an edition of an event, and a clock time is none of a name (but "le G7", "D66" stay: the number
    is inside the name; "le RN 33 %", "UE 27 juin": a figure or a date follows the name)."""
    if not c.single:
        return False
    if re.fullmatch(r"\d{1,2}[hH]\d{2}|[A-Z]{2,}-(?:19|20)\d\d", c.text):
        return True
    ws, b = c.ws, c.b
    if not is_acronym(c.text) or b >= len(ws) or ws[b].sent != ws[c.a].sent or not re.fullmatch(r"\d{1,4}", ws[b].text):
        return False
    after = ws[b + 1].text if b + 1 < len(ws) and ws[b + 1].sent == ws[c.a].sent else ""
    return not (after in ("%", "‰") or fold(after.rstrip(".")) in lx.MONTH_WORDS or lx.FIGURE_UNIT.match(after))


def _house_number(c: _Candidate) -> bool:
    """ "at 300 Slater Street", "300 Slater is assigned to ...": one word right after a house number is an address (a
    year before a name is not one: "in 2019 Microsoft bought")."""
    prev = c.ws[c.a - 1].text if c.a > 0 and c.ws[c.a - 1].sent == c.ws[c.a].sent else ""
    # (nor counted members of a party: "35 UMP, 11 UDI")
    year = re.fullmatch(r"1[89]\d\d|20\d\d", prev)
    return c.single and bool(re.fullmatch(r"\d{1,5}", prev)) and not year and not is_acronym(c.text)


def _part_of_role(c: _Candidate) -> bool:
    """ "ministre des Armées": a ministry's domain after "de" belongs to the role."""
    in_role = all(w in lx.MINISTRY_DOMAINS or w in CONNECTORS for w in c.words)
    # (after an article, only right after a role word: "ministre de l'Economie", not "les régions de l'Europe")
    return in_role and bool(c.prev) and (c.prev[-1] in OF_WORDS or _complement_of_role(c.ws, c.a))


def _role_modifier(c: _Candidate) -> bool:
    """ "un Haut représentant", "le Premier ministre": a capitalised modifier before a role word is the role's."""
    nxt = c.ws[c.b] if c.b < len(c.ws) and c.ws[c.b].sent == c.ws[c.a].sent else None
    return c.single and c.key in lx.ROLE_MODIFIERS and nxt is not None and lx.is_role_head(nxt.text)


def _complement_of_role(ws: list[Word], a: int) -> bool:
    """The words right before are a role word, maybe adjectives, "de" and maybe an article ("maire de")."""
    k = a - 1
    while k >= 0 and fold(ws[k].text) in lx.ARTICLES and ws[k].sent == ws[a].sent:
        k -= 1
    if k < 1 or fold(ws[k].text) not in OF_WORDS or ws[k].sent != ws[a].sent:
        return False
    for j in range(k - 1, max(-1, k - 3), -1):
        if lx.is_role_head(ws[j].text):
            return True
        if not ws[j].text.isalpha():
            return False
    return complement_of_complement(ws, k - 1)  # "directeur de l'Hôpital universitaire de Brno"


def _law_or_event(c: _Candidate) -> bool:
    """Laws, treaties, events, competitions: "Charte de l'ONU", "Ligue des Champions", "Patriot Act"; not a
    given name that is also such a word, before a surname ("President Bill Clinton")."""
    words = c.words[1:] if _given_name_first(c) else c.words
    return any(w in lx.EVENT_WORDS for w in words) or (c.words[-1] in lx.LAW_ENDS and not _given_name_first(c))


def _names_a_programme(c: _Candidate) -> bool:
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


def _given_name_first(c: _Candidate) -> bool:
    """The run opens with a common given name and goes on with one or two capitalised words, none a connector."""
    return (
        c.words[0] in lx.FIRST_NAMES
        and 2 <= c.b - c.a <= 3
        and all(is_cap(w.text) and fold(w.text) not in CONNECTORS for w in c.ws[c.a + 1 : c.b])
    )


def _adjective(c: _Candidate) -> bool:
    """ "New Zealand-born": an adjective made from a name."""
    return c.key.endswith(tuple("-" + s for s in lx.ADJECTIVE_SUFFIXES))


def _group_noun(c: _Candidate) -> bool:
    """ "les Unionistes", "les Marseillais", "the Democrats": party members and people of a place."""
    # (the word as written: "à Sancoins" folds to the English article "a")
    before = c.ws[c.a - 1].text.lower().replace("’", "'") if c.prev else ""
    after_det = not c.prev or before in DETERMINERS or c.prev[-1] in lx.ROLE_MODIFIERS
    return c.single and (c.key in lx.PARTISANS or (lx.is_demonym(c.key) and after_det))


def _plural_acronym(c: _Candidate) -> bool:
    """ "Tory MPs", "les ONGs", "MEPs": an acronym in the plural counts people or bodies, it names none."""
    return bool(_PLURAL_ACRONYM.fullmatch(c.text.split()[-1]))


def _acronym_after_noun(c: _Candidate) -> bool:
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
        and not _org_head_before(c.ws, c.a, c.b)  # "le groupe PSA", "les organisations de jeunesse FIDL"
    )


_REGION_CODE = re.compile(r"[A-Z]{1,2}")


def _region_code(ws: list[Word], k: int) -> bool:
    """ "Rümlang (ZH)", "Elkton (MD)", "Toscane (I)": one or two capitals alone in parentheses right after a
    capitalised word are the code of its canton, state or country (not a news agency's dateline, "LONDON (AP)",
    nor the initials of the name before it, "European Union (EU)", "Front national (FN)")."""
    if not (0 < k < len(ws) - 1 and ws[k - 1].text == "(" and ws[k + 1].text == ")" and k >= 2):
        return False
    code, before = ws[k].text, ws[k - 2]
    if not _REGION_CODE.fullmatch(code) or fold(code) in lx.NEWS_AGENCIES or before.sent != ws[k].sent:
        return False
    if not is_cap(before.text) or fold(before.text) in lx.ORG_WORDS:
        return False
    # the initials of the words before the parenthesis, which an acronym would spell ("Parti socialiste (PS)")
    words = [w.text for w in ws[max(0, k - 2 - len(code) - 2) : k - 1] if w.sent == ws[k].sent and w.text.isalpha()]
    initials = "".join(w[0].upper() for w in words if fold(w) not in lx.CONNECTORS)
    return not initials.endswith(code)


def _code_after_town(c: _Candidate) -> bool:
    """ "à Münsingen (BE)": a canton's, a state's or a country's code after a town names no organisation."""
    return c.single and _region_code(c.ws, c.a)


def _peer_s_seat(c: _Candidate) -> bool:
    """ "the Duke of Kent", "Prince of Wales", "the Duke and Duchess of Sussex", "le prince de Galles": the name after
    a peer's title and "of" is part of the title, no place or body of the article; and the title alone after an
    article ("the Duchess", "the Duke met veterans") names a person, no body."""
    ws, k = c.ws, c.a - 1
    if c.single and c.words[0] in lx.PEERAGE_TITLES:
        return k >= 0 and ws[k].sent == ws[c.a].sent and fold(ws[k].text) in lx.ARTICLES
    if k < 1 or ws[k - 1].sent != ws[c.a].sent or fold(ws[k].text) not in OF_WORDS:
        return False
    return is_cap(ws[k - 1].text) and fold(ws[k - 1].text) in lx.PEERAGE_TITLES


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


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # "super PACs", "Tory MPs"


def common_acronyms(ws: list[Word]) -> set[str]:
    """Acronyms the text uses as common nouns, folded: in the plural ("super PACs"), counted ("des TGV", "une AG",
    "150 000 GNF"), or spelt out in lower case ("fournisseurs d'accès à Internet (FAI)", "PACES (première année
    commune des études de santé)"). An organisation is named, not counted, and its name is capitalised."""
    found = set()
    for k, w in enumerate(ws):
        text = w.text.replace(".", "")
        if _PLURAL_ACRONYM.fullmatch(text):
            found |= {fold(text), fold(text[:-1])}
            continue
        if not is_acronym(text) or lx.is_place(text) or fold(text) in lx.KNOWN_ORGS:
            continue
        prev = ws[k - 1].text if k > 0 and ws[k - 1].sent == w.sent else ""
        amount = re.fullmatch(r"\d[\d.,]*", prev) and fold(text) in lx.CURRENCY_CODES  # "150 000 GNF"
        if fold(prev) in lx.COUNTING_DETERMINERS or amount or _spelt_in_lower_case(ws, k):
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


def _party_and_state(c: _Candidate) -> bool:
    """ "Sen. Mike Braun, R-Ind., said", "Rep. Jane Roe (D-Calif.)": a lawmaker's party and state, no name."""
    return c.single and bool(lx.PARTY_AND_STATE.fullmatch(c.text))


def _disease(c: _Candidate) -> bool:
    """ "the first COVID-19 death", "l'épidémie de choléra": a disease is no participant."""
    return c.key in lx.DISEASES


def _call_to_action(c: _Candidate) -> bool:
    """ "Retrouvez l'agenda du préfet", "Subscribe now": the site speaks to its reader, naming no one."""
    return c.single and c.key in lx.CALLS_TO_ACTION


def _storm(c: _Candidate) -> bool:
    """ "la tempête Ciaran", "Storm Ciarán", "Hurricane Ian": a storm's name is no participant."""
    before = fold(c.ws[c.a - 1].text) if c.a > 0 and c.ws[c.a - 1].sent == c.ws[c.a].sent else ""
    return before in lx.STORM_NOUNS or (not c.single and c.words[0] in lx.STORM_NOUNS)


def _weekday_phrase(c: _Candidate) -> bool:
    """ "Late Friday the nurses said ...", "Vendredi soir": a weekday and the words that place it in time, no name."""
    return any(w in lx.WEEKDAYS for w in c.words) and all(w in lx.WEEKDAYS | lx.TIME_QUALIFIERS for w in c.words)


_NOT_A_NAME = (
    _not_name_shaped,
    _party_and_state,
    _disease,
    _storm,
    _call_to_action,
    _weekday_phrase,
    _amount,
    _numbered,
    _house_number,
    _part_of_role,
    _role_modifier,
    _law_or_event,
    _names_a_programme,
    _adjective,
    _group_noun,
    _plural_acronym,
    _acronym_after_noun,
    _code_after_town,
    _peer_s_seat,
)


# --- cues to the label, asked in this order; the first that speaks decides


def _institution(c: _Candidate) -> _Evidence | None:
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
    at_place = fold(before) in _PLACE_PREPOSITIONS | lx.NEAR_PLACE
    if at_place and (_holding_office(c, k) or _voices_of_the_seat(c, k)):
        return _Evidence(ORG)
    verb_object = before.isalpha() and before.islower() and fold(before) not in lx.STOP_WORDS | OF_WORDS
    return _Evidence(LOC if (at_place or verb_object) and not c.acting else ORG)


def _holding_office(c: _Candidate, k: int) -> bool:
    """ "after serving in the White House", "depuis son arrivée à l'Élysée": the seat is the office held, not a
    building someone is received in."""
    return k >= 1 and c.ws[k - 1].sent == c.ws[c.a].sent and fold(c.ws[k - 1].text) in lx.OFFICE_WORDS


def _voices_of_the_seat(c: _Candidate, k: int) -> bool:
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


def _team(c: _Candidate) -> _Evidence | None:
    """ "battu X 3-0", "à 4 points de X", "X (27 pts)", "le succès contre X", "the match against X": a name a match
    report sets against another, by a score or a standing right after or before it, or after an opponent's word in
    a sentence about a match, is a team (not a person named with a given name: "the final against Jane Roe")."""
    ws, a, b, sent = c.ws, c.a, c.b, c.ws[c.a].sent
    if c.honorific or (not c.single and c.words[0] in lx.FIRST_NAMES):
        return None
    team = _Evidence(ORG, team=True)
    after = [w.text for w in ws[b : b + 4] if w.sent == sent]
    if after[:1] and _SCORE.fullmatch(after[0]) and c.words[-1] not in lx.MONTH_WORDS:
        return team  # (after a month, days: "July 15-24")
    if len(after) >= 3 and after[0] == "(" and after[1].isdigit() and fold(after[2]) in lx.STANDING_NOUNS:
        return team
    before = [fold(w.text) for w in ws[max(0, a - 3) : a] if w.sent == sent]
    if len(before) >= 3 and before[-1] in lx.STANDING_PREPOSITIONS and before[-2] in lx.STANDING_NOUNS:
        # a gap in points ("à 3 points de X", "un point derrière X"), not "les points de X"
        return team if before[-3] not in lx.ROLE_DETERMINERS | DETERMINERS else None
    if before and before[-1] in lx.ROLE_DETERMINERS | DETERMINERS:
        before = before[:-1]  # "face à un Chelsea trop prévisible"
    opposed = any(tuple(before[-len(words_) :]) == words_ for words_ in lx.OPPONENT_WORDS if len(before) >= len(words_))
    if not opposed:
        return None
    in_sentence = [w.text for w in ws if w.sent == sent]
    match = any(fold(w) in lx.MATCH_NOUNS or _SCORE.fullmatch(w) for w in in_sentence)
    return team if match else None


def _fixture(c: _Candidate) -> _Evidence | None:
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
    return _Evidence(ORG, team=True) if span in sides else None


@cache
def _fixture_line() -> re.Pattern[str]:
    rank = r"\(\d{1,2}(?:" + "|".join(re.escape(s) for s in sorted(lx.RANK_SUFFIXES, key=len, reverse=True)) + r")\)"
    name = r"[^\W\d][^()\n]*?"
    return re.compile(rf"\s*(?P<x>{name})\s*{rank}\s*[-–—]\s*(?P<y>{name})\s*{rank}\s*", re.IGNORECASE)


def _known_person(c: _Candidate) -> _Evidence | None:
    """ "M. Le Maire", and "Le Maire" alone once the text has shown it is a surname."""
    return _Evidence(PER) if c.honorific or c.names.get(c.key) else None


def _gazetteer(c: _Candidate) -> _Evidence | None:
    """A place the gazetteer knows, or one word shaped like a town's name ("Pont-à-Mousson")."""
    return _Evidence(LOC) if c.place or (c.single and lx.town_shaped(c.text)) else None


_STATE_SHORT = re.compile(r"(?:[A-Z]\.){2}|[A-Z][a-z]{1,4}\.")


def _state_after_town(c: _Candidate) -> _Evidence | None:
    """ "in Charleston, S.C., a jury ...", "police in Ferguson, Mo.": an abbreviation with its full stops after a town
    and a comma, closing the phrase, is the town's state (not a title, a suffix or a company's form: "Smith, Jr.",
    "Acme, Inc.")."""
    ws, a = c.ws, c.a
    if not c.single or a < 2 or ws[a - 1].text != ",":
        return None
    short, after = ws[a].text, a + 1
    if after < len(ws) and ws[after].text == "." and ws[after].start == ws[a].end:
        short, after = short + ".", after + 1  # "Tex." cut by the tokenizer before its full stop
    if not _STATE_SHORT.fullmatch(short):
        return None
    if short.lower() in lx.ABBREVIATIONS or fold(short) in lx.HONORIFICS | set(lx.ROLE_ABBREVIATIONS):
        return None
    nxt = ws[after].text if after < len(ws) and ws[after].sent == ws[a].sent else "."
    town = ws[a - 2]
    closes = nxt in (",", ".", ";", ")") or not any(ch.isalnum() for ch in nxt)
    return _Evidence(LOC) if town.sent == ws[a].sent and is_cap(town.text) and closes else None


def _compass_place(c: _Candidate) -> _Evidence | None:
    """ "Southern California", "East Asia", "Caucase du Sud": a point of the compass and a known place name a region."""
    if c.single or _qualifies_next(c.ws, c.b, c.ws[c.a].sent):
        return None
    words = c.text.split()
    before = c.words[0] in lx.COMPASS_WORDS and lx.is_place(" ".join(words[1:]))
    after = len(words) >= 3 and c.words[-1] in lx.COMPASS_WORDS and c.words[-2] in OF_WORDS
    return _Evidence(LOC) if before or (after and lx.is_place(" ".join(words[:-2]))) else None


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
        if _qualifies_next(ws, b, m.sent):
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
    alone is no place ("le président de la République")."""
    states: list[Mention] = []
    for k, w in enumerate(ws):
        if fold(w.text) not in lx.STATE_HEADS or not is_cap(w.text) or (states and k < states[-1].wb):
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
        b = end
        text = doc_text(doc)[ws[a].start : ws[b - 1].end]
        states.append(Mention(text, LOC, ws[a].start, ws[b - 1].end, ws[a].i, ws[b - 1].j, w.sent, a, b))
    kept = [m for m in mentions if not any(s.wa < m.wb and m.wa < s.wb for s in states)]
    return sorted(kept + states, key=lambda m: m.start)


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


def _qualifies_next(ws: list[Word], b: int, sent: int) -> bool:
    """The words before `b` qualify what follows: a place noun or a longer name ("the northern Illinois town",
    "Northern and central California counties", "the East Asia Summit"), so a compass point there names no region."""
    if b >= len(ws) or ws[b].sent != sent:
        return False
    after = fold(ws[b].text)
    singular = after[:-3] + "y" if after.endswith("ies") else after
    return is_cap(ws[b].text) or _place_noun_word(singular)


def _town_and_department(c: _Candidate) -> _Evidence | None:
    """ "lycée Utrillo (Stains, 93)": a name in parentheses with a department's number after a comma is a town."""
    ws, a, b = c.ws, c.a, c.b
    if a < 1 or b + 2 >= len(ws) or ws[a - 1].text != "(" or ws[b].text != "," or ws[b + 2].text != ")":
        return None
    return _Evidence(LOC) if re.fullmatch(r"\d{2,3}|2[AB]", ws[b + 1].text) else None


def _town_and_region(c: _Candidate) -> _Evidence | None:
    """ "Rorschach (SG)", "Beaucaire (Gard)", "Dover (Delaware)": one word, then in parentheses its region's code or
    a region the gazetteer knows (not a country: "Touadéra (Centrafrique)" lists a leader by his country)."""
    ws, b = c.ws, c.b
    if not c.single or b + 2 >= len(ws) or ws[b].text != "(" or is_acronym(c.text) or not is_cap(ws[b + 1].text):
        return None  # ("la COR (Le Port)": a body, then where it sits; "Taraf de Caliu (ex Haïdouks)")
    close = next((n for n in range(b + 2, min(len(ws), b + 6)) if ws[n].text == ")"), None)
    if close is None or ws[close].sent != ws[c.a].sent:
        return None
    inner = doc_text(c.doc)[ws[b + 1].start : ws[close - 1].end]
    known = lx.is_place(inner) or (c.has_ner and ent_label(c.doc, ws[b + 1].i, ws[close - 1].j) == LOC)
    region = known and not lx.is_country(inner) and not _REGION_CODE.fullmatch(inner)
    return _Evidence(LOC) if (close == b + 2 and _region_code(ws, b + 1)) or region else None


def _place_noun(c: _Candidate) -> _Evidence | None:
    """ "la localité de Zébéla", "une sous-préfecture de Macenta", "the town of Ripley": a place noun, "de", a name;
    or the noun right before it."""
    prev = [p for p in _previous_words(c.ws, c.a, LIMITS.place_context_words) if p not in lx.ARTICLES]
    if (
        len(prev) >= 2
        and prev[-1] in OF_WORDS
        and (_place_noun_word(prev[-2]) or (len(prev) >= 3 and _place_noun_word(prev[-3]) and prev[-2].islower()))
    ):  # "la région de Koursk", "les localités de Pokrovsk", "la région russe de Koursk"
        return _Evidence(LOC)
    if _listed_after_place_noun(c):
        return _Evidence(LOC)
    # Rules alone: "the Nepali capital Kathmandu", the noun right before the name, written in lower case (not an
    # institution of the place: "the state Senate"); a recogniser reads these itself
    right_before = (
        not c.has_ner and c.a > 0 and c.ws[c.a - 1].text.islower() and fold(c.ws[c.a - 1].text) in lx.PLACE_NOUNS
    )
    institution = any(w in lx.ORG_WORDS or lx.is_role_head(w) for w in c.words)
    return _Evidence(LOC) if right_before and c.ws[c.a - 1].sent == c.ws[c.a].sent and not institution else None


def _place_noun_word(word: str) -> bool:
    """A place noun, singular or plural ("localité", "localités", "towns")."""
    return word in lx.PLACE_NOUNS or (word[-1:] in ("s", "x") and word[:-1] in lx.PLACE_NOUNS)


_LIST_REACH = 12  # words back over a list of names to the place noun that heads it


def _listed_after_place_noun(c: _Candidate) -> bool:
    """A name listed after the first of several names a plural place noun introduces ("autour des localités de
    Pokrovsk, Kourakhové et Koupiansk", "the towns of Bakhmut, Soledar and Avdiivka"): a place too."""
    ws, k = c.ws, c.a - 1
    if k < 0 or not (ws[k].text == "," or fold(ws[k].text) in lx.AND_WORDS):
        return False
    while k >= max(0, c.a - _LIST_REACH) and ws[k].sent == ws[c.a].sent:
        word = fold(ws[k].text)
        if word in OF_WORDS:
            return (
                k > 0
                and ws[k - 1].text.islower()
                and _place_noun_word(fold(ws[k - 1].text))
                and fold(ws[k - 1].text) not in lx.PLACE_NOUNS
            )  # plural: a list
        if not (ws[k].text == "," or word in lx.AND_WORDS or ws[k].text[:1].isupper()):
            return False
        k -= 1
    return False


def _after_demonym(c: _Candidate) -> _Evidence | None:
    """ "le Guinéen Alpha Condé", "l'Érythréen Issayas Afewerki": a place's person named by an article and a demonym,
    then a given name and a surname: the person (a recogniser may read the whole as a place)."""
    k = c.a - 1
    if c.single or c.b - c.a > LIMITS.role_name_words or k < 1 or c.ws[k].sent != c.ws[c.a].sent:
        return None
    nationality = lx.is_nationality(c.ws[k].text) and fold(c.ws[k - 1].text) in lx.SINGULAR_ARTICLES
    demonym = demonym_after_article(c.ws, k) or nationality
    return _Evidence(PER) if demonym and is_cap(c.ws[k].text) else None


def _initials_with_ampersand(c: _Candidate) -> _Evidence | None:
    """ "PG&E", "AT&T", "S&P", "M&S": capitals joined by an ampersand name a company."""
    return _Evidence(ORG) if c.single and re.fullmatch(r"[A-Z]{1,4}&[A-Z]{1,4}", c.text) else None


def _venue(c: _Candidate) -> _Evidence | None:
    """ "Stade de la Mosson", "Forbidden City": a venue word first, or last in several words. A building's name
    after a place preposition is where something happens ("at the Montego Bay Convention Centre", "à la Maison de
    la radio")."""
    first = c.words[0].split("-")[-1] in lx.VENUE_WORDS | lx.LOWER_VENUE_HEADS
    # ("le centre culturel de Dakar": a word that heads a venue only with a qualifier, in lower case)
    first = first or (c.text[:1].islower() and c.words[0] in lx.QUALIFIED_VENUE_HEADS)
    # ("the Port Authority of Kingston", "Airport Authority": the venue word, then the body that runs it; "the Bay Area
    # News Group": a body's word closing the name, no "of" between, heads it)
    body_last = c.words[-1] in lx.ORG_WORDS and not any(w in CONNECTORS for w in c.words)
    first = first and not (len(c.words) > 1 and (c.words[1] in lx.ORG_WORDS or body_last))
    last = not c.single and c.words[-1] in lx.VENUE_WORDS | lx.VENUE_ENDS
    building = not c.single and (c.words[0] in lx.BUILDING_WORDS or c.words[-1] in lx.BUILDING_WORDS)
    return _Evidence(LOC) if first or last or (building and _after_place_preposition(c)) else None


def _organisation_word(c: _Candidate) -> _Evidence | None:
    """An acronym alone, an organisation word inside ("Banque de France") or first ("World Athletics"), a known
    organisation's variant."""
    acronym = is_acronym(c.text.replace("-", "")) and c.single
    org_word = any(w in lx.ORG_WORDS for w in c.words) or (not c.single and c.words[0] in lx.ORG_OPENERS)
    return _Evidence(ORG) if acronym or org_word or c.key in lx.KNOWN_ORGS else None


_OWNED_NAME_WORDS = 2  # a platform's name after its noun ("la plateforme Truth Social")


def _owner(c: _Candidate) -> _Evidence | None:
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
    return _Evidence(ORG) if after or before else None


def _shareholding(c: _Candidate) -> _Evidence | None:
    """ "vendre 3,12 % de Safran", "a 5 per cent stake ... 2% of Acme": one name a share is counted of is a company."""
    ws, a = c.ws, c.a
    if not c.single or a < 2 or ws[a - 2].sent != ws[a].sent or fold(ws[a - 1].text) not in OF_WORDS:
        return None
    return _Evidence(ORG) if ws[a - 2].text.endswith("%") or fold(ws[a - 2].text) in lx.PERCENT_WORDS else None


def _employer(c: _Candidate) -> _Evidence | None:
    """ "Hibernian manager Pat Fenlon", "Westfield captain Jane Roe": one name before a lower-case staff role and a
    person's capitalised name is who they work for (a place there is the gazetteer's, spoken before)."""
    ws, b = c.ws, c.b
    if not c.single or b + 1 >= len(ws) or ws[b + 1].sent != ws[c.a].sent or not is_cap(ws[b + 1].text):
        return None
    staff = ws[b].text.islower() and fold(ws[b].text) in lx.STAFF_ROLES  # (not "Democratic candidate Jane Roe")
    party = c.key in lx.PARTISANS or lx.is_nationality(c.key) or c.key in lx.ROLE_MODIFIERS
    return _Evidence(ORG) if staff and not party and not _adjective(c) else None


def _listed_after_organisation_noun(c: _Candidate) -> _Evidence | None:
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
    return _Evidence(ORG) if head in lx.ORG_HEADS and head.endswith("s") and ws[n - 1].text.islower() else None


def _membership(c: _Candidate) -> _Evidence | None:
    """ "ten members of Youth Demand", "des militants de Dernière Rénovation": what people are members of is an
    organisation (not a person's own group: "members of Jane Roe's family")."""
    ws, k = c.ws, c.a - 1
    while k >= 0 and fold(ws[k].text) in lx.ARTICLES and ws[k].sent == ws[c.a].sent:
        k -= 1
    if k < 1 or fold(ws[k].text) not in OF_WORDS or ws[k - 1].sent != ws[c.a].sent:
        return None
    # (nor the head of a longer name cut before its complement: "Members of the House of Commons")
    owner = c.b < len(ws) and (ws[c.b].text in ("'s", "’s") or fold(ws[c.b].text) in OF_WORDS)
    return _Evidence(ORG) if fold(ws[k - 1].text) in lx.MEMBER_NOUNS and not owner and not c.place else None


def _medium(c: _Candidate) -> _Evidence | None:
    """ "a-t-il écrit sur Twitter", "a assuré ... sur franceinfo", "said on Twitter on Tuesday": one name a statement
    is made on is an outlet or a platform."""
    ws, a = c.ws, c.a
    if not c.single or a < 2 or fold(ws[a - 1].text) not in lx.MEDIUM_PREPOSITIONS:
        return None
    before = [fold(w.text) for w in ws[max(0, a - 1 - LIMITS.medium_reach) : a - 1] if w.sent == ws[a].sent]
    return _Evidence(ORG) if any(w in lx.MEDIUM_VERBS for w in before) else None


def _listed_organisation(c: _Candidate) -> _Evidence | None:
    """ "les organisations syndicales FSU et Solidaires": one name coordinated with the organisation an organisation
    noun introduces is one too."""
    ws, a = c.ws, c.a
    if not c.single or a < 3 or fold(ws[a - 1].text) not in lx.AND_WORDS or ws[a - 2].sent != ws[a].sent:
        return None
    return _Evidence(ORG) if is_acronym(ws[a - 2].text) and _org_head_before(ws, a - 2, a - 1) else None


_LIST_ITEMS = 8  # items of a list read on each side of a name ("la CGT, FO, la CFE-CGC, la FSU, Solidaires")


def _list_neighbours(ws: list[Word], a: int, b: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The other items of the list of names the words [a, b) stand in ("la CGT, FO, la FSU, Solidaires et ...",
    "AT&T, Comcast, T-Mobile and others"), before and after them: capitalised runs joined by commas and "and", each
    maybe after an article or "de" ("de la FNTR, de l'OTRE et de Transfroid"), an "and" among the links (commas
    alone list an address: "Bradley Farm, Farley, Shropshire"); none when the words are in no such list (a neighbour
    that is not a name ends it on its side)."""
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
    return (before, after) if joined else ([], [])


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


def _listed_with_organisations(c: _Candidate) -> _Evidence | None:
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
    return _Evidence(ORG) if not places and any(_organisation_shaped(c.ws, i, j) for i, j in items) else None


def _after_near_place(c: _Candidate) -> _Evidence | None:
    """Rules alone: two capitalised words or more right after "in", "at" or "near" ("In Phnom Penh, the minister
    will ...") are a place, unless a common given name opens them or they own what follows ("in John Smith's
    view")."""
    if c.has_ner or c.single or not c.prev or c.prev[-1] not in lx.NEAR_PLACE or c.words[0] in lx.FIRST_NAMES:
        return None
    nxt = fold(c.ws[c.b].text) if c.b < len(c.ws) and c.ws[c.b].sent == c.ws[c.a].sent else ""
    # ("swiping at Jane Roe, whose ...", "at Jane Roe's home": a person)
    person = nxt in ("'s", "’s") or nxt in lx.PERSON_RELATIVES or nxt == "," and _relative_after_comma(c)
    return None if person else _Evidence(LOC)


def _relative_after_comma(c: _Candidate) -> bool:
    return c.b + 1 < len(c.ws) and fold(c.ws[c.b + 1].text) in lx.PERSON_RELATIVES


def _role(c: _Candidate) -> _Evidence | None:
    """ "le ministre des Armées Sébastien Lecornu": a role phrase right before a short run; but after the role word
    and "de", one proper noun, or a name the recogniser reads as a place or an organisation, is the role's
    complement ("le maire de Bourges", "chairman of Unilever"), not its holder."""
    # (a common noun there is the role's own word; without a recogniser, one capitalised word is the complement:
    # "an Inspector of Schools")
    proper = not c.has_ner or c.doc[c.ws[c.a].i].pos_ == "PROPN"
    # (by rules alone, words after the role's "of" that open with no given name are its field: "associate professor
    # of Social Welfare")
    unnamed = not c.has_ner and not _given_name_first(c)
    if proper and (c.spacy_label in (LOC, ORG) or c.single or unnamed) and _complement_of_role(c.ws, c.a):
        return None
    if c.spacy_label == LOC and _after_lowercase_place_noun(c):
        return None  # "recteur de la région académique Auvergne-Rhône-Alpes": the region, named after its noun
    if _inside_a_name(c.ws, c.a):
        return None
    return _Evidence(PER) if _role_before(c.doc, c.ws, c.a) and c.b - c.a <= LIMITS.role_name_words else None


_NAME_LINKS = CONNECTORS | lx.ROLE_OF_WORDS | lx.ORG_CONNECTORS  # words inside a longer name: "of", "for", "on"


def _firm_of_role(c: _Candidate) -> _Evidence | None:
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
    return _Evidence(ORG) if any(fold(w.text) in lx.FIRM_ROLES for w in roles[-2:]) and not longer else None


def _after_lowercase_place_noun(c: _Candidate) -> bool:
    """A place noun in lower case right before the name, or with one adjective between ("la région académique X")."""
    for k in (c.a - 1, c.a - 2):
        if k < 0 or c.ws[k].sent != c.ws[c.a].sent or not c.ws[k].text.isalpha() or not c.ws[k].text.islower():
            return False
        if _place_noun_word(fold(c.ws[k].text)):
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


def _cited_source(c: _Candidate) -> _Evidence | None:
    """ "selon Marianne", "according to Reforma", "une information de Mediapart", "with reports from Reforma": one
    word cited as a source is an outlet (a person cited so is named in full, and a surname joins its person)."""
    if c.place or len(c.prev) < 1:
        return None
    if not c.single:
        # "reports from Reforma and El Economista": a name coordinated with a cited outlet is one too
        joined = c.prev[-1] in lx.AND_WORDS and c.b - c.a <= 3 and c.a >= 2 and c.ws[c.a - 2].sent == c.ws[c.a].sent
        # "les révélations de Jeune Afrique": what reports or reveals is an outlet, in any number of words
        return _Evidence(ORG) if (joined and _cited_at(c.ws, c.a - 2)) or _reported_by(c.ws, c.a) else None
    return _Evidence(ORG) if _cited_at(c.ws, c.a) else None


def _cited_at(ws: list[Word], k: int) -> bool:
    """The one capitalised word at `k` is cited as a source: "selon X", "according to X", "reports from X"."""
    if not is_cap(ws[k].text):
        return False
    prev = _previous_words(ws, k, LIMITS.context_words)
    cited = bool(prev) and (prev[-1] in lx.ACCORDING_TO or (len(prev) >= 2 and prev[-2] in lx.ACCORDING_TO))
    return cited or _reported_by(ws, k)


def _reported_by(ws: list[Word], k: int) -> bool:
    """The name at `k` follows a report noun and its "of" ("une information de X", "reports from X")."""
    prev = _previous_words(ws, k, LIMITS.context_words)
    return len(prev) >= 2 and prev[-2] in lx.SOURCE_NOUNS and prev[-1] in OF_WORDS | _PLACE_PREPOSITIONS


def _apposed_role(c: _Candidate) -> _Evidence | None:
    """ "Pouria Amirshahi, député socialiste ...", "Jane Roe, a senior fellow at ...": a name of two words or more
    with a role in apposition right after it (a comma, maybe a determiner, then the role word)."""
    if c.single or c.b + 1 >= len(c.ws) or c.ws[c.b].text != "," or c.ws[c.b + 1].sent != c.ws[c.a].sent:
        return None
    k = c.b + 1
    if fold(c.ws[k].text) in lx.ROLE_DETERMINERS:
        k += 1
    nxt = [w for w in c.ws[k : k + 2] if w.sent == c.ws[c.a].sent]
    heads = [w for w in nxt if lx.is_role_head(w.text) and w.text[:1].islower()]
    return _Evidence(PER) if heads else None


def _organisation_noun(c: _Candidate) -> _Evidence | None:
    """ "le groupe KNDS", "Nexter, la filiale ...": an organisation noun before or in apposition; not before a
    common given name and a surname ("his political rival Joe Biden")."""
    person = c.words[0] in lx.FIRST_NAMES and 2 <= c.b - c.a <= 3
    return _Evidence(ORG) if _org_head_before(c.ws, c.a, c.b) and not person else None


def _given_name_and_surname(c: _Candidate) -> _Evidence | None:
    """ "Marine Le Pen", "Ursula von der Leyen": a given name, particles, a surname."""
    if c.spacy_label not in (None, PER) or surname_start(c.doc, c.ws, c.a, c.b, c.lang) <= c.a:
        return None
    return _Evidence(PER, tentative=not c.has_ner and c.words[0] not in lx.FIRST_NAMES)


def _known_town(c: _Candidate) -> _Evidence | None:
    """ "a hearing in Fremont", "Raipur": a town of the world list, unless the recogniser reads a person or an
    organisation there ("Nokia" is a town too, and "Moreno" a surname in a list of ministers)."""
    return _Evidence(LOC, by_town_list=True) if c.town and c.spacy_label in (None, LOC) else None


def _recogniser(c: _Candidate) -> _Evidence | None:
    """spaCy's vote, when no context cue spoke; not its person for one word after a role word and "de" (it reads
    "Maire de Bourges" as one person's name)."""
    if c.spacy_label == PER and c.single and _complement_of_role(c.ws, c.a):
        return None
    return _Evidence(c.spacy_label) if c.spacy_label in (PER, ORG, LOC) else None


def _capitalised_words(c: _Candidate) -> _Evidence | None:
    """Rules alone: two or more capitalised words with no other cue are most often a person, but not after
    "the" ("the Mavi Marmara"); "John Elway" needs no more evidence, other names do."""
    if c.has_ner or c.b - c.a < 2 or not all(is_cap(w.text) or is_particle(w.text) for w in c.ws[c.a : c.b]):
        return None
    if c.prev and c.prev[-1] in lx.SINGULAR_ARTICLES or _inside_a_name(c.ws, c.a):
        return _Evidence(None)  # "the Mavi Marmara"; "the Universal Declaration of Human Rights"
    return _Evidence(PER, tentative=c.words[0] not in lx.FIRST_NAMES)


def _lone_capitalised_word(c: _Candidate) -> _Evidence | None:
    """Rules alone, one word inside a sentence: a place after "in", an organisation when it owns or acts."""
    if c.has_ner or not c.single or c.at_start or len(c.key) < LIMITS.lone_word_chars:
        return None
    ws, b = c.ws, c.b
    nxt = ws[b].text if b < len(ws) else "."
    loose_end = not any(ch.isalnum() for ch in nxt) or nxt in _AFTER_PLACE
    if c.prev and c.prev[-1] in lx.NEAR_PLACE and loose_end:
        return _Evidence(LOC)  # "died in Ripley, Derbyshire"
    return _Evidence(ORG if (b < len(ws) and ws[b].text in ("'s", "’s")) or c.acting else None)


_LABEL_CUES = (
    _institution,
    _team,
    _fixture,
    _known_person,
    _gazetteer,
    _state_after_town,
    _compass_place,
    _town_and_department,
    _town_and_region,
    _place_noun,
    _after_demonym,
    _initials_with_ampersand,
    _venue,
    _organisation_word,
    _owner,
    _shareholding,
    _employer,
    _medium,
    _membership,
    _listed_organisation,
    _listed_after_organisation_noun,
    _listed_with_organisations,
    _after_near_place,
    _role,
    _firm_of_role,
    _organisation_noun,
    _cited_source,
    _apposed_role,
    _given_name_and_surname,
    _known_town,
    _recogniser,
    _capitalised_words,
    _lone_capitalised_word,
)


# --- a lone word needs support


def _needs_support(c: _Candidate, label: str) -> bool:
    """A lone word without an honorific (or a lone place the gazetteer does not know) must be backed up."""
    return c.single and not c.honorific and label != LOC or c.single and label == LOC and not (c.place or c.town)


def _common_word(c: _Candidate, label: str, stop_words: frozenset[str], lowercase_forms: set[str]) -> bool:
    """The text writes it in lower case too, it opens a sentence as a stop word, or the tagger reads a noun
    with no role or leader noun before it ("Initiatives", "Village", "Loin")."""
    if c.key in lowercase_forms or (c.at_start and c.key in {fold(w) for w in stop_words}):
        return True
    prev = c.prev
    backed = bool(prev) and (lx.is_role_head(prev[-1]) or prev[-1] in _LEADER_NOUNS)
    # "à Morhange": the tagger reads an unknown town as a noun; a place after a place preposition is one
    backed = backed or label == LOC and (_after_place_preposition(c) or _place_noun(c) is not None)
    backed = backed or label == LOC and _place_by_its_line(c)
    noun = c.has_ner and c.doc[c.ws[c.a].i].pos_ == "NOUN"
    return noun and label != ORG and c.key not in lx.INSTITUTIONS and not backed and not lx.town_shaped(c.text)


def _after_place_preposition(c: _Candidate) -> bool:
    bare = [p for p in _previous_words(c.ws, c.a, LIMITS.place_context_words) if p not in lx.ARTICLES]
    return bool(bare) and bare[-1] in _PLACE_PREPOSITIONS


def _place_without_context(c: _Candidate, label: str) -> bool:
    """ "avec Pires", "régiment de Tirailleurs": spaCy's place with no place preposition before it."""
    if label != LOC or c.place or c.town or c.key in lx.INSTITUTIONS or lx.town_shaped(c.text) or _place_noun(c):
        return False
    if _place_by_its_line(c) or _state_after_town(c):
        return False
    return c.at_start or not _after_place_preposition(c)


def _place_by_its_line(c: _Candidate) -> bool:
    """A town in a programme's list of places, or with its department's number."""
    return _listed_with_a_place(c) or _town_and_department(c) is not None or _town_and_region(c) is not None


def _listed_with_a_place(c: _Candidate) -> bool:
    """ "Mardi 6 mai : Les Fontaines et Vernon", "Jeudi : Tours, Amboise, Chinon": one word in a line that only lists
    names (after a colon, if any), next to a place the gazetteer knows or the recogniser reads as one."""
    ws, a, b = c.ws, c.a, c.b
    links = {","} | lx.AND_WORDS
    line = [w for w in ws if w.sent == ws[a].sent]
    colon = max((n for n, w in enumerate(line) if w.text == ":"), default=-1)
    listed = line[colon + 1 :]
    if not listed or not all(is_cap(w.text) or fold(w.text) in links | lx.ARTICLES for w in listed):
        return False

    def place_at(n: int) -> bool:
        if not 0 <= n < len(ws) or ws[n].sent != ws[a].sent or not is_cap(ws[n].text):
            return False
        return bool(lx.place_name(ws[n].text, c.lang)) or ent_label(c.doc, ws[n].i, ws[n].j) == LOC

    before = a >= 2 and fold(ws[a - 1].text) in links and place_at(a - 2)
    after = b + 1 < len(ws) and fold(ws[b].text) in links and place_at(b + 1)
    return c.single and c.has_ner and (before or after)


def _product(c: _Candidate, label: str) -> bool:
    """ "les canons Caesar", "des Caesar": a product after a determiner or a noun, not a person ("le général
    Dran" is one)."""
    prev = c.prev
    if label != PER or not prev:
        return False
    after_noun = (
        c.has_ner
        and c.doc[c.ws[c.a - 1].i].pos_ == "NOUN"  # (prev is of this sentence, so a > 0)
        and not lx.is_role_head(prev[-1])
        and prev[-1] not in _LEADER_NOUNS
    )
    return prev[-1] in DETERMINERS or after_noun


def _unsupported_lone_word(c: _Candidate, label: str, stop_words: frozenset[str], lowercase_forms: set[str]) -> bool:
    """A lone capitalised word is a common noun or a sentence opener unless the context backs it up."""
    return _needs_support(c, label) and (
        _common_word(c, label, stop_words, lowercase_forms) or _place_without_context(c, label) or _product(c, label)
    )


def _mention(c: _Candidate, evidence: _Evidence, label: str) -> Mention | None:
    """The mention of the candidate as typed: a place without "ex-", an organisation with its complements."""
    a, b, ws, text = c.a, c.b, c.ws, c.text
    if label == LOC and re.match(r"(?i)ex-", text):
        text = text[3:]  # "l'ex-hôtel Adriatik" is the hôtel Adriatik
    if label == ORG:
        b = _extend_org(c.doc, ws, b, c.has_ner, holder_after=_complement_of_role(ws, a))
        text = doc_text(c.doc)[ws[a].start : ws[b - 1].end]
        if b - a == 1 and c.key in lx.GENERIC_ORG_WORDS and not is_acronym(text) and not _the_institution(c):
            return None  # "l'Organisation", "la Cour" alone: a fragment of a longer name
        if fold(text) in lx.MEETING_NAMES:
            return None  # "le Conseil des ministres" of an agenda: a meeting (with its field, a body: "... de l'UE")
    end = ws[a].start + len(text)
    mention = Mention(text, label, ws[a].start, end, ws[a].i, ws[b - 1].j, ws[a].sent, a, b, c.honorific, c.acting)
    mention.tentative = evidence.tentative
    mention.by_town_list = evidence.by_town_list
    mention.team = evidence.team
    return mention


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
    if not any(is_cap(w.text) for w in ws[a:b]):
        return None  # "de l'": connectors left over from a cut name
    c = _Candidate(doc, ws, a, b, lang, has_ner, particle_names(doc, ws, lang))
    if any(rejects(c) for rejects in _NOT_A_NAME):
        return None
    cue, evidence = next(((cue, e) for cue in _LABEL_CUES if (e := cue(c)) is not None), (None, _Evidence(None)))
    if evidence.label is None or _unsupported_lone_word(c, evidence.label, stop_words, lowercase_forms):
        return None
    if cue is _recogniser and evidence.label in (PER, ORG) and _lone_opener(c):
        return None
    mention = _mention(c, evidence, evidence.label)
    if mention is not None:
        mention.recognised = cue is _recogniser
        if cue is _state_after_town and doc_text(doc)[mention.end : mention.end + 1] == ".":
            mention.text, mention.end = mention.text + ".", mention.end + 1  # "Mo.": the full stop is the state's
    return mention


def _lone_opener(c: _Candidate) -> bool:
    """One capitalised word opening its sentence or a quotation, met nowhere else in the text, that only the
    recogniser calls a person, before a determiner, a noun or an adjective ("Bonne nouvelle !", "Suivra un
    moment ..."), or read as a verb itself ("Reporté à mars"): a word capitalised by its place; a person named by
    one word there is the subject of a verb ("Pires a marqué")."""
    if not (c.single and (c.at_start or _opens_quote(c)) and not c.honorific and c.has_ner and c.b < len(c.ws)):
        return False
    nxt = c.ws[c.b]
    # the word itself read as a verb ("Reporté à mars avant d'être fixé à novembre", a subheading) opens a clause
    verb = c.doc[c.ws[c.a].i].pos_ in ("VERB", "AUX")
    # ("Essayer de trouver du gaz": a preposition and an infinitive after the word make it a verb that governs them)
    after = c.ws[c.b + 1] if c.b + 1 < len(c.ws) and c.ws[c.b + 1].sent == nxt.sent else None
    governs = after is not None and c.doc[nxt.i].pos_ == "ADP" and "Inf" in c.doc[after.i].morph.get("VerbForm", [])
    return (
        nxt.sent == c.ws[c.a].sent
        and nxt.text.isalpha()
        and nxt.text.islower()
        and (verb or governs or c.doc[nxt.i].pos_ in ("DET", "NOUN", "ADJ"))
        and c.words[0] not in lx.FIRST_NAMES
        and sum(fold(w.text) == c.key for w in c.ws) == 1
    )


def _opens_quote(c: _Candidate) -> bool:
    """The word right after an opening quotation mark ("« Dessiner une affiche »", "“Errare humanum est”"): a quoted
    phrase capitalises its first word as a sentence does."""
    if c.a == 0:
        return False
    before = c.ws[c.a - 1]
    return before.sent == c.ws[c.a].sent and before.text in ("«", "“", "„")
