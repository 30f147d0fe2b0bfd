"""A region named by its name and a region's noun in lower case after it (issue 19, places on real pages): "the X
region", "X district" are one place, not the name alone. Sentences written for the test, about places of no benchmark
page."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, region",
    [
        ("Title\n\nFloods cut the roads in the Kherson region on Tuesday, officials said.", "Kherson region"),
        ("Title\n\nThe new mine lies in Zambia's Copperbelt province, near the border.", "Copperbelt province"),
        ("Title\n\nShelling hit Kharkiv's Kyivskyi district overnight.", "Kyivskyi district"),
        ("Title\n\nVoters in the Marin county precincts waited for hours.", "Marin county"),
    ],
)
def test_a_name_and_a_region_noun_after_it_are_the_region(text: str, region: str):
    people, orgs, places = run(text)
    assert region in places
    assert not people and not orgs


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nThe county said the road would reopen on Friday.",
        "Title\n\nThe East African Community region faces a drought, the Community said.",
    ],
)
def test_an_article_or_a_body_before_the_noun_makes_no_region(text: str):
    _, _, places = run(text)
    assert not any(p.endswith(("county", "region")) for p in places)


def test_a_region_the_gazetteer_knows_by_its_own_name_keeps_it():
    _, _, places = run("Title\n\nThe firm will keep drilling in the Arctic region next year.")
    assert "Arctic" in places and "Arctic region" not in places
