"""Bodies named by their initials: two listed with "and" are two ("the G7 and NATO summits", "The EU and NATO said"),
and initials before an event's name stay the body after a capitalised preposition opening the sentence ("At the NATO
Summit in Madrid, ...") (issue 19, organisations on pages never seen: NATO and the MK Party missed on two pages of
two sites). Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, bodies",
    [
        ("Leaders will meet this week for the G7 and NATO summits.", "en", {"G7", "NATO"}),
        ("The EU and NATO said they would cooperate on defence.", "en", {"EU", "NATO"}),
    ],
)
def test_initials_listed_with_and_are_two_bodies(text: str, lang: str, bodies: set[str]):
    _, orgs, _ = run("Title\n\n" + text, lang)
    assert bodies <= set(orgs)


def test_initials_before_an_event_after_a_capitalised_preposition_are_the_body():
    _, orgs, _ = run("Title\n\nAt the NATO Summit in Vilnius, the leaders will discuss security.")
    assert "NATO" in orgs


def test_a_company_named_with_and_stays_one():
    _, orgs, _ = run("Title\n\nShares of Procter and Gamble rose on Monday.")
    assert "Procter" not in orgs and "Gamble" not in orgs
