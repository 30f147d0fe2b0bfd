"""A briefing counts from an inferred publication date only when the evidence fixes its year."""

import datetime as dt

import pytest

from generator.extract.dates import infer_publication_window
from generator.model import Article
from generator.nlp import load_nlp
from generator.pipeline import analyse


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Écoles\n\nLa réforme a été votée en mars 2019. Les syndicats manifesteront jeudi.", "fr"),  # a bound
        ("Budget\n\nThe budget was passed in 2021. The minister will speak on Friday.", "en"),
        ("Climat\n\nLe pays atteindra son objectif 2030, selon le rapport publié jeudi.", "fr"),  # no tense
        ("Energy\n\nThe 2035 target will be set by 2030, the minister says.", "en"),
    ],
)
def test_a_year_that_is_only_a_bound_is_not_fixed(text, lang):
    assert not infer_publication_window(text, lang).fixed_year


@pytest.mark.parametrize(
    ("text", "lang", "year"),
    [
        ("Titre\n\nPublié le 3 mars 2023 à 10h\n\nLe ministre a parlé mardi.", "fr", 2023),  # a byline
        ("Titre\n\nIl y a 80 ans, le 6 juin 1944, les Alliés débarquaient en Normandie.", "fr", 2024),
        (
            "Port\n\nLes travaux ont commencé en février 2022. Le nouveau quai ouvrira en novembre 2022.",
            "fr",
            2022,
        ),  # bounds from below and above in one year
        ("Trade\n\nTalks began in January 2019 and a deal will be signed in June 2019.", "en", 2019),
    ],
)
def test_a_stated_day_an_anniversary_or_bounds_within_one_year_fix_it(text, lang, year):
    inference = infer_publication_window(text, lang)
    assert inference.fixed_year and inference.date is not None and inference.date.year == year


def _briefing(text: str):
    title, _, body = text.partition("\n\n")
    article = Article(path="seeds/x.txt", title=title, text=body, sha256="0" * 64, lang="fr")
    return analyse(article, load_nlp("fr")).briefing


def test_a_briefing_whose_year_is_not_fixed_has_no_date_and_no_upcoming_dates():
    briefing = _briefing("Écoles\n\nLa réforme a été votée en mars 2019. Les syndicats manifesteront jeudi.")
    assert (briefing.date, briefing.date_source, briefing.date_evidence) == (None, "unknown", None)
    assert briefing.upcoming == []  # "jeudi" counts from nothing


def test_a_briefing_whose_year_is_fixed_says_its_date_is_inferred_and_why():
    briefing = _briefing("Port\n\nLes travaux ont commencé en février 2022. Le nouveau quai ouvrira en novembre 2022.")
    assert briefing.date_source == "inferred" and briefing.date is not None
    assert dt.date.fromisoformat(briefing.date).year == 2022 and briefing.date_evidence
