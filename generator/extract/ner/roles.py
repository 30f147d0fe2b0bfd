"""The role a text gives a person: a title before the name or an apposition after it.

"le ministre des Armées Sébastien Lecornu", "son homologue chinois Wang Yi", "sa directrice
générale, Audrey Azoulay", "BP chairman Carl-Henric Svanberg", "Tony Blair, le Premier ministre
britannique, ..." all give a role; the phrase must hold a role word (lexicon.ROLE_HEADS).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.text import doc_text
from generator.extract.ner.words import Word, demonym_after_article, sentence_start, time_initials
from generator.lang.every import built_in

_OF = lx.ROLE_OF_WORDS
_ARTICLES_AFTER_OF = lx.ARTICLES_AFTER_OF  # "chef de la diplomatie"
_STOPS = lx.ROLE_STOPS
_PAST = "ed"  # a regular past ("interviewed")
_DETS = lx.ROLE_DETERMINERS
_ADVERBS = lx.ROLE_ADVERBS
_MAX_WORDS = 9
# A role from its article to a comma before the name may run longer: both ends bound it ("Le premier secrétaire de la
# fédération PS des Français de l'étranger, X", "le haut représentant pour la politique étrangère et de sécurité
# commune, X").
_MAX_BOUNDED_WORDS = 16


_WORD = re.compile(r"[^\s]+")


def spelt_out(role: str) -> str:
    """The role with its titles written in full: "Sen." -> "Senator", "Lt. Col." -> "Lieutenant Colonel", "PM" -> "Prime
    Minister" (the abbreviation's capitals kept); a reader expects the title, not the newsroom's short form."""

    def full(m: re.Match[str]) -> str:
        word = lx.ROLE_ABBREVIATIONS.get(fold(m.group(0)))
        if word is None:
            return m.group(0)
        if len(m.group(0)) > 1 and m.group(0).isupper():
            return word.title()  # "PM" -> "Prime Minister": initials in capitals stand for a title's capitals
        return word[:1].upper() + word[1:] if m.group(0)[:1].isupper() else word

    return _WORD.sub(full, role)


def _is_verb(doc: Doc, w: Word) -> bool:
    """A verb that ends a role phrase; participles used as adjectives do not ("commissaire sortant")."""
    if not doc.has_annotation("POS") or doc[w.i].pos_ not in ("VERB", "AUX"):
        return False
    if w.i > 0 and fold(doc[w.i - 1].text) in _DETS | _ARTICLES_AFTER_OF:
        return False  # "des Français de l'étranger": after an article, a word the tagger calls a verb is a noun
    return "Part" not in doc[w.i].morph.get("VerbForm", [])


def _allowed(doc: Doc, w: Word, person_words: set[int], n: int) -> bool:
    """A word that may sit inside a role phrase."""
    key = fold(w.text)
    if n in person_words or not any(c.isalnum() for c in w.text):
        return False
    if lx.is_role_head(key) or key in lx.ROLE_MODIFIERS or key in _OF or lx.is_nationality(key):
        return True
    if (
        key in lx.ROLE_PREPOSITIONS and w.text != "a"
    ):  # (not the verb "a")  # "commissaire au budget", "délégué aux Affaires"
        return True
    if key.isdigit() and len(key) == 4:  # "member of the 1953 team"
        return True
    return not ((key in _STOPS and not _proper_noun(doc, w)) or _is_verb(doc, w) or w.text[0].isdigit())


def _proper_noun(doc: Doc, w: Word) -> bool:
    """A capitalised word the tagger reads as a noun, not the function word it is spelt as ("région Grand Est")."""
    return w.text[0].isupper() and doc.has_annotation("POS") and doc[w.i].pos_ in ("PROPN", "NOUN")


def singular_role(word: str) -> str | None:
    """ "ministres" -> "ministre", "ministers" -> "minister", "deputies" -> "deputy", "coaches" -> "coach": a role
    word in the plural, as one holder's role."""
    for ending, singular in _PLURAL_ENDINGS:
        stem = word[: -len(ending)] + singular
        if len(word) > len(ending) + 2 and fold(word).endswith(ending) and lx.is_role_head(stem):
            return stem
    return None


# (tried in turn: "deputies" -> "deputy", "ministers" -> "minister", "coaches" -> "coach", "bosses" -> "boss")
_PLURAL_ENDINGS = tuple(dict.fromkeys(pair for lang in built_in() for pair in lang.entities.role_plurals))


def _head(word: str) -> bool:
    """A role word, in the singular or the plural ("l'une des fondatrices", "one of the founders"), or short
    ("Col" of "Lt. Col.", the tokenizer splitting off the full stop)."""
    return lx.is_role_head(word) or singular_role(word) is not None or lx.is_role_head(word + ".")


def _phrase(doc: Doc, ws: list[Word], span: list[int], first_head: bool = False) -> str | None:
    """From the role head (with the modifiers before it) to the end of the span, or None without a head; the
    head is the one nearest the name: the last of a title before it, the first of an apposition after it."""
    plural = singular_role(ws[span[-1]].text) if span and not first_head else None
    if plural:  # "le président, accompagné des ministres X et Y": each of them is a "ministre"
        return plural
    kept = _kept(ws, span, first_head)
    return doc_text(doc)[ws[kept[0]].start : ws[kept[-1]].end] if kept else None


def _nominal(ws: list[Word], span: list[int], head: int) -> bool:
    """Whether a role word after "de" is a noun of its own ("veuve du leader indépendantiste"), not an adjective of
    the noun before it ("président du groupe socialiste": the group is socialist, the role is the president's)."""
    at = span.index(head)
    before = fold(ws[span[at - 1]].text) if at > 0 else ""
    return before in _OF | _ARTICLES_AFTER_OF | _DETS or before.endswith("'")


def _kept(ws: list[Word], span: list[int], first_head: bool = False) -> list[int]:
    """The words of the role in a span: from its head (with the modifiers before it) to the end, or none."""
    if not span:
        return []
    plural = singular_role(ws[span[-1]].text) if not first_head else None
    if plural:
        return span[-1:]
    heads = [k for k in span if _head(ws[k].text)]
    if not heads:
        return []
    if first_head:
        heads = heads[:1]  # "X, conseiller du président": X is the adviser, not the president
    # "complice présumé du terroriste Carlos", "veuve du leader indépendantiste X": a role word after "de", with
    # only its modifiers after it, is the nearer person's own.
    after_of = [h for h in heads if any(fold(ws[n].text) in _OF for n in span[: span.index(h)])]
    nearer = (
        after_of[-1]
        if after_of
        and ws[after_of[-1]].text.islower()
        and _modifiers_only(ws, span, after_of[-1])
        and _nominal(ws, span, after_of[-1])
        else None
    )
    head = nearer if nearer is not None else heads[0]
    start = span.index(head)
    while start > 0:
        prev = ws[span[start - 1]]
        key = fold(prev.text)
        if key in lx.HONORIFICS:
            break  # "His Majesty King Charles III": the style is no part of the role
        if key in lx.ROLE_MODIFIERS or lx.is_nationality(key) or (prev.text[0].isupper() and not _function(key)):
            start -= 1
        else:
            break
    kept = span[start:]
    while kept and (_links(ws[kept[-1]]) or fold(ws[kept[-1]].text) in _ARTICLES_AFTER_OF):
        kept = kept[:-1]
    return kept


def _complement_determiner(w: Word) -> bool:
    """The determiner of a role's complement after "de"/"of": an article, or a possessive in lower case ("chef de
    ses opérations", "manager of his campaign"); "UN" in "spokesman for UN secretary general" is a name, not "un"."""
    key = fold(w.text)
    return key in _ARTICLES_AFTER_OF or (key in _DETS and w.text.islower())


