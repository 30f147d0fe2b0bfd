"""Where an organisation's or a venue's name ends, and where a lower-case head before it starts ("le tribunal
correctionnel de Nanterre", "la salle des fêtes")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.text import doc_text
from generator.extract.ner.venues import visit_of, visited
from generator.extract.ner.words import (
    CONNECTORS,
    DETERMINERS,
    OF_WORDS,
    Word,
    is_cap,
)

# "le gouvernement Aznar", "the Obama administration": the name after these nouns is a person's.

# Words after "de" that start a clause or an infinitive rather than a name's complement.
_STOP_OF = lx.NOT_COMPLEMENTS


def venue_complement(doc: Doc, ws: list[Word], a: int, b: int, has_ner: bool) -> int:
    """ "au Palais de la culture", "le Palais des congrès de Vichy", "au Mémorial des martyrs": a capitalised venue
    word alone, then its complement in lower case, names the venue whole (the word alone is a common noun)."""
    head = fold(ws[a].text)
    if b - a != 1 or head not in lx.VENUE_WORDS | lx.BUILDING_WORDS or b >= len(ws):
        return b
    if head in lx.ORG_WORDS | lx.GENERIC_ORG_WORDS:
        return b  # ("le Département de l'économie", "le Centre de recherche": a body's head as well)
    # ("le Palais présidentiel du Plateau": the head's adjective, then its complement)
    qualified = b + 1 < len(ws) and ws[b].text.islower() and doc.has_annotation("POS") and doc[ws[b].i].pos_ == "ADJ"
    if fold(ws[b + 1 if qualified else b].text) not in OF_WORDS:
        return b
    of = b + 1 if qualified else b
    n = _complement_noun(ws, of)
    # (after the adjective the complement may be a name: the head's run ended on the adjective)
    if n >= len(ws) or ws[n].sent != ws[a].sent or not (ws[n].text.islower() or qualified):
        return b
    return extend_org(doc, ws, of, has_ner, head=True)


def venue_adjective_end(doc: Doc, ws: list[Word], a: int, b: int, lang: str) -> int:
    """The end of a venue's name [a, b) whose complement ends on a capitalised noun, over the lower-case adjective that
    qualifies that noun ("la salle du Conseil communal", "au Palais de la Présidence ivoirienne"): sentence case writes
    the name's adjective in lower case, and the venue is the whole name. Not a participle ("la salle du Conseil
    réservée"), on a street's name only where the name ends ("la rue des Chênes verts, puis"), not over punctuation
    or a line's end."""
    if b >= len(ws) or ws[b].sent != ws[b - 1].sent or doc_text(doc)[ws[b - 1].end : ws[b].start] != " ":
        return b
    head = lx.head_key(ws[a].text)
    venue = head in lx.lower_venue_heads(lang) | lx.VENUE_WORDS | lx.BUILDING_WORDS | lx.VISITED_VENUE_HEADS
    # (a street's adjective only where its name ends: "rue des Chênes verts, rue du Thym", not "la rue X bloquée par")
    street = head in lx.STREET_WORDS and not _ends_there(doc, ws, b)
    if not venue or street or head in lx.ORG_WORDS | lx.GENERIC_ORG_WORDS or not is_cap(ws[b - 1].text):
        return b  # (a body's head too: "la Bourse de Tokyo termine en hausse", a verb the tagger may read otherwise)
    if not any(fold(w.text) in OF_WORDS for w in ws[a + 1 : b - 1]):
        return b  # (no complement: "le Stade Vélodrome plein" is the stadium and a word of the sentence)
    word = ws[b]
    if not word.text.isalpha() or not word.text.islower():
        return b
    key = fold(word.text)
    if key in lx.ORG_ADJECTIVES or lx.is_nationality(key):
        return b + 1
    token = doc[word.i] if doc.has_annotation("POS") else None
    adjective = token is not None and token.pos_ == "ADJ" and "Part" not in token.morph.get("VerbForm", [])
    if head in lx.STREET_WORDS:
        # (a street's closing adjective is the name's only where the recogniser reads it inside the name, a name's
        # word: "la rue des Chênes verts, la rue du Thym"; not "la rue des Écoles piétonne, elle")
        return b + 1 if token is not None and token.pos_ == "PROPN" and token.ent_iob_ == "I" else b
    return b + 1 if adjective else b


def _ends_there(doc: Doc, ws: list[Word], b: int) -> bool:
    """The word at `b` closes its clause: punctuation, the sentence's or the line's end follows it."""
    if b + 1 >= len(ws) or ws[b + 1].sent != ws[b].sent:
        return True
    apart = doc_text(doc)[ws[b].end : ws[b + 1].start]
    return bool(apart.strip()) or "\n" in apart or not ws[b + 1].text[:1].isalnum()


