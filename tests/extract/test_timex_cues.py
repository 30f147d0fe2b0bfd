"""The words around a date that resolve it, read from each language's cues (generator/lang/<code>/timex.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.dates import extract_timexes
from generator.lang import BUILT_IN, language

TUESDAY = dt.date(2024, 4, 2)


def found(text: str, lang: str) -> list[tuple[str, str, bool]]:
    return [(t.text, t.value, t.upcoming) for t in extract_timexes(text, TUESDAY, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an opener inside the year's span, and a count that is no year
        ("Le plan sera achevé fin 2025.", "fr", [("fin 2025", "2025", True)]),
        ("The plan ends in fiscal 2025.", "en", [("fiscal 2025", "2025", True)]),
        ("Quelque 1500 manifestants ont défilé.", "fr", []),
        # a postponement points ahead even when told in the past
        ("La réunion a été reportée au 15 mars.", "fr", [("15 mars", "2025-03-15", True)]),
        ("The summit was postponed until March 15.", "en", [("March 15", "2025-03-15", True)]),
        # a relative year after the day and month gives its year
        ("Le sommet se tiendra le 15 mars de l'année prochaine.", "fr", [("le 15 mars", "2025-03-15", True)]),
        ("The summit will be held on March 15 next year.", "en", [("March 15", "2025-03-15", True)]),
        # the end of a range gives its start the year
        ("Le festival a eu lieu du 3 avril au 6 mai 2019.", "fr", [("3 avril", "2019-04-03", False)]),
        # a ceremony for a past date is this year's
        ("Il assistera aux cérémonies du 6 juin 1944.", "fr", [("6 juin 1944", "2024-06-06", True)]),
        ("He will attend the ceremonies of June 6, 1944.", "en", [("June 6, 1944", "2024-06-06", True)]),
        # a modifier before a month
        ("The vote took place last March.", "en", [("last March", "2024-03", False)]),
        # "since" puts a day and month behind the day told, whatever the sentence's verb
        ("Le pont, fermé depuis le 12 mars, rouvrira bientôt.", "fr", [("le 12 mars", "2024-03-12", False)]),
        ("The bridge, shut since March 12, will reopen soon.", "en", [("March 12", "2024-03-12", False)]),
        # a plan told in the imperfect, or the future perfect, points neither way: the nearest reading
        ("Le vote était initialement prévu le 20 mars.", "fr", [("le 20 mars", "2024-03-20", False)]),
        ("Le vote était prévu le 20 avril, avant le report.", "fr", [("le 20 avril", "2024-04-20", True)]),
        ("La grève, le 25 mars, aura coûté cher.", "fr", [("le 25 mars", "2024-03-25", False)]),
        ("Le sommet aura lieu le 25 mars.", "fr", [("le 25 mars", "2025-03-25", True)]),
    ],
)
def test_the_cues_place_the_date(text: str, lang: str, expected: list[tuple[str, str, bool]]) -> None:
    assert found(text, lang)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a part of the day: the edge of the whole day, a bare article, "même"
        ("Il est parti en fin de journée.", "fr", [("en fin de journée", "2024-04-02TEV", False)]),
        ("Il reviendra en début de journée.", "fr", [("en début de journée", "2024-04-02TMO", False)]),
        ("Le vote aura lieu le soir même. Le soir, il sort.", "fr", [("le soir même", "2024-04-02TEV", False)]),
        ("La nuit, il a neigé.", "fr", [("La nuit", "2024-04-02TNI", False)]),
        ("The talks ended last night.", "en", [("last night", "2024-04-01TNI", False)]),
        # "since" puts a weekday in the past; "aujourd'hui" after a negated verb is "nowadays"
        ("Il pleut depuis lundi.", "fr", [("lundi", "2024-04-01", False)]),
        ("Ce n'est aujourd'hui plus possible.", "fr", [("aujourd'hui", "PRESENT_REF", False)]),
        # approximate hours keep their lead-in; noon and midnight
        (
            "Rendez-vous vers 10 h puis à minuit.",
            "fr",
            [("vers 10 h", "2024-04-02T10:00", False), ("minuit", "2024-04-02T24:00", False)],
        ),
        (
            "They met around 9 a.m. and at noon.",
            "en",
            [("around 9 a.m.", "2024-04-02T09:00", False), ("noon", "2024-04-02T12:00", False)],
        ),
        # periods: a weekend, a half year, a fiscal year, one counted from now, a deadline within this one
        ("Il était là le week-end dernier.", "fr", [("le week-end dernier", "2024-W13-WE", False)]),
        ("Le premier semestre 2023 a été bon.", "fr", [("premier semestre 2023", "2023-H1", False)]),
        ("It is due this fiscal year.", "en", [("this fiscal year", "2024", False)]),
        ("The figures rose over the past weekend.", "en", [("the past weekend", "P1Y", False)]),
        ("The plan will be ready later this month.", "en", [("later this month", "2024-04", True)]),
        ("Les travaux seront achevés à la fin du mois de mai.", "fr", [("à la fin du mois de mai", "2024-05", True)]),
        # an edge of a period: its lead-in stays out, the tense picks the year
        ("Sales peaked by the end of the year.", "en", [("the end of the year", "2023", False)]),
        ("Cette fin d'année sera chaude.", "fr", [("fin d'année", "2024", True)]),
        # "d'ici deux mois", "within a week": a span to act in
        ("Il rendra sa copie d'ici deux mois.", "fr", [("deux mois", "P2M", False)]),
        ("He will act within a week.", "en", [("a week", "P1W", False)]),
        # feasts: Easter's, fixed, by weekday, an eve
        ("The bill will pass before Easter Monday.", "en", [("Easter Monday", "2025-04-21", True)]),
        ("Le texte sera voté avant la veille de Noël.", "fr", [("la veille de Noël", "2024-12-24", True)]),
        ("The bill will pass before Thanksgiving.", "en", [("Thanksgiving", "2024-11-28", True)]),
    ],
)
def test_the_words_inside_a_match_resolve_it(text: str, lang: str, expected: list[tuple[str, str, bool]]) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Les débats reprendront la semaine du 15 avril.", "fr", ("la semaine du 15 avril", "2024-W16")),
        ("La semaine de relâche du 15 avril est maintenue.", "fr", ("du 15 avril", "2024-W16")),
        ("The trial resumes the week of April 15.", "en", ("the week of April 15", "2024-W16")),
        ("Votes are expected the week of 15 April.", "en", ("the week of 15 April", "2024-W16")),
    ],
)
def test_the_week_of_a_day_is_that_week(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert [(t.text, t.value) for t in extract_timexes(text, TUESDAY, lang)] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le budget sera voté la troisième semaine de mai.", "fr", ("la troisième semaine de mai", "2024-W21", True)),
        ("La foire aura lieu la dernière semaine d'avril.", "fr", ("la dernière semaine d'avril", "2024-W18", True)),
        (
            "Les travaux débuteront la première semaine du mois prochain.",
            "fr",
            ("la première semaine du mois prochain", "2024-W19", True),
        ),
        (
            "The minister travels to Lagos in the second week of May.",
            "en",
            ("the second week of May", "2024-W20", True),
        ),
        # "last" says which week of the month, not a past month: the last week of April is still to come
        ("The fair opens in the last week of April.", "en", ("the last week of April", "2024-W18", True)),
        (
            "The envoy will be in Kyiv in the first week of next month.",
            "en",
            ("the first week of next month", "2024-W19", True),
        ),
    ],
)
def test_an_ordinal_week_of_a_month_is_that_week(text: str, lang: str, expected: tuple[str, str, bool]) -> None:
    # a week that starts in the month, counted from its first Monday: not the month, nor a week gone by
    assert found(text, lang) == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Les finales se joueront le week-end du 20 avril.", "fr", ("le week-end du 20 avril", "2024-W16-WE")),
        ("Le salon ouvre le week-end du dimanche 21 avril.", "fr", ("le week-end du dimanche 21 avril", "2024-W16-WE")),
        ("The fair returns the weekend of April 20.", "en", ("the weekend of April 20", "2024-W16-WE")),
    ],
)
def test_the_weekend_of_a_day_is_that_weeks_weekend(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert [(t.text, t.value) for t in extract_timexes(text, TUESDAY, lang)] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # counted from the event's first day, the date told just before
        (
            "Le congrès s'ouvrira jeudi 11 avril à Lyon. Le troisième jour sera consacré aux votes.",
            "fr",
            [("jeudi 11 avril", "2024-04-11", True), ("Le troisième jour", "2024-04-13", True)],
        ),
        (
            "Les délégués arriveront le 8 mai. Le second jour, ils visiteront le port.",
            "fr",
            [("le 8 mai", "2024-05-08", True), ("Le second jour", "2024-05-09", True)],
        ),
        (
            "The forum starts on May 6 in Oslo. On the fourth day, the ministers will meet.",
            "en",
            [("May 6", "2024-05-06", True), ("the fourth day", "2024-05-09", True)],
        ),
        # a count of days in a row is no day of an event
        ("Les cheminots sont en grève pour la deuxième journée consécutive.", "fr", []),
        ("Le club est dernier depuis la deuxième journée.", "fr", []),
        ("Markets fell for the third day in a row.", "en", []),
    ],
)
def test_the_nth_day_of_an_event_counts_from_its_first(
    text: str, lang: str, expected: list[tuple[str, str, bool]]
) -> None:
    assert found(text, lang) == expected


def test_a_term_of_years_after_a_duration_noun_is_a_duration_not_an_age() -> None:
    assert found("Il a été condamné à une peine de 3 ans.", "fr") == [("3 ans", "P3Y", False)]
    assert found("Un homme de 3 ans a été retrouvé.", "fr") == []


@pytest.mark.parametrize("code", BUILT_IN)
def test_every_built_in_language_has_its_cues(code: str) -> None:
    cues = language(code).timex_cues
    assert cues.next_words and cues.last_words and cues.this_words
    assert cues.year_openers and cues.year_followers and cues.open_before
    assert not set(cues.year_openers) & set(cues.year_span_openers)  # each word once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La garde à vue a duré soixante-douze heures.", [("soixante-douze heures", "PT72H", False)]),
        ("Le siège a tenu quatre-vingt-seize jours.", [("quatre-vingt-seize jours", "P96D", False)]),
        ("Le pont a été construit il y a soixante-quinze ans.", [("il y a soixante-quinze ans", "1949", False)]),
    ],
)
def test_sixty_and_eighty_take_twelve_to_sixteen_in_one_number(
    text: str, expected: list[tuple[str, str, bool]]
) -> None:
    assert found(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an adjective of frequency: its stem says the unit
        ("Le bal annuel et la revue hebdomadaire reviennent.", "fr", [("annuel", "P1Y"), ("hebdomadaire", "P1W")]),
        ("Le bulletin mensuel et le journal quotidien paraissent.", "fr", [("mensuel", "P1M"), ("quotidien", "P1D")]),
        ("Rents are reviewed yearly, prices weekly.", "en", [("yearly", "P1Y"), ("weekly", "P1W")]),
        ("The figures are published monthly, the bulletin nightly.", "en", [("monthly", "P1M"), ("nightly", "P1D")]),
        # a unit that comes back once a year
        ("The festival returns every season.", "en", [("every season", "P1Y")]),
        # a fraction of a unit
        ("Il a attendu une demi-journée.", "fr", [("une demi-journée", "P0.5D")]),
        ("La paix a duré un quart de siècle.", "fr", [("un quart de siècle", "P25Y")]),
        # plural units: "for years" is a duration of unknown length; seconds alone are none
        ("For years, the plant stood idle.", "en", [("years", "PXY")]),
        ("It was all over in seconds.", "en", []),
        # "second" before one of these nouns is the ordinal, not the unit
        ("Il a tenté sa chance une seconde fois.", "fr", []),
        ("Elle a gagné la seconde manche.", "fr", []),
        ("She ran for a second time.", "en", []),
        # a unit after "the past" is one, unless plural ("ces derniers mois")
        ("Les prix ont grimpé ces derniers mois.", "fr", [("ces derniers mois", "PXM")]),
        ("The price rose over the past month.", "en", [("the past month", "P1M")]),
        # which half of the day a meridiem names
        (
            "The meeting runs from 9 p.m. to 12 am.",
            "en",
            [("9 p.m.", "2024-04-02T21:00"), ("12 am", "2024-04-02T00:00")],
        ),
        # a possessive stays out of the date's span
        ("Friday's announcement surprised the markets.", "en", [("Friday", "2024-03-29")]),
        ("Monday’s vote will be close.", "en", [("Monday", "2024-04-08")]),
    ],
)
def test_the_words_of_durations_repetitions_and_clock_resolve_them(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert [(span, value) for span, value, _ in found(text, lang)] == expected
