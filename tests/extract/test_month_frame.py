"""A month said as the frame of the days given after it is no row of its own; its middle is a point in it, a row."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.dates import dated_events, extract_timexes

PUBLISHED = dt.date(2023, 1, 20)


def _dates(text: str, lang: str) -> list[str]:
    up, _ = dated_events(extract_timexes(text, PUBLISHED, lang), PUBLISHED)
    return [u.date for u in up]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Les experts seront entendus d'abord. À la mi-mars, les prévenus seront interrogés.\n\n"
            "Du lundi 13 février au jeudi 9 mars, les témoins viendront à la barre.",
            "fr",
        ),
        (
            "The defendants will be questioned in mid-March. From February 13 until March 9, the victims will testify.",
            "en",
        ),
    ],
)
def test_the_middle_of_a_month_is_no_frame_of_the_days_after_it(text: str, lang: str) -> None:
    assert "2023-03" in _dates(text, lang)


def test_a_month_said_before_its_days_still_frames_them() -> None:
    assert "2023-03" not in _dates("En mars, la grève commencera le 3 mars. Suivront les 8 et 9 mars.", "fr")
