"""An event phrase is never empty nor only a place (issue 18): a date alone on its line takes the event its list's
label names, a phrase that says only where falls back to the whole clause around the date (dates.py, context.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.dates import extract_timexes
from generator.extract.timex.context import says_nothing, whole_clause
from generator.lang import language


def _events(text: str, lang: str, published: dt.date) -> dict[str, str]:
    return {t.text: t.event for t in extract_timexes(text, published, lang) if t.precision}


@pytest.mark.parametrize(
    ("text", "lang", "date", "noun"),
    [
        (
            "Le club a publié son calendrier.\n\nCalendrier des assemblées générales du club pour 2031 :\n\n"
            "  • 14 mars\n\n  • 9 mai\n\n  • 21 novembre\n\nLes membres recevront une convocation.",
            "fr",
            "9 mai",
            "assemblées générales",
        ),
        (
            "The board has set its dates.\nPublic hearings of the zoning board in 2031\n- March 14\n- May 9\n"
            "- November 21\nResidents may speak at each one.",
            "en",
            "May 9",
            "hearings",
        ),
    ],
)
def test_a_date_alone_on_its_line_takes_the_event_its_list_label_names(
    text: str, lang: str, date: str, noun: str
) -> None:
    assert noun in _events(text, lang, dt.date(2031, 1, 5))[date]


def test_a_date_alone_under_a_sentence_takes_no_label() -> None:
    """A full stop ends a sentence of the article, not a label: it names no list."""
    text = "Les joueurs se sont entraînés au stade.\n\n  • 14 mars\n"
    assert "joueurs" not in _events(text, "fr", dt.date(2031, 1, 5))["14 mars"]


@pytest.mark.parametrize(
    ("phrase", "lang", "nothing"),
    [
        ("", "fr", True),
        ("dans Montreuil-Bellay", "fr", True),
        ("à l'Hôtel de Ville", "fr", True),
        ("in Little Rock", "en", True),
        ("dans le quartier", "fr", False),
        ("Roland-Garros", "fr", False),
        ("à la conférence de Genève", "fr", False),
    ],
)
def test_a_phrase_that_only_says_where_says_nothing(phrase: str, lang: str, nothing: bool) -> None:
    assert says_nothing(phrase, language(lang)) is nothing


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "clause"),
    [
        (
            "Une fresque géante sera peinte sur le mur du gymnase, dans Montreuil-Bellay, du 3 au 8 juillet.",
            "3",
            "fr",
            "Une fresque géante sera peinte sur le mur du gymnase, dans Montreuil-Bellay",
        ),
        (
            "The mural will be painted on the gym wall, in Little Rock, on July 3; volunteers are welcome.",
            "July 3",
            "en",
            "The mural will be painted on the gym wall, in Little Rock",
        ),
    ],
)
def test_the_whole_clause_leaves_out_the_dates_and_their_leading_words(
    sentence: str, date: str, lang: str, clause: str
) -> None:
    at = sentence.index(date)
    dates = [(at, at + len(date))]
    if lang == "fr":
        end = sentence.index("8 juillet")
        dates.append((end, end + len("8 juillet")))
    assert whole_clause(sentence, at, dates, language(lang)) == clause


def test_a_date_after_a_bare_place_takes_the_whole_clause() -> None:
    text = "Une fresque géante sera peinte sur le mur du gymnase, dans Montreuil-Bellay, le 3 juillet."
    event = _events(text, "fr", dt.date(2031, 5, 1))["le 3 juillet"]
    assert "fresque" in event and event != "dans Montreuil-Bellay"
