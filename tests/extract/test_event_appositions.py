"""An apposition to a name, between the clause and its date, is no event (generator/extract/timex/context.py)."""

import pytest

from tests.extract.eventkit import event_at


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        # what the place is, said between commas before the date: the clause before it says what happens
        (
            "The president lands in Nairobi, the capital of Kenya, on Tuesday.",
            "on Tuesday",
            "en",
            "president lands in Nairobi",
        ),
        ("She will speak in Boston, her home town, on Friday.", "on Friday", "en", "She will speak in Boston"),
        (
            "Le président arrivera à Dakar, la capitale du Sénégal, le 12 mars.",
            "le 12 mars",
            "fr",
            "président arrivera à Dakar",
        ),
        (
            "La ministre se rendra à Lyon, ville natale de son époux, le 12 mars.",
            "le 12 mars",
            "fr",
            "ministre se rendra à Lyon",
        ),
        # what a person is, likewise
        (
            "Le ministre recevra Jean Dupont, le maire de Lyon, le 12 mars.",
            "le 12 mars",
            "fr",
            "ministre recevra Jean Dupont",
        ),
    ],
)
def test_an_apposition_to_a_name_before_the_date_leaves_the_clause_as_the_event(
    sentence: str, date: str, lang: str, event: str
) -> None:
    assert event_at(sentence, date, lang) == event


def test_an_event_noun_between_the_commas_stays_the_event() -> None:
    # "the summit of the Union" names what happens: no apposition to leave out
    sentence = "Leaders will gather in Addis Ababa, the summit of the Union, on Sunday."
    assert "summit" in event_at(sentence, "on Sunday", "en")
