"""The entry point of the identity rules: `identify` reads every briefing's names and runs the rules.

`identify` gathers what each rule reads (roles, languages, first places, aliases), makes the joins of the
equivalents table and of hand corrections, then runs each module's rules in a fixed order, and keys each
identity by its most used name. Two rules of its own across kinds, and one of case:

- an organisation and a place with the same name ("Quai d'Orsay", "Élysée") are one page, under the
  kind the archive uses most (organisation on a tie); a person joins nothing of another kind, but an
  organisation named by a person's initials that a briefing gives as that person's alias ("SBF" for "Sam
  Bankman-Fried"): the one person given them, when no briefing gives them to an organisation;
- an organisation's name written without a capital is a common noun ("la commission électorale" of an article on
  one country), not the name another article, about another country, writes with capitals ("Commission
  électorale"): it is read as its article's country's body, named with that country, and the two are not one.

A hand correction in a briefing's front matter (`identities`, see docs/methode.md) is stronger than all
of the rules: its `aliases` are joined to its name whatever the rules say, and no rule ever joins its name
to a name of its `not_same_as` (only case and accents cannot be split). The result maps every name to its
identity's key (the slug of its most used name: the page's address), and lists for each identity the keys
of its other names (old or variant addresses that lead to its page).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from generator.lang.folding import fold
from generator.site.identity.acronyms import (
    join_abbreviated_parts,
    join_acronym_of_own_name,
    join_acronyms_alone,
    join_given_acronyms,
    join_translated_acronyms,
    same_by_initials,
    syllabic,
)
from generator.site.identity.countries import another_countrys, country_about
from generator.site.identity.institutions import (
    join_by_country,
    join_institutions,
    join_legislatures,
    join_one_word_fewer,
)
from generator.site.identity.misspelt import join_vowels_spelt_apart
from generator.site.identity.names import (
    HONORIFIC,
    PLACE_WITHOUT_ARTICLE,
    SHORT_OF,
    acronym_key,
    folded_key,
    is_acronym,
    place_key,
    table_name,
    with_nationality,
)
from generator.site.identity.organisations import (
    join_named_by_members,
    join_numbered,
    join_one_word_more,
    join_qualified_table_names,
    join_short_forms,
    join_small_words_apart,
    join_translated_in_order,
    join_without_kind_word,
    starts_name,
)
from generator.site.identity.people import initialled, join_initials, join_known_as, join_nicknames, join_people
from generator.site.identity.places import (
    join_by_compass,
    join_island_names,
    join_landmarks,
    join_reordered,
    join_spelt_apart,
    join_spelt_by_sound,
    join_transliterated,
    join_with_country,
)
from generator.site.identity.unionfind import Joins


@dataclass(frozen=True)
class Mention:
    """One entity as one briefing names it: its kind, its name and the other names given for it."""

    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None  # the role the briefing gives it ("président américain")
    lang: str = ""  # the briefing's language
    where: str = ""  # the first place the briefing names (its title's, most often): what it is about
    briefing: str = ""  # which briefing names it: two names of one briefing are two people


@dataclass(frozen=True)
class Correction:
    """A hand correction (a briefing's `identities`): `name` is each of `aliases`, and none of `apart`."""

    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    apart: tuple[str, ...] = ()


@dataclass
class Identities:
    """Every name's identity, per kind."""

    keys: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, name) -> identity key
    variants: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (kind, key) -> other keys
    # (kind, name) -> the kind of its page, for the names whose page is of another kind (org <-> place)
    kinds: dict[tuple[str, str], str] = field(default_factory=dict)
    # (kind, key) -> (kind, key) of the page it leads to, for an identity whose page is of another kind
    moved: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)

    def key(self, kind: str, name: str) -> str | None:
        """The identity key of `name` (None for a name never seen)."""
        return self.keys.get((kind, " ".join(name.split())))

    def page(self, kind: str, name: str) -> tuple[str, str] | None:
        """(kind, key) of the page `name` has: its own kind, or the other one's it was joined to."""
        name = " ".join(name.split())
        key = self.keys.get((kind, name))
        return None if key is None else (self.kinds.get((kind, name), kind), key)


