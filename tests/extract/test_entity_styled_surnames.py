"""A surname styled as a woman's ("Lady X", "Mrs X", "Mme X") beside a person of that surname styled as a man
("Sir Y X", "Mr Y X", "M. Y X") names another person, a wife or a relative, who goes by the styled form (issue 19:
the people named by title and surname that real pages missed). Sentences written for the test."""

from __future__ import annotations

from entitykit import run


def test_a_woman_styled_by_the_surname_of_a_knight_is_another_person():
    people, _, _ = run(
        "Sir Alan Brimble opened the new wing on Friday. Lady Brimble cut the ribbon, and later Brimble thanked the"
        " staff. Lady Brimble stayed for the concert."
    )
    assert set(people) == {"Alan Brimble", "Lady Brimble"}
    assert "Brimble" in people["Alan Brimble"].aliases
    assert "Brimble" not in people["Lady Brimble"].aliases


def test_mr_and_mrs_of_one_surname_are_two_people():
    people, _, _ = run("Mr. Paul Hartigan met the board on Monday. Mrs. Hartigan stayed home, and Mr. Hartigan left.")
    assert set(people) == {"Paul Hartigan", "Mrs. Hartigan"}


def test_monsieur_and_madame_of_one_surname_are_two_people_in_french():
    people, _, _ = run(
        "M. Jean Vauquelin a rencontré le préfet lundi. Mme Vauquelin est restée à Lyon, et M. Vauquelin est rentré"
        " mardi.",
        "fr",
    )
    assert set(people) == {"Jean Vauquelin", "Mme Vauquelin"}


def test_a_surname_styled_alike_is_the_same_person():
    people, _, _ = run("Mrs. Ruth Calloway chairs the trust. On Monday, Mrs. Calloway said the vote would wait.")
    assert set(people) == {"Ruth Calloway"}
