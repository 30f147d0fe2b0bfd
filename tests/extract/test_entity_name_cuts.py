"""Names cut wrongly (issue 19): an apostrophe inside a name before lower-case letters ("Ngo’o", "Mba’a") is part of
the name, though the French tokenizer cuts it like an elision; so is a particle glued to the capitalised rest of a
surname ("deGrasse"). Sentences of our own."""

from __future__ import annotations

import pytest
from entitykit import run


def test_an_apostrophe_and_lower_case_letters_inside_a_name_stay_in_it():
    people, _, _ = run(
        "Titre\n\nLe conseil a entendu Ernest Ndongo Mba’a, puis Jean Ngo’o et sa fille Ro’a, qui dort.", "fr"
    )
    assert {"Ernest Ndongo Mba’a", "Jean Ngo’o", "Ro’a"} <= set(people)


def test_a_capitalised_word_that_elides_is_no_name():
    people, _, _ = run(
        "Titre\n\nLorsqu’il est arrivé, Paul Biya a parlé. Jusqu’ici tout va bien, Aujourd’hui aussi.", "fr"
    )
    assert set(people) == {"Paul Biya"}


def test_a_particle_glued_to_the_rest_of_a_surname_stays_in_the_name():
    people, _, _ = run("Title\n\nThe panel included physicist Carla deMarco Rossi and the economist Paul Romer.")
    assert people["Carla deMarco Rossi"].role == "physicist"
    people, _, _ = run("Title\n\nShe sold her iPhone on eBay, said Paul Romer.")
    assert set(people) == {"Paul Romer"}


@pytest.mark.parametrize(
    "text, place",
    [
        ("Titre\n\nUne exposition sur les visites des ministres en Guadeloupe En avant-première, la mairie ouvrira ses "
         "portes.", "Guadeloupe"),
        ("Titre\n\nLes visiteurs venus de Bretagne Pour la première fois ont été nombreux.", "Bretagne"),
    ],
)  # fmt: skip
def test_a_capitalised_preposition_after_a_name_opens_a_sentence_whose_stop_was_lost(text: str, place: str):
    _, _, places = run(text, "fr")
    assert place in places
    assert not any(p != place and p.startswith(place) for p in places)


def test_a_particle_inside_a_name_is_kept():
    people, _, _ = run("Titre\n\nLe festival accueille Robert De Niro, avec Jean-Claude Van Damme.", "fr")
    assert "Robert De Niro" in people
