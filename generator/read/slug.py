"""A headline from a page's address, for a page whose text has none.

Many news sites write the headline into the address: `/2019/06/14/cadbury-sets-date-for-54th-agm/`. A page copied
without its head (the text starts with the lead paragraph) still has that address beside it (`url:` in its
sidecar), and the address's words are the headline's, lower-cased and stripped of accents and apostrophes. The
page's own text gives them back: each word is written as the text writes it ("proces" -> "procès", "demmanuel" ->
"d’Emmanuel"), in the order the address gives. A headline often says in other words what the lead says ("Royal Mail
strikes: Calderdale set for 19 days without post" above "The Communication Workers Union say the further walkouts ...");
a word the page does not hold is still a headline's when it is a common word of the language (`commonwords.txt`),
written as the dictionary writes it, provided the address names the page's own subject (one of its longer words at
least is the page's): an id, a section or another story's address stays no headline.

The address also tells which line of a page is its headline, when the page's head sets chrome above it ("Skip to
main content"): the line that holds most of the address's words (`address_keys`, `slug_share`).
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

from generator.lang.every import every, stop_words
from generator.lang.folding import fold
from generator.lang.towns import read_lines

_MIN_WORDS = 4  # fewer words in the address are a section's name or an id, no headline ...
_SHORT_WORDS = 3  # ... but a short headline whose every word the page writes ("marche-en-fete")
_KNOWN_SHARE = 0.6  # this share of the address's words, at least, must be the page's own words (or common words)
_OWN_CONTENT = 1  # with common words, at least this many of the address's content words must be the page's own
# the words that name nothing ("le", "pour", "with", "this": each language's stop words); the others name something
_STOP_WORDS = stop_words()
_ID = re.compile(r"\d{5,}|(?=.*\d)(?=.*[a-zA-Z])\w{6,}|[a-z]?\d+[a-z]?")  # an article's number or code, no word
_NUMBER = re.compile(r"\d{1,4}(?:st|nd|rd|th|e|er)?")  # a day, a year, an ordinal: words of a headline
_ARTICLE_NUMBER = re.compile(r"\d{5,}")  # an article's number in figures, after its section's word(s)
_SECTION_WORDS = 2  # a section's name before the article's number has no more words than this
_YEAR = re.compile(r"(?:19|20)\d\d")  # "2023-general-elections": a year may open a headline
_EXTENSION = re.compile(r"\.(?:s?html?|php\d?|aspx?|jsp|cms)$", re.IGNORECASE)
_APOSTROPHES = "'’"
_DAY_PARTS = 3  # a year, a month and a day opening the address's words
_DAY_PART = re.compile(r"\d{1,2}")
_TOKEN = re.compile(r"[\w'’-]+")
# the name of an HTML character a site wrote into its address in place of the character ("l-rsquo-etat": "l’État")
_ENTITY = re.compile(r"[lr][sd]quo|[lr]aquo|nbsp|amp|quot|apos|hellip|[mn]dash|[a-z](?:acute|grave|circ|uml|cedil)")
_CUT = (2, 3)  # letters of a word the address cuts short ("...-arrive-en-af": "Afrique")
_PREFIX = 5  # a word and its inflections share their first letters ("hearing", "hearings"; "visite", "visiter")
# an elided word before its apostrophe, at a word's start ("d’Yves", "qu'il")
_ELIDED = re.compile(r"(?<![^\W\d_])([^\W\d_]{1,6})(['’])(?=[^\W\d_])")
_VOWEL_START = re.compile(r"[aeiouyh]")  # a folded word an elided word goes before
_SAYS_SLUG = 0.5  # a line holding this share of the address's content words, at least, says its headline
_SLUG_WORDS = 2  # and this many of them at least: one shared word is a topic, no headline


def title_from_address(url: str | None, text: str) -> str | None:
    """The headline the address `url` spells, written as the page's `text` writes its words; None when the address
    holds no headline (too few words, or words neither the page nor its language holds: an id, a section, another
    story). A short address (three words) is a headline only when the page writes every one of its words: a short
    headline says what the page is about ("Marché en fête", "Dublin Theatre Festival")."""
    words = _slug_words(url)
    if len(words) < _SHORT_WORDS:
        return None
    forms = _page_forms(text)
    spelled = _spelled(words, forms, _common_forms(), _page_elisions(text))
    if len(words) < _MIN_WORDS and _held(spelled, ("page", "number")) < len(spelled):
        return None  # a short address in words of its own: a section's name ("world-news-today"), no headline
    if _held(spelled, ("page", "number")) < _KNOWN_SHARE * len(spelled):
        # the page's words are too few: a headline in words of its own, if most are the language's common words
        lettered = [(w, source) for w, source in spelled if source != "number"]
        own = [w for w, source in lettered if source == "page" and content_word(w)]
        if len(lettered) < _MIN_WORDS or _held(lettered, ("page", "common")) < _KNOWN_SHARE * len(lettered):
            return None
        if len(own) < _OWN_CONTENT:  # the address names nothing of the page's own: a section, another story
            return None
    title = " ".join(w for w, _ in _joined(_completed(spelled, text)))
    return title[:1].upper() + title[1:]


def content_word(word: str) -> bool:
    """A word that names something: letters, and no stop word of a language we read ("vote", "élu", "mai"; not "pour",
    "with")."""
    return any(ch.isalpha() for ch in word) and fold(word) not in _STOP_WORDS


def _held(spelled: list[tuple[str, str | None]], sources: tuple[str, ...]) -> int:
    return sum(source in sources for _, source in spelled)


def _spelled(
    words: list[str], forms: dict[str, str], common: dict[str, str], elision: _Elision
) -> list[tuple[str, str | None]]:
    """The address's words as the page writes them ("page"), else as the language's dictionary does ("common"), a
    number as it is ("number"), another word as the address has it (None); two words the page joins are one form,
    given for each (they count as two of the address's words). An elided word the address glues to the next or cuts
    from it gets its apostrophe back (see `_unglued`, `_elided_pair`)."""
    written: list[tuple[str, str | None]] = []
    k = 0
    while k < len(words):
        word = words[k]
        after = words[k + 1] if k + 1 < len(words) else ""
        hyphened, elided = f"{word}-{after}", f"{word}{after}"
        if after and hyphened in forms:  # "saint", "roch": the page's "Saint-Roch"
            written += [(forms[hyphened], "page")] * 2  # two of the address's words
            k += 2
            continue
        # "l", "attentat": the page's "l’attentat" (not "25th", "anniversary": a page's "25thAnniversary" is two words
        # its blocks glued, no elision)
        if after and elided in forms and word not in forms and any(a in forms[elided] for a in _APOSTROPHES):
            written += [(forms[elided], "page")] * 2
            k += 2
            continue
        if after and (pair := _elided_pair(word, after, forms, common, elision)):  # "d", "erasteel": "d’Erasteel"
            written += [pair] * 2
            k += 2
            continue
        if word in forms:
            written.append((forms[word], "page"))
        elif unglued := _unglued(word, forms, common, elision):  # "dyves": "d’Yves"
            written.append(unglued)
        elif _NUMBER.fullmatch(word):
            written.append((word, "number"))
        elif word in common:
            written.append((common[word], "common"))
        else:
            written.append((word, None))
        k += 1
    return written


class _Elision(NamedTuple):
    """The elided words of a page's language ("d", "qu"), folded, and the apostrophe the page writes most."""

    words: frozenset[str]
    mark: str


def _page_elisions(text: str) -> _Elision:
    """The elided words of the page's language, when the page elides ("d’Yves", "qu’il"): an address's glued word is
    read as one of them only on a page written in a language that elides (an English page's "sold" is no "s’old");
    with the apostrophe the page writes most."""
    marks = Counter(mark for word, mark in _ELIDED.findall(text) if fold(word) in _elision_words())
    if not marks:
        return _Elision(frozenset(), "’")
    return _Elision(_elision_words(), marks.most_common(1)[0][0])


@functools.cache
def _elision_words() -> frozenset[str]:
    """Every built-in language's elided words, folded ("d", "l", "qu", "jusqu")."""
    return frozenset(fold(w) for w in every(lambda lang: lang.elisions))


def _unglued(word: str, forms: dict[str, str], common: dict[str, str], elision: _Elision) -> tuple[str, str] | None:
    """A word that neither the page nor the language writes, read as an elided word the address glued to the next
    ("dyves": "d’Yves", "lequipe": "l’équipe", "qualpha": "qu’Alpha"), when the rest starts with a vowel and is a
    word of the page's, or of the language's; the longer elided word first ("jusqu" before "j")."""
    if word in common or word in _STOP_WORDS:
        return None
    for elided in sorted(elision.words, key=len, reverse=True):
        rest = word[len(elided) :]
        if (
            word.startswith(elided)
            and len(rest) > 1
            and (spelt := _elided_before(elided, rest, forms, common, elision))
        ):
            return spelt
    return None


def _elided_pair(
    word: str, after: str, forms: dict[str, str], common: dict[str, str], elision: _Elision
) -> tuple[str, str] | None:
    """An elided word the address writes apart from the next ("d-erasteel", "a-l-interieur"), joined back to it as the
    page elides ("d’Erasteel", "l’intérieur"), when the next starts with a vowel and is the page's or the language's."""
    return _elided_before(word, after, forms, common, elision) if word in elision.words else None


def _elided_before(
    elided: str, word: str, forms: dict[str, str], common: dict[str, str], elision: _Elision
) -> tuple[str, str] | None:
    """The elided word written before `word` with the page's apostrophe, `word` as the page writes it ("page"), else
    as the language does ("common"), when it starts with a vowel; None when it is neither's word."""
    if not _VOWEL_START.match(word):
        return None
    if word in forms:
        return f"{elided}{elision.mark}{forms[word]}", "page"
    if word in common:
        return f"{elided}{elision.mark}{common[word]}", "common"
    return None


def _joined(written: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """The words once each: a form the page joins ("Saint-Roch", "d’Erasteel") stands for two of the address's words,
    counted twice but written once."""
    out: list[tuple[str, str | None]] = []
    for i, item in enumerate(written):
        if i and written[i - 1] is item:
            continue
        out.append(item)
    return out


@functools.cache
def _common_forms() -> dict[str, str]:
    """Each folded common word (`commonwords.txt`, French and English) as the dictionary writes it ("decret" ->
    "décret"), or as the address has it when two words fold to it ("la": "la" or "là"; "sequence": "séquence" or the
    English word): an accent is given back only where it is sure."""
    forms: dict[str, set[str]] = {}
    for word in read_lines("commonwords.txt"):
        forms.setdefault(fold(word), set()).add(word)
    return {key: next(iter(found)) if len(found) == 1 else key for key, found in forms.items()}


def _slug_words(url: str | None) -> list[str]:
    """The words of the address's part that has the most of them, without its ids and its file's extension."""
    if not url:
        return []
    path = unquote(urlsplit(url.strip()).path)
    parts = [_EXTENSION.sub("", part) for part in path.split("/") if part]
    if not parts:
        return []
    # of two parts as long, the later: the page's own name comes after its sections' ("/blogs/news-from-the-pack/98/
    # get-out-the-calendars")
    slug = max(reversed(parts), key=lambda part: len(re.findall(r"[-_]", part)))
    slug = _hyphened_run(slug.split(",")[0])  # "...-devoile,109449": the article's number after a comma
    tokens = re.split(r"[-_.+\s]+", slug)
    # "actualite-120077-francois-hollande-au-mont-samedi": a section's word and the article's number open the address
    number = next((i for i, w in enumerate(tokens[: _SECTION_WORDS + 1]) if _ARTICLE_NUMBER.fullmatch(w)), None)
    if number and len(tokens) - number - 1 >= _MIN_WORDS:
        tokens = tokens[number + 1 :]
    words = [
        w for w in tokens if w and (_NUMBER.fullmatch(w) or not _ID.fullmatch(w)) and not _ENTITY.fullmatch(w.lower())
    ]
    # "...-en-af_n_88454": a letter that marks the id, no headline's word (but "18-h": an hour)
    while len(words) > 1 and len(words[-1]) == 1 and words[-1].isalpha() and not words[-2].isdigit():
        words.pop()
    while words and words[0].isdigit() and not _YEAR.fullmatch(words[0]):  # "011-5853-greve-...": its number first
        words.pop(0)
    if len(words) > _DAY_PARTS and _YEAR.fullmatch(words[0]) and all(_DAY_PART.fullmatch(w) for w in words[1:3]):
        words = words[_DAY_PARTS:]  # "2017-03-06-greve-du-...": the day the address files it under, no headline's
    return [fold(w) for w in words]


def _hyphened_run(slug: str) -> str:
    """The headline's words of an address that joins them with hyphens and its other parts with underscores
    ("article_587_1_travaux-de-voirie-traversee-du-village_fr", "detail_greves-sur-le-rail-..."): the section, the
    article's numbers and the language's code are no headline's; the address whole when no run holds most words."""
    if "_" not in slug or "-" not in slug:
        return slug
    runs = slug.split("_")
    longest = max(runs, key=lambda run: run.count("-"))
    words = longest.count("-") + 1
    return longest if words >= _SHORT_WORDS and 2 * words > sum(run.count("-") + 1 for run in runs) else slug


def _page_forms(text: str) -> dict[str, str]:
    """Each folded word of the page (without its apostrophes: the address drops them), as the page writes it:
    in lower case if the page ever writes it so (not a name), the address's spelling first, else as it writes it most
    often."""
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
        # the address's own spelling first when the page writes it too ("la" where the page also writes "là")
        if key in lower:
            forms[key] = key
        else:
            forms[key] = max(lower, key=lambda f: counts[f]) if lower else counts.most_common(1)[0][0]
    return forms


def address_keys(url: str | None) -> frozenset[str]:
    """The address's content words, folded and cut to their first letters: what a line of the page must share to be
    the headline the address spells ("unpredictable-sondland-faces-questions" -> "unpre", "sondl", "faces", "quest")."""
    return frozenset(w[:_PREFIX] for w in _slug_words(url) if content_word(w) and not _NUMBER.fullmatch(w))


def slug_share(line: str, keys: frozenset[str]) -> int:
    """How many of the address's words `line` holds, counted as `address_keys` cuts them; 0 when it holds too few of
    them to say the address's headline."""
    shared = shared_words(line, keys)
    return shared if shared >= _SLUG_WORDS and shared >= _SAYS_SLUG * len(keys) else 0


def shared_words(line: str, keys: frozenset[str]) -> int:
    """How many of the address's words (`address_keys`) `line` holds, its words folded and cut as they are."""
    return len(keys & {fold(w)[:_PREFIX] for w in re.findall(r"[^\W_]+", line)})


def _completed(spelled: list[tuple[str, str | None]], text: str) -> list[tuple[str, str | None]]:
    """The address's words with its last one whole: an address cut to its length limit cuts its last word short
    ("...-est-arrive-en-af"), which is the word of the page that most often starts so."""
    if not spelled or spelled[-1][1] is not None or not _CUT[0] <= len(spelled[-1][0]) <= _CUT[1]:
        return spelled
    cut = spelled[-1][0]
    whole = Counter(w for w in re.findall(r"[^\W\d_]+", text) if fold(w).startswith(cut) and len(w) > len(cut))
    if not whole:
        return spelled
    return [*spelled[:-1], (whole.most_common(1)[0][0], "page")]
