"""The words of every built-in language at once, for the extractors that read them all.

Names, quotes and page furniture do not keep to the article's language: a French article writes "Mr
Blair" or quotes "BP chairman", a page's menu is in its site's language. So the entity, quote and fact
extractors and the chrome filter read the union of the built-in languages' lists (`generator/lang/<code>/`),
in a fixed order: the built-in codes sorted, each list in its own order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from generator.lang import BUILT_IN, language
from generator.lang.folding import fold
from generator.lang.record import Language


def built_in() -> tuple[Language, ...]:
    """The built-in languages' records, in code order."""
    return tuple(language(code) for code in BUILT_IN)


def every(get: Callable[[Language], Iterable[str]]) -> tuple[str, ...]:
    """`get` of each built-in language, joined, each word once (first occurrence kept)."""
    return tuple(dict.fromkeys(w for lang in built_in() for w in get(lang)))


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Every built-in language's stop words, folded ("le", "pour", "with"): the words that name nothing."""
    return frozenset(fold(w) for w in every(lambda lang: lang.entities.stop_words))
