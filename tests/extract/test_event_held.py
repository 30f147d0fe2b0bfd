"""A clause whose verb only says its subject holds, organises, hosts or calls an event: the row is who, then the event
(timex/context.py `held_event`)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.dates import dated_events, extract_timexes
from generator.extract.timex.context import held_event, part_of_whole
from generator.lang import language

_PUBLISHED = dt.date(2025, 5, 19)


def _events(text: str, lang: str) -> list[str]:
    upcoming, _ = dated_events(extract_timexes(text, _PUBLISHED, lang), _PUBLISHED)
    return [item.event for item in upcoming]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "The county board will hold a public hearing on the landfill permit on June 4.",
            "county board – public hearing on the landfill permit",
        ),
        (
            "The planning commission is scheduled for two meetings on June 11 at city hall.",
            "planning commission – two meetings at city hall",
        ),
        ("On June 11, the union will stage a walkout at the Leeds depot.", "union – walkout at the Leeds depot"),
        # a name says who, the hearings what: neither "Board of County Commissioners for two hearings" nor the verb
        (
            "The Board of County Commissioners is scheduled for two hearings on March 12.",
            "Board of County Commissioners – two hearings",
        ),
    ],
)
def test_a_verb_that_only_holds_its_event_gives_who_then_the_event(text: str, event: str) -> None:
    assert event in _events(text, "en")


@pytest.mark.parametrize(
    ("phrase", "event"),
    [
        # French rows are nominal already where the date's clause names its event; a clause read whole keeps its verb
        ("Le comité de quartier organisera une fête des voisins", "comité de quartier – fête des voisins"),
        (
            "L'Assemblée tiendra une séance plénière avec les ministres",
            "Assemblée – séance plénière avec les ministres",
        ),
        ("Les textes suivants sont soumis à votation", "textes suivants – votation"),
    ],
)
def test_a_french_verb_that_only_holds_its_event_gives_who_then_the_event(phrase: str, event: str) -> None:
    assert held_event(phrase, language("fr")) == event


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [
        ("Le festival se tiendra sur la place du marché", "fr"),  # the event's own verb: no one holds it
        ("Elle tiendra une conférence de presse", "fr"),  # a pronoun: resolved on the whole phrase later
        ("La mairie organisera les inscriptions", "fr"),  # no event noun in the object
        ("Officials said the board will hold a meeting", "en"),  # a clause of its own says who
    ],
)
def test_a_phrase_no_holding_verb_heads_stays(phrase: str, lang: str) -> None:
    assert held_event(phrase, language(lang)) == phrase


def test_a_subject_said_by_its_initials_is_who() -> None:
    assert held_event("La CGT appelle à une journée de grève", language("fr")) == "CGT – journée de grève"


def test_a_bare_part_of_an_event_takes_the_event_the_headline_names_from_the_parse(nlp) -> None:
    text = (
        "Le procès de l'incendie de la rue Saint-Jean reporté après un malaise\n\n"
        "Les avocats ont demandé un délai. La cour a accepté. Le verdict sera rendu le 12 juin."
    )
    found = [t for t in extract_timexes(text, _PUBLISHED, "fr", nlp(text)) if t.event]
    assert found[-1].event == "verdict sera rendu – procès de l'incendie de la rue Saint-Jean"


def test_a_bare_part_of_an_event_without_a_parse_ends_the_headline_s_group_at_its_participle() -> None:
    text = (
        "Strike at the Acme plant postponed by the union\n\n"
        "The workers met on Monday. The union gave no reason. The resumption is expected on June 12."
    )
    assert "resumption is expected – Strike at the Acme plant" in _events(text, "en")


@pytest.mark.parametrize(
    ("phrase", "opening"),
    [
        ("verdict du procès sera rendu", "Le procès de Jean Dupont renvoyé"),  # its whole said already
        ("verdict sera rendu", "Les inondations dans le Gard"),  # the headline names no event
        ("grève sera reconduite", "La grève des éboueurs se poursuit"),  # a whole event, no part of one
    ],
)
def test_a_part_that_says_its_whole_or_a_headline_without_one_leave_the_phrase(phrase: str, opening: str) -> None:
    assert part_of_whole(phrase, opening, language("fr")) == phrase
