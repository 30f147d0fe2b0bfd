"""A plan's verb with its object ("le programme prévoit mardi une visite") announces the day it foresees, without a
publication date too (issue 19: upcoming without metadata); a text's rule ("la loi prévoit que", "la loi du 5 mars
2007 prévoit une amende") dates nothing to come."""

from __future__ import annotations

import datetime as dt

from generator.extract.dates import dated_events, extract_timexes


def _upcoming(text: str, published: dt.date | None) -> list[str]:
    upcoming, _ = dated_events(extract_timexes(text, published, "fr"), published)
    return [u.date for u in upcoming]


def test_a_programme_s_weekday_is_the_next_one() -> None:
    text = "Selon la préfecture, le programme de la ministre prévoit jeudi une visite du chantier."
    assert _upcoming(text, dt.date(2023, 5, 13)) == ["2023-05-18"]


def test_a_timetable_s_dated_phase_is_to_come_without_a_publication_date() -> None:
    text = "Le calendrier de la commission prévoit le dépôt des candidatures du 3 au 14 février 2025."
    assert _upcoming(text, None) == ["2025-02-03/2025-02-14"]


def test_a_law_s_provision_dates_nothing_to_come() -> None:
    assert _upcoming("Le décret du 12 avril 2016 prévoit une amende pour les contrevenants.", None) == []
    assert _upcoming("Le règlement prévoit que la séance du 3 mars 2015 a été publique.", None) == []
