"""Names real pages made of words that are no names (issue 19), tested on sentences other than the page that showed
them: a common noun capitalised to open a programme's line before its complement, and a person named by one name
after a French lower-case title, who goes by that title too."""

from __future__ import annotations

import pytest
from entitykit import run


def test_a_common_noun_opening_a_line_before_its_complement_is_no_person():
    people, _, _ = run(
        "Titre\n\nLe programme comprend une messe le soir.\n\nMesse de Pâques à la cathédrale\n\nLa ministre Claire "
        "Martin arrivera le lendemain.",
        "fr",
    )
    assert not any("Messe" in name for name in people)
    assert "Claire Martin" in people


def test_a_given_name_opening_a_line_stays_a_name_even_written_as_a_common_noun():
    people, _, _ = run(
        "Titre\n\nLe mur est en pierre de taille.\n\nPierre de Villiers a visité le chantier mardi.", "fr"
    )
    assert "Pierre de Villiers" in people


def test_a_surname_after_a_french_lower_case_title_goes_by_that_title():
    people, _, _ = run("Titre\n\nLa visite du ministre Darmanin à Lyon a été reportée à jeudi.", "fr")
    assert "ministre Darmanin" in people["Darmanin"].aliases


def test_a_word_opening_a_sentence_before_a_determiner_is_no_person_by_the_recogniser_alone():
    people, _, _ = run("Titre\n\nLe maire a parlé. Interviendra un orchestre de jazz.", "fr")
    assert "Interviendra" not in people


def test_a_surname_opening_a_sentence_before_its_verb_stays_a_person():
    people, _, _ = run("Titre\n\nLe match a été serré. Gallas a marqué à la dernière minute.", "fr")
    assert "Gallas" in people


def test_a_county_seat_is_no_chief_and_gives_no_role():
    people, _, _ = run("Titre\n\nLe cortège fera étape au chef-lieu du département, Korhogo, en fin de matinée.", "fr")
    assert "Korhogo" not in people


def test_a_villa_is_a_venue_and_an_elided_particle_glued_to_a_name_goes_on_with_it():
    people, _, places = run("Title\n\nThe two leaders will dine at the Villa Belle d'Azur on Tuesday evening.")
    assert "Villa Belle d'Azur" in places
    assert not people


def test_a_person_named_only_with_an_honorific_goes_by_that_form_too():
    people, _, _ = run("Title\n\nThe senator and Mrs. Whitfield arrived in Paris on Sunday for the ceremony.")
    assert "Mrs. Whitfield" in people["Whitfield"].aliases


def test_a_participle_opening_a_subheading_is_no_person():
    people, _, _ = run(
        "Titre\n\nLe conseil municipal se réunira en janvier.\n\nReporté à juin avant d'être annulé\n\n"
        "Le maire Paul Girard a présenté le budget.",
        "fr",
    )
    assert "Reporté" not in people and "Paul Girard" in people


def test_a_weekday_and_the_words_that_place_it_in_time_are_no_person():
    people, _, _ = run(
        "Title\n\nThe union said it would strike on June 10. Late Friday the nurses said talks would resume. "
        "Union president Jane Friday confirmed it on Monday.",
        "en",
    )
    assert "Late Friday" not in people and "Jane Friday" in people


def test_a_weekday_after_a_full_name_is_when_the_verb_happens():
    people, _, _ = run(
        "Title\n\nMayor Karen Bass Wednesday signed the order, and Police Chief Michel Moore Tuesday said it would "
        "help. Union president Jane Friday agreed.",
        "en",
    )
    assert people["Karen Bass"].role == "Mayor" and people["Michel Moore"].role == "Police Chief"
    assert "Jane Friday" in people  # a surname that is a weekday after a given name alone stays


@pytest.mark.parametrize("item", ["Peindre une banderole", "Imprimer un journal", "Filmer une manifestation"])
def test_an_infinitive_opening_a_quoted_item_is_no_person(item):
    people, _, _ = run(
        f"Titre\n\nLe programme propose des ateliers (« Comment parler en public ? », « {item} » ou « Lire un "
        "budget »), des projections et des débats. « Dupont a menti », dit Paul Girard.",
        "fr",
    )
    assert item.split()[0] not in people and "Paul Girard" in people


def test_the_first_word_of_a_line_or_a_list_item_is_capitalised_by_its_place():
    people, orgs, _ = run(
        "Title\n\nThe council met on Monday and Mayor Ann Cole spoke.\n- Yesterday’s vote: approved\n‘Patience will be "
        "our watchword,’ Cole said.\nNeed a lawyer? Call us.\n2) Replace the pipes, as Acme’s crews advise.",
        "en",
    )
    assert set(orgs) == {"Acme"} and set(people) == {"Ann Cole"}


@pytest.mark.parametrize("line", ["Pas de commentaires ! Soyez prudents sur la route.", "Essayez de réserver tôt."])
def test_a_verb_opening_a_sentence_is_no_organisation_or_person(line):
    people, orgs, _ = run(f"Titre\n\nLe festival ouvre le 3 juin à Brest, a annoncé Paul Girard. {line}", "fr")
    assert set(people) == {"Paul Girard"} and not orgs
