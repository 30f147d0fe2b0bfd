"""A title's last word glued to a name in one capitalised run (issue 19, people on real pages): "Chief of Naval Staff
Commodore Jane Porter". A common given name after a capitalised common word, then one or two capitalised words
closing the run, begins the person's name; a venue named after someone and a name with particles stay whole.
Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, person",
    [
        ("Title\n\nThe delegation included Chief of Naval Staff Commodore Jane Porter and two aides.", "Jane Porter"),
        (
            "Title\n\nThe trial opens in June. Fifth Circuit Solicitor Maria Delgado is the lead prosecutor.",
            "Maria Delgado",
        ),
    ],
)
def test_a_given_name_after_a_titles_common_word_begins_the_persons_name(text: str, person: str):
    people, _, _ = run(text, "en")
    assert person in people
    assert not any(name != person and name.endswith(person) for name in people)


def test_a_venue_named_after_someone_stays_whole():
    people, _, places = run("Titre\n\nLa réunion publique se tiendra à la Salle Louise Michel jeudi soir.", "fr")
    assert "Louise Michel" not in people
