"""A sports competition's codes, a letter and a number, name a category, a round or a division, no organisation:
"les U15", "la J12", "en D3", "R2" (issue 19, organisations: such codes taken for organisations on two dev pages of two
sites, a club's weekend and a league's calendar); a party or a group named so stays one ("D66", "G7"). Sentences
written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Les U15 joueront samedi à 10h, les U17 dimanche (J4 et J5).", "fr"),
        ("L'équipe réserve, promue en D3, recevra Vonnas lors de la J12.", "fr"),
        ("The U23 squad travels to Derby on Friday.", "en"),
    ],
)
def test_a_category_a_round_or_a_division_code_is_no_organisation(text: str, lang: str):
    _, orgs, _ = run("Title\n\n" + text, lang)
    assert not any(name[:1] in "UJD" and name[1:].isdigit() for name in orgs)


def test_a_party_or_a_group_named_by_a_letter_and_digits_stays_an_organisation():
    _, orgs, _ = run("Title\n\nThe liberal D66 said on Monday it would back the G7 statement.")
    assert "D66" in orgs
