"""A given name written alone is a person (issue 19, people on real pages): reports name witnesses, children and
royals by their first name only ("raconte Karim, infirmier", "Charles and Camilla will ..."). A word of the public
records' given names (generator/lang/givennames.txt) is a person there, where the recogniser reads a person, a
place or nothing; not a feast, a brand or a title the recogniser reads as a thing, not after a determiner, not a
place listed with places, not a part of a longer name or of a work's title. Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, person",
    [
        ("Titre\n\n« On ne lâchera rien », assure Karim, infirmier de nuit depuis dix ans.", "fr", "Karim"),
        ("Titre\n\nIls ont trois enfants : Malik (12 ans), Inès (9 ans) et un bébé.", "fr", "Inès"),
        (
            "Titre\n\nLe préfet a parlé longtemps. Mohammed, chauffeur de bus, a suivi toute la réunion.",
            "fr",
            "Mohammed",
        ),
        (
            "Title\n\nThe couple flew in on Sunday. Harold and Beatrice will tour the harbour on Monday.",
            "en",
            "Beatrice",
        ),
        ("Title\n\nCrowds waited for hours, and Rosalind waved from the balcony.", "en", "Rosalind"),
    ],
)
def test_a_given_name_alone_is_a_person(text: str, lang: str, person: str):
    people, orgs, places = run(text, lang)
    assert person in people
    assert person not in orgs and person not in places


@pytest.mark.parametrize(
    "text, lang, word",
    [
        ("Titre\n\nLe texte sera voté avant Noël, promet le gouvernement.", "fr", "Noël"),
        ("Titre\n\nLes députés siégeront jusqu'à la Toussaint.", "fr", "Toussaint"),
        ("Title\n\nThe tour takes in Queensland and Victoria before the final week.", "en", "Victoria"),
        ("Title\n\nShe spoke about it on Breakfast with Harold on Tuesday.", "en", "Harold"),
        ("Title\n\nThe senator, (Walter) Brennan, said nothing.", "en", "Walter"),
        ("Title\n\nThe talk was given by physicist Ann deVries Morgan in the hall.", "en", "Morgan"),
    ],
)
def test_a_given_name_that_is_no_one_alone_stays_no_person(text: str, lang: str, word: str):
    people, _, _ = run(text, lang)
    assert word not in people
