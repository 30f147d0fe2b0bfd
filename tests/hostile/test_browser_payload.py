"""In a real browser, a page built from hostile articles fires no dialog and sends no request elsewhere.

Debian's Chromium driven by Playwright's Python package (never `playwright install`). Without them the
tests skip with the reason, unless BRIEFINGS_REQUIRE_BROWSER=1 (CI), where a missing browser fails.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hostilekit import HOSTILE, PAYLOADS, build_site, make_site_project

from generator.model import Briefing, DatedEvent, KeyFact, Participant, Quote, Source
from generator.render import render_markdown
from generator.store import BriefingStore

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update"]  # fmt: skip
# The theme's own web fonts (Material loads Roboto from Google unless `theme.font: false`): not the payload.
THEME_HOSTS = {"fonts.googleapis.com", "fonts.gstatic.com"}
SUB_PATH = "site"


def _unavailable(reason: str) -> None:
    if os.environ.get("BRIEFINGS_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser required (BRIEFINGS_REQUIRE_BROWSER=1): {reason}")
    pytest.skip(reason)


def _chromium() -> str | None:
    for candidate in (os.environ.get("BRIEFINGS_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


def _payload_briefing(n: int) -> Briefing:
    h = f"{HOSTILE} {n}"
    return Briefing(
        title=h,
        date="2024-04-02",
        date_source="metadata",
        lang="fr",
        source=Source(path=f"seeds/payload-{n}.txt", sha256=f"{n:064x}", url="https://example.org/a", outlet=h),
        summary=h,
        key_facts=[KeyFact(text=p, sentence=p) for p in PAYLOADS],
        participants=[Participant(name=f"Jean {PAYLOADS[1]} {n}", kind="person", role=h, aliases=[h])],
        places=[f"Lieu {PAYLOADS[0]} {n}"],
        upcoming=[DatedEvent("2024-04-15", "day", h, h, h)],
        quotes=[Quote(speaker=h, text=h)],
    )


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("www")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    base = f"http://127.0.0.1:{server.server_address[1]}/{SUB_PATH}/"
    project = make_site_project(tmp_path_factory.mktemp("payload-project"))
    store = BriefingStore(project / "briefings")
    for n in range(2):
        briefing = _payload_briefing(n)
        store.save(briefing, render_markdown(briefing, "\n\n".join(PAYLOADS)))
    build_site(project, root / SUB_PATH, site_url=base)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        _unavailable(f"the playwright package is not installed ({exc})")
    path = _chromium()
    if path is None:
        _unavailable("no Chromium at /usr/bin/chromium (apt-get install -y chromium, or set BRIEFINGS_CHROMIUM)")
    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        except Exception as exc:  # noqa: BLE001 - any launch failure means no usable browser
            _unavailable(f"Chromium at {path} did not start: {exc}")
        yield browser
        browser.close()


class Watch:
    """Everything a page does that a payload could cause: dialogs, requests elsewhere, errors, popups."""

    def __init__(self, browser, base: str) -> None:
        self.dialogs: list[str] = []
        self.outside: list[str] = []
        self.popups: list[str] = []
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("dialog", self._dialog)
        self.page.on("popup", lambda popup: self.popups.append(popup.url))
        self.base = base

    def _dialog(self, dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def _route(self, route) -> None:
        host = urlsplit(route.request.url).hostname or ""
        if host == "127.0.0.1":
            route.continue_()
            return
        if host not in THEME_HOSTS:
            self.outside.append(route.request.url)
        route.abort()  # nothing leaves the machine, whoever asked

    def visit(self, url: str) -> None:
        self.page.goto(url, wait_until="load")
        self.page.wait_for_timeout(300)  # let deferred scripts, timers and image errors run

    def check(self) -> None:
        assert self.dialogs == [], self.dialogs
        assert self.outside == [], self.outside
        assert self.popups == [], self.popups


@pytest.fixture
def watch(browser, served) -> Iterator[Watch]:
    w = Watch(browser, served)
    yield w
    w.context.close()


def _briefing_urls(watch: Watch) -> list[str]:
    watch.visit(watch.base)
    hrefs = watch.page.eval_on_selector_all("a[href*='briefings/']", "els => els.map(e => e.href)")
    return sorted({h.split("#")[0] for h in hrefs if "/briefings/" in h and h.rstrip("/").split("/")[-1]})


def test_briefing_pages_with_payloads_fire_no_dialog_and_no_outside_request(watch):
    urls = _briefing_urls(watch)
    assert len(urls) == 2, urls
    for url in urls:
        watch.visit(url)
        title = watch.page.title()
        assert "<script>alert('PWN-1')</script>" in title  # the payload is the title's text
        assert watch.page.locator("h1").first.inner_text().startswith("<script>alert('PWN-1')</script>")
        assert watch.page.locator("iframe").count() == 0
        assert watch.page.locator("article img").count() == 0
        assert watch.page.evaluate("document.querySelectorAll('[onerror],[onload],[onclick]').length") == 0
        assert watch.page.evaluate("[...document.links].filter(a => a.protocol === 'javascript:').length") == 0
    watch.check()


def test_home_agenda_and_entity_pages_fire_no_dialog(watch):
    watch.visit(watch.base)
    links = watch.page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    pages = {h.split("#")[0] for h in links if h.startswith(watch.base)}
    inside = sorted(h for h in pages if h.endswith(("/", ".html")))  # not the calendar or the feeds
    assert len(inside) > 5
    for url in inside:
        watch.visit(url)
    watch.check()


def test_searching_for_the_payload_runs_nothing(watch):
    """Material's search renders results with innerHTML: titles and text must arrive escaped."""
    urls = _briefing_urls(watch)
    watch.visit(urls[0])
    watch.page.keyboard.press("s")  # Material's search shortcut
    box = watch.page.locator("input.md-search__input")
    box.wait_for(state="visible", timeout=10_000)
    shown = 0
    for query in ("PWN", "script", "alert", "onerror", "javascript"):
        box.fill("")
        box.press_sequentially(query, delay=20)  # Material searches on key events, not on a bare fill()
        try:
            watch.page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=5_000)
        except Exception:  # noqa: BLE001 - no result for this query: the count below says so
            continue
        watch.page.wait_for_timeout(300)
        shown += watch.page.locator(".md-search-result__item").count()
    assert shown > 0, "the search showed no result at all: the test would prove nothing"
    assert (
        watch.page.locator(".md-search-result img, .md-search-result iframe, .md-search-result svg[onload]").count()
        == 0
    )
    watch.check()


def test_instant_navigation_between_payload_pages_runs_nothing(watch):
    """navigation.instant swaps page content in with script: the payload pages must stay inert."""
    urls = _briefing_urls(watch)
    for url in urls:
        watch.visit(watch.base)
        link = (
            watch.page.locator(".md-content a")
            .filter(has=None)
            .evaluate_all("(els, url) => els.findIndex(e => e.href === url)", url)
        )
        assert link >= 0, url
        watch.page.locator(".md-content a").nth(link).click()
        watch.page.wait_for_url(url + "**")
        watch.page.wait_for_timeout(500)
        assert watch.page.title().startswith("<script>alert('PWN-1')</script>")
    watch.check()