def _seat(ws: list[Word], k: int, span: list[int]) -> bool:
    """Whether word k is a preposition of place between a role word and the proper name of where the role sits,
    which runs on to the name ("delegate in Valencia", "Minister in the OPM", "délégué à Lyon")."""
    if span and k > 1 and fold(ws[k].text) in _ARTICLES_AFTER_OF:
        return _seat(ws, k - 1, [k, *span])  # "in the OPM": the article of the place's name
    if not span or k < 1 or fold(ws[k].text) not in lx.PLACE_PREPOSITIONS or not _head(ws[k - 1].text):
        return False
    rest = [ws[n].text for n in span]
    if fold(rest[0]) in _ARTICLES_AFTER_OF:
        rest = rest[1:]
    return bool(rest) and all(w[:1].isupper() for w in rest)


def _function(key: str) -> bool:
    """A function word, capitalised only because it opens the sentence ("En chef de la majorité, X", "Au ministre
    X"): no part of the role after it."""
    return key in _STOPS | _OF | _DETS | _ARTICLES_AFTER_OF or key in lx.ROLE_PREPOSITIONS


def _modifiers_only(ws: list[Word], span: list[int], head: int) -> bool:
    """Whether every word after the head in the span is a lower-case modifier ("indépendantiste", "français")."""
    rest = span[span.index(head) + 1 :]
    return all(ws[n].text.islower() and fold(ws[n].text) not in _OF and not _head(ws[n].text) for n in rest)


def _links(w: Word) -> bool:
    """A word after which an article opens the role's complement: "chef de la", "adviser to the", "à l'"."""
    key = fold(w.text)
    return key in _OF or (key in lx.ROLE_PREPOSITIONS and w.text != "a")


def line_break(doc: Doc, ws: list[Word], k: int) -> bool:
    """A line break between words k and k + 1: a pasted page's lines are headings, captions and menus, and a
    role never runs from one into the next ("... about Ukraine\nAssociated Press\nAmbassador X")."""
    return k + 1 < len(ws) and "\n" in doc_text(doc)[ws[k].end : ws[k + 1].start]


def role_before(doc: Doc, ws: list[Word], a: int, person_words: set[int]) -> str | None:
    """The title right before a name, possibly with a comma between ("sa directrice générale, X"); an ordinal alone
    in lower case is one of a group named before, no title ("Le premier, X, ministre de ...")."""
    role = _title_before(doc, ws, a, person_words) or _listed_role(doc, ws, a, person_words)
    return None if role is not None and role.islower() and fold(role) in lx.ORDINAL_PRONOUNS else role


def _listed_role(doc: Doc, ws: list[Word], a: int, person_words: set[int]) -> str | None:
    """ "les ministres X (éducation), Y et Z", "ministers X and Y": a name in a list after a plural role word
    holds that role too."""
    k = a - 1
    listed = 0
    while k > 0 and ws[k].sent == ws[a].sent and (ws[k].text == "," or fold(ws[k].text) in lx.AND_WORDS):
        k -= 1
        if ws[k].text == ")":  # "X (éducation), Y": what the parentheses add about X
            while k > 0 and ws[k].text != "(" and ws[k].sent == ws[a].sent:
                k -= 1
            k -= 1
        if k < 0 or k not in person_words:
            return None
        while k > 0 and k - 1 in person_words:
            k -= 1
        listed += 1
        k -= 1
    if k > 0 and ws[k].text == ":" and ws[k - 1].sent == ws[a].sent:
        counted = _counted_group(ws, k)
        if counted is not None:
            return counted
        k -= 1  # "Parmi les prévenus : X et Y", "Among the defendants: X": the plural role announces the list
        listed += 1
        heading = k >= 0 and (k == 0 or line_break(doc, ws, k - 1)) and ws[k].text[1:].islower()
        role = singular_role(ws[k].text) if listed and ws[k].sent == ws[a].sent else None
        # ("Gardiens : X, Y": a heading's capital is its line's, not the role's)
        return role.lower() if role and heading else role
    if not listed or k < 0 or ws[k].sent != ws[a].sent:
        return None
    return singular_role(ws[k].text)


_COUNTED_CLAUSE = 4  # the words a counted group's verb may take between it and the colon ("l'accompagnent")


def _counted_group(ws: list[Word], colon: int) -> str | None:
    """ "Trois ministres québécois l'accompagnent : X (Culture), Y (Santé)", "Two ministers joined him: X and Y": a
    number of more than one and a plural role word that open the clause before the colon count the people it lists,
    each of whom holds that role; the group is the clause's subject, its short verb phrase no other noun."""
    k = colon - 1
    while k > 1 and colon - k <= _COUNTED_CLAUSE + 2 and ws[k].sent == ws[colon].sent and ws[k].text != ",":
        single = singular_role(ws[k].text)
        count = ws[k - 1].text if ws[k - 1].text.isdigit() else str(lx.NUMBER_VALUES.get(fold(ws[k - 1].text), 0))
        if single and int(count) > 1 and ws[k - 1].sent == ws[colon].sent:
            return single
        k -= 1
    return None


_GROUP_SENTENCES = 5  # how far back the plural role of a group may be named ("L'identité des chefs d'État ...")


def role_by_nationality(doc: Doc, ws: list[Word], a: int, person_words: set[int]) -> str | None:
    """ "Six chefs d'État n'ont pas été invités (le Soudanais X, le Zimbabwéen Y)": a name given with only its
    nationality, as a noun after an article, belongs to the group a plural role word named just before; each holds
    that role, of their nationality ("chef d'État soudanais")."""
    if a < 2 or not ws[a - 1].text[:1].isupper() or not demonym_after_article(ws, a - 1):
        return None
    # one of a group: the sentence names two of them so, or the plural role itself ("le Tunisien X a été arrêté",
    # alone, is no lawyer because "les avocats" pleaded the sentence before)
    listed = sum(_by_nationality(ws, n, person_words) for n in range(len(ws)) if ws[n].sent == ws[a].sent) >= 2
    k = a - 3
    while k >= 0 and ws[k].sent >= ws[a].sent - (_GROUP_SENTENCES if listed else 0):
        single = singular_role(ws[k].text) if k not in person_words and ws[k].text.islower() else None
        if single and fold(single) not in lx.BELONGING_ROLES | lx.RELATIONAL_ROLES:
            # the group's complement is the role's ("chefs d'État", "ministres de la Santé"), its adjectives are the
            # group's ("africains")
            end = complement_end(doc, ws, k, a - 2)
            return f"{single}{doc_text(doc)[ws[k].end : ws[end].end]} {ws[a - 1].text.lower()}"
        k -= 1
    return None


def complement_end(doc: Doc, ws: list[Word], k: int, limit: int) -> int:
    """The last word of a plural role's complement of one noun ("chefs d'État", "chefs de gouvernement", "ministres
    de la Santé"), or k itself without one."""
    n = k + 1
    if n >= limit or fold(ws[n].text) not in _OF:
        return k
    n += 1
    if n < limit and fold(ws[n].text) in _ARTICLES_AFTER_OF:
        n += 1
    noun = n < limit and (ws[n].text[:1].isupper() or (doc.has_annotation("POS") and doc[ws[n].i].pos_ == "NOUN"))
    return n if noun else k


def _by_nationality(ws: list[Word], n: int, person_words: set[int]) -> bool:
    """Whether a name starts at n after an article and a nationality as a noun ("le Congolais X")."""
    return (
        n >= 2
        and n in person_words
        and n - 1 not in person_words
        and ws[n - 1].text[:1].isupper()
        and demonym_after_article(ws, n - 1)
    )


def _untagged_verb(doc: Doc, ws: list[Word], k: int) -> bool:
    """Without a tagger (English), whether word k, right before a name, is a verb: one of the closed lists or an
    irregular past ("Reporters met X"), or a regular past after a role word ("the reporter interviewed X"); a title
    written before a name ends on its own words ("chief whip X", "minister of mines and energy X")."""
    key = _untitled_word(doc, ws, k)
    if key is None:
        return False
    after_role = k > 0 and (lx.is_role_head(ws[k - 1].text) or singular_role(ws[k - 1].text) is not None)
    return key in _KNOWN_VERBS or (key.endswith(_PAST) and after_role)


