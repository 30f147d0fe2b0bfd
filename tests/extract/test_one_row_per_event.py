"""One agenda row per event: the same day said again in another sentence of the page (issues 18/19)."""

from __future__ import annotations

import datetime as dt

from generator.extract.dates import dated_events, extract_timexes

MONDAY = dt.date(2024, 3, 4)


def rows(text: str, lang: str) -> list[tuple[str, str]]:
    upcoming, _ = dated_events(extract_timexes(text, MONDAY, lang), MONDAY)
    return [(item.date, item.event) for item in upcoming]


def test_a_demonstrative_takes_the_event_up_fr() -> None:
    text = (
        "Les enseignants défileront dans les rues de Lyon le 14 mars. "
        "Cette grève du 14 mars sera suivie par les parents d'élèves, espèrent les syndicats."
    )
    found = rows(text, "fr")
    assert [date for date, _ in found] == ["2024-03-14"]


def test_a_demonstrative_takes_the_event_up_en() -> None:
    text = (
        "The county board will decide the fate of the old bridge on March 14. "
        "This hearing on March 14 is expected to draw a large crowd from both towns."
    )
    found = rows(text, "en")
    assert [date for date, _ in found] == ["2024-03-14"]


def test_a_phrase_of_only_the_date_names_nothing() -> None:
    text = (
        "The builders will pour the foundations of the new library on March 14. "
        "Both contractors said they would be ready by the March 14 start date."
    )
    found = rows(text, "en")
    assert found == [("2024-03-14", "builders will pour the foundations of the new library")]


def test_a_phrase_of_a_pronoun_and_a_verb_names_nothing() -> None:
    text = "Les maires se réuniront jeudi pour une journée de concertation sur l'eau. On se revoit jeudi."
    found = rows(text, "fr")
    assert len(found) == 1 and "concertation" in found[0][1]


def test_two_named_events_on_one_day_stay_two_rows() -> None:
    text = (
        "Le ministre inaugurera la nouvelle gare de Brest le 14 mars. "
        "Le 14 mars, il présidera aussi le conseil d'administration du port autonome."
    )
    assert len(rows(text, "fr")) == 2


def test_one_event_noun_in_both_phrases_is_one_event() -> None:
    text = (
        "The council will hold a public hearing on the budget on March 14. "
        "Residents who want to speak at the hearing on March 14 must register with the clerk."
    )
    assert [date for date, _ in rows(text, "en")] == ["2024-03-14"]


def test_two_places_on_one_day_stay_two_rows() -> None:
    text = (
        "En mairie de Tronville, samedi 9 mars, Paul Martin épousera Anne Leroy. "
        "Le même jour, à Saint-Amand, Jean Petit, agent communal, épousera Marie Roux."
    )
    assert len(rows(text, "fr")) == 2


def test_the_row_kept_is_the_one_that_names_the_event() -> None:
    text = "Voters across the county head to the polls on March 14.\n\nThe election is on 14 March 2024."
    assert rows(text, "en") == [("2024-03-14", "election")]


def test_a_sentence_that_tells_the_event_again_fr() -> None:
    text = (
        "Les nouveaux tarifs de stationnement entreront en vigueur le 14 mars. Dès le 14 mars, les automobilistes qui "
        "se garent le soir paieront eux aussi les nouveaux tarifs de stationnement, a précisé la mairie."
    )
    assert [date for date, _ in rows(text, "fr")] == ["2024-03-14"]


def test_a_sentence_that_tells_the_event_again_en() -> None:
    text = (
        "The city's new parking fees take effect on March 14. Starting March 14, drivers who park downtown at night "
        "will also have to pay the parking fees once they take effect, the mayor said."
    )
    assert [date for date, _ in rows(text, "en")] == ["2024-03-14"]


def test_two_events_of_one_participant_on_one_day_stay_two_rows_fr() -> None:
    text = (
        "La ministre visitera l'usine de batteries de Douai le 14 mars. "
        "Le 14 mars au soir, elle dînera avec les élus du département à la préfecture d'Arras."
    )
    assert len(rows(text, "fr")) == 2


def test_two_events_of_one_participant_on_one_day_stay_two_rows_en() -> None:
    text = (
        "The prime minister will open the new children's hospital in Leeds on March 14. "
        "On March 14, he will also address party members at a fundraising dinner in York."
    )
    assert len(rows(text, "en")) == 2


def test_names_said_again_do_not_make_one_event() -> None:
    text = (
        "Le président Paul Durand visitera la foire agricole de Rennes le 14 mars. "
        "Le 14 mars au soir, Paul Durand dînera avec les éleveurs de la région à Rennes."
    )
    assert len(rows(text, "fr")) == 2
