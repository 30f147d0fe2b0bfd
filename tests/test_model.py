import datetime as dt

import pytest

from generator.model import Briefing


def test_hand_edited_values_are_coerced_to_the_models_types():
    briefing = Briefing.from_dict(
        {
            "title": 2024,
            "date": dt.date(2024, 4, 2),
            "lang": "fr",
            "source": {"path": "seeds/a.txt", "sha256": "ab"},
            "participants": [{"name": "Antony Blinken", "kind": "person", "mentions": "3", "aliases": ["Blinken"]}],
            "upcoming": [{"date": dt.date(2024, 4, 15), "precision": "day", "text": "le 15 avril", "event": "x"}],
            "places": ["Paris", 75],
        }
    )
    assert briefing.title == "2024" and briefing.date == "2024-04-02"
    assert briefing.participants[0].mentions == 3
    assert briefing.upcoming[0].date == "2024-04-15" and briefing.upcoming[0].sentence == ""
    assert briefing.places == ["Paris", "75"]
    assert briefing.date_source == "unknown"


@pytest.mark.parametrize(
    "data",
    [
        {"source": "oops"},
        {"participants": ["x"]},
        {"quotes": [[1]]},
        {"key_facts": "one fact"},
        {"participants": [{"name": "A", "mentions": "many"}]},
        "not a mapping",
    ],
)
def test_wrongly_shaped_front_matter_raises_type_error(data):
    with pytest.raises(TypeError):
        Briefing.from_dict(data)


_BASE = {"title": "t", "date": "2024-04-02", "lang": "fr", "source": {"path": "seeds/a.txt", "sha256": "ab"}}


def test_a_format_1_page_loads_and_its_items_have_no_participants_or_place():
    item = {"date": "2024-04-15", "precision": "day", "text": "le 15 avril", "event": "sommet", "sentence": "s"}
    briefing = Briefing.from_dict({**_BASE, "upcoming": [item]})
    assert briefing.format == 1
    assert briefing.upcoming[0].who == [] and briefing.upcoming[0].where is None


def test_a_format_2_item_keeps_who_and_where_and_round_trips():
    item = {"date": "2024-04-15", "precision": "day", "text": "le 15 avril", "event": "sommet", "sentence": "s"}
    item |= {"who": ["Antony Blinken", 7], "where": "Bruxelles"}
    briefing = Briefing.from_dict({**_BASE, "format": 2, "upcoming": [item]})
    assert briefing.upcoming[0].who == ["Antony Blinken", "7"] and briefing.upcoming[0].where == "Bruxelles"
    assert Briefing.from_dict(briefing.to_dict()) == briefing


@pytest.mark.parametrize("bad", [{"format": 99}, {"format": "two"}, {"upcoming": [{"date": "2024-04-15", "who": "A"}]}])
def test_an_unknown_format_or_a_who_that_is_no_list_is_refused(bad):
    with pytest.raises((TypeError, ValueError)):
        Briefing.from_dict({**_BASE, **bad})