def identify(
    mentions: Iterable[Mention], slug: Callable[[str], str], corrections: Iterable[Correction] = ()
) -> Identities:
    """Join the names of `mentions` into identities; `slug` gives a name's address (and first key).

    `corrections` (hand edits) force joins and keep names apart; see the module's docstring.
    """
    mentions = list(mentions)
    common = _common_nouns(mentions)

    def node_key(name: str) -> str:  # the node a name is joined on: a common noun's says its country
        return common.get(" ".join(name.split())) or folded_key(name)

    corrections = sorted(set(corrections), key=lambda c: (c.kind, c.name, c.aliases, c.apart))
    names: Counter[tuple[str, str]] = Counter()
    joins = Joins()
    for c in corrections:  # first the names kept apart, then every join is checked against them
        for other in c.apart:
            joins.keep_apart((c.kind, node_key(c.name)), (c.kind, node_key(other)))
    for c in corrections:
        for alias in c.aliases:
            joins.join((c.kind, node_key(c.name)), (c.kind, node_key(alias)))
    acronyms = set()
    roles: dict[str, set[str]] = {}  # folded person name -> the folded roles the archive gives it
    named_in: dict[str, set[str]] = {}  # folded person name -> the briefings that name it
    people_about: dict[str, set[str]] = {}  # folded person or place -> the first places of the briefings naming it
    langs: dict[str, set[str]] = {}  # folded organisation name -> the languages of the briefings naming it
    place_langs: dict[str, set[str]] = {}  # folded place name -> the languages of the briefings naming it
    place_in: dict[str, set[str]] = {}  # folded place name -> the briefings naming it
    wheres: dict[str, set[str]] = {}  # folded organisation name -> the first places of the briefings naming it
    bodies_in: dict[str, set[str]] = {}  # folded organisation name -> the briefings that name it
    acronyms_given: dict[str, set[str]] = {}  # folded organisation name -> the acronyms given with it
    nicknames: set[tuple[str, str]] = set()  # (a person's alias that is a word of its name, the folded name)
    # (a person's alias of one word that is none of its name's, or of several words, the folded name)
    known_as: set[tuple[str, str]] = set()
    short_forms: set[tuple[str, str]] = set()  # (an organisation's alias that starts its name, the folded name)
    cast: dict[str, set[tuple[str, str]]] = {}  # briefing -> the (kind, folded name) it names
    initials_of: dict[str, set[str]] = {}  # a person's initials given as its alias ("SBF") -> the folded names
    also_called: dict[tuple[str, str], set[str]] = {}  # (an organisation's alias, its folded name) -> where
    role_acronyms: set[tuple[str, str, str]] = set()  # (folded person name, its folded role, an acronym it says)
    for m in mentions:
        name = " ".join(m.name.split())
        if not name:
            continue
        names[(m.kind, name)] += 1
        joins.add((m.kind, node_key(name)))
        cast.setdefault(m.briefing, set()).add((m.kind, node_key(name)))
        if m.kind == "person" and m.briefing:
            named_in.setdefault(node_key(name), set()).add(m.briefing)
        if m.kind in ("person", "place") and m.where:
            people_about.setdefault(node_key(name), set()).add(place_key(m.where))
        if m.kind == "place":
            place_langs.setdefault(node_key(name), set()).add(m.lang)
            place_in.setdefault(node_key(name), set()).add(m.briefing)
        if m.kind == "person" and m.role and m.role.strip():
            roles.setdefault(node_key(name), set()).add(fold(m.role))
            for word in re.findall(r"[\w.-]+", m.role):
                if is_acronym(word):
                    role_acronyms.add((node_key(name), fold(m.role), acronym_key(word)))
        elif m.kind == "organization":
            langs.setdefault(node_key(name), set()).add(m.lang)
            wheres.setdefault(node_key(name), set()).add(place_key(m.where))
            bodies_in.setdefault(node_key(name), set()).add(m.briefing)
        for alias in m.aliases:
            alias = " ".join(alias.split())
            body = m.kind == "organization"
            if alias and (same_by_initials(name, alias, parts=body) or body and syllabic(name, alias)):
                acronyms.add(tuple(sorted([(m.kind, node_key(name)), (m.kind, node_key(alias))])))
            if m.kind == "organization" and " " in alias:
                also_called.setdefault((node_key(alias), node_key(name)), set()).add(place_key(m.where))
            if m.kind == "organization" and is_acronym(alias):
                acronyms_given.setdefault(node_key(name), set()).add(acronym_key(alias))
            elif m.kind == "person" and len(alias.split()) == 1 and node_key(alias) in node_key(name).split():
                nicknames.add((node_key(alias), node_key(name)))
            elif m.kind == "person" and is_acronym(alias) and fold(alias) == _person_initials(name):
                initials_of.setdefault(node_key(alias), set()).add(node_key(name))
            elif m.kind == "person" and (alias.isalpha() or " " in alias) and not is_acronym(alias):
                known_as.add((node_key(alias), node_key(name)))
            elif m.kind == "organization" and starts_name(node_key(name), node_key(alias)):
                short_forms.add((node_key(alias), node_key(name)))
    _spell_out_roles(roles, role_acronyms, acronyms_given)
    named_lines: set[tuple[str, str]] = set()  # (kind, a table line's node) the archive names
    nationals = with_nationality(sorted({node_key(n) for kind, n in names if kind == "organization"}))
    canons: dict[tuple[str, str], str] = {}  # (kind, folded name) -> the table line it is on
    for kind, name in sorted(names):
        canon = table_name(node_key(name))
        if canon is None and kind == "place":  # "Hague" for "the Hague": a place's article left out
            canon = PLACE_WITHOUT_ARTICLE.get(node_key(name))
        if canon is None and kind == "organization":  # "Réserve fédérale américaine" for "Réserve fédérale"
            canon = nationals.get(node_key(name))
        if canon is not None:
            canons[(kind, node_key(name))] = canon
    released = {  # the Polish "Diète", not the line of the "Diète japonaise" (`another_countrys`)
        name
        for (kind, name), canon in canons.items()
        if kind == "organization" and another_countrys(name, canon, wheres[name])
    }
    for (kind, name), canon in sorted(canons.items()):  # the equivalents table, as joins a hand edit can refuse
        if kind == "organization" and name in released:
            continue
        line = (
            kind,
            f"{canon} \x00line" if kind == "organization" and canon in released else canon,
        )  # not a released name
        joins.join(line, (kind, name))
        named_lines.add(line)
    for kind, name in sorted(names):  # a short name: the one of its entities the archive names
        lines = {(kind, line) for line in SHORT_OF.get(node_key(name), ())} & named_lines
        if len(lines) == 1:
            joins.join(lines.pop(), (kind, node_key(name)))
    for a, b in sorted(acronyms):
        joins.join(a, b)
    places = sorted({node_key(n) for kind, n in names if kind == "place"})
    join_institutions(joins, langs, places, wheres)
    join_by_country(joins, wheres, also_called, frozenset(released))
    join_legislatures(joins, wheres)
    join_one_word_fewer(joins, wheres, bodies_in)
    join_translated_acronyms(joins, acronyms_given)
    join_translated_in_order(joins, acronyms_given, langs, wheres)
    organizations = sorted(langs)  # every organisation's folded name
    join_given_acronyms(joins, acronyms_given, organizations)
    join_acronym_of_own_name(joins, acronyms_given, wheres)
    capitals = {node_key(n) for kind, n in names if kind == "organization" and is_acronym(n)}
    join_acronyms_alone(joins, organizations, capitals, acronyms_given, wheres)
    join_abbreviated_parts(joins, sorted({n for kind, n in names if kind == "organization"}))
    join_numbered(joins, organizations)
    join_small_words_apart(joins, organizations)
    join_vowels_spelt_apart(joins, organizations, bodies_in, wheres, kind="organization")
    join_qualified_table_names(joins, organizations)
    join_short_forms(joins, short_forms, organizations)
    join_without_kind_word(joins, organizations)
    join_named_by_members(joins, wheres, also_called)
    join_landmarks(joins, places)
    join_reordered(joins, places)
    join_transliterated(joins, places)
    join_spelt_apart(joins, places, place_langs, place_in, people_about)
    join_spelt_by_sound(joins, places, place_in, people_about)
    join_by_compass(joins, sorted({node_key(n) for kind, n in names if kind == "place"}))
    join_with_country(joins, places, people_about)
    join_island_names(joins, places)
    # A whole name given as another's alias first ("Chantal Nana Camara", alias "Chantal Nanaba Camara"): the rules
    # of join_people then see one person where a briefing said so (and again after, for what they joined).
    person_keys = sorted(node_key(n) for kind, n in names if kind == "person")
    join_known_as(joins, known_as, person_keys)
    join_people(joins, sorted(n for kind, n in names if kind == "person"), roles, named_in, people_about)
    join_nicknames(joins, nicknames, person_keys)
    join_known_as(joins, known_as, person_keys)
    initials = {node_key(n) for kind, n in names if kind == "person" and initialled(n)}
    join_initials(joins, person_keys, initials, named_in)
    join_one_word_more(joins, organizations, cast)

    # The key of an identity is the slug of its most used name (ties: the longest, then A to Z).
    members: dict[tuple[str, str], list[str]] = {}
    for kind, name in names:
        members.setdefault(joins.find((kind, node_key(name))), []).append(name)
    result = Identities()
    key_of: dict[tuple[str, str], str] = {}
    for root, group in members.items():
        kind = root[0]
        best = max(group, key=lambda n: (names[(kind, n)], len(n), [-ord(c) for c in n]))
        key = key_of[root] = slug(best)
        for name in group:
            result.keys[(kind, name)] = key
        others = {slug(n) for n in group} - {key}
        if others:
            result.variants[(kind, key)] = others
    _join_across_kinds(result, members, key_of, names, corrections)
    given = {a for acronyms in acronyms_given.values() for a in acronyms}
    _people_typed_as_organisations(
        result, members, key_of, {a: ps for a, ps in initials_of.items() if a not in given}, joins
    )
    return result


