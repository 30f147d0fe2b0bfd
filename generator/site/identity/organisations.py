"""Organisations joined by their words: translated, shortened, without a kind word, one word more.

- two organisations named by the same words through the word tables, in any order, without an acronym
  (with one: acronyms.py), are one when their words count a name of the table, which says whose body it
  is ("Commission de l'Union africaine", "African Union Commission");
- organisations named by the same words in the same order but for an article or a linking word present or
  dropped, three other words at least, are one ("Conseil supérieur des lettres et des arts", "... et arts");
- organisations named by a number and the same other words, in any order or language, are one ("Comité
  1922", "1922 Committee");
- an organisation named without a kind word is the one party, group or movement (`org_kinds` of site.yml)
  named by the same other words through the word tables, in any language and order, of the same one country
  (said by the name, or the first place of every briefing naming it): a party named by its members ("Social
  Democrats", "Parti social-démocrate", a name or an alias); two kinds of those words, or two such parties:
  neither;
- two organisations named in two languages by the same three words or more through the word tables, about
  the same noun (where each language puts it: `noun_first` and `adjectives_before_noun` of site.yml), are
  one when a briefing gives one the acronym of its own initials ("Nouvelle banque de développement" (NBD),
  "New Development Bank");
- an organisation's alias of two words or more that starts its name ("Cour suprême" for "Cour suprême des
  États-Unis") is that organisation in every briefing, when no other organisation of the archive has a
  name that starts with it;
- an organisation named by one word is the one organisation named by that word and one more ("Alameda",
  "Alameda Research"; "Esso", "Esso-ExxonMobil"), when the briefings naming each name another entity in
  common and none names both; the added word no organisation of the archive, no place, no nationality
  ("CDU-CSU" beside "CSU", "Esso France" stay apart).
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator.lang.equivalents import LINKING_WORDS, NATIONALITIES
from generator.lang.folding import fold
from generator.site.identity.countries import countries_of, country_about, country_words, whose
from generator.site.identity.names import (
    ARTICLES,
    TABLE_NAMES,
    kept_initials,
    kept_words,
    stop_words,
    table_name,
    words_key,
)
from generator.site.identity.unionfind import Joins, join_alike
from generator.site.samewords import SAME_WORD, word_key
from generator.site.words import languages, reading_words


def join_numbered(joins: Joins, organizations: list[str]) -> None:
    """Organisations named by a number and the same other words, in any order or language, are one ("Comité
    1922", "1922 Committee"; "Group of 77", "Groupe des 77"): the number tells them from any other."""
    join_alike(joins, "organization", organizations, lambda name: words_key(name, with_number=True))


_SMALL_WORDS = LINKING_WORDS | ARTICLES
_LONG_NAME = 3  # words of a name but its articles and linking words: fewer, and one of those may tell two apart


def join_small_words_apart(joins: Joins, organizations: list[str]) -> None:
    """Two organisations named by the same words in the same order but for an article or a linking word present
    or dropped (`articles` of site.yml, `linking_words` of equivalents.yml) are one, when three other words at
    least are left: a long coordinated name whose second complement takes its article or not ("Conseil supérieur
    des lettres et des arts", "Conseil supérieur des lettres et arts"; "Office of the Budget and of the Treasury").
    Other small words ("pour", "sans", "non") say something and are kept."""
    join_alike(joins, "organization", organizations, _without_small_words)


def _without_small_words(folded: str) -> tuple[str, ...] | None:
    """A folded name's words in order, its articles and linking words left out; None with fewer than three left."""
    kept = tuple(w for w in re.findall(r"[^\W\d_]+", folded) if w not in _SMALL_WORDS)
    return kept if len(kept) >= _LONG_NAME else None


def translated_words(folded: str) -> tuple[str, ...]:
    """A folded organisation's name as the words it is translated on: a name of the equivalents table inside
    it as one word ("nations unies", "united nations"), then its words of four letters or more through the
    word tables ("workers' party" -> the keys of "travailleurs", "parti"); stop words left out."""
    every = kept_words(folded)
    found: list[str] = []
    while every:  # a name of the table inside it is one word ("nations unies", "united nations")
        size, canon = next(
            ((n, c) for n in range(len(every), 1, -1) if (c := table_name(" ".join(every[:n])))), (1, None)
        )
        if canon is not None:
            found.append(canon)
        elif len(every[0]) >= 4:  # short words link ("sur", "on", "for"): left out
            found.append(word_key(every[0]))
        every = every[size:]
    return tuple(sorted(found))


def join_translated_in_order(
    joins: Joins, acronyms_given: dict[str, set[str]], langs: dict[str, set[str]], wheres: dict[str, set[str]]
) -> None:
    """Two organisations named in two languages by the same three words or more through the word tables
    (`_ordered_words`), about the same noun, are one when a briefing gives one of them the acronym of its own
    initials ("Nouvelle banque de développement" (NBD), "New Development Bank"): the noun is the word the name
    is about, where its language puts it (`_head`), so the other words are its adjectives and complements in
    the other language's order, and the acronym says the name is a body's own, not a kind of body every
    country has ("ministère des Affaires étrangères", "Foreign Affairs Ministry": nothing); so does a country
    or a nationality among its words ("Forces armées soudanaises", "Sudanese Armed Forces"). Two names whose
    briefings are all about countries, and not the same ones, are two countries' (a "Parti social-démocrate"
    (PSD) in articles on Romania, a "Social Democratic Party" in articles on Germany): nothing."""

    def countries(name: str) -> set[str | None]:
        return {country_about(p) if p else None for p in wheres.get(name, {""})}

    by_words: dict[tuple[tuple[str, ...], str], list[str]] = {}
    for name in sorted(langs):
        words, head = _ordered_words(name), _head(name, langs[name])
        if len(langs[name]) == 1 and len(words) >= 3 and len(set(words)) == len(words) and head:
            by_words.setdefault((words, head), []).append(name)
    for (words, _), group in by_words.items():
        own = [n for n in group if _says_country(words) or kept_initials(n) in acronyms_given.get(n, set())]
        for name in own[:1]:
            for other in group:
                mine, theirs = countries(name), countries(other)
                apart = None not in mine | theirs and not mine & theirs
                if langs[other] != langs[name] and not apart:
                    joins.join(("organization", name), ("organization", other))


@lru_cache(maxsize=65536)
def _ordered_words(folded: str) -> tuple[str, ...]:
    """An organisation's words as `translated_words` reads them, but the short words the word tables know
    ("new", "nouvel") kept, and a nationality or a country's name read as its country ("soudanaises",
    "Sudanese": Sudan)."""
    nations = country_words()
    return tuple(
        sorted(
            f"@{nations[w]}" if w in nations else word_key(w)
            for w in kept_words(folded)
            if len(w) >= 4 or w in SAME_WORD or w in nations
        )
    )


def _says_country(words: tuple[str, ...]) -> bool:
    """Whether `_ordered_words` of a name hold its country: the name is that country's body, not a kind of
    body every country has ("Forces armées soudanaises")."""
    return any(w.startswith("@") for w in words)


def _head(folded: str, langs: set[str]) -> str:
    """The key of the noun an organisation's name is about, where its language puts it: the first word that
    is no adjective said before a noun in a language that puts its nouns first ("nouvelle banque de
    développement": "banque", `noun_first` of site.yml), else the last word before a linking word
    ("New Development Bank": "bank"; "Bank of England": "bank"); "" for a name in several languages."""
    if len(langs) != 1:
        return ""
    lang = next(iter(langs))
    if lang not in languages():
        return ""
    words = re.findall(r"[^\W\d_]+", folded)
    before = _adjectives_before_noun(lang)
    if before is not None:
        kept = [w for w in words if w not in before and w not in stop_words()]
        return word_key(kept[0]) if kept else ""
    first: list[str] = []
    for w in words:
        if w in stop_words():
            if first:
                break
            continue
        first.append(w)
    return word_key(first[-1]) if first else ""


@lru_cache(maxsize=16)
def _adjectives_before_noun(lang: str) -> frozenset[str] | None:
    """The adjectives said before the noun in a language that puts its nouns first (`noun_first` of its
    site.yml), folded; None for a language that puts them last."""
    if not reading_words("noun_first", lang):
        return None
    return frozenset(fold(w) for w in reading_words("adjectives_before_noun", lang))


def join_qualified_table_names(joins: Joins, organizations: list[str]) -> None:
    """Two organisations named by a name of the equivalents table and the same other words, in any language
    and order, are one: a branch or body of a named entity ("État islamique au Khorasan", "Islamic
    State-Khorasan"; "Commission de l'Union africaine", "African Union Commission"). The table's name is what
    `join_translated_acronyms` needs an acronym for: it says which body the other words qualify."""
    by_words: dict[tuple[str, ...], list[str]] = {}
    for name in organizations:
        words = translated_words(name)
        if len(words) >= 2 and len(set(words)) == len(words) and any(w in TABLE_NAMES for w in words):
            by_words.setdefault(words, []).append(name)
    for group in by_words.values():
        for other in group[1:]:
            joins.join(("organization", group[0]), ("organization", other))


def starts_name(name: str, alias: str) -> bool:
    """Whether `alias` (folded) is the first two words or more of `name`, cut before a linking word: the
    short form an article gives of a long name ("Conseil de sécurité" of "Conseil de sécurité des Nations
    unies", "Security Council" of "Security Council of the United Nations")."""
    words, first = name.split(), alias.split()
    return 2 <= len(first) < len(words) and words[: len(first)] == first and words[len(first)] in stop_words()


def join_short_forms(joins: Joins, short_forms: set[tuple[str, str]], organizations: list[str]) -> None:
    """An organisation's short form that a briefing gives as its alias (`starts_name`) is that organisation in
    every briefing, when no other organisation of the archive has a name that starts with it ("Conseil de
    sécurité" beside "Conseil de sécurité des Nations unies", but not when the archive also names a
    "Conseil de sécurité nationale")."""
    wanted = {alias for alias, _ in short_forms}
    starting: dict[str, set[str]] = {}  # a short form -> the organisations whose names start with it (linear)
    for name in organizations:
        words = name.split()
        for n in range(2, len(words)):
            if (first := " ".join(words[:n])) in wanted:
                starting.setdefault(first, set()).add(name)
    for alias, name in sorted(short_forms):
        root = joins.find(("organization", name))
        others = {joins.find(("organization", o)) for o in starting.get(alias, ())} - {root}
        if not others:
            joins.join(("organization", alias), ("organization", name))


def join_without_kind_word(joins: Joins, organizations: list[str]) -> None:
    """An organisation named with the word of its kind and without it is one ("Pheu Thai Party", "parti Pheu
    Thai", "Pheu Thai"; "Wagner Group", "groupe Wagner"): the kind word first or last (`org_kinds` of each
    language's site.yml), the rest a name of two letters or more. Two kinds of one name are two bodies
    ("Socialist Party", "Socialist Group"), and the name alone is then neither."""
    kinds = _org_kinds()
    bare: dict[str, dict[str, list[str]]] = {}  # the name without its kind word -> the kind -> the names
    for name in organizations:
        words = name.split()
        if len(words) >= 2 and words[0] in kinds:
            kind, rest = words[0], words[1:]
        elif len(words) >= 2 and words[-1] in kinds:
            kind, rest = words[-1], words[:-1]
        else:
            continue
        while rest and rest[0] in LINKING_WORDS | ARTICLES:
            rest = rest[1:]
        if len(" ".join(rest)) >= 2:
            bare.setdefault(" ".join(rest), {}).setdefault(word_key(kind), []).append(name)
    named = set(organizations)
    for short, by_kind in sorted(bare.items()):
        for names in by_kind.values():
            group = sorted(names) + ([short] if short in named and len(by_kind) == 1 else [])
            for other in group[1:]:
                joins.join(("organization", group[0]), ("organization", other))


def join_one_word_more(joins: Joins, organizations: list[str], cast: dict[str, set[tuple[str, str]]]) -> None:
    """An organisation named by one word is the one organisation of the archive named by that word and one
    more ("Alameda", "Alameda Research"; "Esso", "Esso-ExxonMobil": a company and its full or parent's name),
    when the briefings naming each name another entity in common (one story's cast), no briefing names both (it
    would tell two bodies apart), and the added word is no organisation the archive names on its own ("CDU",
    "CDU-CSU" beside "CSU": an alliance of two), nor a place or a nationality (a country's branch: "Esso
    France"). A word that starts two such names, or a longer one ("Alameda Capital"), joins neither; a word of
    three letters or fewer, a name of the equivalents table, a country's or a nationality's word joins none."""
    named = set(organizations)
    starting: dict[str, set[str]] = {}  # a first word -> the names of two words or more it starts
    for name in organizations:
        words = name.split()
        if len(words) >= 2:
            starting.setdefault(words[0], set()).add(name)
    pairs = []  # (the one-word name, the one name that adds a word)
    for short in organizations:
        if len(starting.get(short, ())) != 1 or " " in short or len(short) < 4 or not short.isalpha():
            continue
        [long] = starting[short]
        words = long.split()
        if len(words) == 2 and short not in country_words() and not table_name(short) and words[1] not in named:
            pairs.append((short, long))
    if not pairs:
        return
    places = {name for names in cast.values() for kind, name in names if kind == "place"}
    in_briefings: dict[tuple[str, str], set[str]] = {}  # identity -> the briefings naming it
    for briefing, names in cast.items():
        for item in names:
            in_briefings.setdefault(joins.find(item), set()).add(briefing)
    for short, long in pairs:
        own, added = joins.find(("organization", short)), long.split()[1]
        if own == joins.find(("organization", long)):
            continue
        if added in places or added in country_words() or added in NATIONALITIES:
            continue
        mine, theirs = in_briefings.get(own, set()), in_briefings.get(joins.find(("organization", long)), set())
        if mine & theirs:
            continue
        around = {joins.find(i) for b in mine for i in cast[b]} - {own}
        if around & {joins.find(i) for b in theirs for i in cast[b]} - {joins.find(("organization", long))}:
            joins.join(("organization", short), ("organization", long))


def join_named_by_members(
    joins: Joins, wheres: dict[str, set[str]], also_called: dict[tuple[str, str], set[str]]
) -> None:
    """An organisation named without a kind word is the one party, group or movement (`org_kinds`) named by the
    same other words of one country, in any language and order, through the word tables: a party named by its
    members ("Social Democrats", "Parti social-démocrate"; "les Travaillistes", "Labour Party"). The country is
    the one the name says, or the one every briefing naming it is about (their first place); the kind's name
    may be a name or an alias a briefing gives. Two kinds of the same words ("Socialist Party", "Socialist
    Group"), or two such parties, join neither."""
    kinds = frozenset(word_key(k) for k in _org_kinds())

    def read(name: str, about: set[str]) -> tuple[frozenset[str], str] | None:
        found = None if table_name(name) else whose(name)
        if found is None:
            return None
        words, countries = found
        if not countries:
            countries = frozenset(countries_of(about)) if "" not in about else frozenset()
        return (words, next(iter(countries))) if len(countries) == 1 else None

    kinded: dict[tuple[frozenset[str], str], dict[str, set[tuple[str, str]]]] = {}  # -> kind -> identities
    bare: list[tuple[tuple[frozenset[str], str], str]] = []
    said = [(name, name, about) for name, about in wheres.items()]
    said += [(alias, name, about) for (alias, name), about in also_called.items()]
    for text, owner, about in sorted(said, key=lambda x: (x[0], x[1], sorted(x[2]))):
        found = read(text, about)
        if found is None:
            continue
        words, country = found
        if words & kinds and words - kinds:
            key = (words - kinds, country)
            kinded.setdefault(key, {}).setdefault(min(words & kinds), set()).add(joins.find(("organization", owner)))
        elif not words & kinds and text == owner:
            bare.append((found, owner))
    for key, name in bare:
        by_kind = kinded.get(key, {})
        roots = {root for roots in by_kind.values() for root in roots}
        if len(by_kind) == 1 and len({joins.find(r) for r in roots}) == 1:
            joins.join(("organization", name), roots.pop())


@lru_cache(maxsize=1)
def _org_kinds() -> frozenset[str]:
    return frozenset(fold(w) for w in reading_words("org_kinds"))
