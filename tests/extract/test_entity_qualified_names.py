"""A word that a hyphen and a participle make a qualifier is no part of the name after it (issue 19, organisations on
real pages, census of the orgen session: "the Republican-led Senate", "the South African-based X Alliance" kept whole on
English pages of two sites, where the gold names the body alone). A hyphen inside a name keeps it. Sentences written
for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, body",
    [
        ("Washington has been consumed by the Republican-led Senate and its wish to vote.", "Senate"),
        ("The deal was criticised by the London-based Green Rivers Trust on Monday.", "Green Rivers Trust"),
        ("The Saudi-backed Yemen Unity Council said it would attend.", "Yemen Unity Council"),
    ],
)
def test_a_qualifier_before_a_name_is_no_part_of_it(text: str, body: str):
    people, orgs, places = run("Title\n\n" + text)
    assert body in orgs
    assert not any(name != body and name.endswith(body) for name in orgs)


def test_a_hyphen_inside_a_name_keeps_it():
    people, orgs, places = run("Title\n\nThe Coca-Cola Company said its sales rose in March.")
    assert "Coca-Cola Company" in orgs
