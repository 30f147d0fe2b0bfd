"""One language's cue words around a date, compiled once: what the resolution rules read besides the match.

    cues = cues_of(ctx.language)
    cues.mod("prochaine")   # "next"

The words are the language's own (`Language.timex_cues`, written in generator/lang/<code>/timex.py
or by a registered language), so a text is read with its language's cues and a registered language
brings its own. Compiled on first use per language and kept (a Language hashes by identity).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from generator.extract.folding import fold
from generator.lang import Language

from .values import Mod

__all__ = ["Cues", "cues_of"]


def _either(patterns: Iterable[str]) -> str:
    """A group of the patterns as alternatives; one that never matches when there are none."""
    found = tuple(p for p in patterns if p)
    return "(?:" + "|".join(found) + ")" if found else "(?!)"


@dataclass(frozen=True)
class Cues:
    """The compiled cues of one language (see generator.lang.record.TimexCues for what each says)."""

    next_words: frozenset[str]
    last_words: frozenset[str]
    this_words: frozenset[str]
    year_followers: frozenset[str]  # after a bare four-digit number, it is a year: function words, verbs
    year_span_openers: frozenset[str]  # before a year, part of its span ("fin 2024", "fiscal 2024")
    strong_year_openers: frozenset[str]  # before a bare number, it is a year: "en 1500", "fiscal 2024", a season
    determiner_before: re.Pattern[str]  # "the 2000 election": after a determiner, a year may take a noun
    month_openers: frozenset[str]  # before a month, part of its span ("fin avril", "early May")
    commemoration_before: re.Pattern[str]  # "commémorations du": the next anniversary is the event
    instrument_before: re.Pattern[str]  # "l'ordonnance du", "the Act of": the date names a text
    deadline_before: re.Pattern[str]  # "d'ici la fin", "by the end": a deadline
    open_before: re.Pattern[str]  # "jusqu'au", "until": a bound whose tense is not the verb's
    ahead_opener: re.Pattern[str]  # "d'ici": looks ahead whatever the verb
    until_opener: re.Pattern[str]  # "jusqu'à", "until": looks ahead when no verb says otherwise
    since_before: re.Pattern[str]  # "depuis", "since" right before a date: it is behind the day told
    postponed_to: re.Pattern[str]  # "reporté au", "postponed until": past the day it is told
    duration_noun: re.Pattern[str]  # "une peine de": what makes "de 3 ans" a duration, not an age
    duration_after: re.Pattern[str]  # "ans de prison", "ans ferme": the same, after
    year_after: re.Pattern[str]  # "de l'année prochaine", "next year" after a date; one group, its modifier
    range_end_year: re.Pattern[str]  # "du 3 avril au 6 mai 2019": the range's end gives the year
    range_link: re.Pattern[str]  # "au", "to", a dash: all that stands between a range's first day and its end
    range_end_relative_year: re.Pattern[str]  # "July 23-August 8 next year": ... or its relative year; one group
    year_in_after: re.Pattern[str]  # "July 15-24 in 2022": the year written after the days; one group
    superseded_before: re.Pattern[str]  # "initially planned to run from": the date after it was given up
    superseded_after: re.Pattern[str]  # ", have been moved to": the date before it was given up
    negated_before: re.Pattern[str]  # "n'aura pas lieu le", "will not be held on": a negated verb, then its clause
    negation_lifted: re.Pattern[str]  # "avant", "until", "mais": the date after them is no negated one
    negation_affirms: re.Pattern[str]  # "n'hésitera pas", "will not fail": a negation that affirms
    year_deadline: re.Pattern[str]  # "before the end of", "d'ici": a deadline year
    present_before: re.Pattern[str]  # "n'est" before "aujourd'hui": "nowadays"
    edge_lead: re.Pattern[str]  # "à la fin", "by the end": the preposition stays out of the span
    span_opener: re.Pattern[str]  # "d'ici deux mois", "within a week": a span to act in, not a day
    point_before: re.Pattern[str]  # "is", "aura lieu" right before "in 63 days": a day however far
    ordinal_after: re.Pattern[str]  # "fois", "time" after "second": the ordinal, not the unit

    def mod(self, word: str | None) -> Mod | None:
        """What a modifier word says: "prochain" next, "dernier" last, "ce" this; None for any other."""
        if not word:
            return None
        w = fold(word)
        if w in self.next_words:
            return "next"
        if w in self.last_words:
            return "last"
        if w in self.this_words:
            return "this"
        return None


@functools.cache
def cues_of(language: Language) -> Cues:
    """The language's cues, compiled."""
    c = language.timex_cues
    span_openers = frozenset(c.year_span_openers)
    return Cues(
        next_words=frozenset(map(fold, c.next_words)),
        last_words=frozenset(map(fold, c.last_words)),
        this_words=frozenset(map(fold, c.this_words)),
        year_followers=frozenset(c.year_followers),
        year_span_openers=span_openers,
        strong_year_openers=span_openers | frozenset((*c.year_openers, *language.seasons)),
        determiner_before=re.compile(rf"\b{_either(map(re.escape, c.year_determiners))}\s+$", re.IGNORECASE),
        month_openers=frozenset(c.month_openers),
        commemoration_before=re.compile(
            rf"\b{_either(c.commemorations)}\s+{_either(c.commemoration_links)}\s*$", re.IGNORECASE
        ),
        # the text's number may stand between ("la loi n° 2004-800 du 6 août 2004")
        instrument_before=re.compile(
            rf"\b{_either(c.instruments)}(?:\s+n[°o]\s*[\w./-]+)?\s+{_either(c.instrument_links)}\s*$", re.IGNORECASE
        ),
        deadline_before=re.compile(_either((c.deadline_before,)) + "$", re.IGNORECASE),
        open_before=re.compile(_either(c.open_before) + r"\s*$", re.IGNORECASE),
        ahead_opener=re.compile(_either(c.ahead_openers), re.IGNORECASE),
        until_opener=re.compile(_either(c.until_openers), re.IGNORECASE),
        since_before=re.compile(rf"\b{_either(c.since_words)}\s+$", re.IGNORECASE),
        postponed_to=re.compile(r"\b" + _either((c.postponed_to,)) + "$", re.IGNORECASE),
        duration_noun=re.compile(rf"\b{_either(c.duration_nouns)}\s+(?:\w+\s+)?$"),
        duration_after=re.compile(r"\s*" + _either(c.duration_after)),
        year_after=re.compile(r",?\s+" + _either((c.year_after,)) + r"\b", re.IGNORECASE),
        range_link=re.compile(
            r"\s*(?:[-–]\s*|,?\s*"
            + _either(map(re.escape, language.range_links))
            + r"\s+)"
            + r"(?:"
            + _either(map(re.escape, language.date_articles))
            + r"\s+)?",
            re.IGNORECASE,
        ),
        range_end_year=re.compile(
            r"\s*" + _either((c.range_end_link,)) + r"[\w.]+(?:\s+[\w.]+){0,2}?,?\s+((?:19|20)\d\d)\b",
            re.IGNORECASE,
        ),
        range_end_relative_year=re.compile(
            r"\s*(?:[-–]|"  # "July 23-August 8 next year": a dash may hold on to the end
            + _either((c.range_end_link,))
            + r")\s*[\w.]+(?:\s+[\w.]+){0,2}?,?\s+"
            + _either((c.year_after,))
            + r"\b",
            re.IGNORECASE,
        ),
        year_in_after=re.compile(r",?\s+" + _either((c.year_in_after,)) + r"\s+((?:1[89]|20)\d\d)\b", re.IGNORECASE),
        # the cue, then a few words of its clause, no other date ("initially planned to run from August 6-15")
        superseded_before=re.compile(
            r"\b" + _either((c.superseded_before,)) + r"\b[^.;:!?,\d\n]{0,30}$", re.IGNORECASE
        ),
        # the date, then a comma or two words of its noun phrase ("in Paris"), then the verb that moved it
        # ("April 9, after it was postponed" is no such clause)
        superseded_after=re.compile(
            r"(?:[^\S\n]*,[^\S\n]*|[^\S\n]+(?:[\w'’-]+[^\S\n]+){0,2}?)" + _either((c.superseded_after,)) + r"\b",
            re.IGNORECASE,
        ),
        # the negation, then a few words of its clause and no other date ("n'y aura pas de votation populaire le")
        negated_before=re.compile(_either((c.negation,)) + r"[^.;:!?,\d\n]{0,60}$", re.IGNORECASE),
        negation_lifted=re.compile(_either((c.negation_lifted,)), re.IGNORECASE),
        negation_affirms=re.compile(_either((c.negation_affirms,)), re.IGNORECASE),
        year_deadline=re.compile(_either((c.year_deadline,)) + "$", re.IGNORECASE),
        present_before=re.compile(_either((c.present_before,))),
        edge_lead=re.compile(_either(map(re.escape, c.edge_leads)) + r"\s+", re.IGNORECASE),
        span_opener=re.compile(_either((c.span_openers,)), re.IGNORECASE),
        point_before=re.compile(rf"(?:{c.point_before or '(?!)'})\s*$", re.IGNORECASE),
        ordinal_after=re.compile(rf"\s+{_either(map(re.escape, c.ordinal_nouns))}\b", re.IGNORECASE),
    )
