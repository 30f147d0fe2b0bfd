"""A common given name and a surname are a person's name wherever the recogniser reads them as nothing or as a
fragment (issue 19, people on real pages: "puis Bernard Cazeneuve quelques jours plus tard", "Salah Abdeslam
parlera-t-il ?", "the Barack Obama birther theory", "Sortie de Fabien Lemoine" went missing on six dev pages). Only
the recogniser's organisation still needs the name listed with people, written in capitals or made a subject.
Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, person",
    [
        ("Titre\n\nLe maire sera entendu mardi, puis Olivier Rastel deux jours après.", "fr", "Olivier Rastel"),
        (
            "Titre\n\nL'audience reprendra jeudi, puis Bernard Lemaitre quelques jours plus tard.",
            "fr",
            "Bernard Lemaitre",
        ),
        ("Title\n\nThe lawsuit echoes the Hillary Clinton email saga of 2016.", "en", "Hillary Clinton"),
    ],
)
def test_a_given_name_and_a_surname_the_recogniser_misses_are_a_person(text: str, lang: str, person: str):
    people, orgs, places = run(text, lang)
    assert person in people


def test_the_recognisers_organisation_opening_with_a_given_name_stays_one():
    people, orgs, _ = run("Titre\n\nIl a travaillé chez Arthur Andersen Consulting pendant dix ans.", "fr")
    assert "Arthur Andersen Consulting" in orgs and not people
