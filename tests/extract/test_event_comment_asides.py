"""A comment set off by commas between a subject and its verb (timex/context.py `_without_comment_aside`) is no part
of the event, and the subject it parts from its verb is kept."""

from __future__ import annotations

import pytest
from eventkit import event_at as _event


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        ("La réunion, comme prévu par les statuts, aura lieu le 14 mai.", "le 14 mai", "fr", "réunion aura lieu"),
        ("Le conseil municipal, selon toute vraisemblance, votera le budget le 14 mai.", "le 14 mai", "fr",
         "conseil municipal votera le budget"),
        ("The council, as required by state law, will vote on the budget on June 3.", "June 3", "en",
         "council will vote on the budget"),
    ],
)  # fmt: skip
def test_the_comment_goes_and_the_subject_stays(sentence: str, date: str, lang: str, event: str) -> None:
    assert _event(sentence, date, lang) == event


def test_a_list_joined_by_as_well_as_is_no_comment() -> None:
    event = _event("The mayor, as well as two aldermen, will attend the ceremony on June 3.", "June 3", "en")
    assert "aldermen" in event or "mayor" in event
