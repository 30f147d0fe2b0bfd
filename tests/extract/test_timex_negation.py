"""A day to come that a negated verb governs is no agenda row; a bound, a restriction or a litote keeps it."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.dates import dated_events, extract_timexes

TUESDAY = dt.date(2024, 4, 2)


def upcoming(text: str, lang: str) -> list[str]:
    rows, _ = dated_events(extract_timexes(text, TUESDAY, lang), TUESDAY)
    return [u.date for u in rows]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Il n'y aura pas de conseil municipal le 18 avril. La séance se tiendra le 25 avril.", "fr", ["2024-04-25"]),
        ("Le marché de Noël ne se tiendra pas le 14 décembre cette année.", "fr", []),
        ("La deuxième manche ne commencera pas samedi 6 avril mais le lendemain.", "fr", ["2024-04-07"]),
        ("Pas de collecte des déchets le lundi 22 avril, a indiqué la mairie.", "fr", []),
        ("The committee will not meet on Thursday, April 11, the clerk said.", "en", []),
        ("There will be no parade on May 1 this year.", "en", []),
        ("The second leg won't start on Saturday, April 6, but on Sunday, April 7.", "en", ["2024-04-07"]),
    ],
)
def test_a_day_to_come_under_a_negated_verb_is_no_row(text: str, lang: str, expected: list[str]) -> None:
    assert upcoming(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Les travaux ne reprendront pas avant le 15 avril.", "fr"),  # a bound: from that day on
        ("Le jury ne rendra son verdict que le 15 avril.", "fr"),  # a restriction: that day only
        ("La ligne ne sera plus desservie à partir du 15 avril.", "fr"),  # the day of the change
        ("La ministre ne manquera pas de rencontrer les élus le 15 avril.", "fr"),  # a litote
        ("Ne manquez pas la fête du quartier du 15 avril.", "fr"),  # an imperative
        ("The bridge will not reopen until April 15.", "en"),
        ("The unions will not hesitate to strike on April 15.", "en"),
        ("Do not miss the open day on April 15.", "en"),
    ],
)
def test_a_bound_a_restriction_or_a_litote_keeps_the_day(text: str, lang: str) -> None:
    assert upcoming(text, lang) == ["2024-04-15"]


def test_a_negated_day_done_stays_in_the_timeline() -> None:
    _, timeline = dated_events(extract_timexes("Le ministre n'a pas assisté au sommet du 28 mars.", TUESDAY, "fr"))
    assert [t.date for t in timeline] == ["2024-03-28"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Initialement, la finale était prévue le 21 avril. Elle aura lieu le 28 avril.", "fr"),
        ("The final will be played on April 28. Originally it was scheduled for April 21.", "en"),
    ],
)
def test_a_first_plan_told_with_its_adverb_fronted_is_given_up(text: str, lang: str) -> None:
    assert upcoming(text, lang) == ["2024-04-28"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("La préfecture a annulé le salon prévu le 20 avril.", "fr"),
        ("Le tournoi programmé le 20 avril n'aura finalement pas lieu.", "fr"),
        ("Le festival prévu du 20 au 22 avril ne se tiendra pas.", "fr"),
        ("The council cancelled the hearing scheduled for April 20.", "en"),
        ("The parade planned for April 20 will not go ahead.", "en"),
        ("The fair planned for April 20 to April 22 will not take place.", "en"),
    ],
)
def test_a_cancelled_event_or_one_that_will_not_take_place_is_no_row(text: str, lang: str) -> None:
    assert upcoming(text, lang) == []


@pytest.mark.parametrize(
    "text, lang",
    [
        ("La mairie menace d'annuler le salon prévu le 20 avril.", "fr"),  # a threat: nothing cancelled yet
        ("Le tournoi programmé le 20 avril aura bien lieu.", "fr"),
        ("The council could cancel the hearing scheduled for April 20.", "en"),
        ("The parade planned for April 20 will go ahead.", "en"),
    ],
)
def test_a_threat_or_a_confirmation_keeps_the_day(text: str, lang: str) -> None:
    assert upcoming(text, lang) == ["2024-04-20"]
