"""A person's middle initial that is also an honorific ("M.", Monsieur) and a surname the tokenizer cuts as a
contraction ("Arent" as "Are" "nt") (issue 19: "Patrice M. Arent" read as two people, "Patrice" and "Are", and the
"Sen." of "Deidre M. Henderson" lost). Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("Title\n\nSenator Maria M. Lopez, Sponsor, S.B. 12, spoke first.", "Maria M. Lopez", "Senator"),
        (
            "Title\n\nThe bill was drafted by Representative Thomas M. Kerr last year.",
            "Thomas M. Kerr",
            "Representative",
        ),
        ("Title\n\nKaren M. Doyle, the county's treasurer, said the audit was done.", "Karen M. Doyle", None),
    ],
)
def test_a_one_letter_honorific_between_a_given_name_and_a_surname_is_a_middle_initial(
    text: str, name: str, role: str | None
):
    people, _, _ = run(text)
    assert set(people) == {name}
    assert role is None or people[name].role == role


def test_the_honorific_before_a_surname_stays_one():
    people, _, _ = run("Titre\n\nMais M. Dupont a refusé de signer le texte mardi.", "fr")
    assert "Dupont" in people
    assert not any(name.startswith("Mais") for name in people)


@pytest.mark.parametrize("surname", ["Arent", "Wont", "Cant"])
def test_a_surname_the_tokenizer_cuts_as_a_contraction_is_one_word(surname: str):
    people, _, _ = run(f"Title\n\nThe motion was seconded by Councilwoman Janet {surname} on Tuesday.")
    assert f"Janet {surname}" in people


def test_a_possessive_determiner_after_a_letter_s_full_stop_opens_a_sentence():
    """("my brother and I. My car": the pronoun "I" ends its sentence; no initial of a name "I. My")"""
    people, _, _ = run(
        "Title\n\n“My home is gone, everything is gone,” said Olena Petrenko, 61.\n"
        "“We ran out together, my brother and I. My car burned in the yard,” she added."
    )
    assert set(people) == {"Olena Petrenko"}
