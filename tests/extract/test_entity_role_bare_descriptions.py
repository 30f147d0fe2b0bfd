"""A noun phrase with no article right after a full name and its comma, closed by the next comma or the sentence's
end, says what the person is, though no role list holds its noun (issue 19, roles on pages never seen: "X, public
relations person for the project", "X, artisan boucher", seen on five sites). A clause there (a verb, a
pronoun, an adverb, a preposition other than "of") or one word alone is no description. Sentences of our own."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, person, role",
    [
        ("Title\n\nThe building will open in May, said Mary Stone, communications person for the harbour authority.",
         "en", "Mary Stone", "communications person for the harbour authority"),
        ("Title\n\nThe firm hired Tom Reed, longtime friend of the governor, last spring.",
         "en", "Tom Reed", "longtime friend of the governor"),
        ("Titre\n\nIl a rencontré Marc Aubert, artisan boulanger, mardi.", "fr", "Marc Aubert", "artisan boulanger"),
    ],
)  # fmt: skip
def test_a_bare_noun_phrase_after_a_full_name_is_the_role(text: str, lang: str, person: str, role: str):
    people, _, _ = run(text, lang)
    assert people[person].role == role


@pytest.mark.parametrize(
    "text, lang, person",
    [
        ("Titre\n\nLe 3 mai, Lucie Marchand, seule dans sa voiture, a été contrôlée.", "fr", "Lucie Marchand"),
        ("Titre\n\nLucie Marchand, visiblement émue, a pris la parole.", "fr", "Lucie Marchand"),
        ("Titre\n\nJean Girard, absent, a été excusé.", "fr", "Jean Girard"),
        ("Titre\n\nLucie Marchand, condamnée en 2015, a fait appel.", "fr", "Lucie Marchand"),
        ("Title\n\n\"We are ready,\" said Mary Stone, adding that the plant would open in May.", "en", "Mary Stone"),
        ("Title\n\nMary Stone, sentenced to life in prison, appealed.", "en", "Mary Stone"),
        ("Title\n\nMary Stone, next week, will travel to Ohio.", "en", "Mary Stone"),
        ("Title\n\nMary Stone, Tom Reed and Ann Pike arrived.", "en", "Mary Stone"),
    ],
)  # fmt: skip
def test_a_clause_a_time_or_a_list_after_the_name_is_no_role(text: str, lang: str, person: str):
    people, _, _ = run(text, lang)
    assert people[person].role is None
