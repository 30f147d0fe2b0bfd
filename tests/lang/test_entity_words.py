"""The entity extractor's words live in the language folders, each written once, and reach it through the
Language record."""

from __future__ import annotations

import dataclasses

import pytest

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.lang import BUILT_IN, language, names
from generator.lang.record import EntityWords, words


@pytest.mark.parametrize("code", BUILT_IN)
def test_each_list_of_a_language_holds_each_word_once(code: str) -> None:
    entities = language(code).entities
    for f in dataclasses.fields(EntityWords):
        listed = getattr(entities, f.name)
        listed = list(listed) if not isinstance(listed, dict) else list(listed)
        assert len(listed) == len(set(listed)), (code, f.name)


def test_the_shared_name_lists_hold_each_word_once() -> None:
    for listed in (names.PARTICLES, names.GIVEN_NAMES, names.ORGANISATIONS, names.INSTITUTIONS, names.LEGAL_FORMS):
        assert len(listed) == len(set(listed))


def test_the_lexicon_is_every_language_s_words_folded() -> None:
    for code in BUILT_IN:
        entities = language(code).entities
        assert {fold(w) for w in entities.role_heads} <= lx.ROLE_HEADS
        assert {fold(w) for w in entities.every_honorific} <= lx.HONORIFICS
        assert {fold(m) for m in language(code).months} <= lx.COMMON_CAPS  # the calendar, written once


def test_organisation_variants_join_across_languages() -> None:
    nato = next(g for g in lx.ORG_VARIANTS if "otan" in g)
    assert "nato" in nato and "alliance atlantique" in nato


def test_a_language_without_entity_words_reads_none() -> None:
    assert EntityWords().role_heads == ()


def test_words_splits_and_joins_multi_word_entries() -> None:
    assert words("chef_d'état-major  roi") == ("chef d'état-major", "roi")


def test_a_place_is_known_whatever_the_language() -> None:
    assert lx.is_place("Londres") and lx.is_place("London") and not lx.is_place("Blair")