def _common_nouns(mentions: list[Mention]) -> dict[str, str]:
    """The organisations' names written without a capital, a common noun for a country's body ("la commission
    électorale" of an article on one country), that fold to the name another briefing, about another country, writes
    with capitals ("Commission électorale", the name of another country's body) -> the node each is joined on: its
    folded name with its article's country, as if it said it ("commission electorale malawi"), so that it is that
    country's body (institutions.py) and never the other's. Only when every briefing writing it so is about one
    country; the same words in one country, in any case, stay one name ("attorney general's office")."""
    about: dict[str, set[str]] = {}  # folded name -> what the briefings naming it are about
    lower: dict[str, set[str | None]] = {}  # a name written without a capital -> the countries its briefings are about
    for m in mentions:
        name = " ".join(m.name.split())
        if m.kind != "organization" or not name:
            continue
        place = place_key(m.where) if m.where else ""
        about.setdefault(folded_key(name), set()).add(country_about(place) or place)
        if not any(c.isupper() for c in name):
            lower.setdefault(name, set()).add(country_about(place) if place else None)
    found = {}
    for name, countries in sorted(lower.items()):
        home = next(iter(countries)) if len(countries) == 1 else None
        if home and about[folded_key(name)] - {home, ""}:
            found[name] = f"{folded_key(name)} {home}"
    return found


