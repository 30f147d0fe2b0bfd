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
