"""A train network named by its acronym, or one of its lines by the acronym and a letter (issue 19, places on real
pages): "le RER C", "les RER" are trains, not a place the model reads where they run; the stations and the towns
around them still are. Sentences written for the test, about lines of no benchmark page."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text",
    [
        "Titre\n\nLe trafic sera perturbé sur le RER C et le RER D jeudi, prévient la RATP.",
        "Titre\n\nLes usagers du RER E devront patienter lundi matin.",
        "Titre\n\nJeudi, la SNCF prévoit un trafic normal dans les RER et les TER de la région.",
        "Titre\n\nLa grève touchera aussi les RER C et D en banlieue sud.",
    ],
)
def test_a_train_line_is_no_place(text: str):
    _, _, places = run(text, "fr")
    assert not [p for p in places if p.startswith("RER")]


def test_the_town_a_line_serves_is_still_a_place():
    _, _, places = run("Titre\n\nLe RER B sera coupé entre Paris et Massy jeudi, a prévenu la RATP.", "fr")
    assert {"Paris", "Massy"} <= set(places)
