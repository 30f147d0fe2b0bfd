"""How the identity rules read a name: the key names are joined on, the equivalents table's lines, words.

- case, accents, honorifics and hyphens never matter ("Séjourné", "Sejourne", "M. Séjourné"; "al-Jaber",
  "Al Jaber"), nor the points and spaces of initials ("J. D. Vance", "JD Vance"; "U.S.", "US");
- names of one line of the equivalents table are one (generator/lang/equivalents.yml: OTAN/NATO,
  Kiev/Kyiv, Parti travailliste/Labour), whole names only, but for articles inside them ("Democratic
  Republic of Congo": `articles` in generator/lang/<code>/site.yml);
- a place of the table named without its leading article is that place ("Hague", "the Hague", "La Haye";
  "Caire", "Le Caire"), when no other line is that bare name;
- an organisation named as a line of the table and a nationality, first or last, is that line ("Réserve
  fédérale américaine", "Federal Reserve"), when the archive adds no other nationality to that line;
- a short name that may stand for several lines of the table (`short_names`: "Congo") is the one of them
  the archive names; none or both: nothing.

identities.identify makes these joins first; the other modules read names through `folded_key`,
`table_name`, `kept_words` and `stop_words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from generator.lang import BUILT_IN, language
from generator.lang.equivalents import LINKING_WORDS, NAME_GROUPS, NATIONALITIES, SHORT_NAMES
from generator.lang.every import stop_words as every_stop_words
from generator.lang.folding import fold
from generator.site.samewords import members, word_key
from generator.site.words import reading_words


def spaced(table: dict[str, str]) -> dict[str, str]:
    """A table of generator/lang/equivalents.py with hyphens read as spaces, as names are compared."""
    return {k.replace("-", " "): v.replace("-", " ") for k, v in table.items()}


_GROUP_OF = {name.replace("-", " "): min(group).replace("-", " ") for group in NAME_GROUPS for name in group}

ARTICLES = frozenset(fold(w) for w in reading_words("articles"))


def _without_articles(folded: str) -> str:
    """A folded name without the articles inside it ("democratic republic of the congo" -> "democratic
    republic of congo"); its first word stays ("les republicains")."""
    words = folded.split()
    return " ".join(words[:1] + [w for w in words[1:] if w not in ARTICLES])


def _bare_groups() -> dict[str, str]:
    """The table's names without their inner articles -> the name they stand for; a bare name two lines
    share stands for neither."""
    found: dict[str, set[str]] = {}
    for name, canon in _GROUP_OF.items():
        found.setdefault(_without_articles(name), set()).add(canon)
    return {bare: canons.pop() for bare, canons in found.items() if len(canons) == 1}


_BARE_GROUP_OF = _bare_groups()

TABLE_NAMES = frozenset(_GROUP_OF.values())  # each line of the names table, by its name


@lru_cache(maxsize=1)
def table_lines() -> dict[str, frozenset[str]]:
    """Each line of the names table, by its name -> its names (folded, hyphens as spaces)."""
    return members(_GROUP_OF)


def _without_leading_article() -> dict[str, str]:
    """The table's names that start with an article, without it ("the hague" -> "hague", "le caire" ->
    "caire") -> the name they stand for; a place only, and not when the bare name is another line's."""
    found: dict[str, set[str]] = {}
    for name, canon in _GROUP_OF.items():
        words = name.split()
        if len(words) >= 2 and words[0] in ARTICLES:
            found.setdefault(" ".join(words[1:]), set()).add(canon)
    return {bare: canons.pop() for bare, canons in found.items() if len(canons) == 1 and bare not in _GROUP_OF}


PLACE_WITHOUT_ARTICLE = _without_leading_article()

# A short name -> the names (as the table's lines stand for them) of the entities it may be ("congo").
SHORT_OF = {
    short.replace("-", " "): {_GROUP_OF.get(n.replace("-", " "), n.replace("-", " ")) for n in names}
    for shorts, names in SHORT_NAMES
    for short in shorts
}


def table_name(folded: str) -> str | None:
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


# Honorifics before a surname ("M.", "Dr"); in capitals they are an acronym ("DR Congo", "MS Society").
HONORIFIC = re.compile(r"^(?!(?-i:DR|MR|MS|PR)\b)(?:m|mme|mr|mrs|ms|dr|pr)\.?\s+", re.IGNORECASE)


@lru_cache(maxsize=65536)  # the rules key each name of the archive again and again (59,000 calls for 1,000 briefings)
def folded_key(name: str) -> str:
    """Case, accents, honorifics and hyphens dropped ("Sultan al-Jaber", "Sultan Al Jaber"), and the points
    and spaces of initials ("J. D. Vance", "J.D. Vance" and "JD Vance"; "U.S." and "US"): the key names are
    joined on."""
    folded = fold(HONORIFIC.sub("", name)).replace("-", " ")
    if "." in folded:
        folded = " ".join(_INITIALS.sub(lambda m: re.sub(r"[.\s]", "", m.group()) + " ", folded).split())
    return folded


_INITIALS = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.\s*){2,}")  # single letters each with its point


