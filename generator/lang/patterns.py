"""Regular-expression fragments generated from word lists, so a word is written once as data; the rule record."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from generator.lang.folding import fold

AP = r"['\u2019]"  # straight or typographic apostrophe
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)(?![\d])"  # a year written in full, 1000 to 2099
DIGIT = "<digit>"  # the anchor word of a rule that any token with a digit anchors
BULLETS = "•·*"  # the marks a list's item opens with ("• 15h00", "* Politique"), on any page
DASHES = "-–—"  # a hyphen and the dashes, which open a list's item too ("- Metz : Place de la République")

# An accented letter matches itself or its bare form: texts drop accents ("fevrier", "aout").
_BARE = {
    "à": "a",
    "â": "a",
    "ç": "c",
    "é": "e",
    "è": "e",
    "ê": "e",
    "ë": "e",
    "î": "i",
    "ï": "i",
    "ô": "o",
    "û": "u",
    "ù": "u",
    "ü": "u",
}


def accent_tolerant(word: str) -> str:
    """The word as a regex in which each accented letter may also be written bare: "août" -> "ao[uû]t"."""
    out = []
    for ch in word:
        bare = _BARE.get(ch)
        if bare:
            out.append(f"[{bare}{ch}]")
        elif ch == " ":
            out.append(r"\s+")
        else:
            out.append("\\" + ch if ch in ".-+*?()[]{}|^$\\" else ch)
    return "".join(out)


def alternation(
    words: Iterable[str], plural: bool = False, plurals: Mapping[str, str] | None = None, ignore_case: bool = False
) -> str:
    """A non-capturing group of the words in their order, accent-tolerant.

    `plural` lets each word take an "s", or its plural from `plurals` (plural -> word) when irregular;
    `ignore_case` makes the group case-insensitive inside a case-sensitive pattern.
    """
    irregular = {word: form for form, word in (plurals or {}).items()}
    parts = []
    for w in words:
        if plural and w in irregular:
            parts.append(f"{accent_tolerant(irregular[w])}|{accent_tolerant(w)}")
        else:
            parts.append(accent_tolerant(w) + ("s?" if plural and not w.endswith("s") else ""))
    return ("(?i:" if ignore_case else "(?:") + "|".join(parts) + ")"


def spaced(phrase: str) -> str:
    """The phrase as a regex, literally, but each space any run of white space: "mis à jour" -> "mis\\s+à\\s+jour"."""
    return re.escape(phrase).replace(r"\ ", r"\s+")


def longest_first(words: Iterable[str]) -> list[str]:
    """The words, each after every longer one: in an alternation "cinquante" is tried before "cinq"."""
    return sorted(words, key=len, reverse=True)


def number_words(
    numbers: Mapping[str, int],
    follows: Callable[[int], bool],
    plurals: Iterable[str] = (),
    joiner: bool = False,
    ignore_case: bool = False,
    after: Mapping[int, Callable[[int], bool]] | None = None,
) -> str:
    """A number written in words, as a regex, from a language's number table (word -> value).

    A word from one to a hundred, then any words whose value `follows` accepts after a hyphen or a
    space ("vingt-deux", "quatre-vingts", "twenty one"). `after` lets a word of a given value take
    more after it ({60: teens}: "soixante-douze", "quatre-vingt-seize"). `plurals` are the plural forms
    a following word may take ("vingts", "cents"); with `joiner`, a word worth 0 ("et") may stand
    before it ("soixante et onze"). Longer words are tried first.
    """
    heads = longest_first(w for w, n in numbers.items() if 1 <= n <= 100)
    plural = {form[:-1] for form in plurals}
    tails = longest_first(w for w, n in numbers.items() if n and follows(n))
    tail = "|".join(re.escape(w) + ("s?" if w in plural else "") for w in tails)
    link = "".join(rf"(?:{re.escape(w)}[- ])?" for w, n in numbers.items() if joiner and n == 0)
    steps = [rf"[- ]{link}(?:{tail})"]
    for value, accepts in (after or {}).items():
        # only right after a word of that value: "soixante-douze", not "trois-douze"
        behind = "|".join(rf"(?<={re.escape(w)})" for w, n in numbers.items() if n == value)
        more = longest_first(w for w, n in numbers.items() if n and accepts(n) and not follows(n))
        if behind and more:
            steps.append(rf"(?:{behind})[- ](?:{'|'.join(map(re.escape, more))})")
    group = "(?i:" if ignore_case else "(?:"
    return rf"{group}(?:{'|'.join(map(re.escape, heads))})(?:{'|'.join(steps)})*)"


def anchor_words(words: Iterable[str], plural: bool = False, plurals: Mapping[str, str] | None = None) -> str:
    """The folded words, space-separated, as a grammar's anchors take them.

    `plural` adds each one's "s" form, or its plural from `plurals` (plural -> word) when irregular.
    """
    irregular = {word: form for form, word in (plurals or {}).items()}
    out: list[str] = []
    for w in words:
        key = fold(w)
        out.append(key)
        if plural and w in irregular:
            out.append(fold(irregular[w]))
        elif plural and not key.endswith("s"):
            out.append(key + "s")
    return " ".join(out)


# --- the temporal grammar's rules, one record each


class MalformedRule(ValueError):
    """A temporal rule record missing a part it needs (a pattern, anchors, an example)."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"temporal rule {name!r}: {problem}")
        self.name = name


