"""A lone capitalised word needs support: a common noun or a sentence opener is no name."""

from __future__ import annotations

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.cue import Candidate
from generator.extract.ner.labelcues import (
    after_place_preposition,
    given_name_alone,
    inverted_speaker,
    listed_with_full_names,
    listed_with_places,
    programme_venue,
    seat_of_an_office,
)
from generator.extract.ner.peoplelists import listed_after_plural_title
from generator.extract.ner.placecues import place_noun, state_after_town, town_and_department, town_and_region
from generator.extract.ner.roles import singular_role
from generator.extract.ner.words import (
    DETERMINERS,
    LOC,
    ORG,
    PER,
    Word,
    ent_label,
    is_acronym,
    is_cap,
)
from generator.lang import language

# "le gouvernement Aznar", "the Obama administration": the name after these nouns is a person's.

_LEADER_NOUNS = lx.LEADER_NOUNS


def _needs_support(c: Candidate, label: str) -> bool:
    """A lone word without an honorific (or a lone place the gazetteer does not know) must be backed up; a plural
    title before its list is every item's honorific ("MM. DUPONT, MARTIN"), and so is a full name among its items
    ("Kerbrat, Edouard Louis")."""
    titled = c.honorific or label == PER and listed_after_plural_title(c) is not None
    # (a list that names the others in full says what each of its lone words is: "Kerbrat, Edouard Louis")
    titled = titled or label == PER and listed_with_full_names(c) is not None
    # (and so does a speech verb after a quotation: "», glisse Zineb")
    titled = titled or label == PER and inverted_speaker(c) is not None
    known = c.place or c.town or c.subdivision
    return c.single and not titled and label != LOC or c.single and label == LOC and not known


def _common_word(c: Candidate, label: str, stop_words: frozenset[str], lowercase_forms: set[str]) -> bool:
    """The text writes it in lower case too, it opens a sentence as a stop word, or the tagger reads a noun
    with no role or leader noun before it ("Initiatives", "Village", "Loin"); not a known title after its article,
    contracted or not ("au Monde", "du Parisien": the outlet, though "tout le monde" writes the word in lower case)."""
    if c.prev and c.prev[-1] in lx.TITLE_ARTICLES and c.key in lx.BARE_TITLES and label == ORG:
        return False
    if c.key in lowercase_forms or (c.at_start and c.key in {fold(w) for w in stop_words}):
        return True
    prev = c.prev
    backed = bool(prev) and (lx.is_role_head(prev[-1]) or prev[-1] in _LEADER_NOUNS)
    # "à Morhange": the tagger reads an unknown town as a noun; a place after a place preposition is one
    backed = backed or label == LOC and (after_place_preposition(c) or place_noun(c) is not None)
    backed = backed or label == LOC and _seat_named(c)  # "les gendarmes de l'Aude"
    backed = backed or label == LOC and _place_by_its_line(c)
    # ("Mohammed, cadre ferroviaire": the tagger reads an unknown first name as a noun; a given name of the public
    # records is none where it stands as a name alone, the list leaving out the names more often words)
    backed = backed or label == PER and given_name_alone(c) is not None
    noun = c.has_ner and c.doc[c.ws[c.a].i].pos_ == "NOUN"
    return noun and label != ORG and c.key not in lx.INSTITUTIONS and not backed and not lx.town_shaped(c.text)


def _bare_noun_of_an_articled_place(c: Candidate, label: str) -> bool:
    """ "Réunion du 31 mars", "Réunion avec le directeur": a frequent lower-case word of the language opening its line
    or sentence, without the article the gazetteer's place always has ("La Réunion", "Le Havre"), is the common noun
    capitalised by its place, not the place; the place keeps its article ("à La Réunion", "Le Havre accueille")."""
    if label != LOC or not c.single or not c.at_start or c.key not in lx.COMMON_WORDS:
        return False
    first, _, rest = fold(c.place or "").partition(" ")
    return first in lx.ARTICLES and rest == c.key and not _after_an_article(c)


