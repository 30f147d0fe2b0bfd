"""One identity per real-world entity across the archive, from the names the briefings give.

Each briefing names its participants and places on its own: "Aznar" in one, "José María Aznar" in
another, "Otan" here and "NATO" there. The site gives each real entity one page, so these names are
joined, by rules a reader can check:

- case, accents, honorifics and hyphens never matter ("Séjourné", "Sejourne", "M. Séjourné"; "al-Jaber",
  "Al Jaber"), nor the points and spaces of initials ("J. D. Vance", "JD Vance"; "U.S.", "US");
- names of one line of the equivalents table are one (generator/lang/equivalents.yml: OTAN/NATO,
  Kiev/Kyiv, Parti travailliste/Labour), whole names only, but for articles inside them ("Democratic
  Republic of Congo": `articles` in generator/lang/<code>/site.yml);
- a place of the table named without its leading article is that place ("Hague", "the Hague", "La Haye";
  "Caire", "Le Caire"), when no other line is that bare name;
- an organisation named as a line of the table and a nationality, first or last, is that line ("Réserve
  fédérale américaine", "Federal Reserve"), when the archive adds no other nationality to that line;
- two places named by the same words (two or more) in another order or language are one ("zone euro",
  "euro zone");
- a short name that may stand for several lines of the table (`short_names`: "Congo") is the one of them
  the archive names; none or both: nothing;
- an acronym and its expansion are one when a briefing gives both for one entity and the acronym is
  the initials of the expansion ("Otan" and "Organisation du traité de l'Atlantique nord"; words after
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
- an acronym named alone, which no briefing gives with a name, is the one organisation of the archive
  its letters make, both named in briefings about one country: its initials in another order, written in
  capitals ("SDP", "Parti social-démocrate"), or the first letters of each word run together ("Servel",
  "Service électoral");
- a name that starts with a surname's particle ("von der Leyen", "de Villepin": `surname_particles` of
  equivalents.yml) is a surname alone: the one full name that ends with it, or the one given its role;
- a surname alone is its full name when one full name in the archive has that surname ("Aznar"); when
  several do ("Joe", "Jill" and "Hunter Biden"), when the surname alone is given a role that exactly one
  of them is given somewhere in the archive ("Biden, président américain" and "Joe Biden, président
  américain"), or else two words of it ("Meloni, Italian Prime Minister", "Giorgia Meloni, prime minister"),
  or else when exactly one of them is named in briefings about a place (their first place)
  the briefings naming the surname alone are about ("Solberg" in a briefing on Norway, "Erna Solberg"
  in another, "Anna Solberg" only in briefings on Sweden);
- a name alone that is no one's surname in the archive is the one full name whose first given name it
  is, when they are given a role in common ("Tedros", directeur général de l'OMS, and "Tedros Adhanom
  Ghebreyesus", WHO Director-General); two people with that first name: neither;
- two full names with the same surname are one when their first names are spelling variants of each
  other ("Anthony"/"Antony", "Mohammed"/"Mohamed"): the same letters but for an h, a doubled letter or
  a final y/i; or short forms of one name ("Bill", "Will": the `nicknames` of equivalents.yml);
- two full names one letter apart after the same first given name are one, a name from another alphabet
  spelt two ways ("Nursultan Nazarbayev", "Nursultan Nazarbaev"; hyphens and spaces do not count): six
  letters or more, the same first two and last letters, never two names one briefing gives, never a name
  with two such others;
- a full name whose given name is a part of another's hyphenated given name ("Roger Kamba", "Samuel-Roger
  Kamba") is the one full name of the archive with that surname and that compound given name; two such
  ("Jean-Luc" and "Jean-Marc" for "Jean"): neither;
- a full name with a short first name is the one full name of the archive with that surname whose first
  name it shortens: a known short form ("Bill Nelson", "William Nelson"), or its first three letters or
  more, two letters shorter at least ("Alex", "Alexander"), unless what it leaves out is an ending that
  makes another first name (`first_name_endings` of site.yml: "Jean"/"Jeanne", "Paul"/"Pauline"); two
  such longer names: neither;
- a full name without a middle initial is the one longer full name of its first name that keeps its words
  in order ("Lewis Kaplan", "Lewis A. Kaplan"); without a middle name or the end of a compound surname, when
  the two are given a role in common too ("Bola Tinubu", "Bola Ahmed Tinubu"; "Ali Bongo", "Ali Bongo
  Ondimba"; "Ahmad Massoud" is not his father "Ahmad Shah Massoud");
- a full name without its first given name is the one longer name that ends with it, when the two are
  given a role in common ("Messias Bolsonaro", "Jair Messias Bolsonaro", each "président");
- a name after an office title ("président", "Prime Minister": `titles` of equivalents.yml) is that
  name: "President Biden" is "Biden" and follows the surname rules;
- a sovereign's or a noble's title and name are one with the same title and name in another language, a
  sovereign's given name translated ("Pope Francis", "pape François": `given_names`); a name alone joins
  the one titled name it ends ("Camilla", "Queen Camilla");
- surnames are compared through the spellings languages give one sound of a name taken from another
  alphabet ("Kouleba"/"Kuleba", "Choïgou"/"Shoigu"), and of a German umlaut English writes with an e
  ("Söder"/"Soeder"): the `transliteration` of generator/lang/<code>/site.yml;
- a person named by a title alone, with or without a country ("roi d'Espagne", "His Majesty the King":
  `styles` of the titles), is the one person of the archive given that title by its name or a role; an
  office is one country's (the one the name says, or its briefings are about): "Hungarian president" and
  two people given "président" in articles on Hungary join neither; a sovereign is any one person given that
  title whose role says no other country, or, without a country, named in briefings about the same place;
- a monarch or pope named by title and name is the one person of the archive with that name and a
  regnal number ("King Charles", "le roi Charles" and "Charles III"; titles: `titles` of equivalents.yml);
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
  of equivalents.yml: "National Assembly" in a briefing about Bulgaria, "Sejm" about Poland); two chambers
  named about that country, or no country said ("Parliament"): nothing;
- organisations named by the same words through the word tables (one or more, in any order and language)
  are one when they are one country's: the country each names, by its name or its nationality ("Central
  Bank of Argentina", "Banque centrale argentine"), or for a name without a country the one country every
  briefing naming it is about ("Senate", "Sénat" in briefings on Thailand); another country named, or
  briefings about two, join nothing ("Congrès américain" and a "Congress" in a briefing on Turkey);
- two organisations named by the same words through the word tables, in any order (stop words left out,
  a name of the table inside them read as one word: "Nations unies", "United Nations"), are one when
  briefings give both the same acronym ("Confédération générale du travail" and "General Confederation
  of Labor", each "CGT") or, three words or more, each the acronym of its own initials ("CCNUCC",
  "UNFCCC"); two words and two acronyms ("Front populaire", "Popular Front") are a kind of body several
  countries have: nothing; without an acronym, when their words count a name of the table, which says
  whose body it is ("Commission de l'Union africaine", "African Union Commission");
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
- a person's alias that is a word of its name ("Lula" for "Luiz Inácio Lula da Silva"; a first name, as Thai
  and Ethiopian names are said: "Srettha" for "Srettha Thavisin")
  is that person, when no other person of the archive has that word in their name;
- two surname particles that differ by their vowels are one ("al-Sissi", "el-Sisi"), and place names are
  compared through the transliteration table too ("Charm el-Cheikh", "Sharm el-Sheikh"), the words of a
  landmark's name as well ("détroit de Kertch", "Kerch Strait");
- two full names two letters apart after the same rare first given name (six letters or more, no third
  person's in the archive) are one person ("Abdourahamane Tiani", "Abdourahamane Tchiani"): the rest five
  letters or more, the same first and last letters, never in one briefing, named about a place in common;
- two places one letter apart, as written or through the transliteration table, are one place each language
  spells its own way ("Panjshir", "Panchir"; a final e added: "Quirinale", "Quirinal"): six letters or more,
  the same first two and last letters, each named in one language and the two languages different, never
  by one briefing, by briefings about a place in common, not both names of the table, one such other only
  ("Guyane" and "Guyana", "Colombia" and "Columbia", "Samara" and "Samarra" stay two);
- a monarch's or a pope's name and regnal number are one with the same name translated and the same
  number ("Leo XIV", "Léon XIV"; given names: `given_names` of equivalents.yml; "Henri IV" of France and
  "Henry IV" of England are joined too: a hand correction's `not_same_as` keeps them apart);
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
- an organisation named by one word is the one organisation named by that word and one more ("Alameda",
  "Alameda Research"; "Esso", "Esso-ExxonMobil"), when the briefings naming each name another entity in
  common and none names both; the added word no organisation of the archive, no place, no nationality
  ("CDU-CSU" beside "CSU", "Esso France" stay apart);
- an organisation and a place with the same name ("Quai d'Orsay", "Élysée") are one page, under the
  kind the archive uses most (organisation on a tie); a person joins nothing of another kind, but an
  organisation named by a person's initials that a briefing gives as that person's alias ("SBF" for "Sam
  Bankman-Fried"): the one person given them, when no briefing gives them to an organisation.

A hand correction in a briefing's front matter (`identities`, see docs/methode.md) is stronger than all
of these: its `aliases` are joined to its name whatever the rules say, and no rule ever joins its name to
a name of its `not_same_as` (only case and accents cannot be split). The result maps every name to its
identity's key (the slug of its most used name: the page's address), and lists for each identity the keys
of its other names (old or variant addresses that lead to its page).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from generator.lang import BUILT_IN, language
from generator.lang.equivalents import (
    GIVEN_NAMES,
    LANDMARK_KINDS,
    LANDMARK_WORDS,
    LINKING_WORDS,
    NAME_GROUPS,
    NATIONALITIES,
    NICKNAMES,
    NOBLE_TITLES,
    OFFICE_TITLES,
    SAINT_WORDS,
    SHORT_NAMES,
    SOVEREIGN_TITLES,
    SURNAME_PARTICLES,
)
from generator.lang.folding import edit_distance, fold
from generator.site.nametables import COUNTRY_GROUPS, COUNTRY_NATIONALITIES, LEGISLATURES, OTHER_OFFICE, STYLES
from generator.site.samewords import PREFIX, SAME_WORD, same_word, word_key
from generator.site.words import languages, reading_groups, reading_pairs, reading_words


def _spaced(table: dict[str, str]) -> dict[str, str]:
    """A table of generator/lang/equivalents.py with hyphens read as spaces, as names are compared."""
    return {k.replace("-", " "): v.replace("-", " ") for k, v in table.items()}


_GIVEN = _spaced(GIVEN_NAMES)
_GROUP_OF = {name.replace("-", " "): min(group).replace("-", " ") for group in NAME_GROUPS for name in group}
_ARTICLES = frozenset(fold(w) for w in reading_words("articles"))


def _title_forms(table: dict[str, str]) -> dict[str, str]:
    """A table of titles as the rules read names and roles: as written, hyphens read as spaces; as its words
    ("secretaire d etat", how a role is cut into words); and without its linking words and articles ("chef
    armee", how a name said by its title alone is read: "chef de l'armée soudanaise")."""
    forms: dict[str, str] = {}
    for written, title in _spaced(table).items():
        words = re.findall(r"[^\W\d_]+", written)
        bare = [w for w in words if w not in LINKING_WORDS and w not in _ARTICLES]
        for form in (written, " ".join(words), " ".join(bare)):
            forms.setdefault(form, title)
    return forms


_TITLES = (
    ("sovereign", _title_forms(SOVEREIGN_TITLES)),
    ("noble", _title_forms(NOBLE_TITLES)),
    ("office", _title_forms(OFFICE_TITLES)),
)
_TITLE_SIZES = tuple(range(max(len(k.split()) for _, known in _TITLES for k in known), 0, -1))  # longest first


def _without_articles(folded: str) -> str:
    """A folded name without the articles inside it ("democratic republic of the congo" -> "democratic
    republic of congo"); its first word stays ("les republicains")."""
    words = folded.split()
    return " ".join(words[:1] + [w for w in words[1:] if w not in _ARTICLES])


def _bare_groups() -> dict[str, str]:
    """The table's names without their inner articles -> the name they stand for; a bare name two lines
    share stands for neither."""
    found: dict[str, set[str]] = {}
    for name, canon in _GROUP_OF.items():
        found.setdefault(_without_articles(name), set()).add(canon)
    return {bare: canons.pop() for bare, canons in found.items() if len(canons) == 1}


_BARE_GROUP_OF = _bare_groups()
_TABLE_NAMES = frozenset(_GROUP_OF.values())  # each line of the names table, by its name


def _without_leading_article() -> dict[str, str]:
    """The table's names that start with an article, without it ("the hague" -> "hague", "le caire" ->
    "caire") -> the name they stand for; a place only, and not when the bare name is another line's."""
    found: dict[str, set[str]] = {}
    for name, canon in _GROUP_OF.items():
        words = name.split()
        if len(words) >= 2 and words[0] in _ARTICLES:
            found.setdefault(" ".join(words[1:]), set()).add(canon)
    return {bare: canons.pop() for bare, canons in found.items() if len(canons) == 1 and bare not in _GROUP_OF}


_PLACE_WITHOUT_ARTICLE = _without_leading_article()
# A short name -> the names (as the table's lines stand for them) of the entities it may be ("congo").
_SHORT_OF = {
    short.replace("-", " "): {_GROUP_OF.get(n.replace("-", " "), n.replace("-", " ")) for n in names}
    for shorts, names in SHORT_NAMES
    for short in shorts
}


def _table_name(folded: str) -> str | None:
    """The name of the equivalents table's line a folded name is on, inner articles left aside, numbers
    written in figures or in words ("5-Star Movement", "Five Star Movement")."""
    found = _GROUP_OF.get(folded) or _BARE_GROUP_OF.get(_without_articles(folded))
    if found is None and any(c.isdigit() for c in folded):
        found = _figured_groups().get(folded)
    return found


@lru_cache(maxsize=1)
def _figured_groups() -> dict[str, str]:
    """The table's names with their number words in figures -> the name they stand for."""
    return {_in_figures(name): canon for name, canon in _GROUP_OF.items() if _in_figures(name) != name}


@lru_cache(maxsize=1)
def _number_words() -> dict[str, str]:
    """Every built-in language's number words from two to twenty, folded -> the number in figures ("one",
    "un" and "une" are articles as often)."""
    return {fold(w): str(n) for code in BUILT_IN for w, n in language(code).numbers.items() if 2 <= n <= 20}


def _in_figures(folded: str) -> str:
    return " ".join(_number_words().get(w, w) for w in folded.split())


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_AND = {"and", "et", "und", "y", "e"}  # "X and Y": an acronym may stop before the "and"
# Honorifics before a surname ("M.", "Dr"); in capitals they are an acronym ("DR Congo", "MS Society").
_TITLE = re.compile(r"^(?!(?-i:DR|MR|MS|PR)\b)(?:m|mme|mr|mrs|ms|dr|pr)\.?\s+", re.IGNORECASE)


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
    corrections = sorted(set(corrections), key=lambda c: (c.kind, c.name, c.aliases, c.apart))
    names: Counter[tuple[str, str]] = Counter()
    joins = _Joins()
    for c in corrections:  # first the names kept apart, then every join is checked against them
        for other in c.apart:
            joins.keep_apart((c.kind, _folded_key(c.name)), (c.kind, _folded_key(other)))
    for c in corrections:
        for alias in c.aliases:
            joins.join((c.kind, _folded_key(c.name)), (c.kind, _folded_key(alias)))
    acronyms = set()
    roles: dict[str, set[str]] = {}  # folded person name -> the folded roles the archive gives it
    named_in: dict[str, set[str]] = {}  # folded person name -> the briefings that name it
    people_about: dict[str, set[str]] = {}  # folded person or place -> the first places of the briefings naming it
    langs: dict[str, set[str]] = {}  # folded organisation name -> the languages of the briefings naming it
    place_langs: dict[str, set[str]] = {}  # folded place name -> the languages of the briefings naming it
    place_in: dict[str, set[str]] = {}  # folded place name -> the briefings naming it
    wheres: dict[str, set[str]] = {}  # folded organisation name -> the first places of the briefings naming it
    acronyms_given: dict[str, set[str]] = {}  # folded organisation name -> the acronyms given with it
    nicknames: set[tuple[str, str]] = set()  # (a person's alias that is a word of its name, the folded name)
    short_forms: set[tuple[str, str]] = set()  # (an organisation's alias that starts its name, the folded name)
    cast: dict[str, set[tuple[str, str]]] = {}  # briefing -> the (kind, folded name) it names
    initials_of: dict[str, set[str]] = {}  # a person's initials given as its alias ("SBF") -> the folded names
    also_called: dict[tuple[str, str], set[str]] = {}  # (an organisation's alias, its folded name) -> where
    for m in mentions:
        name = " ".join(m.name.split())
        if not name:
            continue
        names[(m.kind, name)] += 1
        joins.add((m.kind, _folded_key(name)))
        cast.setdefault(m.briefing, set()).add((m.kind, _folded_key(name)))
        if m.kind == "person" and m.briefing:
            named_in.setdefault(_folded_key(name), set()).add(m.briefing)
        if m.kind in ("person", "place") and m.where:
            people_about.setdefault(_folded_key(name), set()).add(_place_key(m.where))
        if m.kind == "place":
            place_langs.setdefault(_folded_key(name), set()).add(m.lang)
            place_in.setdefault(_folded_key(name), set()).add(m.briefing)
        if m.kind == "person" and m.role and m.role.strip():
            roles.setdefault(_folded_key(name), set()).add(fold(m.role))
        elif m.kind == "organization":
            langs.setdefault(_folded_key(name), set()).add(m.lang)
            wheres.setdefault(_folded_key(name), set()).add(_place_key(m.where))
        for alias in m.aliases:
            alias = " ".join(alias.split())
            if alias and (_same_by_initials(name, alias) or m.kind == "organization" and _syllabic(name, alias)):
                acronyms.add(tuple(sorted([(m.kind, _folded_key(name)), (m.kind, _folded_key(alias))])))
            if m.kind == "organization" and " " in alias:
                also_called.setdefault((_folded_key(alias), _folded_key(name)), set()).add(_place_key(m.where))
            if m.kind == "organization" and _is_acronym(alias):
                acronyms_given.setdefault(_folded_key(name), set()).add(fold(alias))
            elif m.kind == "person" and len(alias.split()) == 1 and _folded_key(alias) in _folded_key(name).split():
                nicknames.add((_folded_key(alias), _folded_key(name)))
            elif m.kind == "person" and _is_acronym(alias) and fold(alias) == _person_initials(name):
                initials_of.setdefault(_folded_key(alias), set()).add(_folded_key(name))
            elif m.kind == "organization" and _starts(_folded_key(name), _folded_key(alias)):
                short_forms.add((_folded_key(alias), _folded_key(name)))
    named_lines: set[tuple[str, str]] = set()  # (kind, a table line's name) the archive names
    nationals = _with_nationality(sorted({_folded_key(n) for kind, n in names if kind == "organization"}))
    for kind, name in sorted(names):  # the equivalents table, as joins a hand edit can refuse
        canon = _table_name(_folded_key(name))
        if canon is None and kind == "place":  # "Hague" for "the Hague": a place's article left out
            canon = _PLACE_WITHOUT_ARTICLE.get(_folded_key(name))
        if canon is None and kind == "organization":  # "Réserve fédérale américaine" for "Réserve fédérale"
            canon = nationals.get(_folded_key(name))
        if canon is not None:
            joins.join((kind, canon), (kind, _folded_key(name)))
            named_lines.add((kind, canon))
    for kind, name in sorted(names):  # a short name: the one of its entities the archive names
        lines = {(kind, line) for line in _SHORT_OF.get(_folded_key(name), ())} & named_lines
        if len(lines) == 1:
            joins.join(lines.pop(), (kind, _folded_key(name)))
    for a, b in sorted(acronyms):
        joins.join(a, b)
    places = sorted({_folded_key(n) for kind, n in names if kind == "place"})
    _join_institutions(joins, langs, places, wheres)
    _join_by_country(joins, wheres)
    _join_legislatures(joins, wheres)
    _join_translated_acronyms(joins, acronyms_given)
    _join_translated_in_order(joins, acronyms_given, langs, wheres)
    organizations = sorted(langs)  # every organisation's folded name
    _join_given_acronyms(joins, acronyms_given, organizations)
    capitals = {_folded_key(n) for kind, n in names if kind == "organization" and _is_acronym(n)}
    _join_acronyms_alone(joins, organizations, capitals, acronyms_given, wheres)
    _join_numbered(joins, organizations)
    _join_qualified_table_names(joins, organizations)
    _join_short_forms(joins, short_forms, organizations)
    _join_without_kind_word(joins, organizations)
    _join_named_by_members(joins, wheres, also_called)
    _join_landmarks(joins, places)
    _join_reordered(joins, places)
    _join_transliterated(joins, places)
    _join_spelt_apart(joins, places, place_langs, place_in, people_about)
    _join_by_compass(joins, sorted({_folded_key(n) for kind, n in names if kind == "place"}))
    _join_with_country(joins, places, people_about)
    _join_people(joins, sorted(n for kind, n in names if kind == "person"), roles, named_in, people_about)
    _join_nicknames(joins, nicknames, sorted(_folded_key(n) for kind, n in names if kind == "person"))
    _join_one_word_more(joins, organizations, cast)

    # The key of an identity is the slug of its most used name (ties: the longest, then A to Z).
    members: dict[tuple[str, str], list[str]] = {}
    for kind, name in names:
        members.setdefault(joins.find((kind, _folded_key(name))), []).append(name)
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


def _person_initials(name: str) -> str:
    """The initials of a person's name, each part of a hyphenated name its own ("Sam Bankman-Fried" -> "sbf")."""
    return "".join(w[0] for w in re.findall(r"[^\W\d_]+", fold(_TITLE.sub("", name))))


def _people_typed_as_organisations(
    result: Identities,
    members: dict[tuple[str, str], list[str]],
    key_of: dict[tuple[str, str], str],
    initials_of: dict[str, set[str]],
    joins: _Joins,
) -> None:
    """An organisation named by a person's initials, which a briefing gives as that person's alias ("SBF" for
    "Sam Bankman-Fried"), is that person: a briefing that took the initials for a company's. Only when its
    page holds no other name, the initials are one person's, and no briefing gives them to an organisation as
    its acronym (`initials_of` is without those)."""
    for root, group in sorted(members.items()):
        folded = {_folded_key(n) for n in group}
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
    apart = {(c.kind, _folded_key(c.name), _folded_key(o)) for c in corrections for o in c.apart}
    by_name: dict[str, dict[str, set[tuple[str, str]]]] = {}
    for root, group in members.items():
        if root[0] in ("organization", "place"):
            for name in group:
                by_name.setdefault(_folded_key(name), {}).setdefault(root[0], set()).add(root)
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


def _folded_key(name: str) -> str:
    """Case, accents, honorifics and hyphens dropped ("Sultan al-Jaber", "Sultan Al Jaber"), and the points
    and spaces of initials ("J. D. Vance", "J.D. Vance" and "JD Vance"; "U.S." and "US"): the key names are
    joined on."""
    folded = fold(_TITLE.sub("", name)).replace("-", " ")
    if "." in folded:
        folded = " ".join(_INITIALS.sub(lambda m: re.sub(r"[.\s]", "", m.group()) + " ", folded).split())
    return folded


_INITIALS = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.\s*){2,}")  # single letters each with its point


