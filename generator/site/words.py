"""The site's own words, in the site's language: the data of generator/lang/<code>/site.yml.

The site's pages (home, archive, agenda, entity pages and indexes, calendars, the 404 page) speak the
language of `theme.language` in mkdocs.yml; a briefing's page speaks its article's (generator/lang/<code>/
labels.py). Only the data file is read: no language record, no extractor, no spaCy.
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


@lru_cache(maxsize=16)
def site_words(lang: str = SITE_LANG) -> Mapping[str, str]:
    """The words of the site's pages in `lang`, by key; NoSiteWords when the language has none.

    No fallback: a site whose theme speaks German around French headings would be neither.
    """
    path = _FOLDER / lang / "site.yml"
    words = None
    if _CODE.fullmatch(lang) and path.is_file():
        words = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    if not isinstance(words, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in words.items()):
        raise NoSiteWords(
            f"no site words for language {lang!r} (theme.language in mkdocs.yml): add generator/lang/{lang}/site.yml "
            "with the keys of generator/lang/fr/site.yml"
        )
    return words


def counted(words: Mapping[str, str], key: str, count: int) -> str:
    """`key_one` for one, else `key_other` with {count} put in: "1 fiche", "12 fiches"."""
    return words[f"{key}_one" if count == 1 else f"{key}_other"].format(count=count)
