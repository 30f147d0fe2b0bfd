"""The part of a week its edge names ("en début de semaine", "le milieu de semaine", "the beginning of next
week"): the days the language gives that part, not the whole week."""

from __future__ import annotations

import datetime as dt

from generator.extract.dates import extract_timexes

THURSDAY = dt.date(2025, 11, 6)


def test_the_start_of_the_week_said_on_a_thursday_is_gone_by() -> None:
    (t,) = extract_timexes("La direction a présenté son plan social en début de semaine.", THURSDAY, "fr")
    assert (t.days, t.upcoming) == ("2025-11-03/2025-11-04", False)


def test_the_middle_of_the_week_said_on_a_friday_is_gone_by() -> None:
    (t,) = extract_timexes("Depuis le milieu de semaine, les élus se préparent.", dt.date(2025, 11, 7), "fr")
    assert (t.days, t.upcoming) == ("2025-11-05/2025-11-06", False)


def test_the_end_of_the_week_said_on_a_monday_is_ahead() -> None:
    (t,) = extract_timexes("Les ministres viendront en fin de semaine à Lyon.", dt.date(2025, 11, 3), "fr")
    assert (t.days, t.upcoming) == ("2025-11-06/2025-11-09", True)


def test_the_beginning_of_next_week_is_next_weeks_monday_and_tuesday() -> None:
    (t,) = extract_timexes("The talks resume at the beginning of next week.", THURSDAY, "en")
    assert (t.value, t.days, t.upcoming) == ("2025-W46", "2025-11-10/2025-11-11", True)


def test_a_deadline_at_the_end_of_the_week_keeps_the_days_up_to_it() -> None:
    found_ = extract_timexes("Le rapport doit être rendu d'ici la fin de la semaine.", dt.date(2025, 11, 4), "fr")
    assert [t.days for t in found_ if t.days] == ["2025-11-05/2025-11-09"]
