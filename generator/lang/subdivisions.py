"""States, provinces, regions and départements of the world: a place by its name alone.

The hand-written gazetteer (`generator/extract/ner/gazetteer.json`) knows countries, capitals and some regions; the
towns list (`towns.txt`) knows towns. Articles also name the region where something happens ("in Queensland",
"en Seine-Saint-Denis", "the Gauteng High Court", "au Tamil Nadu"), and a page from anywhere may name any of them.
`subdivisions.txt` lists the names of the subdivisions of ISO 3166-2 (through the `pycountry` package, with its
French and English translations: "Bayern", "Bavière", "Bavaria"), one a line, without the names a reader meets as
common words ("Centre", "Nord", "Orange": a frequent French or English word once accents and case are folded,
from `wordfreq`, as for the towns list, and written in lower case by a dictionary: the French model's lemma index,
Webster's word list of the `english-words` package). Frequent names that no dictionary writes in lower case stay
("Texas", "Queensland", "Normandie": frequent as names, not as words).

Which subdivisions: every first-level one (a state, a province, a région, a nation of the United Kingdom), and
among the second level only the kinds that are regions of their own (a département, an Italian or Spanish
province, an English county), not districts or municipalities, which are towns (the towns list's business) and
more often bear a family name.

The list is data, rebuilt by a maintainer with `python -m generator.lang.subdivisions` (needs the `data` extra:
`pip install -e '.[data]'`); the generator only reads `subdivisions.txt`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from generator.lang import towns
from generator.lang.folding import fold

_FILE = "subdivisions.txt"

# Second-level kinds (ISO 3166-2's own words) that are regions a reader names as such, not towns or districts.
REGION_KINDS = frozenset(
    {
        "Metropolitan department",
        "Province",
        "Autonomous province",
        "Unitary authority",
        "Two-tier county",
        "Council area",
        "County",
        "Metropolitan city",
        "Region",
    }
)
# The translations pycountry ships, besides the ISO name in the country's own language.
LANGUAGES = ("fr", "en")


def load() -> frozenset[str]:
    """The folded names of `subdivisions.txt`."""
    return towns.read_list(_FILE)


def spellings(name: str) -> Iterator[str]:
    """The names one ISO entry gives: "Catalunya [Cataluña]" is two, "Bruxelles-Capitale, Région de" is
    "Bruxelles-Capitale" (the inverted kind word dropped), "Kärnten;Carinthia" two."""
    for part in re.split(r"[;\[\]]", name):
        part = part.split(",")[0].strip()
        if part:
            yield part


def names(subdivisions: Iterable[Any], translate: Iterable[Callable[[str], str]]) -> Iterator[str]:
    """Every spelling of the subdivisions kept (pycountry's records): their ISO name and its translations."""
    for sub in subdivisions:
        if sub.parent_code is not None and sub.type not in REGION_KINDS:
            continue
        for gettext in translate:
            yield from spellings(gettext(sub.name))
        yield from spellings(sub.name)


def lowercase_words() -> set[str]:
    """The words dictionaries write in lower case: the French spaCy model's lemma index (nouns, verbs, adjectives,
    adverbs) and Webster's Second (the `english-words` package), whose proper nouns keep their capital."""
    import spacy

    lemmatizer: Any = spacy.load("fr_core_news_sm").get_pipe("lemmatizer")
    words = {fold(w) for forms in lemmatizer.lookups.get_table("lemma_index").values() for w in forms}
    return words | english_lowercase()


def english_lowercase() -> frozenset[str]:
    """The entries of letters only that Webster's Second (`english-words`) writes in lower case."""
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower())


def common(names: Iterable[str]) -> set[str]:
    """The folded names a reader meets as common words: frequent (wordfreq), and a dictionary's lower-case word,
    maybe in the plural ("Centre", "Bay", "Lakes"), not "Texas" or "Normandie"."""
    frequent, lower = towns.common_words(), lowercase_words()
    keys = {fold(name) for name in names} & frequent
    return {k for k in keys if k in lower or k.endswith("s") and k[:-1] in lower}


def main() -> None:
    """Rebuild `subdivisions.txt` from ISO 3166-2 (pycountry) and the word frequencies of wordfreq."""
    import gettext

    import pycountry

    translate = [
        gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang]).gettext for lang in LANGUAGES
    ]
    every = list(names(pycountry.subdivisions, translate))
    kept = towns.keep(every, common(every))
    header = [
        "Subdivisions of the world (ISO 3166-2 first level, and départements, provinces and counties), from",
        "pycountry with its French and English names, without frequent French and English words",
        "that dictionaries write in lower case. Rebuilt by `python -m generator.lang.subdivisions`.",
    ]
    towns.write_list(_FILE, header, kept)


if __name__ == "__main__":
    main()
