"""Institutions joined as one country's: named with its country, in its language, or in briefings about it.

- an institution named with the country of a language ("French Senate", "Sénat français") is the one
  institution the briefings in that language name without a country ("Sénat"): a French briefing's
  "Sénat" is France's (`country` in site.yml); two names that are the same words with a country are one
  in any language ("Sénat français", "French Senate"), and so are two names that are the same words with
  a town the archive names, in any order ("tribunal correctionnel de Paris", "Paris criminal court"; court
  words are event words of equivalents.yml). Institutions named without a country or a town are not
  joined across languages by their words alone: an English "Interior Ministry" may be any country's; but
  when every briefing that names it so is about a language's country (its first place: "France"), it is
  that country's, the one that language's briefings name by the same words ("National Assembly",
  "Assemblée nationale"); and names of the same words in two languages are one when every briefing that
  names them is about one place (their first place: "Garde présidentielle", "Presidential Guard" in
  articles on Niger);
- a country's parliament named by the generic word and its country ("Hungarian parliament", "Parlement
  hongrois") is the one parliament or chamber of that country the archive names by its name (`legislatures`
  of equivalents.yml: "National Assembly" in a briefing about Bulgaria, "Sejm" about Poland), or, beside a
  chamber, the one name of the whole parliament ("Diet" beside "House of Representatives" about Japan); the
  generic word without a country ("Parlement") in briefings all about one country whose parliament is a single
  chamber (`single_chamber` of site.yml: Mauritius) is that chamber; two chambers named about that country, or no
  country said, or a country of two chambers said only by the briefings (Cameroon's "Parlement"): nothing;
- organisations named by the same words through the word tables (one or more, in any order and language)
  are one when they are one country's: the country each names, by its name or its nationality ("Central
  Bank of Argentina", "Banque centrale argentine"), or for a name without a country the one country every
  briefing naming it is about ("Senate", "Sénat" in briefings on Thailand); another country named, or
  briefings about two, join nothing ("Congrès américain" and a "Congress" in a briefing on Turkey); an alias
  a briefing gives ("Conseil des gardiens" for a longer name) counts as one of its names, of the country its
  name says when it says none ("Chama cha Mapinduzi" for the "Tanzanian Revolutionary Party");
- an organisation's name with one word fewer inside it, of three words or more, is the same body of one country
  ("Information and Communication Technologies Authority", "Information and Communications Authority"), never
  one briefing naming both, each the other's only such name (`join_one_word_fewer`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from generator.site.identity.countries import country_about, country_of_place, whose
from generator.site.identity.names import kept_words, name_words, place_key, table_name
from generator.site.identity.unionfind import Joins, join_each_others_only
from generator.site.nametables import LEGISLATURES, ONE_PER_COUNTRY, WHOLE_LEGISLATURES
from generator.site.samewords import word_key
from generator.site.words import languages, reading_words

CHAMBERS = LEGISLATURES - WHOLE_LEGISLATURES  # the table's names of one chamber of some country (folded)


def join_institutions(
    joins: Joins, langs: dict[str, set[str]], places: Iterable[str] = (), wheres: dict[str, set[str]] | None = None
) -> None:
    """An institution named with a language's country is the one its briefings name without ("French Senate",
    "Sénat"); names that are the same words with a country are one ("Sénat français", "French Senate"), and
    so are names that are the same words with a town the archive names, in any order ("tribunal
    correctionnel de Paris", "Paris criminal court"). An institution named without a country by briefings
    that are all about a language's country (their first place) is the one that language's briefings name
    by the same words ("National Assembly" in English briefings on France, "Assemblée nationale")."""
    countries = {word_key(c): code for code in languages() for c in reading_words("country", code)}
    keyed: dict[frozenset[str], list[str]] = {}  # words -> folded names
    for name in sorted(langs):
        found = name_words(name)
        if found:
            keyed.setdefault(found, []).append(name)
    towns = {words for words in map(name_words, places) if words}
    for found, group in sorted(keyed.items(), key=lambda kv: kv[1]):
        if len(group) >= 2 and any(len(found - town) >= 2 and town < found for town in towns):
            for other in group[1:]:
                joins.join(("organization", group[0]), ("organization", other))
        country = [countries[w] for w in found if w in countries]
        if len(country) != 1 or len(found) < 2:
            continue
        for other in group[1:]:
            joins.join(("organization", group[0]), ("organization", other))
        named_bare = keyed.get(found - set(countries), ())
        bare = {joins.find(("organization", n)) for n in named_bare if country[0] in langs[n]}
        if len(bare) == 1:  # the one institution that language's briefings name without a country
            joins.join(("organization", group[0]), bare.pop())
    homes = {code: word for word, code in countries.items()}
    said = wheres or {}  # folded name -> the first places of the briefings that name it
    for found, group in sorted(keyed.items(), key=lambda kv: kv[1]):
        if len(found) < 2 or any(w in countries for w in found):
            continue
        for code, home in sorted(homes.items()):
            theirs = {joins.find(("organization", n)) for n in group if code in langs[n]}
            about = [n for n in group if code not in langs[n] and {word_key(w) for w in said.get(n, {""})} == {home}]
            if len(theirs) == 1 and about:  # other languages' briefings, each about that country
                for name in about:
                    joins.join(("organization", name), next(iter(theirs)))
        if len(group) >= 2 and len({country_about(p) or p for n in group for p in said.get(n, {""})} - {""}) == 1:
            for other in group[1:]:  # every briefing that names it is about one place: that place's institution
                joins.join(("organization", group[0]), ("organization", other))


def join_by_country(
    joins: Joins,
    wheres: dict[str, set[str]],
    also_called: dict[tuple[str, str], set[str]] | None = None,
    released: frozenset[str] = frozenset(),
) -> None:
    """Organisations named by the same words through the word tables (one word or more, in any order and
    language) are one when they are one country's: the country each names ("Central Bank of Argentina",
    "Banque centrale argentine"; "Italian Senate", "Sénat italien"), or, for a name without a country, the
    one country every briefing naming it is about (its first place: "Senate" and "Sénat" in briefings on
    Thailand; "Interior Ministry" in briefings on Italy is the "ministère italien de l'Intérieur"). The US
    "Congrès américain" in a briefing about Turkey is not the "Congress" of another briefing about Turkey,
    nor is a name about two countries anyone's; a name of the equivalents table is left to its line (the
    "Conseil européen" is not the "Council of Europe"). An alias of two words or more that a briefing gives an
    organisation (`also_called`: (alias, name) -> the first places of the briefings giving it) is read as one of
    its names: "Conseil supérieur de la magistrature" also called "Conseil de la magistrature" is the "Council
    of the Judiciary" of briefings on the same country; an alias that says no country, given to a name that says
    one, is that country's, whatever the briefing is about ("Tanzanian Revolutionary Party", also called "Chama
    cha Mapinduzi", in an article on a town of no known country, is the "Chama cha Mapinduzi" of articles on
    Tanzania). The names of a body every country has one of
    (`one_per_country` of equivalents.yml: "Ministère public", "Attorney General's Office") are one name. A
    table name that is another country's (`released`: the "Diète" of articles on Poland) is read as any name."""

    def key(name: str, about: set[str], owner: str) -> tuple[frozenset[str], str] | None:
        body = ONE_PER_COUNTRY.get(name)
        tabled = table_name(name) and name not in released
        read = (frozenset({f"@{body}"}), frozenset()) if body else None if tabled else whose(name)
        if read is None:
            return None
        words, countries = read  # one country at most (`whose`)
        if countries:
            return words, next(iter(countries))
        home = whose(owner) if owner != name else None  # an alias is the country's its owner's name says
        if home is not None and home[1]:
            return words, next(iter(home[1]))
        said = {country_about(place) or f"@{place}" for place in about}
        if len(said) != 1 or "" in about:
            return None
        return words, said.pop()

    said = [(name, name, about) for name, about in wheres.items()]
    said += [(alias, name, about) for (alias, name), about in (also_called or {}).items()]
    by_key: dict[tuple[frozenset[str], str], list[str]] = {}  # -> the names (or owners of aliases) so read
    for text, owner, about in sorted(said, key=lambda x: (x[0], x[1], sorted(x[2]))):
        found = key(text, about, owner)
        if found is not None:
            by_key.setdefault(found, []).append(owner)
    for owners in by_key.values():
        for other in owners[1:]:
            joins.join(("organization", owners[0]), ("organization", other))


