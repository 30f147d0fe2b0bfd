"""The word tables of each built-in language: complete, each word once, and as dateparser spells them."""

from __future__ import annotations

import pytest

from generator.lang import BUILT_IN, language
from generator.lang.folding import fold


@pytest.mark.parametrize("code", BUILT_IN)
def test_months_and_weekdays_are_complete_and_each_written_once(code: str) -> None:
    lang = language(code)
    assert len(lang.months) == 12 and len(lang.weekdays) == 7
    calendar = [fold(w) for w in (*lang.months, *lang.weekdays)]
    assert len(set(calendar)) == len(calendar)
    # an abbreviation is not a full name, and names one month only
    assert not {fold(w) for w in lang.month_abbreviations} & set(calendar)
    assert set(lang.month_abbreviations.values()) <= set(range(1, 13))


@pytest.mark.parametrize("code", BUILT_IN)
def test_each_lookup_table_keys_a_word_once_after_folding(code: str) -> None:
    lang = language(code)
    for table in (
        lang.numbers,
        lang.approximate_numbers,
        lang.ordinals,
        lang.seasons,
        lang.parts_of_day,
        lang.units,
        lang.days_from_publication,
        lang.days_from_discourse,
        lang.anniversary_words,
    ):
        keys = [fold(k) for k in table]
        assert len(set(keys)) == len(keys), keys


@pytest.mark.parametrize("code", BUILT_IN)
def test_every_rule_has_anchor_words_and_every_anchor_a_rule(code: str) -> None:
    lang = language(code)
    names = {name for name, _ in lang.timex_rules}
    assert names == set(lang.timex_anchors)
    assert all(words.split() for words in lang.timex_anchors.values())


@pytest.mark.parametrize("code", BUILT_IN)
def test_full_month_and_weekday_names_agree_with_dateparser(code: str) -> None:
    """Our tables are the source (dateparser's abbreviations would read words as dates); its full names check them."""
    data = pytest.importorskip(f"dateparser.data.date_translation_data.{code}").info
    lang = language(code)
    english = "january february march april may june july august september october november december".split()
    days = "monday tuesday wednesday thursday friday saturday sunday".split()
    for ours, key in zip((*lang.months, *lang.weekdays), (*english, *days), strict=True):
        assert fold(ours) in {fold(w) for w in data[key]}, (ours, data[key])
