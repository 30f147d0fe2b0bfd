"""The wire agency of the page's dateline joins the story's organisations once (issue 19: outlets cited as sources
missed): not again when the text names it, by its name or its full name. Names written for the test."""

from __future__ import annotations

from generator.extract.entities import with_source_agency
from generator.model import Participant


def test_the_datelines_agency_is_an_organisation_of_the_story():
    found = with_source_agency([Participant(name="Port of Glasgow", kind="organization")], "AP")
    assert [(p.name, p.kind) for p in found] == [("Port of Glasgow", "organization"), ("AP", "organization")]


def test_the_agency_the_text_names_is_not_added_twice():
    named = [Participant(name="Associated Press", kind="organization")]
    assert with_source_agency(named, "AP") == named
    aliased = [Participant(name="Reuters", kind="organization", aliases=["Reuters news agency"])]
    assert with_source_agency(aliased, "Reuters") == aliased


def test_no_agency_adds_nothing():
    assert with_source_agency([], None) == []
