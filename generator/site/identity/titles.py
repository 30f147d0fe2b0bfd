"""People named with a title: an office, a sovereign's or a noble's title, a title alone, a regnal number.

- a name after an office title ("président", "Prime Minister": `titles` of equivalents.yml) is that
  name: "President Biden" is "Biden" and follows the surname rules;
- a sovereign's or a noble's title and name are one with the same title and name in another language, a
  sovereign's given name translated ("Pope Francis", "pape François": `given_names`); a name alone joins
  the one titled name it ends ("Camilla", "Queen Camilla");
- a person named by a title alone, with or without a country ("roi d'Espagne", "His Majesty the King":
  `styles` of the titles), is the one person of the archive given that title by its name or a role; an
  office is one country's (the one the name says, or its briefings are about): "Hungarian president" and
  two people given "président" in articles on Hungary join neither; a sovereign is any one person given that
  title whose role says no other country, or, without a country, named in briefings about the same place;
- a monarch or pope named by title and name is the one person of the archive with that name and a
  regnal number ("King Charles", "le roi Charles" and "Charles III"; titles: `titles` of equivalents.yml);
- a monarch's or a pope's name and regnal number are one with the same name translated and the same
  number ("Leo XIV", "Léon XIV"; given names: `given_names` of equivalents.yml; "Henri IV" of France and
  "Henry IV" of England are joined too: a hand correction's `not_same_as` keeps them apart).
"""

from __future__ import annotations

import re

from generator.lang.equivalents import GIVEN_NAMES, LINKING_WORDS, NOBLE_TITLES, OFFICE_TITLES, SOVEREIGN_TITLES
from generator.site.identity.countries import countries_of, country_of_place, country_words
from generator.site.identity.names import ARTICLES, folded_key, place_key, spaced
from generator.site.identity.spelling import spelling
from generator.site.identity.unionfind import Joins
from generator.site.nametables import OTHER_OFFICE, STYLES

_GIVEN = spaced(GIVEN_NAMES)


def _title_forms(table: dict[str, str]) -> dict[str, str]:
    """A table of titles as the rules read names and roles: as written, hyphens read as spaces; as its words
    ("secretaire d etat", how a role is cut into words); and without its linking words and articles ("chef
    armee", how a name said by its title alone is read: "chef de l'armée soudanaise")."""
    forms: dict[str, str] = {}
    for written, title in spaced(table).items():
        words = re.findall(r"[^\W\d_]+", written)
        bare = [w for w in words if w not in LINKING_WORDS and w not in ARTICLES]
        for form in (written, " ".join(words), " ".join(bare)):
            forms.setdefault(form, title)
    return forms


_TITLES = (
    ("sovereign", _title_forms(SOVEREIGN_TITLES)),
    ("noble", _title_forms(NOBLE_TITLES)),
    ("office", _title_forms(OFFICE_TITLES)),
)

_TITLE_SIZES = tuple(range(max(len(k.split()) for _, known in _TITLES for k in known), 0, -1))  # longest first


