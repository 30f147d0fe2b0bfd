"""The agenda's rows said again (issues 18/19, upcoming precision): an event a sentence takes up at its date, a stay
said by its first day, a month or a week said roughly where a day says the same event."""

from __future__ import annotations

import datetime as dt

from generator.extract.dates import dated_events, extract_timexes

MONDAY = dt.date(2024, 3, 4)


def days(text: str, lang: str) -> list[str]:
    upcoming, _ = dated_events(extract_timexes(text, MONDAY, lang), MONDAY)
    return [item.date for item in upcoming]


# an event taken up at its date with a determiner


def test_the_generic_event_at_its_date_is_the_day_s_event_en() -> None:
    text = (
        "The groundbreaking will begin at noon on Thursday, when residents and officials will gather on Mill Road. "
        "The governor is expected to be one of the speakers at the event on Thursday, though his office has not "
        "confirmed it."
    )
    assert days(text, "en") == ["2024-03-07"]


def test_the_generic_event_at_its_date_is_the_event_an_hour_gives() -> None:
    text = (
        "The ribbon cutting will begin at 4 p.m. on Thursday, when residents will gather at the new library. "
        "The mayor is expected to be one of the speakers at the event on Thursday."
    )
    upcoming, _ = dated_events(extract_timexes(text, MONDAY, "en"), MONDAY)
    assert [(item.date, item.text) for item in upcoming] == [("2024-03-07", "4 p.m. on Thursday")]


def test_the_generic_event_at_its_date_is_the_day_s_event_fr() -> None:
    text = (
        "Les bénévoles planteront deux cents chênes le long de la rivière jeudi. "
        "Le maire espère rejoindre les bénévoles lors de l'événement de jeudi."
    )
    assert days(text, "fr") == ["2024-03-07"]


def test_an_evening_of_the_day_takes_up_nothing() -> None:
    text = (
        "La ministre inaugurera le nouveau port de plaisance jeudi 14 mars. "
        "Dans la soirée du 14 mars, elle dînera avec les élus du littoral à la préfecture."
    )
    assert days(text, "fr") == ["2024-03-14", "2024-03-14"]


# a stay said by its first day


def test_a_stay_opened_on_a_day_the_programme_gives_is_no_row_of_its_own_fr() -> None:
    text = (
        "La présidente entame à partir de ce jeudi une visite officielle de trois jours au Ghana. "
        "Jeudi 7 mars, elle inaugurera le pont de Kumasi avec le président ghanéen."
    )
    upcoming, _ = dated_events(extract_timexes(text, MONDAY, "fr"), MONDAY)
    assert [(item.date, item.text) for item in upcoming] == [("2024-03-07", "Jeudi 7 mars")]


def test_a_stay_opened_on_a_day_the_programme_gives_is_no_row_of_its_own_en() -> None:
    text = (
        "The senator is leaving for a four-nation tour of the Gulf beginning on March 12. "
        "In Doha on March 12 she will open the new trade office with the emir."
    )
    upcoming, _ = dated_events(extract_timexes(text, MONDAY, "en"), MONDAY)
    assert [(item.date, item.text) for item in upcoming] == [("2024-03-12", "March 12")]


def test_a_stay_opened_alone_on_its_day_stays() -> None:
    text = "La présidente entame à partir de ce jeudi une visite officielle de trois jours au Ghana."
    assert days(text, "fr") == ["2024-03-07"]


# a month or a week said roughly


def test_a_week_whose_event_a_day_says_is_no_row_fr() -> None:
    text = (
        "Les syndicats appellent à une grève des transports la semaine prochaine. "
        "La grève débutera le mardi 12 mars à 19 heures."
    )
    assert days(text, "fr") == ["2024-03-12"]


def test_a_week_and_a_day_of_other_events_stay_two_rows() -> None:
    text = (
        "Le musée rouvrira son aile est la semaine prochaine, après deux ans de travaux. "
        "Le conseil municipal votera le budget le mardi 12 mars."
    )
    assert days(text, "fr") == ["2024-03-11/2024-03-17", "2024-03-12"]


# a span said with "et ce jusqu'au"


def test_a_span_closed_by_et_ce_jusqu_au_is_one_row() -> None:
    text = "Les inscriptions sur les listes seront reçues du 11 mars et ce jusqu’au 22 mars, a indiqué la mairie."
    upcoming, _ = dated_events(extract_timexes(text, MONDAY, "fr"), MONDAY)
    assert [item.date for item in upcoming] == ["2024-03-11/2024-03-22"]
