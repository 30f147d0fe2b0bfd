"""Places written with their region after them in parentheses (issue 19, places on real pages): a canton's, a
state's or a country's code, or a department's name. The code names no organisation and the word before it is a
town. And a peer's title, whose "of X" names the title, not a place ("the Duke of Kent"). Shapes of language, tested
on sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, towns, codes",
    [
        (
            "Titre\n\nLe conseiller fédéral visitera Wädenswil (ZH) puis Bulle (FR) et Sion (VS) samedi.",
            "fr",
            {"Wädenswil", "Bulle", "Sion"},
            {"ZH", "FR", "VS"},
        ),
        (
            "Title\n\nThe senator toured Elkton (MD) and Newark (DE) on Monday.",
            "en",
            {"Elkton", "Newark"},
            {"MD", "DE"},
        ),
    ],
)
def test_a_code_in_parentheses_after_a_town_is_its_region(text: str, lang: str, towns: set[str], codes: set[str]):
    people, orgs, places = run(text, lang)
    assert towns <= set(places)
    assert not codes & set(orgs) and not towns & set(people)


def test_a_region_s_name_in_parentheses_makes_the_word_before_it_a_town():
    _, _, places = run(
        "Titre\n\nL'incendie a touché une ferme de Lamballe (Côtes-d'Armor) et une autre à Pontivy (Morbihan).", "fr"
    )
    assert {"Lamballe", "Pontivy"} <= set(places)


def test_an_acronym_or_a_dateline_agency_in_parentheses_stays_an_organisation():
    _, orgs, _ = run(
        "Titre\n\nLe Parti socialiste (PS) et l'Union européenne (UE) ont salué l'accord, rapporte LONDRES (AP).", "fr"
    )
    assert {"PS", "UE"} & set(orgs) or {"Parti socialiste", "Union européenne"} <= set(orgs)
    _, orgs, places = run("Title\n\nThe team met officials of the Port Authority (PA) in Kingston (Jamaica).", "en")
    assert "Kingston" in places and "Jamaica" in places


@pytest.mark.parametrize(
    "text, lang, seats",
    [
        (
            "Title\n\nThe Duke of Kent will visit a hospital in Leeds on Monday, and the Earl of Wessex will open a "
            "school in Hull.",
            "en",
            {"Kent", "Wessex"},
        ),
        ("Title\n\nThe Prince of Wales toured a farm in Devon with the Countess of Derby.", "en", {"Wales", "Derby"}),
        ("Titre\n\nLe prince de Galles et la duchesse de Cornouailles sont arrivés à Ottawa.", "fr", {"Galles"}),
    ],
)
def test_the_name_in_a_peer_s_title_is_no_place(text: str, lang: str, seats: set[str]):
    _, orgs, places = run(text, lang)
    assert not seats & (set(places) | set(orgs))
    assert {"Leeds", "Hull", "Devon", "Ottawa"} & set(places)


def test_a_peer_s_title_alone_after_an_article_names_no_body():
    _, orgs, _ = run("Title\n\nThe Duke and Duchess of Cambridge's tour of Canada begins in Ottawa on Monday.", "en")
    assert not {"Duke", "Cambridge", "Duchess"} & set(orgs)


@pytest.mark.parametrize(
    "text, venues",
    [
        (
            "Title\n\nThe governor will host a reception at Government House, then walk to the Brisbane Opera House "
            "and the Perth Zoo.",
            {"Government House", "Brisbane Opera House", "Perth Zoo"},
        ),
        ("Title\n\nShe will visit Hilltop Farm near Ripon, then the Ripon Jetty.", {"Hilltop Farm", "Ripon Jetty"}),
        ("Title\n\nThe jury was led back to the Ceremonial Courtroom on Tuesday.", {"Ceremonial Courtroom"}),
    ],
)
def test_a_building_or_a_site_named_by_its_last_word_is_a_place(text: str, venues: set[str]):
    people, orgs, places = run(text, "en")
    assert venues <= set(places)
    assert not venues & (set(people) | set(orgs))


def test_a_house_of_parliament_stays_a_body():
    _, orgs, places = run("Title\n\nThe bill passed the House of Commons and the House Judiciary Committee.", "en")
    assert not {"House of Commons", "House Judiciary Committee"} & set(places)


@pytest.mark.parametrize(
    "text, venue",
    [
        ("Titre\n\nLe président prononcera un discours au Palais de la culture samedi.", "Palais de la culture"),
        ("Titre\n\nLes élus se retrouveront au Palais des congrès de Vichy.", "Palais des congrès de Vichy"),
    ],
)
def test_a_capitalised_venue_word_takes_its_lower_case_complement(text: str, venue: str):
    _, _, places = run(text, "fr")
    assert venue in places
