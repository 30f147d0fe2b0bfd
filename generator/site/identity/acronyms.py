"""Organisations joined by their acronyms: an acronym and its expansion, given or named alone.

- an acronym and its expansion are one when a briefing gives both for one entity and the acronym is
  the initials of the expansion, its stop words maybe left out ("Otan" and "Organisation du traité de
  l'Atlantique nord"; "Hatvp", "Haute Autorité pour la transparence de la vie publique"; words after
  "and"/"et" may be left out: "CDC", "Centers for Disease Control and Prevention"), or, of three letters
  or more, the same initials in another order (an acronym of another language: "USR", "Save Romania
  Union"); the same words before an acronym and before its expansion are a qualifier, compared as
  written ("Africa CDC", "Africa Centres for Disease Control and Prevention"); an alias that is not (an
  extractor's wrong guess) joins nothing;
- an organisation's alias that is a word made of the starts of its name's words (a syllabic acronym, not in
  capitals: "Europol" for "Office européen de police") is that organisation: six letters or more, its first
  five the start of a longer word of the name, no word of the name, no name of the table, no nationality's
  or continent's word;
- the names briefings give one acronym of three letters or more are one, when half its letters (two at
  least) are initials of each name and each name's words are words of the longest (an acronym of a third
  language: "Fédération espagnole", "Spanish football federation", each "RFEF"), and the acronym named
  alone is then that organisation ("CSD" beside "Conseil supérieur des sports (CSD)");
- the names briefings give one acronym of three letters or more are one when it is the initials of one of
  them, the name in its own language, and the others translations that keep it (no table name, not made of
  its letters), all in briefings about one country ("Janata Mukti Sangh" (JMS) and "Union de libération
  populaire" (JMS) about Nepal) (a briefing about a capital, or a city of a million, is about its
  country: "Windhoek" for Namibia, here and for an acronym alone);
- an acronym named alone, which no briefing gives with a name, is the one organisation of the archive
  its letters make, both named in briefings about one country: its initials in another order, written in
  capitals ("SDP", "Parti social-démocrate"), or the first letters of each word run together ("Servel",
  "Service électoral");
- two organisations named by the same words through the word tables, in any order (stop words left out,
  a name of the table inside them read as one word: "Nations unies", "United Nations"), are one when
  briefings give both the same acronym ("Confédération générale du travail" and "General Confederation
  of Labor", each "CGT") or, three words or more, each the acronym of its own initials ("CCNUCC",
  "UNFCCC"); two words and two acronyms ("Front populaire", "Popular Front") are a kind of body several
  countries have: nothing (without an acronym: organisations.py);
- an alliance's name of hyphen-joined parts with one part written by its capitals ("GL-PvdA",
  "GroenLinks-PvdA"; "AF-KLM", "Air France-KLM") is the one name of the archive whose parts are the same,
  that part written out: the capitals of a word of two or more ("GroenLinks") or the initials of its words.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from generator.lang.equivalents import NATIONALITIES
from generator.lang.folding import fold
from generator.site.identity.countries import country_about
from generator.site.identity.names import (
    acronym_key,
    folded_key,
    is_acronym,
    kept_initials,
    kept_words,
    stop_words,
    table_name,
)
from generator.site.identity.organisations import translated_words
from generator.site.identity.unionfind import Joins
from generator.site.samewords import SAME_WORD, members, same_word

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

_AND = {"and", "et", "und", "y", "e"}  # "X and Y": an acronym may stop before the "and"


def same_by_initials(name: str, alias: str, parts: bool = False) -> bool:
    """True when one of the two is an acronym (one word) whose letters are the other's initials, or the same
    qualifier and such an acronym ("Africa CDC" for "Africa Centres for Disease Control and Prevention").
    With `parts` (an organisation's name), each part of a hyphen-joined word has an initial too ("PML-N",
    "Pakistan Muslim League-Nawaz"); a person's double surname has one ("Lind-Okafor")."""
    for short, long in ((name, alias), (alias, name)):
        qualified = _qualified_acronym(short, long)
        if qualified is not None:
            short, long = qualified
        every = _WORD.findall(long)
        if len(short.split()) != 1 or len(every) < 2:
            continue
        acronym = acronym_key(short).replace(".", "")
        if not acronym.isalpha() or not 2 <= len(acronym) <= 8:
            continue
        # The initials of every word, or of its capitalised words, or of its words of four letters or more, or of
        # its words but its stop words: "Organisation des Nations unies" gives ONU, "Centers for Disease Control"
        # CDC, "Organisation pour la sécurité et la coopération en Europe" OSCE; and the same
        # of the words before an "and" ("Centers for Disease Control and Prevention" is CDC too).
        cut = next((i for i, w in enumerate(every) if fold(w) in _AND), len(every))
        split = [p for w in every for p in w.split("-")] if parts else every
        choices = [every, every[:cut]] if 2 <= cut < len(every) else [every]
        for words in choices + ([split] if split != every else []):
            readings = (
                words,
                [w for w in words if w[0].isupper()],
                [w for w in words if len(w.split("'")[-1]) >= 4],
                [w for w in words if fold(w.split("'")[-1]) not in stop_words()],  # "pour", "for": no letter
            )
            initials = ["".join(fold(w.split("'")[-1])[0] for w in r) for r in readings if r]
            if any(acronym == i for i in initials):
                return True
            # An acronym of another language, given with this name: the same initials in another order
            # ("USR" for "Save Romania Union", "Uniunea Salvați România"); three letters at least.
            if len(acronym) >= 3 and any(sorted(acronym) == sorted(i) for i in initials):
                return True
    return False


