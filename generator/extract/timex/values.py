"""Shared pieces of normalisation: the Found record, modifier words, unit values, regexes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from generator.extract.folding import fold
from generator.lang import Language
from generator.lang.patterns import AP
from generator.lang.record import Unit

from .calendar import Direction
from .tense import Tense


@dataclass
class Found:
    start: int
    end: int
    type: str
    value: str
    deadline: bool = False  # "d'ici la fin du mois": a deadline after publication inside the current period


TenseFn = Callable[[int, int], "Tense | None"]
Mod = Literal["next", "last", "this"]  # a modifier word's meaning: "prochain", "dernier", "ce"

_NEXT = {
    "prochain",
    "prochaine",
    "prochains",
    "prochaines",
    "suivant",
    "suivante",
    "a venir",
    "next",
    "the next",
    "the coming",
    "coming",
    "the following",
}
_LAST = {
    "dernier",
    "derniere",
    "derniers",
    "dernieres",
    "passe",
    "passee",
    "precedent",
    "precedente",
    "ecoule",
    "ecoulee",
    "last",
    "the last",
    "the past",
    "past",
    "the previous",
}
_THIS = {"ce", "cet", "cette", "this", "en cours"}
# Followers that make a bare four-digit number a year: function words, verbs, punctuation.
_YEAR_FOLLOWERS = set(
    "et à a au aux pour par sur dans avec le la les un une est sont ont été qui que où en de du des, ou mais puis lors "
    "contre selon avant après alors déjà il elle ils elles on ce cette se sa son ses leur leurs y ne pas n "
    "and to in on at for with was were is are has had have by the a an of from that which when after before as but or "
    "it he she they we during until since".split()
)
_STRONG_YEAR_PRE = {
    "en",
    "depuis",
    "des",
    "jusqu'en",
    "avant",
    "apres",
    "fin",
    "debut",
    "mi",
    "courant",
    "l'annee",
    "l'an",
    "annee",
    "saison",
    "exercice",
    "budget",
    "in",
    "since",
    "by",
    "until",
    "till",
    "through",
    "during",
    "before",
    "after",
    "early",
    "late",
    "mid",
    "fiscal",
    "the year",
    "year",
    "printemps",
    "ete",
    "automne",
    "hiver",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "d'ici",
    "circa",
    "around",
}
_INCLUDED_MONTH_PRE = {"en", "fin", "debut", "mi", "courant", "early", "late", "mid", "last", "next", "this"}
_COMMEMORATION_BEFORE = re.compile(
    r"\b(?:commémorations?|cérémonies?|célébrations?|anniversaire|commemorations?|ceremony|ceremonies|anniversary"
    r"|celebrations?|remembrance)\s+(?:du|de\s+la|des|de|of(?:\s+the)?)\s*$",
    re.IGNORECASE,
)
_DEADLINE_BEFORE = re.compile(
    rf"(?:d{AP}ici|avant|jusqu{AP}(?:à|a|au)|by|before|until|till|later)\s*(?:à\s+|la\s+|the\s+)?$", re.IGNORECASE
)
_OPEN_BEFORE = re.compile(
    rf"(?:jusqu{AP}(?:au|à|a|en)|d{AP}ici(?:\s+(?:au|à|le|la))?|avant\s+(?:le|la|l{AP})?|à\s+partir\s+d[ue]|dès\s+le|until|till"
    rf"|by|before|starting|from|through|throughout)\s*$",
    re.IGNORECASE,
)
# "reporté au 15 avril", "postponed until Saturday": a postponement points past the day it is told
_POSTPONED_TO = re.compile(
    rf"\b(?:report[ée]e?s?|repouss[ée]e?s?|décal[ée]e?s?|ajourn[ée]e?s?|postponed|delayed|pushed\s+back|put\s+off"
    rf"|rescheduled)\s+(?:(?:again|once\s+more|encore|de\s+nouveau|à\s+nouveau|une\s+nouvelle\s+fois)\s+)?"
    rf"(?:à|au|jusqu{AP}(?:à|au)|until|till|to|for)\s+(?:le\s+|la\s+|the\s+)?$",
    re.IGNORECASE,
)
_DURATION_NOUN = re.compile(
    r"\b(?:peine|duree|periode|delai|contrat|mandat|bail|plan|programme|emprisonnement|prison|reclusion|travaux|retard"
    r"|absence|exil|attente|moratoire|interdiction|suspension|garantie|engagement|sejour|regne|carriere|chantier"
    r"|negociations?|tractations|guerre|conflit|occupation|sursis|condamnation|obligation|concession|pret|credit|emprunt"
    r"|etudes?|espace|intervalle|service|plus|moins|pres|environ|terme|bout|cours|issue|long)\s+(?:\w+\s+)?$"
)
# "trois ans de tractations", "2 ans de prison": a span of something, not an age
_DURATION_AFTER = re.compile(r"\s*(?:d(?:e\s|')|ferme\b|avec\s+sursis)")
_YEAR_AFTER = re.compile(
    rf",?\s+(?:(?:of\s+)?(next|last)\s+year|de\s+l{AP}(?:an|année)\s+(prochaine?|derni[eè]re?|pass[ée]e?))\b",
    re.IGNORECASE,
)
_RANGE_END_YEAR = re.compile(
    rf"\s*(?:-|–|au|à|to|through|until|and|et|jusqu{AP}au)\s+(?:le\s+)?[\w.]+(?:\s+[\w.]+){{0,2}}?,?\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)

# with no tense cue, a weekday is the one within three days either way (tried "future": worse on both corpora)
_WEEKDAY_DEFAULT: Direction = "nearest"
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman(s: str) -> int:
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN[ch]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    return total


def _mod(word: str | None) -> Mod | None:
    if not word:
        return None
    w = fold(word)
    if w in _NEXT:
        return "next"
    if w in _LAST:
        return "last"
    if w in _THIS:
        return "this"
    return None


def day_of_month(word: str, language: Language) -> int:
    """The day number of "15", "3rd", or of a first day written as an ordinal ("1er", "premier")."""
    w = fold(word).replace(" ", "")
    if language.ordinals.get(w) == 1:
        return 1
    return int(re.sub(r"\D", "", w))


def pod_code(language: Language, pod: str | None, edge: str | None = None) -> str:
    """The TIMEX3 time code of a part of the day ("matin" -> TMO), "début"/"fin de journée" told apart."""
    p = fold(pod or "")
    code = language.parts_of_day.get(p, "DT")
    if p == "journee" and edge:
        code = "EV" if fold(edge) == "fin" else "MO"
    return code if code.startswith("T") else "T" + code


def _unit_key(language: Language, unit: str) -> str:
    """The unit's key in the language's table: "ans" -> "an", "centuries" -> "century"."""
    u = fold(unit)
    units = language.unit_values
    if u in units:
        return u
    if u in language.unit_plurals:
        return fold(language.unit_plurals[u])
    if u.endswith("s") and u[:-1] in units:
        return u[:-1]
    return u


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def unit_of(language: Language, unit: str) -> Unit:
    """(TIMEX3 letter, multiplier, clock unit) of a unit word; a year when the word is unknown."""
    return language.unit_values.get(_unit_key(language, unit), ("Y", 1, False))


def duration_value(language: Language, num: float | None, unit: str, half: bool = False) -> str:
    letter, mult, clock = unit_of(language, unit)
    if num is None:
        return ("PTX" if clock else "PX") + letter
    n = num * mult + (0.5 * mult if half else 0)  # "deux ans et demi" -> P2.5Y
    return ("PT" if clock else "P") + _fmt(n) + letter
