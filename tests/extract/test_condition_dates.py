"""A date said inside a condition that opens its clause is supposed, not announced: no row of the agenda. A date
after the condition's comma, and a French "si" with a future verb (a concession), keep their row."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.dates import dated_events, extract_timexes

WEDNESDAY = dt.date(2025, 6, 4)


def _upcoming(text: str, lang: str) -> set[str]:
    upcoming, _ = dated_events(extract_timexes(text, WEDNESDAY, lang))
    return {item.text for item in upcoming}


@pytest.mark.parametrize(
    "text, lang, date",
    [
        ("If the mayor wins the vote in October, the bridge will be rebuilt.", "en", "October"),
        ("Unless the board agrees on Monday, the plant will close.", "en", "Monday"),
        ("Si le maire remporte le vote en octobre, le pont sera reconstruit.", "fr", "en octobre"),
        (
            "Les remboursements habituels sont proposés : si vous avez un billet acheté avant le 20 juin, "
            "vous pouvez l'échanger.",
            "fr",
            "le 20 juin",
        ),
    ],
)
def test_a_date_inside_an_opening_condition_is_no_date_to_come(text: str, lang: str, date: str) -> None:
    found = {t.text for t in extract_timexes(text, WEDNESDAY, lang)}
    assert any(date in f or f in date for f in found)  # the date is read...
    assert not any(date in u or u in date for u in _upcoming(text, lang))  # ...and kept out of the agenda


@pytest.mark.parametrize(
    "text, lang, date",
    [
        ("If the weather holds, the parade will take place on Saturday.", "en", "Saturday"),
        ("Si la météo le permet, le défilé aura lieu samedi.", "fr", "samedi"),
        ("Si les salles seront prêtes le 14 juin, rien ne dit que le procès pourra s'ouvrir.", "fr", "le 14 juin"),
        ("The council will vote in October if the mayor agrees.", "en", "October"),
    ],
)
def test_a_date_outside_a_condition_keeps_its_row(text: str, lang: str, date: str) -> None:
    assert any(date in u or u in date for u in _upcoming(text, lang))


@pytest.mark.parametrize(
    "text, lang, date",
    [
        ("Si la directrice n'avait pas eu un accident mardi, le procès aurait repris hier.", "fr", "mardi"),
        ("If the director had not fallen ill on Tuesday, the trial would have resumed yesterday.", "en", "Tuesday"),
    ],
)
def test_a_counterfactual_condition_keeps_the_fact_it_denies(text: str, lang: str, date: str) -> None:
    _, timeline = dated_events(extract_timexes(text, WEDNESDAY, lang))
    assert any(date in t.text for t in timeline)
