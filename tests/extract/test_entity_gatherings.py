"""A forum or a congress someone takes part in, opens or counts the editions of is the event, no organisation (issue
19, organisations on real pages, census of the orgfr session: "participer au 49e Forum économique", "inaugurera le
Forum économique franco-tunisien", "participer au Forum mondial sur l'eau": three false organisations on three
sites). The same name that acts or publishes stays an organisation. Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text",
    [
        "Titre\n\nIl se rendra ensuite à Davos pour participer au 52e Forum économique qui se tiendra en mai.",
        "Titre\n\nLe lendemain, il inaugurera le Forum économique franco-marocain avec le Premier ministre.",
        "Titre\n\nLa ministre devait participer au Forum mondial sur la mer à Lisbonne.",
        "Titre\n\nLe ministre ouvrira le Congrès des maires de France mardi.",
    ],
)
def test_a_gathering_one_attends_is_no_organisation(text: str):
    _, orgs, _ = run(text, "fr")
    assert not [o for o in orgs if o.startswith(("Forum", "Congrès"))]


def test_a_forum_that_publishes_stays_an_organisation():
    _, orgs, _ = run("Titre\n\nSelon le dernier rapport du Forum économique mondial, la Tunisie recule.", "fr")
    assert "Forum économique mondial" in orgs
