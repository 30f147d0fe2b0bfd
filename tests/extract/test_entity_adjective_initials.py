"""A country's initials written only before a title or a body's name (issue 19, places invented on fresh pages: "U.S.
District Judge", "the U.S. Senate seat", "US President", "the UK Government"): they say whose office it is, not where
the story is; written once as a noun, they are a place of the story. Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, initials",
    [
        ("Title\n\nHe tried to sell the U.S. Senate seat, prosecutors said.", "U.S."),
        ("Title\n\nThe deal was signed by US President Joe Biden in Ottawa.", "US"),
    ],
)  # fmt: skip
def test_initials_only_before_a_title_or_a_body_are_no_place(text: str, initials: str):
    _, _, places = run(text, "en")
    assert initials not in places


@pytest.mark.parametrize(
    "text, initials",
    [
        ("Title\n\nUS Senator Jim Hale said the team would fly to the US on Monday.", "US"),
        ("Title\n\nExports to the UK fell, said UK Minister Paul Grant.", "UK"),
    ],
)  # fmt: skip
def test_initials_written_once_as_a_noun_are_a_place(text: str, initials: str):
    _, _, places = run(text, "en")
    assert initials in places