def join_title_only(joins: Joins, people: list[str], roles: dict[str, set[str]], about: dict[str, set[str]]) -> None:
    """A person named by a title alone, with or without a country ("roi d'Espagne", "Hungarian president",
    "His Majesty the King") is the one person of the archive given that title, by its name ("King Felipe VI")
    or a role ("roi", "président de la Cour constitutionnelle"). An office is held in one country: the one the
    name says, or else the one its briefings are about, and the person's is the one its role says, or else
    the one its briefings are about ("Hungarian president" and two people given "président" in articles on
    Hungary: neither), a role that says the country first. A sovereign is named by its title where its
    country is not the article's: any one person given that title whose role says no other country, or, for a
    title without a country, named in briefings about the same place."""
    parsed = {name: _title_only(folded_key(name)) for name in people}
    wanted = {found[:2] for found in parsed.values() if found is not None}
    if not wanted:
        return
    titles: dict[tuple[str, str], set[tuple[str, str]]] = {}  # identity -> the titles its names are given
    stated: dict[tuple[str, str], set[str]] = {}  # identity -> the countries its roles say
    places: dict[tuple[str, str], set[str]] = {}  # identity -> the countries (or places) its briefings are about
    for name in people:
        if parsed[name] is not None:
            continue
        folded = folded_key(name)
        root = joins.find(("person", folded))
        table, title, rest = leading_title(folded.split())
        if table and rest:
            titles.setdefault(root, set()).add((table, title))
        for role in roles.get(folded, set()):
            titles.setdefault(root, set()).update(_role_titles(role))
            stated.setdefault(root, set()).update(
                country_words()[w] for w in re.findall(r"[^\W\d_]+", role) if w in country_words()
            )
        places.setdefault(root, set()).update(countries_of(about.get(folded, set())))
    for name, found in sorted(parsed.items()):
        if found is None:
            continue
        table, title, country = found
        own = joins.find(("person", folded_key(name)))
        here = countries_of(about.get(folded_key(name), set()))
        candidates = {root for root, said in titles.items() if (table, title) in said and root != own}
        if table == "office":
            where = country or (next(iter(here)) if len(here) == 1 else None)
            candidates = {c for c in candidates if where in (stated.get(c) or places.get(c, set()))}
            # A role that says the country outweighs briefings about it: "Kenyan president" is the one
            # "président kényan", not a committee's or a commission's president met in articles on Kenya.
            said_there = {c for c in candidates if where in stated.get(c, set())}
            candidates = said_there or candidates
        elif country is not None:
            candidates = {c for c in candidates if not stated.get(c) or country in stated[c]}
        else:
            candidates = {c for c in candidates if places.get(c, set()) & here}
        if len(candidates) == 1:
            joins.join(("person", folded_key(name)), candidates.pop())


def named_by_title(name: str) -> bool:
    """Whether a person's name is a title and nothing else but a country or words of address ("Kenyan
    president", "le roi"): the title is then what the briefing calls that person."""
    return _title_only(folded_key(name)) is not None


def _title_only(folded: str) -> tuple[str, str, str | None] | None:
    """(the table of a title, the title, the country said with it) of a name that is a title and nothing else
    but a country, a nationality or words of address ("hungarian president" -> ("office", "president",
    "hongrie"); "his majesty the king" -> ("sovereign", "roi", None)); None for any other name."""
    for style in STYLES:
        if folded.startswith(style + " "):
            folded = folded[len(style) + 1 :]
    words = [w for w in re.findall(r"[^\W\d_]+", folded) if w not in ARTICLES and w not in LINKING_WORDS]
    country = None
    if len(words) >= 2 and words[0] in country_words():
        country, words = country_words()[words[0]], words[1:]
    for size in _TITLE_SIZES:
        said = " ".join(words[:size])
        for table, known in _TITLES:
            if len(words) >= size and said in known:
                rest = " ".join(words[size:])
                if not rest:
                    return table, known[said], country
                named = country_words().get(rest) or country_of_place(place_key(rest))
                return (table, known[said], named) if named is not None and country is None else None
    return None


def _role_titles(role: str) -> set[tuple[str, str]]:
    """The titles a folded role says, the longest first at each word ("vice-président" is a vice-president,
    not a president; "président de la Cour constitutionnelle" is a president), but a title another word makes
    another office ("deputy president", "ancien ministre": `_other_office`)."""
    words = re.findall(r"[^\W\d_]+", role)
    found: set[tuple[str, str]] = set()
    i = 0
    while i < len(words):
        size = next(
            (
                n
                for n in _TITLE_SIZES
                for _, known in _TITLES
                if i + n <= len(words) and " ".join(words[i : i + n]) in known
            ),
            1,
        )
        said = " ".join(words[i : i + size])
        if not _other_office(words, i, size):
            found.update((table, known[said]) for table, known in _TITLES if said in known)
        i += size
    return found


