"""Words of a Doc (tokens glued back where a name was split) and the small tests on them that the
mention finder, the run splitter and the role finder share."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from generator.extract.folding import fold
from generator.extract.ner.lexicon import (
    ARTICLES,
    CONNECTORS,
    DETERMINERS,
    ELIDED,
    GLUED_PREFIX,
    NAME_PARTICLES,
    OF_WORDS,
    PARTICLES,
    SINGULAR_ARTICLES,
    TITLE_INITIALS,
    is_demonym_after_article,
)
from generator.extract.ner.text import Sentence, doc_text, sentences

__all__ = ["CONNECTORS", "DETERMINERS", "NAME_PARTICLES", "OF_WORDS"]  # the function words callers take from here

PER, ORG, LOC = "PER", "ORG", "LOC"
SPACY_LABELS = {"PER": PER, "PERSON": PER, "ORG": ORG, "LOC": LOC, "GPE": LOC, "FAC": LOC, "NORP": "NORP"}


@dataclass
class Word:
    text: str
    start: int  # character offsets into doc.text
    end: int
    i: int  # first token index
    j: int  # one past the last token index
    sent: int  # sentence index


def doc_sentences(doc: Doc) -> list[Sentence]:
    """Sentences cut by our rules (the small French model cuts after closing quotes)."""
    return sentences(doc_text(doc))


def words(doc: Doc, sents: list[Sentence]) -> list[Word]:
    """Tokens glued back into words where the tokenizer split a hyphenated name ("Dudley-Smith")."""
    out: list[Word] = []
    bounds = [(s.start, s.end) for s in sents]
    k = 0
    tokens = list(doc)
    n = 0
    while n < len(tokens):
        tok = tokens[n]
        if tok.is_space:
            n += 1
            continue
        m = n + 2 if _elided_initial(tokens, n) or _apostrophe_inside_name(tokens, n) else n + 1
        while m < len(tokens) and _cut_inside_letters(tokens, m):
            m += 1
        while (
            m < len(tokens)
            and tokens[m - 1].whitespace_ == ""
            and (tokens[m].text == "-" or tokens[m - 1].text == "-" or re.search(r"\w-\w+'$", tokens[m - 1].text))
            and not tokens[m].is_space
        ):
            m += 1
        start, end = tok.idx, tokens[m - 1].idx + len(tokens[m - 1].text)
        while k < len(bounds) - 1 and start >= bounds[k][1]:
            k += 1
        out.append(Word(doc_text(doc)[start:end], start, end, n, m, k))
        n = m
    return out


def _cut_inside_letters(tokens: list[Token], m: int) -> bool:
    """The token at `m` is letters glued to a capitalised word of letters before it: the tokenizer cut one word where
    its exceptions read a contraction written with no apostrophe ("Arent" as "Are" "nt", "Wont" as "Wo" "nt"), and a
    surname so cut loses its end ("Patrice M. Arent")."""
    before, tok = tokens[m - 1], tokens[m]
    return before.whitespace_ == "" and before.text[:1].isupper() and before.is_alpha and tok.is_alpha and tok.is_lower


def _elided_initial(tokens: list[Token], n: int) -> bool:
    """ "M’jid El Guerrab", "N’Golo Kanté", "N’Djamena": a capital and an apostrophe glued to the rest of a name
    (the tokenizer splits them like "l’", "d’"), when a name follows; not an article or a particle ("L’Express",
    "D’Alema") and not a clitic before its verb ("C’est Emmanuel Macron", "M’a dit Paul")."""
    if n + 1 >= len(tokens) or tokens[n].whitespace_ or not re.fullmatch(r"[A-Z]['’]", tokens[n].text):
        return False
    if fold(tokens[n].text.replace("’", "'")) in NAME_PARTICLES | ARTICLES:
        return False
    rest = tokens[n + 1]
    if rest.text[:1].isupper():
        return True
    after = tokens[n + 2] if n + 2 < len(tokens) else None
    return rest.text.isalpha() and not rest.is_stop and after is not None and after.text[:1].isupper()


# What a capitalised French word elides before a vowel ("Qu’il", "Lorsqu’elle", "Aujourd’hui"): no name's part.
_ELIDING = re.compile(r"(?:\w*qu|aujourd|prud)['’]")


def _apostrophe_inside_name(tokens: list[Token], n: int) -> bool:
    """ "Ngo’o", "Mba’a", "Ro’a": a capitalised word of two letters or more, an apostrophe and lower-case letters glued
    to it are one name (the French tokenizer cuts them as it cuts "jusqu’à"); not a word that elides ("Lorsqu’il")."""
    if n + 1 >= len(tokens) or tokens[n].whitespace_:
        return False
    tok, rest = tokens[n].text, tokens[n + 1].text
    if not re.fullmatch(r"[A-Z\u00c0-\u00de][^\W\d_]+['’]", tok) or _ELIDING.fullmatch(fold(tok).replace("’", "'")):
        return False
    return rest.isalpha() and rest.islower()


# Arabic and Hebrew articles and kin words written in lower case before a hyphen: "al-Assad", "ben-Gvir".
# And an elided particle the English tokenizer leaves glued to a name: "Giscard d'Estaing", "Villa Fleur d'Eau".
# And a particle written glued to the capitalised rest of a surname ("Neil deGrasse Tyson", "Thomas DiNapoli" is
# capitalised already): "eBay", "iPhone" open with no particle.
_GLUED_PARTICLE = "(?:" + "|".join(sorted(p for p in PARTICLES if p.isalpha() and len(p) > 1)) + ")"
_GLUED_PARTICLE_FIRST = _GLUED_PARTICLE + r"(?=[A-Z\u00c0-\u00de][a-z\u00df-\u00ff])"  # "deGrasse", not "deUS"
_LOWER_PREFIX = re.compile(f"(?:{GLUED_PREFIX}|{ELIDED}|{_GLUED_PARTICLE_FIRST})" + r"(?=[A-Z\u00c0-\u00de])")


def is_cap(word: str) -> bool:
    """A name-like word: capitalised, "G8", or a lower-case article glued to a capitalised name ("al-Assad")."""
    return bool(word) and (
        word[0].isupper() or (word[0].isdigit() and any(c.isupper() for c in word)) or bool(_LOWER_PREFIX.match(word))
    )


def is_acronym(word: str) -> bool:
    """ "OTAN", "G8", "D66", "PvdA", "TNK-BP": short, upper-case letters (and digits) or upper at both ends."""
    word = word.replace("-", "").replace(".", "")
    letters = [c for c in word if c.isalpha()]
    if not letters or len(word) < 2 or len(word) > 10 or not word.isalnum():
        return False
    if all(c.isupper() or c.isdigit() for c in word):
        return len(letters) <= 6  # "FARANDOLE" is a word in capitals, not an acronym
    return len(word) <= 5 and letters[0].isupper() and letters[-1].isupper()


def ent_label(doc: Doc, i: int, j: int) -> str | None:
    labels = Counter(SPACY_LABELS.get(doc[k].ent_type_, "MISC") for k in range(i, j) if doc[k].ent_type_)
    return labels.most_common(1)[0][0] if labels else None


def sentence_start(ws: list[Word], n: int) -> bool:
    """First word of its sentence, ignoring opening quotes and dashes."""
    k = n - 1
    while k >= 0 and ws[k].sent == ws[n].sent and not any(c.isalnum() for c in ws[k].text):
        k -= 1
    return k < 0 or ws[k].sent != ws[n].sent


def demonym_after_article(ws: list[Word], k: int) -> bool:
    """ "le Marseillais", "la Monégasque": one of a place's people, named by an article and a demonym's ending."""
    return k > 0 and fold(ws[k - 1].text) in SINGULAR_ARTICLES and is_demonym_after_article(ws[k].text)


def time_initials(ws: list[Word], k: int) -> bool:
    """ "7 PM", "10:30 pm": the initials of a title ("PM") after a number tell the time of day, no one's role."""
    return fold(ws[k].text) in TITLE_INITIALS and k > 0 and ws[k - 1].text[-1:].isdigit()
