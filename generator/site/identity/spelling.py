"""The spellings the identity rules compare names through: transliterations and spelling variants.

- surnames are compared through the spellings languages give one sound of a name taken from another
  alphabet ("Kouleba"/"Kuleba", "Choïgou"/"Shoigu"), and of a German umlaut English writes with an e
  ("Söder"/"Soeder"): the `transliteration` of generator/lang/<code>/site.yml (`spelling`); place names
  are compared through it too (places.py);
- first names are spelling variants of each other when they are the same letters but for an h, a doubled
  letter or a final y/i ("Anthony"/"Antony", "Mohammed"/"Mohamed": `variant`);
- two surname particles that differ by their vowels are one ("al-Sissi", "el-Sisi": `particles_alike`).
"""

from __future__ import annotations

import re

from generator.lang.equivalents import SURNAME_PARTICLES
from generator.lang.folding import fold
from generator.site.words import reading_pairs


def one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` are one letter apart at most: one letter changed, added or left out."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]


def particles_alike(x: str, y: str) -> bool:
    """Two surname particles that differ by their vowels only: one particle spelt two ways ("al-Sissi",
    "el-Sisi": the Arabic article; "van", "von")."""
    return x in SURNAME_PARTICLES and y in SURNAME_PARTICLES and re.sub("[aeiou]", "", x) == re.sub("[aeiou]", "", y)


def variant(x: str, y: str) -> bool:
    """ "Anthony"/"Antony", "Mohammed"/"Mohamed", "Dmitry"/"Dmitri": the same name but for an h, a doubled
    letter or a final y/i. Any other letter makes another name ("Dan" and "Dana" are two people; the
    transliteration table is for surnames only: "Louis" and "Luis" are two first names)."""
    return skeleton(x) == skeleton(y)


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


def consonants_spelt(word: str) -> str:
    """`word` (folded) with the transliteration table's consonant spellings replaced by their class's: "shalva"
    -> "chalva"."""
    return _CONSONANT_SPELLINGS.sub(lambda m: _STANDS_FOR[m.group()], word)


def spelling(word: str) -> str:
    """`word` (folded) with each transliteration spelling replaced by its class's: "kouleba" -> "kuleba"."""
    return _SPELLINGS.sub(lambda m: _STANDS_FOR[m.group()], word)


def plain_letters(word: str) -> str:
    """`word` (folded) with its h left out and each doubled letter written once: the letters two spellings of one
    name keep ("Mohammed", "Mohamed" -> "moamed")."""
    return re.sub(r"(.)\1+", r"\1", word.replace("h", ""))


def skeleton(first_name: str) -> str:
    plain = plain_letters(first_name)
    return plain[:-1] + "i" if plain.endswith("y") else plain
