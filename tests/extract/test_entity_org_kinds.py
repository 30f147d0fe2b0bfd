"""Kinds of organisation error the dev split of bench/real showed (issue 19, organisations on real pages): numbered
things and clock times taken for acronyms, an institution's meetings taken for the institution, a role word that
opens a body's name, a venue word before the body that runs it. Each a shape of language, tested on sentences written
for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, thing",
    [
        ("Titre\n\nÀ l'ouverture, le SBF 120 recule de 0,4 % et les valeurs bancaires souffrent.", "fr", "SBF"),
        ("Title\n\nThe airline flies two ATR 42 turboprops and one Boeing jet, the carrier said.", "en", "ATR"),
        ("Title\n\nTickets for EXPO 2030 go on sale in May, organisers said on Friday.", "en", "EXPO"),
        ("Titre\n\nCOP-2025 : les délégués arrivent à Belém pour deux semaines.", "fr", "COP-2025"),
        ("Titre\n\nLe cortège partira vers 14H30 de la place de la République.", "fr", "14H30"),
    ],
)
def test_an_acronym_with_its_number_or_a_clock_time_is_no_organisation(text: str, lang: str, thing: str):
    _, orgs, _ = run(text, lang)
    assert thing not in orgs


def test_a_number_that_is_a_figure_or_a_day_leaves_the_acronym_an_organisation():
    _, orgs, _ = run("Titre\n\nLe G20 se réunit à Rome. Le RN 31 % devance le PS, selon l'Ifop.", "fr")
    assert {"G20", "RN"} <= set(orgs)


def test_an_institution_s_meeting_is_the_institution():
    _, orgs, _ = run(
        "Titre\n\nLes dirigeants se retrouvent pour un Conseil européen extraordinaire. Le Conseil européen de "
        "décembre avait reporté la décision.",
        "fr",
    )
    assert set(orgs) == {"Conseil européen"}
    _, orgs, _ = run("Title\n\nMinisters met at an Eurogroup informal session, then at the Ecofin.", "en")
    assert not any("informal" in name for name in orgs)


def test_the_council_of_ministers_of_a_week_s_agenda_is_a_meeting():
    _, orgs, _ = run(
        "Titre\n\nMercredi, 10h00 : Conseil des ministres, palais de l'Élysée. Jeudi : déplacement à Lille.", "fr"
    )
    assert not orgs
    _, orgs, _ = run("Titre\n\nLe Conseil des ministres de la Justice de l'UE a adopté le texte.", "fr")
    assert any(name.startswith("Conseil des ministres de la Justice") for name in orgs)


@pytest.mark.parametrize(
    "text, body",
    [
        ("Title\n\nThe vote in the UN Security Council came after the General Assembly debate.", "General Assembly"),
        ("Title\n\nOman's General Authority for Civil Aviation issued a new rule on Monday.", "General Authority"),
    ],
)
def test_a_role_word_that_opens_a_body_s_name_is_no_title(text: str, body: str):
    people, orgs, _ = run(text)
    assert any(name.startswith(body) for name in orgs) and not people


def test_a_title_before_what_it_heads_stays_a_title():
    people, orgs, _ = run("Title\n\nJane Roe, Chief Executive Officer of the Harbour Board of Kingston, spoke first.")
    assert "Jane Roe" in people and not any("Executive" in name for name in people)


def test_a_body_named_with_its_organisation_first_is_the_body_named_alone():
    _, orgs, _ = run(
        "Title\n\nThe United Nations Human Rights Council opened its session. The Human Rights Council will report "
        "in June, the United Nations said."
    )
    assert "Human Rights Council" in orgs["United Nations Human Rights Council"].aliases
    assert "Human Rights Council" not in orgs


def test_a_venue_word_before_an_organisation_word_names_the_body_that_runs_it():
    _, orgs, places = run("Title\n\nThe Airport Authority of Accra said the runway would reopen.")
    assert "Airport Authority of Accra" in orgs and "Airport Authority of Accra" not in places
