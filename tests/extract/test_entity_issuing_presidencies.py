"""A country's presidency (of a union, of the state) is an institution where it issues something or does something,
not only where it is the subject of a verb: "l'agenda de la présidence danoise", "le programme remis par la présidence
congolaise", "the final press conference of the Italian presidency" (issue 19, organisations: such presidencies missed
on five dev pages of four sites, while "durant la présidence danoise" stays a term of office). Sentences written for
the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, institution",
    [
        ("Le calendrier de la présidence polonaise prévoit trois conseils informels.", "fr", "présidence polonaise"),
        ("Il lira demain un communiqué de la présidence ivoirienne.", "fr", "présidence ivoirienne"),
        ("Le discours a été rédigé par la présidence gabonaise.", "fr", "présidence gabonaise"),
        ("The agenda of the Hungarian presidency lists two informal councils.", "en", "Hungarian presidency"),
        ("The summit closes with a statement of the Belgian presidency.", "en", "Belgian presidency"),
    ],
)
def test_a_presidency_that_issues_or_does_is_an_organisation(text: str, lang: str, institution: str):
    _, orgs, _ = run("Title\n\n" + text, lang)
    assert institution in orgs


def test_a_capitalised_presidency_after_its_article_is_the_institution():
    _, orgs, _ = run("Titre\n\nLundi, la Présidence slovène réunira les ministres de l'agriculture.", "fr")
    assert "Présidence slovène" in orgs


@pytest.mark.parametrize(
    "text, lang",
    [
        ("On parle des préparatifs de la présidence polonaise depuis mai.", "fr"),
        ("Rien ne changera pendant la présidence belge.", "fr"),
        ("Ministers met twice during the Hungarian presidency.", "en"),
        ("Il travaille au service de presse de la présidence ivoirienne depuis mai.", "fr"),
    ],
)
def test_a_presidency_as_a_term_or_a_body_s_owner_stays_no_organisation(text: str, lang: str):
    _, orgs, _ = run("Title\n\n" + text, lang)
    assert not any(name.lower().startswith(("présidence", "hungarian")) for name in orgs)
