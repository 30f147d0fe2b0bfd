"""A trade before a name after an elided article written with a typographic apostrophe ("l’astrophysicien X"): the
French tagger reads "l’" as a noun and the word after it as punctuation, so the trade was lost; and the "-naute"
trades ("astronaute", "spationaute") the agent endings lacked (issue 19, the 32nd batch's fair page)."""

from __future__ import annotations

from entitykit import run


def test_a_trade_after_a_typographic_elided_article_is_the_role():
    people, _, _ = run(
        "Titre\n\nJeudi 12 pour la soirée des écoles sous le parrainage de l’aventurier Jean Dupont, vendredi 13 avec "
        "l’épidémiologiste Anne Morel pour la nuit de la santé.",
        "fr",
    )
    assert people["Jean Dupont"].role == "aventurier"
    assert people["Anne Morel"].role == "épidémiologiste"


def test_a_naute_trade_before_a_name_is_the_role():
    people, _, _ = run(
        "Titre\n\nLe samedi 4, rencontre avec la spationaute Claudie Haigneré et le journaliste Paul Marchand, puis "
        "concert en soirée.",
        "fr",
    )
    assert people["Claudie Haigneré"].role == "spationaute"
    assert people["Paul Marchand"].role == "journaliste"


def test_a_thing_after_an_elided_article_gives_no_role():
    people, _, _ = run(
        "Titre\n\nLa visite commence par l’atelier Jean Prouvé puis le quartier Paul Bert, avant le déjeuner.",
        "fr",
    )
    assert all(p.role is None for p in people.values())
