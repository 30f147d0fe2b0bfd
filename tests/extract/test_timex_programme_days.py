"""A weekday heading a programme's line, after a day to come, is that weekday in the days that follow it."""

from __future__ import annotations

import datetime as dt

from generator.extract.dates import extract_timexes


def _values(text: str, published: dt.date, lang: str) -> dict[str, str]:
    return {t.text: t.value for t in extract_timexes(text, published, lang)}


def test_french_heading_continues_the_dated_monday() -> None:
    text = (
        "Lundi 5 janvier, le ministre reprend le travail.\n"
        "Lundi : premier rendez-vous à 15h30 avec les dirigeants du club.\n"
        "Mardi : deux réunions à l'Assemblée nationale.\n"
    )
    # published on a Friday: the Tuesday just gone is nearer, but the programme's Tuesday follows its Monday
    assert _values(text, dt.date(2009, 1, 2), "fr")["Mardi"] == "2009-01-06"


def test_english_heading_after_the_last_day_of_an_announced_span() -> None:
    text = (
        "The President will visit Britain and France from June 3.\n"
        "WEDNESDAY June 5 - Portsmouth\n"
        "- Commemorations of the landings.\n"
        "THURSDAY - Normandy\n"
        "- Ceremonies at the American cemetery.\n"
    )
    # published on a Thursday: the heading is not the publication day but the day after Wednesday's
    assert _values(text, dt.date(2019, 5, 30), "en")["THURSDAY"] == "2019-06-06"


def test_heading_with_a_quote_mark_as_its_list_mark() -> None:
    text = (
        "L'agenda de la semaine.\n\n> Mercredi 25 mars: le chômage\n\nLe ministre le publiera.\n\n> Jeudi: le déficit\n"
    )
    assert _values(text, dt.date(2015, 3, 22), "fr")["Jeudi"] == "2015-03-26"


def test_heading_after_a_past_day_keeps_the_nearest_reading() -> None:
    text = "Lundi 29 décembre, le ministre a repris le travail.\nMardi : deux réunions à l'Assemblée nationale.\n"
    # the text's last day is behind the publication: nothing says the programme is ahead
    assert _values(text, dt.date(2009, 1, 2), "fr")["Mardi"] == "2008-12-30"


def test_a_line_of_prose_opened_by_its_weekday_is_no_heading() -> None:
    text = (
        "Liverpool recevra West Brom le 1er janvier.\n"
        "Samedi, après une passe décisive manquée, Rashford s'en voulait.\n"
    )
    # published on Monday 28: the Saturday of the prose is the one just gone, not the Saturday after 1 January
    assert _values(text, dt.date(2020, 12, 28), "fr")["Samedi"] == "2020-12-26"


def test_a_weekday_in_prose_is_no_heading() -> None:
    text = "Le sommet s'ouvrira le 25 mars. Le ministre, mardi, en dira plus.\n"
    assert _values(text, dt.date(2015, 3, 22), "fr")["mardi"] == "2015-03-24"
