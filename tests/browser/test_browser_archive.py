"""The archive as one body of knowledge (issue 16), in a real browser: a person's page says what is coming
for them and has a calendar a calendar application can read, another name's address lands on the one page,
and a briefing leads to the other briefings of its story."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import urljoin

from browserkit import reference_url

try:
    from playwright.sync_api import expect
except ImportError:  # the `browser` fixture skips (or fails under BRIEFINGS_REQUIRE_BROWSER=1) with the reason
    expect = None

PERSON = "personnes/antony-blinken/"
ENGLISH = "briefings/2024-04-02-nato-foreign-ministers-meet-in/"


def test_a_person_page_starts_with_their_next_date(page, served_site: str, screenshot_dir: Path):
    page.goto(served_site + PERSON)
    coming = page.locator("article h2#a-venir")
    expect(coming).to_be_visible()
    first = page.locator("article table").first.locator("tbody tr").first  # the first table: "À venir"
    expect(first.locator("td").first).to_have_text("mercredi 3 avril 2024")  # the day after the site's "today"
    assert first.bounding_box()["y"] < 900  # above the fold, before the list of briefings
    assert coming.bounding_box()["y"] < page.locator("article h2#briefings").bounding_box()["y"]
    page.screenshot(path=str(screenshot_dir / "person.png"))


def test_a_person_calendar_is_linked_from_their_page_and_parses_with_icalendar(page, served_site: str):
    from icalendar import Calendar

    page.goto(served_site + PERSON)
    link = page.locator("article a", has_text="S’abonner à ce calendrier")
    expect(link).to_be_visible()
    response = page.request.get(urljoin(page.url, link.get_attribute("href")))
    assert response.ok and response.url == served_site + PERSON + "agenda.ics"
    calendar = Calendar.from_ical(response.body())
    events = sorted(calendar.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))
    assert events and events[0].decoded("dtstart") == dt.date(2024, 4, 3)
    assert all("@event-briefings" in str(e["uid"]) for e in events)
    assert "Antony Blinken" in str(calendar["x-wr-calname"])


def test_another_names_address_lands_on_the_one_page(page, served_site: str):
    # "OTAN" in the French briefing, "Nato" in the English one: one organisation, one page.
    page.goto(served_site + "organisations/otan/")
    page.wait_for_url(served_site + "organisations/nato/")
    expect(page.locator("article h1")).to_have_text("Nato")  # the name its address is made of
    expect(page.locator("article h2#briefings")).to_have_text("2 briefings")
    expect(page.locator("article p", has_text="Aussi appelé")).to_contain_text("OTAN")


def test_a_briefing_leads_to_the_other_briefings_of_its_story_and_back(page, served_site: str, screenshot_dir: Path):
    page.goto(reference_url(page, served_site))
    section = page.locator("article h2", has_text="Dans la même histoire")
    expect(section).to_be_attached()
    expect(page.locator(".md-sidebar--secondary a", has_text="Dans la même histoire")).to_be_attached()  # in the toc
    story = page.locator("article ol.briefings-story")
    expect(story.locator("li strong")).to_have_count(1)  # this briefing, not a link
    expect(page.locator("article p strong", has_text="Ce qui change depuis le mardi 2 avril 2024")).to_be_attached()
    story.scroll_into_view_if_needed()
    page.screenshot(path=str(screenshot_dir / "story.png"))
    story.locator("a", has_text="Nato foreign ministers meet in Brussels").click()
    page.wait_for_url(served_site + ENGLISH)
    english = page.locator("article ol.briefings-story")
    expect(english.locator("a", has_text="Poutine")).to_be_visible()
    expect(english.locator("li", has_text="this briefing")).to_be_visible()
