"""The built site in a real browser (Playwright + Debian's Chromium), served under a sub-path."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urljoin

try:
    from playwright.sync_api import expect
except ImportError:  # the `browser` fixture skips (or fails under BRIEFINGS_REQUIRE_BROWSER=1) with the reason
    expect = None

SEARCH_META = ".md-search-result__meta"


def search(page, base: str, query: str, typed: bool = True) -> list[str]:
    """Type `query` in Material's search box like a reader; return the titles of the results.

    With `typed=False` the query is put in at once and searched once: the results are the whole query's,
    never those of a part of it still on screen while the last keystroke's are on their way.
    """
    page.goto(base)
    box = page.locator("input.md-search__input")
    box.click()
    # The worker has loaded the index once the placeholder message is shown.
    page.wait_for_function(f"document.querySelector('{SEARCH_META}').textContent.includes('Taper')")
    if typed:
        box.press_sequentially(query, delay=30)
    else:
        box.fill(query)
        box.dispatch_event("keyup")  # what Material listens to
    page.wait_for_function(
        f"() => {{ const m = document.querySelector('{SEARCH_META}').textContent;"
        " return !m.includes('Taper') && !m.includes('Initialis'); }"
    )
    page.wait_for_timeout(200)  # let the result list settle after the last keystroke
    return page.locator(".md-search-result__item h1").all_inner_texts()


def reference(page, base: str) -> dict:
    """The reference briefing (Antony Blinken in Paris, 2024-04-02) as listed in briefings.json."""
    page.goto(base + "briefings.json")
    data = json.loads(page.locator("body").inner_text())
    return next(
        b
        for b in data["briefings"]
        if b["front_matter"].get("date") == "2024-04-02"
        and any(p["name"] == "Antony Blinken" for p in b["front_matter"]["participants"])
    )


def reference_title(page, base: str) -> str:
    return reference(page, base)["front_matter"]["title"]


def test_search_finds_the_reference_briefing_by_name(page, served_site: str, screenshot_dir: Path):
    title = reference_title(page, served_site)
    titles = search(page, served_site, "Blinken")
    assert title in titles, titles


def test_search_ignores_accents(page, served_site: str, screenshot_dir: Path):
    title = reference_title(page, served_site)
    assert any("Elysée" in t or "Élysée" in t for t in search(page, served_site, "elysee"))
    titles = search(page, served_site, "sejourne")
    assert title in titles and "Stéphane Séjourné" in titles, titles
    page.screenshot(path=str(screenshot_dir / "search.png"))


def test_search_forgives_one_slip_per_word_and_any_accent(page, served_site: str, screenshot_dir: Path):
    """Issue 17: "Blinkin" and "Bruxelels" found nothing, nor "Séjourne" with one accent missing."""
    forgiven = [("Blinkin", "Blinken"), ("Bruxelels", "Bruxelles"), ("Séjourne", "Séjourné"),
                ("sejourme", "Séjourné"), ("Bruxèlles", "Bruxelles"), ("antony blinkin", "Blinken")]  # fmt: skip
    for query, name in forgiven:
        titles = search(page, served_site, query, typed=False)
        assert titles, query
        marks = page.locator(".md-search-result__item mark").all_inner_texts()
        assert name in marks, (query, marks)  # the word as the page writes it is highlighted
        # a result that holds the name does not report the mistyped word missing (another page may lack it:
        # the Méthode page's example names "Antony" without "Blinken")
        found = page.locator(".md-search-result__item").filter(has=page.locator("mark", has_text=name))
        missing = found.first.locator(".md-search-result__terms del").all_inner_texts()
        assert query.split()[-1].lower() not in missing, (query, missing)
    assert "Antony Blinken" in search(page, served_site, "Blinkin")  # typed like a reader
    page.screenshot(path=str(screenshot_dir / "search-typo.png"))
    search(page, served_site, "sejourne", typed=False)
    # The accent-free query highlights the accented word in the preview, and the page opened highlights it.
    first = page.locator(".md-search-result__item").first
    assert "Séjourné" in first.locator("mark").all_inner_texts()
    assert "s%C3%A9journ%C3%A9" in (first.locator("a").first.get_attribute("href") or "")  # h=...séjourné


def test_search_does_not_forgive_what_is_not_a_slip(page, served_site: str):
    # Two slips in one word are not forgiven: "Blonkin" is not Blinken.
    assert "Antony Blinken" not in search(page, served_site, "Blonkin", typed=False)
    assert search(page, served_site, "zzzzqx", typed=False) == []


def test_a_persons_or_places_page_comes_first_for_their_name(page, served_site: str):
    names = [("Blinken", "Antony Blinken"), ("Blinkin", "Antony Blinken"), ("Séjourné", "Stéphane Séjourné"),
             ("sejourne", "Stéphane Séjourné"), ("Paris", "Paris"), ("Macron", "Emmanuel Macron")]  # fmt: skip
    for query, first in names:
        titles = search(page, served_site, query, typed=False)
        assert titles[:1] == [first], (query, titles)


def test_search_knows_kiev_is_kyiv(page, served_site: str):
    # One place page for the reference's "Kiev" and the other briefing's "Kyiv", found by either spelling.
    assert "Kyiv" in search(page, served_site, "kiev") and "Kyiv" in search(page, served_site, "kyiv")


def test_agenda_shows_the_conference_of_15_april(page, served_site: str, screenshot_dir: Path):
    page.goto(served_site + "agenda/")
    expect(page.locator("h2", has_text="Avril 2024")).to_be_visible()
    item = page.locator("tr", has_text="15 avril 2024").filter(has_text="onférence").first
    expect(item).to_be_visible()
    item.locator("a").click()
    expect(page.locator("h2", has_text="Participants")).to_be_visible()  # navigation.instant: wait for it
    assert "/briefings/" in page.url
    page.goto(served_site + "agenda/")
    page.screenshot(path=str(screenshot_dir / "agenda.png"), full_page=False)


def test_briefing_page_shows_the_participants_table(page, served_site: str, screenshot_dir: Path):
    title = reference_title(page, served_site)
    page.goto(served_site)
    page.locator("article a", has_text=title[:40]).first.click()  # from the home page, like a reader
    heading = page.locator("h2", has_text="Participants")
    expect(heading).to_be_visible()  # navigation.instant swaps the content in place: wait for it
    # the participants table: the agenda's rows name him too ("Avec : Antony Blinken")
    table = page.locator("table").filter(has_text="Antony Blinken").filter(has_text="Rôle").first
    expect(table).to_be_visible()
    assert "Rôle" in table.locator("th").all_inner_texts()
    briefing_url = page.url
    # The entity links appended by the plugin lead to the person's page, which lists the role.
    page.locator("article a", has_text="Antony Blinken").last.click()
    expect(page.locator("h1", has_text="Antony Blinken")).to_be_visible()
    assert "/personnes/antony-blinken/" in page.url
    expect(page.locator("table").first).to_be_visible()
    page.goto(briefing_url)
    expect(heading).to_be_visible()
    page.screenshot(path=str(screenshot_dir / "briefing.png"))
    # Participants just under the fixed header, for the screenshot.
    page.evaluate("document.getElementById('participants').scrollIntoView(); window.scrollBy(0, -64)")
    page.wait_for_timeout(600)  # the header's title transition
    page.screenshot(path=str(screenshot_dir / "participants.png"))


def test_home_page(page, served_site: str, screenshot_dir: Path):
    page.goto(served_site)
    expect(page.locator("h2", has_text="Prochaines dates")).to_be_visible()
    expect(page.locator("h2", has_text="Derniers briefings")).to_be_visible()
    assert page.locator("html").get_attribute("lang") == "fr"
    page.screenshot(path=str(screenshot_dir / "home.png"))


def test_calendar_link_serves_the_ics(page, served_site: str):
    page.goto(served_site + "agenda/")
    href = page.locator("article a", has_text="S'abonner au calendrier").get_attribute("href")
    response = page.request.get(urljoin(served_site + "agenda/", href))
    assert response.ok and response.url == served_site + "agenda.ics"
    assert response.text().startswith("BEGIN:VCALENDAR")
