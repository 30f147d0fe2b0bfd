"""A date the headline gives and the article gives again is one agenda row: the article's (issue 19)."""

import datetime as dt

import pytest

from generator.extract.dates import dated_events, extract_timexes

MONDAY = dt.date(2025, 3, 3)


def _rows(headline: str, article: str, lang: str, headline_end: int | None = None) -> list[tuple[str, str]]:
    """The agenda rows (date, words) of a page whose body is its headline, a blank line, then the article."""
    text = f"{headline}\n\n{article}"
    end = len(headline) if headline_end is None else headline_end
    upcoming, _ = dated_events(extract_timexes(text, MONDAY, lang), MONDAY, headline_end=end)
    return [(u.date, u.text) for u in upcoming]


@pytest.mark.parametrize(
    ("headline", "article", "lang", "expected"),
    [
        (
            "Les pêcheurs manifesteront le jeudi 6 mars à Lorient",
            "Le jeudi 6 mars, les pêcheurs bretons défileront devant la préfecture du Morbihan.",
            "fr",
            [("2025-03-06", "Le jeudi 6 mars")],
        ),
        (
            "Dock workers to strike on March 6",
            "The dock workers' union will walk out on Thursday, March 6, its leader said.",
            "en",
            [("2025-03-06", "Thursday, March 6")],
        ),
        (
            "Grève des contrôleurs la semaine prochaine",
            "Les contrôleurs cesseront le travail mercredi 12 mars, a indiqué le syndicat.",
            "fr",
            [("2025-03-12", "mercredi 12 mars")],
        ),
    ],
)
def test_the_headline_date_said_again_below_is_one_row(headline, article, lang, expected):
    assert _rows(headline, article, lang) == expected


def test_a_span_the_headline_gives_stays_over_the_days_below():
    """A visit's span is an event of its own, even when the programme below lists its days."""
    rows = _rows(
        "Visite d'État du président du 10 au 12 mars",
        "Lundi 10 mars, arrivée à Rabat. Mercredi 12 mars, départ pour Dakar.",
        "fr",
    )
    assert ("2025-03-10/2025-03-12", "10 au 12 mars") in rows


def test_a_date_only_the_headline_gives_stays():
    rows = _rows("Sommet de l'Union africaine le 20 mars", "Les chefs d'État se retrouveront à Addis-Abeba.", "fr")
    assert [date for date, _ in rows] == ["2025-03-20"]


def test_without_a_headline_both_sentences_stay():
    """No headline (`headline_end` 0, a title that is a sentence of the article): the two sentences' rows stay."""
    rows = _rows(
        "Les pêcheurs manifesteront le jeudi 6 mars à Lorient",
        "Le jeudi 6 mars, les pêcheurs bretons défileront devant la préfecture du Morbihan.",
        "fr",
        headline_end=0,
    )
    assert [date for date, _ in rows] == ["2025-03-06", "2025-03-06"]
