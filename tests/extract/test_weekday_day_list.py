"""A list of weekdays with their days whose last day writes the month ("vendredi 6, samedi 7 et dimanche 8 août
2021"): its first days are of that month, when their weekdays hold there."""

import datetime as dt

from generator.extract.dates import extract_timexes


def test_the_first_days_of_a_list_take_the_month_its_last_day_writes():
    text = "La fête reprendra les vendredi 4, samedi 5 et dimanche 6 juin 2027 sur la place du marché."
    found = {t.text: t.value for t in extract_timexes(text, dt.date(2027, 1, 12), "fr")}
    assert found["vendredi 4"] == "2027-06-04"


def test_a_weekday_that_does_not_hold_in_that_month_takes_nothing_from_it():
    # 3 June 2027 is a Thursday: "vendredi 3" is no day of that June
    text = "La fête reprendra les vendredi 3, samedi 5 et dimanche 6 juin 2027 sur la place du marché."
    found = {t.text: t.value for t in extract_timexes(text, dt.date(2027, 1, 12), "fr")}
    assert found.get("vendredi 3") != "2027-06-03"
