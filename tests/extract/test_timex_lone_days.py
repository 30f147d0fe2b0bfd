"""Dates that lean on another date of the text: a day written without its month ("le 24.", "on the 21st,") takes the
month the text gives it (timex/daylist.py, lone_days), or is no date."""

from __future__ import annotations

import datetime as dt

from generator.extract.dates import extract_timexes


def _values(text: str, published: dt.date, lang: str) -> dict[str, str]:
    return {t.text: t.value for t in extract_timexes(text, published, lang)}


def test_a_lone_day_takes_the_month_of_the_date_before_it_in_its_paragraph() -> None:
    text = "Après le match amical du 9 juin contre la Suisse, les Bleus affronteront l'Italie le 14."
    assert _values(text, dt.date(2023, 5, 30), "fr")["le 14"] == "2023-06-14"


def test_a_lone_day_inside_a_span_told_above_takes_its_month() -> None:
    text = (
        "Le chancelier sera en visite à Rome du 12 au 15 mars.\n\n"
        "La rumeur courait depuis janvier.\n\n"
        "Il sera reçu par le pape le 13. Le programme reste à préciser."
    )
    assert _values(text, dt.date(2023, 2, 20), "fr")["le 13"] == "2023-03-13"


def test_an_english_lone_day_with_its_suffix() -> None:
    text = "The council meets on March 8 at 6 pm. Written comments are accepted until noon on the 8th, then closed."
    assert _values(text, dt.date(2023, 2, 20), "en")["on the 8th"] == "2023-03-08"


def test_a_lone_day_with_no_month_the_text_gives_is_no_date() -> None:
    # the month named last is in another paragraph, and no span above holds the day
    text = "Le projet avait été lancé en juillet.\n\nLe président sera reçu le 24."
    assert "le 24" not in _values(text, dt.date(2023, 2, 20), "fr")


def test_a_lone_day_before_the_day_it_follows_is_no_date() -> None:
    # "le 2" after "le 28 mai" is in another month, which the text does not say
    text = "Le festival s'ouvre le 28 mai et ferme le 2."
    assert "le 2" not in _values(text, dt.date(2023, 2, 20), "fr")


def test_a_rank_or_a_numeric_date_is_no_lone_day() -> None:
    text = "Le 3 avril, le coureur a fini le 24e. Publié le 25.07.2023."
    found = _values(text, dt.date(2023, 4, 5), "fr")
    assert not any(k.startswith(("le 24", "le 25")) for k in found)
