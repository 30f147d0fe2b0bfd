"""Roles given in parentheses after a name, and the roles of a counted group that a colon lists (issue 19): each
tested on sentences of our own."""

from __future__ import annotations

from entitykit import run


def test_parentheses_opened_by_a_role_word_bound_a_long_role():
    # the complement runs past the phrase's length and over an "et à la": the closing parenthesis ends the role
    people, _, _ = run(
        "Titre\n\nLe préfet reçoit Anne Morel (secrétaire d’État aux Sports, à la Jeunesse et à la Vie associative) "
        "et repart.",
        "fr",
    )
    assert people["Anne Morel"].role == "secrétaire d’État aux Sports, à la Jeunesse et à la Vie associative"


def test_parentheses_that_hold_a_clause_give_no_role():
    people, _, _ = run(
        "Titre\n\nLe maire reçoit Anne Morel (ministre, elle a quitté le gouvernement en mai dernier) et repart.", "fr"
    )
    assert people["Anne Morel"].role is None


def test_a_members_own_title_in_parentheses_beats_the_groups_plural():
    people, _, _ = run(
        "Titre\n\nLe président, entouré des trois ministres bretons Paul Riou (ministre de la Mer) et Jean Kerhervé "
        "(secrétaire d’État aux Transports), arrivera lundi.",
        "fr",
    )
    assert people["Paul Riou"].role == "ministre de la Mer"
    assert people["Jean Kerhervé"].role == "secrétaire d’État aux Transports"


def test_a_counted_group_before_a_colon_gives_its_role_to_the_names_listed():
    people, _, _ = run(
        "Titre\n\nQuatre ministres belges le suivent : Anne Peeters (Santé), Marc Dumont (Justice), Luc Janssens "
        "(Mobilité) et Sarah Lambert (Climat).",
        "fr",
    )
    names = ("Anne Peeters", "Marc Dumont", "Luc Janssens", "Sarah Lambert")
    assert [people[n].role for n in names] == ["ministre"] * 4


def test_a_plural_object_before_a_colon_gives_no_role():
    # no count: "les ministres" is the verb's subject, the names its object
    people, _, _ = run("Titre\n\nLes ministres ont reçu : Anne Peeters et Marc Dumont.", "fr")
    assert people["Anne Peeters"].role is None
