"""Bare day numbers that go on with a list of dates (timex/daylist.py), and the event such a list takes."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.dates import dated_events, extract_timexes

PUBLISHED = dt.date(2023, 2, 20)


def _upcoming(text: str, lang: str) -> list[tuple[str, str]]:
    up, _ = dated_events(extract_timexes(text, PUBLISHED, lang), PUBLISHED)
    return [(u.date, u.event) for u in up]


@pytest.mark.parametrize(
    ("text", "lang", "dates"),
    [
        (
            "Les contrôleurs aériens débraieront les 6 et 7 mars, 11 et 12 puis 20 et 21.",
            "fr",
            ["2023-03-06/2023-03-07", "2023-03-11/2023-03-12", "2023-03-20/2023-03-21"],
        ),
        (
            "The nurses will walk out on March 6, 9 and 14.",
            "en",
            ["2023-03-06", "2023-03-09", "2023-03-14"],
        ),
        (
            "En mars, les écoles resteront ouvertes. Les jours de fermeture prévus sont : les 8 et 9, les 22 et 23.",
            "fr",
            # the month frames the days listed after it: no row of its own (dates.py, _month_of_its_days)
            ["2023-03-08/2023-03-09", "2023-03-22/2023-03-23"],
        ),
    ],
)
def test_bare_days_continue_the_month_named(text: str, lang: str, dates: list[str]) -> None:
    assert [d for d, _ in _upcoming(text, lang)] == dates


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("En mars, les 3 et 4 enfants de la famille sont arrivés.", "fr"),  # numbers of things, not days
        ("On March 6, 25 people were hurt and 30 were evacuated.", "en"),
        ("Le 28 mars, puis 2, 3 fois par semaine.", "fr"),  # not rising: no day of that month
        ("Rendez-vous le mardi 28 mars 2023, 10:15.", "fr"),  # an hour
    ],
)
def test_numbers_that_are_no_days(text: str, lang: str) -> None:
    assert len(_upcoming(text, lang)) <= 1


def test_a_list_that_names_no_event_takes_the_one_named_before() -> None:
    text = (
        "En avril, il faudra aussi compter avec une grève des éboueurs. Les dates à retenir sont : 3 et 4, 10 et 11.\n"
    )
    events = dict(_upcoming(text, "fr"))
    assert "grève des éboueurs" in events["2023-04-03/2023-04-04"]
    assert "grève des éboueurs" in events["2023-04-10/2023-04-11"]


@pytest.mark.parametrize(
    ("text", "lang", "day", "event"),
    [
        (
            "Les contrôleurs débraieront les 6 et 7 mars, 11 et 12 puis 20 et 21. Au total, six jours de grève.",
            "fr",
            "2023-03-11/2023-03-12",
            "six jours de grève",
        ),
        (
            "The nurses will walk out on March 6, 9 and 14. In all, three days of strikes.",
            "en",
            "2023-03-09",
            "three days of strikes",
        ),
    ],
)
def test_a_list_that_names_no_event_takes_what_the_sentence_after_it_sums_it_up_as(
    text: str, lang: str, day: str, event: str
) -> None:
    assert dict(_upcoming(text, lang))[day] == event


def test_a_sentence_followed_on_its_line_heads_no_programme() -> None:
    text = "Suivront les 8 et 9 mars. Soit quatre jours de grève en tout.\nLa direction appelle au calme."
    events = dict(_upcoming(text, "fr"))
    assert "quatre jours" not in events["2023-03-08/2023-03-09"]


def test_a_date_said_again_with_its_event_named_is_one_row_that_names_it() -> None:
    text = (
        "Les 9 et 16 avril, les habitants retournent aux urnes.\n\n"
        "Les habitants retournent aux urnes les 9 et 16 avril (sauf les électeurs des îles) pour les élections "
        "cantonales."
    )
    rows = _upcoming(text, "fr")
    assert [d for d, _ in rows] == ["2023-04-09", "2023-04-16"]
    assert all("élections cantonales" in event for _, event in rows)