def with_nationality(names: Iterable[str]) -> dict[str, str]:
    """The organisations' folded names that are a table's name with a nationality added, first or last
    ("Réserve fédérale américaine", "American Federal Reserve") -> that table's name ("reserve federale"),
    when the archive adds no other nationality to it (not "Parti démocrate italien" beside "Parti démocrate
    américain")."""
    found: dict[str, str] = {}
    said: dict[str, set[str]] = {}  # table's name -> the nationalities added to it
    for folded in names:
        words = folded.split()
        for nationality, rest in ((words[0], words[1:]), (words[-1], words[:-1])) if len(words) >= 2 else ():
            canon = table_name(" ".join(rest)) if nationality in NATIONALITIES else None
            if canon is not None:
                found[folded] = canon
                said.setdefault(canon, set()).add(word_key(nationality))
                break
    return {folded: canon for folded, canon in found.items() if len(said[canon]) == 1}


def words_key(name: str, with_number: bool = False) -> frozenset[str] | None:
    """A folded name's words in any order, read through the word tables, linking words left out (with
    `with_number`, numbers as written); None for fewer than two, for two words read as one, or without a number
    when one is asked."""
    every = [w for w in re.findall(r"[^\W_]+", name) if w not in LINKING_WORDS and w not in ARTICLES]
    key = frozenset(w if with_number and w.isdigit() else word_key(w) for w in every)
    if len(key) < 2 or len(key) != len(every) or with_number and not any(w.isdigit() for w in key):
        return None
    return key


@lru_cache(maxsize=65536)  # as folded_key
def place_key(place: str) -> str:
    """A place as institutions' countries are compared: its table name, or its folded name."""
    folded = folded_key(place) if place else ""
    return table_name(folded) or folded


def is_acronym(alias: str) -> bool:
    """An alias written as an acronym: one word of two to eight capitals ("CGT", "UNFCCC"), its parts maybe
    joined by hyphens (a party and its faction: "PML-N")."""
    plain = alias.replace(".", "")
    letters = plain.replace("-", "")
    shaped = " " not in plain and not plain.startswith("-") and not plain.endswith("-") and "--" not in plain
    return shaped and 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def acronym_key(alias: str) -> str:
    """An acronym as its letters are compared: folded, without its hyphens ("PML-N" -> "pmln")."""
    return fold(alias).replace("-", "")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Every built-in language's stop words, folded ("pour", "for", "des"), with the linking words and
    articles of the tables: a name's words that say nothing of what it names."""
    return frozenset(every_stop_words() | LINKING_WORDS | ARTICLES | {"s"})


def kept_initials(folded: str) -> str:
    """The initials of a folded name's words but its stop words ("programme des nations unies pour
    l'environnement" -> "pnue")."""
    return "".join(w[0] for w in kept_words(folded))


def kept_words(folded: str) -> list[str]:
    """A folded name's words of letters, in order, its stop words and its one-letter words left out (the
    linking "e" of "Tehreek-e-Insaf", PTI, "Jamaat-e-Islami", JI, has no letter in the acronym)."""
    return [w for w in re.findall(r"[^\W\d_]+", folded) if len(w) > 1 and w not in stop_words()]


def name_words(name: str) -> frozenset[str]:
    """The words an institution's name is compared on: those of four letters or more, and acronyms
    ("UE"), through the word tables (generator/site/samewords.py); empty when a word is a digit."""
    found = set()
    for word in re.findall(r"[\w'’]+", name):
        word = re.split(r"['’]", word)[-1]
        if any(c.isdigit() for c in word):
            return frozenset()
        if fold(word) in stop_words():
            continue  # "Union pour la patrie", "Union for the Homeland": "pour" says no more than "for"
        if len(word) >= 4 or (len(word) >= 2 and word.isupper()):
            found.add(word_key(word))
    return frozenset(found)
