"""Event phrases that keep what the event is: its object set off after the clause's adverbials, the noun a participle
apposition qualifies, and the full name a second, bare mention of the event drops."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.dates import extract_timexes

PUBLISHED = dt.date(2024, 3, 5)


def event(text: str, lang: str) -> str:
    found = [t for t in extract_timexes(text, PUBLISHED, lang) if t.event]
    assert found, text
    return found[-1].event


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Le préfet présidera jeudi à Tulle, la cérémonie de remise des médailles de la sécurité intérieure.",
            "fr",
            "préfet – cérémonie de remise des médailles de la sécurité intérieure",
        ),
        (
            "Mayor John Smith will open on Saturday in the town square, the annual festival of street arts.",
            "en",
            "Mayor John Smith – annual festival of street arts",
        ),
    ],
)
def test_an_object_set_off_after_the_adverbials_is_the_event(text: str, lang: str, expected: str) -> None:
    assert event(text, lang).removeprefix("Le ") == expected


def test_a_piece_after_the_comma_with_a_verb_of_its_own_is_no_object() -> None:
    said = event("Le préfet arrivera jeudi à Tulle, la cérémonie commencera une heure plus tard.", "fr")
    assert "cérémonie" not in said


def test_a_participle_apposition_before_a_parenthetical_date_says_its_noun() -> None:
    text = "La chambre ajoute que le salon, prévu sur trois jours (12-14 mars), est ouvert à tous."
    assert "salon prévu sur trois jours" in [t.event for t in extract_timexes(text, PUBLISHED, "fr")]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Le maire a convoqué une réunion sur le budget de la piscine municipale. "
            "La réunion aura lieu le 12 mars à la mairie.",
            "fr",
            "réunion sur le budget de la piscine municipale",
        ),
        (
            "The council called a public hearing on the new parking rules. The hearing will take place on March 12.",
            "en",
            "hearing on the new parking rules",
        ),
    ],
)
def test_a_bare_second_mention_takes_the_full_name_said_before(text: str, lang: str, expected: str) -> None:
    assert event(text, lang) == expected


def test_a_second_mention_with_its_own_complement_keeps_it() -> None:
    text = "Le maire a convoqué une réunion sur le budget. La réunion du conseil aura lieu le 12 mars."
    assert event(text, "fr").startswith("réunion du conseil")


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("La première session de travail se tiendra le dimanche 10 mars.", "fr", "première session de travail"),
        (
            "Deux séminaires sont prévus. La première devrait avoir lieu en Belgique le 3 avril.",
            "fr",
            "première en Belgique",
        ),
        ("The public hearing on the budget will be held on March 12.", "en", "public hearing on the budget"),
    ],
)
def test_a_verb_that_only_says_the_event_takes_place_is_left_out(text: str, lang: str, expected: str) -> None:
    assert event(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Elle aura lieu le 12 mars.", "fr"),  # a pronoun: what it stands for is read elsewhere
        ("Les audiences reprendront le 12 mars.", "fr"),  # a stage of the event says something
    ],
)
def test_the_verb_stays_after_a_pronoun_a_subject_naming_no_event_or_a_stage(text: str, lang: str) -> None:
    said = event(text, lang)
    assert any(verb in said for verb in ("aura lieu", "scheduled", "reprendront")), said
