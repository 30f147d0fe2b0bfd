"""Places joined by their names: the same words, spellings, landmarks, compass words, a country added.

- two places named by the same words (two or more) in another order or language are one ("zone euro",
  "euro zone");
- place names are compared through the transliteration table ("Charm el-Cheikh", "Sharm el-Sheikh"), the
  words of a landmark's name as well ("détroit de Kertch", "Kerch Strait");
- two places one letter apart, as written or through the transliteration table, are one place each language
  spells its own way ("Panjshir", "Panchir"; a final e added: "Quirinale", "Quirinal"): six letters or more,
  the same first two and last letters, each named in one language and the two languages different, never
  by one briefing, by briefings about a place in common, not both names of the table, one such other only
  ("Guyane" and "Guyana", "Colombia" and "Columbia", "Samara" and "Samarra" stay two);
- two places whose names are the same letters but for an h, a doubled letter and v/w, each word through the
  transliteration table, are one name taken from another alphabet two ways ("Shital Nivas", "Sital Niwas";
  "Bucharest", "Bucarest"): never named by one briefing, by briefings about a place in common, five letters
  or more, not both names of the table;
- a landmark is one with the same landmark in another language, the kind word before or after the name,
  a saint's name translated ("St. Mark's Square", "place Saint-Marc"; "Westminster Abbey", "abbaye de
  Westminster": `landmarks` of equivalents.yml); a place name without a kind word joins nothing by it;
  a landmark's name that adds its town ("cathédrale Notre-Dame de Paris") is the one named without it,
  when the archive names that landmark in one town only;
- a place named by a compass word and a name is one with the same direction and name in any language, the
  compass word first or last ("North Kivu", "Nord-Kivu"; "South Sudan", "Soudan du Sud": `compass` in
  generator/lang/<code>/site.yml); a name without a compass word joins nothing by it ("Nord-Pas-de-Calais"
  is not "Pas-de-Calais");
- a place named with its country after a linking word ("Santiago du Chili") is the place named without it,
  when every briefing naming that one is about that country (their first place);
- an island or a group of islands named with its kind word ("Chagos Islands", "îles Chagos", "île de
  Lampedusa": `island_words` of site.yml) is the place named by the name alone ("Chagos"), unless either is a
  name of the equivalents table or the name alone a country's ("Île-de-France" is no island of "France").
"""

from __future__ import annotations

import re

from generator.lang.equivalents import LANDMARK_KINDS, LANDMARK_WORDS, LINKING_WORDS, SAINT_WORDS
from generator.lang.folding import fold
from generator.site.identity.countries import country_about, country_of_place
from generator.site.identity.names import folded_key, place_key, table_name, words_key
from generator.site.identity.spelling import one_edit, plain_letters, spelling
from generator.site.identity.unionfind import Joins, join_alike, join_the_one_alike
from generator.site.samewords import PREFIX, same_word, word_key
from generator.site.words import reading_groups, reading_words


def join_transliterated(joins: Joins, places: list[str]) -> None:
    """Two places whose names are spelt alike through the `transliteration` of generator/lang/<code>/site.yml
    are one: a name taken from another alphabet ("Charm el-Cheikh", "Sharm el-Sheikh"; "Tachkent",
    "Tashkent")."""
    by_spelling: dict[str, list[str]] = {}
    for name in places:
        by_spelling.setdefault(" ".join(spelling(w) for w in re.findall(r"[^\W_]+", name)), []).append(name)
    for group in by_spelling.values():
        for other in group[1:]:
            joins.join(("place", group[0]), ("place", other))


def join_spelt_by_sound(
    joins: Joins, places: list[str], named_in: dict[str, set[str]], about: dict[str, set[str]]
) -> None:
    """Two places whose names are the same letters but for an h, a doubled letter and v/w (each word through the
    transliteration table) are one name taken from another alphabet two ways: an aspirate one press writes and
    another leaves out, one letter the alphabets have no match for ("Shital Nivas", "Sital Niwas"; "Bucharest",
    "Bucarest"). Never named by one briefing (a list of two places), always by briefings about a place in common
    (their first place); five letters or more; not both names of the table (it knows its own lines)."""
    by_sound: dict[str, list[str]] = {}
    for name in places:
        sound = " ".join(plain_letters(w).replace("w", "v") for w in re.findall(r"[^\W_]+", name))
        if len(sound.replace(" ", "")) >= 5:
            by_sound.setdefault(sound, []).append(name)
    for group in by_sound.values():
        for a, b in zip(group, group[1:], strict=False):
            if named_in.get(a, set()) & named_in.get(b, set()) or not about.get(a, set()) & about.get(b, set()):
                continue
            if table_name(a) is None or table_name(b) is None:
                joins.join(("place", a), ("place", b))