def _same_by_initials(name: str, alias: str) -> bool:
    """True when one of the two is an acronym (one word) whose letters are the other's initials, or the same
    qualifier and such an acronym ("Africa CDC" for "Africa Centres for Disease Control and Prevention")."""
    for short, long in ((name, alias), (alias, name)):
        qualified = _qualified_acronym(short, long)
        if qualified is not None:
            short, long = qualified
        every = _WORD.findall(long)
        if len(short.split()) != 1 or len(every) < 2:
            continue
        acronym = fold(short).replace(".", "")
        if not acronym.isalpha() or not 2 <= len(acronym) <= 8:
            continue
        # The initials of every word, or of its capitalised words, or of its words of four letters or more:
        # "Organisation des Nations unies" gives ONU, "Centers for Disease Control" gives CDC; and the same
        # of the words before an "and" ("Centers for Disease Control and Prevention" is CDC too).
        cut = next((i for i, w in enumerate(every) if fold(w) in _AND), len(every))
        for words in (every, every[:cut]) if 2 <= cut < len(every) else (every,):
            readings = (
                words,
                [w for w in words if w[0].isupper()],
                [w for w in words if len(w.split("'")[-1]) >= 4],
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


def _syllabic(name: str, alias: str) -> bool:
    """Whether an organisation's alias is a word made of the start of its name's words (a syllabic acronym:
    "Frontex" for "Agence européenne de garde-frontières et de garde-côtes", "Europol" for "Office européen de
    police"): one word, not in capitals (those are read as initials), six letters or more, that is no word of
    the name nor a name of the equivalents table, whose
    first five letters start a longer word of the name; a nationality's or a continent's word ("Europe" for
    "Commission européenne") is none. An unrelated alias, an extractor's wrong guess
    ("Unicef" for "Organisation des Nations unies"), starts no word of it."""
    words = alias.split()
    if len(words) != 1 or _is_acronym(alias) or not alias.isalpha():
        return False
    short = _folded_key(alias)
    if len(short) < _SYLLABLE + 1 or _table_name(short) is not None:
        return False
    every = _folded_key(name).split()
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


def _with_nationality(names: Iterable[str]) -> dict[str, str]:
    """The organisations' folded names that are a table's name with a nationality added, first or last
    ("Réserve fédérale américaine", "American Federal Reserve") -> that table's name ("reserve federale"),
    when the archive adds no other nationality to it (not "Parti démocrate italien" beside "Parti démocrate
    américain")."""
    found: dict[str, str] = {}
    said: dict[str, set[str]] = {}  # table's name -> the nationalities added to it
    for folded in names:
        words = folded.split()
        for nationality, rest in ((words[0], words[1:]), (words[-1], words[:-1])) if len(words) >= 2 else ():
            canon = _table_name(" ".join(rest)) if nationality in NATIONALITIES else None
            if canon is not None:
                found[folded] = canon
                said.setdefault(canon, set()).add(word_key(nationality))
                break
    return {folded: canon for folded, canon in found.items() if len(said[canon]) == 1}


def _join_institutions(
    joins: _Joins, langs: dict[str, set[str]], places: Iterable[str] = (), wheres: dict[str, set[str]] | None = None
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
        found = _name_words(name)
        if found:
            keyed.setdefault(found, []).append(name)
    towns = {words for words in map(_name_words, places) if words}
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
        if len(group) >= 2 and len(set().union(*(said.get(n, {""}) for n in group)) - {""}) == 1:
            for other in group[1:]:  # every briefing that names it is about one place: that place's institution
                joins.join(("organization", group[0]), ("organization", other))


@lru_cache(maxsize=1)
def _nations() -> dict[str, str]:
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
    for line in COUNTRY_GROUPS:
        found.update({n: min(line) for n in line if " " not in n and "-" not in n})
    for nationality in COUNTRY_NATIONALITIES:
        nationality = nationality | {f"{n}s" for n in nationality if " " not in n and not n.endswith(("s", "x"))}
        shared = {
            first: max(len(os.path.commonprefix((n, w))) for n in nationality for w in words) for first, words in lines
        }
        best = max(shared.values(), default=0)
        at_best = [first for first, n in shared.items() if n == best]
        if len(at_best) > 1:  # "sud-coréen" meets "Corée du Sud" and "Corée du Nord": the one of more words met
            met = {first: _words_met(nationality, words) for first, words in lines if first in at_best}
            at_best = [first for first in at_best if met[first] == max(met.values())]
        if len(at_best) > 1:  # "soudanais" meets "Soudan" and "Soudan du Sud": the country of one word
            fewest = min(len(words) for first, words in lines if first in at_best)
            at_best = [first for first, words in lines if first in at_best and len(words) == fewest]
        country = at_best[0] if best >= 4 and len(at_best) == 1 else min(nationality)
        # "sud-coréen" is read as two words in a name ("Parlement sud-coréen"): both spellings say it
        found.update({spelt: country for n in nationality for spelt in (n, n.replace("-", " "))})
    return found


def _words_met(nationality: Iterable[str], words: Iterable[str]) -> int:
    """How many of a country line's words a nationality's words are, or start like (four letters at least)."""
    said = {w for n in nationality for w in re.findall(r"[^\W\d_]+", n)}
    return sum(1 for word in words if word in said or any(len(os.path.commonprefix((word, w))) >= 4 for w in said))


def _countries_of(places: Iterable[str]) -> set[str]:
    """The countries places are in, as `_country_of_place` says; a town or a region stands for itself."""
    return {_country_of_place(p) or p for p in places}


@lru_cache(maxsize=256)
def _country_of_place(place: str) -> str | None:
    """The country a place is (`_place_key`: a table name, or a folded name), as `_nations` says it; None
    for a town or a region."""
    line = next((g for g in COUNTRY_GROUPS if place in {n.replace("-", " ") for n in g}), None)
    return min(line) if line is not None else _nations().get(place)


_REPUBLIC = frozenset({"republique", "republic"})  # part of a country's name beside it ("République argentine")


@lru_cache(maxsize=65536)  # several rules read each name so, in every build of a served site
def _whose(folded: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """An organisation's folded name read as (its words but the country's, the country it names): "banque
    centrale de la republique argentine" -> ({"banqu", "centr"}, {"argen"}); no country: an empty second.
    The words as `_name_words` reads them (stop words left out), the short ones the word tables know kept
    ("new"); a nationality of two words is one ("saudi arabian"). None with a digit, two countries ("conseil
    franco-allemand") or no other word."""
    if any(c.isdigit() for c in folded):
        return None
    every = _kept_words(folded)
    countries, rest, i = set(), [], 0
    while i < len(every):
        pair = " ".join(every[i : i + 2])
        if i + 1 < len(every) and pair in _nations():
            countries.add(_nations()[pair])
            i += 2
            continue
        word = every[i]
        if word in _nations():
            countries.add(_nations()[word])
        elif len(word) >= 4 or word in SAME_WORD:
            rest.append(word)
        i += 1
    if countries:  # "République" beside the country is the country's name
        rest = [w for w in rest if w not in _REPUBLIC]
    if len(countries) > 1 or not rest:
        return None
    return frozenset(word_key(w) for w in rest), frozenset(countries)


def _join_by_country(joins: _Joins, wheres: dict[str, set[str]]) -> None:
    """Organisations named by the same words through the word tables (one word or more, in any order and
    language) are one when they are one country's: the country each names ("Central Bank of Argentina",
    "Banque centrale argentine"; "Italian Senate", "Sénat italien"), or, for a name without a country, the
    one country every briefing naming it is about (its first place: "Senate" and "Sénat" in briefings on
    Thailand; "Interior Ministry" in briefings on Italy is the "ministère italien de l'Intérieur"). The US
    "Congrès américain" in a briefing about Turkey is not the "Congress" of another briefing about Turkey,
    nor is a name about two countries anyone's; a name of the equivalents table is left to its line (the
    "Conseil européen" is not the "Council of Europe")."""

    def key(name: str) -> tuple[frozenset[str], str] | None:
        read = None if _table_name(name) else _whose(name)
        if read is None:
            return None
        words, countries = read  # one country at most (`_whose`)
        if countries:
            return words, next(iter(countries))
        about = set(wheres[name])
        if len(about) != 1 or "" in about:
            return None
        place = about.pop()
        return words, _country_of_place(place) or f"@{place}"

    _join_alike(joins, "organization", sorted(wheres), key)


def _join_legislatures(joins: _Joins, wheres: dict[str, set[str]]) -> None:
    """A country's parliament named by the generic word and its country ("Hungarian parliament", "Parlement
    hongrois") is the one parliament or chamber of that country the archive names by its name (`legislatures`
    of equivalents.yml: "National Assembly" in a briefing about Hungary; "Grand National Assembly" in one about
    Turkey): named with its country, or by briefings all about that country (their first place). Two such for
    one country ("Assemblée nationale" and "Sénat" about France): neither, a parliament may be either chamber;
    the generic word without a country ("Parliament"): nothing."""
    generic = frozenset({word_key("parliament")})
    houses = {found[0] for found in map(_whose, LEGISLATURES) if found is not None and not found[1]}
    said: dict[str, list[str]] = {}  # country -> its parliaments named by the generic word
    named: dict[str, set[tuple[str, str]]] = {}  # country -> the identities of its parliaments named by name
    for name in sorted(wheres):
        read = None if _table_name(name) else _whose(name)
        if read is None:
            continue
        words, countries = read
        if words == generic and countries:
            said.setdefault(next(iter(countries)), []).append(name)
        elif words in houses:
            about = {_country_of_place(p) for p in wheres[name]} if not countries else set(countries)
            if len(about) == 1 and None not in about:
                named.setdefault(str(about.pop()), set()).add(joins.find(("organization", name)))
    for country, names in sorted(said.items()):
        houses_of = {joins.find(h) for h in named.get(country, set())}
        if len(houses_of) == 1:
            house = houses_of.pop()
            for name in names:
                joins.join(("organization", name), house)


def _join_numbered(joins: _Joins, organizations: list[str]) -> None:
    """Organisations named by a number and the same other words, in any order or language, are one ("Comité
    1922", "1922 Committee"; "Group of 77", "Groupe des 77"): the number tells them from any other."""
    _join_alike(joins, "organization", organizations, lambda name: _words_key(name, with_number=True))


def _words_key(name: str, with_number: bool = False) -> frozenset[str] | None:
    """A folded name's words in any order, read through the word tables, linking words left out (with
    `with_number`, numbers as written); None for fewer than two, for two words read as one, or without a number
    when one is asked."""
    every = [w for w in re.findall(r"[^\W_]+", name) if w not in LINKING_WORDS and w not in _ARTICLES]
    key = frozenset(w if with_number and w.isdigit() else word_key(w) for w in every)
    if len(key) < 2 or len(key) != len(every) or with_number and not any(w.isdigit() for w in key):
        return None
    return key


def _join_alike(joins: _Joins, kind: str, names: Iterable[str], key: Callable[[str], Hashable | None]) -> None:
    """Names of one kind that have the same key are one (a name whose key is None joins none)."""
    by_key: dict[Hashable, list[str]] = {}
    for name in names:
        found = key(name)
        if found is not None:
            by_key.setdefault(found, []).append(name)
    for group in by_key.values():
        for other in group[1:]:
            joins.join((kind, group[0]), (kind, other))


def _place_key(place: str) -> str:
    """A place as institutions' countries are compared: its table name, or its folded name."""
    folded = _folded_key(place) if place else ""
    return _table_name(folded) or folded


def _is_acronym(alias: str) -> bool:
    """An alias written as an acronym: one word of two to eight capitals ("CGT", "UNFCCC")."""
    plain = alias.replace(".", "")
    return " " not in plain and 2 <= len(plain) <= 8 and plain.isalpha() and plain.isupper()


def _translated_words(folded: str) -> tuple[str, ...]:
    """A folded organisation's name as the words it is translated on: a name of the equivalents table inside
    it as one word ("nations unies", "united nations"), then its words of four letters or more through the
    word tables ("workers' party" -> the keys of "travailleurs", "parti"); stop words left out."""
    every = _kept_words(folded)
    found: list[str] = []
    while every:  # a name of the table inside it is one word ("nations unies", "united nations")
        size, canon = next(
            ((n, c) for n in range(len(every), 1, -1) if (c := _table_name(" ".join(every[:n])))), (1, None)
        )
        if canon is not None:
            found.append(canon)
        elif len(every[0]) >= 4:  # short words link ("sur", "on", "for"): left out
            found.append(word_key(every[0]))
        every = every[size:]
    return tuple(sorted(found))


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """Every built-in language's stop words, folded ("pour", "for", "des"), with the linking words and
    articles of the tables: a name's words that say nothing of what it names."""
    said = {fold(w) for code in BUILT_IN for w in language(code).entities.stop_words}
    return frozenset(said | LINKING_WORDS | _ARTICLES | {"s"})


def _join_translated_acronyms(joins: _Joins, acronyms_given: dict[str, set[str]]) -> None:
    """Two organisations named by the same words through the word tables, in any order, are one when
    briefings give both the same acronym ("Confédération générale du travail" and "General Confederation of
    Labor", each given as "CGT"), or, three words or more, each an acronym of its own initials
    ("CCNUCC", "UNFCCC"): an acronym says the name is a body's own, not a kind of body every country has."""
    by_words: dict[tuple[str, ...], list[str]] = {}
    for name in sorted(acronyms_given):
        words = _translated_words(name)
        if len(words) >= 2 and len(set(words)) == len(words):
            by_words.setdefault(words, []).append(name)
    for words, group in by_words.items():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                same = acronyms_given[a] & acronyms_given[b]
                own = len(words) >= 3 and all(_initials(n) in acronyms_given[n] for n in (a, b))
                if same or own:
                    joins.join(("organization", a), ("organization", b))


def _join_translated_in_order(
    joins: _Joins, acronyms_given: dict[str, set[str]], langs: dict[str, set[str]], wheres: dict[str, set[str]]
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
        return {_country_of_place(p) if p else None for p in wheres.get(name, {""})}

    by_words: dict[tuple[tuple[str, ...], str], list[str]] = {}
    for name in sorted(langs):
        words, head = _ordered_words(name), _head(name, langs[name])
        if len(langs[name]) == 1 and len(words) >= 3 and len(set(words)) == len(words) and head:
            by_words.setdefault((words, head), []).append(name)
    for (words, _), group in by_words.items():
        own = [n for n in group if _says_country(words) or _initials(n) in acronyms_given.get(n, set())]
        for name in own[:1]:
            for other in group:
                mine, theirs = countries(name), countries(other)
                apart = None not in mine | theirs and not mine & theirs
                if langs[other] != langs[name] and not apart:
                    joins.join(("organization", name), ("organization", other))


@lru_cache(maxsize=65536)
def _ordered_words(folded: str) -> tuple[str, ...]:
    """An organisation's words as `_translated_words` reads them, but the short words the word tables know
    ("new", "nouvel") kept, and a nationality or a country's name read as its country ("soudanaises",
    "Sudanese": Sudan)."""
    nations = _nations()
    return tuple(
        sorted(
            f"@{nations[w]}" if w in nations else word_key(w)
            for w in _kept_words(folded)
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
        kept = [w for w in words if w not in before and w not in _stop_words()]
        return word_key(kept[0]) if kept else ""
    first: list[str] = []
    for w in words:
        if w in _stop_words():
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


def _shares_letters(acronym: str, folded: str) -> bool:
    """Whether an acronym may be a name's in another language: three letters or more, two of them at least,
    and half of them, initials of the name's words ("CSD" for "Conseil supérieur des sports", the Spanish
    "Consejo Superior de Deportes"; "RFEF" for "Fédération espagnole"); not "DGSI" for "ministère de
    l'Intérieur"."""
    left = Counter(_initials(folded))
    shared = sum((Counter(acronym) & left).values())
    return len(acronym) >= 3 and shared >= 2 and 2 * shared >= len(acronym)


def _join_given_acronyms(joins: _Joins, acronyms_given: dict[str, set[str]], organizations: list[str]) -> None:
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
            continue
        words = {name: set(_translated_words(name)) for name in group}
        longest = max(words.values(), key=len)
        if not all(w <= longest for w in words.values()):
            continue
        for other in group[1:]:
            joins.join(("organization", group[0]), ("organization", other))
        if acronym in named:
            joins.join(("organization", group[0]), ("organization", acronym))


def _join_acronyms_alone(
    joins: _Joins,
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
        about = _countries_of(wheres.get(name, set()))
        return about.pop() if len(about) == 1 and "" not in about else None

    by_letters: dict[tuple[str, str], set[str]] = {}  # (sorted initials, country) -> names
    names_of: dict[str, set[str]] = {}  # country -> names of two words or more
    starts: dict[str, list[tuple[list[str], str]]] = {}  # first letter -> (words, name)
    for name in organizations:
        words = _kept_words(name)
        if len(words) >= 2 and (where := country(name)) is not None:
            by_letters.setdefault(("".join(sorted(_initials(name))), where), set()).add(name)
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
            found = {o for o in names_of.get(where, ()) if _initials_in_any_language(name, _kept_words(o))}
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
    groups: dict[str, set[str]] = {}
    for word, canon in SAME_WORD.items():
        groups.setdefault(canon, set()).add(word)
    return {canon: frozenset(words) for canon, words in groups.items()}


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


def _join_qualified_table_names(joins: _Joins, organizations: list[str]) -> None:
    """Two organisations named by a name of the equivalents table and the same other words, in any language
    and order, are one: a branch or body of a named entity ("État islamique au Khorasan", "Islamic
    State-Khorasan"; "Commission de l'Union africaine", "African Union Commission"). The table's name is what
    `_join_translated_acronyms` needs an acronym for: it says which body the other words qualify."""
    by_words: dict[tuple[str, ...], list[str]] = {}
    for name in organizations:
        words = _translated_words(name)
        if len(words) >= 2 and len(set(words)) == len(words) and any(w in _TABLE_NAMES for w in words):
            by_words.setdefault(words, []).append(name)
    for group in by_words.values():
        for other in group[1:]:
            joins.join(("organization", group[0]), ("organization", other))


def _starts(name: str, alias: str) -> bool:
    """Whether `alias` (folded) is the first two words or more of `name`, cut before a linking word: the
    short form an article gives of a long name ("Conseil de sécurité" of "Conseil de sécurité des Nations
    unies", "Security Council" of "Security Council of the United Nations")."""
    words, first = name.split(), alias.split()
    return 2 <= len(first) < len(words) and words[: len(first)] == first and words[len(first)] in _stop_words()


def _join_short_forms(joins: _Joins, short_forms: set[tuple[str, str]], organizations: list[str]) -> None:
    """An organisation's short form that a briefing gives as its alias (`_starts`) is that organisation in
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


def _join_without_kind_word(joins: _Joins, organizations: list[str]) -> None:
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
        while rest and rest[0] in LINKING_WORDS | _ARTICLES:
            rest = rest[1:]
        if len(" ".join(rest)) >= 2:
            bare.setdefault(" ".join(rest), {}).setdefault(word_key(kind), []).append(name)
    named = set(organizations)
    for short, by_kind in sorted(bare.items()):
        for names in by_kind.values():
            group = sorted(names) + ([short] if short in named and len(by_kind) == 1 else [])
            for other in group[1:]:
                joins.join(("organization", group[0]), ("organization", other))


def _join_one_word_more(joins: _Joins, organizations: list[str], cast: dict[str, set[tuple[str, str]]]) -> None:
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
        if len(words) == 2 and short not in _nations() and not _table_name(short) and words[1] not in named:
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
        if added in places or added in _nations() or added in NATIONALITIES:
            continue
        mine, theirs = in_briefings.get(own, set()), in_briefings.get(joins.find(("organization", long)), set())
        if mine & theirs:
            continue
        around = {joins.find(i) for b in mine for i in cast[b]} - {own}
        if around & {joins.find(i) for b in theirs for i in cast[b]} - {joins.find(("organization", long))}:
            joins.join(("organization", short), ("organization", long))


def _join_named_by_members(
    joins: _Joins, wheres: dict[str, set[str]], also_called: dict[tuple[str, str], set[str]]
) -> None:
    """An organisation named without a kind word is the one party, group or movement (`org_kinds`) named by the
    same other words of one country, in any language and order, through the word tables: a party named by its
    members ("Social Democrats", "Parti social-démocrate"; "les Travaillistes", "Labour Party"). The country is
    the one the name says, or the one every briefing naming it is about (their first place); the kind's name
    may be a name or an alias a briefing gives. Two kinds of the same words ("Socialist Party", "Socialist
    Group"), or two such parties, join neither."""
    kinds = frozenset(word_key(k) for k in _org_kinds())

    def read(name: str, about: set[str]) -> tuple[frozenset[str], str] | None:
        found = None if _table_name(name) else _whose(name)
        if found is None:
            return None
        words, countries = found
        if not countries:
            countries = frozenset(_countries_of(about)) if "" not in about else frozenset()
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


def _initials(folded: str) -> str:
    """The initials of a folded name's words but its stop words ("programme des nations unies pour
    l'environnement" -> "pnue")."""
    return "".join(w[0] for w in _kept_words(folded))


def _kept_words(folded: str) -> list[str]:
    """A folded name's words of letters, in order, its stop words left out."""
    return [w for w in re.findall(r"[^\W\d_]+", folded) if w not in _stop_words()]


def _join_transliterated(joins: _Joins, places: list[str]) -> None:
    """Two places whose names are spelt alike through the `transliteration` of generator/lang/<code>/site.yml
    are one: a name taken from another alphabet ("Charm el-Cheikh", "Sharm el-Sheikh"; "Tachkent",
    "Tashkent")."""
    by_spelling: dict[str, list[str]] = {}
    for name in places:
        by_spelling.setdefault(" ".join(_spelling(w) for w in re.findall(r"[^\W_]+", name)), []).append(name)
    for group in by_spelling.values():
        for other in group[1:]:
            joins.join(("place", group[0]), ("place", other))


def _join_spelt_apart(
    joins: _Joins,
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
        _join_the_one_alike(joins, "place", group, lambda a, b: _spelt_apart(a, b, langs, named_in, about))


def _spelt_apart(
    a: str, b: str, langs: dict[str, set[str]], named_in: dict[str, set[str]], about: dict[str, set[str]]
) -> bool:
    """Whether two places' names are one letter apart as `_join_spelt_apart` reads them, in two languages,
    never named together, named about one place."""
    if langs[a] == langs[b] or named_in.get(a, set()) & named_in.get(b, set()):
        return False
    if _table_name(a) is not None and _table_name(b) is not None:
        return False  # the table knows both: two lines, or one already
    if not about.get(a, set()) & about.get(b, set()):
        return False
    x, y = sorted((re.sub(r"[\W_]+", "", a), re.sub(r"[\W_]+", "", b)), key=len)
    if x[-1] != y[-1] and y != x + "e":
        return False
    return _one_edit(x, y) or _one_edit(_spelling(x), _spelling(y))


def _join_nicknames(joins: _Joins, nicknames: set[tuple[str, str]], people: list[str]) -> None:
    """A person's alias that is a word of its name ("Lula" for "Luiz Inácio Lula da Silva", "Srettha" for
    "Srettha Thavisin", as the briefing gives it) is that person, when no other person of the archive has
    that word in their name (not "Bolsonaro" beside "Flávio Bolsonaro")."""
    having: dict[str, set[str]] = {}  # a word -> the names that have it (one pass: linear)
    wanted = {alias for alias, _ in nicknames}
    for person in people:
        for word in set(person.split()) & wanted:
            having.setdefault(word, set()).add(person)
    for alias, name in sorted(nicknames):
        if alias in SURNAME_PARTICLES or len(alias) < 3:
            continue
        root = joins.find(("person", name))
        others = {joins.find(("person", p)) for p in having.get(alias, ()) if p != alias} - {root}
        if not others:
            joins.join(("person", alias), ("person", name))


def _name_words(name: str) -> frozenset[str]:
    """The words an institution's name is compared on: those of four letters or more, and acronyms
    ("UE"), through the word tables (generator/site/samewords.py); empty when a word is a digit."""
    found = set()
    for word in re.findall(r"[\w'’]+", name):
        word = re.split(r"['’]", word)[-1]
        if any(c.isdigit() for c in word):
            return frozenset()
        if fold(word) in _stop_words():
            continue  # "Union pour la patrie", "Union for the Homeland": "pour" says no more than "for"
        if len(word) >= 4 or (len(word) >= 2 and word.isupper()):
            found.add(word_key(word))
    return frozenset(found)


def _join_people(
    joins: _Joins,
    people: list[str],
    roles: dict[str, set[str]],
    named_in: dict[str, set[str]],
    about: dict[str, set[str]],
) -> None:
    """A surname alone joins the one full name with that surname (or the one with its role); first-name
    variants join, and a short first name its one longer form; a name after an office title is that name;
    a title and a name join the one regnal name of that name, and the same title and name in another
    language ("Pope Francis", "pape François")."""
    plain_names, titled = _join_titled(joins, people, roles)
    full: dict[str, set[str]] = {}  # spelling key of the surname -> folded full names
    for name in plain_names:
        words = name.split()
        if len(words) >= 2:
            full.setdefault(_spelling(words[-1]), set()).add(name)
    alone = {k: set(v) for k, v in full.items()}  # what a name alone may be: a surname, or a titled name
    for name in titled:  # "Camilla" is "Queen Camilla"
        alone.setdefault(_spelling(name.split()[-1]), set()).add(name)
    endings = tuple(sorted({fold(e) for e in reading_words("first_name_endings")}))
    groups = _hyphenated(people)
    by_first: dict[str, list[str]] = {}
    for name in plain_names:
        if len(name.split()) >= 2:
            by_first.setdefault(name.split()[0], []).append(name)
    for same_first in by_first.values():
        _join_middle_names(joins, sorted(same_first), roles)
    _join_without_first_name(joins, plain_names, roles)
    for names in full.values():
        ordered = sorted(names)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                if _first_names_alike(a.split()[:-1], b.split()[:-1]):
                    joins.join(("person", a), ("person", b))
        for a in ordered:  # a short first name: its one longer form with that surname, if only one
            longer = {
                joins.find(("person", b))
                for b in ordered
                if _short_form_of(a.split(), b.split(), endings) or _part_of_compound(groups.get(a), groups.get(b))
            }
            if len(longer) == 1:
                joins.join(("person", a), longer.pop())
    for name in plain_names:
        words = name.split()
        if len(words) != 1:
            continue
        every = {joins.find(("person", n)) for n in alone.get(_spelling(words[0]), ())}
        candidates = every
        if len(every) > 1:  # several people have that surname: the one given the same role, if one is
            said = roles.get(words[0], set())
            candidates = {c for c in every if any(roles.get(n, set()) & said for n in _members(joins, c, alone))}
        if len(every) > 1 and not candidates:  # or the one given a role of two words or more in common
            said_words = _role_words(roles.get(words[0], set()))
            candidates = {
                c
                for c in every
                if any(len(_role_words(roles.get(n, set())) & said_words) >= 2 for n in _members(joins, c, alone))
            }
        if len(every) > 1 and len(candidates) != 1:  # or the one named in briefings about the same place
            here = about.get(words[0], set())
            candidates = {c for c in every if any(about.get(n, set()) & here for n in _members(joins, c, alone))}
        if len(candidates) == 1:  # the surname is one person's in this archive
            joins.join(("person", words[0]), candidates.pop())
    _join_misspelt(joins, plain_names, named_in)
    _join_given_names_transliterated(joins, plain_names, named_in)
    _join_rare_name_spelt_apart(joins, plain_names, named_in, about)
    _join_particle_surnames(joins, plain_names, roles)
    _join_given_name_alone(joins, plain_names, alone, roles)
    _join_regnal(joins, people)
    _join_title_only(joins, people, roles, about)


def _join_title_only(joins: _Joins, people: list[str], roles: dict[str, set[str]], about: dict[str, set[str]]) -> None:
    """A person named by a title alone, with or without a country ("roi d'Espagne", "Hungarian president",
    "His Majesty the King") is the one person of the archive given that title, by its name ("King Felipe VI")
    or a role ("roi", "président de la Cour constitutionnelle"). An office is held in one country: the one the
    name says, or else the one its briefings are about, and the person's is the one its role says, or else
    the one its briefings are about ("Hungarian president" and two people given "président" in articles on
    Hungary: neither), a role that says the country first. A sovereign is named by its title where its
    country is not the article's: any one person given that title whose role says no other country, or, for a
    title without a country, named in briefings about the same place."""
    parsed = {name: _title_only(_folded_key(name)) for name in people}
    wanted = {found[:2] for found in parsed.values() if found is not None}
    if not wanted:
        return
    titles: dict[tuple[str, str], set[tuple[str, str]]] = {}  # identity -> the titles its names are given
    stated: dict[tuple[str, str], set[str]] = {}  # identity -> the countries its roles say
    places: dict[tuple[str, str], set[str]] = {}  # identity -> the countries (or places) its briefings are about
    for name in people:
        if parsed[name] is not None:
            continue
        folded = _folded_key(name)
        root = joins.find(("person", folded))
        table, title, rest = _title(folded.split())
        if table and rest:
            titles.setdefault(root, set()).add((table, title))
        for role in roles.get(folded, set()):
            titles.setdefault(root, set()).update(_role_titles(role))
            stated.setdefault(root, set()).update(
                _nations()[w] for w in re.findall(r"[^\W\d_]+", role) if w in _nations()
            )
        places.setdefault(root, set()).update(_countries_of(about.get(folded, set())))
    for name, found in sorted(parsed.items()):
        if found is None:
            continue
        table, title, country = found
        own = joins.find(("person", _folded_key(name)))
        here = _countries_of(about.get(_folded_key(name), set()))
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
            joins.join(("person", _folded_key(name)), candidates.pop())


def named_by_title(name: str) -> bool:
    """Whether a person's name is a title and nothing else but a country or words of address ("Kenyan
    president", "le roi"): the title is then what the briefing calls that person."""
    return _title_only(_folded_key(name)) is not None


def _title_only(folded: str) -> tuple[str, str, str | None] | None:
    """(the table of a title, the title, the country said with it) of a name that is a title and nothing else
    but a country, a nationality or words of address ("hungarian president" -> ("office", "president",
    "hongrie"); "his majesty the king" -> ("sovereign", "roi", None)); None for any other name."""
    for style in STYLES:
        if folded.startswith(style + " "):
            folded = folded[len(style) + 1 :]
    words = [w for w in re.findall(r"[^\W\d_]+", folded) if w not in _ARTICLES and w not in LINKING_WORDS]
    country = None
    if len(words) >= 2 and words[0] in _nations():
        country, words = _nations()[words[0]], words[1:]
    for size in _TITLE_SIZES:
        said = " ".join(words[:size])
        for table, known in _TITLES:
            if len(words) >= size and said in known:
                rest = " ".join(words[size:])
                if not rest:
                    return table, known[said], country
                named = _nations().get(rest) or _country_of_place(_place_key(rest))
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


def _join_misspelt(joins: _Joins, names: list[str], named_in: dict[str, set[str]]) -> None:
    """Two full names spelt one letter apart after their first given name are one person, a name taken from
    another alphabet and written two ways ("Nursultan Nazarbayev", "Nursultan Nazarbaev"; "Chan-o-cha",
    "Chan-ocha": hyphens and spaces do not count): the first given names the same or spelling variants
    (`_variant`: "Anthony", "Antony"; never "Marie", "Maria"), the rest of six letters or more, with the same
    first two letters and the same last one through the transliteration table (an ending makes another name:
    "Sorokin", "Sorokina"; "Rashid", "Rashidi"; "Bourhane" ends as "Burhan"), one letter apart as written or
    through that table. Never two names that one briefing gives (two relatives: "Andrei Kovalenko", "Andrei
    Kovalenco"), nor a name with two such others."""
    by_first: dict[tuple[str, str, str], list[str]] = {}  # (first name, rest's first two and last letters)
    for name in names:
        words = name.split()
        rest = _spelling("".join(words[1:]))  # "Bourhane" ends as "Burhan" does: in n
        if len(words) >= 2 and len(rest) >= 6:
            by_first.setdefault((_skeleton(words[0]), rest[:2], rest[-1]), []).append(name)
    rests = {n: "".join(n.split()[1:]) for group in by_first.values() for n in group}

    def misspelt(a: str, b: str) -> bool:
        one = _one_edit(rests[a], rests[b]) or _one_edit(_spelling(rests[a]), _spelling(rests[b]))
        return one and not named_in.get(a, set()) & named_in.get(b, set())

    for group in by_first.values():
        _join_the_one_alike(joins, "person", group, misspelt)


def _join_given_names_transliterated(joins: _Joins, names: list[str], named_in: dict[str, set[str]]) -> None:
    """Two names the same but for a first given name taken from another alphabet and written two ways are one
    person ("Muhammad Yunus", "Mohammad Yunus"; "Najib Mikati", "Nagib Mikati"; "Waker-uz-Zaman",
    "Waqar-uz-Zaman"; "Chalva", "Shalva"): the rest of the name the same (words or hyphenated parts, through the
    transliteration table), the given names alike as `_transcribed_alike` reads them once the table's consonant
    spellings are one; never two names one briefing gives, nor a name with two such others."""
    by_rest: dict[tuple[str, ...], list[str]] = {}
    first: dict[str, str] = {}  # a name -> its first given name
    for name in names:
        parts = re.split(r"[\s-]+", name)
        rest = tuple(_spelling(p) for p in parts[1:])
        if len(parts) >= 2 and len("".join(rest)) >= 4:
            by_rest.setdefault(rest, []).append(name)
            first[name] = parts[0]

    def transcribed(a: str, b: str) -> bool:
        x, y = (_consonants_spelt(first[n]) for n in (a, b))
        return _transcribed_alike(x, y) and not named_in.get(a, set()) & named_in.get(b, set())

    for group in by_rest.values():
        _join_the_one_alike(joins, "person", group, transcribed)


def _join_the_one_alike(joins: _Joins, kind: str, group: list[str], alike: Callable[[str, str], bool]) -> None:
    """Join each name of `group` to the one identity among the others that `alike` says it is; a name alike to
    names of two identities or more joins neither."""
    for a in group:
        found = {joins.find((kind, b)) for b in group if b != a and alike(a, b)}
        if len(found) == 1:
            joins.join((kind, a), found.pop())


# Letters that two transcriptions of one sound write apart: "q" and "k" (Arabic qaf: "Waqar", "Waker"), "g" and "j"
# (the Egyptian "Gamal" of "Jamal", inside a name: "Nagib", "Najib").
_SAME_SOUND = str.maketrans({"q": "k", "g": "j"})
# Vowels that two transcriptions of one vowel write apart ("Mohammed", "Muhammad"; "Hamed", "Hamid"), each pair
# A to Z; "a" and "i" are two names ("Jamal", "Jamil").
_SAME_VOWEL = frozenset({("a", "e"), ("e", "i"), ("o", "u"), ("ou", "u"), ("o", "ou")})


def _transcribed_alike(x: str, y: str) -> bool:
    """Whether two given names are one name from another alphabet, transcribed two ways: the same first and
    last letters and the same consonants (h silent, a doubled letter one, "q" as "k", "g" as "j"), three or
    more, and their vowel sounds one by one the same or transcriptions of one (`_SAME_VOWEL`): "Mohammed",
    "Muhammad"; "Waqar", "Waker"; not "Mahmoud", "Mohamed" (a vowel more), "Jamal", "Jamil". Vowels alone
    never tell a name with fewer consonants ("Louis", "Luis" are two names) nor one that ends otherwise
    ("Maria", "Mario")."""
    x, y = x.translate(_SAME_SOUND), y.translate(_SAME_SOUND)
    if x[:1] != y[:1] or x[-1:] != y[-1:]:
        return False
    consonants = [re.sub("[aeiouy]", "", re.sub(r"(.)\1+", r"\1", w.replace("h", ""))) for w in (x, y)]
    vowels = [re.findall("[aeiouy]+", w) for w in (x, y)]  # counted with the h between them: "Mahmoud" has two
    if consonants[0] != consonants[1] or len(consonants[0]) < 3 or len(vowels[0]) != len(vowels[1]):
        return False
    return all(a == b or tuple(sorted((a, b))) in _SAME_VOWEL for a, b in zip(*vowels, strict=True))


def _join_rare_name_spelt_apart(
    joins: _Joins, names: list[str], named_in: dict[str, set[str]], about: dict[str, set[str]]
) -> None:
    """Two full names two letters apart after the same rare first given name are one person, a name from
    another alphabet that two languages write their own way ("Abdourahamane Tiani", "Abdourahamane Tchiani"):
    the first given name six letters or more and no other person's in the archive (a rare name is one man's),
    the rest five letters or more with the same first and last letters, two letters added, left out or
    changed at most, as written or through the transliteration table; never two names one briefing gives, and
    named in briefings about a place in common (their first place)."""
    by_first: dict[str, list[str]] = {}  # a first given name -> the full names that start with it
    for name in names:
        if len(name.split()) >= 2:
            by_first.setdefault(name.split()[0], []).append(name)
    for first, bearing in sorted(by_first.items()):
        bearers: dict[tuple[str, str], list[str]] = {}
        for name in bearing:
            bearers.setdefault(joins.find(("person", name)), []).append(name)
        if len(first) < 6 or len(bearers) != 2:
            continue
        a, b = bearers.values()
        for x in a:
            for y in b:
                rx, ry = "".join(x.split()[1:]), "".join(y.split()[1:])
                if min(len(rx), len(ry)) < 5 or rx[0] != ry[0] or rx[-1] != ry[-1]:
                    continue
                if named_in.get(x, set()) & named_in.get(y, set()) or not about.get(x, set()) & about.get(y, set()):
                    continue
                if edit_distance(rx, ry) <= 2 or edit_distance(_spelling(rx), _spelling(ry)) <= 2:
                    joins.join(("person", x), ("person", y))


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` are one letter apart at most: one letter changed, added or left out."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]


def _join_middle_names(joins: _Joins, names: list[str], roles: dict[str, set[str]]) -> None:
    """A full name without a middle name or initial is the one full name of its first name that adds it
    ("Lewis Kaplan", "Lewis A. Kaplan"; "Bola Tinubu", "Bola Ahmed Tinubu"; "Ali Bongo", "Ali Bongo Ondimba").
    A whole name dropped needs a role in common too: "Ahmad Massoud" is not his father "Ahmad Shah Massoud"."""
    for a in names:
        short = a.split()
        longer: dict[tuple[str, str], list[list[str]]] = {}
        for b in names:
            long = b.split()
            if len(long) > len(short) and long[0] == short[0] and _in_order(short, long):
                longer.setdefault(joins.find(("person", b)), []).append(long)
        if len(longer) != 1:
            continue
        root, [long, *_] = longer.popitem()
        added = [w for w in long if w not in short]
        same_role = _role_words(roles.get(a, set())) & _role_words(roles.get(" ".join(long), set()))
        if all(len(w.rstrip(".")) == 1 for w in added) or same_role:
            joins.join(("person", a), root)


def _join_without_first_name(joins: _Joins, names: list[str], roles: dict[str, set[str]]) -> None:
    """A full name without its first given name is the one longer full name that ends with it ("Messias
    Bolsonaro", "Jair Messias Bolsonaro"), when the two are given a role in common: a name may drop its
    first given name as it drops a middle one, but a son may bear his father's last names ("Ahmad Shah
    Massoud", "Shah Massoud"), so the role says which. Two names left: the words compared through the
    transliteration table; two such longer names: neither."""
    by_rest: dict[tuple[str, ...], list[str]] = {}  # a name's words but its first -> the names, spelt
    for name in names:
        words = name.split()
        if len(words) >= 3:
            by_rest.setdefault(tuple(_spelling(w) for w in words[1:]), []).append(name)
    for name in names:
        words = name.split()
        longer = by_rest.get(tuple(_spelling(w) for w in words), []) if len(words) >= 2 else []
        found = {joins.find(("person", b)) for b in longer}
        if len(found) != 1:
            continue
        said = _role_words(roles.get(name, set()))
        if said and any(said & _role_words(roles.get(b, set())) for b in longer):
            joins.join(("person", name), found.pop())


def _in_order(short: list[str], long: list[str]) -> bool:
    """Whether the words of `short` are words of `long`, in the same order."""
    rest = iter(long)
    return all(word in rest for word in short)


def _join_particle_surnames(joins: _Joins, plain_names: list[str], roles: dict[str, set[str]]) -> None:
    """A name that starts with a surname's particle ("von der Leyen", "de Gaulle": `surname_particles` of
    equivalents.yml) is a surname alone: the one full name of the archive that ends with it ("Ursula von der
    Leyen"); several ("Marine" and "Jean-Marie Le Pen" for "Le Pen"): the one given the same role, if one is."""
    by_last: dict[str, list[list[str]]] = {}  # the spelling of a last word -> the names ending with it, spelt
    for name in plain_names:
        spelt = [_spelling(w) for w in name.split()]
        by_last.setdefault(spelt[-1], []).append(spelt)
    for name in plain_names:
        words = name.split()
        if len(words) < 2 or words[0] not in SURNAME_PARTICLES:
            continue
        tail = [_spelling(w) for w in words]
        ends = [n for n in by_last.get(tail[-1], ()) if len(n) > len(tail) and n[-len(tail) :] == tail]
        longer = [n for n in plain_names if [_spelling(w) for w in n.split()] in ends]
        candidates = {joins.find(("person", n)) for n in longer}
        if len(candidates) > 1:
            said = roles.get(name, set())
            candidates = {joins.find(("person", n)) for n in longer if roles.get(n, set()) & said}
        if len(candidates) == 1:
            joins.join(("person", name), candidates.pop())


def _join_given_name_alone(
    joins: _Joins, plain_names: list[str], surnames: dict[str, set[str]], roles: dict[str, set[str]]
) -> None:
    """A name alone that is no one's surname in the archive joins the one person whose first given name it
    is ("Tedros", "Tedros Adhanom Ghebreyesus"), when the two are given a role in common (a word of four
    letters or more, through the word tables: "directeur général", "Director-General"). Two people of that
    first name ("Emmanuel Macron", "Emmanuel Moulin"): neither; no role said: nothing."""
    firsts: dict[str, set[str]] = {}  # first given name -> folded full names
    for name in plain_names:
        words = name.split()
        if len(words) >= 2:
            firsts.setdefault(words[0], set()).add(name)
    role_words: dict[tuple[str, str], set[str]] = {}  # identity -> the words of the roles its names are given
    for name in plain_names:
        role_words.setdefault(joins.find(("person", name)), set()).update(_role_words(roles.get(name, set())))
    for name in plain_names:
        if " " in name or _spelling(name) in surnames or name not in firsts:
            continue
        candidates = {joins.find(("person", n)) for n in firsts[name]}
        if len(candidates) != 1:
            continue
        root = candidates.pop()
        if _role_words(roles.get(name, set())) & role_words.get(root, set()):
            joins.join(("person", name), root)


def _role_words(roles: Iterable[str]) -> set[str]:
    """The words roles are compared on: four letters or more, through the word tables ("général", "general")."""
    return {word_key(w) for role in roles for w in re.findall(r"[^\W\d_]{4,}", role)}


def _title(words: list[str]) -> tuple[str, str, list[str]]:
    """(the table a leading title is from, the title it stands for, the words after it) of a folded name;
    ("", "", words) without one. "pope francis" -> ("sovereign", "pape", ["francis"])."""
    for size in _TITLE_SIZES:
        said = " ".join(words[:size])
        for table, titles in _TITLES:
            if len(words) > size and said in titles:
                return table, titles[said], words[size:]
    return "", "", words


def _join_titled(joins: _Joins, people: list[str], roles: dict[str, set[str]]) -> tuple[list[str], list[str]]:
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
        folded = _folded_key(name)
        table, title, rest = _title(folded.split())
        if table == "office":
            bare = " ".join(rest)
            joins.join(("person", folded), ("person", bare))
            roles.setdefault(bare, set()).update(roles.get(folded, set()))
            plain.append(bare)
        elif table:
            core = _given(rest) if table == "sovereign" else " ".join(_spelling(w) for w in rest)
            titled.setdefault((title, core), []).append(folded)
        else:
            plain.append(folded)
    for group in titled.values():
        for other in group[1:]:
            joins.join(("person", group[0]), ("person", other))
    return sorted(set(plain)), sorted({n for group in titled.values() for n in group})


def _short_form_of(a: list[str], b: list[str], endings: tuple[str, ...]) -> bool:
    """Whether full name `a` is `b` with a first name given short: a known short form ("Bill" for
    "William": the `nicknames` of generator/lang/equivalents.yml), or the start of it, of three letters
    and two fewer at least ("Suni" for "Sunita", "Alex" for "Alexander"), unless what it leaves out is an
    ending that makes another first name (`first_name_endings` in site.yml: "Jean", "Jeanne"; "Paul",
    "Pauline"; "Henri", "Henriette")."""
    if len(a) != len(b) or len(a) < 2 or a == b:
        return False
    shortened = False
    for x, y in zip(a[:-1], b[:-1], strict=True):
        if x == y or _variant(x, y):
            continue
        left = y[len(x) :]  # an ending, after the last letter doubled or not: "Jean(n)ette", "Paul-ine"
        other = left in endings or (left[:1] == x[-1:] and left[1:] in endings)
        cut = len(x) >= 3 and len(left) >= 2 and y.startswith(x) and not other
        if not (cut or y in NICKNAMES.get(x, ())):
            return False
        shortened = True
    return shortened


def _hyphenated(people: list[str]) -> dict[str, list[tuple[str, ...]]]:
    """Each folded name (an office title left out) -> its words as written, a hyphenated word as its parts:
    "Samuel-Roger Kamba" -> [("samuel", "roger"), ("kamba",)]."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for name in people:
        written = [tuple(p for p in w.split("-") if p) for w in fold(_TITLE.sub("", name)).split()]
        written = [w for w in written if w]
        flat = [p for w in written for p in w]
        table, _, rest = _title(flat)
        if table not in ("", "office"):
            continue
        drop = len(flat) - len(rest)  # the title's words, from the front
        kept = []
        for w in written:
            if drop >= len(w):
                drop -= len(w)
                continue
            kept.append(w[drop:])
            drop = 0
        found.setdefault(" ".join(rest), kept)
    return found


def _part_of_compound(a: list[tuple[str, ...]] | None, b: list[tuple[str, ...]] | None) -> bool:
    """Whether name `a` is `b` with one of its hyphenated given names given as one of its parts: "Roger
    Kamba" or "Samuel Kamba" for "Samuel-Roger Kamba". The same surname, the other given names the same."""
    if not a or not b or len(a) != len(b) or len(a) < 2 or a[-1] != b[-1]:
        return False
    cut = [(x, y) for x, y in zip(a[:-1], b[:-1], strict=True) if x != y]
    return len(cut) == 1 and len(cut[0][0]) == 1 and len(cut[0][1]) >= 2 and cut[0][0][0] in cut[0][1]


def _members(joins: _Joins, root: tuple[str, str], full: dict[str, set[str]]) -> list[str]:
    return [n for names in full.values() for n in names if joins.find(("person", n)) == root]


def _join_regnal(joins: _Joins, people: list[str]) -> None:
    """ "King Charles" (a regnal title and a name) joins the one "Charles III" (that name and a number); a
    sovereign's given name is read in every language ("le pape Benoît" and "Benedict XVI")."""
    numbered: dict[str, set[tuple[str, str]]] = {}  # the name before the number -> identities
    same_number: dict[tuple[str, str], list[str]] = {}  # (name read in every language, number) -> names
    titled: list[tuple[str, str]] = []  # (folded name, the name after the title)
    for name in people:
        folded = _folded_key(name)
        table, _, rest = _title(folded.split())
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


def _join_landmarks(joins: _Joins, places: list[str]) -> None:
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
        if town not in known and _table_name(town) is None:
            return None
        start = k
        while start > 0 and every[start - 1] in LINKING_WORDS:
            start -= 1
        bare = _landmark(" ".join(every[:start]))
        return (bare, _table_name(town) or town) if bare is not None else None
    return None


def _join_with_country(joins: _Joins, places: list[str], about: dict[str, set[str]]) -> None:
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
            country = _country_of_place(_place_key(" ".join(every[k + 1 :])))
            bare = " ".join(every[:k])
            said = {_country_of_place(p) for p in about.get(bare, set())}
            if country is not None and bare in known and said == {country}:
                joins.join(("place", bare), ("place", name))
            break


def _join_reordered(joins: _Joins, places: list[str]) -> None:
    """Two places named by the same two words or more in another order, or in another language, are one
    ("zone euro", "euro zone"): the words read through the word tables, linking words left out."""
    _join_alike(joins, "place", places, _words_key)


def _join_by_compass(joins: _Joins, places: list[str]) -> None:
    """Two places named by one direction and the same other words are one, whatever the language and the
    order ("North Kivu", "Nord-Kivu"; "South Sudan", "Soudan du Sud")."""
    _join_alike(joins, "place", places, _compass)


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
    return _landmark(_folded_key(name)) is not None


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
    return _spelling(same_word(fold(word)))[:PREFIX]


def _given(words: list[str]) -> str:
    """A sovereign's given name as every language reads it ("john paul" -> "jean paul"), then spelt."""
    whole = _GIVEN.get(" ".join(words))
    return " ".join(_spelling(w) for w in (whole.split() if whole else [_GIVEN.get(w, w) for w in words]))


_REGNAL_NUMBER = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")  # written in capitals: "III", "XVI"


def _first_names_alike(a: list[str], b: list[str]) -> bool:
    """The same first names, spelt alike (`_variant`), or two short forms of one name ("Bill", "Will")."""
    if len(a) != len(b):
        return False
    return all(
        x == y
        or _variant(x, y)
        or bool(NICKNAMES.get(x, frozenset()) & NICKNAMES.get(y, frozenset()))
        or _particles_alike(x, y)
        for x, y in zip(a, b, strict=True)
    )


def _particles_alike(x: str, y: str) -> bool:
    """Two surname particles that differ by their vowels only: one particle spelt two ways ("al-Sissi",
    "el-Sisi": the Arabic article; "van", "von")."""
    return x in SURNAME_PARTICLES and y in SURNAME_PARTICLES and re.sub("[aeiou]", "", x) == re.sub("[aeiou]", "", y)


def _variant(x: str, y: str) -> bool:
    """ "Anthony"/"Antony", "Mohammed"/"Mohamed", "Dmitry"/"Dmitri": the same name but for an h, a doubled
    letter or a final y/i. Any other letter makes another name ("Dan" and "Dana" are two people; the
    transliteration table is for surnames only: "Louis" and "Luis" are two first names)."""
    return _skeleton(x) == _skeleton(y)


def _transliterations() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every spelling of the `transliteration` tables, and the spelling each stands for:
    the spellings a table makes one ("tch"/"ch", "ch"/"sh") are one class, written as its shortest."""
    classes: list[set[str]] = []
    for a, b in reading_pairs("transliteration"):
        pair = {fold(a), fold(b)}
        for other in [c for c in classes if c & pair]:
            pair |= other
            classes.remove(other)
        classes.append(pair)
    stands_for = {s: min(c, key=lambda x: (len(x), x)) for c in classes for s in c}
    spellings = sorted(stands_for, key=lambda x: (-len(x), x)) or ["(?!)"]
    return re.compile("|".join(re.escape(s) for s in spellings)), stands_for


_SPELLINGS, _STANDS_FOR = _transliterations()


# The table's spellings of one consonant sound ("ch"/"sh", "tch"/"ch", "j"/"zh"), which a given name may take
# too; its vowel spellings stay out of given names ("Louis" and "Luis" are two names).
_CONSONANT_SPELLINGS = re.compile(
    "|".join(re.escape(s) for s in sorted(_STANDS_FOR, key=lambda x: (-len(x), x)) if not re.search("[aeiouy]", s))
    or "(?!)"
)


def _consonants_spelt(word: str) -> str:
    """`word` (folded) with the transliteration table's consonant spellings replaced by their class's: "shalva"
    -> "chalva"."""
    return _CONSONANT_SPELLINGS.sub(lambda m: _STANDS_FOR[m.group()], word)


def _spelling(word: str) -> str:
    """`word` (folded) with each transliteration spelling replaced by its class's: "kouleba" -> "kuleba"."""
    return _SPELLINGS.sub(lambda m: _STANDS_FOR[m.group()], word)


def _skeleton(first_name: str) -> str:
    plain = first_name.replace("h", "")
    plain = re.sub(r"(.)\1+", r"\1", plain)
    return plain[:-1] + "i" if plain.endswith("y") else plain


class _Joins:
    """Union-find over (kind, folded name), with pairs of names that must never end up joined."""

    def __init__(self) -> None:
        self._parent: dict[tuple[str, str], tuple[str, str]] = {}
        self._apart: dict[tuple[str, str], set[tuple[str, str]]] = {}  # root -> names its group must not join

    def keep_apart(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        if a != b:
            self._apart.setdefault(self.find(a), set()).add(b)
            self._apart.setdefault(self.find(b), set()).add(a)

    def add(self, item: tuple[str, str]) -> None:
        self._parent.setdefault(item, item)

    def find(self, item: tuple[str, str]) -> tuple[str, str]:
        self.add(item)
        root = item
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[item] != root:  # path compression: later finds are one step
            self._parent[item], item = root, self._parent[item]
        return root

    def join(self, a: tuple[str, str], b: tuple[str, str]) -> bool:
        """Join the groups of a and b, unless a name kept apart from one is in the other; True if joined."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if any(self.find(x) == rb for x in self._apart.get(ra, ())) or any(
            self.find(x) == ra for x in self._apart.get(rb, ())
        ):
            return False
        root, child = min(ra, rb), max(ra, rb)  # deterministic whatever the order of the briefings
        self._parent[child] = root
        if child in self._apart:
            self._apart.setdefault(root, set()).update(self._apart.pop(child))
        return True