_FEWER_FROM = 3  # words of the shorter name: fewer, and one word more may name another body ("Electoral Commission")


def join_one_word_fewer(joins: Joins, wheres: dict[str, set[str]], bodies_in: dict[str, set[str]]) -> None:
    """An organisation's name with one word fewer inside it is the same organisation of one country, as two
    outlets shorten a long name ("Information and Communication Technologies Authority", "Information and
    Communications Authority"; "Commission électorale nationale indépendante", "Commission électorale indépendante"):
    the shorter of three words or more (stop words left out, through the word tables), its words those of the
    longer in order, the same first and last words (the added word is inside: "National Police Service
    Commission" is another body than the "National Police Service"), one country (the one the name says, or the
    one every briefing naming it is about, their first place), never one briefing naming both, and each the
    other's only such name. A name of the equivalents table keeps its line."""
    by_ends: dict[tuple[str, str, str], list[str]] = {}  # (country, first, last) -> names
    ordered_words: dict[str, tuple[str, ...]] = {}  # name -> its words read through the word tables, in order
    for name, about in sorted(wheres.items()):
        read = None if table_name(name) or name in ONE_PER_COUNTRY else whose(name)
        if read is None:
            continue
        words, countries = read
        said: set[str | None] = set(countries) or {country_about(p) for p in about}
        country = said.pop() if len(said) == 1 else None
        ordered = tuple(k for k in (word_key(w) for w in kept_words(name)) if k in words)
        if country is not None and len(ordered) >= _FEWER_FROM:
            by_ends.setdefault((country, ordered[0], ordered[-1]), []).append(name)
            ordered_words[name] = ordered

    def fewer(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
        if len(long) != len(short) + 1:
            return False
        return any(long[:i] + long[i + 1 :] == short for i in range(1, len(long) - 1))

    def together(a: str, b: str) -> bool:  # one briefing names both: two bodies
        return bool(bodies_in.get(a, set()) & bodies_in.get(b, set()) - {""})

    def alike(a: str, b: str) -> bool:
        aw, bw = ordered_words[a], ordered_words[b]
        return (fewer(aw, bw) or fewer(bw, aw)) and not together(a, b)

    for group in by_ends.values():
        join_each_others_only(joins, "organization", group, alike)


def join_legislatures(joins: Joins, wheres: dict[str, set[str]]) -> None:
    """A country's parliament named by the generic word and its country ("Hungarian parliament", "Parlement
    hongrois") is the one parliament or chamber of that country the archive names by its name (`legislatures`
    of equivalents.yml: "National Assembly" in a briefing about Hungary; "Grand National Assembly" in one about
    Turkey): named with its country, or by briefings all about that country (their first place). Two such for
    one country ("Assemblée nationale" and "Sénat" about France): neither, a parliament may be either chamber;
    but when one of them is named by a name of a whole parliament (`legislatures.whole`: "Diet", "Oireachtas";
    never one chamber of two), it is that one ("Japanese parliament", "Diet" and "House of Representatives"
    about Japan). The generic word without a country ("Parlement") is of the one country every briefing naming it
    is about, when that country's parliament is a single chamber (`_generic_country`); else nothing."""
    generic = frozenset({word_key("parliament")})
    houses = {found[0] for found in map(whose, LEGISLATURES) if found is not None and not found[1]}
    whole = {found[0] for found in map(whose, WHOLE_LEGISLATURES) if found is not None and not found[1]}
    said: dict[str, list[str]] = {}  # country -> its parliaments named by the generic word
    named: dict[str, set[tuple[str, str]]] = {}  # country -> its parliaments named by name (one name each)
    for name in sorted(wheres):
        read = whose(name)
        if read is None:
            continue
        words, countries = read
        if words == generic and not table_name(name):
            country = _generic_country(countries, wheres[name])
            if country is not None:
                said.setdefault(country, []).append(name)
        elif words in houses and (words in whole or not table_name(name)):  # a table's line keeps its names
            about = {country_about(p) for p in wheres[name]} if not countries else set(countries)
            if len(about) == 1 and None not in about:
                named.setdefault(str(about.pop()), set()).add(("organization", name))
    for country, names in sorted(said.items()):
        houses_of = {joins.find(h) for h in named.get(country, set())}
        if len(houses_of) > 1:  # a chamber and the whole parliament: the whole one
            houses_of = {joins.find(h) for h in named[country] if _whole(h[1], whole)}
        if len(houses_of) == 1:
            house = houses_of.pop()
            for name in names:
                joins.join(("organization", name), house)


def _generic_country(countries: frozenset[str], firsts: set[str]) -> str | None:
    """The country whose parliament the generic word names: the one the name says ("Parlement hongrois"), or,
    the name saying none ("Parlement"), the one country every briefing naming it is about (their first places),
    when that country's parliament is a single chamber (`single_chamber` of site.yml: Mauritius, Moldova). In a
    country of two chambers the bare word may say both ("le Parlement" of Cameroon, its Assembly and Senate)."""
    if countries:
        return next(iter(countries))
    about = {country_about(p) for p in firsts}
    found = about.pop() if len(about) == 1 else None
    return found if found is not None and found in _single_chamber() else None


@lru_cache(maxsize=1)
def _single_chamber() -> frozenset[str]:
    """The countries (as `country_about` says them) whose parliament is a single chamber (`single_chamber`)."""
    return frozenset(
        code for name in reading_words("single_chamber") if (code := country_of_place(place_key(name))) is not None
    )


def _whole(name: str, whole: set[frozenset[str]]) -> bool:
    """Whether a folded name is a whole parliament's: its words those of a name of `legislatures.whole`, and not
    itself a chamber's name of the table (the "Sejm", which the word tables read as the "Diet", is one chamber)."""
    return (whose(name) or (frozenset(),))[0] in whole and name not in CHAMBERS
