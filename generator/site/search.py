"""Accent-insensitive search for Material's built-in (lunr) search.

Material's search matches terms as written: "sejourne" does not find "Séjourné". After the search plugin
has written search/search_index.json, every document gets an extra field, `folded`, holding the
accent-folded spelling of each of its words that has accents (and the usual alternative spellings of a few
names, Kiev/Kyiv...). The field is declared in the index's own config, which Material's worker indexes
like title and text, but it is never displayed: results and highlighting still show the original text.
Only words that change under folding are added, so the index grows little.

The rest of forgiving search happens in the reader's browser, at no cost to the build: Material's search
worker runs behind docs/overrides/assets/javascripts/workers/forgiving-search.js, which adds to each query
word the index's words that are the same without accents, or one slip away ("Blinkin" finds Blinken), so
that results highlight the words as the pages write them. Entity pages weigh ENTITY_BOOST in the index.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

FIELD = "folded"
BOOST = 1.0
# An entity page's weight in the index (Material's per-document `boost`): a briefing titled "Stéphane
# Séjourné reçoit..." matches "Séjourné" in its title as well as the person's page does; doubled, the
# page of the person or place comes first for their name. Words of their roles still weigh little.
ENTITY_BOOST = 2.0
# Letters NFKD does not decompose into a base letter and a combining mark.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "ø": "o", "Ø": "O",
                            "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "’": "'"})  # fmt: skip
_TAG = re.compile(r"<[^>]*>")
# Spellings of the same name a reader may type either way (folded, lower case). Small on purpose.
VARIANT_GROUPS = [
    {"kiev", "kyiv", "kiew"},
    {"kharkiv", "kharkov"},
    {"odesa", "odessa"},
    {"lviv", "lvov"},
    {"zelensky", "zelenskyy", "zelenski", "zelenskiy"},
    {"gaza", "ghaza"},
    {"pekin", "beijing"},
]
_VARIANTS_SORTED = {name: tuple(sorted(group - {name})) for group in VARIANT_GROUPS for name in group}
_WORD = re.compile(r"\w+")
# One spelling standing for its group, for keys: "Kyiv" and "Kiev" are one place, with one page.
CANONICAL_SPELLING = {name: min(group) for group in VARIANT_GROUPS for name in group}


def fold(text: str) -> str:
    """The text without diacritics: "Séjourné, Élysée, cœur" -> "Sejourne, Elysee, coeur"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def folded_terms(text: str) -> str:
    """The extra words that make `text` findable without accents and under variant spellings."""
    terms: dict[str, None] = {}  # ordered set: the output is deterministic
    for word in dict.fromkeys(_WORD.findall(_TAG.sub(" ", text).lower())):
        for term in _folded_word(word):
            terms.setdefault(term)
    return " ".join(terms)


@lru_cache(maxsize=65536)
def _folded_word(word: str) -> tuple[str, ...]:
    """A word's folded spelling (if it differs) and its variants (cached: an index repeats its words a lot)."""
    plain = fold(word)
    extra = (plain,) if plain != word else ()
    return extra + _VARIANTS_SORTED.get(plain, ())


def add_folded_field(index: dict) -> dict:
    """Add the `folded` field to a Material search index (its "config" and each of its "docs")."""
    index.setdefault("config", {}).setdefault("fields", {})[FIELD] = {"boost": BOOST}
    for doc in index.get("docs", []):
        extra = folded_terms(f"{doc.get('title', '')} {doc.get('text', '')}")
        if extra:
            doc[FIELD] = extra
        else:
            doc.pop(FIELD, None)
    return index


def fold_search_index(path: Path, extra_docs: list[dict] | None = None) -> bool:
    """Rewrite search_index.json in place, with `extra_docs` added; False when there is none (search disabled)."""
    if not path.is_file():
        return False
    index = json.loads(path.read_text(encoding="utf-8"))
    index.setdefault("docs", []).extend(extra_docs or [])
    data = json.dumps(add_folded_field(index), ensure_ascii=False, separators=(",", ":"))
    path.write_text(data, encoding="utf-8")
    return True