_SYLLABLE = 5  # letters a syllabic acronym shares with the start of a word of its name


def syllabic(name: str, alias: str) -> bool:
    """Whether an organisation's alias is a word made of the start of its name's words (a syllabic acronym:
    "Frontex" for "Agence européenne de garde-frontières et de garde-côtes", "Europol" for "Office européen de
    police"): one word, not in capitals (those are read as initials), six letters or more, that is no word of
    the name nor a name of the equivalents table, whose
    first five letters start a longer word of the name; a nationality's or a continent's word ("Europe" for
    "Commission européenne") is none. An unrelated alias, an extractor's wrong guess
    ("Unicef" for "Organisation des Nations unies"), starts no word of it."""
    words = alias.split()
    if len(words) != 1 or is_acronym(alias) or not alias.isalpha():
        return False
    short = folded_key(alias)
    if len(short) < _SYLLABLE + 1 or table_name(short) is not None:
        return False
    every = folded_key(name).split()
    if short in NATIONALITIES or short in every:
        return False
    return any(len(w) > _SYLLABLE and w.startswith(short[:_SYLLABLE]) for w in every)


def _qualified_acronym(short: str, long: str) -> tuple[str, str] | None:
    """(the acronym, the words it stands for) when `short` is words `long` starts with, then an acronym
    written in capitals ("Africa CDC", "Africa Centres for Disease Control"; "US FDA", "US Food and Drug
    Administration"); None otherwise. The words before it must be the same, as written but for case and
    accents: the qualifier is compared, only the acronym is read as initials."""
    words, other = short.split(), long.split()
    acronym = words[-1].replace(".", "") if words else ""
    if len(words) < 2 or not (acronym.isalpha() and acronym.isupper() and len(acronym) >= 2):
        return None
    head = len(words) - 1
    if len(other) < head + 2 or [fold(w) for w in other[:head]] != [fold(w) for w in words[:head]]:
        return None
    return acronym, " ".join(other[head:])


def join_translated_acronyms(joins: Joins, acronyms_given: dict[str, set[str]]) -> None:
    """Two organisations named by the same words through the word tables, in any order, are one when
    briefings give both the same acronym ("Confédération générale du travail" and "General Confederation of
    Labor", each given as "CGT"), or, three words or more, each an acronym of its own initials
    ("CCNUCC", "UNFCCC"): an acronym says the name is a body's own, not a kind of body every country has."""
    by_words: dict[tuple[str, ...], list[str]] = {}
    for name in sorted(acronyms_given):
        words = translated_words(name)
        if len(words) >= 2 and len(set(words)) == len(words):
            by_words.setdefault(words, []).append(name)
    for words, group in by_words.items():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                same = acronyms_given[a] & acronyms_given[b]
                own = len(words) >= 3 and all(kept_initials(n) in acronyms_given[n] for n in (a, b))
                if same or own:
                    joins.join(("organization", a), ("organization", b))


def _shares_letters(acronym: str, folded: str) -> bool:
    """Whether an acronym may be a name's in another language: three letters or more, two of them at least,
    and half of them, initials of the name's words ("CSD" for "Conseil supérieur des sports", the Spanish
    "Consejo Superior de Deportes"; "RFEF" for "Fédération espagnole"); not "DGSI" for "ministère de
    l'Intérieur"."""
    left = Counter(kept_initials(folded))
    shared = sum((Counter(acronym) & left).values())
    return len(acronym) >= 3 and shared >= 2 and 2 * shared >= len(acronym)


