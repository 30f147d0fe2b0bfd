"""The tables of generator/lang/equivalents.yml that only the site's identity rules read, folded.

generator/lang/equivalents.py parses the file once and reads the tables the generator shares (it is part of
the generator's fingerprint, the YAML file is not); these are read here, on the site's side, so that adding a
table regenerates no briefing:

- INSTITUTION_WORD_GROUPS: common words of institutions' and parties' names that differ in French and
  English ("banque", "bank"; "ligue", "league"), read as one word by generator/site/samewords.py;
- COUNTRY_GROUPS: the lines of the names table that are countries ("Argentine", "Argentina"), and the countries
  written alike in both languages (`demonyms`: "Kenya");
- COUNTRY_NATIONALITIES: the lines of the nationalities that say a country, not a continent ("européen"),
  and of every other country's (`demonyms`: "kényan", "Kenyan");
- LEGISLATURES: the names of a country's parliament or of one of its chambers ("Assemblée nationale",
  "Bundestag", "Senate"), folded: "the Hungarian parliament" is the one of them an archive names about Hungary;
  WHOLE_LEGISLATURES those that name a parliament as a whole, never one chamber of two ("Diet", "Knesset");
- ONE_PER_COUNTRY: the names of a body every country has one of ("ministère public", "attorney general's office"),
  each folded, hyphens as spaces -> its line's first name;
- STYLES: words of address said before a sovereign's title ("his majesty", "sa majesté"), folded;
- OTHER_OFFICE: words that make a title another office ("deputy", "former", "adjoint"), folded;
- EVENT_STARTS: an event -> the words whose start it is ("prestation de serment" -> "mandat", "term"), folded:
  "start of the next presidential term" is also the swearing-in (generator/site/events.py);
- CURRENCY_SIGNS: each sign of a currency -> its word ("$" -> "dollars"), read so in an event phrase
  (generator/site/samewords.py), the longest sign first ("US$" before "$").
"""

from __future__ import annotations

from generator.lang.equivalents import TABLES, folded_lines
from generator.lang.folding import fold


def _groups(table: object) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(line) for line in folded_lines(table))


INSTITUTION_WORD_GROUPS = _groups(TABLES["institution_words"])
COUNTRY_GROUPS = _groups(TABLES["names"]["countries"]) + _groups(TABLES["demonyms"]["countries_written_alike"])
COUNTRY_NATIONALITIES = _groups(TABLES["nationalities"]["countries"]) + _groups(TABLES["demonyms"]["nationalities"])
LEGISLATURES = frozenset(name for line in folded_lines(TABLES["legislatures"]) for name in line)
WHOLE_LEGISLATURES = frozenset(name for line in folded_lines(TABLES["legislatures"]["whole"]) for name in line)
ONE_PER_COUNTRY = {
    " ".join(name.replace("-", " ").split()): line[0]
    for line in folded_lines(TABLES["one_per_country"])
    for name in line
}
STYLES = frozenset(fold(str(style)) for style in TABLES["titles"]["styles"])
OTHER_OFFICE = frozenset(fold(str(word)) for word in TABLES["titles"]["other_office"])
CURRENCY_SIGNS: tuple[tuple[str, str], ...] = tuple(
    sorted(
        ((fold(str(sign)), fold(str(word))) for word, signs in TABLES["currency_signs"].items() for sign in signs),
        key=lambda pair: -len(pair[0]),
    )
)
EVENT_STARTS: dict[str, tuple[str, ...]] = {
    fold(str(event)): tuple(fold(str(w)) for w in started) for event, started in TABLES["event_starts"].items()
}
