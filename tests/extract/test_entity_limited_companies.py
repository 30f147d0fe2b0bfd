""" "Limited", a company's legal form in the United Kingdom and the Commonwealth, ends a company's name as "Ltd" and
"Plc" do (issue 19, organisations: companies so named missed on two dev pages of two sites). Sentences written for
the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, company",
    [
        ("Shares of Kestrel Mining Limited rose 4 per cent on Monday.", "Kestrel Mining Limited"),
        ("The contract went to Harbourside Dredging Limited after a tender.", "Harbourside Dredging Limited"),
    ],
)
def test_a_name_ending_in_limited_is_a_company(text: str, company: str):
    _, orgs, _ = run("Title\n\n" + text)
    assert company in orgs


def test_limited_in_lower_case_is_no_name():
    _, orgs, _ = run("Title\n\nThe offer is open for a limited time only.")
    assert not orgs
