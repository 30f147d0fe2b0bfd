"""Dates told in the past are not read as to come (issue 19: agenda rows that should not be one)."""

import datetime as dt

import pytest

from generator.extract.dates import extract_timexes

JUNE = dt.date(2024, 6, 1)  # a Saturday


def _read(text: str, lang: str) -> list[tuple[str, bool]]:
    return [(t.value, t.upcoming) for t in extract_timexes(text, JUNE, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the imperfect of a verb in "-rer" is no conditional ("assurait" is not "assurerait")
        ("En mars, le ministre assurait que la réforme était prête.", [("2024-03", False)]),
        ("Début avril, les syndicats déclaraient encore leur opposition au texte.", [("2024-04", False)]),
        ("En février, la préfecture ignorait tout du projet.", [("2024-02", False)]),
    ],
)
def test_an_imperfect_in_rait_is_past(text, expected):
    assert _read(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ...while the conditional still points ahead: "déclarerait", "aurait lieu", "pourrait"
        ("Le ministre déclarerait la fin de la grève en juillet.", [("2024-07", True)]),
        ("Le sommet aurait lieu en septembre.", [("2024-09", True)]),
    ],
)
def test_a_conditional_still_points_ahead(text, expected):
    assert _read(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a date that opens its sentence frames the clause after its comma, and an aside in brackets ends no clause
        (
            "Mardi, quarante candidats au concours (dont douze suppléants venus de Lyon) ont été reçus.",
            "fr",
            [("2024-05-28", False)],
        ),
        (
            "Lundi, les élus de la commune (et ceux des communes voisines) ont voté la motion.",
            "fr",
            [("2024-05-27", False)],
        ),
        (
            "On Monday, the members of the board (all nine of them, with the chair) approved the merger.",
            "en",
            [("2024-05-27", False)],
        ),
    ],
)
def test_an_opening_date_takes_the_verb_after_its_comma(text, lang, expected):
    assert _read(text, lang) == expected