@dataclass(frozen=True)
class Example:
    """A sentence a rule reads, the day it was published, and every TIMEX the extractor finds in it.

    `timexes` holds (text, TIMEX3 type, value) in text order; a blocker's example expects none.
    Each example is a test (tests/extract/test_rule_examples.py): the rule must win its span and the
    sentence must give exactly these values.
    """

    text: str
    published: dt.date | None
    timexes: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True)
class TimexRule:
    """One rule of a language's temporal grammar: what it finds, where it may start, what it must read.

    `name` names the resolver that turns its match into a value (the functions of
    `generator.extract.timex.resolve`); a "block_*" rule keeps its span from the others and yields
    nothing. The resolver is named, not held: this package imports no extractor, and a language
    written as data (a test's Spanish) names its resolvers the same way. The grammar checks on first
    compile that every name has its resolver. `anchors` are the folded words every match contains
    (`DIGIT` for any figure), space-separated. The record checks itself when it is made, so a rule
    without anchors or examples fails its language's import, with its name.
    """

    name: str
    pattern: str
    anchors: str
    examples: tuple[Example, ...]

    def __post_init__(self) -> None:
        if not self.name or not self.name.replace("_", "").isalnum():
            raise MalformedRule(self.name, "a rule needs a name of letters, digits and underscores")
        if not self.pattern:
            raise MalformedRule(self.name, "no pattern")
        if not self.anchors.split():
            raise MalformedRule(self.name, "no anchor words: its pattern would never run")
        if not self.examples:
            raise MalformedRule(self.name, "no example: nothing would test it")
        for example in self.examples:
            if not example.text.strip():
                raise MalformedRule(self.name, "an example without text")
            if any(len(t) != 3 or not all(t) for t in example.timexes):
                raise MalformedRule(self.name, f"an expected TIMEX is not (text, type, value): {example.timexes!r}")
            if self.name.startswith("block") and example.timexes:
                raise MalformedRule(self.name, "a blocker's example expects no TIMEX")


class RuleTable(tuple[tuple[str, str], ...]):
    """A language's rules as the (name, pattern) pairs `Language.timex_rules` holds, records kept.

    A tuple, so the Language record takes it as it is; `records` keeps each rule's anchors and
    examples for the grammar's checks and the tests.
    """

    records: tuple[TimexRule, ...]

    def __new__(cls, records: Iterable[TimexRule]) -> RuleTable:
        kept = tuple(records)
        table = super().__new__(cls, ((r.name, r.pattern) for r in kept))
        table.records = kept
        return table

    def anchors(self) -> dict[str, str]:
        """Rule name -> the anchor words of all its records (a name may have several patterns)."""
        out: dict[str, list[str]] = {}
        for r in self.records:
            words = out.setdefault(r.name, [])
            words.extend(w for w in r.anchors.split() if w not in words)
        return {name: " ".join(words) for name, words in out.items()}
