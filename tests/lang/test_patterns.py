"""Regex fragments generated from a language's tables: number words, parts of the day, vague quantities."""

from __future__ import annotations

import re

import pytest

from generator.lang.en import timex as en
from generator.lang.fr import timex as fr
from generator.lang.patterns import longest_first, number_words


@pytest.mark.parametrize(
    "written",
    [
        "quatre-vingts",
        "quatre-vingt-dix",
        "soixante et onze",
        "vingt-deux",
        "deux cents",
        "cinquante",
        "une",
        "soixante-douze",
        "quatre-vingt-seize",
        "soixante-dix-sept",
    ],
)
def test_french_number_words_match_whole(written: str) -> None:
    assert re.fullmatch(fr.FR_NUMWORD, written, re.IGNORECASE)


@pytest.mark.parametrize("written", ["twenty-one", "two hundred", "Fifty", "nineteen"])
def test_english_number_words_match_whole(written: str) -> None:
    assert re.fullmatch(en.EN_NUMWORD, written)


def test_twelve_to_sixteen_follow_only_sixty_and_eighty() -> None:
    assert not re.fullmatch(fr.FR_NUMWORD, "trente-douze", re.IGNORECASE)
    assert not re.fullmatch(fr.FR_NUMWORD, "trois-quinze", re.IGNORECASE)
    assert not re.fullmatch(fr.FR_NUMWORD, "soixante et douze", re.IGNORECASE)


def test_a_thousand_and_the_joining_word_do_not_start_a_number() -> None:
    assert not re.fullmatch(fr.FR_NUMWORD, "mille", re.IGNORECASE)
    assert not re.fullmatch(fr.FR_NUMWORD, "et", re.IGNORECASE)
    assert not re.fullmatch(en.EN_NUMWORD, "thousand")
    assert re.fullmatch(en.EN_NUM, "an") and re.fullmatch(en.EN_NUM, "A")


def test_longer_words_are_tried_first() -> None:
    assert longest_first(["cinq", "cinquante", "un", "une"]) == ["cinquante", "cinq", "une", "un"]
    assert re.match(number_words({"cinq": 5, "cinquante": 50}, lambda n: n < 10), "cinquante").group() == "cinquante"


def test_parts_of_the_day_come_accented_or_not_and_noon_is_a_time_of_its_own() -> None:
    for written in ("matinée", "matinee", "après-midi", "apres-midi", "soir", "journée"):
        assert re.fullmatch(fr.FR_POD, written)
    assert not re.fullmatch(fr.FR_POD, "midi")
    assert re.fullmatch(en.EN_POD, "Evening") and not re.fullmatch(en.EN_POD, "noon")


def test_vague_quantities_read_the_approximate_numbers() -> None:
    for written in ("une dizaine de ", "un centaine d'", "plusieurs"):
        assert re.fullmatch(fr.FR_VAGUE, written, re.IGNORECASE)