def join_spelt_apart(
    joins: Joins,
    places: list[str],
    langs: dict[str, set[str]],
    named_in: dict[str, set[str]],
    about: dict[str, set[str]],
) -> None:
    """Two places whose names are one letter apart, as written or through the transliteration table, are one
    place each language spells its own way ("Panjshir", "Panchir"; "Quirinale", "Quirinal"): six letters or
    more, the same first two letters and the same last one, but for a final e one adds ("Guyane" and "Guyana"
    are two); named in briefings of different languages only (each name in one language, "Colombia" and
    "Columbia" are both English), never by one briefing, by briefings about a place in common (their first
    place); neither a name of the equivalents table (it knows its own translations); and one such other only."""
    by_start: dict[str, list[str]] = {}
    for name in places:
        plain = re.sub(r"[\W_]+", "", name)
        if len(plain) >= 6 and len(langs.get(name, ())) == 1:
            by_start.setdefault(plain[:2], []).append(name)
    for group in by_start.values():
        join_the_one_alike(joins, "place", group, lambda a, b: _spelt_apart(a, b, langs, named_in, about))


def _spelt_apart(
    a: str, b: str, langs: dict[str, set[str]], named_in: dict[str, set[str]], about: dict[str, set[str]]
) -> bool:
    """Whether two places' names are one letter apart as `join_spelt_apart` reads them, in two languages,
    never named together, named about one place."""
    if langs[a] == langs[b] or named_in.get(a, set()) & named_in.get(b, set()):
        return False
    if table_name(a) is not None and table_name(b) is not None:
        return False  # the table knows both: two lines, or one already
    if not about.get(a, set()) & about.get(b, set()):
        return False
    x, y = sorted((re.sub(r"[\W_]+", "", a), re.sub(r"[\W_]+", "", b)), key=len)
    if x[-1] != y[-1] and y != x + "e":
        return False
    return one_edit(x, y) or one_edit(spelling(x), spelling(y))


def join_landmarks(joins: Joins, places: list[str]) -> None:
    """Two places named as a landmark of one kind with the same words are one, whatever the language and
    the order ("St. Peter's Square", "place Saint-Pierre"; "Sistine Chapel", "chapelle Sixtine"); a name
    that adds its town ("cathédrale Notre-Dame de Paris") is the landmark named without it, when the
    archive names that landmark in one town only (not "Notre-Dame de Reims" as well)."""
    by_key: dict[tuple[str, frozenset[str]], list[str]] = {}
    towns: dict[tuple[str, frozenset[str]], dict[str, list[str]]] = {}  # key without town -> town -> names
    known = frozenset(places)
    for name in places:
        key = _landmark(name)
        if key is None:
            continue
        by_key.setdefault(key, []).append(name)
        bare, town = _landmark_town(name, known) or (key, "")
        towns.setdefault(bare, {}).setdefault(town, []).append(name)
    for group in by_key.values():
        for other in group[1:]:
            joins.join(("place", group[0]), ("place", other))
    for found in towns.values():
        if len([town for town in found if town]) == 1:
            group = sorted(name for names in found.values() for name in names)
            for other in group[1:]:
                joins.join(("place", group[0]), ("place", other))


def _landmark_town(folded: str, known: frozenset[str]) -> tuple[tuple[str, frozenset[str]], str] | None:
    """(the landmark's key without its town, the town) when its name ends with a linking word and a town: a
    place the archive names, or a name of the equivalents table ("cathedrale notre dame de paris"); the
    words before it must name the landmark on their own ("gare de Lyon" keeps its town: it is its name)."""
    every = re.findall(r"[^\W_]+", re.sub(r"'s\b", "", folded.replace(".", " ")))
    for k in range(len(every) - 2, 0, -1):
        if every[k] not in LINKING_WORDS:
            continue
        town = " ".join(every[k + 1 :])
        if town not in known and table_name(town) is None:
            return None
        start = k
        while start > 0 and every[start - 1] in LINKING_WORDS:
            start -= 1
        bare = _landmark(" ".join(every[:start]))
        return (bare, table_name(town) or town) if bare is not None else None
    return None


def join_with_country(joins: Joins, places: list[str], about: dict[str, set[str]]) -> None:
    """A place named with its country after a linking word ("Santiago du Chili", "Córdoba de Argentina") is
    the place named without it, when every briefing naming that one is about that country (their first
    place): a town's name that several countries have is then the one of the country the briefings are
    about. A name whose briefings are about another country, or about several, stays apart."""
    known = set(places)
    for name in places:
        every = name.split()
        for k in range(len(every) - 2, 0, -1):
            if every[k] not in LINKING_WORDS:
                continue
            country = country_of_place(place_key(" ".join(every[k + 1 :])))
            bare = " ".join(every[:k])
            said = {country_about(p) for p in about.get(bare, set())}
            if country is not None and bare in known and said == {country}:
                joins.join(("place", bare), ("place", name))
            break