def _after_an_article(c: Candidate) -> bool:
    """The word right before is an article of the same sentence ("la Réunion", "au Havre" keeps its "au" apart)."""
    return bool(c.prev) and c.prev[-1] in lx.ARTICLES


def _place_without_context(c: Candidate, label: str) -> bool:
    """ "avec Pires", "régiment de Tirailleurs": spaCy's place with no place preposition before it."""
    if label != LOC or c.place or c.town or c.key in lx.INSTITUTIONS or lx.town_shaped(c.text) or place_noun(c):
        return False
    if _place_by_its_line(c) or state_after_town(c) or _seat_named(c) or _complement_of_a_noun(c):
        return False
    return c.at_start or not after_place_preposition(c)


def _complement_of_a_noun(c: Candidate) -> bool:
    """ "l'accident de car de Puisseguin", "la route reliant cette localité à celle de Ngandé", "près d'Oxford": a word
    the recogniser reads as a place, right after a bare "de" and a singular common noun or pronoun in lower case, is
    where that thing is, though the gazetteer does not know the town. Not after a plural ("les réservistes de Cluny",
    "les matchs de Play-offs": members and rounds of something, a side's town), nor after "du", "des" (an article's
    name: "le passage du Gois", "le bar des Platanes"), nor a common word ("la production de Rock en Seine"), nor a
    quarter of the town named right after it ("le lycée de Kerichen à Brest": the town is the place)."""
    ws, a = c.ws, c.a
    if c.spacy_label != LOC or a < 2 or ws[a - 2].sent != ws[a].sent or c.key in lx.COMMON_WORDS:
        return False
    noun = fold(ws[a - 2].text)
    if fold(ws[a - 1].text.replace("’", "'")) not in lx.INSTITUTION_OF_WORDS:
        return False
    if _in_a_town_after(ws, c.b):
        return False
    if noun in lx.PLACE_PREPOSITIONS:
        return True  # ("près d'Oxford")
    plural = noun.endswith(("s", "x"))
    # (a verb's "de" is its object's: "entouré de Lemaire, Darmon et Moreno")
    verb = c.has_ner and c.doc.has_annotation("POS") and c.doc[ws[a - 2].i].pos_ in _VERB_TAGS
    return ws[a - 2].text.isalpha() and ws[a - 2].text.islower() and noun not in lx.ARTICLES and not plural and not verb


_VERB_TAGS = ("VERB", "AUX")


def _in_a_town_after(ws: list[Word], b: int) -> bool:
    """The name ending before `b` is followed by "à" or "en" and a capitalised name: the town it lies in."""
    nxt = [w for w in ws[b : b + 2] if w.sent == ws[b - 1].sent]
    return len(nxt) == 2 and fold(nxt[0].text) in lx.TOWN_PREPOSITIONS and is_cap(nxt[1].text)


def _seat_named(c: Candidate) -> bool:
    """The place an office serves, named by a word that is no common word ("le maire de Lège-Cap-Ferret"; not "le
    directeur du Village", "une porte-parole du Département": the office's own body, capitalised)."""
    return c.key not in lx.COMMON_WORDS and seat_of_an_office(c)


def _place_by_its_line(c: Candidate) -> bool:
    """A town in a programme's list of places or in a list of known places, or with its department's number."""
    return (
        _listed_with_a_place(c)
        or listed_with_places(c) is not None
        or town_and_department(c) is not None
        or town_and_region(c) is not None
    )


def _listed_with_a_place(c: Candidate) -> bool:
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


def _product(c: Candidate, label: str) -> bool:
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


