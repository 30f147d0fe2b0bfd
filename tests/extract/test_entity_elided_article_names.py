"""A name an elided article is glued to ("l'Arc de Triomphe", "l'Epide de Meyzieu") is no person's: French names no
person with an article (issue 19: monuments and bodies typed as people); a title or a given name keeps the person."""

from __future__ import annotations

from entitykit import run


def test_a_monument_after_an_elided_article_is_no_person():
    people, _, _ = run("Titre\n\nLa délégation déposera une gerbe sous l’Arc de Carrousel puis partira.", "fr")
    assert people == {}


def test_a_body_and_its_town_after_an_elided_article_is_no_person():
    people, _, _ = run("Titre\n\nLe ministre visitera vendredi l'Afpa de Vénissieux avant de repartir.", "fr")
    assert people == {}


def test_a_given_name_after_an_elided_title_stays_a_person():
    people, _, _ = run("Titre\n\nLe préfet a reçu l'Imam Mahmoud Dicko et Jean de Villepin.", "fr")
    assert {"Mahmoud Dicko", "Jean de Villepin"} <= set(people)