def join_island_names(joins: Joins, places: list[str]) -> None:
    """An island or a group of islands named with its kind word, before its name in French ("îles Chagos",
    "archipel des Açores", "île de Lampedusa") or after it in English ("Chagos Islands"), is the place the
    archive names by the name alone ("Chagos", "Lampedusa"): the press drops the kind word of an island's name
    as it never drops a square's or a cathedral's. Never when the whole name or the name alone is a name of the
    equivalents table, whose line decides ("île Maurice" is on the line of "Maurice"), nor when the name alone is
    a country's ("Île-de-France" is a region of France, not an island of it) or a landmark of another kind."""
    islands = frozenset(fold(w) for w in reading_words("island_words"))
    known = frozenset(places)
    for name in places:
        every = re.findall(r"[^\W_]+", name)
        if len(every) < 2 or table_name(name) is not None:
            continue
        if every[0] in islands:
            rest = every[1:]
            while rest and rest[0] in LINKING_WORDS:
                rest = rest[1:]
        elif every[-1] in islands:
            rest = every[:-1]
        else:
            continue
        bare = " ".join(rest)
        if bare not in known or bare == name or table_name(bare) is not None or _landmark(bare) is not None:
            continue
        if country_of_place(place_key(bare)) is None:  # a country's name: "Île-de-France" is a region of France
            joins.join(("place", bare), ("place", name))


def join_reordered(joins: Joins, places: list[str]) -> None:
    """Two places named by the same two words or more in another order, or in another language, are one
    ("zone euro", "euro zone"): the words read through the word tables, linking words left out."""
    join_alike(joins, "place", places, words_key)


def join_by_compass(joins: Joins, places: list[str]) -> None:
    """Two places named by one direction and the same other words are one, whatever the language and the
    order ("North Kivu", "Nord-Kivu"; "South Sudan", "Soudan du Sud")."""
    join_alike(joins, "place", places, _compass)


def _compass_words() -> dict[tuple[str, ...], str]:
    """Each compass word of every language (`compass` in generator/lang/<code>/site.yml), as its folded
    words -> the direction it says: ("nord", "est") -> "north-east"."""
    return {
        tuple(re.findall(r"[^\W_]+", fold(word))): direction
        for direction, said in reading_groups("compass").items()
        for word in said
    }


_COMPASS = _compass_words()

_COMPASS_SIZES = sorted({len(k) for k in _COMPASS}, reverse=True)


def _compass(folded: str) -> tuple[str, frozenset[str]] | None:
    """A place's name read as a direction and other words: a compass word first ("North Kivu", "Nord-Kivu")
    or last ("Soudan du Sud"), the longest first ("nord-est"); the linking words left out, the others read
    through the word tables ("Soudan", "Sudan"). None without a compass word, or with nothing else."""
    every = [w for w in re.findall(r"[^\W_]+", folded) if w not in LINKING_WORDS]
    for size in _COMPASS_SIZES:
        if len(every) <= size:
            continue
        for said, rest in ((tuple(every[:size]), every[size:]), (tuple(every[-size:]), every[:-size])):
            if said in _COMPASS:
                return _COMPASS[said], frozenset(word_key(w) for w in rest)
    return None


def is_landmark(name: str) -> bool:
    """Whether a place's name names a landmark: a kind word and a name ("Sistine Chapel", "place de la
    Concorde"), not a town or a country."""
    return _landmark(folded_key(name)) is not None


def _landmark(folded: str) -> tuple[str, frozenset[str]] | None:
    """A place's name read as a landmark: (its kind, its other words read in every language), or None.

    The kind is a word of `landmarks.kinds` (equivalents.yml) last (English: "Sistine Chapel") or first
    (French: "chapelle Sixtine"); a saint word is "saint" ("St.", "Sainte", "San"); "St." last is a
    street. Linking words ("of", "de la") and a possessive 's are left out; other words are read through
    `landmarks.words`, the sovereigns' given names and the event words ("Peter", "Pierre"). A name with no
    kind word, or with nothing but one, is no landmark: "Saint-Pierre" alone may be a town.
    """
    every = re.findall(r"[^\W_]+", re.sub(r"'s\b", "", folded.replace(".", " ")))
    if len(every) >= 2 and f"{every[0]}'{every[1]}" in LANDMARK_KINDS:  # "presqu'île de Giens": one kind word
        every = [f"{every[0]}'{every[1]}", *every[2:]]
    if len(every) < 2:
        return None
    if every[-1] in LANDMARK_KINDS:
        kind, rest = LANDMARK_KINDS[every[-1]], every[:-1]
    elif every[0] in LANDMARK_KINDS and every[0] not in SAINT_WORDS:
        kind, rest = LANDMARK_KINDS[every[0]], every[1:]
    else:
        return None
    read = frozenset(
        "saint" if w in SAINT_WORDS else LANDMARK_WORDS.get(w) or _spelt_key(w) for w in rest if w not in LINKING_WORDS
    )
    return (kind, read) if read - {"saint"} else None


def _spelt_key(word: str) -> str:
    """A landmark's word as compared: read through the word tables, then through the transliteration table
    ("Kertch", "Kerch"; "Mary", "Marie")."""
    return spelling(same_word(fold(word)))[:PREFIX]