def _word_of_the_language(c: Candidate, label: str) -> bool:
    """ "Local", "Data", "Maybe", "Incroyable": a frequent word of the language, alone, is a person only where the text
    shows it as a name: a role or leader noun before it, a speech verb right after it inside a sentence ("..., Baker
    said"), or the full name elsewhere ("Jane Baker", "M. Blanc")."""
    if label != PER or c.key not in lx.COMMON_WORDS:
        return False
    prev = c.prev
    if prev and (lx.is_role_head(prev[-1]) or prev[-1] in _LEADER_NOUNS):
        return False
    ws = c.ws
    nxt = fold(ws[c.b].text) if c.b < len(ws) and ws[c.b].sent == ws[c.a].sent else ""
    if not c.at_start and nxt in lx.SPEECH_AFTER:
        return False
    return not any(named_there(ws, n) for n, w in enumerate(ws) if n != c.a and fold(w.text) == c.key)


def _thing_after_a_title(c: Candidate, label: str) -> bool:
    """ "the Annual General Meeting", "the Investor Relations section", "Nana Backpacker Hostel": a role word
    capitalised inside a thing's name reads as a title before a name; a common word alone after it is a person only
    where people bear it as a surname ("President Bush", "Judge Lake"), in a language whose census says so."""
    if label != PER or not c.prev or not lx.is_role_head(c.prev[-1]) or not language(c.lang).common_word_needs_surname:
        return False
    if c.key in lx.COMMON_WORDS and c.key not in lx.SURNAME_WORDS:
        return True
    # "the previous Head Coaches", "two Deputy Ministers": a role word in the plural after a title is the title's
    # own noun; but not a census surname, which a title may name ("Detective Peers", "Judge Fellows")
    if c.single and singular_role(c.key) is not None and c.key not in lx.SURNAME_WORDS:
        return True
    # "the Chair Persons of the Committee": after an article and a title, the plural of a common word is the title's
    # own noun, though the census lists it ("Persons"); a surname after a title takes no article ("Judge Banks")
    article = len(c.prev) >= 2 and c.prev[-2] in lx.ARTICLES
    return c.single and article and c.key.endswith("s") and c.key[:-1] in lx.COMMON_WORDS


def named_there(ws: list[Word], n: int) -> bool:
    """The word at n is a surname: capitalised, after an honorific or a capitalised word that is no common word in
    the same sentence ("Jane Baker", "Mr Baker", "M. Blanc"; not "Restore Data", "SEIU Local"), or before a speech
    verb ("Baker said")."""
    if not is_cap(ws[n].text):
        return False
    nxt = ws[n + 1] if n + 1 < len(ws) and ws[n + 1].sent == ws[n].sent else None
    if nxt is not None and fold(nxt.text) in lx.SPEECH_AFTER:
        return True
    if n == 0 or ws[n - 1].sent != ws[n].sent:
        return False
    before = ws[n - 1].text
    key = fold(before)
    honorific = (
        key in lx.HONORIFICS
        or key + "." in lx.HONORIFICS
        or before == "."
        and n > 1
        and (fold(ws[n - 2].text) + "." in lx.HONORIFICS)
    )
    # (a given name; or a word of three letters or more that is no common word and no acronym: "Kwame Baker", not
    # "No Data", "Restore Data", "SEIU Local")
    other_name = len(before) >= 3 and key not in lx.COMMON_WORDS and not is_acronym(before)
    return honorific or is_cap(before) and before.isalpha() and (key in lx.FIRST_NAMES or other_name)


def unsupported_lone_word(c: Candidate, label: str, stop_words: frozenset[str], lowercase_forms: set[str]) -> bool:
    """A lone capitalised word is a common noun or a sentence opener unless the context backs it up; a known place
    too, when it is written without the article the place always has."""
    if label == LOC and programme_venue(c):
        return False  # ("13h15 - Déjeuner républicain, Préfecture": the programme says it is where)
    return (
        _bare_noun_of_an_articled_place(c, label)
        or _needs_support(c, label)
        and (
            _common_word(c, label, stop_words, lowercase_forms)
            or _word_of_the_language(c, label)
            or _thing_after_a_title(c, label)
            or _place_without_context(c, label)
            or _product(c, label)
        )
    )
