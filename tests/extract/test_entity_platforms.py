"""A kind of error the thirteenth batch of bench/real showed (issue 19): platforms a statement or a photo is posted
on were missed as organisations ("sur sa plateforme Truth Social", "sur le réseau social Telegram", "a rapporté sur
Facebook", "Hamas's Telegram channel"). Tested on sentences written for the test, with made-up platforms."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, platform",
    [
        ("Titre\n\nLe ministère a publié un communiqué sur le réseau social Vkontra.", "fr", "Vkontra"),
        ("Titre\n\nLe candidat a partagé une photo sur sa plateforme Verity Social.", "fr", "Verity Social"),
        ("Titre\n\n« Rien ne change », a rapporté sur Fotobook le porte-parole du maire.", "fr", "Fotobook"),
        ("Title\n\nThe statement, posted on the movement's Telegrab channel, was brief.", "en", "Telegrab"),
    ],
)
def test_a_platform_a_message_is_posted_on_is_an_organisation(text: str, lang: str, platform: str):
    people, orgs, places = run(text, lang)
    assert platform in orgs and platform not in people and platform not in places


def test_a_person_after_a_platform_noun_and_a_verb_is_no_platform():
    people, orgs, _ = run("Titre\n\nSur la plateforme, Jean Dumont a répondu aux questions.", "fr")
    assert "Jean Dumont" not in orgs


def test_a_spokesperson_named_in_full_is_no_platform():
    people, orgs, _ = run("Title\n\nForeign ministry spokesperson Lin Wenhao said the talks went well.")
    assert "Lin Wenhao" in people and "Lin Wenhao" not in orgs
