"""Items joined two at a time into groups, named by their smallest item, listed in item order."""

from generator.site.groups import Groups


def test_joins_are_transitive_and_groups_keep_item_order():
    joined = Groups(5)
    joined.join(3, 1)
    joined.join(4, 3)
    assert joined.find(4) == 1 and joined.find(0) == 0
    assert joined.of("abcde") == [["a"], ["b", "d", "e"], ["c"]]
