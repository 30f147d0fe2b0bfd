"""Evidence that made a confident wrong publication date on variants of real pages (a page cut short, saved
without its address, without its head): without metadata, an unknown date is allowed, a wrong one never."""

import datetime as dt

from generator.extract.dates import infer_publication_window, infer_published


def test_the_day_before_an_update_on_its_line_is_the_publication():
    text = (
        "Colmar gagne une arrivée\n\n"
        "Les délégations ont pleinement vécu la présentation officielle, hier à Paris.\n"
        "G.L. - 26 oct. 2018 à 05:00 | mis à jour le 17 mai 2019 à 10:40 - Temps de lecture :\n\n"
        "La mairie de Colmar n’avait validé sa candidature que fin août."
    )
    assert infer_published(text, "fr")[0] == dt.date(2018, 10, 26)


def test_an_update_line_alone_still_dates_the_page():
    text = "Colmar\n\nMis à jour le 17 mai 2019 à 10:40\n\nLa mairie de Colmar a validé sa candidature mardi."
    assert infer_published(text, "fr")[0] == dt.date(2019, 5, 17)


def test_the_year_of_a_plan_told_in_the_past_is_no_bound_from_below():
    # "review the spending plan for 2025" (a page of September 2024) read as "after 2025"
    text = (
        "Council session\n\nThe Finance Committee has held several meetings to review the spending plan for 2025.\n\n"
        "Any public hearing on the budget would be held in October, when a final vote is taken."
    )
    window = infer_publication_window(text, "en")
    assert window.date is None or window.date.year != 2025


def test_the_year_of_a_plan_told_in_french():
    text = "Conseil municipal\n\nLa commission a examiné le budget pour 2025.\n\nLe vote final aura lieu en octobre."
    window = infer_publication_window(text, "fr")
    assert window.date is None or window.date.year != 2025


def test_the_year_opening_a_season_is_no_bound():
    # "for 2022/23 season ticket holders" read as "before 2022" put a "Saturday 30 July" of 2022 in December 2021
    text = (
        "Football\n\nThe club completed a takeover in April and new owners arrived.\n\n"
        "Leyton Orient play Grimsby Town on Saturday 30 July, tickets will go on sale soon.\n\n"
        "Admission will be free for 2022/23 season ticket holders."
    )
    window = infer_publication_window(text, "en")
    assert window.date is None or window.date.year == 2022


def test_two_weekdays_with_their_days_in_parentheses_deny_a_sites_clock():
    # the site's clock of the day the page was saved, months after the summit it announces
    text = (
        "Brexit on EU summit table This Week\nSunday\n\n25th Feb 2018\n\nAgenda\n\n"
        "On Thursday and Friday (19-20 October), EU leaders will meet in Brussels, with Brexit on the table."
    )
    assert infer_published(text, "en") == (None, None)


def test_two_weekdays_that_hold_keep_the_stamp():
    text = (
        "Sommet européen\n\nDimanche 15 octobre 2017\n\n"
        "Les jeudi et vendredi (19-20 octobre), les dirigeants européens se réuniront à Bruxelles."
    )
    assert infer_published(text, "fr")[0] == dt.date(2017, 10, 15)
