"""Places the recogniser reads as people: the preposition, the relative and the towns list around the name say
where (issue 19, "things are typed wrongly"); and organisation nouns that head a firm's or a brand's name."""

from __future__ import annotations

from entitykit import run


def test_two_words_after_a_place_preposition_are_the_place():
    people, _, places = run("Le ministre Paul Garnier se rendra jeudi à Keur Massar pour visiter l'école.", "fr")
    assert "Keur Massar" in places
    assert set(people) == {"Paul Garnier"}


def test_a_name_a_place_relative_follows_is_the_place():
    people, _, places = run("La ministre Anne Roux fera ensuite cap sur Keur Massar où se tient le magal.", "fr")
    assert "Keur Massar" in places
    assert set(people) == {"Anne Roux"}


def test_a_listed_town_after_de_is_the_place():
    people, _, places = run("Ils parleront de l'attaque de Tewkesbury, a précisé le ministre Luc Perrin.", "fr")
    assert "Tewkesbury" in places
    assert set(people) == {"Luc Perrin"}


def test_the_other_mention_of_a_place_follows_it():
    text = "De Keur Massar, la ministre Anne Roux gagnera Amman. Elle sera mardi à Keur Massar pour le forum."
    people, _, places = run(text, "fr")
    assert "Keur Massar" in places
    assert set(people) == {"Anne Roux"}


def test_a_person_after_a_preposition_stays_a_person():
    people, _, places = run("Le prix a été remis à Claire Vasseur, la lauréate, lundi.", "fr")
    assert "Claire Vasseur" in people


def test_a_firm_after_its_noun_is_an_organisation():
    text = "Le cocktail était payé par Bertolis. Le juge ignorait que le cabinet Bertolis plaidait."
    people, orgs, _ = run(text, "fr")
    assert "Bertolis" in orgs
    assert "Bertolis" not in people


def test_a_tribute_names_a_person():
    people, _, places = run("Une gerbe a été déposée en hommage à Keur Massar hier soir.", "fr")
    assert "Keur Massar" in people
    assert "Keur Massar" not in places


def test_a_given_name_before_a_comma_and_a_state_abbreviation_is_a_town():
    people, _, places = run(
        "Title\n\nThe council met in Florence, Ala., on Monday, and Mayor Jane Roe said it would meet in Madison, "
        "Wis., next."
    )
    assert set(people) == {"Jane Roe"}
    assert {"Florence", "Madison"} <= set(places)
    people, _, _ = run("Title\n\nVirginia, Minn., March 3 - The council voted to close the bridge, said Jane Roe.")
    assert "Virginia" not in people and "Jane Roe" in people
