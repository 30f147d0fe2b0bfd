"""Everything language-specific, one folder per language (`fr/`, `en/`), and the registry that finds them.

    from generator.lang import language
    fr = language("fr")          # a Language; UnknownLanguage for a code nobody registered
    fr.month_numbers["fevrier"]  # 2

A built-in language is a folder of this package, `generator/lang/<code>/`, whose `language.py`
holds its `LANGUAGE` (a `record.Language`), imported on first use: adding a language is adding a
folder. Another one is added with `register` (a test does so with a fixture). This package imports
nothing from the extractors, the reader or spaCy: the site may read it without loading them.
"""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.lang.record import Language

__all__ = ["BUILT_IN", "Language", "UnknownLanguage", "codes", "language", "register", "unregister"]

# the folders of this package that hold a language (listing them costs far less than importing one)
_HERE = os.path.dirname(__file__)
BUILT_IN = tuple(sorted(d for d in os.listdir(_HERE) if os.path.isfile(os.path.join(_HERE, d, "language.py"))))
_registered: dict[str, Language] = {}


def __getattr__(name: str) -> Any:
    # Language is imported on first use: the site imports generator.lang.<code>.labels, which runs this
    # module, and should not pay for dataclasses and the word tables it does not read.
    if name == "Language":
        from generator.lang.record import Language

        return Language
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class UnknownLanguage(ValueError):
    """A language code with no folder here and no registered Language."""

    def __init__(self, code: str) -> None:
        super().__init__(f"unknown language {code!r}: known are {', '.join(codes())}")
        self.code = code


def language(code: str) -> Language:
    """The Language of `code` ("fr", "en", or one registered); UnknownLanguage otherwise."""
    found = _registered.get(code)
    if found is None:
        if code not in BUILT_IN:
            raise UnknownLanguage(code)
        found = importlib.import_module(f"generator.lang.{code}.language").LANGUAGE
        _registered[code] = found
    return found


def register(lang: Language) -> None:
    """Make `lang` known by its code (replacing any language registered under it)."""
    _registered[lang.code] = lang


def unregister(code: str) -> None:
    """Forget a registered language (a built-in one is found again on next use)."""
    _registered.pop(code, None)


def codes() -> tuple[str, ...]:
    """Every known code: the built-in ones, then the registered ones."""
    return BUILT_IN + tuple(c for c in _registered if c not in BUILT_IN)