def _person_initials(name: str) -> str:
    """The initials of a person's name, each part of a hyphenated name its own ("Sam Bankman-Fried" -> "sbf")."""
    return "".join(w[0] for w in re.findall(r"[^\W\d_]+", fold(HONORIFIC.sub("", name))))


def _people_typed_as_organisations(
    result: Identities,
    members: dict[tuple[str, str], list[str]],
    key_of: dict[tuple[str, str], str],
    initials_of: dict[str, set[str]],
    joins: Joins,
) -> None:
    """An organisation named by a person's initials, which a briefing gives as that person's alias ("SBF" for
    "Sam Bankman-Fried"), is that person: a briefing that took the initials for a company's. Only when its
    page holds no other name, the initials are one person's, and no briefing gives them to an organisation as
    its acronym (`initials_of` is without those)."""
    for root, group in sorted(members.items()):
        folded = {folded_key(n) for n in group}
        if root[0] != "organization" or len(folded) != 1 or (initials := folded.pop()) not in initials_of:
            continue
        people = {joins.find(("person", p)) for p in initials_of[initials]}
        if len(people) != 1:
            continue
        person = people.pop()
        for name in group:
            result.keys[(root[0], name)] = key_of[person]
            result.kinds[(root[0], name)] = "person"
        for slug in result.variants.pop((root[0], key_of[root]), set()) | {key_of[root]}:
            result.moved[(root[0], slug)] = ("person", key_of[person])


