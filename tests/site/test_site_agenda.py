"""The agenda: date spans at their precision, past/upcoming split, grouping and placement."""

from __future__ import annotations

import datetime as dt

from sitekit import other_briefings, reference_briefing, shown

from generator.site.agenda import agenda_items, agenda_page, parse_span, split_past, when_label
from generator.site.catalog import Entry, built_on, link


def entries():
    briefings = [reference_briefing(), *other_briefings()]
    return [Entry(f"briefings/b{n}.md", None, b) for n, b in enumerate(briefings)]  # type: ignore[arg-type]


def test_spans_keep_their_precision():
    assert parse_span("2024-04-15").start == parse_span("2024-04-15").end == dt.date(2024, 4, 15)
    july = parse_span("2024-07")
    assert (july.start, july.end, july.precision) == (dt.date(2024, 7, 1), dt.date(2024, 7, 31), "month")
    year = parse_span("2025")
    assert (year.start, year.end, year.precision) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31), "year")
    rng = parse_span("2024-06-03/2024-06-05")
    assert (rng.start, rng.end, rng.is_range) == (dt.date(2024, 6, 3), dt.date(2024, 6, 5), True)
    for bad in ("", "demain", "2024-13", "2024-02-30", "24-01-01", "2024-06-05/2024-06-03", "XXXX-WXX-1"):
        assert parse_span(bad) is None, bad


def test_labels_are_french_and_honest_about_precision():
    assert when_label(parse_span("2024-04-15")) == "lundi 15 avril 2024"
    assert when_label(parse_span("2024-05-01")) == "mercredi 1er mai 2024"
    assert when_label(parse_span("2024-07")) == "juillet 2024"
    assert when_label(parse_span("2025")) == "2025"
    assert when_label(parse_span("2024-06-03/2024-06-05")) == "lundi 3 – mercredi 5 juin 2024"
    assert when_label(parse_span("2024-12-30/2025-01-02")) == "lundi 30 décembre 2024 – jeudi 2 janvier 2025"
    assert when_label(parse_span("2024-04-15"), "en") == "Monday 15 April 2024"


def test_past_is_decided_by_the_last_possible_day():
    items = agenda_items(entries())
    upcoming, past = split_past(items, dt.date(2024, 7, 10))
    # "in July 2024" is not over on 10 July; 6 June is.
    assert any(i.event.date == "2024-07" for i in upcoming)
    assert any(i.event.date == "2024-06-06" for i in past)
    assert len(upcoming) + len(past) == len(items)


def test_month_precision_items_come_after_the_exact_days_of_their_month():
    items = agenda_items(entries())
    text = shown(agenda_page(items, dt.date(2024, 4, 2)))
    july = text.index("## Juillet 2024")
    assert text.index("sommet de l'Otan") > july  # not under 1 July as if exact, but in July
    assert text.index("## Avril 2024") < text.index("## Mai 2024") < text.index("## Juin 2024") < july
    assert text.index("## 2025, date à préciser") > july
    assert "conférence internationale sur le Soudan" in text
    assert '<a href="HREF:briefings/b0.md">« Poutine' in text


def test_past_dates_are_folded_apart():
    page = agenda_page(agenda_items(entries()), dt.date(2024, 6, 1))
    upcoming, _, past = shown(page).partition("## Dates passées")
    assert '??? note "' in past
    assert "conférence internationale sur le Soudan" in past and "Soudan" not in upcoming
    assert "visite à Kyiv" in upcoming
    folded = page.markdown.split('??? note "', 1)[1].splitlines()[1:]
    assert all(line.startswith("    ") for line in folded if line)  # inside the folded block, markers included


def test_article_text_is_escaped_in_the_agenda():
    text = shown(agenda_page(agenda_items(entries()), dt.date(2024, 1, 1)))
    assert "<img" not in text and "&lt;img src=x onerror=alert(1)&gt;" in text
    assert "[lien](javascript:alert(1))" in text and 'href="javascript' not in text  # text, not a link


def test_build_day_comes_from_the_environment():
    assert built_on({"BRIEFINGS_TODAY": "2024-04-02"}) == dt.date(2024, 4, 2)
    assert built_on({}) == dt.date.today()
    try:
        built_on({"BRIEFINGS_TODAY": "demain"})
    except ValueError as exc:
        assert "YYYY-MM-DD" in str(exc)
    else:
        raise AssertionError("an invalid BRIEFINGS_TODAY must be an error")


def test_links_are_relative_to_the_page():
    assert link("agenda.md", "briefings/x.md") == "briefings/x.md"
    assert link("personnes/a.md", "briefings/x.md") == "../briefings/x.md"
    assert link("briefings/x.md", "lieux/paris.md") == "../lieux/paris.md"


def test_a_row_says_where_when_its_event_does_not():
    found = entries()
    reference = found[0].briefing
    reference.upcoming[1].where = "Paris"  # "conférence internationale sur le Soudan": no place in its words
    reference.upcoming[3].where = "Washington"  # "sommet de l'Otan à Washington" says it already
    text = shown(agenda_page(agenda_items(found), dt.date(2024, 4, 2)))
    assert "conférence internationale sur le Soudan · Paris" in text
    assert "Washington · Washington" not in text
