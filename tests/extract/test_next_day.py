"""« Le lendemain », "the next day" in a sentence that repeats a day ("chaque soir", "every day") is the day after
each of them: no day of the calendar, nothing for the agenda. Followed at once by the date that names it ("the next
day (Monday)"), it leaves the day to that date."""

import datetime as dt

import pytest

from generator.extract.dates import extract_timexes

PUBLISHED = dt.date(2023, 3, 6)


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        (
            "La grève commencera le 7 mars. La compagnie publiera tous les soirs la liste des vols maintenus le "
            "lendemain.",
            "fr",
            "le lendemain",
        ),
        (
            "The strike begins on March 7. The operator will post every evening the list of trains running the "
            "next day.",
            "en",
            "the next day",
        ),
    ],
)
def test_the_day_after_each_repeated_day_has_no_calendar_value(text, lang, word):
    found = {t.text: t.value for t in extract_timexes(text, PUBLISHED, lang)}
    assert found[word] == "XXXX-XX-XX"


def test_the_day_after_a_day_told_keeps_its_value():
    found = {
        t.text: t.value
        for t in extract_timexes(
            "La grève commencera le 7 mars. Le lendemain, les syndicats se réuniront.", PUBLISHED, "fr"
        )
    }
    assert found["Le lendemain"] == "2023-03-08"


@pytest.mark.parametrize(
    ("text", "lang", "word", "day"),
    [
        (
            "The minister arrives on Sunday. She will meet the governor the next day (Tuesday) at noon.",
            "en",
            "the next day",
            "2023-03-07",
        ),
        (
            "Les cortèges partiront le 8 mars. La grève reprendra dès le lendemain, le 10 et le 11.",
            "fr",
            "le lendemain",
            "2023-03-10",
        ),
    ],
)
def test_the_next_day_followed_by_its_date_leaves_the_day_to_that_date(text, lang, word, day):
    found = {t.text: t.value for t in extract_timexes(text, PUBLISHED, lang)}
    assert found[word] == "XXXX-XX-XX" and day in found.values()


def test_ce_meme_jour_is_the_day_told_before_as_le_meme_jour() -> None:
    text = "Le ministre recevra les syndicats le 5 octobre. Ce même jour, il visitera une usine à Lyon."
    found = {t.text: t.value for t in extract_timexes(text, dt.date(2023, 9, 28), "fr")}
    assert found["Ce même jour"] == "2023-10-05"