def lowercase_head_start(ws: list[Word], a: int, lang: str) -> int:
    """Take in a lower-case venue or ministry word that begins the name: "le stade de la Mosson", "l'ex-hôtel
    Adriatik", "le ministère français des Affaires étrangères"."""
    k = a - 1
    while k >= 0 and fold(ws[k].text) in CONNECTORS and a - k <= 3:
        k -= 1
    dedicated = k == a - 1 and k >= 1 and fold(ws[k].text) in lx.VENUE_DEDICATION_WORDS
    k = k - 1 if dedicated else k  # "le monument aux Morts": only a venue head takes it
    if k < 0 or ws[k].sent != ws[a].sent or not ws[k].text[:1].islower():
        return a
    key = lx.head_key(ws[k].text)
    # ("la plage de Port-Bail", "le quartier de Magenta": a place noun and "de" alone name the town's beach, the
    # town's quarter, so the town is the place; "la plage du Truquet", "le quartier de la Duchère" are names)
    town = _town_part(ws, key, a)
    # (a water or a land form has a name of its own, "le banc d'Arguin", "le golfe de Guinée", unless a town or a
    # region of the lists names it: "la péninsule de Crimée" is Crimea, "la baie de Saint-Brieuc" the town's bay)
    if key in lx.FEATURE_HEADS:
        town = lx.is_known_place(ws[a].text) and not lx.is_country(ws[a].text)
    joined = k == a - 1 or dedicated or fold(ws[a - 1].text) in CONNECTORS
    if key in lx.FEATURE_HEADS and not _feature_named(ws, k, a):
        return a
    if _venue_head(ws, k, lang, named=k == a - 1) and joined and not town:
        return _adjective_start(ws, k, a)
    if dedicated:
        return a
    if key in lx.MINISTRY_HEADS or (k >= 1 and fold(ws[k - 1].text) in lx.MINISTRY_HEADS and lx.is_nationality(key)):
        return k if key in lx.MINISTRY_HEADS else k - 1
    if k == a - 1 and k >= 1 and ws[k - 1].sent == ws[a].sent and _qualifies_venue(ws, k - 1, lang):
        return k - 1  # "au centre culturel Tjibaou", "le stade municipal Pierre Brisson": head, qualifier, name
    return _qualified_venue_start(ws, k, a, lang) if k < a - 1 else a


def _town_part(ws: list[Word], key: str, a: int) -> bool:
    """Whether a place noun (`key`) before a bare "de", no article, names a part of the town named at `a`: "la plage
    de Port-Bail", "le quartier de Magenta" (not "le quartier de la Duchère", a name)."""
    return key in lx.PLACE_NOUNS and fold(ws[a - 1].text) in lx.INSTITUTION_OF_WORDS


def _feature_named(ws: list[Word], k: int, a: int) -> bool:
    """The water's or land form's head at `k` is the noun, after its article ("la pointe Saint-Mathieu", "au barrage
    du Couesnon"; not the verb "pointe X", the adjective "un soutien massif de X"), and the name at `a` is no
    person's, no body's ("le barrage de l'OM" is a play-off, "le domaine de Renault" its trade)."""
    if k == 0 or fold(ws[k - 1].text.replace("’", "'")) not in lx.ARTICLES | lx.TITLE_ARTICLES:
        return False
    name = ws[a].text
    return not name.isupper() and fold(name) not in lx.FIRST_NAMES and not lx.known_organisation(name)


def _adjective_start(ws: list[Word], k: int, a: int) -> int:
    """The venue head at `k` with the adjective written before it, which names it ("le petit théâtre de Guéret" is
    another hall than "le théâtre de Guéret")."""
    before = k - 1
    if before >= 0 and ws[before].sent == ws[a].sent and ws[before].text.islower():
        return before if fold(ws[before].text) in lx.VENUE_HEAD_ADJECTIVES else k
    return k


def _qualifies_venue(ws: list[Word], k: int, lang: str) -> bool:
    """The lower-case word after `k` qualifies the venue head at `k`, a name right after it: not a function word
    ("la place de", "le centre du"), nor after a street's head, whose name follows it ("au cours duquel X")."""
    qualifier = fold(ws[k + 1].text)
    head = fold(ws[k].text)
    heads = (_venue_head(ws, k, lang) or head in lx.QUALIFIED_VENUE_HEADS) and head not in lx.STREET_WORDS
    # (the head may be capitalised, as a sign writes it: "l'Aéroport militaire Léopold Sédar Senghor")
    written = ws[k].text.islower() or ws[k].text.istitle()
    return heads and written and ws[k + 1].text.isalpha() and qualifier not in lx.STOP_WORDS


