"""A peer named by the title and its seat ("the Duke of Kent") is a person whose title is also the role (issue 19);
one in apposition to a person's name is that person's title, and a place named after a title stays out."""

from __future__ import annotations

from entitykit import run


def test_a_peer_named_by_title_and_seat_is_a_person_with_that_role():
    people, _, places = run(
        "Royal week\n\nThe Duchess of Gloucester will open the new hospital wing on Friday, while the Earl of "
        "Snowdon visits a school in Bath.",
        "en",
    )
    assert people["Duchess of Gloucester"].role == "Duchess of Gloucester"
    assert people["Earl of Snowdon"].role == "Earl of Snowdon"
    assert "Gloucester" not in places


def test_a_peer_s_title_in_apposition_is_no_second_person():
    people, _, _ = run(
        "Tour\n\nPrince Edward, the Duke of Edinburgh, arrived in Perth on Monday. Anne Ferris, Countess of Moray, "
        "greeted him.",
        "en",
    )
    assert not any(" of " in name for name in people)


def test_a_place_named_after_a_peer_s_title_is_no_person():
    people, _, _ = run("Shops\n\nThe Duke of York Square market opens on Saturday mornings.", "en")
    assert not people


def test_a_couple_s_titles_make_no_people_of_their_own():
    people, _, _ = run(
        "Tour\n\nPeter and Sophie arrive on Monday. The Prince of Gwent and the Duchess of Lorne will then visit a "
        "farm, and the Duke and Duchess of Arden will join them for dinner.",
        "en",
    )
    assert not any(" of " in name for name in people)


def test_a_peer_named_by_title_and_surname_is_a_person():
    people, _, _ = run(
        "Lords\n\nThe bill returns to the chamber on Monday. Baroness Whitcombe will open the debate, and the Viscount "
        "Ardmore will reply for the government.",
        "en",
    )
    assert {"Baroness Whitcombe", "Viscount Ardmore"} <= set(people)


def test_a_street_named_after_a_peer_s_title_is_no_person():
    people, _, _ = run("Works\n\nThe road works on Duke Street will last until March.", "en")
    assert not people


def test_an_office_after_the_and_a_peer_s_title_is_no_person():
    people, _, _ = run("Ceremony\n\nThe Earl Marshal will lead the procession into the hall on Tuesday.", "en")
    assert not people
