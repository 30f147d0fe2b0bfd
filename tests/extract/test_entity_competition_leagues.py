"""Competitions typed as organisations (issue 19, census of the organisations the dev split counted wrong): a league
named by who plays in it ("la Ligue des champions", "the Nations League", "the Indian Super League") is a
competition, an event, wherever its words stand in a longer name and whatever their case; a league named by its
rank ("Ligue 1", "Premier League") or by its members ("League of Nations") stays a body. Each a shape of language,
tested on sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, competition",
    [
        ("Titre\n\nMonaco recevra Benfica mardi en huitième de finale de la Ligue des champions.", "fr", "Ligue des"),
        ("Titre\n\nLes Bleus disputeront la Ligue des Nations en octobre contre la Croatie.", "fr", "Ligue des"),
        ("Titre\n\nLe FC Barcelone remporte la Ligue des champions féminine pour la deuxième fois.", "fr", "Ligue"),
        ("Title\n\nThe Indian Super League resumes in October with twelve clubs.", "en", "Super League"),
        ("Title\n\nRoma meet Feyenoord in the UEFA Europa League final in Budapest.", "en", "Europa League"),
        ("Title\n\nScotland were drawn with Norway in the Nations League on Thursday.", "en", "Nations League"),
        ("Title\n\nHe won three League Cups with Liverpool before moving abroad.", "en", "League Cups"),
    ],
)
def test_a_league_named_by_who_plays_in_it_is_no_organisation(text: str, lang: str, competition: str):
    _, orgs, _ = run(text, lang)
    assert not any(competition in name for name in orgs)


@pytest.mark.parametrize(
    "text, lang, body",
    [
        ("Titre\n\nLa Ligue des droits de l'homme a saisi le tribunal.", "fr", "Ligue des droits de l'homme"),
        ("Title\n\nThe League of Nations met in Geneva for the first time in 1920.", "en", "League of Nations"),
        ("Title\n\nThe Premier League fined the club two million pounds on Monday.", "en", "Premier League"),
    ],
)
def test_a_league_named_by_its_members_or_its_rank_stays_a_body(text: str, lang: str, body: str):
    _, orgs, _ = run(text, lang)
    assert body in orgs
