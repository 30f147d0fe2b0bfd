"""Days the text names from its own day ("demain jeudi 15 mars 2018", "yesterday, Tuesday 3 March"), the words that
label the publication's day ("Rédigé le", "Publication date:"), and numeric days whose order a number above 12
decides."""

import datetime as dt

import pytest

from generator.extract.dates import extract_timexes, infer_publication_window, infer_published


@pytest.mark.parametrize(
    ("text", "lang", "stamp"),
    [
        (
            "3 février 2025\n\nVisite du préfet à Lannion\n\nLe préfet des Côtes-d'Armor se rend à Lannion, demain "
            "jeudi 9 octobre, pour y inaugurer la nouvelle caserne.",
            "fr",
            dt.date(2025, 2, 3),
        ),
        (
            "July 2, 2024\n\nMayor tours the harbour\n\nThe mayor visits the harbour today, Thursday 14 March, with "
            "the port authority.",
            "en",
            dt.date(2024, 7, 2),
        ),
    ],
)
def test_a_stamp_is_not_the_page_s_when_the_text_names_another_day_from_its_own(text, lang, stamp):
    # a site's date bar or the day the page was saved, months after the text: a day the text calls tomorrow or today
    # is not next to it
    assert infer_published(text, lang)[0] != stamp


@pytest.mark.parametrize(
    ("text", "lang", "stamp"),
    [
        (
            "8 octobre 2025\n\nVisite du préfet à Lannion\n\nLe préfet se rend à Lannion, demain jeudi 9 octobre, "
            "pour y inaugurer la nouvelle caserne.",
            "fr",
            dt.date(2025, 10, 8),
        ),
        (
            "March 14, 2024\n\nMayor tours the harbour\n\nThe mayor visits the harbour today, Thursday March 14, "
            "with the port authority.",
            "en",
            dt.date(2024, 3, 14),
        ),
    ],
)
def test_a_stamp_the_named_day_bears_out_stands(text, lang, stamp):
    assert infer_published(text, lang)[0] == stamp


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Conseil municipal\n\nLes élus sont convoqués demain vendredi 6 décembre 2019 à la mairie pour voter le "
            "budget.",
            "fr",
            dt.date(2019, 12, 5),
        ),
        (
            "Rail strike\n\nDrivers walked out yesterday, Monday 2 March 2020, and will meet the company on Friday.",
            "en",
            dt.date(2020, 3, 3),
        ),
    ],
)
def test_a_day_named_from_the_text_s_own_with_its_year_dates_the_page(text, lang, day):
    assert infer_published(text, lang)[0] == day


def test_the_day_after_tomorrow_is_not_tomorrow():
    text = "Conseil municipal\n\nLes élus sont convoqués après-demain vendredi 6 décembre 2019 à la mairie."
    assert infer_published(text, "fr")[0] != dt.date(2019, 12, 5)


def test_a_day_named_from_today_inside_a_quotation_dates_nothing():
    text = (
        "Commémoration\n\nLe maire a lu l'ordre du jour du général : « Aujourd'hui 6 juin 1944, nos troupes "
        "débarquent » devant le monument."
    )
    assert "names from its own" not in (infer_published(text, "fr")[1] or "")


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Assemblée générale\n\nRédigé le Mardi 14 Mars 2023 à 09:12 | 3 commentaires\n\nL'association tiendra "
            "son assemblée générale en avril.",
            "fr",
            dt.date(2023, 3, 14),
        ),
        (
            "Planning committee\n\nPublication date: 21/09/2017\n\nThe committee approved the application for "
            "the new library.",
            "en",
            dt.date(2017, 9, 21),
        ),
    ],
)
def test_a_publication_label_before_a_day_dates_the_page(text, lang, day):
    assert infer_published(text, lang)[0] == day


