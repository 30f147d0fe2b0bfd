"""The site's own words, in the site's language: the data of generator/lang/<code>/site.yml.

The site's pages (home, archive, agenda, entity pages and indexes, calendars, the 404 page) speak the
language of `theme.language` in mkdocs.yml; a briefing's page speaks its article's (generator/lang/<code>/
labels.py). Only the data file is read: no language record, no extractor, no spaCy.

The same file's `reading` table holds what the site must know of a language to read the briefings written
in it (names, event phrases), whatever the site's own language: `reading_words` gathers it from every
language, since one archive holds briefings in several.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

import yaml

import generator.lang

SITE_LANG = "fr"  # the language of the site's own pages when nothing says otherwise (mkdocs.yml: theme.language)
_FOLDER = Path(generator.lang.__file__).parent
_CODE = re.compile(r"[a-z]{2,3}")
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class NoSiteWords(ValueError):
    """A site language with no generator/lang/<code>/site.yml (or one that is not a table of words)."""


_READING = "reading"  # the key of site.yml's table of reading words (not words of the site's pages)


@lru_cache(maxsize=16)
def _site_file(lang: str) -> object:
    path = _FOLDER / lang / "site.yml"
    if _CODE.fullmatch(lang) and path.is_file():
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    return None


@lru_cache(maxsize=16)
def site_words(lang: str = SITE_LANG) -> Mapping[str, str]:
    """The words of the site's pages in `lang`, by key; NoSiteWords when the language has none.

    No fallback: a site whose theme speaks German around French headings would be neither.
    """
    found = _site_file(lang)
    words = {k: v for k, v in found.items() if k != _READING} if isinstance(found, dict) else None
    if not isinstance(words, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in words.items()):
        raise NoSiteWords(
            f"no site words for language {lang!r} (theme.language in mkdocs.yml): add generator/lang/{lang}/site.yml "
            "with the keys of generator/lang/fr/site.yml"
        )
    return words


def counted(words: Mapping[str, str], key: str, count: int) -> str:
    """`key_one` for one, else `key_other` with {count} put in: "1 fiche", "12 fiches"."""
    return words[f"{key}_one" if count == 1 else f"{key}_other"].format(count=count)


def reading_words(key: str, lang: str | None = None) -> tuple[str, ...]:
    """The `reading` words listed under `key` in `lang`'s site.yml, or in every built-in language's (None).

    Empty when a language lists none (a single word counts as a list of one).
    """
    found: list[str] = []
    for value in _reading(key, lang):
        found += [value] if isinstance(value, str) else [str(w) for w in value] if isinstance(value, list) else []
    return tuple(found)


def reading_pairs(key: str, lang: str | None = None) -> tuple[tuple[str, str], ...]:
    """The `reading` table under `key` (word -> word) of `lang`'s site.yml, or of every language's (None)."""
    found: list[tuple[str, str]] = []
    for value in _reading(key, lang):
        if isinstance(value, dict):
            found += [(str(a), str(b)) for a, b in value.items()]
    return tuple(found)


def reading_groups(key: str, lang: str | None = None) -> dict[str, tuple[str, ...]]:
    """The `reading` table under `key` (name -> list of words) of `lang`'s site.yml, or of every language's
    (None), the words of one name in several languages gathered."""
    found: dict[str, tuple[str, ...]] = {}
    for value in _reading(key, lang):
        if isinstance(value, dict):
            for name, words in value.items():
                listed = [words] if isinstance(words, str) else words if isinstance(words, list) else []
                found[str(name)] = found.get(str(name), ()) + tuple(str(w) for w in listed)
    return found


def _reading(key: str, lang: str | None) -> list[object]:
    values = []
    for code in (lang,) if lang is not None else languages():
        table = _site_file(code)
        reading = table.get(_READING) if isinstance(table, dict) else None
        if isinstance(reading, dict) and key in reading:
            values.append(reading[key])
    return values


@lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """The built-in languages, whose briefings an archive may hold."""
    from generator.lang import BUILT_IN  # the folder list only: no language record is imported

    return BUILT_IN