def join_given_acronyms(joins: Joins, acronyms_given: dict[str, set[str]], organizations: list[str]) -> None:
    """The organisations briefings give one acronym as alias are one, when the acronym may be each one's
    (`_shares_letters`) and each name's words (through the word tables) are words of the longest one
    ("Fédération espagnole", "Spanish football federation", "Royal Spanish Football Federation", each
    "RFEF": an acronym of the Spanish name); the acronym named alone is then that organisation ("CSD"
    beside "Conseil supérieur des sports (CSD)"). Names of other words, or an acronym of none of their
    letters (an extractor's wrong guess), join nothing."""
    given: dict[str, list[str]] = {}  # acronym -> the names given it
    for name, acronyms in sorted(acronyms_given.items()):
        for acronym in acronyms:
            given.setdefault(acronym, []).append(name)
    named = set(organizations)
    for acronym, group in sorted(given.items()):
        if not all(_shares_letters(acronym, name) for name in group):
            _join_foreign_acronym(joins, acronym, group, named)
            continue
        words = {name: set(translated_words(name)) for name in group}
        longest = max(words.values(), key=len)
        if not all(w <= longest for w in words.values()):
            continue
        for other in group[1:]:
            joins.join(("organization", group[0]), ("organization", other))
        if acronym in named:
            joins.join(("organization", group[0]), ("organization", acronym))


def _join_foreign_acronym(joins: Joins, acronym: str, group: list[str], named: set[str]) -> None:
    """An acronym of none of its names' letters is their name's in another language ("KO", "Koalicja
    Obywatelska", given to "Civic Coalition" and "Coalition civique"): named alone, it is their organisation when
    two names or more are given it and the other rules have made them one (a wrong guess of one extractor, one
    name given it, or names of two organisations: nothing)."""
    if acronym not in named or len(group) < 2:
        return
    if len({joins.find(("organization", name)) for name in group}) == 1:
        joins.join(("organization", group[0]), ("organization", acronym))


def join_acronym_of_own_name(joins: Joins, acronyms_given: dict[str, set[str]], wheres: dict[str, set[str]]) -> None:
    """The names briefings give one acronym as alias are one when the acronym is the initials of one of them
    (its name in its own language: "Janata Mukti Sangh", "JMS") and each other is a translation that keeps it
    ("Union de libération populaire (JMS)"): three letters or more; the others none of the table's names, not
    made of its letters in another order, and every name in briefings about one same country (their first
    place). Two names of those initials, or briefings about two countries: nothing (two bodies of one acronym)."""

    def country(name: str) -> str | None:
        return _one_country(wheres.get(name, set()))

    given: dict[str, list[str]] = {}  # acronym -> the names given it
    for name, acronyms in sorted(acronyms_given.items()):
        for acronym in acronyms:
            if len(acronym) >= 3 and acronym.isalpha():
                given.setdefault(acronym, []).append(name)
    for acronym, group in sorted(given.items()):
        own = {joins.find(("organization", n)) for n in group if kept_initials(n) == acronym}
        if len(group) < 2 or len(own) != 1 or len({country(n) for n in group}) != 1 or country(group[0]) is None:
            continue
        root = own.pop()
        for other in group:
            if table_name(other) is None and sorted(kept_initials(other)) != sorted(acronym):
                joins.join(("organization", other), root)


def _one_country(places: set[str]) -> str | None:
    """The one country briefings about `places` (their first places) are about, a capital or a city of a million
    standing for its country ("Windhoek" for Namibia: `country_about`), a town or a region for itself; else None."""
    about = {country_about(p) or p for p in places}
    return about.pop() if len(about) == 1 and "" not in about else None


