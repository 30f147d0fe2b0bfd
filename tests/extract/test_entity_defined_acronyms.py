"""An organisation's short name and its name written out in parentheses are one organisation (issue 19, organisations
on real pages, census of the orgfr session: "la direction générale de l'Aviation civile (DGAC)" found nothing,
"l'Inrae (Institut national de recherche pour l'agriculture, ...)" found the long name cut and missed "Inrae").
An acronym in parentheses after a name in lower case headed by an organisation's word is a name; a short name before
the name in parentheses is its alias when its letters are the name's initials in order. Sentences written for the
test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, acronym",
    [
        ("Titre\n\nMardi, la direction régionale des Finances publiques (DRFIP) a fermé deux guichets.", "DRFIP"),
        ("Titre\n\nLe dossier a été transmis à l'agence régionale de santé (ARS) mercredi.", "ARS"),
    ],
)  # fmt: skip
def test_an_acronym_defined_after_a_lower_case_name_is_an_organisation(text: str, acronym: str):
    _, orgs, _ = run(text, "fr")
    assert any(acronym == name or acronym in org.aliases for name, org in orgs.items())


def test_an_acronym_of_no_organisations_name_is_none():
    _, orgs, _ = run("Titre\n\nLe président-directeur général (PDG) a parlé.", "fr")
    assert "PDG" not in orgs


@pytest.mark.parametrize(
    "text, short",
    [
        ("Titre\n\nLe site accueille l'Ifremer (Institut français de recherche pour l'exploitation de la mer) "
         "depuis 1984.", "Ifremer"),
        ("Titre\n\nMardi, l'Ademe (Agence de l'environnement et de la maîtrise de l'énergie) a publié un rapport.",
         "Ademe"),
    ],
)  # fmt: skip
def test_a_short_name_before_its_name_in_parentheses_is_its_alias(text: str, short: str):
    _, orgs, _ = run(text, "fr")
    assert sum(short == name or short in org.aliases for name, org in orgs.items()) == 1
