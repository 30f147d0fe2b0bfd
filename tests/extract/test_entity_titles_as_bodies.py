"""Capitalised titles of bills, of the documents a body adopts and of mottos, which hold a body's or a place's words
but name no participant (issue 19: "Municipal General Fund Amendments", "S.B. 70 Commission Relating to Federal
Issues", "In God We Trust" read as organisations). Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nThe council will vote on the Regional Transit Fund Amendments on Thursday.",
        "Title\n\nShareholders approved the Audited Financial Statements and the dividend.",
        "Title\n\nThe board adopted the Fiscal Year Water Authority Budget last night.",
        "Title\n\nStaff must follow the Acme Group Conduct Principles at all times.",
    ],
)
def test_a_document_s_noun_that_heads_the_capitalised_words_names_the_document(text: str):
    _, orgs, _ = run(text)
    assert orgs == {}


def test_a_body_whose_name_takes_such_a_noun_as_complement_stays_one():
    _, orgs, _ = run("Title\n\nThe Senate Committee on Regulations met on Monday to hear the mayor.")
    assert "Senate Committee on Regulations" in orgs


@pytest.mark.parametrize(
    "line",
    [
        "H.B. 212 State Parks Commission Amendments",
        "S.B. 41 Council Relating to Water Rights",
        "HB 77 Tourism Board Restructuring",
        "S.J.R. 3 Resolution on Estimates for Federal Highway Funds",
    ],
)
def test_the_capitalised_words_after_a_bill_s_code_and_number_are_its_title(line: str):
    _, orgs, places = run(f"Title\n\nThe governor will sign these bills on Friday:\n{line}\nWho: Senator Ann Price")
    assert orgs == {}
    assert places == []


def test_a_body_after_a_bill_s_title_and_a_comma_is_named_apart():
    _, orgs, _ = run("Title\n\nThe text of H.B. 90 Road Safety, drafted with the Utah Transit Authority, passed.")
    assert "Utah Transit Authority" in orgs


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nThe plates carry the motto “In God We Trust” above the number.",
        "Title\n\nHer memoir, The Truths We Hold, sold a million copies.",
    ],
)
def test_a_clause_written_as_a_title_is_no_name(text: str):
    people, orgs, _ = run(text)
    assert orgs == {} and people == {}
