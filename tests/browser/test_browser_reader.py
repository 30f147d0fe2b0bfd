"""What a reader meets (issue 17): accessibility (axe-core), the briefing page's order, names that lead
somewhere, feeds that can be found, and a site built without site_url. Chromium at desktop and phone sizes."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urljoin

import pytest
from browserkit import reference_url

try:
    from playwright.sync_api import expect
except ImportError:  # the `browser` fixture skips (or fails under BRIEFINGS_REQUIRE_BROWSER=1) with the reason
    expect = None

REFERENCE = "briefings/2024-04-02-blinken-paris/"
ENGLISH = "briefings/2024-04-02-nato-foreign-ministers-meet-in/"
PAGES = {
    "home": "",
    "agenda": "agenda/",
    "briefing-fr": REFERENCE,
    "briefing-en": ENGLISH,
    "person": "personnes/antony-blinken/",
    "index": "personnes/",
}
SIZES = {"desktop": (1280, 900), "phone": (390, 844)}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", PAGES)
def test_no_serious_accessibility_finding(page_at, served_site: str, name: str, size: str, screenshot_dir: Path):
    from axe_playwright_python.sync_playwright import Axe

    page = page_at(*SIZES[size])
    url = served_site + PAGES[name]
    if name == "briefing-fr":
        url = reference_url(page, served_site)
    page.goto(url)
    page.wait_for_load_state("load")
    results = Axe().run(page)
    serious = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:5], v["help"])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    page.screenshot(path=str(screenshot_dir / f"axe-{name}-{size}.png"))
    assert not serious, json.dumps(serious, ensure_ascii=False, indent=1)


def test_upcoming_dates_come_right_after_the_summary_and_show_without_scrolling(page, served_site: str):
    page.goto(reference_url(page, served_site))
    upcoming = page.locator("article h2", has_text="À venir")
    expect(upcoming).to_be_visible()
    first_row = page.locator("article table").first.locator("tbody tr").first
    box = first_row.bounding_box()
    assert box is not None and box["y"] + box["height"] <= 900, box  # the first date, above the fold
    headings = page.locator("article h1, article h2, article .admonition.abstract").all()
    tops = {h.inner_text().strip().split("\n")[0][:20]: h.bounding_box()["y"] for h in headings}
    order = [tops[k] for k in tops if k.startswith(("À venir", "Faits clés", "Participants", "Lieux"))]
    assert order == sorted(order) and len(order) == 4, tops


def test_names_lead_to_their_pages(page, served_site: str):
    briefing = reference_url(page, served_site)
    page.goto(briefing)
    page.locator("article td a", has_text="Stéphane Séjourné").first.click()
    expect(page.locator("article h1", has_text="Stéphane Séjourné")).to_be_visible()
    assert page.url.endswith("/personnes/stephane-sejourne/")
    # back by address: with instant navigation, go_back() waits for a load event that may never come (it timed
    # out once on a loaded machine)
    page.goto(briefing)
    page.locator("#lieux + p a", has_text="Paris").first.click()
    expect(page.locator("article h1", has_text="Paris")).to_be_visible()
    assert page.url.endswith("/lieux/paris/")


def test_an_english_briefing_reads_in_english(page, served_site: str):
    page.goto(served_site + ENGLISH)
    content = page.locator("article [lang=en]")
    expect(content.locator("h2", has_text="Upcoming")).to_be_visible()
    expect(content.locator("td", has_text="Wednesday 3 April 2024")).to_be_visible()
    expect(content.locator("h2", has_text="See also")).to_be_attached()


def test_feeds_are_advertised_and_linked(page, served_site: str):
    for uri in ("", "agenda/"):
        page.goto(served_site + uri)
        for kind, start in (("application/atom+xml", "<?xml"), ("text/calendar", "BEGIN:VCALENDAR")):
            href = page.locator(f'head link[rel=alternate][type="{kind}"]').get_attribute("href")
            response = page.request.get(urljoin(page.url, href))
            assert response.ok and response.text().startswith(start), (uri, kind)
        expect(page.locator("article a[href$='feed.xml']").first).to_be_visible()
        expect(page.locator("article a[href$='agenda.ics']").first).to_be_visible()


def test_a_site_built_without_site_url_has_working_links(page, plain_site: str):
    page.goto(plain_site)
    hrefs = page.eval_on_selector_all("a[href], link[href]", "els => els.map(e => e.getAttribute('href'))")
    assert hrefs and not [h for h in hrefs if h.startswith("None")], hrefs
    for kind in ("application/atom+xml", "text/calendar"):
        href = page.locator(f'head link[rel=alternate][type="{kind}"]').get_attribute("href")
        assert page.request.get(urljoin(page.url, href)).ok
    data = page.request.get(plain_site + "briefings.json").json()
    for briefing in data["briefings"]:
        assert not briefing["url"].startswith("None")
        assert page.request.get(urljoin(plain_site, briefing["url"])).ok, briefing["url"]
    page.locator("article a", has_text="Nato foreign ministers").first.click()
    expect(page.locator("article h2", has_text="Upcoming")).to_be_visible()


_FOCUSED = """() => {
  const e = document.activeElement
  const r = e.getBoundingClientRect()
  return {tag: e.tagName, cls: String(e.className), href: e.getAttribute("href") || "",
          text: (e.innerText || "").trim(), x: r.x, y: r.y, w: r.width, h: r.height,
          table: !!e.closest("table"), visible: e.checkVisibility()}
}"""


def test_the_keyboard_reaches_every_control_of_a_briefing_on_a_phone(page_at, served_site: str, screenshot_dir: Path):
    """At 390 px: Tab reaches the menu button, the search and every name of the participants tables, each on
    screen when focused; the tables are stacked rows whose every value, the last column's too, is on screen
    and says what it is."""
    width = SIZES["phone"][0]
    page = page_at(*SIZES["phone"])
    page.goto(reference_url(page, served_site))
    page.wait_for_load_state("load")
    participants = page.locator('article table:has(td a[href*="/personnes/"], td a[href*="/organisations/"])')
    names = participants.locator("td:first-child a").all_inner_texts()
    assert len(names) >= 4, names
    reached, off_screen = [], []
    for _ in range(150):
        page.keyboard.press("Tab")
        focused = page.evaluate(_FOCUSED)
        if focused["tag"] == "BODY":
            break
        reached.append(focused)
        if not focused["visible"] or focused["x"] + focused["w"] <= 0 or focused["x"] >= width:
            off_screen.append(focused)
        if focused["tag"] == "INPUT":
            page.screenshot(path=str(screenshot_dir / "keyboard-search-phone.png"))
    assert any(f["tag"] == "INPUT" and "md-search__input" in f["cls"] for f in reached), "the search"
    assert any(f["tag"] == "LABEL" and f["text"] == "" and "md-header__button" in f["cls"] for f in reached), "the menu"
    table_links = [f["text"] for f in reached if f["table"] and f["tag"] == "A"]
    assert set(names) <= set(table_links), sorted(set(names) - set(table_links))
    assert not off_screen, off_screen  # the closed menu's links are out of the way, not focused off screen
    # Every row stacked: the last column's cells are on screen, labelled with their heading.
    rows = participants.first.locator("tbody tr")
    for i in range(rows.count()):
        last = rows.nth(i).locator("td").last
        if last.inner_text().strip():
            box = last.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width, box
            label = last.evaluate("e => getComputedStyle(e, '::before').content")
            assert "Mentions" in label, label
    page.locator("#participants").scroll_into_view_if_needed()
    page.screenshot(path=str(screenshot_dir / "participants-phone.png"))


def test_the_menu_button_opens_the_menu_from_the_keyboard(page_at, served_site: str):
    page = page_at(*SIZES["phone"])
    page.goto(served_site)
    button = page.locator('.md-header label[for="__drawer"]')
    button.focus()
    assert button.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Enter")
    agenda = page.locator(".md-sidebar--primary a.md-nav__link", has_text="Agenda").first
    expect(agenda).to_be_visible()
    assert button.get_attribute("aria-expanded") == "true"
    agenda.focus()
    page.keyboard.press("Enter")
    # instant navigation fetches the page: on a loaded CI machine that takes longer than expect's 5 s default
    expect(page.locator("article h1", has_text="Agenda")).to_be_visible(timeout=20_000)
