"""The tables of generator/lang/equivalents.yml that only the site's identity rules read, folded.

generator/lang/equivalents.py reads the tables the generator shares (and is part of its fingerprint); these
are read here, on the site's side, so that extending them regenerates no briefing:

- INSTITUTION_WORD_GROUPS: common words of institutions' and parties' names that differ in French and
  English ("banque", "bank"; "ligue", "league"), read as one word by generator/site/samewords.py;
- COUNTRY_GROUPS: the lines of the names table that are countries ("Argentine", "Argentina");
- COUNTRY_NATIONALITIES: the lines of the nationalities that say a country, not a continent ("européen");
- CURRENCY_SIGNS: each sign of a currency -> its word ("$" -> "dollars"), read so in an event phrase
  (generator/site/samewords.py), the longest sign first ("US$" before "$").
"""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.lang.folding import fold

_TABLES = yaml.safe_load((Path(__file__).parents[1] / "lang" / "equivalents.yml").read_text(encoding="utf-8"))


def _lines(table: list[list[object]]) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(fold(str(word)) for word in line) for line in table)


INSTITUTION_WORD_GROUPS = _lines(_TABLES["institution_words"])
COUNTRY_GROUPS = _lines(_TABLES["names"]["countries"])
COUNTRY_NATIONALITIES = _lines(_TABLES["nationalities"]["countries"])
CURRENCY_SIGNS: tuple[tuple[str, str], ...] = tuple(
    sorted(
        ((fold(str(sign)), fold(str(word))) for word, signs in _TABLES["currency_signs"].items() for sign in signs),
        key=lambda pair: -len(pair[0]),
    )
)