def _join_across_kinds(
    result: Identities,
    members: dict[tuple[str, str], list[str]],
    key_of: dict[tuple[str, str], str],
    names: Counter[tuple[str, str]],
    corrections: list[Correction],
) -> None:
    """An organisation and a place with one name are one page, under the kind used more (organisation on a tie).

    Only when the name leads to one identity of each kind; a hand correction of either that names the
    other in `not_same_as` keeps them apart.
    """
    apart = {(c.kind, folded_key(c.name), folded_key(o)) for c in corrections for o in c.apart}
    by_name: dict[str, dict[str, set[tuple[str, str]]]] = {}
    for root, group in members.items():
        if root[0] in ("organization", "place"):
            for name in group:
                by_name.setdefault(folded_key(name), {}).setdefault(root[0], set()).add(root)
    pairs = set()
    for folded, kinds in by_name.items():
        orgs, places = kinds.get("organization", set()), kinds.get("place", set())
        if len(orgs) == 1 and len(places) == 1 and not any((k, folded, folded) in apart for k in kinds):
            pairs.add((next(iter(orgs)), next(iter(places))))
    linked: Counter[tuple[str, str]] = Counter(root for pair in pairs for root in pair)
    for org, place in sorted(pairs):
        if linked[org] > 1 or linked[place] > 1:  # one organisation, two places (or the reverse): leave them
            continue
        uses = {root: sum(names[(root[0], n)] for n in members[root]) for root in (org, place)}
        winner, loser = (org, place) if uses[org] >= uses[place] else (place, org)
        for name in members[loser]:
            result.keys[(loser[0], name)] = key_of[winner]
            result.kinds[(loser[0], name)] = winner[0]
        moved = {slug for slug in result.variants.pop((loser[0], key_of[loser]), set())} | {key_of[loser]}
        for slug in moved:
            result.moved[(loser[0], slug)] = (winner[0], key_of[winner])


def _spell_out_roles(
    roles: dict[str, set[str]], role_acronyms: set[tuple[str, str, str]], acronyms_given: dict[str, set[str]]
) -> None:
    """A role that names an organisation by an acronym the archive gives it ("président de la CENI", "DMP
    coordinator") is read with that organisation's names after it, so that it shares its words with a role
    that spells the name ("head of the electoral commission"): an acronym is too short to be a role word."""
    spelled: dict[str, set[str]] = {}  # an acronym's key -> the folded organisation names given it
    for name, given in acronyms_given.items():
        for key in given:
            spelled.setdefault(key, set()).add(name)
    for person, role, key in sorted(role_acronyms):
        if key in spelled and role in roles.get(person, set()):
            roles[person].add(f"{role} ({' ; '.join(sorted(spelled[key]))})")