def _venue_head(ws: list[Word], k: int, lang: str, named: bool = False) -> bool:
    """The lower-case word at `k` heads a venue's name in the article's language (an English "take place July 15"
    has no French "place" in it): a site's head, or a building's that is visited ("au lycée agricole d'Ahun")."""
    key = lx.head_key(ws[k].text)
    # (a visit's object only when its name follows the head: `visit_of`)
    visits = visited(ws, k) or named and visit_of(ws, k)
    return key in lx.lower_venue_heads(lang) or (key in lx.VISITED_VENUE_HEADS and visits)


_VENUE_QUALIFIERS = 2  # "palais des sports", "centre culturel", "aéroport international": words between head and name


def _qualified_venue_start(ws: list[Word], k: int, a: int, lang: str) -> int:
    """A lower-case venue word qualified by one or two words before "de" and the name: "le palais des sports de
    Gerland", "l'aéroport international de Niamey", "le terminal pétrolier de Lavéra": the venue is named whole
    (not "take place at the", "le centre de formation des apprentis de la rue …"). A place noun so qualified, with
    a bare "de", names a part of the town it names ("le quartier financier de New York"): the town is the place, as
    `lowercase_head_start` takes it after a place noun alone."""
    of = a - 1
    while of > k and fold(ws[of].text) in lx.ARTICLES:
        of -= 1
    if fold(ws[of].text) not in OF_WORDS:
        return a
    if fold(ws[a].text) in lx.ORG_WORDS | lx.GENERIC_ORG_WORDS:
        return a  # ("le pôle financier du Tribunal de Paris": a body's department, the body named after it)
    for between, j in enumerate(range(of - 1, max(-1, of - 2 - _VENUE_QUALIFIERS), -1)):
        if ws[j].sent != ws[a].sent or not ws[j].text[:1].islower():
            return a
        key = lx.head_key(ws[j].text)
        if between and _town_part(ws, key, a):
            return a  # ("le quartier populaire de Toulouse", "la zone industrielle de X": the town's, as without one)
        if between and (_venue_head(ws, j, lang) or key in lx.QUALIFIED_VENUE_HEADS):
            return j
        plain = key not in OF_WORDS and (key in lx.DETERMINERS or key in lx.ARTICLES)  # "des sports" is one
        if not key.isalpha() or plain or between == _VENUE_QUALIFIERS:
            return a
    return a


def extend_org(doc: Doc, ws: list[Word], b: int, has_ner: bool, holder_after: bool = False, head: bool = False) -> int:
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
    named = False  # a named complement ended the name ("des Nations unies")
    last_of = -1  # the "de" of the last complement taken ("Conseil de paix")
    for _ in range(6):
        if b >= len(ws) or ws[b].sent != sent:
            break
        key = fold(ws[b].text)
        if key in lx.MEETING_QUALIFIERS:
            break  # "le Conseil européen extraordinaire": one of the institution's meetings, not its name
        if key in lx.WEEKDAYS or key in lx.MONTH_WORDS:
            break  # "revient au Parlement jeudi": when, not an adjective of the name
        if ws[b].text.islower() and org_adjective(doc, ws, b, has_ner):
            # ("Confédération africaine de football": a body's word with its adjective takes a complement, as a
            # generic head does; "la Confédération" alone stays the Swiss state)
            generic = generic or not named and _head_word(ws, b - 1)
            b += 1
            continue
        # "Union populaire écologique et sociale": adjectives coordinated inside the name
        coordinated = key in lx.AND_WORDS and ws[b - 1].text.islower() and b + 1 < len(ws) and ws[b + 1].sent == sent
        if coordinated and ws[b + 1].text.islower() and org_adjective(doc, ws, b + 1, has_ner):
            b += 2
            continue
        if not generic:
            if (end := _coordinated_domain(ws, b)) > b:
                # ("et des Sénégalais de l'extérieur": a people named in the name takes its complement)
                b, generic = end, lx.is_nationality(ws[end - 1].text)
                continue
            break
        k = b + 1 if key in lx.AND_WORDS and b + 1 < len(ws) and fold(ws[b + 1].text) in OF_WORDS else b
        if k > b and (last_of < 0 or not complements_agree(ws, last_of, k)):
            # ("l'analyse du Conseil de paix et de sécurité et des activités du Groupe": the sentence's next object;
            # "de l'Union africaine et du SG": no complement of this name's before the "et")
            break
        if _purpose(doc, ws, k):
            b = k + 3  # "Haute Autorité pour la transparence": its complements follow as after "de"
            while b < len(ws) and fold(ws[b].text) in lx.AND_WORDS and _purpose(doc, ws, b, coordinated=True):
                b += 3  # "pour la sécurité et la coopération": a second purpose
            b = _purpose_place(ws, b)
            continue
        if k < len(ws) and fold(ws[k].text) in OF_WORDS:
            n = _complement_noun(ws, k)
            if (
                n < len(ws)
                and ws[n].sent == sent
                and re.fullmatch(r"[^\W\d_][\w\-]*", ws[n].text)
                and fold(ws[n].text) not in _STOP_OF | DETERMINERS | lx.MONTH_WORDS  # "le Conseil européen de mars"
                and not _infinitive(doc, ws, n)
            ):
                b, last_of = n + 1, k
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
                    generic, named = False, True
                continue
        break
    return _recognised_tail(doc, ws, b, has_ner)


