"""Which country a name says, for the rules that join organisations and titles of one country only.

A country's one-word names and its nationalities say it ("argentine", "polish", "saudi arabian":
`country_words`, from the countries and nationalities of generator/lang/equivalents.yml); a place of the
table is its country, a town or a region stands for itself (`country_of_place`), but a briefing about a capital is
about its country (`country_about`); an organisation's name
reads as its words but the country's and the country it names (`whose`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import lru_cache

from generator.lang import capitals, cities
from generator.site.identity.names import kept_words, place_key, table_lines
from generator.site.nametables import COUNTRY_GROUPS, COUNTRY_NATIONALITIES
from generator.site.samewords import SAME_WORD, word_key


@lru_cache(maxsize=1)
def country_words() -> dict[str, str]:
    """Each folded word that says a country -> the country it says (the first name, A to Z, of its line of
    the equivalents table, or of its nationality line): a country's one-word names ("argentina", "turquie") and
    the nationalities of a country ("argentine", "polish", "saudi arabian"), each nationality meeting its
    country's line on the longest start it shares with a word of it, four letters at least ("polonais",
    "Pologne"; "norwegian", "Norway"), and, of two countries it meets as well, the one of fewer words
    ("soudanais": "Soudan", not "Soudan du Sud"); a continent's adjective says none ("européen"). Whole
    words, not their first letters: "centrale" is no "Centrafrique"; a plural is its singular's
    ("soudanaises")."""
    found: dict[str, str] = {}
    lines = [(min(line), {w for n in line for w in re.findall(r"[^\W\d_]+", n)}) for line in COUNTRY_GROUPS]
    starts = _starts([words for _, words in lines])
    for line in COUNTRY_GROUPS:
        found.update({n: min(line) for n in line if " " not in n and "-" not in n})
    for nationality in COUNTRY_NATIONALITIES:
        nationality = nationality | {f"{n}s" for n in nationality if " " not in n and not n.endswith(("s", "x"))}
        longest = _longest_shared_starts(nationality, starts, len(lines))
        shared = {first: longest[i] for i, (first, _) in enumerate(lines)}
        whole = {first: n for first, words in lines if (n := _whole_start(nationality, words))}
        if whole:  # "ecuadorian" is made on "Ecuador" whole: not the longer start it shares with "equatorial"
            shared = {first: whole.get(first, 0) for first in shared}
        best = max(shared.values(), default=0)
        at_best = [first for first, n in shared.items() if n == best]
        if len(at_best) > 1:  # "sud-coréen" meets "Corée du Sud" and "Corée du Nord": the one of more words met
            met = {first: _words_met(nationality, words) for first, words in lines if first in at_best}
            at_best = [first for first in at_best if met[first] == max(met.values())]
        if len(at_best) > 1:  # "soudanais" meets "Soudan" and "Soudan du Sud": the country of one word
            fewest = min(len(words) for first, words in lines if first in at_best)
            at_best = [first for first, words in lines if first in at_best and len(words) == fewest]
        if best < 4:  # "sri-lankais" meets no word of "Sri Lanka" whole: each of its words meets one
            at_best = _every_word_met(nationality, lines)
            best = 4 if len(at_best) == 1 else 0
        country = at_best[0] if best >= 4 and len(at_best) == 1 else min(nationality)
        # "sud-coréen" is read as two words in a name ("Parlement sud-coréen"): both spellings say it
        found.update({spelt: country for n in nationality for spelt in (n, n.replace("-", " "))})
    return found


def _whole_start(nationality: Iterable[str], words: Iterable[str]) -> int:
    """The length of the longest word of a country's line, four letters or more, that a nationality of one word
    starts with whole ("ecuador" in "ecuadorian", "soudan" in "soudanais"); 0 for none. A nationality of two
    words is left to the words it meets ("south african" says no "Central African Republic")."""
    said = {n for n in nationality if n.isalpha()}
    return max((len(c) for c in words if len(c) >= 4 and any(w.startswith(c) for w in said)), default=0)


def _every_word_met(nationality: Iterable[str], lines: list[tuple[str, set[str]]]) -> list[str]:
    """The countries a nationality of several words says, each of its words a word of the country's line or its
    start of four letters or more ("sri-lankais", "Sri Lanka"; "new zealander", "New Zealand"); none when a
    word meets no word of the line ("sud-africain" is not the "Central African Republic")."""
    spellings = [re.findall(r"[^\W\d_]+", n) for n in nationality]
    found = []
    for first, words in lines:
        if any(
            len(said) >= 2
            and all(w in words or any(len(os.path.commonprefix((w, c))) >= 4 for c in words) for w in said)
            for said in spellings
        ):
            found.append(first)
    return found


def _starts(lines: list[set[str]]) -> dict[str, list[int]]:
    """Each start of a word of the lines ("p", "po", "pol"...) -> the lines (by index) with a word that starts so."""
    starts: dict[str, list[int]] = {}
    for i, words in enumerate(lines):
        for start in {w[:k] for w in words for k in range(1, len(w) + 1)}:
            starts.setdefault(start, []).append(i)
    return starts


def _longest_shared_starts(names: Iterable[str], starts: dict[str, list[int]], count: int) -> list[int]:
    """For each of `count` lines, the longest start one of `names` shares with one of its words (0: none).

    The same as the longest os.path.commonprefix of every name and word, through the index of starts: this
    table is made on every build, and comparing every name with every word took half a second."""
    longest = [0] * count
    for name in names:
        for k in range(1, len(name) + 1):
            lines = starts.get(name[:k])
            if lines is None:
                break  # no word starts so: none starts with anything longer
            for i in lines:
                longest[i] = max(longest[i], k)
    return longest


def _words_met(nationality: Iterable[str], words: Iterable[str]) -> int:
    """How many of a country line's words a nationality's words are, or start like (four letters at least)."""
    said = {w for n in nationality for w in re.findall(r"[^\W\d_]+", n)}
    return sum(1 for word in words if word in said or any(len(os.path.commonprefix((word, w))) >= 4 for w in said))


def countries_of(places: Iterable[str]) -> set[str]:
    """The countries places are in, as `country_of_place` says; a town or a region stands for itself."""
    return {country_of_place(p) or p for p in places}


@lru_cache(maxsize=256)
def country_of_place(place: str) -> str | None:
    """The country a place is (`place_key`: a table name, or a folded name), as `country_words` says it; None
    for a town or a region."""
    line = next((g for g in COUNTRY_GROUPS if place in {n.replace("-", " ") for n in g}), None)
    return min(line) if line is not None else country_words().get(place)


def country_about(place: str) -> str | None:
    """The country a briefing about a place (`place_key`) is about: the place's country, or the country a capital
    is the capital of (generator/lang/capitals.txt: "Lisbonne", "Lisbon" -> Portugal), or a city of a million people
    is in ("Douala" -> Cameroon); None for another town or a region. Not the country a place says in a name: the
    "maire de Paris" is no office of France's."""
    return country_of_place(place) or _city_countries().get(place)


