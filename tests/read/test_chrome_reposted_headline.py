"""A headline's masthead after its last dash or bar (issue 19: a reposting site keeps the source's masthead, "… –
Jeune Afrique"; a title with two dashes kept its own site's name): the masthead is no participant."""

from __future__ import annotations

import pytest

from generator.lang.organisations import outlets
from generator.read.chrome import strip_chrome, without_outlet_suffix


@pytest.mark.parametrize(
    ("title", "keys", "expected"),
    [
        ("Le ministre attendu à Dakar lundi – Le Monde", (), "Le ministre attendu à Dakar lundi"),
        ("Strike called off at the port | Reuters", (), "Strike called off at the port"),
        (
            "Mayor resigns - Council to meet on Friday - Northern Gazette",
            ("northerngazette",),
            "Mayor resigns - Council to meet on Friday",
        ),
    ],
)
def test_a_known_or_own_masthead_after_the_last_dash_goes(title: str, keys: tuple[str, ...], expected: str):
    assert without_outlet_suffix(title, keys) == expected


@pytest.mark.parametrize(
    "title", ["Le ministre attendu à Dakar - Paul Martin", "Le Monde", "Grève : le point - Marseille"]
)
def test_a_name_or_a_place_after_a_dash_stays(title: str):
    assert without_outlet_suffix(title, ()) == title


def test_the_headline_said_again_in_the_text_loses_its_masthead_and_a_credited_caption_still_goes():
    lines = [
        "Le ministre attendu à Dakar lundi – Le Monde",
        "",
        "Le ministre des Affaires étrangères se rendra lundi à Dakar pour une visite de deux jours, a-t-on appris.",
        "",
        "Des militants devant le ministère, ce dimanche. - Jeanne Roux - AFP",
    ]
    assert strip_chrome(lines) == [
        "Le ministre attendu à Dakar lundi",
        "",
        lines[2],
        "",
    ]


def test_the_outlets_list_holds_agencies_and_papers_but_not_the_platforms():
    names = outlets()
    assert {"afp", "le monde", "reuters"} <= names
    assert "facebook" not in names


def test_an_outlet_after_a_dash_in_a_programme_line_stays():
    lines = [
        "L'agenda du ministre",
        "",
        "Le ministre des Affaires étrangères se rendra lundi à Dakar pour une visite de deux jours, a-t-on appris.",
        "",
        "8h20 : invité de la matinale – France Inter",
    ]
    assert strip_chrome(lines) == lines
