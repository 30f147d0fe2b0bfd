"""A kind of error the twenty-fifth and twenty-sixth batches of bench/real showed again (issue 19): clubs named after
their towns ("Hull City", "Southampton", "Fylde"), or by a club's mark ("Greenville Triumph SC"), typed places or
missed. Contexts a town's name stands in for its club: a later name of a list after an opponent's word, a match's
verb ("beat", "face", "battu", "affrontera"), a plural verb after a bare town's name
(English agrees a team with its players), a club's mark in capitals; and the league's name, "Premier League",
whose first word is no title to drop. Tested on sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, teams",
    [
        # every name of a list after the opponent's word, not only the first
        (
            "Title\n\nThe next games are against Norwich City, Exeter City and Southampton in the league.",
            "en",
            {"Norwich City", "Exeter City", "Southampton"},
        ),
        (
            "Titre\n\nLe club jouera ses prochains matchs contre Varenne, Dunmore et Port Ellery.",
            "fr",
            {"Varenne", "Dunmore", "Port Ellery"},
        ),
        # a match's verb
        ("Title\n\nThe hosts beat Kendal Town in Saturday's match.", "en", {"Kendal Town"}),
        ("Titre\n\nLe promu a battu Dunmore lors du match aller.", "fr", {"Dunmore"}),
        # a club's mark
        ("Title\n\nThe side will open the season on the road against Kelso Triumph SC.", "en", {"Kelso Triumph SC"}),
        ("Title\n\nAFC Kendal confirmed the signing on Monday.", "en", {"AFC Kendal"}),
    ],
)
def test_a_town_in_a_match_s_context_is_its_club(text: str, lang: str, teams: set[str]):
    people, orgs, places = run(text, lang)
    assert teams <= set(orgs)
    assert not teams & (set(people) | set(places))


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nDarlington have won their last five games at home.",
        "Title\n\nThe pitch was frozen when Darlington were due to play on Saturday.",
    ],
)
def test_a_town_with_a_plural_verb_is_its_club(text: str):
    people, orgs, places = run(text, "en")
    assert "Darlington" in orgs and "Darlington" not in places


@pytest.mark.parametrize(
    "text, lang, place",
    [
        # a list of towns with a plural verb, a plural place's name
        ("Title\n\nLeeds and Darlington have signed the agreement on buses.", "en", "Darlington"),
        ("Title\n\nThe Netherlands are a founding member of the union.", "en", "Netherlands"),
        # a subject of two, the town a person's name
        ("Title\n\nLast spring, Jane and little Darlington were found safe.", "en", "Darlington"),
        # a match's verb outside a match
        ("Titre\n\nLe président a battu Marseille lors de la primaire.", "fr", "Marseille"),
        # a match's verb in an election's victory, whose nouns a match report shares
        ("Title\n\nThe senator beat Clinton in a stunning victory on Tuesday night.", "en", "Clinton"),
        ("Titre\n\nLe maire sortant a battu Dunmore, une victoire nette au second tour.", "fr", "Dunmore"),
        # two countries "between" which a meeting is held
        (
            "Titre\n\nCes rencontres renforceront les relations entre le Sénégal et le Burkina Faso.",
            "fr",
            "Burkina Faso",
        ),
        # a comma after the opponent's name that opens no list
        ("Title\n\nAfter the match against Kelso, Darlington announced new bus routes.", "en", "Darlington"),
    ],
)
def test_no_club_outside_a_match_s_context(text: str, lang: str, place: str):
    _, orgs, places = run(text, lang)
    assert place not in orgs


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Title\n\nThe defender won two Premier League titles with the club.", "en"),
        ("Titre\n\nLe club est sixième de Premier League avant la trêve.", "fr"),
    ],
)
def test_a_common_capitalised_word_before_a_body_s_word_opens_its_name(text: str, lang: str):
    """ "Premier League": "Premier" opens the body's name, no title to drop before "League"."""
    _, orgs, _ = run(text, lang)
    assert "Premier League" in orgs


def test_a_weekday_before_a_body_s_word_stays_apart():
    _, orgs, _ = run("Title\n\nOn Tuesday Council approved the budget for the county.", "en")
    assert "Tuesday Council" not in orgs
