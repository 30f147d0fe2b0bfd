"""Names cut at their particle (issue 19): the particle and the surname after it stay in the person's name, whatever
the particle ("L’", "de", "LE", "VAN DEN") and however the page writes the surname (in capitals, as official
releases and minutes do). Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, name",
    [
        ("Titre\n\nDîner en l’honneur du départ de Monsieur Yves LE ROUX |\nQuimper", "Yves LE ROUX"),
        ("Titre\n\nAbsent excusé : M. VAN DER BERGHE.", "VAN DER BERGHE"),
        ("Titre\n\nAbsents excusés : MM. MARTIN, DURAND et VAN DEN BRAEKE.", "VAN DEN BRAEKE"),
    ],
)  # fmt: skip
def test_a_surname_in_capitals_after_particles_in_capitals_is_whole(text: str, name: str):
    people, _, _ = run(text, "fr")
    assert name in people
    assert not any(p != name and (p in name or name in p) for p in people)


def test_a_word_of_the_language_in_capitals_after_an_article_in_capitals_is_no_name():
    people, _, places = run(
        "Titre\n\nDONNEZ, PARTAGEZ, INVESTISSEZ DANS LA LUTTE !\n\nLa caisse aide les grévistes.", "fr"
    )
    assert not people
    assert not places


def test_a_headline_in_capitals_with_articles_stays_no_name():
    people, orgs, _ = run("Titre\n\nLE VILLAGE FERA LA FÊTE\n\nLe maire a parlé avec Jean LE BRIS.", "fr")
    assert set(people) == {"Jean LE BRIS"}
    assert not orgs


def test_a_capitalised_elided_particle_after_given_names_opens_the_surname():
    people, _, _ = run("Titre\n\nUne plaque rappelle Jean Louis L’Hermite, peintre de la ville, mort en 1902.", "fr")
    assert set(people) == {"Jean Louis L’Hermite"}
    people, orgs, _ = run("Titre\n\nIl lit Paris Match et L’Express chaque semaine.", "fr")
    assert not people


def test_four_given_names_may_come_before_the_particle():
    people, _, _ = run("Titre\n\nLe ministre Carlos Alberto Nunes Pinto de Macedo sera reçu jeudi.", "fr")
    assert set(people) == {"Carlos Alberto Nunes Pinto de Macedo"}