_KNOWN_VERBS = lx.UNTAGGED_VERBS | lx.IRREGULAR_PASTS  # the verbs read with no tagger: the closed lists, "met", "saw"


def _untitled_word(doc: Doc, ws: list[Word], k: int) -> str | None:
    """Without a tagger (English), word k folded when it is a lower-case word and no word of a title (a role word, a
    modifier such as "acting" or "elect", a nationality, a partisan); None otherwise, and always with a tagger."""
    key = fold(ws[k].text)
    if doc.has_annotation("POS") or not ws[k].text.isalpha() or not ws[k].text.islower():
        return None
    if lx.is_role_head(key) or key in lx.ROLE_MODIFIERS or lx.is_nationality(key) or key in lx.PARTISANS:
        return None
    return key


def clause_word(doc: Doc, ws: list[Word], k: int) -> bool:
    """Without a tagger (English), whether word k opens the clause a role runs into, so ends the role: a comparison
    ("a candidate other than X", "a nurse more experienced"), an adverb of time or a verb of the closed lists ("the
    lawyer once defended X", "the senator praised X"), or right after a role word an adverb or a participle ("the
    leader killed in ...", "a nurse living in Leeds", "the mayor recently appointed X"); a participle before a role word
    is its modifier ("chief operating officer"), a word of a title none ("acting", "elect")."""
    key = _untitled_word(doc, ws, k)
    if key is None:
        return False
    if key in lx.COMPARATIVES or key in lx.CLAUSE_ADVERBS or key in _KNOWN_VERBS:
        return True
    before = ws[k - 1] if k > 0 and ws[k - 1].sent == ws[k].sent else None
    after_role = before is not None and (_head(before.text) and before.text.isalpha() or _adverb(before.text))
    if not after_role or len(key) <= _SHORTEST_FORM:
        return False
    if key.endswith(lx.ADVERB_ENDINGS):
        return True  # "the lawyer famously defended X"
    role_next = k + 1 < len(ws) and ws[k + 1].sent == ws[k].sent and _head(ws[k + 1].text)
    return key.endswith(lx.PARTICIPLE_ENDINGS) and not (role_next and key.endswith(_PRESENT))


_SHORTEST_FORM = 4  # "bed", "king", "ally": a word this short is no participle or adverb known by its ending
_PRESENT = "ing"  # "operating officer", "managing director": a present participle before a role word qualifies it


def _adverb(word: str) -> bool:
    """A lower-case adverb, known by its ending or listed ("recently", "once"), read with no tagger."""
    key = fold(word)
    listed = key in lx.CLAUSE_ADVERBS or key in _ADVERBS
    ending = len(key) > _SHORTEST_FORM and key.endswith(lx.ADVERB_ENDINGS)
    return word.isalpha() and word.islower() and (listed or ending)


def _title_before(doc: Doc, ws: list[Word], a: int, person_words: set[int]) -> str | None:
    k = a - 1
    if k >= 0 and fold(ws[k].text) in lx.HONORIFICS and not _styled_role(ws, k):
        k -= 1
    if k >= 0 and _links(ws[k]):
        # "le directeur de cabinet de Jacques Delors": Delors is not the director; "la médaille du préfet à X": X is
        # given the medal, not the office
        return None
    if k >= 0 and _untagged_verb(doc, ws, k):
        return None  # "Reporters met Donald Trump": the name is the verb's object, the noun before it its subject
    comma = k >= 0 and ws[k].text in (",", "-", "–") and ws[k].sent == ws[a].sent
    if comma:
        k -= 1
    span: list[int] = []
    limit = _MAX_BOUNDED_WORDS if comma else _MAX_WORDS
    while k >= 0 and ws[k].sent == ws[a].sent and len(span) < limit and not line_break(doc, ws, k):
        key = fold(ws[k].text)
        if _complement_determiner(ws[k]) and k > 0 and _links(ws[k - 1]):
            # "chef de la diplomatie", "présidente du groupe RN à l'Assemblée", "chef de ses opérations": a complement
            span.insert(0, k)
            k -= 1
            continue
        if k in person_words and span == [] and ws[k + 1].text == ",":
            # "L'avocate de Bernard, Alexandra Michel": another person as the complement of the role
            j = k
            while j - 1 >= 0 and j - 1 in person_words:
                j -= 1
            if j - 1 >= 0 and fold(ws[j - 1].text) in _OF:
                span[:0] = list(range(j - 1, k + 1))
                k = j - 2
                continue
        if ws[k].text == "." and k > 0 and lx.is_role_head(ws[k - 1].text + "."):
            span.insert(0, k)  # "Lt. Col. X": the full stop of a short title
            k -= 1
            continue
        opening = _parenthesis_start(ws, k)
        if opening is not None and (span or comma):  # "le ministre de l'Intérieur (par intérim), X"
            span[:0] = list(range(opening, k + 1))  # "Chief Executive Officer (Acting) of ...": a note on the role
            k = opening - 1
            continue
        qualifier = _qualifier_ending(ws, k)
        if qualifier:
            span[:0] = list(range(k - qualifier + 1, k + 1))  # "le président par intérim de l'Assemblée, X"
            k -= qualifier
            continue
        if _enumeration_comma(ws, k, span):
            span.insert(0, k)  # "ministre de l'Économie, des Finances et de la Relance, X": one role's portfolios
            k -= 1
            continue
        if key in lx.AND_WORDS and span and _coordinated(ws, k, span[0]) and not _two_titles(ws, k, span):
            span.insert(0, k)  # "ministre de la culture et des affaires sociales", "étrangères et européennes"
            k -= 1
            continue
        if _seat(ws, k, span):
            span.insert(0, k)  # "the government delegate in Valencia, X", "Minister in the OPM X": where it sits
            k -= 1
            continue
        if (
            not _allowed(doc, ws[k], person_words, k)
            or time_initials(ws, k)
            or _untagged_verb(doc, ws, k)
            or clause_word(doc, ws, k)
        ):
            break  # ("The minister met General X": the verb ends the title, its subject is someone else)
        span.insert(0, k)
        k -= 1
    if _word_count(ws, span) > _MAX_WORDS and not _opens_phrase(ws, k, a):
        span = _last_words(ws, span)  # no article or sentence start bounds the long run: keep what is near the name
    span = _past_clause_object(ws, span)
    kept = _kept(ws, span)
    if not kept:
        return None if comma else _agent_before(doc, ws, span)
    owner = _name_before_apposition(ws, k, person_words) if comma else None
    if owner is not None and not (_definite(ws, k) and _described_before(doc, ws, owner, person_words)):
        # "M. X, ministre de la Culture, Mme Y", "Tony Blair, le Premier ministre britannique, Jacques Chirac": the
        # role between two names is the first one's apposition; a complement it holds may be the second ("X,
        # représentant du président de la République, Y": Y is the president)
        return _nested_role(doc, ws, span)
    if comma and owner is None and _object_of_preposition(doc, ws, kept[0], a, person_words):
        return None
    if kept == span and style_only([ws[n].text for n in kept]):
        # "INEC Chairman, Professor X", "Israel's chief military spokesperson, Rear Admiral X": a style or a rank
        # sits between the name and its office, given before a comma
        return _title_before(doc, ws, kept[0], person_words) or _phrase(doc, ws, span)
    return _phrase(doc, ws, span)


def style_only(words: list[str]) -> bool:
    """Whether a title is only a style or a rank, with its modifiers ("Professor", "Rear Admiral"): an office the
    text also gives says more."""
    keys = [fold(w) for w in words]
    return any(k in lx.STYLE_TITLES for k in keys) and all(k in lx.STYLE_TITLES | lx.ROLE_MODIFIERS for k in keys)


def _agent(doc: Doc, w: Word) -> bool:
    """A noun of someone's trade or standing the role words lack, known by its ending ("toxicologue", "braconnier")
    and read as a noun by the tagger (without one, such an ending says too little: "dossier", "secteur")."""
    return (
        doc.has_annotation("POS") and (doc[w.i].pos_ == "NOUN" or _after_elision(doc, w)) and lx.is_agent_noun(w.text)
    )


