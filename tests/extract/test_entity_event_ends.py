"""An English event's name ends on its head ("the Royal Tour", "the Jakarta Climate Conference", "the Geology Society
Annual Awards"): the event, no organisation; a body's name before the head is the body's (issue 19, organisations on
pages never seen: a tour, state visits, two conferences and two award ceremonies taken for organisations on five
pages of five sites). Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text",
    [
        "Delegates from forty countries will attend the Jakarta Climate Conference in May.",
        "The couple will visit three towns on their Royal Tour next week.",
        "Officials said Royal State Visits are a symbol of friendship between the two nations.",
        "Over 300 monks will gather for the Asian Buddhist Conference in Kandy.",
    ],
)
def test_an_event_named_by_its_last_word_is_no_organisation(text: str):
    _, orgs, _ = run("Title\n\n" + text)
    assert not orgs


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "The Duke will attend the Society for Medieval Archaeology Annual Awards.",
            "Society for Medieval Archaeology",
        ),
        ("The Princess will attend the Royal Photographic Society Annual Awards.", "Royal Photographic Society"),
        (
            "1. Ohio Library and Museums Association Awards Presentation: to the mayor.",
            "Ohio Library and Museums Association",
        ),
    ],
)
def test_the_body_before_its_event_s_words_is_the_organisation(text: str, body: str):
    _, orgs, _ = run("Title\n\n" + text)
    assert list(orgs) == [body]


def test_initials_before_an_event_s_plural_head_are_the_body():
    _, orgs, _ = run("Title\n\nThe leaders will meet at the G20 and APEC Summits to discuss trade.")
    assert "APEC" in orgs


def test_a_body_named_with_on_after_conference_stays_an_organisation():
    _, orgs, _ = run("Title\n\nThe Conference on Disarmament will meet in Geneva next week.")
    assert "Conference on Disarmament" in orgs
