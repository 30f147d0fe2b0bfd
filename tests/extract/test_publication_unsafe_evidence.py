"""Evidence that made a confident wrong publication date on variants of real pages (a page cut short, saved
without its address, without its head): without metadata, an unknown date is allowed, a wrong one never."""

import datetime as dt

from generator.extract.dates import infer_published


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
