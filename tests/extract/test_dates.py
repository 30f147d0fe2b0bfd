"""The date extractor on small real sentences, and on the reference article."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.extract.dates import (
    dated_events,
    extract_timexes,
    extract_timexes_inferred,
    infer_publication_window,
    infer_published,
)

TUESDAY = dt.date(2024, 4, 2)  # publication date of the reference article
REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "000_91f61d21f0bcea41.txt"
REFERENCE_COPY = Path(__file__).resolve().parents[2] / "seeds" / "000_91f61d21f0bcea41.txt"


def values(text: str, published: dt.date | None = TUESDAY, lang: str = "fr") -> dict[str, str]:
    return {t.text: t.value for t in extract_timexes(text, published, lang)}


def one(text: str, published: dt.date | None = TUESDAY, lang: str = "fr"):
    found = extract_timexes(text, published, lang)
    assert len(found) == 1, found
    return found[0]


# --- French: weekdays and tense --------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("M. Blinken se rendra mercredi à Bruxelles.", "2024-04-03"),  # future: the next Wednesday
        ("Le ministre a déclaré mardi que rien n'était décidé.", "2024-04-02"),  # the article's own day
        ("Le ministre a déclaré lundi que rien n'était décidé.", "2024-04-01"),  # past: on or before
        ("Le ministre a déclaré jeudi que rien n'était décidé.", "2024-03-28"),
        ("Il sera opéré lundi prochain à Strasbourg.", "2024-04-08"),
        ("L'ONU a reconduit vendredi dernier les dispositions.", "2024-03-29"),
        ("Le sommet s'ouvrira jeudi 4 avril à Paris.", "2024-04-04"),
    ],
)
def test_french_weekdays_follow_tense(sentence: str, expected: str) -> None:
    t = [t for t in extract_timexes(sentence, TUESDAY, "fr") if t.type == "DATE"][0]
    assert t.value == expected
    assert t.upcoming == (expected > "2024-04-02")


def test_past_tense_tuesday_is_not_next_tuesday() -> None:
    assert one("Le président a annoncé mardi sa démission.", dt.date(2024, 4, 4)).value == "2024-04-02"


# --- French: calendar dates -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        ("La conférence aura lieu le 15 avril.", "le 15 avril", "2024-04-15"),
        ("Le traité a été signé le 15 avril 2024.", "le 15 avril 2024", "2024-04-15"),
        ("Le sommet se tiendra à Washington en juillet.", "en juillet", "2024-07"),
        ("Les travaux dureront jusqu'à fin juin.", "fin juin", "2024-06"),
        ("La réforme entrera en vigueur mi-mai.", "mi-mai", "2024-05"),
        ("Le vote est prévu début 2025.", "début 2025", "2025"),
        ("Les élections auront lieu l'an prochain.", "l'an prochain", "2025"),
        ("Il reviendra demain.", "demain", "2024-04-03"),
        ("Elle partira après-demain.", "après-demain", "2024-04-04"),
        ("La décision sera rendue la semaine prochaine.", "la semaine prochaine", "2024-W15"),
        ("Le rapport a été publié en février 2022.", "en février 2022", "2022-02"),
        ("Le texte sera publié 15 avril 2024.", "15 avril 2024", "2024-04-15"),
    ],
)
def test_french_calendar_expressions(sentence: str, text: str, expected: str) -> None:
    assert values(sentence)[text] == expected


def test_french_day_range_is_two_dates_and_one_event() -> None:
    found = extract_timexes("Le festival se déroulera du 3 au 5 juin à Lyon.", TUESDAY, "fr")
    assert [t.value for t in found] == ["2024-06-03", "2024-06-05"]
    upcoming, _ = dated_events(found)
    assert [u.date for u in upcoming] == ["2024-06-03/2024-06-05"]


def test_in_two_weeks_and_end_of_year() -> None:
    v = values("Le texte sera examiné dans deux semaines et adopté d'ici la fin de l'année.")
    assert v["dans deux semaines"] == "2024-04-16"
    assert v["la fin de l'année"] == "2024"
    end = [
        t
        for t in extract_timexes("Les résultats seront connus d'ici la fin du mois.", TUESDAY, "fr")
        if t.text == "la fin du mois"
    ][0]
    assert end.value == "2024-04" and end.upcoming  # a deadline after publication


def test_same_day_expressions() -> None:
    assert one("Il s'exprimera ce soir à la télévision.").value == "2024-04-02TEV"
    t = one("En fin de journée, il sera reçu à l'Elysée.")
    assert t.value.startswith("2024-04-02") and not t.upcoming


# --- anniversaries ------------------------------------------------------------------------


def test_anniversary_is_upcoming_on_its_anniversary() -> None:
    sentence = "Joe Biden doit participer aux 80 ans du débarquement allié en Normandie le 6 juin 1944."
    t = [t for t in extract_timexes(sentence, TUESDAY, "fr") if t.text == "le 6 juin 1944"][0]
    assert t.value == "2024-06-06" and t.upcoming
    upcoming, timeline = dated_events(extract_timexes(sentence, TUESDAY, "fr"))
    assert [u.date for u in upcoming] == ["2024-06-06"]
    assert [d.date for d in timeline] == ["1944-06-06"]
    assert "80 ans" not in {t.text for t in extract_timexes(sentence, TUESDAY, "fr")}


# --- numbers and words that are not dates -----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "La cadence passerait de six à douze par mois.",
        "Sa visite précède celle du président.",
        "La mer est calme.",
        "Les participants au G7 ont promis 2,5 millions d'euros, soit 15 % de plus.",
        "Le contingent compte 2 000 soldats.",
        "Il a vu sept personnes.",
    ],
)
def test_not_dates(sentence: str) -> None:
    assert not [t for t in extract_timexes(sentence, TUESDAY, "fr") if t.precision], extract_timexes(
        sentence, TUESDAY, "fr"
    )


def test_english_words_that_are_not_dates() -> None:
    assert not [t for t in extract_timexes("Protesters may march to the capitol.", TUESDAY, "en") if t.precision]
    assert not [t for t in extract_timexes("Theresa May said she would resign.", TUESDAY, "en") if t.precision]


# --- English --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        ("The summit will open on March 3.", "March 3", "2025-03-03"),
        ("The minister said on Friday that talks had failed.", "Friday", "2024-03-29"),
        ("She will travel to Paris next Monday.", "next Monday", "2024-04-08"),
        ("The law will take effect next year.", "next year", "2025"),
        ("Results are due later this month.", "later this month", "2024-04"),
        ("He will return tomorrow.", "tomorrow", "2024-04-03"),
        ("A decision is expected in two weeks.", "in two weeks", "2024-04-16"),
        ("The plant must close by the end of the year.", "the end of the year", "2024"),
        ("The treaty was signed in May 2010.", "May 2010", "2010-05"),
        # a present of scheduling is to come, after a past speech verb
        ("He noted that the fiscal year ends Sept. 30.", "Sept. 30", "2024-09-30"),
        # a participle after a hyphen is an adjective, not a past verb
        ("The Saudi-led coalition wants a truce before the May 3 summit.", "May 3", "2024-05-03"),
    ],
)
def test_english_expressions(sentence: str, text: str, expected: str) -> None:
    assert values(sentence, lang="en")[text] == expected


@pytest.mark.parametrize(
    "sentence, lang, span",
    [
        (
            "Les contrôleurs feront grève du jeudi 11 avril à 22 heures au samedi 13 avril à 6h.",
            "fr",
            "2024-04-11/2024-04-13",
        ),
        ("The walkout runs from Monday 8 April at 10pm to Wednesday 10 April at 5am.", "en", "2024-04-08/2024-04-10"),
    ],
)
def test_a_range_whose_first_day_has_its_hour_is_one_range(sentence: str, lang: str, span: str) -> None:
    upcoming, _ = dated_events(extract_timexes(sentence, TUESDAY, lang))
    assert [u.date for u in upcoming] == [span]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("La délégation effectuera une tournée dans la région du 31 mars au 5 avril 2024.", "fr"),
        ("The delegation is touring the region from March 31 to April 5, 2024.", "en"),
    ],
)
def test_a_range_under_way_on_the_publication_day_stays_one_range_to_come(sentence: str, lang: str) -> None:
    # begun before publication and ending after it: the whole span is what the agenda shows, not its last day
    upcoming, timeline = dated_events(extract_timexes(sentence, TUESDAY, lang), TUESDAY)
    assert [u.date for u in upcoming] == ["2024-03-31/2024-04-05"]
    assert timeline == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Biden makes a state visit to the United Kingdom on April 10.",
        "Crown Prince Mohammed bin Salman makes a visit to Paris on April 10.",
    ],
)
def test_a_capitalised_ed_word_is_a_name_not_a_past_verb(sentence: str) -> None:
    assert [t.value for t in extract_timexes(sentence, TUESDAY, "en")] == ["2024-04-10"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The king tours Kenya on April 8-10.\nMONDAY - Nairobi\n- Arrival and state banquet.\n"
            "TUESDAY - Mombasa\n- Visit to the port.",
            "en",
            ["2024-04-08", "2024-04-10", "2024-04-08", "2024-04-09"],
        ),
        (
            "Le congrès se tiendra du 11 au 13 avril à Lille.\nJeudi : accueil des délégués.\nVendredi : votes.",
            "fr",
            ["2024-04-11", "2024-04-13", "2024-04-11", "2024-04-12"],
        ),
        # a weekday inside a sentence keeps its own reading: "On Monday, X said" is the Monday before
        ("The congress opens on April 8-10. On Monday, its chair said it was ready.", "en", None),
    ],
)
def test_a_programme_heading_s_weekday_is_a_day_of_the_span_announced(text: str, lang: str, expected) -> None:
    found = [t.value for t in extract_timexes(text, TUESDAY, lang)]
    if expected is None:
        assert found[-1] == "2024-04-01"
    else:
        assert found == expected


def test_two_days_each_with_its_hour_are_two_dates() -> None:
    sentence = "Il parlera jeudi 11 avril à 20 heures et samedi 13 avril à 9h."
    upcoming, _ = dated_events(extract_timexes(sentence, TUESDAY, "fr"))
    assert [u.date for u in upcoming] == ["2024-04-11", "2024-04-13"]


def test_english_range() -> None:
    found = extract_timexes("The fair runs March 3-5 in Berlin.", dt.date(2024, 2, 1), "en")
    assert [t.value for t in found] == ["2024-03-03", "2024-03-05"]


# --- temporal keys and no publication date --------------------------------------------


def test_temporal_items_carry_offsets_type_and_value() -> None:
    text = "Il y a deux ans, le projet a été lancé. Il sera livré en 2026."
    found = extract_timexes(text, TUESDAY, "fr")
    for t in found:
        assert text[t.start : t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
    assert {t.value for t in found} >= {"2022", "2026"}


def test_without_publication_date_relative_values_keep_x() -> None:
    v = values("Il se rendra mercredi à Bruxelles, puis en juillet à Washington, le 15 avril 2024.", published=None)
    assert v["mercredi"] == "XXXX-WXX-3"
    assert v["en juillet"] == "XXXX-07"
    assert v["le 15 avril 2024"] == "2024-04-15"
    assert not any(t.upcoming for t in extract_timexes("Il viendra demain.", None, "fr"))
    # Christmas is 25 December every year; Pentecost moves with Easter
    assert values("La fête aura lieu à la Pentecôte, puis à Noël.", published=None) == {
        "Pentecôte": "XXXX-XX-XX",
        "Noël": "XXXX-12-25",
    }


def test_duration_values() -> None:
    v = values("Cela fait près de deux ans qu'il n'était pas venu; il a écopé de 30,4 secondes et de 10 mois.")
    assert v["près de deux ans"] == "P2Y"
    assert v["30,4 secondes"] == "PT30.4S"
    assert v["10 mois"] == "P10M"


# --- the reference article -------------------------------------------------------------


@pytest.fixture(scope="module")
def reference() -> str:
    path = REFERENCE if REFERENCE.exists() else REFERENCE_COPY
    if not path.exists():
        pytest.skip("reference article not available")
    return path.read_text(encoding="utf-8")


def test_reference_article_upcoming_dates(reference: str) -> None:
    upcoming, timeline = dated_events(extract_timexes(reference, TUESDAY, "fr"))
    got = {(u.date, u.text) for u in upcoming}
    for value, text in [
        ("2024-04-03", "mercredi"),
        ("2024-04-15", "le 15 avril"),
        ("2024-06-06", "le 6 juin 1944"),
        ("2024-07", "en juillet"),
    ]:
        assert any(v == value and text in t for v, t in got), (value, got)
    assert len(upcoming) == 4
    events = {u.date: u.event for u in upcoming}
    assert "réunion avec ses homologues de l'Otan" in events["2024-04-03"]
    assert "Washington" in events["2024-07"]
    dates = {d.date for d in timeline}
    assert {"2024-02", "2022-02", "1944-06-06", "2017/2021"} <= dates


def test_reference_article_not_dates(reference: str) -> None:
    found = extract_timexes(reference, TUESDAY, "fr")
    texts = {t.text for t in found if t.precision}
    for word in ("Sa", "sa", "six à douze", "80 ans", "deux ans", "a neuf mois", "la mer"):
        assert word not in texts
    tuesday = [t for t in found if t.text == "mardi"]
    assert tuesday and all(t.value == "2024-04-02" and not t.upcoming for t in tuesday)
    upcoming, timeline = dated_events(found)
    assert not any("neuf mois" in d.text for d in upcoming + timeline)


def test_reference_article_publication_date_is_inferred(reference: str) -> None:
    date, evidence = infer_published(reference, "fr")
    assert date == TUESDAY
    assert evidence and "1944" in evidence


def test_inference_without_evidence() -> None:
    assert infer_published("Il pleut.\n\nLe match est reporté.", "fr") == (None, None)


def test_inference_from_latest_past_date() -> None:
    date, evidence = infer_published("Bilan\n\nLe texte a été adopté le 12 mars 2023 par le Parlement.", "fr")
    assert date == dt.date(2023, 3, 12) and evidence


# --- more cases: holidays, English relatives, front matter lists, inference evidence ----


@pytest.mark.parametrize(
    "sentence, lang, text, expected",
    [
        ("Le texte sera voté avant Noël.", "fr", "Noël", "2024-12-25"),
        ("Il reviendra à Pâques.", "fr", "Pâques", "2025-04-20"),
        ("Sales will peak before Christmas.", "en", "Christmas", "2024-12-25"),
    ],
)
def test_holidays_follow_tense(sentence: str, lang: str, text: str, expected: str) -> None:
    assert values(sentence, lang=lang)[text] == expected


def test_noel_as_a_first_name_is_not_a_date() -> None:
    assert not extract_timexes("Noël Le Graët a démissionné.", TUESDAY, "fr")


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        ("The talks collapsed last week.", "last week", "2024-W13"),
        ("She will decide this Friday.", "this Friday", "2024-04-05"),
        ("He was arrested last Monday.", "last Monday", "2024-04-01"),  # the most recent Monday
        ("The minister resigned yesterday.", "yesterday", "2024-04-01"),
        ("Prices rose in early December.", "early December", "2023-12"),
        ("The plant closed four years ago.", "four years ago", "2020"),
        ("The book is due to be published in May.", "May", "2024-05"),
    ],
)
def test_english_relative_expressions(sentence: str, text: str, expected: str) -> None:
    assert values(sentence, lang="en")[text] == expected


def test_english_numbers_are_not_years_or_durations() -> None:
    found = extract_timexes("The 45-year-old paid $2,000 to 1500 people, 15 percent more.", TUESDAY, "en")
    assert not found


def test_french_age_is_not_a_duration_but_a_sentence_is() -> None:
    v = values("Un chauffeur de bus de 38 ans a été condamné à une peine de 2 ans de prison.")
    assert "38 ans" not in v and "de 38 ans" not in v
    assert "P2Y" in v.values()


def test_dated_events_skip_clock_times_and_repeats() -> None:
    found = extract_timexes("L'opération aura lieu samedi 6 avril à 8 h. Rendez-vous samedi à 8 h.", TUESDAY, "fr")
    upcoming, _ = dated_events(found)
    assert [u.date for u in upcoming] == ["2024-04-06", "2024-04-06"]
    assert all("h" not in u.text for u in upcoming)


def test_event_phrase_is_taken_from_the_clause() -> None:
    t = one("Ils prépareront le sommet de l'Otan qui se déroulera à Washington en juillet.")
    assert t.event == "sommet de l'Otan à Washington"
    t = one("La France a organisé fin février un sommet pour l'Ukraine, a indiqué l'AFP.")
    assert t.event == "sommet pour l'Ukraine"


def test_optional_spacy_doc_gives_the_same_dates() -> None:
    spacy = pytest.importorskip("spacy")
    try:
        nlp = spacy.load("fr_core_news_sm")
    except OSError:
        pytest.skip("fr_core_news_sm not installed")
    text = "Le ministre a déclaré jeudi qu'il se rendra mercredi à Bruxelles."
    with_doc = [(t.text, t.value) for t in extract_timexes(text, TUESDAY, "fr", doc=nlp(text))]
    assert with_doc == [(t.text, t.value) for t in extract_timexes(text, TUESDAY, "fr")]
    assert dict(with_doc) == {"jeudi": "2024-03-28", "mercredi": "2024-04-03"}


def test_inference_from_a_byline() -> None:
    date, evidence = infer_published("Titre\n\nPublié le 3 mars 2023 à 10h\n\nLe ministre a parlé mardi.", "fr")
    assert date == dt.date(2023, 3, 3) and "byline" in evidence


def test_inference_from_a_dateline_and_a_year() -> None:
    date, evidence = infer_published(
        "Title\n\nWASHINGTON, March 3 (Reuters) - The bill, passed in 2023 by the House, was signed.", "en"
    )
    assert date == dt.date(2023, 3, 3) and "dateline" in evidence


def test_inference_from_an_outlets_dateline_in_parentheses() -> None:
    date, evidence = infer_published(
        "Title\n\nGENEVA (Daily News / Xinhua - 4th March, 2021) The council will meet on Tuesday.", "en"
    )
    assert date == dt.date(2021, 3, 4) and "dateline" in evidence
    # a date in parentheses inside a sentence is no dateline
    _, evidence = infer_published("Title\n\nThe treaty (signed by France - 4th March, 2021) took effect.", "en")
    assert "dateline" not in (evidence or "")


def test_inferred_date_resolves_the_reference_upcoming_dates(reference: str) -> None:
    date, _ = infer_published(reference, "fr")
    upcoming, _ = dated_events(extract_timexes(reference, date, "fr"))
    assert {u.date for u in upcoming} >= {"2024-04-15", "2024-06-06", "2024-07"}


@pytest.mark.parametrize(
    "sentence, lang, expected",
    [
        ("Emmanuel Macron se rend jeudi à Berlin.", "fr", "2024-04-04"),  # present of travel: announced
        ("Les ministres se réunissent lundi à Bruxelles.", "fr", "2024-04-08"),
        ("Voters head to the polls on Sunday.", "en", "2024-04-07"),
        # a departure or an arrival said in the present, an entry into force said in the participle
        ("La délégation quitte Dakar samedi pour Kaffrine.", "fr", "2024-04-06"),
        ("The delegation departs on Saturday for Beijing.", "en", "2024-04-06"),
        ("The union has filed a lawsuit to stop the ban from taking effect July 1.", "en", "2024-07-01"),
        ("The minister said on Sunday that talks had failed.", "en", "2024-03-31"),
    ],
)
def test_present_of_scheduling_verbs_announces(sentence: str, lang: str, expected: str) -> None:
    assert one(sentence, lang=lang).value == expected


def test_range_end_gives_the_year_and_holiday_modifiers_are_not_dates() -> None:
    v = values("The summit was held from July 9 to July 11, 2019, before the Easter recess.", lang="en")
    assert v == {"July 9": "2019-07-09", "July 11, 2019": "2019-07-11"}


def test_durations_and_ages_in_french() -> None:
    v = values("Au terme de trois ans de tractations, Vincent, 19 ans, a signé pour une seconde fois.")
    assert v == {"trois ans": "P3Y"}
    assert values("Un retard de 2 ans est prévu.") == {"2 ans": "P2Y"}  # a duration noun before "de"
    assert values("Un chauffeur de 38 ans a été blessé.") == {}  # an age


def test_day_and_month_take_a_following_next_or_last_year() -> None:
    assert values("The vote is set for Jan. 6 next year.", lang="en")["Jan. 6"] == "2025-01-06"
    assert values("Le vote aura lieu le 15 mars de l'année prochaine.")["le 15 mars"] == "2025-03-15"
    assert values("She left on March 15 last year.", lang="en")["March 15"] == "2023-03-15"


def test_inference_from_years_after_and_scheduled_dates() -> None:
    text = (
        "Grève à la SNCF\n\nLe conflit dure depuis le 1er mars. Une nouvelle journée de mobilisation est prévue "
        "le 15 avril, avant une table ronde fin avril. Les Jeux commenceront le 26 juillet, "
        "cent ans après ceux de 1924."
    )
    date, evidence = infer_published(text, "fr")
    assert date is not None and date.year == 2024 and dt.date(2024, 3, 1) <= date < dt.date(2024, 4, 15)
    assert "1924" in evidence


def test_inference_places_a_past_month_before_an_announced_date() -> None:
    text = (
        "Aid vote delayed\n\nThe package, first requested in October, has stalled. The vote will take place on "
        "April 9. The summit will be held in Washington from July 9 to July 11, 2024."
    )
    date, evidence = infer_published(text, "en")
    assert date is not None and dt.date(2023, 10, 31) < date < dt.date(2024, 4, 9)
    assert "October" in evidence


def test_numeric_dates_and_quarters() -> None:
    assert values("Le scrutin du 02/04/2024 et celui du 2024-06-09.") == {
        "02/04/2024": "2024-04-02",
        "2024-06-09": "2024-06-09",
    }
    assert values("The filing dated 4/2/2024 covers the first quarter of 2024.", lang="en") == {
        "4/2/2024": "2024-04-02",
        "the first quarter of 2024": "2024-Q1",
    }
    assert not values("Score 3-2, ratio 1/2, version 2.0.1.")


def test_a_bare_future_year_is_temporal_but_not_an_upcoming_date() -> None:
    found = extract_timexes("Son mandat prend fin en 2027 ; le vote aura lieu en juin.", TUESDAY, "fr")
    assert {t.text: t.upcoming for t in found} == {"2027": True, "en juin": True}
    upcoming, _ = dated_events(found)
    assert [u.date for u in upcoming] == ["2024-06"]


def test_a_datetime_publication_is_read_as_its_day() -> None:
    t = one("Il reviendra demain.", dt.datetime(2024, 4, 2, 18, 30))
    assert t.value == "2024-04-03"


def test_rentree_and_end_of_a_named_month() -> None:
    assert values("La réforme sera votée à la rentrée.") == {"à la rentrée": "2024-09"}
    assert values("Le texte sera voté à la fin du mois de mai.") == {"à la fin du mois de mai": "2024-05"}


def test_a_dated_day_does_not_fix_its_weekday_unless_it_was_named() -> None:
    v = values("The March 15 deadline has passed. The jobs report comes out Friday.", dt.date(2024, 3, 20), "en")
    assert v == {"March 15": "2024-03-15", "Friday": "2024-03-22"}


def test_a_deadline_in_the_current_year_is_neither_past_nor_an_upcoming_date() -> None:
    found = extract_timexes("The Fed still expects three cuts before the end of 2024.", dt.date(2024, 3, 20), "en")
    upcoming, timeline = dated_events(found)
    assert found[0].value == "2024" and found[0].upcoming
    assert upcoming == [] and timeline == []


def test_event_phrase_starts_at_the_head_of_a_noun_run() -> None:
    t = one("Les élections européennes se tiendront le 9 juin.")
    assert t.event == "élections européennes"


def test_english_adjectival_participles_and_seasons() -> None:
    thursday = dt.date(2023, 11, 2)
    v = values("Schools will stay closed until Monday. The review will be published in the spring.", thursday, "en")
    assert v == {"Monday": "2023-11-06", "spring": "2024-SP"}
    assert values("Last year's storms caused damage.", thursday, "en") == {"Last year": "2022"}


def test_commemoration_of_a_dated_event_is_its_next_anniversary() -> None:
    t = one("Joe Biden assistera aux commémorations du 6 juin 1944 en Normandie.")
    assert t.value == "2024-06-06" and t.upcoming
    assert one("Le débarquement du 6 juin 1944 a changé la guerre.").value == "1944-06-06"


def test_weekday_with_a_day_number_finds_its_month() -> None:
    assert values("Le conseil se réunira lundi 15 pour trancher.") == {"lundi 15": "2024-04-15"}
    assert values("The board meets Monday the 15th.", lang="en") == {"Monday the 15th": "2024-04-15"}
    assert values("Il a marqué samedi 3 buts.") == {"samedi": "2024-03-30"}


def test_inference_from_an_update_line_and_an_anniversary_piece() -> None:
    date, evidence = infer_published("Titre\n\nMis à jour le 3 avril 2024 à 10h\n\nLe ministre a parlé mardi.", "fr")
    assert date == dt.date(2024, 4, 3) and "update" in evidence
    date, evidence = infer_published("Titre\n\nIl y a 80 ans, le 6 juin 1944, les Alliés débarquaient.", "fr")
    assert date == dt.date(2024, 6, 6) and "anniversary" in evidence


@pytest.mark.parametrize(
    "sentence",
    ["Directors are already in four days a week.", "Staff will be in three days per week from July."],
)
def test_in_so_many_days_a_week_is_a_rate_not_a_day(sentence: str) -> None:
    assert not [t for t in extract_timexes(sentence, TUESDAY, "en") if t.upcoming and "days" in t.text]


def test_within_is_a_span_and_in_is_a_day() -> None:
    assert values("Une décision est attendue dans les deux semaines.") == {"deux semaines": "P2W"}
    assert values("A decision is expected within a week.", lang="en") == {"a week": "P1W"}
    assert values("A decision is expected in two weeks.", lang="en") == {"in two weeks": "2024-04-16"}


@pytest.mark.parametrize(
    "stamp, lang",
    [
        ("Le 2 avril 2024 à 10h15", "fr"),
        ("02.04.2024", "fr"),
        ("mardi 2 avril 2024, 10:15", "fr"),
        ("April 2, 2024 10:15 am ET", "en"),
        ("Tue 2 Apr 2024 10.15 BST", "en"),
        ("Updated 10:15 AM EDT, Tue April 2, 2024", "en"),
        ("Publié à 10h15, le 2 avril 2024", "fr"),
        ("Par Jean Dupont - 2 avril 2024", "fr"),
        ("Par Jean Dupont, le 02.04.2024 à 14h32", "fr"),
        ("2024-04-02T14:32:00+02:00", "fr"),
        ("April 2, 2024 / 10:15 AM / CBS News", "en"),
        ("By John Smith and Jane Doe | Apr 2, 2024", "en"),
        ("Fort-de-France, le 2 avril 2024.", "fr"),  # a press release's or a letter's dateline
        ("Saint-Denis, 2 avril 2024", "fr"),
        ("Washington, April 2, 2024", "en"),
    ],
)
def test_inference_from_a_page_date_stamp(stamp: str, lang: str) -> None:
    body = (
        "Le ministre se rendra jeudi à Lyon pour une réunion avec les élus."
        if lang == "fr"
        else "The minister will travel to Lyon on Thursday to meet local officials."
    )
    date, evidence = infer_published(f"Titre\n\nPar Jean Dupont\n{stamp}\n\n{body}\n", lang)
    assert date == dt.date(2024, 4, 2) and "date stamp" in evidence


def test_a_date_inside_a_sentence_or_below_the_head_is_no_stamp() -> None:
    date, evidence = infer_published("Titre\n\nLe 12 mars 2023, le Parlement a adopté le texte.\n", "fr")
    assert "date stamp" not in evidence
    date, evidence = infer_published("Titre\n\nAu Sénat, le 12 mars 2023, le texte a été adopté.\n", "fr")
    assert "date stamp" not in evidence  # a place before the date, but a sentence goes on after it
    date, evidence = infer_published("Biden Visits Normandy June 6, 2024\n\nHe will speak there.\n", "en")
    assert "date stamp" not in (evidence or "")  # a headline in title case is no byline


@pytest.mark.parametrize(
    "headline, lang",
    [
        ("Fête de la Musique - 21 juin 2024", "fr"),
        ("Festival de Cannes | 14 mai 2024", "fr"),
        ("Samedi 6 juillet 2024, Stade de France", "fr"),
        ("NATO Summit - Washington, July 9, 2024", "en"),
    ],
)
def test_an_event_headline_with_its_date_is_no_stamp_and_a_byline_below_wins(headline: str, lang: str) -> None:
    body = "Les concerts auront lieu partout." if lang == "fr" else "The leaders will meet there."
    byline = "Par Jean Dupont - 2 avril 2024" if lang == "fr" else "By John Smith - April 2, 2024"
    assert "date stamp" not in (infer_published(f"{headline}\n\n{body}\n", lang)[1] or "")
    assert infer_published(f"{headline}\n\n{byline}\n\n{body}\n", lang)[0] == dt.date(2024, 4, 2)
    far = "Titre\n\n" + "Le texte a été débattu.\n" * 10 + "12 mars 2023\n"
    date, evidence = infer_published(far, "fr")
    assert "date stamp" not in (evidence or "")


@pytest.mark.parametrize(
    "page, lang, day",
    [
        (
            "Only registered members may reply in this thread of the residents' association forum.\n"
            "Joined: Mon Mar 4, 2019 9:10 am\n\nPosted by Mary Jones » Wed Jun 5, 2024 8:15 pm\n\n"
            "The road works start next Monday.\n\nPosted by Tom Hill » Thu Jun 6, 2024 7:02 am\n",
            "en",
            dt.date(2024, 6, 5),
        ),
        (
            "Ce forum est réservé aux adhérents du club, merci de respecter les règles de la charte.\n\n"
            "Posté par Marc Leroy - mar. 4 juin 2024 18:20\n\nLa sortie aura lieu samedi prochain.\n",
            "fr",
            dt.date(2024, 6, 4),
        ),
    ],
)
def test_a_signed_stamp_below_a_notice_dates_the_page_and_later_replies_do_not(
    page: str, lang: str, day: dt.date
) -> None:
    date, evidence = infer_published(page, lang)
    assert date == day and "date stamp" in evidence


MENU = "".join(f"{item}\n" for item in ("Accueil", "Politique", "Économie", "Monde", "Sport", "Culture",
    "Sciences", "Podcasts", "Vidéos", "Newsletters", "Abonnement"))  # fmt: skip


@pytest.mark.parametrize(
    "page, lang, day",
    [
        (
            f"{MENU}Jeudi 14 mars 2024 à 08h12\nLe plan pour les gares\nLe ministre de l'Intérieur a présenté "
            "mercredi un plan pour la sécurité des gares, qui entrera en vigueur vendredi prochain.\n",
            "fr",
            dt.date(2024, 3, 14),
        ),
        (
            f"{MENU}Ports reopen\nBy Jane Roe\nMonday 3 June 2019 7:05 am\nThe dockers' union said on Sunday "
            "that its members would return to work on Wednesday after the pay deal.\n",
            "en",
            dt.date(2019, 6, 3),
        ),
    ],
)
def test_a_stamp_between_the_menu_and_the_story_dates_the_page(page: str, lang: str, day: dt.date) -> None:
    date, evidence = infer_published(page, lang)
    assert date == day and "date stamp" in evidence


def test_a_date_in_the_menu_far_above_the_story_is_no_stamp() -> None:
    story = "Le ministre a présenté mercredi un plan pour les gares, qui entrera en vigueur vendredi.\n"
    page = f"{MENU}12 mars 2023\n{MENU}Le plan\n{story}"  # in the middle of the menu: neither head nor stamp zone
    assert "date stamp" not in (infer_published(page, "fr")[1] or "")


@pytest.mark.parametrize(
    "page, lang, day",
    [
        (
            "Mardi 10 septembre 2024\nLa rentrée des lycées\n3 septembre 2024\nLes élèves ont repris "
            "les cours lundi.\n",
            "fr",
            dt.date(2024, 9, 3),
        ),  # the site's date bar (the day the page was saved), then the article's stamp
        (
            "Port talks\nJune 4, 2021\nUpdated June 6, 2021\nThe talks will resume on Friday.\n",
            "en",
            dt.date(2021, 6, 4),
        ),
    ],
)
def test_of_several_stamps_the_earliest_is_the_publication(page: str, lang: str, day: dt.date) -> None:
    assert infer_published(page, lang)[0] == day


def test_the_page_stamps_are_no_event_of_the_article() -> None:
    from generator.model import Article
    from generator.nlp import load_nlp
    from generator.pipeline import analyse

    text = "Mardi 10 septembre 2024\nLa rentrée\n3 septembre 2024\nLes élèves feront grève jeudi 12 septembre.\n"
    article = Article(path="seeds/x.txt", title="La rentrée", text=text, sha256="0" * 64, lang="fr")
    briefing = analyse(article, load_nlp("fr"), dt.date(2024, 9, 3)).briefing
    assert [u.date for u in briefing.upcoming] == ["2024-09-12"]
    assert all("2024-09-10" not in e.date for e in briefing.timeline)


def test_an_inferred_date_resolves_relative_dates_only_as_far_as_its_evidence_allows() -> None:
    text = "Bilan\n\nLe texte a été adopté en 2023. Il sera examiné jeudi par le Sénat, puis le 15 avril à l'Assemblée."
    inference = infer_publication_window(text, "fr")
    assert inference.date is not None and inference.earliest < inference.latest  # only the year is known
    values = {t.text: t for t in extract_timexes_inferred(text, inference, "fr")}
    assert values["jeudi"].value == "XXXX-XX-XX" and not values["jeudi"].upcoming  # which Thursday? unknown
    assert values["le 15 avril"].value.endswith("-04-15")  # absolute: the inferred year is enough
    upcoming, _ = dated_events(list(values.values()))
    assert [u.text for u in upcoming] == ["le 15 avril"]


def test_an_exact_inferred_date_resolves_everything() -> None:
    text = "Bilan\n\n3 mars 2023\n\nLe texte sera examiné jeudi par le Sénat."
    inference = infer_publication_window(text, "fr")
    assert inference.earliest == inference.latest == dt.date(2023, 3, 3)
    assert [t.value for t in extract_timexes_inferred(text, inference, "fr")][-1] == "2023-03-09"


@pytest.mark.parametrize(
    "text, lang, deadline",
    [
        # still ahead when written...
        (
            "Irlande du Nord\n\nLe processus a commencé en 1998. M. Blair a donné jusqu'au 30 juin aux partis.",
            "fr",
            "30 juin",
        ),
        # ...or lapsed: told in the past, a deadline says neither
        (
            "Strike\n\nThe strike began in 2024. Unions had until March 31 to sign the deal. They refused.",
            "en",
            "March 31",
        ),
    ],
)
def test_a_deadline_told_in_the_past_does_not_bound_the_inferred_date(text: str, lang: str, deadline: str) -> None:
    inference = infer_publication_window(text, lang)
    assert inference.date is not None and deadline not in (inference.evidence or "")


def test_a_deadline_still_to_come_bounds_the_inferred_date_from_above() -> None:
    text = "Grève\n\nLa grève a commencé en 2024. Les syndicats ont jusqu'au 30 juin pour signer."
    inference = infer_publication_window(text, "fr")
    assert inference.latest is not None and inference.latest < dt.date(2024, 6, 30)


@pytest.mark.parametrize(
    "start_year",
    [
        "Dès l'année 2001, la ville financera les cantines.",  # a future year is no scheduled date
        "Dès l'année 2001, la ville consacre un budget aux cantines.",  # a start in the present may be ahead
    ],
)
def test_a_year_still_to_come_does_not_move_the_inferred_year(start_year: str) -> None:
    text = f"Ecoles\n\nLe contrat a été signé en 1999. {start_year} Il sera renouvelé en juin prochain."
    inference = infer_publication_window(text, "fr")
    assert inference.date is not None and inference.date.year == 1999
    upcoming, _ = dated_events(extract_timexes_inferred(text, inference, "fr"))
    assert [u.date for u in upcoming] == ["1999-06"]


@pytest.mark.parametrize(
    "sentence, lang, text, expected",
    [
        ("La course aura lieu le premier dimanche de mai.", "fr", "le premier dimanche de mai", "2024-05-05"),
        ("Le vote aura lieu le dernier mardi d'avril.", "fr", "le dernier mardi d'avril", "2024-04-30"),
        (
            "Il aura lieu l'an prochain, le premier dimanche du printemps.",
            "fr",
            "le premier dimanche du printemps",
            "2025-03-23",
        ),
        ("The vote will be on the last Tuesday of April.", "en", "the last Tuesday of April", "2024-04-30"),
        ("The race will be held on the first Sunday in May 2025.", "en", "the first Sunday in May 2025", "2025-05-04"),
    ],
)
def test_an_ordinal_weekday_of_a_month_or_season(sentence: str, lang: str, text: str, expected: str) -> None:
    assert values(sentence, lang=lang)[text] == expected


def test_two_days_joined_by_and_are_two_dates_unless_between() -> None:
    upcoming, _ = dated_events(extract_timexes("Les élections auront lieu les 6 et 13 avril prochains.", TUESDAY, "fr"))
    assert [u.date for u in upcoming] == ["2024-04-06", "2024-04-13"]
    upcoming, _ = dated_events(extract_timexes("The fair will run between May 6 and May 9.", TUESDAY, "en"))
    assert [u.date for u in upcoming] == ["2024-05-06/2024-05-09"]


def test_a_clock_time_is_listed_only_when_it_carries_its_own_day() -> None:
    # told in the past tense, a postponement still points ahead
    upcoming, _ = dated_events(extract_timexes("The match was postponed until 15:00 GMT Saturday.", TUESDAY, "en"))
    assert [(u.text, u.date) for u in upcoming] == [("15:00 GMT Saturday", "2024-04-06")]
    upcoming, _ = dated_events(extract_timexes("Rendez-vous sera donné samedi 6 avril à 17 h.", TUESDAY, "fr"))
    assert [u.text for u in upcoming] == ["samedi 6 avril"]


def test_one_reading_resolves_against_several_dates_without_carrying_state(reference: str) -> None:
    from generator.extract.dates import TemporalReading

    reading = TemporalReading(reference, "fr")
    first = reading.timexes(TUESDAY)
    other = reading.timexes(dt.date(2024, 4, 10))
    assert reading.timexes(TUESDAY) == first == extract_timexes(reference, TUESDAY, "fr")
    assert other == extract_timexes(reference, dt.date(2024, 4, 10), "fr") != first
    inference = reading.inference()
    assert reading.timexes_inferred(inference) == extract_timexes_inferred(reference, inference, "fr")


def test_british_day_ranges_and_two_days_in_a_row() -> None:
    upcoming, _ = dated_events(extract_timexes("The summit will take place on 9-11 July in Washington.", TUESDAY, "en"))
    assert [(u.text, u.date) for u in upcoming] == [("9-11 July", "2024-07-09/2024-07-11")]
    upcoming, _ = dated_events(
        extract_timexes("Le sommet, prévu les 4 et 5 avril, réunira les ministres.", TUESDAY, "fr")
    )
    assert [u.date for u in upcoming] == ["2024-04-04/2024-04-05"]


@pytest.mark.parametrize(
    "sentence, lang, expected",
    [
        ("The law takes effect Jan. 1.", "en", "2025-01-01"),
        ("La loi entre en vigueur le 1er janvier.", "fr", "2025-01-01"),
        ("The law took effect Jan. 1.", "en", "2024-01-01"),
    ],
)
def test_taking_effect_in_the_present_announces(sentence: str, lang: str, expected: str) -> None:
    assert one(sentence, lang=lang).value == expected


@pytest.mark.parametrize(
    "sentence",
    ["Arsenal beat Chelsea 3-2 May 4 at the Emirates.", "The committee voted 7-5 June 3 to approve the plan."],
)
def test_a_score_before_a_date_is_no_day_range(sentence: str) -> None:
    assert len(extract_timexes(sentence, TUESDAY, "en")) == 1


def test_a_clock_time_alone_is_neither_upcoming_nor_past() -> None:
    upcoming, timeline = dated_events(extract_timexes("Le conseil se réunira à 17 h.", TUESDAY, "fr"))
    assert upcoming == [] and timeline == []
    text = "La finale aura lieu samedi au Stade de France. Coup d'envoi à 21 h."
    assert [u.text for u in dated_events(extract_timexes(text, TUESDAY, "fr"))[0]] == ["samedi"]


@pytest.mark.parametrize(
    "sentence, lang, expected",
    [
        ("Le procès, ajourné au 15 mars, a repris mardi.", "fr", "2024-03-15"),
        ("The launch, delayed to March 28, went ahead as planned.", "en", "2024-03-28"),
        ("The company delayed payments to March 1.", "en", "2024-03-01"),
        ("Le vote a été reporté une nouvelle fois au 15 avril.", "fr", "2024-04-15"),
    ],
)
def test_a_postponement_points_ahead_unless_the_story_goes_on_in_the_past(
    sentence: str, lang: str, expected: str
) -> None:
    assert extract_timexes(sentence, TUESDAY, lang)[0].value == expected


def test_between_is_read_where_the_pair_is() -> None:
    text = "Entre le 6 et le 9 mai, puis les 6 et 13 juin, la route sera fermée."
    upcoming, _ = dated_events(extract_timexes(text, TUESDAY, "fr"))
    assert [u.date for u in upcoming] == ["2024-05-06/2024-05-09", "2024-06-06", "2024-06-13"]
    upcoming, _ = dated_events(extract_timexes("La réforme sera examinée en mai et juin.", TUESDAY, "fr"))
    assert [u.date for u in upcoming] == ["2024-05/2024-06"]  # months joined by "et": one span


def test_a_school_term_is_no_season() -> None:
    found = extract_timexes("Classes will resume on the first Monday of the fall term.", TUESDAY, "en")
    assert not any(t.text.startswith("the first Monday") for t in found)


def test_an_agenda_flattened_into_one_line_is_read_in_pieces() -> None:
    from generator.extract.timex.wording import Sentences

    line = "Concerts : " + ", ".join(f"le {d} mai à la salle des fêtes" for d in range(1, 29)) + "."
    spans = Sentences(line).spans
    assert len(spans) > 1 and all(b - a <= 600 for a, b in spans)
    assert "".join(line[a:b] for a, b in spans).replace(" ", "") == line.replace(" ", "")  # nothing lost
    upcoming, _ = dated_events(extract_timexes(line, TUESDAY, "fr"))
    assert len(upcoming) == 28 and all(len(u.sentence) <= 600 for u in upcoming)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Monde\n\nMardi 2 avril\n\nLe ministre, arrivé en février 2022, se rendra mercredi à Bruxelles.", "fr"),
        ("World\n\nTuesday, April 2\n\nThe minister, in office since 2022, will fly to Brussels on Wednesday.", "en"),
    ],
)
def test_a_day_without_its_year_in_the_page_head_is_the_stamp_once_the_year_is_known(text: str, lang: str) -> None:
    inference = infer_publication_window(text, lang)
    assert inference.earliest == inference.latest == TUESDAY and "date stamp" in (inference.evidence or "")
    upcoming, _ = dated_events(extract_timexes_inferred(text, inference, lang))
    assert [u.date for u in upcoming] == ["2024-04-03"]  # exact, so "mercredi" resolves


def test_a_day_stamp_outside_what_the_evidence_allows_is_ignored() -> None:
    text = "Monde\n\nLe 6 juin\n\nLe ministre, qui a pris ses fonctions en 2024, se rendra à Bruxelles le 15 avril."
    inference = infer_publication_window(text, "fr")
    assert "date stamp" not in (inference.evidence or "")


def test_a_participle_in_apposition_puts_its_date_in_the_past() -> None:
    assert one("Le ministre, arrivé en février, se rendra à Bruxelles.").value == "2024-02"
    text = "Le contrat, le premier du département, qui sera signé en juin prochain, est prêt."
    assert one(text).value == "2024-06"  # "sera signé en juin": a future passive, no apposition


@pytest.mark.parametrize(
    ("sentence", "lang", "days"),
    [
        ("Le comité se réunira la semaine prochaine à Lyon.", "fr", "2024-04-08/2024-04-14"),
        ("Les négociations reprendront ce week-end.", "fr", "2024-04-06/2024-04-07"),
        ("Les syndicats défileront cette semaine.", "fr", "2024-04-03/2024-04-07"),  # what is left of it
        ("The board meets next week in Leeds.", "en", "2024-04-08/2024-04-14"),
    ],
)
def test_a_week_to_come_is_an_agenda_row_over_its_days(sentence: str, lang: str, days: str) -> None:
    upcoming, _ = dated_events(extract_timexes(sentence, TUESDAY, lang))
    assert [u.date for u in upcoming] == [days]
    assert upcoming[0].event  # the row says what happens that week


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Les syndicats ont défilé cette semaine à Lyon.", "fr"),
        ("The board met this week in Leeds.", "en"),
        ("Le comité s'est réuni la semaine dernière.", "fr"),
    ],
)
def test_a_week_that_is_said_in_the_past_or_over_is_in_the_timeline(sentence: str, lang: str) -> None:
    upcoming, timeline = dated_events(extract_timexes(sentence, TUESDAY, lang))
    assert upcoming == []
    assert [t.date for t in timeline] in (["2024-04-01/2024-04-02"], ["2024-03-25/2024-03-31"])


def test_a_week_is_its_days_monday_to_sunday_and_a_weekend_saturday_and_sunday() -> None:
    from generator.extract.timex.calendar import week_days

    assert week_days("2024-W15") == (dt.date(2024, 4, 8), dt.date(2024, 4, 14))
    assert week_days("2024-W14-WE") == (dt.date(2024, 4, 6), dt.date(2024, 4, 7))
    assert week_days("2024-04") is None and week_days("2024-W60") is None


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Le syndicat a annoncé une grève le 13 avril.", "fr", "2024-04-13"),  # the strike, not the announcement
        ("The union has called a walkout on 13 April.", "en", "2024-04-13"),
        ("Le syndicat a annoncé le 1er avril que la grève était levée.", "fr", "2024-04-01"),  # the announcement
        ("The ministers held talks on 1 April.", "en", "2024-04-01"),  # not an announcing verb
    ],
)
def test_a_past_verb_announcing_an_event_does_not_date_the_event(sentence: str, lang: str, expected: str) -> None:
    assert one(sentence, lang=lang).value == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Les deux conseils ont siégé le même jour, le 12 mars dernier.",
            "fr",
            {"le même jour": "XXXX-XX-XX", "le 12 mars dernier": "2024-03-12"},
        ),
        (
            "Both hearings opened on the same day, March 12.",
            "en",
            {"the same day": "XXXX-XX-XX", "March 12": "2024-03-12"},
        ),
        ("La veille, le maire avait renoncé.", "fr", {"La veille": "XXXX-XX-XX"}),
        (
            "Le vote a eu lieu le 28 mars. La veille, le maire avait renoncé.",
            "fr",
            {"le 28 mars": "2024-03-28", "La veille": "2024-03-27"},
        ),
    ],
)
def test_a_day_named_from_the_discourse_needs_a_date_before_it_and_is_no_day_of_an_enumeration(
    text: str, lang: str, expected: dict[str, str]
) -> None:
    assert values(text, lang=lang) == expected


def test_a_weekday_that_slipped_does_not_send_a_near_day_a_year_away() -> None:
    # 12 December 2025 is a Friday: "jeudi" is a slip, not December 2024
    assert values("Les syndicats appellent à la grève le jeudi 12 décembre.", dt.date(2025, 11, 28)) == {
        "le jeudi 12 décembre": "2025-12-12"
    }
    # far from the publication, the weekday still says which year: 4 March is a Wednesday in 2026, a Thursday in 2027
    assert values("They will meet on Thursday, March 4.", dt.date(2026, 9, 1), "en") == {
        "Thursday, March 4": "2027-03-04"
    }


# --- Dates given up for others: a plan that moved is no agenda row ---------------------------


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Initialement prévue le 12 avril, la conférence se tiendra finalement le 19 avril.", "fr", ["2024-04-19"]),
        ("Le concert qui devait avoir lieu le 20 avril est reporté sine die.", "fr", []),
        ("La finale a été décalée du 4 au 11 mai.", "fr", ["2024-05-11"]),
        ("La séance plénière du 9 avril a été annulée.", "fr", []),
        ("Originally scheduled for April 12, the launch will now happen on April 19.", "en", ["2024-04-19"]),
        ("The hearing was postponed from April 8 to April 22.", "en", ["2024-04-22"]),
        ("The festival, initially planned to run from June 3-6, will open in September.", "en", ["2024-09"]),
        ("Talks planned on April 10 in Geneva have been called off.", "en", []),
        ("The board will meet on April 15 instead of April 8.", "en", ["2024-04-15"]),
        # any participle after the adverb of a first plan
        ("Le comité a reporté l'assemblée générale initialement convoquée pour le 28 avril.", "fr", []),
    ],
)
def test_a_date_given_up_for_another_is_no_upcoming_row(text: str, lang: str, expected: list[str]) -> None:
    upcoming, _ = dated_events(extract_timexes(text, TUESDAY, lang))
    assert [u.date for u in upcoming] == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Les bénévoles reviendront l'an prochain à la date prévue initialement, le 6 avril.", "fr"),
        # the date first planned, kept: no plan given up
        ("L'opération reviendra l'an prochain, à la date prévue initialement soit le premier dimanche de mai.", "fr"),
        ("The vote will take place on April 9, after it was postponed twice.", "en"),
        ("The talks will resume on April 10 as initially planned.", "en"),
    ],
)
def test_a_date_kept_or_said_before_a_postponement_stays(text: str, lang: str) -> None:
    upcoming, _ = dated_events(extract_timexes(text, TUESDAY, lang))
    assert len(upcoming) == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The tournament will be played on June 2-9 in 2026.", "2026-06-02/2026-06-09"),
        ("The games will take place on August 29-September 7 next year.", "2025-08-29/2025-09-07"),
        ("The fair runs from May 3 to May 5 next year.", "2025-05-03/2025-05-05"),
    ],
)
def test_a_year_written_after_the_days_is_their_year(text: str, expected: str) -> None:
    upcoming, _ = dated_events(extract_timexes(text, TUESDAY, "en"))
    assert [u.date for u in upcoming] == [expected]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Voting closes from Thursday, April 11, 2024, to Monday, April 15, 2024.", "en", "2024-04-11/2024-04-15"),
        ("Bids are open from 8.30 am on Monday 8 April to 5.00 pm on Friday 12 April.", "en", "2024-04-08/2024-04-12"),
        ("Le marché des potiers, à Dieulefit, 13/14 avril.", "fr", "2024-04-13/2024-04-14"),
    ],
)
def test_a_range_holds_across_a_comma_an_hour_or_a_slash(text: str, lang: str, expected: str) -> None:
    upcoming, _ = dated_events(extract_timexes(text, TUESDAY, lang))
    assert [u.date for u in upcoming] == [expected]


def test_a_range_that_starts_on_the_publication_day_is_to_come() -> None:
    found = extract_timexes("Le salon du livre se tient du 2 au 7 avril à Nancy.", TUESDAY, "fr")
    assert [u.date for u in dated_events(found, TUESDAY)[0]] == ["2024-04-02/2024-04-07"]
    upcoming, timeline = dated_events(
        extract_timexes("Le salon s'est tenu du 25 mars au 2 avril.", TUESDAY, "fr"), TUESDAY
    )
    assert upcoming == [] and [t.date for t in timeline] == ["2024-03-25/2024-04-02"]


@pytest.mark.parametrize(
    "text, lang, date, value",
    [
        (
            "L'intersyndicale appelle à manifester samedi, après la journée de jeudi qui avait mobilisé un million "
            "de personnes.",
            "fr",
            "samedi",
            "2024-04-06",
        ),
        (
            "The nurses' union calls for a walkout on Saturday, after the one on Thursday that had closed wards.",
            "en",
            "Saturday",
            "2024-04-06",
        ),
    ],
)
def test_a_call_to_an_event_is_no_past_for_a_past_verb_after_it(text: str, lang: str, date: str, value: str) -> None:
    assert values(text, lang=lang)[date] == value


def test_a_day_said_with_the_words_of_the_event_that_spans_it_is_one_row() -> None:
    text = (
        "Nordic ministers to meet in Oslo on Monday over fishing quotas\n\n"
        "Nordic fisheries ministers will meet in Oslo on Monday and Tuesday to settle the fishing quotas. "
        "A visit to the harbour of Bergen is planned on Tuesday."
    )
    upcoming, _ = dated_events(extract_timexes(text, dt.date(2024, 4, 5), "en"))
    assert [u.date for u in upcoming] == ["2024-04-08/2024-04-09", "2024-04-09"]


# --- lists of weekdays and days ---------------------------------------------------------


def test_a_weekday_listed_before_another_or_after_an_article_is_a_day() -> None:
    # TUESDAY is 2 April 2024: "jeudi 11" and "lundi 15" are in April
    v = values("Jeudi 11, vendredi 12 et lundi 15, les délégués négocieront. Le mardi 9 voteront les adhérents.")
    assert v == {
        "Jeudi 11": "2024-04-11",
        "vendredi 12": "2024-04-12",
        "lundi 15": "2024-04-15",
        "Le mardi 9": "2024-04-09",
    }
    assert "samedi 3" not in values("Il a marqué samedi 3 buts.")  # a noun after the number counts


def test_consecutive_days_of_a_list_are_one_span_and_others_stay_days() -> None:
    found = extract_timexes("Les audiences auront lieu les mardi 16, mercredi 17 et jeudi 18 avril.", TUESDAY, "fr")
    upcoming, _ = dated_events(found)
    assert [u.date for u in upcoming] == ["2024-04-16/2024-04-18"]
    assert upcoming[0].event.startswith("audiences")
    found = extract_timexes("The band plays on 8, 10 and 12 May.", TUESDAY, "en")
    assert [u.date for u in dated_events(found)[0]] == ["2024-05-08", "2024-05-10", "2024-05-12"]


def test_a_span_and_a_day_it_starts_on_in_one_sentence_are_two_events() -> None:
    text = "Fans will travel to the concerts in Leeds on 5 and 6 July, as well as the shows in York on 2, 3 and 5 July."
    upcoming, _ = dated_events(extract_timexes(text, TUESDAY, "en"))
    rows = {u.date: u.event for u in upcoming}
    assert "2024-07-05/2024-07-06" in rows and "2024-07-05" in rows
    assert rows["2024-07-02"].startswith("shows in York")  # "as well as" opens no event


def test_a_week_around_the_days_of_the_same_event_is_that_event_said_again() -> None:
    text = "Le président Luis Ortega se rend à Madrid cette semaine.\n\nLuis Ortega se rend à Madrid de mardi à jeudi."
    monday = dt.date(2024, 4, 1)
    upcoming, _ = dated_events(extract_timexes(text, monday, "fr"), monday)
    assert [u.text for u in upcoming] == ["mardi à jeudi"]


@pytest.mark.parametrize(
    "sentence, lang, text, expected",
    [
        # the source's verb closing the sentence is past; the date belongs to the clause before it
        (
            "She will then fly to Lima, where she will open the first meeting of the new trade council with "
            "the President of Peru on May 22, the foreign ministry said in a statement.",
            "en",
            "May 22",
            "2023-05-22",
        ),
        (
            "Le chef de l'État recevra les dirigeants des pays du fleuve dans la capitale pour un sommet sur "
            "l'eau le 22 mai, a précisé la présidence dans un communiqué.",
            "fr",
            "le 22 mai",
            "2023-05-22",
        ),
        # a past clause before the date still dates it in the past
        ("The ceasefire was signed in Doha on May 12, officials said.", "en", "May 12", "2023-05-12"),
        ("Les ministres se sont réunis à Rabat le 2 mai, a indiqué le ministère.", "fr", "le 2 mai", "2023-05-02"),
    ],
)
def test_the_attribution_closing_a_sentence_does_not_set_the_tense_of_its_date(
    sentence: str, lang: str, text: str, expected: str
) -> None:
    assert values(sentence, dt.date(2023, 5, 16), lang)[text] == expected


@pytest.mark.parametrize(
    "sentence, lang, published, span",
    [
        (
            "Les contrôleurs seront en grève à partir du lundi 6 mai et jusqu'au vendredi 31 mai.",
            "fr",
            "2024-04-02",
            "2024-05-06/2024-05-31",
        ),
        ("The exhibition runs from May 3 and until June 9 at the Tate.", "en", "2024-04-02", "2024-05-03/2024-06-09"),
    ],
)
def test_a_span_said_from_one_day_and_until_another_is_one_row(
    sentence: str, lang: str, published: str, span: str
) -> None:
    day = dt.date.fromisoformat(published)
    upcoming, _ = dated_events(extract_timexes(sentence, day, lang), day)
    assert [u.date for u in upcoming] == [span]


@pytest.mark.parametrize(
    "text, lang, published, listed",
    [
        (
            "En juin, la grève commencera le mardi 4. Suivront les 9 et 10 juin.",
            "fr",
            "2024-05-20",
            ["2024-06-04", "2024-06-09/2024-06-10"],
        ),
        (
            "In August, dockers will walk out on August 18 and on August 20.",
            "en",
            "2022-07-20",
            ["2022-08-18", "2022-08-20"],
        ),
        # a month that frames no day of its own stays
        (
            "The museum reopens in October. Its director will speak on Tuesday.",
            "en",
            "2022-09-05",
            ["2022-09-06", "2022-10"],
        ),
    ],
)
def test_a_month_said_as_the_frame_of_its_days_is_no_row_of_its_own(
    text: str, lang: str, published: str, listed: list[str]
) -> None:
    day = dt.date.fromisoformat(published)
    upcoming, _ = dated_events(extract_timexes(text, day, lang), day)
    assert sorted(u.date for u in upcoming) == listed


@pytest.mark.parametrize(
    "sentence, lang, expected",
    [
        # what an event comes before is to come, after a past verb
        (
            "The two rivals clashed on Saturday ahead of the Nov. 5 runoff.",
            "en",
            {"Saturday": "2023-10-28", "Nov. 5": "2023-11-05"},
        ),
        (
            "Les deux rivaux ont débattu samedi à l'approche du scrutin du 5 novembre.",
            "fr",
            {"samedi": "2023-10-28", "5 novembre": "2023-11-05"},
        ),
    ],
)
def test_what_an_event_comes_before_points_ahead_and_only_for_the_date_after_it(
    sentence: str, lang: str, expected: dict[str, str]
) -> None:
    assert values(sentence, dt.date(2023, 10, 30), lang) == expected


@pytest.mark.parametrize(
    "sentence, lang, text, expected",
    [
        ("Par précaution, jusqu'à lundi, les jardins publics sont fermés.", "fr", "lundi", "2023-11-06"),
        ("The parks stay closed until Monday.", "en", "Monday", "2023-11-06"),
        # a past verb still tells of a bound already reached
        ("Il a été hospitalisé jusqu'à lundi.", "fr", "lundi", "2023-10-30"),
    ],
)
def test_a_bound_said_without_a_verb_that_places_it_is_ahead(
    sentence: str, lang: str, text: str, expected: str
) -> None:
    assert values(sentence, dt.date(2023, 11, 2), lang)[text] == expected


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        ("Mercredi, à dix-sept heures, la commission entendra le ministre.", "dix-sept heures", "2024-04-03T17:00"),
        ("La séance reprendra demain à vingt et une heures trente.", "vingt et une heures trente", "T21:30"),
    ],
)
def test_an_hour_in_words_of_a_formal_agenda_is_a_time(sentence: str, text: str, expected: str) -> None:
    assert values(sentence)[text].endswith(expected)


def test_an_hour_in_words_before_a_distance_is_no_time() -> None:
    assert all(v.startswith("PT") or "T" not in v for v in values("Le village est à deux heures de route.").values())


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Prochains scrutins 2027 : 11 avril, 25 avril", "fr", {"11 avril": "2027-04-11", "25 avril": "2027-04-25"}),
        ("Board meetings 2025: February 3, June 9", "en", {"February 3": "2025-02-03", "June 9": "2025-06-09"}),
        ("Bilan 2023 : le 12 mars, la grève a paralysé les écoles.", "fr", {"le 12 mars": "2023-03-12"}),
    ],
)
def test_a_year_in_a_list_label_dates_the_yearless_days_after_its_colon(text: str, lang: str, expected: dict) -> None:
    found = {t.text: t.value for t in extract_timexes(text, dt.date(2024, 10, 1), lang)}
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "lang", "rows"),
    [
        (
            "La ministre sera à Lille ce samedi. Elle visitera l'hôpital en tout début de matinée.",
            "fr",
            [("2021-03-27", "ce samedi")],
        ),
        (
            "The minister will be in Leeds on Saturday. She will visit the hospital in the morning.",
            "en",
            [("2021-03-27", "Saturday")],
        ),
    ],
)
def test_a_part_of_a_day_another_row_gives_is_no_row_of_its_own(text, lang, rows):
    upcoming, _ = dated_events(extract_timexes(text, dt.date(2021, 3, 26), lang), dt.date(2021, 3, 26))
    assert [(e.date, e.text) for e in upcoming] == rows


def test_without_a_publication_date_a_dated_day_after_one_announced_with_its_year_is_to_come() -> None:
    # the page was written before 18 December 2016, so the programme's days written with their year are to come,
    # though their headings have no verb; a day told in the past, or a month (maybe the month of the writing), not
    text = (
        "Programme\n\nLe président effectuera une visite en France du 18 au 22 décembre 2016.\n\n"
        "Lundi 19 décembre 2016\n10h00 : entretien avec le Premier ministre.\n\n"
        "Mardi 20 décembre 2016\nVisite d'une usine. Le contrat, signé le 3 mars 2015, a été prolongé en décembre 2016."
    )
    upcoming = {t.value for t in extract_timexes(text, None, "fr") if t.upcoming}
    assert {"2016-12-18", "2016-12-22", "2016-12-19", "2016-12-20"} <= upcoming
    assert not upcoming & {"2015-03-03", "2016-12"}


def test_without_a_publication_date_a_month_announced_sets_no_horizon() -> None:
    text = "Sommet\n\nLe sommet se tiendra en juin 2027.\n\nJeudi 24 juin 2027\nOuverture des travaux."
    assert not [t for t in extract_timexes(text, None, "fr") if t.upcoming and t.value == "2027-06-24"]


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        (
            "The director said the line-up was the strongest yet over the fair's run from November 28 to January 4.",
            "en",
            ["2016-11-28", "2017-01-04"],
        ),
        (
            "Le directeur a dit que la saison était riche pendant la foire, du 28 novembre au 4 janvier.",
            "fr",
            ["2015-11-28", "2016-01-04"],
        ),
    ],
)
def test_a_range_s_end_without_its_year_comes_after_its_first_day(text, lang, values):
    # the past tense of the sentence pulls a yearless day back; the end of a range cannot come before its start
    assert [t.value for t in extract_timexes(text, dt.date(2016, 7, 26), lang)] == values


def test_an_english_page_that_shows_its_numeric_order_keeps_it_for_its_other_dates():
    # "18/10/2018" can only be day first: the page's "05/11/2018" is 5 November, not 11 May
    text = "Publication date: 18/10/2018. The decision comes into force on 05/11/2018 unless called in."
    assert [t.value for t in extract_timexes(text, dt.date(2018, 10, 18), "en")] == ["2018-10-18", "2018-11-05"]


def test_an_english_page_written_month_first_keeps_that_order():
    text = "Published on 6/25/2009. The special meeting will be held on 7/8/2009."
    assert [t.value for t in extract_timexes(text, dt.date(2009, 6, 25), "en")] == ["2009-06-25", "2009-07-08"]


# --- a date's own weekday in brackets after it -------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The library will be closed from June 3, 2024 (Monday) to June 8, 2024 (Saturday) for repairs.",
            "en",
            ["2024-06-03/2024-06-08"],
        ),
        ("La mairie sera fermée du 3 juin 2024 (lundi) au 8 juin 2024 (samedi).", "fr", ["2024-06-03/2024-06-08"]),
        ("Registration closes on 14 June (Friday).", "en", ["2024-06-14"]),
        ("Les inscriptions seront closes le 14 juin (vendredi).", "fr", ["2024-06-14"]),
    ],
)
def test_a_weekday_in_brackets_after_a_date_is_that_date_s_own_not_another_day(text, lang, expected):
    upcoming, _ = dated_events(extract_timexes(text, dt.date(2024, 5, 30), lang))
    assert [u.date for u in upcoming] == expected
