"""Roles in lists of people given with appositions (issue 19): a role phrase between two names and their commas
belongs to one of them by the list's shape, each tested on sentences of our own."""

from __future__ import annotations

from entitykit import run


def test_a_titled_role_between_two_described_names_is_the_next_ones():
    # every item is "description Name": "le roi du Maroc" opens the second item, it does not close the first
    people, _, _ = run(
        "Titre\n\nÉtaient présents le Malien Amadou Traoré, le président du Niger, Ali Souley, et la Togolaise Ama "
        "Kodjo.",
        "fr",
    )
    assert people["Ali Souley"].role == "président du Niger"
    assert people["Amadou Traoré"].role != "président du Niger"


def test_a_titled_role_after_a_titled_name_in_an_english_list_is_the_next_ones():
    people, _, _ = run(
        "Title\n\nGuests included President John Mahama, the king of Lesotho, Letsie III, and Prime Minister Ruth "
        "Wanjiru.",
    )
    assert people["John Mahama"].role == "President"
    assert people["Letsie III"].role == "king of Lesotho"
    assert people["Ruth Wanjiru"].role == "Prime Minister"


def test_a_role_after_a_name_given_without_a_title_stays_that_names_apposition():
    people, _, _ = run(
        "Titre\n\nAu sommet, Paul Girard, le ministre des Finances, Anne Petit et Marc Leroy ont parlé.",
        "fr",
    )
    assert people["Paul Girard"].role == "ministre des Finances"
    assert people["Anne Petit"].role is None


def test_the_complement_of_an_apposition_between_two_names_is_the_second_ones_role():
    people, _, _ = run(
        "Titre\n\nLe ministre de l'Intérieur, Jean Morel, représentant du président de la République, Louis Garnier, "
        "a reçu les maires.",
        "fr",
    )
    assert people["Jean Morel"].role == "ministre de l'Intérieur"
    assert people["Louis Garnier"].role == "président de la République"


def test_an_indefinite_apposition_between_two_names_describes_the_first():
    people, _, _ = run(
        "Title\n\nThe prime minister, John Smith, an adviser to the president, Ana Perez, spoke.",
    )
    assert people["John Smith"].role == "prime minister"
    assert people["Ana Perez"].role is None