def _after_elision(doc: Doc, w: Word) -> bool:
    """The word follows an elided article ("l’astrophysicien"): only a noun or an adjective stands there, whatever the
    tagger says (a typographic apostrophe throws it: it reads "l’" as a noun and the word after it as punctuation)."""
    return (
        w.i > 0 and fold(doc[w.i - 1].text) in _ELIDED_ARTICLES and doc[w.i - 1].idx + len(doc[w.i - 1]) == doc[w.i].idx
    )


_ELIDED_ARTICLES = frozenset(d for d in lx.DETERMINERS if d.endswith("'"))  # "l'", folded from "l’" too


def _adjectives(doc: Doc, ws: list[Word], run: list[int]) -> bool:
    """Every word of the run is a lower-case adjective or nationality ("californien", "parisien"), not a participle
    that opens a clause of its own ("un cordonnier breton installé près de Rennes")."""
    return all(
        ws[n].text.islower()
        and not ws[n].text.rstrip("s").rstrip("e").endswith(lx.PAST_ENDINGS)
        and (lx.is_nationality(ws[n].text) or doc[ws[n].i].pos_ == "ADJ")
        for n in run
    )


def _agent_before(doc: Doc, ws: list[Word], span: list[int]) -> str | None:
    """ "la toxicologue Dominique Parent-Massin", "du biologiste Séralini", "le jardinier californien X": a noun of
    someone's trade right after a determiner, with only its adjectives between it and the name, is the role."""
    if not doc.has_annotation("POS"):
        return _untagged_agent_before(doc, ws, span)
    for at in range(len(span) - 1, -1, -1):
        k = span[at]
        if not _agent(doc, ws[k]):
            continue
        before = fold(ws[k - 1].text) if k > 0 and ws[k - 1].sent == ws[k].sent else ""
        if before not in lx.DETERMINERS or not _adjectives(doc, ws, span[at + 1 :]):
            return None
        return doc_text(doc)[ws[k].start : ws[span[-1]].end]
    return None


def _untagged_agent_before(doc: Doc, ws: list[Word], span: list[int]) -> str | None:
    """ "Boston Marathon bomber X", "the Australian teenager X": read with no tagger, a noun of someone's deed or
    trade right before the name, with only the names, nationalities and role modifiers before it that qualify it,
    is the role (English puts them before the noun; a lower-case word of no known kind ends the role there)."""
    if not span or not lx.is_untagged_agent(ws[span[-1]].text):
        return None
    at = len(span) - 1
    while at > 0 and _qualifier(ws[span[at - 1]]):
        at -= 1
    return doc_text(doc)[ws[span[at]].start : ws[span[-1]].end]


def _qualifier(w: Word) -> bool:
    """A word that may qualify a noun of someone's trade before it: a name's word, a nationality, a role modifier."""
    key = fold(w.text)
    return w.text[:1].isupper() or lx.is_nationality(key) or key in lx.ROLE_MODIFIERS


def _untagged_agent_after(doc: Doc, ws: list[Word], span: list[int]) -> str | None:
    """ "X, a trader in Leeds, said", "X, a former bus driver": read with no tagger, an apposition whose first word,
    or one of the next after its qualifiers or nouns, is a noun of someone's trade or deed gives it as the role."""
    for at in range(min(_AGENT_REACH, len(span))):
        if lx.is_untagged_agent(ws[span[at]].text):
            return doc_text(doc)[ws[span[0]].start : ws[span[at]].end]
        if not (_qualifier(ws[span[at]]) or ws[span[at]].text.isalpha() and ws[span[at]].text.islower()):
            return None
    return None


_AGENT_REACH = 3  # "a former bus driver": the noun of the trade within the apposition's first words


def _agent_after(doc: Doc, ws: list[Word], span: list[int]) -> str | None:
    """ "X, toxicologue, ancien de ...", "X, un jardinier californien atteint de ...": an apposition opened by a noun
    of someone's trade gives it, with the adjectives right after it, as the role."""
    if span and not doc.has_annotation("POS"):
        return _untagged_agent_after(doc, ws, span)
    if not span or not _agent(doc, ws[span[0]]):
        return None
    word = ws[span[0]].text
    if word.endswith("s") and lx.is_agent_noun(word[:-1]):
        return word[:-1]  # "X et Y, braconniers de grande envergure": each of them is a "braconnier"
    end = 1
    while end < len(span) and _adjectives(doc, ws, span[end : end + 1]):
        end += 1
    return doc_text(doc)[ws[span[0]].start : ws[span[end - 1]].end]


def _past_clause_object(ws: list[Word], span: list[int]) -> list[int]:
    """The span from the object of a preposition that follows a word of no role ("Le chef de l'État prendra part à
    la cérémonie d'investiture du Président élu du Bénin, X": the tagger read the verb as a noun), when that object
    holds a role word of its own; else the span as it is ("chargé de mission à la DRH" keeps its preposition)."""
    for at in range(len(span) - 1, 0, -1):
        before, word = ws[span[at - 1]], ws[span[at]]
        if fold(word.text) not in lx.ROLE_PREPOSITIONS or not _no_role_word(before):
            continue
        rest = span[at + 1 :]
        if rest and fold(ws[rest[0]].text) in _ARTICLES_AFTER_OF:
            rest = rest[1:]
        return rest if any(_head(ws[n].text) for n in rest) else span
    return span


def _no_role_word(w: Word) -> bool:
    """A lower-case word that is neither a role word nor one that goes with it ("part" of "prendra part à")."""
    key = fold(w.text)
    return (
        w.text.isalpha()
        and w.text.islower()
        and not _head(w.text)
        and key not in lx.ROLE_MODIFIERS | _OF | _ARTICLES_AFTER_OF
        and not lx.is_nationality(key)
    )


def _word_count(ws: list[Word], span: list[int]) -> int:
    """The words of a span, its commas aside ("du Conseil Économique, Social, Environnemental et Culturel")."""
    return sum(1 for k in span if any(c.isalnum() for c in ws[k].text))


def _last_words(ws: list[Word], span: list[int]) -> list[int]:
    """The end of a span that holds its last _MAX_WORDS words, with the commas between them."""
    at = len(span)
    while at > 0 and _word_count(ws, span[at - 1 :]) <= _MAX_WORDS:
        at -= 1
    return span[at:]


def _opens_phrase(ws: list[Word], k: int, a: int) -> bool:
    """Whether word k, the one before a role run, bounds it on the left: an article, or the sentence's start."""
    return k < 0 or ws[k].sent != ws[a].sent or fold(ws[k].text) in _DETS


def _styled_role(ws: list[Word], k: int) -> bool:
    """An honorific that a role modifier makes an office: "First Lady X" is the first lady, "Lady X" only styled."""
    return lx.is_role_head(ws[k].text) and k > 0 and fold(ws[k - 1].text) in lx.ROLE_MODIFIERS


_NOTE_WORDS = 2  # "(Acting)", "(par intérim)": a short note in parentheses inside a role


def _parenthesis_start(ws: list[Word], k: int) -> int | None:
    """Where the parentheses closing at k open, when they hold a short note of words, within one sentence."""
    if ws[k].text != ")":
        return None
    for n in range(k - 1, max(-1, k - 2 - _NOTE_WORDS), -1):
        if ws[n].sent != ws[k].sent:
            return None
        if ws[n].text == "(":
            return n if n < k - 1 else None
        if not ws[n].text.replace("-", "").isalpha():  # "(et Premier-ministrable)"
            return None
    return None


def _qualifier_ending(ws: list[Word], k: int) -> int:
    """The number of words of a role qualifier ("par intérim") that ends at word k, within one sentence, or 0."""
    for seq in lx.ROLE_QUALIFIERS:
        start = k - len(seq) + 1
        if start >= 0 and ws[start].sent == ws[k].sent and words_at(ws, start, (seq,)):
            return len(seq)
    return 0