def _complement_noun(ws: list[Word], of: int) -> int:
    """The index of the noun after the "de" at `of` and its articles."""
    n = of + 1
    while n < len(ws) and fold(ws[n].text) in lx.ARTICLES:
        n += 1
    return n


def _articled(ws: list[Word], of: int) -> bool:
    """The complement at the "de" at `of` takes an article ("de la sécurité", "des affaires"), or none ("de paix")."""
    return fold(ws[of].text) not in lx.INSTITUTION_OF_WORDS or _complement_noun(ws, of) > of + 1


def complements_agree(ws: list[Word], first: int, second: int) -> bool:
    """The complement at the "de" at `second`, after "et", is coordinated with the one at `first` inside one name:
    both bare or both with an article, in the same case ("Conseil de paix et de sécurité", "Institut national de la
    statistique et des études économiques"); not another body ("du Conseil d'État et de la Cour de cassation"), nor
    the sentence's next object ("l'analyse du Conseil de paix et de sécurité et des activités du Groupe")."""
    n, m = _complement_noun(ws, first), _complement_noun(ws, second)
    if n >= len(ws) or m >= len(ws) or _articled(ws, first) != _articled(ws, second):
        return False
    noun = fold(ws[m].text)
    return ws[n].text.islower() == ws[m].text.islower() and noun not in lx.ORG_WORDS | lx.GENERIC_ORG_WORDS


_DOMAIN_REACH = 3  # "des Affaires étrangères et": the domain word and its adjectives before "et"


def _coordinated_domain(ws: list[Word], b: int) -> int:
    """One past a second domain coordinated with the ministry's or the body's named domain before `b` ("ministère
    des Affaires étrangères et de la Coopération", "... et des Sénégalais de l'extérieur"): a domain word or a people
    after "et", "de" and its articles; `b` when there is none."""
    if b + 2 >= len(ws) or fold(ws[b].text) not in lx.AND_WORDS or fold(ws[b + 1].text) not in OF_WORDS:
        return b
    k = b - 1
    while k > 0 and b - k < _DOMAIN_REACH and ws[k].text.islower():
        k -= 1
    if fold(ws[k].text) not in lx.MINISTRY_DOMAINS or not is_cap(ws[k].text):
        return b
    n = _complement_noun(ws, b + 1)
    if n >= len(ws) or ws[n].sent != ws[b].sent or not is_cap(ws[n].text):
        return b
    word = ws[n].text
    if not (fold(word) in lx.MINISTRY_DOMAINS or lx.is_nationality(word)):
        return b
    # (the town or the country the body serves closes its name: "Chambre de Commerce et d'Industrie de Paris")
    seat = n + 2 < len(ws) and fold(ws[n + 1].text) in OF_WORDS and ws[n + 2].sent == ws[n].sent
    return n + 3 if seat and is_cap(ws[n + 2].text) and lx.is_known_place(ws[n + 2].text) else n + 1


_TAIL_WORDS = 4  # "pour l'éducation", "autonome": the longest lower-case tail taken from the recogniser


