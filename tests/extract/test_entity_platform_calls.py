"""Organisations real pages made of their own calls to the reader (issue 19), tested on sentences other than the pages
that showed them: a platform named where the page calls its reader to follow it or paste a link is no participant;
a platform the story says something was posted on stays one."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Title\n\nThe council voted on Monday.\n\nFollow the Gazette on Twitter and Facebook for the latest news.",
            "en",
        ),
        (
            "Titre\n\nLe conseil a voté lundi.\n\nPour suivre l'actualité, abonnez vous sur : notre chaîne WhatsApp",
            "fr",
        ),
        ("Titre\n\nLe conseil a voté lundi.\n\nCollez un lien Instagram ou TikTok pour l'afficher.", "fr"),
    ],
)
def test_a_platform_the_page_calls_its_reader_to_is_no_organisation(text: str, lang: str):
    _, orgs, _ = run(text, lang)
    assert not {"Twitter", "Facebook", "WhatsApp", "Instagram", "TikTok"} & set(orgs)


def test_a_platform_a_statement_was_posted_on_stays_an_organisation_beside_a_call():
    _, orgs, _ = run("Title\n\nThe minister posted on Facebook that the talks would resume. Follow the talks live.")
    assert "Facebook" in orgs
