"""The event said to follow a date's event the same day is part of its row (generator/extract/timex/context.py)."""

import pytest

from tests.extract.eventkit import event_at


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        (
            "La réunion des ministres aura lieu le 4 mai, suivie d'une conférence de presse.",
            "le 4 mai",
            "fr",
            "réunion des ministres, suivie d'une conférence de presse",
        ),
        (
            "Le maire inaugurera la médiathèque samedi, suivi d'un vin d'honneur.",
            "samedi",
            "fr",
            "maire inaugurera la médiathèque, suivi d'un vin d'honneur",
        ),
        # an aside between the participle and its complement is left out
        (
            "Le congrès s'ouvrira lundi à 9 h, suivi, comme chaque année, du défilé des délégations.",
            "lundi à 9 h",
            "fr",
            "congrès s'ouvrira, suivi du défilé des délégations",
        ),
        (
            "The board will meet on May 4, followed by a news conference.",
            "on May 4",
            "en",
            "board will meet, followed by a news conference",
        ),
        # the date opens the sentence: the clause after it is the phrase's own
        (
            "On Friday, the choir will sing in the cathedral, followed by a dinner.",
            "On Friday",
            "en",
            "choir will sing in the cathedral, followed by a dinner",
        ),
    ],
)
def test_what_follows_the_event_the_same_day_joins_its_row(sentence: str, date: str, lang: str, event: str) -> None:
    assert event_at(sentence, date, lang).removeprefix("the ") == event


def test_a_clause_of_its_own_before_the_link_keeps_the_event_alone() -> None:
    # the link follows another clause, with its own verb: it says nothing of the date's event
    sentence = "The board will meet on May 4 and the mayor will sign the order, followed by a news conference."
    assert "conference" not in event_at(sentence, "on May 4", "en")
