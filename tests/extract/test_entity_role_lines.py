"""Roles a page gives by its lines (issue 19): a signature block puts the role on the line above or below a line
holding only the name, a label line writes the role, a colon and the name. Sentences of our own."""

from __future__ import annotations

from entitykit import run


def test_a_role_line_above_a_name_line_is_its_role():
    people, _, _ = run(
        "Titre\n\nLa votation aura lieu le 4 mars.\n\nLe porte-parole du gouvernement\n\nJean Dufour\n\n12.03.2004",
        "fr",
    )
    assert people["Jean Dufour"].role == "porte-parole du gouvernement"


def test_a_role_line_below_a_name_line_is_its_role():
    people, _, _ = run(
        "Title\n\nThe plan was announced on Monday.\nContact:\nJane Miller\nDirector of Communications\nAcme Corp."
    )
    assert people["Jane Miller"].role == "Director of Communications"
    people, _, _ = run(
        "Titre\n\nLe ministère annonce la réforme.\n\nPour tout renseignement :\n\nMarie Lefèvre\n"
        "Chargée de communication",
        "fr",
    )
    assert people["Marie Lefèvre"].role == "Chargée de communication"


def test_a_block_of_names_and_roles_keeps_its_order():
    # roles first: each name takes the line above it, not the next name's role below it
    people, _, _ = run(
        "Title\n\nThe board met on Monday.\n\nChair of the Board\nPaul Green\nChief Financial Officer\nAnn Brown"
    )
    assert people["Paul Green"].role == "Chair of the Board"
    assert people["Ann Brown"].role == "Chief Financial Officer"
    # names first: each name takes the line below it
    people, _, _ = run(
        "Title\n\nThe board met on Monday.\n\nPaul Green\nChair of the Board\nAnn Brown\nChief Financial Officer"
    )
    assert people["Paul Green"].role == "Chair of the Board"
    assert people["Ann Brown"].role == "Chief Financial Officer"


def test_a_label_line_gives_its_label_as_the_role():
    people, _, _ = run(
        "Conseil municipal du 12 mars\n\nPrésents : MM. DURAND, LEROY, Mme MARTIN.\n\n"
        "Secrétaire de séance : M. DURAND\n\nLe conseil a voté le budget.",
        "fr",
    )
    assert people["DURAND"].role == "Secrétaire de séance"
    assert people["LEROY"].role is None  # "Présents" is no role
    people, _, _ = run("Match en direct\n- ARBITRE : F. Letexier\n- STADE : Roazhon Park\nRennes a battu Nantes.", "fr")
    assert people["F. Letexier"].role == "Arbitre"  # a label in capitals, written as a role


def test_a_sentence_line_next_to_a_name_line_gives_no_role():
    people, _, _ = run(
        "Titre\n\nPaul Girard\n\nLe directeur a signé le contrat mardi avec la mairie de Lyon et ses partenaires.", "fr"
    )
    assert people["Paul Girard"].role != "directeur a signé le contrat"
