"""Cues that a candidate is a place: a state's abbreviation after a town, a point of the compass before a known
place, a town and its département or region, a place noun before the name (asked in LABEL_CUES, labelcues.py)."""

from __future__ import annotations

import re

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.cue import (
    LIMITS,
    Candidate,
    Evidence,
    complement_of_role,
    previous_words,
)
from generator.extract.ner.notname import REGION_CODE, region_code
from generator.extract.ner.text import doc_text
from generator.extract.ner.words import (
    LOC,
    OF_WORDS,
    Word,
    ent_label,
    is_acronym,
    is_cap,
)

_STATE_SHORT = re.compile(r"(?:[A-Z]\.){2}|[A-Z][a-z]{1,4}\.")


def state_after_town(c: Candidate) -> Evidence | None:
    """ "in Charleston, S.C., a jury ...", "police in Ferguson, Mo.": an abbreviation with its full stops after a town
    and a comma, closing the phrase, is the town's state (not a title, a suffix or a company's form: "Smith, Jr.",
    "Acme, Inc.")."""
    ws, a = c.ws, c.a
    if not c.single or a < 2 or ws[a - 1].text != ",":
        return None
    town = ws[a - 2]
    return Evidence(LOC) if town.sent == ws[a].sent and is_cap(town.text) and _state_at(ws, a) else None


_TOWN_WORDS = 3  # "Palm Beach Gardens, Fla."


def town_before_state(c: Candidate) -> Evidence | None:
    """ "Charlotte, N.C., June 25 - ...", "in Florence, Ala., on Monday": the name before a comma and a state's
    abbreviation is the town, though it is a given name too; the state only names a town's."""
    ws, b = c.ws, c.b
    if c.b - c.a > _TOWN_WORDS or b + 1 >= len(ws) or ws[b].text != "," or ws[b + 1].sent != ws[c.a].sent:
        return None
    return Evidence(LOC) if _state_at(ws, b + 1) else None


def _state_at(ws: list[Word], a: int) -> bool:
    """The word at `a` is a state's abbreviation with its full stops that closes its phrase ("S.C.", "Mo.", "Tex"
    and its full stop), not a title, a suffix or a company's form ("Jr.", "Inc.")."""
    short, after = ws[a].text, a + 1
    if after < len(ws) and ws[after].text == "." and ws[after].start == ws[a].end:
        short, after = short + ".", after + 1  # "Tex." cut by the tokenizer before its full stop
    if not _STATE_SHORT.fullmatch(short):
        return False
    if short.lower() in lx.ABBREVIATIONS or fold(short) in lx.HONORIFICS | set(lx.ROLE_ABBREVIATIONS):
        return False
    nxt = ws[after].text if after < len(ws) and ws[after].sent == ws[a].sent else "."
    return nxt in (",", ".", ";", ")") or not any(ch.isalnum() for ch in nxt)


def compass_place(c: Candidate) -> Evidence | None:
    """ "Southern California", "East Asia", "Caucase du Sud": a point of the compass and a known place name a region."""
    if c.single or qualifies_next(c.ws, c.b, c.ws[c.a].sent):
        return None
    words = c.text.split()
    before = c.words[0] in lx.COMPASS_WORDS and lx.is_place(" ".join(words[1:]))
    after = len(words) >= 3 and c.words[-1] in lx.COMPASS_WORDS and c.words[-2] in OF_WORDS
    return Evidence(LOC) if before or (after and lx.is_place(" ".join(words[:-2]))) else None


def qualifies_next(ws: list[Word], b: int, sent: int) -> bool:
    """The words before `b` qualify what follows: a place noun or a longer name ("the northern Illinois town",
    "Northern and central California counties", "the East Asia Summit"), so a compass point there names no region."""
    if b >= len(ws) or ws[b].sent != sent:
        return False
    after = fold(ws[b].text)
    singular = after[:-3] + "y" if after.endswith("ies") else after
    return is_cap(ws[b].text) or place_noun_word(singular)


def town_and_department(c: Candidate) -> Evidence | None:
    """ "lycée Utrillo (Stains, 93)": a name in parentheses with a department's number after a comma is a town."""
    ws, a, b = c.ws, c.a, c.b
    if a < 1 or b + 2 >= len(ws) or ws[a - 1].text != "(" or ws[b].text != "," or ws[b + 2].text != ")":
        return None
    return Evidence(LOC) if re.fullmatch(r"\d{2,3}|2[AB]", ws[b + 1].text) else None


def town_and_region(c: Candidate) -> Evidence | None:
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
    region = known and not lx.is_country(inner) and not REGION_CODE.fullmatch(inner)
    return Evidence(LOC) if (close == b + 2 and region_code(ws, b + 1)) or region else None


def place_noun(c: Candidate) -> Evidence | None:
    """ "la localité de Zébéla", "une sous-préfecture de Macenta", "the town of Ripley": a place noun, "de", a name;
    or the noun right before it."""
    prev = [p for p in previous_words(c.ws, c.a, LIMITS.place_context_words) if p not in lx.ARTICLES]
    if (
        len(prev) >= 2
        and prev[-1] in OF_WORDS
        and (place_noun_word(prev[-2]) or (len(prev) >= 3 and place_noun_word(prev[-3]) and prev[-2].islower()))
        and not _full_personal_name(c)
    ):  # "la région de Koursk", "les localités de Pokrovsk", "la région russe de Koursk"
        return Evidence(LOC)
    if _listed_after_place_noun(c):
        return Evidence(LOC)
    # Rules alone: "the Nepali capital Kathmandu", the noun right before the name, written in lower case (not an
    # institution of the place: "the state Senate"); a recogniser reads these itself
    right_before = (
        not c.has_ner and c.a > 0 and c.ws[c.a - 1].text.islower() and fold(c.ws[c.a - 1].text) in lx.PLACE_NOUNS
    )
    institution = any(w in lx.ORG_WORDS or lx.is_role_head(w) for w in c.words)
    # ("secretary of state Antony Blinken", "head of state X": the noun completes an office, the name is its holder)
    office = right_before and complement_of_role(c.ws, c.a - 1)
    return (
        Evidence(LOC)
        if right_before and c.ws[c.a - 1].sent == c.ws[c.a].sent and not institution and not office
        else None
    )


def _full_personal_name(c: Candidate) -> bool:
    """ "le village de Thomas Voeckler", "la ville de Julien Dupré": a common given name and one or two capitalised
    words, no place the lists know, name the person whose village it is (a town named so is in the gazetteer)."""
    words = c.ws[c.a : c.b]
    if not 2 <= len(words) <= 3 or c.words[0] not in lx.FIRST_NAMES or words[0].text.isupper():
        return False
    known = c.place or c.town or lx.is_place(c.text)
    return not known and all(is_cap(w.text) and "-" not in w.text for w in words)


def place_noun_word(word: str) -> bool:
    """A place noun, singular or plural ("localité", "localités", "towns")."""
    return word in lx.PLACE_NOUNS or (word[-1:] in ("s", "x") and word[:-1] in lx.PLACE_NOUNS)


_LIST_REACH = 12  # words back over a list of names to the place noun that heads it


def _listed_after_place_noun(c: Candidate) -> bool:
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
                and place_noun_word(fold(ws[k - 1].text))
                and fold(ws[k - 1].text) not in lx.PLACE_NOUNS
            )  # plural: a list
        if not (ws[k].text == "," or word in lx.AND_WORDS or ws[k].text[:1].isupper()):
            return False
        k -= 1
    return False