def _other_office(words: list[str], start: int, size: int) -> bool:
    """Whether the title at words[start:start + size] is bound to a word that makes it another office: said
    before it ("deputy president", "former minister") or, as French says it, after it ("ministre adjoint")."""
    before = words[start - 1] if start > 0 else ""
    after = words[start + size] if start + size < len(words) else ""
    return before in OTHER_OFFICE or after in OTHER_OFFICE


def leading_title(words: list[str]) -> tuple[str, str, list[str]]:
    """(the table a leading title is from, the title it stands for, the words after it) of a folded name;
    ("", "", words) without one. "pope francis" -> ("sovereign", "pape", ["francis"])."""
    for size in _TITLE_SIZES:
        said = " ".join(words[:size])
        for table, titles in _TITLES:
            if len(words) > size and said in titles:
                return table, titles[said], words[size:]
    return "", "", words


def join_titled(joins: Joins, people: list[str], roles: dict[str, set[str]]) -> tuple[list[str], list[str]]:
    """Join the names that start with a title; return the folded names the other rules read, and those
    that are a sovereign's or a noble's title and name.

    A sovereign's or a noble's title and name join the same title and name in any language (a sovereign's
    given name translated: "Pope Francis", "pape François"); they are no surname. A name after an office
    title is that name ("President Biden" is "Biden", with the role the briefing gives it), which the
    other rules then read.
    """
    plain: list[str] = []
    titled: dict[tuple[str, str], list[str]] = {}
    for name in people:
        folded = folded_key(name)
        table, title, rest = leading_title(folded.split())
        if table == "office":
            bare = " ".join(rest)
            joins.join(("person", folded), ("person", bare))
            roles.setdefault(bare, set()).update(roles.get(folded, set()))
            plain.append(bare)
        elif table:
            core = _given(rest) if table == "sovereign" else " ".join(spelling(w) for w in rest)
            titled.setdefault((title, core), []).append(folded)
        else:
            plain.append(folded)
    for group in titled.values():
        for other in group[1:]:
            joins.join(("person", group[0]), ("person", other))
    return sorted(set(plain)), sorted({n for group in titled.values() for n in group})


def join_regnal(joins: Joins, people: list[str]) -> None:
    """ "King Charles" (a regnal title and a name) joins the one "Charles III" (that name and a number); a
    sovereign's given name is read in every language ("le pape Benoît" and "Benedict XVI")."""
    numbered: dict[str, set[tuple[str, str]]] = {}  # the name before the number -> identities
    same_number: dict[tuple[str, str], list[str]] = {}  # (name read in every language, number) -> names
    titled: list[tuple[str, str]] = []  # (folded name, the name after the title)
    for name in people:
        folded = folded_key(name)
        table, _, rest = leading_title(folded.split())
        if table == "office":
            continue
        if len(rest) >= 2 and _REGNAL_NUMBER.fullmatch(name.split()[-1]):
            numbered.setdefault(_given(rest[:-1]), set()).add(joins.find(("person", folded)))
            same_number.setdefault((_given(rest[:-1]), rest[-1]), []).append(folded)
        elif table:
            titled.append((folded, _given(rest)))
    for group in same_number.values():  # "Leo XIV", "Léon XIV": one name and number in two languages
        for other in group[1:]:
            joins.join(("person", group[0]), ("person", other))
    numbered = {core: {joins.find(("person", n)) for n in names} for core, names in _by_core(same_number).items()}
    for name, core in titled:
        if len(numbered.get(core, ())) == 1:
            joins.join(("person", name), next(iter(numbered[core])))


def _by_core(same_number: dict[tuple[str, str], list[str]]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for (core, _), names in same_number.items():
        found.setdefault(core, []).extend(names)
    return found


def _given(words: list[str]) -> str:
    """A sovereign's given name as every language reads it ("john paul" -> "jean paul"), then spelt."""
    whole = _GIVEN.get(" ".join(words))
    return " ".join(spelling(w) for w in (whole.split() if whole else [_GIVEN.get(w, w) for w in words]))


_REGNAL_NUMBER = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")  # written in capitals: "III", "XVI"
