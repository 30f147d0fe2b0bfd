"""Names listed after a word that says they are people: a plural honorific or a plural role word.

Minutes and reports name those present as a list under one plural title ("Étaient présents : MM. BEAUFILS,
CORDIER, PARESY", "Councilmembers Jones, Scarniench and Smith voted"): the title says what every item is, even a
surname written in capitals that alone would read as an acronym.
"""

from __future__ import annotations

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.cue import Candidate, Evidence
from generator.extract.ner.headinglists import heading_role, item_heading_role
from generator.extract.ner.rolelists import adjectives_before
from generator.extract.ner.roles import singular_role
from generator.extract.ner.text import doc_text
from generator.extract.ner.words import DETERMINERS, PER, Word, is_acronym, is_cap, sentence_start

_LIST_REACH = 24  # words back over the list to its title ("MM. A, B, C, D, Mmes E, F, M. G et Mme H")


def listed_after_plural_title(c: Candidate) -> Evidence | None:
    """A name in a list of capitalised names (joined by commas and "and", an honorific opening any item) whose
    first item follows a plural honorific ("MM.", "Mmes", "Messrs") or a plural role word that heads the list
    ("les conseillers X et Y", "Councilpersons X, Y and me") is a person's, on the same line. After a role word, the
    list has two names or more, and an acronym or an organisation's name stays what it is ("les députés LR et PS")."""
    ws, k = c.ws, c.a - 1
    text = doc_text(c.doc)
    if item_heading_role(c.doc, ws, c.a, c.b) is not None:
        return Evidence(PER) if _person_shaped(c) else None  # "Gardiens de but" / "1. Devis Epassy (Al Ahba Club)"
    linked = _link(ws, c.b) and c.b + 1 < len(ws) and is_cap(ws[c.b + 1].text)
    while (
        k >= 0
        and ws[k].sent == ws[c.a].sent
        and c.a - k <= _LIST_REACH
        and "\n" not in text[ws[k].end : ws[k + 1].start]
    ):
        key = fold(ws[k].text)
        if key in lx.PLURAL_HONORIFICS:
            return Evidence(PER)
        if ws[k].text == ":" and heading_role(c.doc, ws, k) is not None:
            # "Défenseurs : Koundé, Clauss, T. Hernandez": a line's plural role heading says what every item is
            return Evidence(PER) if linked and _person_shaped(c) else None
        if singular_role(ws[k].text) is not None and _heads_a_list(ws, k):
            person_shaped = not is_acronym(c.text) and not any(w in lx.ORG_WORDS for w in c.words)
            return Evidence(PER) if linked and person_shaped and not c.place and c.key not in lx.PARTISANS else None
        if not (_link(ws, k) or key in lx.HONORIFICS or is_cap(ws[k].text)):
            return None
        if _link(ws, k) and ws[k].text == "," and _role_with_adjectives(c, k - 1):
            # "les Présidents tchadien et gabonais, X et Y": the plural role's adjectives stand between it and the list
            person_shaped = not is_acronym(c.text) and not any(w in lx.ORG_WORDS for w in c.words)
            return Evidence(PER) if linked and person_shaped and not c.place else None
        if _link(ws, k):
            if k == 0 or not is_cap(ws[k - 1].text):
                return None  # a link between two names only
            linked = True
        k -= 1
    return None


def _person_shaped(c: Candidate) -> bool:
    """A listed name that reads as a person's: no acronym, no organisation's word, no place. A company's name among
    the players is a surname it shares ("Koné"): whether the list names clubs is the whole list's to say."""
    body = is_acronym(c.text) or any(w in lx.ORG_WORDS for w in c.words)
    return not body and not c.place


def _link(ws: list[Word], k: int) -> bool:
    return k < len(ws) and (ws[k].text == "," or fold(ws[k].text) in lx.AND_WORDS)


def _heads_a_list(ws: list[Word], k: int) -> bool:
    """The plural role word opens its sentence ("Councilpersons X, Y") or follows a determiner in lower case ("les
    ministres X et Y"); not a capitalised word inside a name ("ministre des Anciens Combattants") nor a verb ("who
    heads X")."""
    if ws[k].text[:1].isupper() and sentence_start(ws, k):
        return True
    after_determiner = k > 0 and ws[k - 1].sent == ws[k].sent and fold(ws[k - 1].text) in DETERMINERS
    if not ws[k].text[:1].isupper():
        return after_determiner
    # "aux côtés des Présidents X et Y": a capitalised plural role after a determiner in lower case heads a list too,
    # unless it is a complement's word: after a capitalised word or a role ("le Conseil des Ministres", "ministre
    # des Anciens Combattants"), or before a dictionary word that is no given name
    before = ws[k - 2] if k > 1 and ws[k - 2].sent == ws[k].sent else None
    complement = before is not None and (is_cap(before.text) or lx.is_role_head(before.text))
    nxt = fold(ws[k + 1].text) if k + 1 < len(ws) else ""
    named = nxt not in lx.COMMON_WORDS or nxt in lx.FIRST_NAMES
    return after_determiner and ws[k - 1].text.islower() and not complement and named


def _role_with_adjectives(c: Candidate, k: int) -> bool:
    """Whether the words up to k are a plural role word after a determiner and its coordinated adjectives of two or
    more ("les Présidents tchadien, gabonais et rwandais")."""
    adjectives = adjectives_before(c.doc, c.ws, k) if k >= 0 else []
    head = adjectives[0] - 1 if len(adjectives) >= 2 else -1
    return (
        head > 0
        and singular_role(c.ws[head].text) is not None
        and fold(c.ws[head - 1].text) in DETERMINERS
        and c.ws[head - 1].sent == c.ws[c.a].sent
    )
