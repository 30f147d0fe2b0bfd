"""The kind of body written in lower case before its name is part of the name its members give it (issue 19,
organisations on real pages, census of the orgfr session: "le groupe SOS", "l'institut Ramazzini", "l'université
Ouverte de Catalogne" were found as "SOS", "Ramazzini", "Ouverte" on three sites). The name with its kind, and with
the place after "de", is an alias; the name alone stays the organisation's. Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, name, alias",
    [
        ("Titre\n\nLe café a été repris par le groupe Emmaüs, qui gère déjà trois lieux.", "Emmaüs", "groupe Emmaüs"),
        ("Titre\n\nLes études de l’institut Pasteur ont été citées.", "Pasteur", "institut Pasteur"),
        ("Titre\n\nDes chercheurs de l'université Ouverte de Catalogne ont publié une étude.",
         "Ouverte de Catalogne", "université Ouverte de Catalogne"),  # the name runs on to its place
    ],
)  # fmt: skip
def test_the_name_with_its_kind_is_an_alias(text: str, name: str, alias: str):
    _, orgs, _ = run(text, "fr")
    assert alias in orgs[name].aliases


def test_a_kind_in_capitals_or_another_word_adds_nothing():
    _, orgs, _ = run("Titre\n\nLe constructeur Renault a annoncé un plan.", "fr")
    assert orgs["Renault"].aliases == []
