"""A company's organs, which its releases capitalise as defined terms ("the Board of Directors", "the Audit
Committee", "le Conseil d'administration"), are the company's, no organisation of their own; with "of" or "de" the
company's name follows (issue 19, organisations on pages never seen: a board or a committee taken for an organisation
on three company releases of three sites). Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The Board of Directors will meet on 4 May to approve the accounts.", "en"),
        ("The Audit Committee reviewed the draft statements on Tuesday.", "en"),
        ("The Company announces that the board of directors is scheduled to meet on 2 May.", "en"),
        ("Le Conseil d’administration proposera un dividende de 2 euros par action.", "fr"),
    ],
)
def test_a_company_s_organ_is_no_organisation(text: str, lang: str):
    _, orgs, _ = run("Title\n\n" + text, lang)
    assert not orgs


@pytest.mark.parametrize(
    "text, lang, company",
    [
        (
            "The Board of Directors of Acme Industries Corporation declared a dividend.",
            "en",
            "Acme Industries Corporation",
        ),
        ("Le Conseil d'administration de Vinci a approuvé les comptes annuels.", "fr", "Vinci"),
    ],
)
def test_the_company_after_its_organ_is_the_organisation(text: str, lang: str, company: str):
    _, orgs, _ = run("Title\n\n" + text, lang)
    assert list(orgs) == [company]
