"""Kinds of error the dev split of bench/real showed (issue 19, third pass: seats of power, names cut short, names
glued to an elided particle), each a shape of language tested on sentences written for the test."""

from __future__ import annotations

from entitykit import run


def test_a_surname_with_an_elided_particle_is_one_name():
    people, _, _ = run(
        "Titre\n\nL’ancien président Carlo D’Amato a reçu le ministre. D’Amato a déclaré que rien n’était joué.", "fr"
    )
    assert list(people) == ["Carlo D’Amato"]
    assert "D’Amato" in people["Carlo D’Amato"].aliases
    people, _, _ = run("Title\n\nFormer mayor Lucia D'Avanzo said the vote was close. D'Avanzo left.", "en")
    assert list(people) == ["Lucia D'Avanzo"]


def test_a_month_written_before_its_day_is_no_part_of_a_name():
    people, orgs, _ = run(
        "Title\n\nPosted Aug 4, 2022, 9:05am\nOCT. 2, 2021\nThe mayor said on May 3 that Jane Roe would stay."
    )
    assert not orgs and "Posted Aug" not in people and "Jane Roe" in people


def test_a_relative_said_of_people_only_backs_a_name_met_once():
    people, _, _ = run("Title\n\nThe board blamed Dana Whitlock whose plan failed. Corbin Vale, who resigned, left.")
    assert {"Dana Whitlock", "Corbin Vale"} <= set(people)


def test_a_seat_of_power_held_as_an_office_is_the_institution():
    _, orgs, places = run("Titre\n\nDepuis son entrée à Matignon, la Première ministre a peu voyagé.", "fr")
    assert "Matignon" in orgs and "Matignon" not in places
    _, orgs, places = run("Title\n\nAfter two years in Downing Street, she resigned.")
    assert "Downing Street" in orgs and "Downing Street" not in places


def test_a_seat_of_power_opening_the_sentence_before_its_people_is_the_institution():
    _, orgs, _ = run("Titre\n\nÀ Beauvau, on assure que la réforme sera présentée.", "fr")
    assert "Beauvau" in orgs
    _, orgs, _ = run("Title\n\nAt the Pentagon, officials said the drill would go ahead.")
    assert "Pentagon" in orgs


def test_a_seat_of_power_where_someone_is_received_stays_a_place():
    _, orgs, places = run("Titre\n\nÀ Matignon, Jean Roux a reçu les syndicats.", "fr")
    assert "Matignon" in places and "Matignon" not in orgs
    _, orgs, places = run("Title\n\nThe king was welcomed at the White House on Monday.")
    assert "White House" in places and "White House" not in orgs


def test_a_people_named_after_a_generic_head_does_not_end_the_organisation():
    _, orgs, _ = run("Titre\n\nL'Union des Belges de l'étranger a demandé un bureau de vote.", "fr")
    assert "Union des Belges de l'étranger" in orgs


def test_a_lower_case_word_inside_the_recognisers_name_after_its_head_stays_in_it():
    _, orgs, _ = run("Titre\n\nLe Conseil coutumier a reçu la délégation mardi.", "fr")
    assert any(name.startswith("Conseil coutumier") for name in orgs)


def test_a_committee_written_in_lower_case_with_its_field_is_an_organisation():
    _, orgs, _ = run("Titre\n\nLe projet sera examiné en commission des finances puis voté.", "fr")
    assert "commission des finances" in orgs
    _, orgs, _ = run("Titre\n\nLa commission de la défense a rendu son avis.", "fr")
    assert "commission de la défense" in orgs


def test_a_name_coordinated_with_a_cited_outlet_is_an_outlet_too():
    _, orgs, _ = run("Title\n\nPrices rose again.\n\nWith reports from Milenio and La Jornada")
    assert {"Milenio", "La Jornada"} <= set(orgs)


def test_a_name_that_has_accounts_or_shares_is_an_organisation():
    _, orgs, _ = run("Title\n\nTwo Instagram accounts were closed, and Tencent shares fell.")
    assert {"Instagram", "Tencent"} <= set(orgs)
    _, orgs, _ = run("Titre\n\nIl l'a annoncé sur son compte Telegram mardi.", "fr")
    assert "Telegram" in orgs


def test_an_institution_cut_from_its_place_keeps_the_whole_name_as_an_alias():
    _, orgs, places = run("Title\n\nThe deal needs the U.K. Parliament to agree. Parliament meets on Monday.")
    assert "U.K. Parliament" in orgs["Parliament"].aliases
    # (initials written only before a body's name say whose body it is, no place of the story:
    # test_entity_adjective_initials)
    assert "U.K." not in places
