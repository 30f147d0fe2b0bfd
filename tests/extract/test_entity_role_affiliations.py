"""The body a person comes from as their role (issue 19): an apposition that names only an organisation, opened by
"from"/"of" or "de la"/"du", is what the person speaks for; tested on sentences of our own."""

from __future__ import annotations

from entitykit import run


def test_an_apposed_organisation_after_from_is_the_persons_role():
    people, _, _ = run("Title\n\nJane Doe, from the Sierra Club, said the plan would fail.")
    assert people["Jane Doe"].role == "from the Sierra Club"


def test_an_apposed_union_closing_the_sentence_is_the_persons_role():
    people, _, _ = run("Titre\n\n« Nous irons jusqu'au bout », affirme Paul Girard, de la CGT Cheminots.", "fr")
    assert people["Paul Girard"].role == "de la CGT Cheminots"


def test_each_name_of_a_list_keeps_its_own_body():
    people, _, _ = run("Titre\n\nPaul Girard, de la CGT, et Anne Roux, de FO, ont signé l'accord.", "fr")
    assert people["Paul Girard"].role == "de la CGT"
    assert people["Anne Roux"].role == "de FO"


def test_a_place_apposed_after_of_is_no_role():
    people, _, _ = run("Title\n\nJane Doe, of Ohio, said the plan would fail.")
    assert people["Jane Doe"].role is None


def test_a_title_wins_over_the_body():
    people, _, _ = run(
        "Title\n\nJane Doe, from the Sierra Club, spoke first. Jane Doe, the club's director, said the plan would fail."
    )
    assert people["Jane Doe"].role == "director"
