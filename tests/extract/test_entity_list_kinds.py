"""Names listed together share their kind (issue 19: union initials left out beside typed unions on a union page,
villages beside typed villages read as a person on a tour page, a union list of a strike notice). An item the cues
leave untyped, or type by a weak vote only, takes the kind its typed neighbours agree on; an item with evidence of
its own keeps its kind, and a list in brackets after a noun of things types nothing. Sentences written for the test,
about no benchmark page."""

from __future__ import annotations

from entitykit import run


def test_untyped_initials_in_brackets_after_a_joint_body_are_organisations():
    text = "Titre\n\nL'appel de l'intersyndicale (Snes Fsu, Cgt éducation, Snalc, Sundep, Cgc) court jusqu'au 30 juin."
    _, orgs, places = run(text, "fr")
    assert {"Snalc", "Sundep", "Cgc"} <= set(orgs)
    assert not places


def test_a_village_listed_with_villages_is_a_place():
    text = "Titre\n\nIl mettra en service le réseau électrique des villages de Dialakoto, Ngari et de Maroucounding."
    people, _, places = run(text, "fr")
    assert "Maroucounding" in places
    assert not people


def test_a_town_opening_on_a_given_name_among_three_places_is_a_place():
    text = "Titre\n\nLa tournée passera par Kaffrine, Koungheul, Médina Gounass et Kédougou."
    people, _, places = run(text, "fr")
    assert places == ["Kaffrine", "Koungheul", "Médina Gounass", "Kédougou"]
    assert not people


def test_a_list_of_mixed_kinds_keeps_each_kind():
    text = "Titre\n\nLa réforme oppose Emmanuel Macron, l'Élysée et Matignon depuis des semaines, dit-on à Paris."
    people, _, _ = run(text, "fr")
    assert "Emmanuel Macron" in people


def test_a_list_in_brackets_after_a_noun_of_things_types_no_new_name():
    text = "Titre\n\nLa grève touchera les lignes régionales (Intercités, TER, RER et Transilien) dès mardi."
    _, orgs, places = run(text, "fr")
    assert "Intercités" not in orgs and "Intercités" not in places


def test_an_untyped_full_name_listed_with_people_is_a_person():
    people, orgs, places = run("Title\n\nThe new board brings together Anna Reid, Peter Cook and Ben Mason.", "en")
    assert "Ben Mason" in people
    assert not orgs and not places
