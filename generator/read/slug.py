"""A headline from a page's address, for a page whose text has none.

Many news sites write the headline into the address: `/2019/06/14/cadbury-sets-date-for-54th-agm/`. A page copied
without its head (the text starts with the lead paragraph) still has that address beside it (`url:` in its
sidecar), and the address's words are the headline's, lower-cased and stripped of accents and apostrophes. The
page's own text gives them back: each word is written as the text writes it ("proces" -> "procès", "demmanuel" ->
"d’Emmanuel"), so a title is made only of words the page holds, in the order the address gives.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from urllib.parse import unquote, urlsplit

from generator.lang.folding import fold

_MIN_WORDS = 4  # fewer words in the address are a section's name or an id, no headline
_KNOWN_SHARE = 0.6  # this share of the address's words, at least, must be the page's own words
_ID = re.compile(r"\d{5,}|(?=.*\d)(?=.*[a-zA-Z])\w{6,}|[a-z]?\d+[a-z]?")  # an article's number or code, no word
_NUMBER = re.compile(r"\d{1,4}(?:st|nd|rd|th|e|er)?")  # a day, a year, an ordinal: words of a headline
_YEAR = re.compile(r"(?:19|20)\d\d")  # "2023-general-elections": a year may open a headline
_EXTENSION = re.compile(r"\.(?:s?html?|php\d?|aspx?|jsp|cms)$", re.IGNORECASE)
_APOSTROPHES = "'’"
_TOKEN = re.compile(r"[\w'’-]+")


def title_from_address(url: str | None, text: str) -> str | None:
    """The headline the address `url` spells, written as the page's `text` writes its words; None when the address
    holds no headline (too few words, or words the page does not hold: an id, a section, another story)."""
    words = _slug_words(url)
    if len(words) < _MIN_WORDS:
        return None
    forms = _page_forms(text)
    written: list[str] = []
    known = 0
    k = 0
    while k < len(words):
        word = words[k]
        after = words[k + 1] if k + 1 < len(words) else ""
        hyphened, elided = f"{word}-{after}", f"{word}{after}"
        if after and hyphened in forms:  # "saint", "roch": the page's "Saint-Roch"
            written.append(forms[hyphened])
            known += 2
            k += 2
            continue
        if after and elided in forms and word not in forms:  # "l", "attentat": the page's "l’attentat"
            written.append(forms[elided])
            known += 2
            k += 2
            continue
        if word in forms:
            written.append(forms[word])
            known += 1
        else:
            written.append(word)
            known += bool(_NUMBER.fullmatch(word))
        k += 1
    if known < _KNOWN_SHARE * len(words):
        return None
    title = " ".join(written)
    return title[:1].upper() + title[1:]


def _slug_words(url: str | None) -> list[str]:
    """The words of the address's part that has the most of them, without its ids and its file's extension."""
    if not url:
        return []
    path = unquote(urlsplit(url.strip()).path)
    parts = [_EXTENSION.sub("", part) for part in path.split("/") if part]
    if not parts:
        return []
    slug = max(parts, key=lambda part: len(re.findall(r"[-_]", part)))
    slug = slug.split(",")[0]  # "...-devoile,109449": the article's number after a comma
    words = [w for w in re.split(r"[-_.+\s]+", slug) if w and (_NUMBER.fullmatch(w) or not _ID.fullmatch(w))]
    while words and words[0].isdigit() and not _YEAR.fullmatch(words[0]):  # "011-5853-greve-...": its number first
        words.pop(0)
    return [fold(w) for w in words]


def _page_forms(text: str) -> dict[str, str]:
    """Each folded word of the page (without its apostrophes: the address drops them), as the page writes it:
    in lower case if the page ever writes it so (not a name), else as it writes it most often."""
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for token in _TOKEN.findall(text):
        token = token.strip("-'’")
        if not token:
            continue
        for part in {token, *token.split("-")}:
            if part:
                seen[fold(part).translate({ord(c): None for c in _APOSTROPHES})][part] += 1
    forms: dict[str, str] = {}
    for key, counts in seen.items():
        lower = [form for form in counts if form == form.lower()]
        forms[key] = max(lower, key=lambda f: counts[f]) if lower else counts.most_common(1)[0][0]
    return forms
