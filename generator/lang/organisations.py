"""Organisations an analyst knows by name: an organisation by its name alone, in any language we read.

English runs on rules, and French's small model misses or mistypes the names of outlets, parties and companies that
no organisation word gives away ("Mediapart", "Al Jazeera", "Plaid Cymru", "Siemens"). `organisations.txt` lists
them, one name a line, from four sources:

- the hand-written tables of `orgtables/`: news outlets and agencies (`outlets.txt`), political parties
  (`parties.txt`), international bodies, unions and non-governmental organisations (`bodies.txt`), each chosen
  systematically as its header says, never from a benchmark page;
- large companies: the constituents of the large-cap stock indices of Europe, the United States and Japan (CAC 40,
  DAX, FTSE 100, S&P 500...), from the `pytickersymbols` package (MIT), their legal form dropped ("Siemens AG" is
  also "Siemens"), but for those named after a person by a common given name ("Charles Schwab", "Ralph Lauren");
- football clubs of Europe's five big leagues and a few others, from the `football-team-names-zh` package (MIT),
  their English names and aliases.

A one-word name that a reader also meets as a common word ("Orange", "Shell", "Renaissance", "Carrefour": a
dictionary's lower-case word, as for `subdivisions.txt`, met at least once per million words in French or English, a
lower bar than the places' since a company or a party is named after a word more often than a town is) goes to
`organisation_words.txt`: the extractor takes it for the organisation only written with its capital inside a sentence,
and not where the text also writes it in lower case. So does a title of an article and such a word ("Le Point", "Le
Temps", "The Independent"): the organisation only with its article written with a capital ("selon Le Point", not "le
Point de vue"). Every name is met only written with the capitals the list gives it ("L'Opinion", not "l'opinion").
Left out: a name of one or two letters ("X", "i"), and a name with no letter. A name that is also a place or a common
given name is left to the lexicon, which keeps the place ("Lorient", "Porto": a club only where a fixture says so).

The list is data, rebuilt by a maintainer with `python -m generator.lang.organisations` (needs the `data` extra:
`pip install -e '.[data]'`); the generator only reads `organisations.txt`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any

from generator.lang import subdivisions, towns
from generator.lang.folding import fold

_FILE = "organisations.txt"
_WORDS_FILE = "organisation_words.txt"
_TABLES = ("outlets.txt", "parties.txt", "bodies.txt")
_PLATFORMS_HEADER = "Platforms"  # the header of the platforms' section of outlets.txt

# The indices of large companies: the ones of mid and small caps (CAC Mid 60, MDAX, SDAX, TecDAX, S&P 600) name
# firms a reader rarely meets in the news.
LARGE_CAP_INDICES = (
    "AEX",
    "BEL 20",
    "CAC_40",
    "DAX",
    "DOW JONES",
    "EURO STOXX 50",
    "FTSE 100",
    "IBEX 35",
    "NASDAQ 100",
    "NIKKEI 225",
    "OMX Helsinki 25",
    "OMX Stockholm 30",
    "S&P 100",
    "S&P 500",
    "Switzerland 20",
)
# A company's legal form or the word of its holding, after its name: "Vinci SA", "Thales Group", "Block, Inc.".
_COMPANY_FORM = re.compile(
    r"(?:,?\s+(?:S\.?A\.?|SE|AG|N\.?V\.?|plc|PLC|Inc\.?|Corp\.?|Corporation|Co\.|Company|Ltd\.?|Limited|Group|"
    r"Holdings?|Holding AG|Incorporated|Oyj|AB|ASA|S\.p\.A\.|SpA))+$"
)
# A one-word name a dictionary writes in lower case is a common word from this frequency on (Zipf scale: 3 is once per
# million words): "Compass", "Oracle", "Booking" stay out, "Vinci", "Nokia" stay in.
COMMON_WORD_ZIPF = 3.0
_MIN_CHARS = 3  # "X", "i", "PA": too short to tell from a letter or an initial ("AP" is an acronym anyway)


def load() -> frozenset[str]:
    """The folded names of `organisations.txt`."""
    return towns.read_list(_FILE)


def platforms() -> frozenset[str]:
    """The folded names of the platforms statements are made on (the section of `orgtables/outlets.txt` whose header
    opens with "Platforms"): social networks and messaging apps, which a page also names to call its reader there."""
    names: list[str] = []
    inside = False
    for line in resources.files("generator.lang").joinpath("orgtables/outlets.txt").read_text("utf-8").splitlines():
        if line.startswith("#"):
            inside = line.lstrip("# ").startswith(_PLATFORMS_HEADER)
        elif inside and line.strip():
            names.append(fold(line.strip()))
    return frozenset(names)


def outlets() -> frozenset[str]:
    """The folded names of the news outlets and agencies of `orgtables/outlets.txt`, without its platforms: the
    mastheads a reposted headline keeps after a dash ("Le programme du ministre à Abidjan – Jeune Afrique")."""
    names: list[str] = []
    inside = True
    for line in resources.files("generator.lang").joinpath("orgtables/outlets.txt").read_text("utf-8").splitlines():
        if line.startswith("#"):
            inside = inside and not line.lstrip("# ").startswith(_PLATFORMS_HEADER)
        elif inside and line.strip():
            names.append(fold(line.strip()))
    return frozenset(names)


def load_words() -> frozenset[str]:
    """The folded names of `organisation_words.txt`: organisations named by a common word."""
    return towns.read_list(_WORDS_FILE)


def spellings() -> dict[str, str]:
    """Each name of both lists as the list writes it, by its folded form ("le monde": "Le Monde")."""
    return {fold(line): line for file in (_FILE, _WORDS_FILE) for line in towns.read_lines(file)}


def hand_written() -> Iterator[str]:
    """The names of the hand-written tables of `orgtables/`."""
    for table in _TABLES:
        yield from towns.read_lines(f"orgtables/{table}")


def company_names(indices: dict[str, Any]) -> Iterator[str]:
    """Each company of the large-cap indices as the index writes it and without its legal form ("Nestlé SA",
    "Nestlé"); a note in parentheses is no part of the name ("Rio Tinto (corporation)")."""
    for index in LARGE_CAP_INDICES:
        for company in indices[index]["companies"]:
            name = re.sub(r"^The\s+|\s*\([^)]*\)", "", company["name"]).strip()  # ("The Coca-Cola Company")
            yield name
            short = _COMPANY_FORM.sub("", name).strip()
            if short and short != name:
                yield short


def person_named(name: str, given_names: frozenset[str]) -> bool:
    """Two or three words opening with a common given name: a company named after its founder ("Charles Schwab",
    "Ralph Lauren") is a person first in a text that names the founder."""
    words = fold(name).split()
    return 2 <= len(words) <= 3 and words[0] in given_names


def club_names(teams: Iterable[dict[str, Any]]) -> Iterator[str]:
    """Each club's English name and its aliases written in Latin letters ("Tottenham Hotspur", "Man Utd")."""
    for team in teams:
        for name in (team["name"], *team.get("aliases", ())):
            if re.fullmatch(r"[\w .'&-]+", name) and not re.search(r"[^\x00-\u024f]", name):
                yield name


