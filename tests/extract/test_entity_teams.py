"""A kind of error the thirteenth batch of bench/real showed (issue 19): in a match report, clubs named like their
town ("Leicester", "Chelsea") were typed people or places. A name next to a score, a standing in points or an
opponent's word in a sentence about a match is a team, an organisation, and so is every other mention of it. Tested
on sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, team",
    [
        # a score right after the name
        ("Titre\n\nLe club avait battu plus tôt Port Ellery 3-0 à domicile.", "fr", "Port Ellery"),
        ("Title\n\nOn Saturday the hosts beat Kelso Rovers 2-1 in the rain.", "en", "Kelso Rovers"),
        # a standing in points
        ("Titre\n\nLe promu reste à 4 points de Dunmore, qui a perdu samedi.", "fr", "Dunmore"),
        ("Titre\n\nIl reste un point derrière Dunmore (27 pts) après ce nul.", "fr", "Dunmore"),
        # an opponent in a sentence about a match
        ("Titre\n\nLe succès contre Varenne est le premier depuis novembre.", "fr", "Varenne"),
        ("Title\n\nThe defender will miss the match against Kelso at the national stadium.", "en", "Kelso"),
        ("Title\n\nHe was pictured at Sunday's derby against Hollins.", "en", "Hollins"),
    ],
)
def test_a_name_a_match_sets_against_another_is_a_team(text: str, lang: str, team: str):
    people, orgs, places = run(text, lang)
    assert team in orgs and team not in people and team not in places


def test_every_mention_of_a_team_is_the_team():
    text = (
        "Titre\n\nChelmont a dominé la rencontre. Le succès contre Varenne (2-0) rassure. "
        "Varenne reste à 6 points de Chelmont."
    )
    people, orgs, places = run(text, "fr")
    assert {"Varenne", "Chelmont"} <= set(orgs)
    assert not {"Varenne", "Chelmont"} & (set(people) | set(places))


@pytest.mark.parametrize(
    "text, lang, not_team",
    [
        # "contre" and "against" outside a match name no team
        ("Titre\n\nLa manifestation contre Jean Varenne a réuni mille personnes.", "fr", "Jean Varenne"),
        ("Title\n\nThe lawsuit against Kelso Rovers Ltd was dropped in 2019-2020.", "en", "Kelso"),
        # days after a month are no score
        ("Title\n\nThe championships will take place July 15-24 in Kelso.", "en", "place July"),
    ],
)
def test_no_team_without_a_match(text: str, lang: str, not_team: str):
    _, orgs, _ = run(text, lang)
    assert not_team not in orgs


@pytest.mark.parametrize(
    "text, lang, teams",
    [
        # a programme's fixtures: two names either side of a dash, each with its rank in brackets
        (
            "Titre\n\nLe programme de la journée.\n\nSamedi :\n\nVarenne (3e) - Chelmont (1er)\n\n"
            "Port Ellery (12e) - Dunmore (8e)\n",
            "fr",
            {"Varenne", "Chelmont", "Port Ellery", "Dunmore"},
        ),
        (
            "Title\n\nThis weekend's fixtures.\n\nSaturday:\n\nKelso (4th) – Hollins (21st)\n",
            "en",
            {"Kelso", "Hollins"},
        ),
    ],
)
def test_a_fixture_line_names_two_teams(text: str, lang: str, teams: set[str]):
    people, orgs, places = run(text, lang)
    assert teams <= set(orgs)
    assert not teams & (set(people) | set(places))


def test_a_town_of_a_fixture_is_its_team_in_the_text():
    text = (
        "Titre\n\nLe déplacement de Varenne à Chelmont sera le choc de la soirée.\n\n"
        "Programme :\n\nChelmont (2e) - Varenne (5e)\n"
    )
    people, orgs, places = run(text, "fr")
    assert {"Varenne", "Chelmont"} <= set(orgs)
    assert not {"Varenne", "Chelmont"} & set(places)


@pytest.mark.parametrize(
    "text, lang",
    [
        # a route or a pair of towns has no ranks; departments' numbers are none
        ("Titre\n\nLes travaux fermeront la ligne.\n\nParis - Lyon\n\nLa reprise est prévue en mai.", "fr"),
        ("Titre\n\nLe tracé retenu :\n\nMarseille (13) - Nice (06)\n\nLe chantier commence en mai.", "fr"),
    ],
)
def test_no_fixture_without_ranks(text: str, lang: str):
    _, orgs, _ = run(text, lang)
    assert not {"Paris", "Lyon", "Marseille", "Nice"} & set(orgs)


@pytest.mark.parametrize(
    "text, lang, teams",
    [
        # a score written apart, each side's goals after its name (census of the plc35 session: towns standing for
        # clubs on five sites' match reports)
        (
            "Titre\n\nLe résumé de la soirée.\n\nVannes 1 - Brest 0\n\nVannes a tenu tête au leader.",
            "fr",
            {"Vannes", "Brest"},
        ),
        ("Title\n\nAt the break it was Swindon 2 - Exeter 1 and the crowd roared.", "en", {"Swindon", "Exeter"}),
        # a town's name that opens with a given name, next to a score
        ("Title\n\nThe hosts beat Crystal Palace 2-1 on Sunday.", "en", {"Crystal Palace"}),
    ],
)
def test_a_town_next_to_a_score_is_a_team(text: str, lang: str, teams: set[str]):
    people, orgs, places = run(text, lang)
    assert teams <= set(orgs)
    assert not teams & (set(people) | set(places))


@pytest.mark.parametrize(
    "text, lang, place",
    [
        # a range of days, a road's number and a distance are no score
        ("Title\n\nThe festival runs from July 1 - August 3 in Exeter.", "en", "Exeter"),
        ("Titre\n\nSuivre la départementale 12 - Brest 4 km.", "fr", "Brest"),
    ],
)
def test_numbers_around_a_dash_without_two_sides_are_no_score(text: str, lang: str, place: str):
    _, orgs, places = run(text, lang)
    assert place in places and place not in orgs


@pytest.mark.parametrize(
    "text, lang, country",
    [
        ("Titre\n\nLes Bleuets disputeront un match amical contre la Norvège le 14 juin à Oslo.", "fr", "Norvège"),
        ("Titre\n\nAprès sa victoire face au Portugal (2-1), la sélection prépare la Coupe.", "fr", "Portugal"),
        ("Title\n\nThe squad will play a friendly match against Peru at the national stadium.", "en", "Peru"),
    ],
)
def test_a_country_a_match_sets_against_a_team_stays_a_place(text: str, lang: str, country: str):
    """A country standing for its national team is kept as the place written (bench/real/README.md conventions,
    the Cameroon Tribune and Sport News Africa pages): its team has a name of its own."""
    _, orgs, places = run(text, lang)
    assert country in places and country not in orgs


@pytest.mark.parametrize(
    "text, nickname",
    [
        ("Titre\n\nMardi, les Fennecs du Sahel affronteront la Guinée en match amical à Oran.", "Fennecs du Sahel"),
        ("Titre\n\nAprès un stage à Rabat, les Panthères joueront face au Gabon le 12 juin.", "Panthères"),
        ("Titre\n\nLes Étalons de Ouaga retrouvent le Ghana, qu'ils avaient battu en finale.", "Étalons de Ouaga"),
    ],
)
def test_a_national_side_s_nickname_in_a_match_sentence_is_a_team(text: str, nickname: str):
    """A plural nickname after its article, in a sentence about a match or against a country, is the side (Sport News
    Africa's 'les Aigles de Carthage', Walfoot's 'les Diables'), and the place it is named after is no place of the
    story."""
    people, orgs, places = run(text, "fr")
    assert nickname in orgs and nickname not in people
    assert not any(p in nickname for p in places)


@pytest.mark.parametrize(
    "text, group",
    [
        ("Titre\n\nSamedi, les Gilets jaunes défileront contre la réforme à Paris.", "Gilets"),
        ("Titre\n\nLes Pays-Bas affronteront le Japon samedi en match amical.", "Pays-Bas"),
    ],
)
def test_no_nickname_outside_a_match_or_for_a_place(text: str, group: str):
    _, orgs, _ = run(text, "fr")
    assert not any(group in name for name in orgs)