@lru_cache(maxsize=1)
def _city_countries() -> dict[str, str]:
    """Each capital and each city of a million people (generator/lang/cities.txt: "Douala", "Karachi", "Abidjan":
    articles are datelined there as often as in the capital), keyed as places are looked up (`place_key`: the name
    of its line of the equivalents table, so "Lisbonne" and "Lisbon" are one key; hyphens read as spaces, "port au
    prince") -> its country, as `country_of_place` says it."""
    found: dict[str, str] = {}
    for capital, country in {**cities.load(), **capitals.load()}.items():
        code = country_of_place(place_key(country))
        if code is not None:
            found[place_key(capital)] = code
    return found


_REPUBLIC = frozenset({"republique", "republic"})  # part of a country's name beside it ("République argentine")


@lru_cache(maxsize=65536)  # several rules read each name so, in every build of a served site
def whose(folded: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """An organisation's folded name read as (its words but the country's, the country it names): "banque
    centrale de la republique argentine" -> ({"banqu", "centr"}, {"argen"}); no country: an empty second.
    The words as `name_words` reads them (stop words left out), the short ones the word tables know kept
    ("new"); a nationality of two words is one ("saudi arabian"). None with a digit, two countries ("conseil
    franco-allemand") or no other word."""
    if any(c.isdigit() for c in folded):
        return None
    every = kept_words(folded)
    countries, rest, i = set(), [], 0
    while i < len(every):
        pair = " ".join(every[i : i + 2])
        if i + 1 < len(every) and pair in country_words():
            countries.add(country_words()[pair])
            i += 2
            continue
        word = every[i]
        if word in country_words():
            countries.add(country_words()[word])
        elif len(word) >= 4 or word in SAME_WORD:
            rest.append(word)
        i += 1
    if countries:  # "République" beside the country is the country's name
        rest = [w for w in rest if w not in _REPUBLIC]
    if len(countries) > 1 or not rest:
        return None
    return frozenset(word_key(w) for w in rest), frozenset(countries)


@lru_cache(maxsize=1)
def _line_countries() -> dict[tuple[str, frozenset[str]], str]:
    """(A line of the names table, the words of one of its names but the country) -> the one country that name
    says ("diete", {"diet"}) -> "japan", from "diete japonaise")."""
    said: dict[tuple[str, frozenset[str]], set[str]] = {}
    for canon, line in table_lines().items():
        for name in line:
            read = whose(name)
            if read is not None and read[1]:
                said.setdefault((canon, read[0]), set()).update(read[1])
    return {key: next(iter(countries)) for key, countries in said.items() if len(countries) == 1}


def another_countrys(folded: str, canon: str, places: Iterable[str]) -> bool:
    """Whether a name of a line of the names table, said without a country, is another country's: the line has
    a name of the same words with a country ("Diète", "Diète japonaise"), and the briefings that name it are all
    about one other country (their first places): the "Diète" of articles on Poland is the Sejm, not Japan's."""
    read = whose(folded)
    if read is None or read[1]:
        return False
    home = _line_countries().get((canon, read[0]))
    about = {country_about(p) for p in places}
    return home is not None and len(about) == 1 and None not in about and about != {home}
