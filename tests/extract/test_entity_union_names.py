"""Unions named by their confederation, and the joint body unions form (issue 19, organisations on real pages: a union
page lists its unions as "Snes Fsu", "Cgt agricole", "Sud éducation", the rail pages "Unsa ferroviaire", "SUD-Rail",
"les cheminots CGT", and four pages name "l'intersyndicale"). The confederation and the field it organises, or a
union's own initials and its confederation, are one organisation; the joint body after its article is one, and the
organisations listed in parentheses after a body are its members, not other names of it. Sentences written for the
test, about unions of no benchmark page."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, name",
    [
        ("Titre\n\nÀ Rennes, le Sgen-CFDT et le Snes-FSU appellent les professeurs à se réunir jeudi.", "Snes-FSU"),
        ("Titre\n\nDans les lycées, le Snep Fsu a déposé un préavis pour la semaine prochaine.", "Snep Fsu"),
        ("Titre\n\nLa CGT santé a déposé un préavis de grève pour le 12 mars.", "CGT santé"),
        ("Titre\n\nDe son côté, FO métaux appelle à débrayer vendredi dans les usines.", "FO métaux"),
        ("Titre\n\nLe syndicat Sud santé dénonce les fermetures de lits à l'hôpital.", "Sud santé"),
        ("Titre\n\nSolidaires fonction publique appelle au cortège de mardi.", "Solidaires fonction publique"),
        ("Titre\n\nSelon SUD-Poste, la direction a refusé de recevoir les grévistes.", "SUD-Poste"),
        ("Titre\n\nMardi, les cheminots CFDT ont voté la reconduction du mouvement.", "cheminots CFDT"),
        ("Titre\n\nLe piquet de grève est tenu par Sud PTT 35 depuis lundi matin.", "Sud PTT 35"),
    ],
)  # fmt: skip
def test_a_union_with_its_confederation_is_one_organisation(text: str, name: str):
    people, orgs, _ = run(text, "fr")
    assert name in orgs
    assert not people


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Titre\n\nLes orages toucheront le Sud agricole du pays jeudi, annonce Météo-France.", "Sud agricole"),
        ("Titre\n\nLa CGT appelle à la grève jeudi dans toute la région.", "CGT appelle"),
        ("Titre\n\nLe ministre Jean Dupont CFDT a été reçu lundi.", "Dupont CFDT"),
    ],
)  # fmt: skip
def test_no_union_without_a_field_or_initials(text: str, absent: str):
    _, orgs, _ = run(text, "fr")
    assert absent not in orgs


@pytest.mark.parametrize(
    "text, name",
    [
        ("Titre\n\nLe Premier ministre a reçu l'intersyndicale mardi soir à Matignon.", "intersyndicale"),
        ("Titre\n\nÀ Metz, l'intersyndicale départementale se réunira lundi.", "intersyndicale départementale"),
        ("Titre\n\nL'intersyndicale de la fonction publique appelle jeudi.", "intersyndicale de la fonction publique"),
    ],
)  # fmt: skip
def test_the_joint_body_of_unions_is_an_organisation(text: str, name: str):
    _, orgs, _ = run(text, "fr")
    assert name in orgs


def test_a_joint_body_before_its_members_is_left_to_them():
    _, orgs, _ = run("Titre\n\nJeudi, l'intersyndicale CGT-FO-CFDT de la RATP a annoncé une grève.", "fr")
    assert not any("intersyndicale" in name for name in orgs)


def test_members_listed_in_parentheses_are_organisations_of_their_own():
    text = "Titre\n\nL'intersyndicale des hôpitaux (CGT santé, Sud santé, FO) appelle à manifester jeudi."
    _, orgs, _ = run(text, "fr")
    assert {"intersyndicale des hôpitaux", "CGT santé", "Sud santé", "FO"} <= set(orgs)


def test_a_union_named_in_either_order_is_one_organisation():
    text = "Titre\n\nUne caisse de grève est lancée par Sud’Rail-CGT. La CGT Sud’Rail appelle à donner."
    _, orgs, _ = run(text, "fr")
    assert list(orgs) == ["Sud’Rail-CGT"]
