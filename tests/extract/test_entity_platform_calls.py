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


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Titre\n\nLe conseil a voté lundi soir.\n\nPartager sur Facebook sur Twitter sur LinkedIn\n\nLa suite.", "fr"),
        ("Titre\n\nLe conseil a voté lundi soir.\n\nTwitter (lien externe) Facebook (lien externe)\n\nLa suite.", "fr"),
        (
            "Title\n\nThe city council voted on Monday night to approve the budget.\n\n"
            "Twitter (opens in a new window) Facebook (opens in a new window)\n\nThe vote was close, said the mayor.",
            "en",
        ),
        (
            "Titre\n\nLe conseil municipal a voté lundi soir le budget de la ville.\n\n"
            "sur Twitter sur Facebook sur Mastodon\n\nLes élus de l'opposition ont voté contre.",
            "fr",
        ),
    ],
)
def test_a_platform_on_a_row_of_buttons_is_no_organisation(text: str, lang: str):
    _, orgs, _ = run(text, lang)
    assert not {"Twitter", "Facebook", "Mastodon", "LinkedIn"} & set(orgs)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Facebook et Twitter bannis en Russie\n\nLes deux réseaux ont été bloqués lundi par le régulateur.", "fr"),
        ("Title\n\nThe regulator fined Facebook and Twitter on Monday.\n\nThe vote was close.", "en"),
    ],
)
def test_platforms_a_line_says_something_of_stay_organisations(text: str, lang: str):
    _, orgs, _ = run(text, lang)
    assert {"Twitter", "Facebook"} <= set(orgs)


def test_a_platform_button_printed_twice_on_its_line_is_no_organisation():
    text = (
        "Le budget voté\n\nLe conseil municipal a voté lundi soir le budget de la ville. Les élus de l'opposition ont "
        "voté contre.\n\nAnnuler\n\nCopier le lien Copier le lien\nTwitter Twitter\nFacebook Facebook\n"
        "Mastodon Mastodon\n\nÀ suivre À suivre"
    )
    _, orgs, _ = run(text, "fr")
    assert not {"Twitter", "Twitter Twitter", "Facebook", "Facebook Facebook"} & set(orgs)
