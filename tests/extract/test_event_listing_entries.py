"""A listing's entry gives its title on a line, then its dates and its place on the next ("Jazz à Vienne" / "Du 28
juin au 13 juillet, Vienne (Isère)"): the date's line names no event, the title does, and the row says both
(extract/dates.py `_listed_entry`)."""

from __future__ import annotations

import datetime as dt

from generator.extract.dates import dated_events, extract_timexes

PUBLISHED = dt.date(2024, 5, 2)


def _events(text: str, lang: str) -> dict[str, str]:
    """Each upcoming row's date as written, with its event."""
    upcoming, _ = dated_events(extract_timexes(text, PUBLISHED, lang))
    return {item.text: item.event for item in upcoming}


FRENCH = (
    "Nos rendez-vous de l'été\n\n"
    "Les Nuits du Vieux Port\n"
    "Du 4 au 6 juillet, Martigues (Bouches-du-Rhône)\n\n"
    "Trois soirées de concerts gratuits sur les quais, avec une scène ouverte aux groupes de la région.\n\n"
    "Rencontres photographiques du Grand Nord\n"
    "Samedi 13 juillet, Saint-Amand-les-Eaux\n\n"
    "Une journée de lectures de portfolios et de projections.\n"
)
ENGLISH = (
    "What's on this summer\n\n"
    "Harbour Lights Folk Weekend\n"
    "July 12-14, Whitby (North Yorkshire)\n\n"
    "Three days of free concerts on the quayside, with an open stage for local bands.\n\n"
    "Moorland Book Fair\n"
    "Saturday, July 20 – Helmsley\n\n"
    "A day of readings and signings.\n"
)


def test_a_french_entry_is_its_title_and_its_place() -> None:
    events = _events(FRENCH, "fr")
    assert events["4 au 6 juillet"] == "Nuits du Vieux Port – Martigues (Bouches-du-Rhône)"
    assert events["Samedi 13 juillet"] == "Rencontres photographiques du Grand Nord – Saint-Amand-les-Eaux"


def test_an_english_entry_is_its_title_and_its_place() -> None:
    events = _events(ENGLISH, "en")
    row = next(event for text, event in events.items() if text.startswith("July 12"))
    assert row == "Harbour Lights Folk Weekend – Whitby (North Yorkshire)"
    row = next(event for text, event in events.items() if "July 20" in text)
    assert row == "Moorland Book Fair – Helmsley"


def test_a_line_that_names_its_event_keeps_it() -> None:
    """A date's line that says what happens beside its date ("Samedi 13 juillet, concert de clôture") is no entry's
    place line: its own words are its event."""
    text = "Programme\n\nLes Nuits du Vieux Port\nSamedi 13 juillet, Concert de clôture au Théâtre\n"
    events = _events(text, "fr")
    assert "Nuits du Vieux Port" not in events["Samedi 13 juillet"]


def test_a_field_s_date_line_is_no_entry() -> None:
    """ "Date Posted: July 4, 2024" under a title: a field of the page, whose name is no place."""
    text = "Harbour Lights Folk Weekend\nDate Posted: Thursday, July 4, 2024\n\nThe weekend returns in August.\n"
    events = _events(text, "en")
    assert all("Harbour Lights" not in event for event in events.values())