def _recognised_tail(doc: Doc, ws: list[Word], b: int, has_ner: bool) -> int:
    """The end of the recogniser's organisation when it runs on, in lower case, after the name ended at `b`: an
    adjective the tagger reads as a noun ("Commission électorale nationale autonome"), a purpose after a head no
    list knows ("Partenariat mondial pour l'éducation"). Sentence case writes a long body's name in lower case after
    its head, and the recogniser has read the name whole; the tail is taken only whole, up to the entity's end, in
    lower-case words of one line, with no "et" (a coordination may join the next name) and ending on a noun or an
    adjective."""
    if not has_ner or b >= len(ws) or doc[ws[b - 1].j - 1].ent_type_ != "ORG":
        return b
    n = b
    while n < len(ws) and n - b < _TAIL_WORDS and _tail_word(doc, ws, n):
        n += 1
    if n == b or n - b > _TAIL_WORDS - 1 and n < len(ws) and _tail_word(doc, ws, n):
        return b
    last = doc[ws[n - 1].j - 1]
    ends = last.i + 1 >= len(doc) or doc[last.i + 1].ent_iob_ != "I"
    return n if ends and last.pos_ in ("NOUN", "ADJ") and not _purposes_go_on(ws, n) else b


def _purposes_go_on(ws: list[Word], n: int) -> bool:
    """A comma, an article and a lower-case word at `n`: the name lists its purposes on ("pour l'éducation, la science
    et la culture"), and the recogniser stopped at the comma; a part of the list is no name."""
    after = ws[n : n + 3]
    return len(after) == 3 and after[0].text == "," and fold(after[1].text) in lx.ARTICLES and after[2].text.islower()


def _tail_word(doc: Doc, ws: list[Word], n: int) -> bool:
    """The word at `n` goes on the recogniser's organisation in lower case, on the same line as the word before."""
    word = ws[n]
    inside = all(t.ent_iob_ == "I" and t.ent_type_ == "ORG" for t in doc[word.i : word.j])
    lower = re.fullmatch(r"[^\W\d_]+['’]?[^\W\d_]*", word.text) is not None and word.text.islower()
    same_line = "\n" not in doc_text(doc)[ws[n - 1].end : word.start] and word.sent == ws[n - 1].sent
    # (the recogniser runs over a verb and a time: "l'Organisation pour la sécurité et la coopération arrive lundi")
    verb = any(t.pos_ in ("VERB", "AUX") for t in doc[word.i : word.j])
    stop = lx.AND_WORDS | lx.WEEKDAYS | lx.MONTH_WORDS | lx.MEETING_QUALIFIERS
    return inside and lower and same_line and not verb and fold(word.text) not in stop


def _head_word(ws: list[Word], k: int) -> bool:
    """The capitalised organisation word at `k` opens the name: no "de" or capitalised word before it ("la
    Confédération africaine"; not "Organisation des Nations unies", whose head is further back)."""
    if not is_cap(ws[k].text) or fold(ws[k].text) not in lx.ORG_WORDS:
        return False
    before = fold(ws[k - 1].text) if k > 0 else ""
    # (an article opening the sentence has its capital: "La Confédération brésilienne")
    return k == 0 or not (is_cap(ws[k - 1].text) and before not in lx.ARTICLES or before in OF_WORDS)


def _purpose(doc: Doc, ws: list[Word], k: int, coordinated: bool = False) -> bool:
    """ "pour", an article and a noun in lower case after a body's head ("Haute Autorité pour la transparence de la
    vie publique", "Organisation pour la sécurité et la coopération en Europe"): the body's purpose, in its name; not
    an infinitive ("pour examiner": no article), nor a time or an order ("pour la première fois": no noun). With
    `coordinated`, the word at `k` is "et" before a second purpose ("et la coopération")."""
    links = lx.AND_WORDS if coordinated else lx.PURPOSE_OF_WORDS
    if k + 2 >= len(ws) or fold(ws[k].text) not in links or ws[k + 2].sent != ws[k].sent:
        return False
    article, noun = ws[k + 1], ws[k + 2]
    if fold(article.text) not in lx.ARTICLES or not noun.text.isalpha() or not noun.text.islower():
        return False
    nouns = lx.TIME_QUALIFIERS | lx.NOT_PURPOSE_NOUNS
    if fold(noun.text) in nouns or lx.is_role_head(noun.text):
        return False  # (nor a person's role: "le Fonds pour la recherche et le président")
    return doc.has_annotation("POS") and doc[noun.i].pos_ == "NOUN"


def _purpose_place(ws: list[Word], b: int) -> int:
    """The end of a purpose's place, a bare preposition and a known place ("... pour la sécurité et la coopération
    en Europe"), or `b`."""
    if b + 1 >= len(ws) or ws[b + 1].sent != ws[b].sent or fold(ws[b].text) not in lx.BARE_NOUN_PREPOSITIONS:
        return b
    return b + 2 if is_cap(ws[b + 1].text) and lx.is_known_place(ws[b + 1].text) else b


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


def org_adjective(doc: Doc, ws: list[Word], b: int, has_ner: bool) -> bool:
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