def _enumeration_comma(ws: list[Word], k: int, span: list[int]) -> bool:
    """Whether the comma at k parts the portfolios one role lists, the last joined by "et"/"and" ("ministre de
    l'Économie, des Finances et de la Relance", "Minister of Industry, Investment and Commerce", "conseil économique,
    social et environnemental"): a capitalised portfolio before it, another (or its "de"/"of") after it, or two
    lower-case adjectives of one body."""
    if ws[k].text != "," or not span or k < 1 or not any(fold(ws[n].text) in lx.AND_WORDS for n in span):
        return False
    before, after = ws[k - 1].text, ws[span[0]].text
    if before.islower() and before.isalpha():  # "conseil économique, social et environnemental"
        return after.islower() and after.isalpha() and fold(after) not in _STOPS
    return before[:1].isupper() and (fold(after) in _OF or after[:1].isupper())


def _last_portfolio(ws: list[Word], k: int, after: int) -> bool:
    """Whether the "and" at k joins the last of a role's capitalised portfolios to the one before it, itself after
    "of" or a comma ("Minister of Trade, Industry and Energy", "Secretary of Health and Human Services")."""
    return (
        k > 1
        and ws[after].text[:1].isupper()
        and ws[k - 1].text[:1].isupper()
        and (ws[k - 2].text == "," or fold(ws[k - 2].text) in _OF)
    )


def _two_titles(ws: list[Word], k: int, span: list[int]) -> bool:
    """Whether the "and" at k joins two people's titles, not one role's portfolios: a plural role word before it names a
    body of members and the words after it hold a role word of their own ("the speaker of the House of Representatives
    and Senate majority leader X": X leads the Senate's majority, no representative)."""
    plural = k > 0 and not lx.is_role_head(ws[k - 1].text) and singular_role(ws[k - 1].text) is not None
    return plural and any(_head(ws[n].text) for n in span)


def _coordinated(ws: list[Word], k: int, after: int) -> bool:
    """Whether the "et"/"and" at k joins two parts of one role: complements ("de la culture et des sports") or
    lower-case words ("étrangères et européennes", "ministre et porte-parole")."""
    if fold(ws[after].text) in _OF | _ARTICLES_AFTER_OF:
        return True
    before = ws[k - 1].text if k > 0 else ""
    if _last_portfolio(ws, k, after):
        return True
    return (
        ws[after].text.islower()
        and before.islower()
        and before.isalpha()
        and fold(before) not in _STOPS
        and fold(ws[after].text) not in _STOPS
    )


def _object_of_preposition(doc: Doc, ws: list[Word], first: int, a: int, person_words: set[int]) -> bool:
    """ "devant le juge, X a reconnu", "according to the mayor, X left": the role phrase before the comma is a
    fronted preposition's object and the name the subject that follows it, not an apposition; a name closed by
    punctuation is one ("placé en détention par le juge, Charles X, mardi", "avec sa directrice, X.")."""
    b = a
    while b in person_words:
        b += 1
    if b >= len(ws) or ws[b].sent != ws[a].sent or not ws[b].text[:1].isalnum():
        return False
    if doc.has_annotation("POS") and doc[ws[b].i].pos_ == "ADP":
        # "avec la ministre de la Justice, X avant de recevoir ...", "avec le ministre, X à 8h30": a preposition, no
        # verb, follows the name; it closes an apposition, the name is no subject of a main clause
        return False
    n = first - 1
    if n >= 0 and fold(ws[n].text) in _DETS | _ARTICLES_AFTER_OF:
        n -= 1
    return n >= 0 and ws[n].sent == ws[first].sent and fold(ws[n].text) in lx.OBJECT_PREPOSITIONS


def _next_item(ws: list[Word], k: int, person_words: set[int]) -> bool:
    """Whether a comma at k is followed by a name, in the same sentence."""
    return k + 1 < len(ws) and ws[k].text == "," and k + 1 in person_words and ws[k + 1].sent == ws[k].sent


def _name_start(b: int, person_words: set[int]) -> int:
    """Where the name that ends right before word b starts."""
    a = b - 1
    while a - 1 >= 0 and a - 1 in person_words:
        a -= 1
    return a


def _definite(ws: list[Word], k: int) -> bool:
    """Whether word k is a definite article: a title given before a name has one ("le roi du Maroc, X"); an
    indefinite one describes the name before it ("X, un conseiller du président, ...")."""
    return k >= 0 and fold(ws[k].text) in lx.ARTICLES


def _determiner(ws: list[Word], k: int) -> bool:
    """Whether word k is a determiner that opens a role ("le", "the", "son")."""
    return k >= 0 and fold(ws[k].text) in _DETS


def _name_before_apposition(ws: list[Word], k: int, person_words: set[int]) -> int | None:
    """Where the name starts that a comma closes right before a role phrase whose first word (or its determiner) is
    at k + 1 ("X, ministre ...", "X, le roi ..."), or None."""
    n = k - 1 if _determiner(ws, k) else k
    if n < 1 or ws[n].text != "," or n - 1 not in person_words or ws[n - 1].sent != ws[n].sent:
        return None
    return _name_start(n, person_words)


def _described_before(doc: Doc, ws: list[Word], a: int, person_words: set[int]) -> bool:
    """Whether the name at a is already given a title or a nationality before it ("le ministre X", "le Sud-Africain
    X"): in a list of such names, a determined role after a comma opens the next item ("le Sud-Africain X, le roi
    du Maroc, Y, le Nigérian Z": Y is the king)."""
    return demonym_after_article(ws, a - 1) or _title_before(doc, ws, a, person_words) is not None


def _nested_role(doc: Doc, ws: list[Word], span: list[int]) -> str | None:
    """The role a role phrase's complement names, from its last role word after "de"/"of" to the end ("représentant
    du président de la République" -> "président de la République"), or None."""
    # the role word is the complement's own noun, right after "de" or its article ("du président"), not a word that
    # goes on the role before it ("secrétaire d'État chargée de la Santé": "chargée" is the secretary's)
    heads = [
        at
        for at, n in enumerate(span)
        if _head(ws[n].text) and any(fold(ws[m].text) in _OF for m in span[:at]) and _nominal(ws, span, n)
    ]
    if not heads:
        return None
    kept = span[heads[-1] :]
    while kept and (_links(ws[kept[-1]]) or fold(ws[kept[-1]].text) in _ARTICLES_AFTER_OF):
        kept = kept[:-1]
    return doc_text(doc)[ws[kept[0]].start : ws[kept[-1]].end] if kept else None


