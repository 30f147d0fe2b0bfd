"""A role given by a description rather than a title: "L'ancien ministre socialiste a fait sa rentrée" names the
story's main person, "L'écrivain ..." the one person without a role the sentence before names."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.cluster import Cluster
from generator.extract.ner.roles import line_break
from generator.extract.ner.text import doc_text
from generator.extract.ner.words import Word


def protagonist_role(doc: Doc, ws: list[Word], people: list[Cluster], person_words: set[int]) -> None:
    """The story's main person, named without a title, is often given one by a description elsewhere
    ("L'ancien ministre socialiste a fait sa rentrée"): the first such subject description is their role.
    Any other person without a title takes a description that opens the next sentence when they are the
    only one without a role the sentence before names ("... la statue de Maurice Genevoix. L'écrivain ..."), or
    that opens the paragraph after a line holding only their name ("Jean Dupont\nFin 2017, le ministre des
    Finances est accusé ...": a page's subheading names whom the paragraph tells of)."""
    descriptions = list(_descriptions(doc, ws, person_words))
    taken = [_role_words(r) for c in people for r in c.roles]
    main = _protagonist(people)
    if main is not None:
        # a description in a sentence that names the main person is someone else ("l'avocat ... demande une peine
        # contre X")
        named_in = {m.sent for m in main.mentions}
        found = next((role for s, role, _, _ in descriptions if not _said(role, taken) and s not in named_in), None)
        found = found or _object_description(doc, ws, person_words, [r for c in people for r in c.roles])
    else:
        main = _sole_untitled(people)
        found = _later_description(main, descriptions, taken) if main is not None else None
    if main is not None and found:
        main.roles.append(found)
        taken.append(_role_words(found))
    for sent, role, _, k in descriptions:
        if _said(role, taken):
            continue
        heading = _heading_person(doc, ws, people, k)
        before = [c for c in people if any(m.sent == sent - 1 for m in c.mentions)]
        untitled = [c for c in before if not c.roles and not any(m.sent == sent for m in c.mentions)]
        if heading is not None:
            untitled = [heading] if not heading.roles else []
        elif k > 0 and ws[k - 1].text in _CLAUSE_MARKS:
            # "X aura un emploi du temps plus léger ; la ministre de la Réforme est attendue jeudi": the clause after
            # a semicolon tells of the one person named before it in the sentence
            same = [c for c in people if any(m.sent == sent and m.wb <= k for m in c.mentions)]
            untitled = [c for c in same if not c.roles] if len(same) == 1 else []
        if len(untitled) == 1:
            untitled[0].roles.append(role)
            taken.append(_role_words(role))


def _protagonist(people: list[Cluster]) -> Cluster | None:
    """The person named most often, three times at least and more than anyone else, when the text gives them no
    title."""
    ranked = sorted(people, key=lambda c: -len(c.mentions))
    main = ranked[0] if ranked and not ranked[0].roles and len(ranked[0].mentions) >= 3 else None
    if main and len(ranked) > 1 and len(ranked[1].mentions) >= len(main.mentions):
        return None  # no clear protagonist
    return main


def _sole_untitled(people: list[Cluster]) -> Cluster | None:
    """The person the story names first, when the text titles every other person it names ("Georges Ziegler,
    accompagné de ses vice-présidents ..."; "M. X arrive à Abidjan où il sera accueilli par son homologue ivoirien,
    Y"): the one a later description can stand for, however few times the text names them."""
    untitled = [c for c in people if not c.roles]
    if len(untitled) != 1 or min(people, key=lambda c: c.first) is not untitled[0]:
        return None
    return untitled[0]


def _later_description(
    person: Cluster, descriptions: list[tuple[int, str, str, int]], taken: list[frozenset[str]]
) -> str | None:
    """The first subject description after the sentence that first names the person, in a sentence that does not
    name them, that no one's title says ("Georges Ziegler a sillonné le Pilat ... Le président du Département l'avait
    annoncé"): a description before the name tells of someone the text may never name."""
    named_in = {m.sent for m in person.mentions}
    first = min(named_in)
    return next((r for s, r, _, _ in descriptions if s > first and s not in named_in and not _said(r, taken)), None)


_CLAUSE_MARKS = (";",)  # the mark after which a new clause opens inside a sentence (a colon often quotes another)


def _heading_person(doc: Doc, ws: list[Word], people: list[Cluster], k: int) -> Cluster | None:
    """The person whose name is the whole line before the one that word k's clause opens, if any."""
    start = k
    while start > 0 and not line_break(doc, ws, start - 1):
        start -= 1
    if start == 0 or ws[start].sent != ws[k].sent:
        return None  # no line before, or the description opens a later sentence of its paragraph
    return next(
        (c for c in people for m in c.mentions if m.wb == start and (m.wa == 0 or line_break(doc, ws, m.wa - 1))),
        None,
    )


def _role_words(role: str) -> frozenset[str]:
    """The words of a role, folded, its elisions apart ("chef de l'État" -> chef, de, l, état)."""
    return frozenset(fold(w) for w in re.split(r"[\s'’]+", role) if w)


def _said(role: str, taken: list[frozenset[str]]) -> bool:
    """Whether a description says nothing a person's role does not ("le ministre" after "le ministre des Sports X"):
    it is that person's; one that says more is another office ("la ministre de la Santé", "le Premier ministre")."""
    words = _role_words(role)
    return any(words <= other for other in taken)


_DESCRIPTION_WORDS = 8  # "le premier secrétaire du parti socialiste", "la ministre de la Réforme de l'État"


def _description_span(doc: Doc, ws: list[Word], k: int) -> list[int]:
    """The words of a definite description from word k (its first after the article) to its verb or its end."""
    span = [k]
    while span[-1] + 1 < len(ws) and len(span) < _DESCRIPTION_WORDS and ws[span[-1] + 1].sent == ws[k].sent:
        nxt = ws[span[-1] + 1]
        function = fold(nxt.text) in lx.ARTICLES | lx.OF_WORDS  # "chef de l'État", "chef d'état-major"
        if _second_description(ws, span[-1] + 1):
            break  # "le procureur et l'avocat de la défense": two people, no one description
        if (
            not (_lettered(nxt.text) or function)
            or _clitic(doc, ws, span[-1] + 1)  # "L'écrivaine y a vécu"
            or (_verb_at(doc, ws, span[-1] + 1) and not _first_head(ws, span, span[-1] + 1))
        ):
            break
        span.append(span[-1] + 1)
    return span


def _clitic(doc: Doc, ws: list[Word], n: int) -> bool:
    """A pronoun before the verb ("L'écrivaine y a vécu"), not the preposition it is spelt as before a common noun
    ("le président en exercice de l'organisation", where the tagger reads one; "en Afrique" says where, no office)."""
    if fold(ws[n].text) not in lx.CLITICS:
        return False
    nxt = ws[n + 1] if n + 1 < len(ws) and ws[n + 1].sent == ws[n].sent else None
    preposition = doc.has_annotation("POS") and doc[ws[n].i].pos_ == "ADP"
    return not (preposition and nxt is not None and nxt.text.isalpha() and nxt.text.islower())


def _lettered(word: str) -> bool:
    """A word of letters, hyphenated ones too ("l'organisation ouest-africaine", "vice-président")."""
    return all(part.isalpha() for part in word.split("-"))


def _first_head(ws: list[Word], span: list[int], n: int) -> bool:
    """Whether word n is the description's first role word, which the tagger may read as a verb where the page drops
    its accent ("Le futur president du Conseil européen va organiser"): the verb comes after the role."""
    return lx.is_role_head(ws[n].text) and not any(lx.is_role_head(ws[k].text) for k in span)


def _second_description(ws: list[Word], n: int) -> bool:
    """Whether word n is a conjunction that opens another description ("et l'avocat"), not the next portfolio of one
    office ("ministre de la Santé et des Sports")."""
    return (
        fold(ws[n].text) in lx.AND_WORDS
        and n + 1 < len(ws)
        and fold(ws[n + 1].text) in lx.SINGULAR_ARTICLES
        and ws[n + 1].sent == ws[n].sent
    )


def _two_titles(ws: list[Word], span: list[int]) -> int | None:
    """Where, in a description, a conjunction joins two capitalised titles, each one person's ("The Prince and Duchess
    will visit", "the King and Queen"): the description stands for the two of them, and the role it gives one of them
    ends before the conjunction; None when it joins no two titles."""
    for at, n in enumerate(span[1:-1], 1):
        if fold(ws[n].text) not in lx.AND_WORDS:
            continue
        nxt = at + 1
        while nxt + 1 < len(span) and fold(ws[span[nxt]].text) in lx.ROLE_MODIFIERS:
            nxt += 1  # "the President and First Lady"
        before, after = ws[span[at - 1]].text, ws[span[nxt]].text
        if before[:1].isupper() and after[:1].isupper() and _title(before) and _title(after):
            return n
    return None


def _title(word: str) -> bool:
    """A role word or a peer's title ("Duchess", "Earl"), which names its holder too."""
    return lx.is_role_head(word) or fold(word) in lx.PEERAGE_TITLES


_PAST = "ed"  # "The Prime Minister suggested": a verb's past right after a role word
_NAMED_AFTER_VERB = 4  # "was Hawks head Major-Gen X": the words after a description's verb that may open a name


def _verb_at(doc: Doc, ws: list[Word], n: int) -> bool:
    """Whether word n is a verb: the tagger's reading, or without a tagger a verb of the closed lists, or a lower-case
    word in the past right after a role word ("the singer announced", "the minister suggested")."""
    if doc.has_annotation("POS"):
        return doc[ws[n].i].pos_ in ("VERB", "AUX")
    key = fold(ws[n].text)
    if not ws[n].text.isalpha() or not ws[n].text.islower() or len(key) < 2:
        return False
    return key in lx.UNTAGGED_VERBS or (key.endswith(_PAST) and n > 0 and lx.is_role_head(ws[n - 1].text))


def _description_word(word: str) -> bool:
    """A word that may open a capitalised description: a role word, or one that goes before it ("The Prime Minister",
    "the Conservative MP", "Le Premier ministre")."""
    key = fold(word)
    return lx.is_role_head(key) or key in lx.ROLE_MODIFIERS or key in lx.PARTISANS or lx.is_nationality(key)


def _descriptions(doc: Doc, ws: list[Word], person_words: set[int]) -> Iterator[tuple[int, str, str, int]]:
    """Definite descriptions that open a clause before its verb ("Le chef de l'État repartira", "L'écrivain
    pourrait"): (sentence, the role from its head word on, the head word folded, where its article is)."""
    for k in range(1, len(ws) - 2):
        if fold(ws[k - 1].text) not in lx.SINGULAR_ARTICLES or not (
            k == 1
            or ws[k - 2].sent != ws[k].sent
            or ws[k - 2].text in (",", *_CLAUSE_MARKS)
            or line_break(doc, ws, k - 2)
        ):
            continue
        span = _description_span(doc, ws, k)
        end = span[-1] + 1
        if end + 1 < len(ws) and ws[end].text == ",":
            end += 1  # "l'ancien ministre socialiste, se définit ..."
        while end < len(ws) and fold(ws[end].text) in lx.CLITICS:
            end += 1
        verb_next = end < len(ws) and _verb_at(doc, ws, end)
        heads = [n for n in span if _head_word(ws[n].text)]
        if all(fold(ws[n].text) in lx.ORDINAL_PRONOUNS for n in heads):
            continue  # "Le premier avait paré le tir": one of two people just named, no office ("le premier ministre")
        if not verb_next or not heads or any(n in person_words for n in span):
            continue
        if any(n in person_words and ws[n].sent == ws[k].sent for n in range(end + 1, end + 1 + _NAMED_AFTER_VERB)):
            continue  # "The first witness was Major-Gen X": the verb names whom the description stands for
        if ws[k].text[0].isupper() and not _description_word(ws[k].text):
            continue  # "Le Monde a révélé": a capitalised name, no description
        start = heads[0]
        while start > k and _description_word(ws[start - 1].text):
            start -= 1  # "l'ancien ministre", "the Conservative MP": what goes before the role word is the role's
        joined = _two_titles(ws, span)
        last = span[-1] if joined is None else joined - 1
        while last > heads[0] and fold(ws[last].text) in lx.ARTICLES:
            last -= 1  # "Le Président du Département l'avait annoncé": the object's pronoun is no word of the role
        yield ws[k].sent, doc_text(doc)[ws[start].start : ws[last].end], fold(ws[heads[0]].text), k - 1


def _head_word(word: str) -> bool:
    """A role word; a compound one is a role word whole ("porte-parole") or opens on a role word, a role's modifier
    or a prefix ("vice-président", "co-président"), not on a thing a role word qualifies ("le projet-pilote")."""
    first = fold(word.split("-")[0])
    if not lx.is_role_head(word) or "-" not in word or fold(word) in lx.ROLE_HEADS:
        return lx.is_role_head(word)
    return lx.is_role_head(first) or first in lx.ROLE_MODIFIERS or len(first) <= _PREFIX_LETTERS


_PREFIX_LETTERS = 2  # "co-président", "ex-ministre": a prefix, not a word of its own


def _object_description(doc: Doc, ws: list[Word], person_words: set[int], roles: list[str]) -> str | None:
    """The first description of one office as a noun's complement, in a sentence that names no one ("la visite de la
    ministre", "la venue du président de la République", "the office of the president"): when the story's main person
    has neither a title nor a subject description, it is whom such a description stands for (the story is about
    them, and a sentence naming someone else may give that person's office instead)."""
    named = {ws[n].sent for n in person_words}
    for k in range(1, len(ws) - 1):
        if not _of_the(ws, k) or ws[k].sent in named or not _description_word(ws[k].text):
            continue
        span = _role_span(doc, ws, k)
        heads = [n for n in span if lx.is_role_head(ws[n].text)]
        if not heads or all(fold(ws[n].text) in lx.ORDINAL_PRONOUNS for n in heads):
            continue  # "du premier au dernier": no office
        role = doc_text(doc)[ws[span[0]].start : ws[span[-1]].end]
        if not any(_role_words(role) <= _role_words(other[: _head_end(other)]) for other in roles):
            return role  # "la ministre" is no one's "ministre des Sports", though it is in "auprès de la ministre"
    return None


def _head_end(role: str) -> int:
    """Where a role's own words end: before the article of a complement, which may name another office ("Secrétaire
    d'État auprès de la ministre" ends before "la ministre"; "Prime Minister of Spain" keeps all)."""
    words = role.split()
    for n, word in enumerate(words[1:], 1):
        if fold(word) in lx.ARTICLES or fold(word).endswith(("'", "’")):
            return len(" ".join(words[:n]))
    return len(role)


# a verb, an adverb, a pronoun, a conjunction, a number, a determiner other than an article, and a preposition other
# than an of-word: "la visite de la ministre à Lille" says where the visit is, no part of the office
_NOT_IN_A_ROLE = ("DET", "NUM", "PRON", "ADV", "SCONJ", "CCONJ", "VERB", "AUX", "ADP")


def _not_in_a_role(doc: Doc, w: Word) -> bool:
    """A word the tagger reads as no part of a title, its articles and of-words aside ("ce vendredi", "à Lille")."""
    return fold(w.text) not in lx.ARTICLES | lx.OF_WORDS and doc[w.i].pos_ in _NOT_IN_A_ROLE


def _of_the(ws: list[Word], k: int) -> bool:
    """Whether word k opens the complement of a noun, after an of-word and a singular article ("la visite de la
    ministre", "la venue du président", "the office of the president"): an object of a verb or of another
    preposition tells of anyone ("ont arrêté le propriétaire", "dans le cadre de")."""
    article = fold(ws[k - 1].text)
    if article in lx.CONTRACTED_ARTICLES:
        return article in lx.OF_WORDS
    return (
        article in lx.SINGULAR_ARTICLES
        and k > 1
        and ws[k - 2].sent == ws[k].sent
        and fold(ws[k - 2].text) in lx.OF_WORDS
    )


def _role_span(doc: Doc, ws: list[Word], k: int) -> list[int]:
    """A description's words from k, up to a conjunction ("le Premier ministre et sa garde") and without the
    function words its end may leave ("la tournée du président de la République au Proche-Orient")."""
    span = _description_span(doc, ws, k)
    cut = next((n for n, at in enumerate(span) if fold(ws[at].text) in lx.AND_WORDS), len(span))
    span = span[:cut]
    if doc.has_annotation("POS"):  # "la venue du Président de la République ce vendredi": up to a word of no name
        cut = next((n for n, at in enumerate(span) if _not_in_a_role(doc, ws[at])), len(span))
        span = span[:cut]
    while len(span) > 1 and fold(ws[span[-1]].text) in lx.ARTICLES | lx.OF_WORDS | lx.ROLE_PREPOSITIONS:
        span = span[:-1]
    return span
