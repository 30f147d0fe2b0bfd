"""Kinds of error the thirteenth batch of bench/real showed (issue 19): English people named with nothing but the
rules to read them, whose name is given with an age, a role or an affiliation between it and the verb they say
("X, 58, told", "The head of ..., X, says", "X from Y says"), each a shape tested on sentences written for it."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, person",
    [
        # an age in apposition
        ("Title\n\nTariq Bensalem, 61, told reporters the flood had come at night.", "Tariq Bensalem"),
        ("Title\n\nThe storm hit at dawn. Oriel Magwaza, 37, agreed.", "Oriel Magwaza"),
        ("Title\n\nHer cousin Wendelin Osei, also 22, was treated in hospital.", "Wendelin Osei"),
        # an age before the name
        ("Title\n\nLast year, 4-year-old Kerrigan Dube drowned in the canal.", "Kerrigan Dube"),
    ],
)
def test_a_name_given_with_an_age_is_a_person(text: str, person: str):
    people, _, _ = run(text)
    assert person in people


@pytest.mark.parametrize(
    "text, person",
    [
        # a role before the name and a comma, the speech verb after it
        (
            "Title\n\nThe director of the port's safety office, Ruairi Okonjo, says the tanks were never checked.",
            "Ruairi Okonjo",
        ),
        # an apposition, whatever its words, between the name and the speech verb
        (
            'Title\n\n"It will not last," Thandiwe Marsh, an expert on the region at a London think-tank, told us.',
            "Thandiwe Marsh",
        ),
        # a role at the end of a long apposition in lower case
        (
            "Title\n\nZolani Makhura, the transport, housing and public works member of the provincial council, "
            "wants the line built.",
            "Zolani Makhura",
        ),
        # the name, where it comes from, then the speech verb
        ('Title\n\nOdile Ferreira from Clean Rivers in Durban says: "We were never asked."', "Odile Ferreira"),
        ("Title\n\nBayo Adekunle from Lagos-based Green Coast Network says the report is late.", "Bayo Adekunle"),
    ],
)
def test_a_name_that_says_across_its_apposition_is_a_person(text: str, person: str):
    people, _, _ = run(text)
    assert person in people


@pytest.mark.parametrize(
    "text, not_person",
    [
        # numbers in a list of results, and a group in apposition, are no people
        ("Title\n\nThe results were: Rovers United, 3, and Athletic, 1.", "Rovers United"),
        ("Title\n\nFrack Free Karoo, an environmental group, says the plan is flawed.", "Frack Free Karoo"),
        ("Title\n\nShe saw Google Drive from her phone says nothing.", "Google Drive"),
    ],
)
def test_no_person_without_those_shapes(text: str, not_person: str):
    people, _, _ = run(text)
    assert not_person not in people


def test_a_name_closing_a_phrase_before_a_speech_verb_needs_its_opening_comma():
    people, _, _ = run(
        "Title\n\nJane Roe, chief executive of the fact-checking website True Count, told the BBC it was wrong."
    )
    assert "Jane Roe" in people and "True Count" not in people


@pytest.mark.parametrize(
    "text, person, role",
    [
        (
            'Title\n\n"It will not last," Thandiwe Marsh, an expert on the region at a think-tank, told us.',
            "Thandiwe Marsh",
            "expert",
        ),
        ("Title\n\nThe cameraman Obi Lanre, 53, was hurt.", "Obi Lanre", "cameraman"),
        ("Title\n\nShe told freelance videographer Ade Bello that it was over.", "Ade Bello", "videographer"),
        ("Title\n\nThe fund was set up by investor Ray Dunmore in 1975.", "Ray Dunmore", "investor"),
        ("Title\n\nBusiness columnist Loren Pike wrote it.", "Loren Pike", "columnist"),
    ],
)
def test_a_trade_of_news_money_or_knowledge_is_a_role(text: str, person: str, role: str):
    people, _, _ = run(text)
    assert role in (people[person].role or "").lower()


def test_a_name_whose_apposition_opens_with_a_possessor_is_a_person():
    # "the European Union's foreign policy chief": the role comes after the owner's possessive
    people, _, _ = run("Title\n\nKaja Tamm, the European Union's foreign policy chief, said ministers will meet.")
    assert "Kaja Tamm" in people and "chief" in (people["Kaja Tamm"].role or "")
    people, _, _ = run("Title\n\nTarek Odeh, Jordan's finance minister, said the talks would resume.")
    assert people["Tarek Odeh"].role == "finance minister"
