"""A day the text names as one of its own week with its weekday and year ("entame ce jeudi 1er août 2019", "arrives
this Thursday, August 1, 2019") dates a page with no stamp: its year is fixed, and news names its own day so (issue 19:
two dev pages of two sites, reposts and wire copies without a stamp, left undated)."""

import datetime as dt

import pytest

from generator.extract.dates import infer_publication_window


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "La ministre de la Santé entame ce mardi 14 mai 2024 une tournée de trois jours dans les hôpitaux de la "
            "région. Elle sera reçue par le maire de Brest avant de visiter le centre de rééducation.",
            "fr",
            dt.date(2024, 5, 14),
        ),
        (
            "The governor opens the new bridge over the river this Friday, June 7, 2024, after two years of works. "
            "Traffic will resume the next morning.",
            "en",
            dt.date(2024, 6, 7),
        ),
    ],
)
def test_a_day_of_the_text_s_own_week_with_its_year_dates_the_page(text, lang, day):
    inference = infer_publication_window(text, lang)
    assert inference.date == day
    assert inference.fixed_year
    assert inference.earliest == day - dt.timedelta(days=6)  # the week before: "ce jeudi" alone stays unsettled


@pytest.mark.parametrize(
    "text",
    [
        # the weekday is not that day's (14 May 2024 is a Tuesday): a misread or a typo dates nothing
        "La ministre de la Santé entame ce jeudi 14 mai 2024 une tournée de trois jours dans les hôpitaux.",
        # no "ce": a day told with its weekday may be any day, weeks away
        "La ministre de la Santé entamera mardi 14 mai 2024 une tournée de trois jours dans les hôpitaux.",
        # two days of the week that lie weeks apart are not one week's
        "La ministre entame ce mardi 14 mai 2024 une tournée qui s'achève ce vendredi 7 juin 2024 à Brest.",
    ],
)
def test_no_day_of_the_week_without_its_weekday_its_this_or_one_week(text):
    assert infer_publication_window(text, "fr").date != dt.date(2024, 5, 14)
