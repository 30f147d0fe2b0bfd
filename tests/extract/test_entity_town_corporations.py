"""A town's corporation, capitalised with "of" and its town as AP style writes it ("the City of Dayton said", "donated
to the Town of Hempstead"), is an organisation; "the city of Dayton" in lower case is the town (issue 19,
organisations on pages never seen: "the City of Euclid" and "the City of Fayetteville" taken for places on two pages
of two sites). Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, body",
    [
        ("The City of Dayton said the road will reopen on Monday.", "City of Dayton"),
        ("At the same time, the developer donated to the City of Springfield a strip of land.", "City of Springfield"),
        ("The award went to the City of Tulsa at their annual conference.", "City of Tulsa"),
    ],
)
def test_a_capitalised_city_of_a_town_is_its_corporation(text: str, body: str):
    _, orgs, places = run("Title\n\n" + text)
    assert body in orgs and body not in places


def test_the_city_of_a_town_in_lower_case_is_the_town():
    _, orgs, places = run("Title\n\nHe moved to the city of Dayton in 2001 to teach.")
    assert not orgs and "Dayton" in places


@pytest.mark.parametrize(
    "text, lang, body, alone",
    [
        (
            "The City of Dayton bought the land. When the City buys property, an appraisal is required.",
            "en",
            "City of Dayton",
            "City",
        ),
        (
            "La Ville de Lyon a annoncé trois pistes. Selon la Ville, les travaux dureront un an.",
            "fr",
            "Ville de Lyon",
            "Ville",
        ),
    ],
)
def test_the_body_s_capitalised_noun_alone_is_the_body_the_text_names_in_full(
    text: str, lang: str, body: str, alone: str
):
    _, orgs, _ = run("Title\n\n" + text, lang)
    assert body in orgs and alone not in orgs