def role_after(doc: Doc, ws: list[Word], b: int, person_words: set[int]) -> str | None:
    """An apposition after a name: "Tony Blair, le Premier ministre britannique, ...", or in parentheses that hold
    the role alone ("X (autre candidat à Matignon) à 8h30", "X (ministre des Relations extérieures)")."""
    bare = _bare_apposition(doc, ws, b, person_words)
    if not bare and (b >= len(ws) or ws[b].text not in (",", "-", "–", "—", "(", ":") or b + 1 >= len(ws)):
        return None
    sent = ws[b].sent
    k = b if bare else b + 1
    while k < len(ws) and fold(ws[k].text) in _ADVERBS:
        k += 1
    k = _past_age(ws, k, sent)
    led = _led(doc, ws, k, person_words)
    if led is not None:
        return led
    k = _past_openers(ws, k, sent)
    k = _past_possessor(ws, k, sent)
    determined = k > 0 and fold(ws[k - 1].text) in _DETS
    definite = _definite(ws, k - 1)
    span: list[int] = []
    while k < len(ws) and ws[k].sent == sent and len(span) < _MAX_WORDS and not line_break(doc, ws, k - 1):
        if _complement_determiner(ws[k]) and span and _links(ws[span[-1]]):
            span.append(k)
            k += 1
            continue
        qualifier = words_at(ws, k, lx.ROLE_QUALIFIERS) if span else None
        if qualifier:  # "X, président par intérim de l'Assemblée"
            span += list(range(k, k + len(qualifier)))
            k += len(qualifier)
            continue
        if not _allowed(doc, ws[k], person_words, k) or (span and clause_word(doc, ws, k)):
            break  # ("X, a nurse living in Leeds": the participle opens a clause, the role ends before it)
        span.append(k)
        k += 1
    if _title_of_next(ws, span, k, person_words):
        return None  # "Lt. Gov. X, Premier Y and Mayor Z": in a list, the title right before a name is that name's
    if ws[b].text == "(" and (k >= len(ws) or ws[k].text != ")"):
        # "X (représenté par Y, son ministre)": the parentheses say more than a role, unless they hold one role whose
        # complement runs on past the phrase's limits ("X (secrétaire d'État aux Anciens combattants et à la Mémoire)")
        return _bracketed_role(doc, ws, b, person_words)
    if (
        definite
        and ws[b].text == ","
        and _next_item(ws, k, person_words)
        and _described_before(doc, ws, _name_start(b, person_words), person_words)
    ):
        return None  # "le Sud-Africain X, le roi du Maroc, Y": in a list of described names, the role is Y's title
    # "X, White House communications director": the name of what the role serves may open it, as a qualifier
    named = next((at for at, n in enumerate(span) if not ws[n].text[:1].isupper() or _head(ws[n].text)), len(span))
    if not span or not any(_head(ws[n].text) for n in span[: named + 3]):
        return (
            _agent_after(doc, ws, span)
            or _parsed_apposition(doc, ws, b, k, span, person_words)
            or _bare_description(doc, ws, b, person_words)
        )
    if (
        determined
        and ws[b].text == ","
        and _fronted(ws, b, person_words)
        and k < len(ws)
        and ws[k].sent == sent
        and _is_verb(doc, ws[k])
    ):
        # "selon le programme de X, le chef de l'Etat arrive mercredi": after a fronted phrase that ends on the name,
        # the subject of the main clause, no apposition ("X, le Premier ministre britannique a achevé" opens the
        # sentence and lost its closing comma; so may a bare role: "X, fondatrice de Y affirme"); after a colon or a
        # dash the role opens the clause that tells of the name ("ce n'est pas le cas de X : la ministre du Logement
        # doit ...", "elle succèdera à X - le président du Sénat aura ...")
        return None
    first = next(n for n in span if _head(ws[n].text))
    if any(fold(ws[n].text) in _OF for n in span[: span.index(first)]):
        return None  # "X, proche du ministre", "X, a friend of the president": the role is the other person's
    if _plural_subject(ws, first, k):
        return None  # "..., X and Y, officials said": the plural after the comma speaks, it describes no name
    kept = _kept(ws, span, first_head=True)
    if named and kept and span.index(kept[0]) <= named + 2:
        # the qualifier and the words between it and the head are the role's ("White House communications director")
        return doc_text(doc)[ws[span[0]].start : ws[kept[-1]].end]
    return _phrase(doc, ws, span, first_head=True)


def _bracketed_role(doc: Doc, ws: list[Word], b: int, person_words: set[int]) -> str | None:
    """ "X (secrétaire d'État aux Anciens combattants et à la Mémoire)", "X (ministre de l'Intérieur, de l'Outre-mer et
    des Collectivités)": parentheses opened by a role word bound the role at both ends, so its whole content is the
    role, however many portfolios it lists; none when they hold a name, a verb or more parentheses (a clause, not a
    title), or close past their limit."""
    first = b + 1
    if first >= len(ws) or not _head(ws[first].text):
        return None
    end = first
    while end < len(ws) and ws[end].text != ")" and end - first < _MAX_BOUNDED_WORDS:
        if end in person_words or ws[end].text == "(" or ws[end].sent != ws[b].sent or _is_verb(doc, ws[end]):
            return None
        end += 1
    if end >= len(ws) or ws[end].text != ")" or ws[end - 1].text in (",", ";"):
        return None
    return doc_text(doc)[ws[first].start : ws[end - 1].end]


def _bare_apposition(doc: Doc, ws: list[Word], b: int, person_words: set[int]) -> bool:
    """ "accueil par S.E. Paul Biya président de la République", "X chef d'antenne du parc déclare": an office written
    in lower case right after the name, with its complement, stands in apposition though no comma sets it apart (a
    programme's line, a hurried sentence); a role word in lower case is no part of a name, and one with "de" after it
    says whose office it is. Not a participle ("X accusé de vol"): the tagger reads a noun."""
    return (
        1 < b < len(ws) - 1
        and {b - 2, b - 1} <= person_words  # a full name: a surname alone may be another's, cut from its given name
        and b not in person_words
        and ws[b].sent == ws[b - 1].sent == ws[b + 1].sent
        and not line_break(doc, ws, b - 1)
        and ws[b].text.isalpha()
        and ws[b].text.islower()
        and lx.is_role_head(ws[b].text)
        and fold(ws[b + 1].text) in lx.OF_WORDS
        and (not doc.has_annotation("POS") or doc[ws[b].i].pos_ == "NOUN")
    )


def _parsed_apposition(doc: Doc, ws: list[Word], b: int, k: int, span: list[int], person_words: set[int]) -> str | None:
    """ "X, une figure du quartier, ...", "X, le géant de la littérature, ...": a noun the parser sets in apposition to
    the name, between commas, describes the person: it is the role, with its complement, though no role list holds
    it; words of time so read ("X, la semaine dernière,") and places are not."""
    if not span or ws[b].text != ",":
        return None
    if not doc.has_annotation("DEP"):
        return _determined_apposition(doc, ws, span, _closed(ws, b, k) or _named_complement(ws, k, span))
    if not _closed(ws, b, k):
        return None  # the apposition is closed, else the words run into a clause of their own
    if _opening_phrase(doc, ws, b, person_words):
        return None
    noun = doc[ws[span[0]].i]
    name = range(ws[_name_start(b, person_words)].i, ws[b].i)
    key = fold(noun.text)
    if noun.pos_ != "NOUN" or noun.dep_ != "appos" or noun.head.i not in name or not noun.text.islower():
        return None
    if key in lx.TIME_NOUNS or key in lx.PLACE_NOUNS or key in lx.AGE_WORDS:
        return None
    kept = _without_trailing_links(ws, span)
    return doc_text(doc)[ws[kept[0]].start : ws[kept[-1]].end] if kept else None


_BARE_MIN_WORDS = 2  # one lower-case word alone after a name may say how the person is, not what ("X, absent,")


def _bare_description(doc: Doc, ws: list[Word], b: int, person_words: set[int]) -> str | None:
    """ "X, artisan boucher.", "X, antifasciste parisien,", "X, public relations person for the project.": a noun
    phrase with no article right after a full name and its comma, closed by the next comma or the sentence's end, says
    what the person is, though no role list holds its noun (the newsroom's way of giving a function). Not when a verb,
    a pronoun, an adverb or a preposition other than "of" is in it: that is a clause ("X, seul dans sa voiture,"); a
    capitalised word only inside an of-complement ("du navire Eixil"), else it is a list of names."""
    if b + 1 >= len(ws) or ws[b].text != "," or not {b - 2, b - 1} <= person_words:
        return None
    span = _bare_span(doc, ws, b, person_words)
    if len(span) < _BARE_MIN_WORDS or _opening_phrase(doc, ws, b, person_words):
        return None
    first = ws[span[0]].text
    if not first.isalpha() or not first.islower() or fold(first).endswith(lx.ADVERB_ENDINGS):
        return None
    if fold(first) in _NOT_DESCRIPTIONS | lx.PLACE_NOUNS | _OF | _STOPS or _clause_words(doc, ws, span):
        return None  # ("X, of Ohio,": where the person is from, no description)
    kept = _without_trailing_links(ws, span)
    return doc_text(doc)[ws[kept[0]].start : ws[kept[-1]].end] if kept else None


