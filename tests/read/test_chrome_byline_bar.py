"""A row between bars that holds the page's stamp is its byline, not a menu: the stamp stays (it dates the page)."""

import datetime as dt

from generator.extract.dates import infer_published
from generator.read.chrome import strip_chrome


def test_a_bar_row_with_a_stamp_keeps_the_stamp_without_its_buttons():
    lines = ["Par La Rédaction | Le 12/09/2021 - 10:45 | Partager", "Le conseil se réunira le 20 septembre."]
    assert strip_chrome(lines) == ["Par La Rédaction | Le 12/09/2021 - 10:45", lines[1]]


def test_a_bar_row_without_a_stamp_is_still_a_menu():
    lines = ["Accueil | Économie | Politique | Sport", "Le conseil se réunira le 20 septembre."]
    assert strip_chrome(lines) == [lines[1]]


def test_the_byline_bar_s_stamp_dates_the_page_before_a_teaser_s_later_stamp():
    # another story's teaser with its own stamp (the day the page was saved) stands above the article's byline bar
    page = [
        "Autre sujet Par Jean Roe",
        "Le 03/02/2024",
        "",
        "La sécheresse menace les récoltes de blé dans toute la région cette année, selon les experts... Lire la suite",
        "",
        "Le port de commerce sera agrandi",
        "",
        "Par La Rédaction| Le 12/09/2021 - 10:45 | Partager",
        "",
        "Le port de commerce sera agrandi à partir du 15 novembre 2021, a annoncé la direction du port.",
    ]
    text = "\n".join(strip_chrome(page))
    assert infer_published(text, "fr")[0] == dt.date(2021, 9, 12)
