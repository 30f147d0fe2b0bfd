"""The world's towns list (generator/lang/towns.py): what the maintainer's rebuild keeps, and what the file holds."""

from __future__ import annotations

from generator.lang import towns


def test_keep_drops_common_words_digits_and_repeats_and_sorts_by_folded_name():
    kept = towns.keep(["Union", "Zwolle", "Évry", "Evry", "Ciudad 2", "Ålesund"], common={"union"})
    assert kept == ["Ålesund", "Évry", "Zwolle"]


def test_the_list_holds_towns_and_no_frequent_word():
    listed = towns.load()
    assert {"fremont", "montauban", "sete", "raipur"} <= listed
    assert not {"union", "orange", "mission", "nice", "greve"} & listed
