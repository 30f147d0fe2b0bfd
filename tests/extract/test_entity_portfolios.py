"""A minister's portfolio is part of the role, not an organisation (issue 19, organisations on real pages, census of
the orgfr session: "Ministre de la Transition écologique", "Ministre de la Fonction publique", "chargée de l'Égalité
...": four false organisations on three sites). After a minister's title and "de", a capitalised word the
dictionaries write in lower case is the portfolio whatever its field, also further down a list of portfolios; a place
or a known body there stays a name. Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, portfolio",
    [
        ("Titre\n\nLe préfet accueillera Marc DURAND, Ministre de la Transition énergétique, jeudi à Épinal.",
         "Transition"),
        ("Titre\n\nSophie LEBLANC, Ministre de la Cohésion sociale, visitera le chantier lundi.", "Cohésion"),
        ("Titre\n\nLa réunion se tiendra en présence de Paul MARTIN, Ministre de la Fonction publique.", "Fonction"),
        ("Titre\n\nElle recevra Anne PETIT, Ministre de la Ville et de la Cohésion territoriale, mardi.", "Ville"),
        ("Titre\n\nIl accueille Lucie Marchand, ministre déléguée chargée des Familles, de l’Enfance et de "
         "l’Egalité des chances.", "Egalité"),
    ],
)  # fmt: skip
def test_a_portfolio_after_a_ministers_title_is_no_organisation(text: str, portfolio: str):
    people, orgs, _ = run(text, "fr")
    assert not [o for o in orgs if o.startswith(portfolio)]
    assert people  # the minister is still found


@pytest.mark.parametrize(
    "text, name",
    [
        ("Titre\n\nLe ministre de l'Intérieur du Niger a reçu une délégation de l'Organisation des Nations unies.",
         "Organisation des Nations unies"),
        ("Titre\n\nLa ministre chargée des Sports a salué la Fédération française de rugby.",
         "Fédération française de rugby"),
    ],
)  # fmt: skip
def test_a_body_named_after_the_portfolio_stays(text: str, name: str):
    _, orgs, _ = run(text, "fr")
    assert name in orgs


def test_another_languages_title_is_no_portfolio_title():
    """ "chargé" folds to the English "charge": "in charge of the Senate ..." names a committee."""
    text = "Title\n\nSenator Jane Roe is in charge of the Senate Appropriations Committee, which spends billions."
    _, orgs, _ = run(text, "en")
    assert any("Appropriations Committee" in name for name in orgs)
