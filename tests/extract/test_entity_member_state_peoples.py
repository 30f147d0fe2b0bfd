"""The peoples of every member state are nationalities (issue 19, organisations on real pages: "the Belarusian foreign
ministry" and "le Fonds de développement koweïtien" were lost on two dev pages of two sites, the English table
lacking seventy peoples and the French twenty-five that the site's demonyms table names). And a people's adjective
alone after a capitalised "The" inside a sentence is a newspaper's title, no nationality before a name. Sentences
written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, body",
    [
        (
            "A statement from the Moldovan foreign ministry said the talks would resume.",
            "en",
            "Moldovan foreign ministry",
        ),
        ("The Ghanaian government said on Monday it would appeal the ruling.", "en", "Ghanaian government"),
        ("Le gouvernement jamaïcain a démenti lundi ces informations.", "fr", "gouvernement jamaïcain"),
    ],
)
def test_a_member_state_s_body_by_its_people_s_adjective(text: str, lang: str, body: str):
    people, orgs, places = run(("Title" if lang == "en" else "Titre") + "\n\n" + text, lang)
    assert body in orgs


def test_a_member_state_s_adjective_before_a_title_is_no_name():
    people, orgs, places = run("Title\n\nZambian President Hakainde Hichilema arrived in Lusaka on Monday.")
    assert "Hakainde Hichilema" in people and not [o for o in orgs if "Zambian" in o]
    assert "Zambian" in (people["Hakainde Hichilema"].role or "")


def test_the_and_a_people_s_adjective_inside_a_sentence_is_a_newspaper():
    people, orgs, places = run("Title\n\nThe minister told The Australian on Monday that the deal was off.")
    assert "The Australian" in orgs