def _bare_span(doc: Doc, ws: list[Word], b: int, person_words: set[int]) -> list[int]:
    """The words after the comma at b up to the next closer, or none when a name or a line break comes first or no
    closer comes within a bounded role's length."""
    span: list[int] = []
    k = b + 1
    while k < len(ws) and ws[k].sent == ws[b].sent and ws[k].text not in _CLOSERS and len(span) < _MAX_BOUNDED_WORDS:
        if k in person_words or line_break(doc, ws, k - 1):
            return []
        span.append(k)
        k += 1
    return span if _closed(ws, b, k) else []


_NOT_IN_DESCRIPTIONS = ("VERB", "AUX", "PRON", "ADV")  # the tagger's readings that make a clause of an apposition


def _clause_words(doc: Doc, ws: list[Word], span: list[int]) -> bool:
    """Whether the words of a bare apposition make a clause or a list rather than a description: a function word
    other than "of" and its article, a word of time or speech, a verb or an adverb (the tagger's, or without one a
    known verb, a past or "-ing" form, an adverb or a word of comparison), or a capitalised word before any "of" (a
    name)."""
    linked = False
    for n in span:
        key = fold(ws[n].text)
        linked = linked or key in _OF
        if key in _OF:
            continue
        if (ws[n].text[:1].isupper() and not linked) or key in _NOT_DESCRIPTIONS:
            return True
        if key in _STOPS and key not in _ARTICLES_AFTER_OF:
            return True
        if not doc.has_annotation("POS") and (key in lx.UNTAGGED_VERBS or key.endswith(lx.PARTICIPLE_ENDINGS)):
            return True
        if not doc.has_annotation("POS") and (_adverb(ws[n].text) or key in lx.COMPARATIVES):
            return True  # "X, also 19,": an adverb makes a clause (here an age's), no description
    if not doc.has_annotation("POS"):
        return False
    # (a nationality is no verb, whatever the tagger reads: "du navire de pêche espagnol")
    tags = [doc[ws[n].i].pos_ for n in span if not lx.is_nationality(fold(ws[n].text))]
    return not tags or tags[0] not in ("NOUN", "ADJ", "PROPN") or any(t in _NOT_IN_DESCRIPTIONS for t in tags)


def _without_trailing_links(ws: list[Word], span: list[int]) -> list[int]:
    """An apposition's words without the links and articles a cut left at its end ("une figure du")."""
    kept = span
    while kept and (_links(ws[kept[-1]]) or fold(ws[kept[-1]].text) in _ARTICLES_AFTER_OF | _DETS):
        kept = kept[:-1]
    return kept


_CLOSERS = (",", ")", "-", "–", "—", ".")


def _closed(ws: list[Word], b: int, k: int) -> bool:
    """Whether the apposition that stops before word k ends there: a comma, a bracket, a dash or the sentence's end."""
    return k >= len(ws) or ws[k].sent != ws[b].sent or ws[k].text in _CLOSERS


def _named_complement(ws: list[Word], k: int, span: list[int]) -> bool:
    """Whether a phrase cut at its length limit runs on into a capitalised name it governs ("the cluster lead for the
    Southern Africa Litigation Centre"): the description is there, its complement only cut short."""
    return len(span) >= _MAX_WORDS and k < len(ws) and ws[k].text[:1].isupper()


# words that make an apposition no description of the person: time, speech, age ("the day before", "the company said")
_NOT_DESCRIPTIONS = lx.TIME_NOUNS | lx.SPEECH_OR_ACTION | lx.SPEECH_AFTER | lx.AGE_WORDS


def _determined_apposition(doc: Doc, ws: list[Word], span: list[int], closed: bool) -> str | None:
    """ "X, a senior Labour Party figure, said", "X, the justice cluster lead for Y, said": read with no parser, a
    noun phrase opened by an article or a possessive right after the name, closed by a comma or the sentence's end,
    describes the person, though no role list holds its noun; words of time ("X, the day before,") and a clause of
    speech ("X, the company said") are not such a phrase."""
    if not closed or span[0] == 0 or fold(ws[span[0] - 1].text) not in _DETS:
        return None
    keys = [fold(ws[n].text) for n in span]
    if any(key in _NOT_DESCRIPTIONS for key in keys):
        return None
    if any(_head(ws[n].text) for n in span):
        return None  # "X, a friend of the governor": the role word the phrase holds is another person's
    kept = _without_trailing_links(ws, span)
    if not kept or not any(ws[n].text.islower() and ws[n].text.isalpha() for n in kept):
        return None  # "X, the BBC, ...": a name in apposition, no description
    return doc_text(doc)[ws[kept[0]].start : ws[kept[-1]].end]


def _opening_phrase(doc: Doc, ws: list[Word], b: int, person_words: set[int]) -> bool:
    """Whether the name ending at b closes a preposition's phrase that opens its sentence ("Pour X, le problème,
    c'est l'argent"): what follows the comma is the clause's own, no apposition."""
    k = _name_start(b, person_words) - 1
    return k >= 0 and sentence_start(ws, k) and doc[ws[k].i].pos_ == "ADP"


def _plural_subject(ws: list[Word], head: int, k: int) -> bool:
    """Whether the role word at `head` is a plural whose phrase, ending before k, a verb of speech or action
    follows: the subject of the next clause ("officials said"), no apposition."""
    plural = not lx.is_role_head(ws[head].text) and singular_role(ws[head].text) is not None
    return plural and k < len(ws) and fold(ws[k].text) in lx.SPEECH_OR_ACTION | lx.SPEECH_AFTER


def _title_of_next(ws: list[Word], span: list[int], k: int, person_words: set[int]) -> bool:
    """Whether the words after a comma run straight into the next name, with no word that links them to it: they
    are that name's title ("X, Premier Y"), not an apposition of the name before ("X, adviser to Y" links them)."""
    return (
        bool(span)
        and k < len(ws)
        and k in person_words
        and ws[k].sent == ws[span[0]].sent
        and not any(_links(ws[n]) or fold(ws[n].text) in _ARTICLES_AFTER_OF for n in span)
    )


def words_at(ws: list[Word], k: int, sequences: tuple[tuple[str, ...], ...]) -> tuple[str, ...] | None:
    """The first of the word sequences that the words from k spell, within one sentence."""
    for seq in sequences:
        found = [fold(w.text) for w in ws[k : k + len(seq)] if k < len(ws) and w.sent == ws[k].sent]
        if tuple(found) == seq:
            return seq
    return None


def _complement(doc: Doc, ws: list[Word], k: int, person_words: set[int]) -> list[int]:
    """The words of what a role word governs from k ("the regional administration", "la CFDT"): a determiner, then
    the words a role phrase may hold, within one line."""
    span: list[int] = []
    if k < len(ws) and fold(ws[k].text) in _DETS:
        span.append(k)
        k += 1
    while k < len(ws) and ws[k].sent == ws[span[0] if span else k].sent and len(span) < _MAX_WORDS:
        if span and line_break(doc, ws, k - 1):
            break
        complement = fold(ws[k].text) in _ARTICLES_AFTER_OF and span and _links(ws[span[-1]])
        if not complement and not _allowed(doc, ws[k], person_words, k):
            break
        span.append(k)
        k += 1
    while span and (_links(ws[span[-1]]) or fold(ws[span[-1]].text) in _DETS):
        span.pop()
    return span


def _led(doc: Doc, ws: list[Word], k: int, person_words: set[int]) -> str | None:
    """ "X, who heads the regional administration", "X, désignée à la tête de la CFDT": what the name leads, with
    the words of leading, is the role (a participle of appointment may come first)."""
    if k < len(ws) and _is_participle(doc, ws[k]):
        k += 1
    seq = words_at(ws, k, lx.LEAD_PHRASES)
    if seq is None:
        return None
    start = k + 1 if seq[0] in lx.RELATIVE_WORDS else k
    led = _complement(doc, ws, k + len(seq), person_words)
    # what is led is named, or one body given with a definite article ("the regional administration") or after "de"
    # ("à la tête du syndicat"), not an activity ("qui dirige les débats") nor any one of a kind ("who runs a bakery")
    if not led or not (
        any(ws[n].text[:1].isupper() for n in led) or fold(ws[led[0]].text) in lx.SINGULAR_ARTICLES or seq[-1] in _OF
    ):
        return None
    return doc_text(doc)[ws[start].start : ws[led[-1]].end]


