"""A royal's, a diplomat's or a prelate's style, as a protocol writes it ("Leurs Majestés", "Leurs Altesses Royales",
"Sa Sainteté", "Their Royal Highnesses"), is no name (issue 19: a style taken as a place after a comma, as a body
elsewhere). Sentences written for the test, about visits of no benchmark page."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, style",
    [
        ("Titre\n\nÀ l'invitation du prince de Monaco, Leurs Majestés le roi Carl et la reine Silvia viendront.", "fr",
         "Leurs Majestés"),
        ("Titre\n\nLeurs Altesses Royales le prince et la princesse accueilleront la délégation à Vaduz.", "fr",
         "Leurs Altesses Royales"),
        ("Titre\n\nLa délégation visitera Assise, puis Sa Sainteté le pape recevra les pèlerins.", "fr", "Sa Sainteté"),
        ("Title\n\nAfter the service in Leeds, Their Royal Highnesses will travel to York.", "en",
         "Their Royal Highnesses"),
    ],
)  # fmt: skip
def test_a_style_is_no_place_and_no_body(text: str, lang: str, style: str):
    people, orgs, places = run(text, lang)
    named = set(people) | set(orgs) | set(places)
    assert not any(word in name.split() for name in named for word in style.split())


def test_the_name_after_a_style_stays_a_person():
    people, _, _ = run("Titre\n\nSa Majesté le roi Abdallah II a reçu Son Excellence Denis Sassou Nguesso.", "fr")
    assert {"Abdallah II", "Denis Sassou Nguesso"} <= set(people)
