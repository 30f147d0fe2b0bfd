"""A French organisation's long name is not cut before its lower-case complements (issue 19, organisations on real
pages, census of the org24 session: names cut at "de" or "pour"). Its purpose after "pour" and an article ("Haute
Autorité pour la transparence de la vie publique", "... et la coopération en Europe"), a lower-case body's
complement after its adjectives ("la commission nationale de contrôle", "la cour d'assises spéciale de Paris"), a
body's word with its adjective ("Confédération africaine de football"; "la Confédération" alone is the Swiss state).
Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, body",
    [
        ("Titre\n\nLe député a saisi la Haute Autorité pour la transparence de la vie publique.",
         "Haute Autorité pour la transparence de la vie publique"),
        ("Titre\n\nUne mission de l'Organisation pour la sécurité et la coopération arrive lundi.",
         "Organisation pour la sécurité et la coopération"),
        ("Titre\n\nLes ministres parleront de l'Organisation pour la sécurité et la coopération en Europe à Vienne.",
         "Organisation pour la sécurité et la coopération en Europe"),
        ("Titre\n\nLa Confédération brésilienne de football a limogé son sélectionneur.",
         "Confédération brésilienne de football"),
        ("Titre\n\nLa commission nationale de contrôle se réunira jeudi.", "commission nationale de contrôle"),
        ("Titre\n\nLe président de la cour d'assises spéciale de Paris a suspendu l'audience.",
         "cour d'assises spéciale de Paris"),
    ],
)  # fmt: skip
def test_a_long_name_keeps_its_lower_case_complements(text: str, body: str):
    _, orgs, _ = run(text, "fr")
    assert body in orgs


@pytest.mark.parametrize(
    "text, body",
    [
        ("Titre\n\nLa Banque mondiale pour la première fois refuse un prêt.", "Banque mondiale"),
        ("Titre\n\nLa Commission européenne pour le moment ne répond pas.", "Commission européenne"),
        ("Titre\n\nLe Fonds monétaire pour la Grèce et le président grec ont signé.", "Fonds monétaire"),
    ],
)
def test_pour_and_a_time_or_a_name_ends_the_name(text: str, body: str):
    _, orgs, _ = run(text, "fr")
    assert body in orgs


# Long body names cut by the org37 census (issue 19): the recogniser's organisation running on in lower case after
# the name's end (an adjective the tagger reads as a noun, a purpose after a head no list knows), a court named by
# its kind after "de grande" or "de première", a territorial assembly and the town it is named after whether or not
# a list knows the town. Sentences written for the test.
@pytest.mark.parametrize(
    "text, body",
    [
        ("Titre\n\nLa Commission électorale nationale autonome publiera la liste des candidats jeudi.",
         "Commission électorale nationale autonome"),
        ("Titre\n\nLes ministres ont annoncé le sommet du Partenariat mondial pour l’éducation à Bruxelles.",
         "Partenariat mondial pour l’éducation"),
        ("Titre\n\nLe tribunal de grande instance de Créteil a renvoyé le dossier.",
         "tribunal de grande instance de Créteil"),
        ("Titre\n\nL'affaire ira devant le tribunal de première instance de Nouméa en mars.",
         "tribunal de première instance de Nouméa"),
        ("Titre\n\nLe ministre sera reçu par le conseil municipal de Kerlouan puis par le maire.",
         "conseil municipal de Kerlouan"),
    ],
)  # fmt: skip
def test_a_long_body_name_is_read_whole(text: str, body: str):
    _, orgs, _ = run(text, "fr")
    assert body in orgs


@pytest.mark.parametrize(
    "text, body",
    [
        # (a tail over "et" may join the next name: the recogniser's span is not taken over it)
        ("Titre\n\nLe Conseil de sécurité et le président ont parlé jeudi.", "Conseil de sécurité"),
        # (a capitalised word after the town may make a person's name: no territory is read)
        ("Titre\n\nLe conseil municipal de Jean Moreau a voté.", "conseil municipal"),
    ],
)  # fmt: skip
def test_a_long_body_name_stops_where_the_name_stops(text: str, body: str):
    _, orgs, _ = run(text, "fr")
    assert body in orgs


def test_a_purpose_listed_on_after_a_comma_is_not_taken_in_part():
    # (the recogniser stops at the comma: "pour l'éducation" alone would be a part of the name)
    text = "Titre\n\nIls ont salué le Partenariat mondial pour l’éducation, la science et la culture à Bruxelles."
    _, orgs, _ = run(text, "fr")
    assert "Partenariat mondial pour l’éducation" not in orgs
