"""The common words that are surnames too (generator/lang/surnamewords.py): what the rebuild keeps and what the file
holds."""

from __future__ import annotations

from generator.lang import surnamewords


def test_a_surname_is_kept_only_where_it_is_a_common_word_too():
    common = frozenset({"baker", "field", "meeting"})
    assert surnamewords.kept(["Baker", "Okonkwo", "Field"], common) == ["Baker", "Field"]


def test_the_list_holds_surnames_that_are_words_and_no_word_that_is_only_a_word():
    listed = surnamewords.load()
    assert {"bush", "king", "lake", "white", "baker", "rice"} <= listed
    assert not {"meeting", "relations", "hostel", "planning", "investor"} & listed
