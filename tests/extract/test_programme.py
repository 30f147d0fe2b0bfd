"""A date standing alone as a heading (a programme's day) takes the items listed under it as its event."""

import datetime as dt

import pytest

from generator.extract.dates import dated_events, extract_timexes
from generator.extract.timex.context import programme_items

FRENCH = (
    "Programme de la visite\n\nJeudi 12 juin\n\n9h30    Visite du port de commerce avec les dockers\n"
    "Quai Est\n\n- A 14 h, rencontre avec les élus de la communauté urbaine.\n\nVendredi 13 juin\n\n"
    "Journée    Déplacement dans les Hautes-Alpes sur le thème de l'eau\n"
)
TUESDAY = dt.date(2025, 6, 10)
ENGLISH = (
    "The Secretary's schedule\n\nThursday, June 12\n\n9:30 am - Meeting with the harbour workers' union\n"
    "Pier 4\n\n2 pm - Round table with city councillors on housing\n"
)


@pytest.mark.parametrize(
    ("text", "lang", "published", "day", "expected"),
    [
        (FRENCH, "fr", TUESDAY, "2025-06-12", "Visite du port de commerce avec les dockers; rencontre avec"),
        (ENGLISH, "en", TUESDAY, "2025-06-12", "Meeting with the harbour workers' union; Round table with"),
    ],
)
def test_a_heading_date_takes_the_first_items_of_its_day(text, lang, published, day, expected):
    upcoming, _ = dated_events(extract_timexes(text, published, lang))
    heading = next(u for u in upcoming if u.date == day and "\n" not in u.text and u.text[0].isupper())
    assert heading.event.startswith(expected)


def test_items_lose_their_list_mark_and_time_and_stop_at_the_next_heading():
    following = "\n\n- A 8h30, conseil des ministres\nPalais de l'Elysée\n\nVendredi 13 juin\n\n10h00    Autre chose"
    assert programme_items(following) == "conseil des ministres"
    assert programme_items("\n\n15h00    Questions au gouvernement\nAssemblée\n\n17h30    Entretien avec la maire") == (
        "Questions au gouvernement; Entretien avec la maire"
    )


def test_a_date_inside_a_sentence_keeps_the_sentence_s_event():
    text = "Sommet\n\nLes dirigeants se réuniront jeudi 12 juin à Bruxelles pour un sommet sur la défense.\n\nSuite."
    [item] = dated_events(extract_timexes(text, TUESDAY, "fr"))[0]
    assert "sommet" in item.event and "Suite" not in item.event
