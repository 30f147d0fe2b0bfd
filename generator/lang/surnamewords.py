"""Common words that are surnames too: a word of the language after a title is a name only if people bear it.

A capitalised role word inside the name of a thing reads as a title before a name: "Annual General Meeting",
"the Investor Relations section", "Nana Backpacker Hostel" would give the people "Meeting", "Relations" and
"Hostel". A title before a lone common word names a person only where the word is a surname too ("President
Bush", "Judge Lake", "Senator King"). And a name by its shape alone that ends with the plural of a common word is a
company's or a department's ("Alba Mineral Resources", "Investor Relations") unless people bear that plural too
("Tiger Woods", "Tyra Banks"). `surnamewords.txt` lists the frequent words of `commonwords.txt`, and their plurals,
that are surnames of the 1990 United States census (public domain, through the `names` package: its list of the
surnames of some 90 percent of the people counted).

The census is American: the list answers for English only (`Language.common_word_needs_surname`); a French word
after a title ("l'entraîneur Blanc") is no census surname and stays a name there.

The list is data, rebuilt by a maintainer with `python -m generator.lang.surnamewords` (needs the `data` extra:
`pip install -e '.[data]'`); the generator only reads `surnamewords.txt`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from generator.lang import commonwords, towns
from generator.lang.folding import fold

_FILE = "surnamewords.txt"


def load() -> frozenset[str]:
    """The folded words of `surnamewords.txt`."""
    return towns.read_list(_FILE)


def census() -> list[str]:
    """The 1990 census's surnames, most frequent first, capitalised ("Smith", "Johnson")."""
    return [name.capitalize() for name in census_shares()]


def census_shares() -> dict[str, float]:
    """The 1990 census's surnames as written there ("SMITH"), most frequent first -> the percentage of people who
    bear each."""
    import names

    lines = (Path(names.__file__).parent / "dist.all.last").read_text("ascii").splitlines()
    return {line.split()[0]: float(line.split()[1]) for line in lines if line.strip()}


def kept(surnames: Iterable[str], common: frozenset[str]) -> list[str]:
    """The surnames that are common words too, or their plurals ("Baker", "Woods", "Banks")."""
    return towns.keep((name for name in surnames if _word_or_plural(fold(name), common)), common=set())


def _word_or_plural(key: str, common: frozenset[str]) -> bool:
    return key in common or key.endswith("s") and key[:-1] in common


def main() -> None:
    """Rebuild `surnamewords.txt` from the census's surnames (names) and `commonwords.txt`."""
    words = kept(census(), commonwords.load())
    header = [
        "Frequent words of generator/lang/commonwords.txt, and their plurals, that are surnames of the 1990",
        "United States census (public domain) through the `names` package.",
        "Rebuilt by `python -m generator.lang.surnamewords`.",
    ]
    towns.write_list(_FILE, header, words)


if __name__ == "__main__":
    main()