def _is_participle(doc: Doc, w: Word) -> bool:
    """A past participle ("désignée", "nommé") the tagger reads as a verb."""
    return doc.has_annotation("POS") and doc[w.i].pos_ == "VERB" and "Part" in doc[w.i].morph.get("VerbForm", [])


_CAPACITY_REACH = 12  # how far after a name its clause may say in what capacity it acts


def role_in_capacity(doc: Doc, ws: list[Word], a: int, b: int, person_words: set[int]) -> str | None:
    """ "X entame lundi sa dernière semaine en tant que président de la République", "X l'accompagnera en sa qualité
    de ministre des sports": a name that opens its clause acts in the role its clause gives it, a role word right
    after the opener, before any other name."""
    opens = a == 0 or ws[a - 1].sent != ws[a].sent or ws[a - 1].text in (",", ":", ";") or line_break(doc, ws, a - 1)
    if not opens:
        return None
    for n in range(b, min(b + _CAPACITY_REACH, len(ws))):
        if ws[n].sent != ws[a].sent or n in person_words or line_break(doc, ws, n - 1):
            return None
        seq = words_at(ws, n, lx.CAPACITY_OPENERS)
        if seq is None:
            continue
        first = n + len(seq)
        if first >= len(ws) or not (_head(ws[first].text) or fold(ws[first].text) in lx.ROLE_MODIFIERS):
            return None
        span = _complement(doc, ws, first, person_words)
        return _phrase(doc, ws, span, first_head=True) if span else None
    return None


def role_predicate(doc: Doc, ws: list[Word], a: int, b: int, person_words: set[int]) -> str | None:
    """ "X est le président de la chambre d'agriculture", "X was named the new leader of the group": a name that is
    the subject of a copula or of a verb of appointment has the role its attribute gives, a role word (or a modifier
    of one) right after the verb, its article aside."""
    sent = ws[a].sent
    if a > 0 and ws[a - 1].sent == sent and fold(ws[a - 1].text) in _OF:
        return None  # "le fils de X est ministre": the name completes the subject, the role is the subject's
    seq = words_at(ws, b, lx.PREDICATE_COPULAS)
    if seq is None:
        return None
    k = _past_openers(ws, b + len(seq), sent)
    first = ws[k] if k < len(ws) and ws[k].sent == sent else None
    if first is None or not (_head(first.text) or fold(first.text) in lx.ROLE_MODIFIERS):
        return None
    span = _complement(doc, ws, k, person_words)
    return _phrase(doc, ws, span, first_head=True) if span else None


def _fronted(ws: list[Word], b: int, person_words: set[int]) -> bool:
    """Whether the name ending at b closes a phrase fronted before the main clause: it does not open its sentence,
    nor the clause after a colon or a semicolon ("C'est une visite importante : X, le Premier ministre sera ...")."""
    a = b - 1
    while a - 1 >= 0 and a - 1 in person_words:
        a -= 1
    k = a - 1
    while k >= 0 and fold(ws[k].text) in lx.HONORIFICS:
        k -= 1
    return k >= 0 and not sentence_start(ws, k + 1) and ws[k].text not in _CLAUSE_OPENERS


_CLAUSE_OPENERS = (":", ";")  # after them a clause starts, as a sentence does


_AGE_DIGITS = 3  # an age has three digits at most


def age_end(ws: list[Word], k: int, sent: int) -> int:
    """The end of an age written at `k` ("58", "45 years old", "45 ans"), or `k` when there is none."""
    if k >= len(ws) or ws[k].sent != sent or not ws[k].text.isdigit() or len(ws[k].text) > _AGE_DIGITS:
        return k
    n = k + 1
    while n < len(ws) and ws[n].sent == sent and fold(ws[n].text) in lx.AGE_WORDS:
        n += 1
    return n


def _past_age(ws: list[Word], k: int, sent: int) -> int:
    """ "X, 45 ans, maire de ...", "X, 45, a nurse": an age in apposition before the role."""
    n = age_end(ws, k, sent)
    return n + 1 if n > k and n < len(ws) and ws[n].text == "," else k


_OPENERS = 2  # "qui est l'un des fondateurs", "présenté comme un des chefs": a copula, then "one of"


def _past_openers(ws: list[Word], k: int, sent: int) -> int:
    """Past the words that open an apposed role, each after its determiner: a copula or a participle of description
    may come before "l'un des" ("X, qui est l'un des fondateurs de Y", "X, présenté comme un des chefs du réseau")."""
    for _ in range(_OPENERS):
        determined = k < len(ws) and fold(ws[k].text) in _DETS and _past_opener(ws, k, sent) == k
        at = k + 1 if determined else k  # "l'un des": the article before the opener ("un" is one too)
        opened = _past_opener(ws, at, sent)
        if opened == at:
            break
        k = opened
        if k < len(ws) and ws[k].text.islower() and fold(ws[k].text).rstrip("s") in lx.ORDINAL_PRONOUNS:
            k += 1  # "un des premiers soutiens", "one of the first members": the ordinal ranks, the noun is the role
    return k + 1 if k < len(ws) and fold(ws[k].text) in _DETS else k


def _past_opener(ws: list[Word], k: int, sent: int) -> int:
    """ "l'un des fondateurs", "one of the founders", "qui est maire de", "who is the mayor of": words that open
    an apposed role without being part of it."""
    for opener in lx.ROLE_OPENERS:
        found = [fold(w.text) for w in ws[k : k + len(opener)] if w.sent == sent]
        if tuple(found) == opener:
            return k + len(opener)
    return k


_POSSESSOR_WORDS = 4  # "the Trump campaign's", "the European Central Bank's": a few words at most


def _past_possessor(ws: list[Word], k: int, sent: int) -> int:
    """ "X, the Trump campaign's political director", "X, Trump's nominee for ...": an apposed role may open with
    a possessor (a name, an organisation); the role is what it owns, so it begins after the possessive."""
    for n in range(k, min(k + _POSSESSOR_WORDS + 1, len(ws))):
        if ws[n].sent != sent:
            return k
        if ws[n].text in lx.POSSESSIVES:
            return n + 1 if n > k else k
        if not any(c.isalnum() for c in ws[n].text) or fold(ws[n].text) in _STOPS:
            return k
    return k


_LINE_HEAD_REACH = 3  # "SHA Director of Planning", "Le porte-parole du Conseil": the head within a line's first words


def role_line(doc: Doc, ws: list[Word], s: int, e: int, person_words: set[int]) -> str | None:
    """The role a line of words [s, e) holds and nothing else ("Le porte-parole du Conseil fédéral", "Manager of
    Investor Relations", "Secrétaire de séance" before a colon), or None: a page's signature block and its label
    lines give a role a line of its own, with no comma or article to tie it to the name on the next line."""
    while s < e and not any(c.isalnum() for c in ws[s].text):
        s += 1  # a bullet ("-", "•")
    while e > s and ws[e - 1].text in (",", ".", ";"):
        e -= 1
    if s < e and fold(ws[s].text) in _DETS:
        s += 1  # "Le porte-parole ...": the article opens the line, the role is what follows it
    span = list(range(s, e))
    if not span or len(span) > _MAX_BOUNDED_WORDS:
        return None
    for k in span:
        complement = k > s and _complement_determiner(ws[k]) and _links(ws[k - 1])
        if not complement and not _allowed(doc, ws[k], person_words, k):
            return None
    first = next((at for at, k in enumerate(span) if _head(ws[k].text)), None)
    if first is None or first >= _LINE_HEAD_REACH:
        return None
    role = _phrase(doc, ws, span, first_head=True)
    return role.capitalize() if role and role.isupper() and len(role) > _INITIALS else role


_INITIALS = 4  # "SHA", "CEO": a word this short in capitals is initials, kept as written