def test_a_number_above_twelve_is_a_day_whatever_the_language_s_order():
    found = {t.text: t.value for t in extract_timexes("The deadline is 27/11/2019 for all.", None, "en")}
    assert found == {"27/11/2019": "2019-11-27"}
    # both under 13: the language's order
    found = {t.text: t.value for t in extract_timexes("The filing dated 4/2/2024 is late.", None, "en")}
    assert found["4/2/2024"] == "2024-04-02"


@pytest.mark.parametrize(
    ("text", "lang", "stamp"),
    [
        (
            "Friday, April 26, 2024\n\nMarathon route changed\n\nThe city says the new route will open on 3 September "
            "2022, and runners will start from the harbour.",
            "en",
            dt.date(2024, 4, 26),
        ),
        (
            "Mercredi 3 avril 2024\n\nLe festival change de dates\n\nLe festival se tiendra le 20 mars 2023 à Arles et "
            "les inscriptions seront ouvertes en janvier.",
            "fr",
            dt.date(2024, 4, 3),
        ),
    ],
)
def test_a_stamp_after_a_day_the_text_announces_with_its_year_is_not_the_page_s(text, lang, stamp):
    # the text was written before the day it announces: a stamp a year later is the site's date bar
    inference = infer_publication_window(text, lang)
    assert inference.date != stamp
    assert not inference.fixed_year or inference.date is None or inference.date.year != stamp.year


def test_a_stamp_before_the_day_the_text_announces_stands():
    text = (
        "Mercredi 3 avril 2024\n\nLe festival change de dates\n\nLe festival se tiendra le 20 mai 2024 à Arles et les "
        "inscriptions seront ouvertes jusqu'à la fin du mois."
    )
    assert infer_publication_window(text, "fr").date == dt.date(2024, 4, 3)


def test_a_stamp_under_a_title_that_is_a_sentence_dates_the_page():
    # a page without a headline gives its first sentence as the title: the stamp under it is still in the page head
    text = (
        "Les maires du département se retrouvent aujourd'hui à Vannes pour leur congrès annuel consacré à l'eau.\n\n"
        "jeudi 14 mars 2019\n"
        "Le congrès se tiendra au palais des arts et sera ouvert par le président du conseil départemental.\n"
    )
    assert infer_publication_window(text, "fr").date == dt.date(2019, 3, 14)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Storm warning\n\nLYON, 12 mars 2021 – Le préfet a déclenché la vigilance orange pour la nuit.",
            "fr",
            dt.date(2021, 3, 12),
        ),
        (
            "Bridge reopens\n\nDenver, Colo., June 25, 2019 - The bridge will reopen to traffic on Monday.",
            "en",
            dt.date(2019, 6, 25),
        ),
        (
            "Bridge reopens\n\nJune 25, 2019 — The bridge will reopen to traffic on Monday.",
            "en",
            dt.date(2019, 6, 25),
        ),
        (  # the country in parentheses after the place, as a release writes it
            "Salon\n\nLyon (France), 14 mars 2023 – Le salon ouvrira ses portes le samedi 1er avril.",
            "fr",
            dt.date(2023, 3, 14),
        ),
        (
            "Talks\n\nNairobi (Kenya), May 3, 2019 - The ministers will meet again on Monday.",
            "en",
            dt.date(2019, 5, 3),
        ),
    ],
)
def test_a_dateline_that_a_dash_closes_dates_the_page(text, lang, day):
    # the story opens with its filing place and day and a dash, without an agency: the page reader may have left
    # the place out
    assert infer_publication_window(text, lang).date == day


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Programme\n\nMardi, 3 avril 2024 - Visite de la caserne des pompiers.", "fr"),
        ("Campagne\n\n31 mai 2021 – 20 juin 2021 : plus que quelques jours pour convaincre.", "fr"),
        ("Festival\n\nThe lineup is out.\n\nJuly 4, 2024 — Opening night with the city orchestra.", "en"),
    ],
)
def test_a_programme_day_a_range_or_a_day_below_the_lead_is_no_dateline(text, lang):
    assert "dateline" not in (infer_publication_window(text, lang).evidence or "")
