"""A body and a person's full name that "de"/"of" joins are two entities (issue 19, organisations on real pages: "le
Conseil des ministres de Justin Trudeau", "Matthew Kupfer de CBC" read as one longer body on two dev pages).
Sentences written for the test."""

from __future__ import annotations

from entitykit import run


def test_a_body_and_the_full_name_of_its_head_after_de_are_the_body_and_the_person():
    people, orgs, _ = run(
        "Titre\n\nLe gouvernement se réunit à Québec. Le Comité exécutif de Valérie Plante siégera mardi à l'hôtel de "
        "ville.",
        "fr",
    )
    assert "Comité exécutif" in orgs
    assert not any("Valérie" in name for name in orgs)


def test_a_reporter_of_an_outlet_is_a_person_and_the_outlet_a_body():
    people, orgs, _ = run("Titre\n\nLe projet est retardé, selon les informations de Julie Marchand de BFMTV.", "fr")
    assert "BFMTV" in orgs
    assert not any("Julie" in name for name in orgs)


def test_a_body_named_after_a_person_keeps_the_name():
    _, orgs, _ = run("Titre\n\nLa Fondation Jean Jaurès de Paris publie une note lundi.", "fr")
    assert "Fondation Jean Jaurès de Paris" in orgs
