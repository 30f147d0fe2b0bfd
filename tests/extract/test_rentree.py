"""« La rentrée » is September's return to school and work: the nearest one without a tense, and not the return
of someone or something named after it."""

import datetime as dt

from generator.extract.dates import extract_timexes


def _values(text: str, published: dt.date) -> dict[str, str]:
    return {t.text: t.value for t in extract_timexes(text, published, "fr") if "rentrée" in t.text}


def test_a_rentree_named_after_whom_returns_is_no_date():
    published = dt.date(2021, 11, 8)
    assert _values("Les députés ont évoqué la rentrée des étudiants boursiers à l'étranger.", published) == {}
    assert _values("Au lendemain de la rentrée de la nouvelle assemblée, le conseil s'est réuni.", published) == {}


def test_the_school_s_rentree_is_still_september():
    found = _values("Le protocole sanitaire sera allégé à la rentrée des classes.", dt.date(2021, 6, 2))
    assert list(found.values()) == ["2021-09"]


def test_a_rentree_without_a_tense_said_in_the_autumn_is_the_one_just_past():
    found = _values(
        "Épuisé par les polémiques de la rentrée, le ministre veut reprendre la main.", dt.date(2022, 11, 14)
    )
    assert list(found.values()) == ["2022-09"]


def test_a_rentree_announced_in_the_autumn_is_next_year_s():
    found = _values("La réforme entrera en vigueur à la rentrée prochaine.", dt.date(2022, 11, 14))
    assert list(found.values()) == ["2023-09"]


def test_a_coming_rentree_named_as_a_noun_s_complement_is_next_year_s():
    found = _values("Le ministre présentera les réformes de la rentrée prochaine.", dt.date(2022, 11, 14))
    assert list(found.values()) == ["2023-09"]
