"""A town's, a county's or a state's bodies that English pages write in lower case by their kind (issue 19,
organisations on pages never seen: "the county planning commission", "the board of education", "the county's
department of development services" missed). Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, body",
    [
        ("The village zoning commission will meet again after the summer.", "village zoning commission"),
        ("Residents were told the town health department had closed the pool.", "town health department"),
        ("The board of education voted to keep the old calendar.", "board of education"),
        ("The city's department of parks and the mayor signed the lease.", "department of parks"),
        ("Officials at the department of water resources said the dam was safe.", "department of water resources"),
    ],
)
def test_a_lower_case_body_named_by_its_place_noun_or_its_field(text: str, body: str):
    _, orgs, _ = run("Title\n\n" + text, "en")
    assert body in orgs


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nA planning board in another county rejected the same plan.",  # a kind, no one body
        "Title\n\nThe city was quiet and the board was empty after the storm.",  # no place noun, no field
        "Title\n\nThe board of the museum meets on Monday.",  # "of the": the owner follows, no field
    ],
)
def test_a_kind_or_a_bare_head_is_no_body(text: str):
    _, orgs, _ = run(text, "en")
    assert not orgs
