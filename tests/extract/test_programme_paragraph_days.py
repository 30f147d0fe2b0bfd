"""A programme's day heading above paragraphs: a day of its own, whose row sums the events its sentences name."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.dates import dated_events, extract_timexes
from generator.extract.timex.programme import _event_groups
from generator.lang import language

PUBLISHED = dt.date(2024, 3, 1)

FRENCH_VISIT = (
    "Le président portugais effectuera du 12 au 14 mars 2024 une visite d'État en Belgique.\n\n"
    "Mardi 12 mars\n\n"
    "La visite d'État en Belgique commencera le 12 mars à Bruxelles. Le président sera reçu par le roi lors d'une "
    "cérémonie sur la place des Palais. Il déposera ensuite une gerbe à la mémoire des soldats de la Grande Guerre.\n\n"
    "L'après-midi, il s'entretiendra avec le Premier ministre au Lambermont.\n\n"
    "La journée s'achèvera par un banquet au château de Laeken.\n\n"
    "Mercredi 13 mars\n\n"
    "Le président se rendra à Anvers pour un forum économique.\n"
)

ENGLISH_VISIT = (
    "The Mexican president will make a state visit to Canada from 12 to 14 March 2024.\n\n"
    "Tuesday 12 March\n\n"
    "The state visit to Canada will begin in Ottawa. The president will be greeted by the Governor General at a "
    "ceremony on Parliament Hill. He will later lay a wreath at the National War Memorial.\n\n"
    "In the afternoon he holds talks with the Prime Minister on trade.\n\n"
    "The day ends with a state dinner at Rideau Hall.\n\n"
    "Wednesday 13 March\n\n"
    "The president travels to Toronto for a business forum.\n"
)


def _rows(text: str, lang: str) -> dict[str, str]:
    upcoming, _ = dated_events(extract_timexes(text, PUBLISHED, lang))
    return {u.text: u.event for u in upcoming}


@pytest.mark.parametrize(
    ("text", "lang", "heading", "span"),
    [
        (FRENCH_VISIT, "fr", "Mardi 12 mars", "12 au 14 mars 2024"),
        (ENGLISH_VISIT, "en", "Tuesday 12 March", "12 to 14 March 2024"),
    ],
)
def test_a_day_heading_inside_the_visit_keeps_its_row_beside_the_visit(text: str, lang: str, heading: str, span: str):
    rows = _rows(text, lang)
    assert heading in rows
    assert any(key.endswith(span) for key in rows)


@pytest.mark.parametrize(
    ("text", "lang", "heading", "expected"),
    [
        (FRENCH_VISIT, "fr", "Mardi 12 mars", "cérémonie sur la place des Palais; banquet au château de Laeken"),
        (ENGLISH_VISIT, "en", "Tuesday 12 March", "ceremony on Parliament Hill; state dinner at Rideau Hall"),
    ],
)
def test_a_day_told_in_paragraphs_is_summed_by_the_events_its_sentences_name(text, lang, heading, expected):
    event = _rows(text, lang)[heading]
    assert event.startswith(expected.split("; ")[0].split()[0])
    for part in expected.split("; "):
        assert part.split()[0] in event
    assert "visit" not in event.lower()  # the visit's start frames the day, it is none of its events
    assert len(event.split()) <= 12


@pytest.mark.parametrize(
    ("sentence", "lang", "groups"),
    [
        ("Le maire sera accueilli par la préfète lors d'une cérémonie au monument.", "fr", ["cérémonie au monument"]),
        ("Elle lira un texte à la mémoire des victimes de la Grande Guerre.", "fr", []),
        ("They will mark the memory of the war at the cenotaph.", "en", []),
    ],
)
def test_an_event_group_neither_runs_over_an_elided_article_nor_complements_another_noun(sentence, lang, groups):
    assert _event_groups(sentence, language(lang)) == groups


@pytest.mark.parametrize(
    ("text", "lang", "rows"),
    [
        (
            "La ministre arrivera à Lyon jeudi pour une visite de deux jours.\n\nVoici son programme :\n\n"
            "Jeudi 14 mars\n\n- 10h : inauguration du pôle de santé\n- 15h : réunion avec les maires\n",
            "fr",
            ["Jeudi 14 mars", "10h", "15h"],
        ),
        (
            "The minister will arrive in Leeds on Thursday for a two-day visit.\n\nHere is her itinerary:\n\n"
            "Thursday 14 March\n\n- 10am: opening of the health centre\n- 3pm: meeting with the mayors\n",
            "en",
            ["Thursday 14 March", "10am", "3pm"],
        ),
    ],
)
def test_a_day_the_programme_heads_is_one_row_the_heading_s_and_its_hours(text, lang, rows):
    upcoming, _ = dated_events(extract_timexes(text, dt.date(2024, 3, 11), lang))  # a Monday: "jeudi" is the 14th
    assert [u.text for u in upcoming if u.date == "2024-03-14"] == rows  # the lead's "jeudi" is the heading's day


def test_a_day_whose_sentence_only_says_it_is_busy_takes_the_events_of_the_sentences_after_it():
    text = (
        "La préfète sera en visite dans la Creuse cette semaine.\n\n"
        "La journée de mardi sera très chargée. Elle commencera par une réunion avec les élus du canton, puis la "
        "préfète fera une visite de la scierie. Le soir, un dîner avec les chefs d'entreprise est prévu.\n\n"
        "Mercredi, elle inaugurera la nouvelle caserne de Guéret.\n"
    )
    rows = {u.text: u.event for u in dated_events(extract_timexes(text, dt.date(2024, 3, 11), "fr"))[0]}
    assert rows["mardi"].startswith("réunion avec les élus du canton; visite de la scierie")
    assert "chargée" not in rows["mardi"]


def test_a_day_of_action_is_the_event_of_its_date():
    text = (
        "Les syndicats appellent à une journée de mobilisation mardi. Une réunion avec la direction est prévue le "
        "matin, puis une manifestation partira de la gare.\n"
    )
    rows = {u.text: u.event for u in dated_events(extract_timexes(text, dt.date(2024, 3, 11), "fr"))[0]}
    assert "mobilisation" in rows["mardi"]


def test_an_event_noun_after_a_determiner_and_its_qualifiers_is_an_event_of_the_day():
    english = language("en")
    assert _event_groups("The day will end with a ceremonial state dinner at the palace.", english) == [
        "ceremonial state dinner at the palace"
    ]


def test_an_item_of_the_headed_day_that_gives_its_hour_stays_a_row():
    text = (
        "Le sommet se tiendra à Nice.\n\nJeudi\n\nLa première séance de travail commencera le matin.\n\n"
        "Un déjeuner réunira ensuite les délégations.\n\n"
        "Les ministres des finances signeront l'accord sur les douanes jeudi à 15 heures.\n"
    )
    upcoming, _ = dated_events(extract_timexes(text, dt.date(2024, 3, 11), "fr"))
    assert [u.text for u in upcoming if u.date == "2024-03-14"] == ["Jeudi", "jeudi"]


def test_an_hour_alone_on_its_line_heads_no_day():
    text = "Le ministre visitera l'usine de Lyon le vendredi 15 mars.\n\nProgramme\n\n14h30\n\nRéunion avec les élus\n"
    upcoming, _ = dated_events(extract_timexes(text, dt.date(2024, 3, 11), "fr"))
    assert "le vendredi 15 mars" in [u.text for u in upcoming]