def join_acronyms_alone(
    joins: Joins,
    organizations: list[str],
    capitals: set[str],
    acronyms_given: dict[str, set[str]],
    wheres: dict[str, set[str]],
) -> None:
    """An organisation named by an acronym alone, which no briefing gives with a name, is the one
    organisation of the archive its letters make, named in briefings about the same one country (their first
    place): written in capitals, its initials in another order, three letters at least ("SDP", "Parti
    social-démocrate" in articles on Finland: the order of another language), or the first letters of each of
    its words run together ("Servel", "Service électoral" in articles on Chile). Two such organisations, or
    briefings about another country or about several: nothing."""
    given = {a for acronyms in acronyms_given.values() for a in acronyms}

    def country(name: str) -> str | None:
        return _one_country(wheres.get(name, set()))

    by_letters: dict[tuple[str, str], set[str]] = {}  # (sorted initials, country) -> names
    names_of: dict[str, set[str]] = {}  # country -> names of two words or more
    starts: dict[str, list[tuple[list[str], str]]] = {}  # first letter -> (words, name)
    for name in organizations:
        words = kept_words(name)
        if len(words) >= 2 and (where := country(name)) is not None:
            by_letters.setdefault(("".join(sorted(kept_initials(name))), where), set()).add(name)
            names_of.setdefault(where, set()).add(name)
            starts.setdefault(words[0][0], []).append((words, name))
    for name in organizations:
        if not name.isalpha() or name in given or (where := country(name)) is None:
            continue
        reordered = name in capitals and len(name) >= 3
        found = set(by_letters.get(("".join(sorted(name)), where), ())) if reordered else set()
        if len(name) >= 5:
            found |= {other for words, other in starts.get(name[0], ()) if _run_together(name, words)}
        if reordered and not found:  # "KNCHR", "Commission nationale kényane des droits de l'homme": rights
            found = {o for o in names_of.get(where, ()) if _initials_in_any_language(name, kept_words(o))}
        found = {o for o in found if country(o) == where}
        roots = {joins.find(("organization", o)) for o in found} - {joins.find(("organization", name))}
        if len(roots) == 1:
            joins.join(("organization", name), roots.pop())


def _initials_in_any_language(acronym: str, words: list[str]) -> bool:
    """Whether an acronym's letters are, in some order, one initial of each word, the word's own or a
    translation's of the word tables ("knchr" and "commission nationale kenyane droits homme": "droits" is
    "rights")."""
    if len(acronym) != len(words):
        return False
    choices = sorted((_word_initials(w) for w in words), key=len)
    left = Counter(acronym)

    def place(i: int) -> bool:
        if i == len(choices):
            return True
        for letter in choices[i]:
            if left[letter] > 0:
                left[letter] -= 1
                if place(i + 1):
                    return True
                left[letter] += 1
        return False

    return place(0)


def _word_initials(word: str) -> frozenset[str]:
    """A folded word's initial and those of the words the tables make it one with ("droits": d, r of "rights")."""
    return frozenset({word[0]} | {w[0] for w in _same_word_groups().get(same_word(word), ())})


@lru_cache(maxsize=1)
def _same_word_groups() -> dict[str, frozenset[str]]:
    """Each word the tables stand a group for -> the group's words, every language's."""
    return members(SAME_WORD)


def _run_together(acronym: str, words: list[str]) -> bool:
    """Whether `acronym` is the first letters of each of `words` in order, two at least of each ("servel":
    "serv" of "service", "el" of "electoral")."""
    if not words:
        return not acronym
    first, rest = words[0], words[1:]
    for n in range(min(len(first), len(acronym)), 1, -1):
        if acronym[:n] == first[:n] and _run_together(acronym[n:], rest):
            return True
    return False


def _part_letters(part: str) -> str:
    """A part of a hyphen-joined name as its capitals would write it: the capitals of one word that has two or
    more ("GroenLinks" -> "GL", "PvdA" -> "PA"), else its words' initials ("Air France" -> "AF"), upper case."""
    words = part.split()
    capitals = "".join(c for c in part if c.isupper())
    if len(words) == 1 and len(capitals) >= 2:
        return capitals
    return "".join(w[0] for w in words).upper()


def join_abbreviated_parts(joins: Joins, written: list[str]) -> None:
    """Organisations named (`written`: as written) by hyphen-joined parts are one when the parts are the same,
    but one or more that one name writes by their capitals (two letters or more, upper case) and the other in
    full (four letters or more): "GL-PvdA" and "GroenLinks-PvdA". One part at least the same in both; two
    names the short one could write: nothing."""
    by_letters: dict[tuple[str, ...], set[str]] = {}  # the parts' capitals -> names so written
    for name in written:
        parts = [p.strip() for p in name.split("-")]
        if len(parts) >= 2 and all(parts):
            by_letters.setdefault(tuple(map(_part_letters, parts)), set()).add(name)
    for group in by_letters.values():
        for short in sorted(group):
            longer = [n for n in sorted(group) if _writes_out(short, n)]
            if len(longer) == 1:
                joins.join(("organization", folded_key(short)), ("organization", folded_key(longer[0])))


def _writes_out(short: str, name: str) -> bool:
    """Whether `name` is `short` with one or more of its capital-only parts written out, one part the same."""
    pairs = list(zip((p.strip() for p in short.split("-")), (p.strip() for p in name.split("-")), strict=True))
    same = [fold(a) == fold(b) for a, b in pairs]
    spelt = [a.isupper() and len(a) >= 2 and len(b) >= 4 and fold(a) != fold(b) for a, b in pairs]
    return any(same) and any(spelt) and all(s or w for s, w in zip(same, spelt, strict=True))
