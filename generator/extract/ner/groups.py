"""Bands, troupes and other groups a stage show's sentence names with a plural after a capitalised article ("The
Killers", "The Lightning Seeds", "Les Ogres de Barback"): the article belongs to the name, and the name to a group."""

from __future__ import annotations

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.words import OF_WORDS, Word, sentence_start

_PLURAL_ENDINGS = ("s", "x")
_SHORTEST_PLURAL = 3  # "Us" is no plural noun


def performance_sentence(ws: list[Word], k: int) -> bool:
    """The sentence of word `k` is about a stage show: a line-up, a concert, a festival's acts ("acts including ...",
    "the lineup includes ...", "en concert avec ...")."""
    sent = ws[k].sent
    n = k
    while n > 0 and ws[n - 1].sent == sent:
        n -= 1
    while n < len(ws) and ws[n].sent == sent:
        if fold(ws[n].text) in lx.PERFORMANCE_WORDS:
            return True
        n += 1
    return False


def group_by_article(ws: list[Word], a: int, b: int, rest: str) -> bool:
    """ "lineup includes The Killers, The Black Keys", "acts including ..., The Lovely Eggs": a capitalised article
    inside a sentence (not its first word, where every article is capitalised), then a name `rest` headed or closed
    by a plural, in a stage show's sentence, is a group's name, article and all; not a place the lists know ("The
    Netherlands", "Les Sables-d'Olonne")."""
    if b - a < 2 or ws[a].text not in lx.GROUP_ARTICLES or sentence_start(ws, a):
        return False
    # (the plural closes the name, "The Lightning Seeds", or heads its complement, "Les Ogres de Barback"; not "The
    # Eras Tour Concert Film", a work's name)
    headed = b - a > 3 and capitalised_plural(ws[a + 1].text) and fold(ws[a + 2].text) in OF_WORDS
    if not capitalised_plural(ws[b - 1].text) and not headed:
        return False
    return not lx.is_known_place(rest) and performance_sentence(ws, a)


def capitalised_plural(word: str) -> bool:
    """A capitalised word shaped as a plural ("Seeds", "Ogres", "Chevaux")."""
    key = fold(word)
    return len(key) >= _SHORTEST_PLURAL and key.endswith(_PLURAL_ENDINGS) and word[:1].isupper()


def ensemble_name_end(ws: list[Word], a: int, b: int) -> int:
    """The end of an ensemble's name headed at `a` and read to `b` over its qualifiers: on over the capitalised words
    right after them, its own name ("l'Orchestre symphonique Victor Hugo", "le Chœur de chambre Marguerite Louise"),
    not a day or a month ("l'Orchestre symphonique Dimanche"); `b` when none follows or the name stops at a comma."""
    if fold(ws[a].text) not in lx.ENSEMBLE_HEADS or not ws[a].text[:1].isupper():
        return b
    end = b
    while (
        end < len(ws)
        and ws[end].sent == ws[a].sent
        and ws[end].start == ws[end - 1].end + 1
        and ws[end].text[:1].isupper()
        and ws[end].text.replace("-", "").isalpha()
        and fold(ws[end].text) not in lx.WEEKDAYS | lx.MONTH_WORDS
    ):
        end += 1
    return end
