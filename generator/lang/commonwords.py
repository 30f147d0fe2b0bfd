"""Common words of French and English: a capitalised word that is one is no name by itself.

A page capitalises a common word to open a sentence, a line, a heading or a button ("Local", "Data", "Maybe",
"Incroyable, cette action"), and the recogniser or the rules may read it as a person. A word the language writes
in lower case, alone, is a person's name only where the text says so (an honorific or a role word before it, the
full name elsewhere, a speech verb after it): see `generator/extract/ner/support.py`.

`commonwords.txt` lists the words of French and English that are both frequent (wordfreq's Zipf frequency at least
`MIN_ZIPF` in the language: once per `10 ** (9 - MIN_ZIPF)` words) and written in lower case by a dictionary of the
language:

- English: the lower-case entries of Webster's Second International (public domain), through `english-words`
  (its capitalised entries, "Victorian", "Paris", are names and stay out);
- French: the forms of the French spaCy model's lemmatizer tables (`fr_core_news_sm`, in lower case): an
  inflected form, a verb, an adverb, or a noun or adjective whose plural the tables hold (their lists of nouns
  also hold a few surnames in lower case, "dupont", that have no plural there).

Common given names (`givennames.txt`) stay out: a given name alone is read as one. Surnames that are also words
("Blanc", "Baker", "Smith") are in the list: the text then shows them as names, which the rule looks for.

The list is data, rebuilt by a maintainer with `python -m generator.lang.commonwords` (needs the `data` extra:
`pip install -e '.[data]'`, and the French model); the generator only reads `commonwords.txt`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from generator.lang import givennames, subdivisions, towns
from generator.lang.folding import fold

# Once per million words or more often in the language (Zipf scale): a word a reader meets as a word.
MIN_ZIPF = 3.0
# A word of fewer letters is an abbreviation or a particle as often as a word ("No", "Le" are handled elsewhere).
MIN_LETTERS = 3

_FILE = "commonwords.txt"


def load() -> frozenset[str]:
    """The folded words of `commonwords.txt`."""
    return towns.read_list(_FILE)


def frequent(lang: str) -> Iterable[str]:
    """wordfreq's words of the language at least MIN_ZIPF, most frequent first (letters only)."""
    return (w for w in towns.frequent_words(lang, MIN_ZIPF) if w.isalpha() and len(w) >= MIN_LETTERS)


def english_dictionary() -> Callable[[str], bool]:
    """Whether Webster's Second writes the word (of letters only) in lower case."""
    return subdivisions.english_lowercase().__contains__


def french_dictionary() -> Callable[[str], bool]:
    """Whether the word is a form of the French model's lemmatizer tables (in lower case): an inflected form, a verb
    or an adverb, or a noun or an adjective whose plural the tables hold. (Their noun and adjective lists also hold
    some surnames in lower case, "dupont", "weber", which have no plural there.)"""
    import spacy

    lemmatizer: Any = spacy.load("fr_core_news_sm").get_pipe("lemmatizer")
    lookups = lemmatizer.lookups
    forms = lookups.get_table("lemma_lookup")  # keyed by hash: it answers for a word, it does not list its words
    index = lookups.get_table("lemma_index")
    invariable = {w for pos in ("verb", "adv") for w in index.get(pos, [])}
    inflected = {w for pos in ("noun", "adj") for w in index.get(pos, [])}

    def known(word: str) -> bool:
        plural = word + "s" in forms or word + "x" in forms
        return word in forms or word in invariable or word in inflected and plural

    return known


def kept(
    words: Mapping[str, Iterable[str]], dictionaries: Mapping[str, Callable[[str], bool]], names: frozenset[str]
) -> list[str]:
    """Each language's frequent words that its dictionary writes in lower case, less the given names."""
    found = (w for lang, listed in words.items() for w in listed if dictionaries[lang](w) and fold(w) not in names)
    return towns.keep(found, common=set())


def main() -> None:
    """Rebuild `commonwords.txt` from wordfreq, Webster's Second (english-words) and the French model's tables."""
    words = {"en": list(frequent("en")), "fr": list(frequent("fr"))}
    dictionaries = {"en": english_dictionary(), "fr": french_dictionary()}
    names = kept(words, dictionaries, givennames.load())
    header = [
        "Frequent French and English words (wordfreq, Zipf 3 and more) that a dictionary writes in lower case",
        "(Webster's Second through english-words; the French spaCy model's lemmatizer tables), less the common",
        "given names. Rebuilt by `python -m generator.lang.commonwords`.",
    ]
    towns.write_list(_FILE, header, names)


if __name__ == "__main__":
    main()