def keep(names: Iterable[str]) -> list[str]:
    """The names to list: with a letter, three characters or more, each folded form once (the first spelling met),
    sorted."""
    kept: dict[str, str] = {}
    for name in names:
        key = fold(name)
        if len(key) >= _MIN_CHARS and any(ch.isalpha() for ch in key):
            kept.setdefault(key, name)
    return sorted(kept.values(), key=fold)


def common(names: Iterable[str]) -> set[str]:
    """The folded one-word names a reader meets as common words: a dictionary's lower-case word, maybe in the plural,
    at least as frequent as COMMON_WORD_ZIPF in French or English (wordfreq); and the titles whose one word after the
    article is one ("Le Point", "Le Temps", "The Independent")."""
    from wordfreq import zipf_frequency

    from generator.extract.ner.lexicon import TITLE_ARTICLES

    lower = subdivisions.lowercase_words()
    keys = {fold(name) for name in names if " " not in name}
    titles = {fold(name): rest for name in names if (rest := title_rest(name, TITLE_ARTICLES)) and " " not in rest}
    words = {k for k in keys if k in lower or k.endswith("s") and k[:-1] in lower}
    common = {
        k
        for k in words | set(titles.values())
        if max(zipf_frequency(k, lang) for lang in towns.LANGUAGES) >= COMMON_WORD_ZIPF
    }
    return {k for k in words if k in common} | {title for title, rest in titles.items() if rest in common}


def title_rest(name: str, articles: frozenset[str]) -> str:
    """A title's words after its article (one of the folded `articles`, or an elided "l'"), folded ("Le Point" ->
    "point", "L'Express" -> "express", "The Independent" -> "independent"), or "" for a name that opens with none."""
    key = fold(name)
    first, _, rest = key.partition(" ")
    if rest and first in articles:
        return rest
    return key[2:] if key.startswith("l'") else ""


def main() -> None:
    """Rebuild `organisations.txt` from the hand-written tables, pytickersymbols and football-team-names-zh."""
    from football_team_names_zh.data import TEAMS_DATA
    from pytickersymbols.indices_data import INDICES

    from generator.extract.ner import lexicon

    companies = [name for name in company_names(INDICES) if not person_named(name, lexicon.FIRST_NAMES)]
    every = [*hand_written(), *companies, *club_names(TEAMS_DATA)]
    kept, words = keep(every), common(every)
    sources = [
        "the hand-written tables of orgtables/ (outlets, parties, bodies), the companies of large-cap stock",
        "indices (pytickersymbols, MIT) and European football clubs (football-team-names-zh, MIT).",
        "Rebuilt by `python -m generator.lang.organisations`.",
    ]
    towns.write_list(
        _FILE,
        ["Organisations known by name, but for the one-word names that are common words (organisation_words.txt):"]
        + sources,
        [name for name in kept if fold(name) not in words],
    )
    towns.write_list(
        _WORDS_FILE,
        ["Organisations named by one common word (an organisation only capitalised inside a sentence): from"] + sources,
        [name for name in kept if fold(name) in words],
    )


if __name__ == "__main__":
    main()
