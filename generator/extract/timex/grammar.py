"""The temporal grammar: regular expressions that find TIMEX3 candidates in running text.

The rules of each language are data (`generator/lang/<code>/timex.py`). Each rule is a named
regex; `find_candidates` runs all rules of a language and keeps the longest non-overlapping
matches (ties go to the earlier rule). Rules only *find* spans and capture their parts; turning
a match into a value is the job of the function each rule is bound to when it is compiled
(`resolvers.py`), which `resolve.py` calls. Some rules are "blockers": they match things that
look temporal but are not (ages, anniversaries, "G7"), win the overlap contest, and produce
nothing.

Why our own grammar: dateparser's `search_dates` reads any token that could be a date
("Sa" -> Saturday, "la mer" -> Wednesday, "80 ans" -> 2104), so it cannot find spans in
running text. The grammar below only fires on words in a temporal frame.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from generator.lang import Language
from generator.lang.patterns import DIGIT

from .resolvers import resolver_of
from .rulecontext import Rule


@dataclass(frozen=True)
class Candidate:
    """One match of one rule: its span, the rule's name and priority, and the function that resolves it."""

    start: int
    end: int
    rule: str
    match: re.Match[str]
    order: int  # rule priority: lower wins ties
    resolver: Rule | None = None  # None for a blocker: it keeps its span and yields nothing


# Anchors (each language's `timex_anchors`): the words every match of a rule must contain. A rule's
# regex only runs in a window around its anchor words, found by one dictionary lookup per token: a
# rule with optional lead-ins ("près de", "ces derniers") would otherwise be tried at every character.
_BEFORE, _AFTER = 60, 60  # window around an anchor word: longer than any lead-in or tail of a rule
# Rules anchored on any number run around every figure of an article: their windows are kept to
# what the rule can reach from a digit ("jusqu'en 2024", "02/04/2024", "vers 21 h 45, hier").
_DIGIT_WINDOWS = {
    "block_num": (12, 25),
    "numeric": (12, 12),
    "numeric_day": (20, 12),  # "Wednesday 10/8"
    "year_range": (12, 12),
    "year": (25, 12),
    "year2": (12, 8),
    "time": (12, 30),
    "decade": (30, 8),
}
_ACCENTS = str.maketrans("àâäáãéèêëíìîïóòôöõúùûüçñ", "aaaaaeeeeiiiiooooouuuucn")
_TOKEN = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class CompiledRule:
    """A rule ready to run: its name, its compiled pattern and the function that resolves its matches."""

    name: str
    pattern: re.Pattern[str]
    resolver: Rule | None  # None for a blocker


@dataclass(frozen=True)
class Grammar:
    rules: list[CompiledRule]  # in priority order
    anchors: dict[str, frozenset[str]]  # word -> names of the rules it anchors


class MalformedGrammar(ValueError):
    """A language's rules that cannot run as written: a pattern that does not compile, a rule without anchors."""


@functools.cache
def grammar_of(language: Language) -> Grammar:
    """The language's rules compiled and bound to their resolvers, its anchor words indexed (once per language).

    Raises, naming the rule, for a rule with no resolver (`resolvers.UnresolvedRule`), no anchor
    words or a pattern that does not compile: each would otherwise find nothing without a word.
    """
    by_word: dict[str, set[str]] = {}
    for name, words in language.timex_anchors.items():
        for word in words.split():
            by_word.setdefault(word, set()).add(name)
    flags = re.IGNORECASE if language.timex_ignore_case else 0
    rules = []
    for name, pattern in language.timex_rules:
        if not language.timex_anchors.get(name, "").split():
            raise MalformedGrammar(f"temporal rule {name!r} of language {language.code!r} has no anchor words")
        try:
            compiled = re.compile(pattern, flags)
        except re.error as e:
            raise MalformedGrammar(f"temporal rule {name!r} of language {language.code!r}: {e}") from e
        rules.append(CompiledRule(name, compiled, resolver_of(language.code, name)))
    return Grammar(rules, {w: frozenset(names) for w, names in by_word.items()})


def _rule_windows(text: str, grammar: Grammar) -> dict[str, list[tuple[int, int]]]:
    """For each rule, the merged windows of text around its anchor words."""
    folded = text.lower().translate(_ACCENTS)  # same length as text: offsets carry over
    digit_rules = grammar.anchors.get(DIGIT, frozenset())
    windows: dict[str, list[tuple[int, int]]] = {}
    n = len(text)
    for m in _TOKEN.finditer(folded):
        word = m.group(0)
        names = grammar.anchors.get(word)
        is_number = word[-1].isdigit() or word[0].isdigit()
        if is_number:
            names = digit_rules | names if names else digit_rules
        if not names:
            continue
        for name in names:
            before, after = _DIGIT_WINDOWS.get(name, (_BEFORE, _AFTER)) if is_number else (_BEFORE, _AFTER)
            a, b = max(0, m.start() - before), min(n, m.end() + after)
            spans = windows.setdefault(name, [])
            if spans and a <= spans[-1][1]:
                spans[-1] = (spans[-1][0], b)
            else:
                spans.append((a, b))
    return windows


def find_candidates(text: str, language: Language) -> list[Candidate]:
    """All rule matches, then the longest non-overlapping ones, in text order."""
    grammar = grammar_of(language)
    found: list[Candidate] = []
    windows = _rule_windows(text, grammar)
    for order, rule in enumerate(grammar.rules):
        for a, b in windows.get(rule.name, ()):
            for m in rule.pattern.finditer(text, a, b):
                if m.end() > m.start() and m.group(0).strip():
                    found.append(Candidate(m.start(), m.end(), rule.name, m, order, rule.resolver))
    found.sort(key=lambda c: (-(c.end - c.start), c.order, c.start))
    taken = bytearray(len(text) + 1)
    kept: list[Candidate] = []
    for c in found:
        if any(taken[c.start : c.end]):
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept
