"""What the entity tests share: the participants and places the extractor finds in a text."""

from __future__ import annotations

from generator.extract.entities import extract_entities
from generator.nlp import load_nlp


def run(text: str, lang: str = "en"):
    """(people by name, organisations by name, places) found in `text`."""
    participants, places = extract_entities(load_nlp(lang)(text), lang)
    people = {p.name: p for p in participants if p.kind == "person"}
    orgs = {p.name: p for p in participants if p.kind == "organization"}
    return people, orgs, places
