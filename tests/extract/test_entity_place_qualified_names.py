"""One body named with and without the place that qualifies it (issue 19, organisations on real pages: four dev pages
counted "Arts Council" and "Arts Council England", "CREPS" and "CREPS de Bourges" as two bodies). Sentences written
for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, full, short",
    [
        (
            "Title\n\nThe Film Council Scotland opened its call on Monday. The Film Council will pick ten projects.",
            "en",
            "Film Council Scotland",
            "Film Council",
        ),
        (
            "Title\n\nThe Akron City Council met on Tuesday. The City Council will vote on the budget on Friday.",
            "en",
            "Akron City Council",
            "City Council",
        ),
        (
            "Titre\n\nLe CROUS de Rennes ouvre ses inscriptions lundi. Le CROUS annonce aussi une nouvelle résidence.",
            "fr",
            "CROUS de Rennes",
            "CROUS",
        ),
    ],
)
def test_a_name_a_longer_name_only_qualifies_by_a_place_is_that_body(text: str, lang: str, full: str, short: str):
    _, orgs, _ = run(text, lang)
    named = [o for o in orgs.values() if short in {o.name, *o.aliases} or full in {o.name, *o.aliases}]
    assert len(named) == 1
    assert {short, full} <= {named[0].name, *named[0].aliases}


def test_a_proper_name_two_places_qualify_is_one_body():
    _, orgs, _ = run(
        "Titre\n\nLe CROUS Bretagne recrute. Le CROUS de Rennes ouvre lundi et le CROUS gère dix résidences.", "fr"
    )
    assert len([o for o in orgs.values() if "CROUS" in o.name or any("CROUS" in a for a in o.aliases)]) == 1


def test_a_kind_of_body_two_places_qualify_stays_apart():
    _, orgs, _ = run(
        "Title\n\nThe Dayton City Council met on Monday and the Toledo City Council on Tuesday. The City Council of "
        "each town will vote.",
        "en",
    )
    assert {"Dayton City Council", "Toledo City Council"} <= set(orgs)


def test_a_firm_after_a_union_is_its_section_not_a_place():
    _, orgs, _ = run("Titre\n\nLa CGT appelle à la grève. Le syndicat CGT Goodyear rejoint le mouvement jeudi.", "fr")
    assert "CGT Goodyear" in orgs and "CGT" in orgs
