"""A kind of error dev pages of bench/real about festivals and concerts showed (issue 19): bands named in a line-up
missed or typed people. A capitalised article inside a sentence, then a name closing on a plural ("The Killers",
"Les Ogres de Barback") names an act in a sentence about a stage show (a line-up, a concert, a festival's acts); the
article belongs to the name. Outside such a sentence, or for a place the lists know ("The Netherlands"), nothing
changes. And an ensemble's head ("Orchestre", "Chœur", "Choir") takes its qualifiers and the capitalised name after
them: "l'Orchestre symphonique Victor Hugo" is one body, no person. Tested on sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, groups",
    [
        (
            "Title\n\nThe festival lineup includes Jack Johnson, The Copper Foxes and The Velvet Kites.",
            "en",
            {"The Copper Foxes", "The Velvet Kites"},
        ),
        (
            "Title\n\nLast year the park saw acts including Ann Webber, The Paper Boats and Tim Hale.",
            "en",
            {"The Paper Boats"},
        ),
        (
            "Titre\n\nDeux soirées de musique au château avec Marie Dubois et Les Loups de Garonne.",
            "fr",
            {"Les Loups de Garonne"},
        ),
    ],
)
def test_a_group_named_in_a_stage_show_s_sentence_is_an_organisation(text: str, lang: str, groups: set[str]):
    people, orgs, places = run(text, lang)
    assert groups <= set(orgs)
    assert not groups & (set(people) | set(places))


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nThe festival lineup was unveiled by organisers on Monday in The Netherlands.",
        "Title\n\nShe met The Copper Foxes' lawyers at the court on Monday.",
    ],
)
def test_no_group_outside_a_stage_show_or_for_a_known_place(text: str):
    people, orgs, places = run(text, "en")
    assert "The Netherlands" not in orgs and "The Copper Foxes" not in orgs


@pytest.mark.parametrize(
    "text, lang, ensemble, person",
    [
        (
            "Titre\n\nLe concert d'ouverture sera donné par l'Orchestre philharmonique Jean Moulin samedi soir.",
            "fr",
            "Orchestre philharmonique Jean Moulin",
            "Jean Moulin",
        ),
        (
            "Titre\n\nLe Chœur de chambre Louise Labé chantera à la cathédrale.",
            "fr",
            "Chœur de chambre Louise Labé",
            "Louise Labé",
        ),
    ],
)
def test_an_ensemble_s_name_runs_on_over_the_name_after_its_head(text: str, lang: str, ensemble: str, person: str):
    people, orgs, places = run(text, lang)
    assert ensemble in orgs
    assert person not in people


def test_an_ensemble_s_complements_belong_to_its_name():
    people, orgs, places = run("Titre\n\nL'Orchestre d'harmonie de la Police nationale jouera dimanche.", "fr")
    assert "Orchestre d'harmonie de la Police nationale" in orgs


@pytest.mark.parametrize(
    "text, cut",
    [
        ("Title\n\nPlays open this autumn at the Abbey, The Gate, The Olympia and the Pavilion Theatre.", "Olympia"),
        ("Title\n\nThe tour stops at three halls, The Regent, The Lyric and the Corn Exchange.", "Lyric"),
    ],
)
def test_a_capitalised_article_after_a_list_s_comma_opens_the_next_name(text: str, cut: str):
    """A capitalised article right after a list's comma, a name before that comma, is the next name's own (written
    in lower case it would be the sentence's word): no name is cut after it ("Olympia" out of "The Olympia"), whether
    or not a kind is found for the whole."""
    people, orgs, places = run(text, "en")
    assert cut not in set(people) | set(orgs) | set(places)
