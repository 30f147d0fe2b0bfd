"""An office written in lower case right after a name, with its complement and no comma before it, is the person's
role (issue 19: a programme's line and a hurried sentence, seen on dev pages from three sites). Sentences of our
own."""

from __future__ import annotations

from entitykit import run


def test_a_lower_case_office_with_its_complement_right_after_a_name_is_the_role():
    people, _, _ = run(
        "Titre\n\n9h00 : accueil par M. Jean Roux président du conseil régional ; dépôt de gerbe.\n\nPaul Blanc chef "
        "du service des forêts déclare que la saison a été bonne. Le maire a salué Marie Noël, qui arrive.",
        "fr",
    )
    assert people["Jean Roux"].role == "président du conseil régional"
    assert people["Paul Blanc"].role == "chef du service des forêts"
    assert people["Marie Noël"].role is None


def test_a_role_word_without_a_complement_a_participle_or_a_surname_alone_is_no_bare_apposition():
    people, _, _ = run("Titre\n\nLe jury a entendu Jean Roux maire hier soir, puis il a délibéré.", "fr")
    assert people["Jean Roux"].role is None
    # a participle is no office; a surname alone may be cut from another person's given name
    people, _, _ = run("Titre\n\nLe juge a entendu Paul Roux accusé de vol aggravé, mardi.", "fr")
    assert people["Paul Roux"].role != "accusé de vol aggravé"
    people, _, _ = run("Titre\n\nM. Roux a parlé. Ensuite, Roux chef du service des forêts a conclu.", "fr")
    assert people["Roux"].role is None
