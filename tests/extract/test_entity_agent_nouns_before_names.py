"""People English names after a noun of their deed or trade that no role list holds (issue 19): read with no tagger,
"the jailed smuggler Nnamdi Okafor", "former wrestler Tavita Faleolo": the noun (an "-er", "-or", "-ist", "-ian"
ending on a common word) right before a run of capitalised words says the run is someone's name, however rare its
given name; a thing so ended ("the corner", "the paper") says nothing."""

from __future__ import annotations

from entitykit import run


def test_a_noun_of_a_deed_right_before_a_rare_name_makes_it_a_person():
    people, _, _ = run("Police said convicted smuggler Nnamdi Okafor was moved to another prison on Friday.")
    assert "Nnamdi Okafor" in people
    assert people["Nnamdi Okafor"].role.endswith("smuggler")


def test_a_noun_of_a_trade_after_a_role_modifier_makes_it_a_person():
    people, _, _ = run("The club said former wrestler Tavita Faleolo will open the new gym in March.")
    assert "Tavita Faleolo" in people


def test_a_thing_so_ended_before_capitalised_words_names_no_one():
    people, _, _ = run("The fire started near the corner Ngata Lane meets the quay, the paper Otago Daily said.")
    assert "Ngata Lane" not in people
    assert "Otago Daily" not in people
