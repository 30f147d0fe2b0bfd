"""Every example of every temporal rule of every built-in language, as a test of its own.

Each rule of `generator/lang/<code>/timex.py` is a record with its examples (sentence,
publication day, expected TIMEXes). Here each example must be won by its own rule's pattern,
and the sentence must give exactly the expected TIMEXes: a rule no text exercises, or whose
resolver stopped giving its value, fails under its language and name.
"""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from generator.extract.dates import extract_timexes
from generator.extract.timex.grammar import MalformedGrammar, find_candidates, grammar_of
from generator.extract.timex.resolvers import RESOLVERS, UnresolvedRule
from generator.lang import BUILT_IN, Language, language
from generator.lang.patterns import Example, MalformedRule, RuleTable, TimexRule


def _records(code: str) -> tuple[TimexRule, ...]:
    rules = importlib.import_module(f"generator.lang.{code}.timex").RULES
    assert isinstance(rules, RuleTable)
    return rules.records


CASES = [
    pytest.param(code, i, rule, example, id=f"{code}-{i:02d}-{rule.name}-{n}")
    for code in BUILT_IN
    for i, rule in enumerate(_records(code))
    for n, example in enumerate(rule.examples)
]


def test_every_built_in_language_has_examples() -> None:
    assert BUILT_IN
    assert {case.values[0] for case in CASES} == set(BUILT_IN)


@pytest.mark.parametrize(("code", "index", "rule", "example"), CASES)
def test_each_example_is_won_by_its_rule_and_read_right(
    code: str, index: int, rule: TimexRule, example: Example
) -> None:
    lang = language(code)
    compiled = grammar_of(lang).rules[index]
    assert compiled.pattern.pattern == rule.pattern  # the record is the rule the grammar runs, at its place
    won = [c for c in find_candidates(example.text, lang) if c.match.re is compiled.pattern]
    assert won, f"{rule.name} does not win a span of {example.text!r}"
    found = [(t.text, t.type, t.value) for t in extract_timexes(example.text, example.published, code)]
    assert found == list(example.timexes)


def test_every_rule_name_is_a_resolver_or_a_blocker_and_every_resolver_is_used() -> None:
    names = {rule.name for code in BUILT_IN for rule in _records(code)}
    assert {n for n in names if not n.startswith("block")} == set(RESOLVERS)


def test_a_record_without_examples_or_anchors_fails_with_its_name() -> None:
    example = Example("Le 15 avril.", dt.date(2024, 4, 2), (("15 avril", "DATE", "2024-04-15"),))
    with pytest.raises(MalformedRule, match="'date'.*no example"):
        TimexRule("date", r"\d+ avril", "avril", ())
    with pytest.raises(MalformedRule, match="'date'.*no anchor"):
        TimexRule("date", r"\d+ avril", " ", (example,))
    with pytest.raises(MalformedRule, match="'block_x'.*expects no TIMEX"):
        TimexRule("block_x", r"\d+ avril", "avril", (example,))


def _language_with(rules: tuple[tuple[str, str], ...], anchors: dict[str, str]) -> Language:
    return Language(code="xx", name="test", months=(), weekdays=(), timex_rules=rules, timex_anchors=anchors)


def test_a_rule_naming_no_resolver_fails_when_its_grammar_is_compiled() -> None:
    with pytest.raises(UnresolvedRule, match="'dates'"):
        grammar_of(_language_with((("dates", r"\d+"),), {"dates": "<digit>"}))


def test_a_rule_without_anchor_words_fails_when_its_grammar_is_compiled() -> None:
    with pytest.raises(MalformedGrammar, match="'year'.*no anchor"):
        grammar_of(_language_with((("year", r"\d{4}"),), {}))
