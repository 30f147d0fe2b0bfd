"""The given names table (generator/lang/givennames.py): what the maintainer's rebuild keeps, and what the file
holds."""

from __future__ import annotations

import pytest

from generator.lang import givennames, names
from generator.lang.en.entities import ENTITIES as EN
from generator.lang.equivalents import NICKNAMES
from generator.lang.folding import fold
from generator.lang.fr.entities import ENTITIES as FR

CENSUS = {
    "male": [("Walter", 0.5), ("Osric", 0.2), ("Hale", 0.003)],
    "female": [("Maud", 0.4), ("Edwina", 0.1)],
}


def test_a_french_rank_reads_the_census_share_of_that_rank_and_the_largest_share_wins():
    found = givennames.shares(CENSUS, {"male": [("Gaspard", 2), ("Walter", 1)], "female": [("Hélène", 9)]})
    assert found["gaspard"] == ("Gaspard", 0.2)  # the census's second man's name
    assert found["walter"] == ("Walter", 0.5)  # ranked first in France too: the same share
    assert found["helene"] == ("Hélène", 0.1)  # past the census's end: its last share


def test_a_name_met_far_more_often_as_a_word_is_left_out_and_so_is_a_rare_one():
    found = {"walter": ("Walter", 0.5), "hale": ("Hale", 0.003), "hope": ("Hope", 0.034), "marc": ("Marc", 0.4)}
    zipf = {"walter": 4.4, "hale": 3.2, "hope": 5.4, "marc": 4.5}
    assert givennames.kept(found, zipf, set()) == ["Marc", "Walter"]  # "Hope" a word first, "Hale" too rare


def test_a_name_its_famous_bearers_made_frequent_is_kept_unless_a_record_says_it_is_something_else():
    # excess: "Orla" 4.1 + 2 = 6.1, "Brock" 4.2 + 2 = 6.2 (a word), "Lenox" 4.0 + 2 = 6.0 (a town), "Tansy" 4.5 + 2
    # = 6.5 (past FAME_EXCESS, whatever the records say)
    found = {k: (k.capitalize(), 0.01) for k in ("orla", "brock", "lenox", "tansy")}
    zipf = {"orla": 4.1, "brock": 4.2, "lenox": 4.0, "tansy": 4.5}
    assert givennames.kept(found, zipf, {"brock", "lenox"}) == ["Orla"]


def test_a_compound_given_name_is_never_a_word():
    assert givennames.word_excess("Jean-Pierre", 0.1, {"jean-pierre": 5.0}) == pytest.approx(1.0)
    assert givennames.word_excess("Pierre", 0.1, {"pierre": 5.0}) == pytest.approx(6.0)


def test_the_list_holds_common_given_names_of_both_countries_and_no_word_first():
    listed = givennames.load()
    assert {"dana", "gwendolyn", "darnell", "ludovic", "gwenaelle", "mohamed", "jean-pierre", "yasmine"} <= listed
    # words, surnames and places before they are given names
    assert not {"will", "may", "hope", "june", "son", "taylor", "jackson", "kenya", "dallas"} & listed
    # names of famous bearers, met as words for their sake, and the words, surnames, places, months and companies
    # that the records keep out at the same frequency
    assert {"hillary", "bernie", "mitch", "phil", "matt", "gillian"} <= listed
    kept_out = {"ray", "pat", "grant", "victoire", "murray", "clinton", "chelsea", "april", "sony", "isis", "clare"}
    assert not kept_out & listed


def test_no_hand_written_given_name_repeats_the_table_or_the_nicknames():
    listed = givennames.load()
    nicknames = set(NICKNAMES) | {full for fulls in NICKNAMES.values() for full in fulls}
    for name in (*names.GIVEN_NAMES, *EN.given_names, *FR.given_names):
        assert fold(name) not in listed | nicknames, name
