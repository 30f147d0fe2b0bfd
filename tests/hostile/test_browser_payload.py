"""In a real browser, a page built from hostile articles fires no dialog and sends no request elsewhere.

Debian's Chromium driven by Playwright's Python package (never `playwright install`). Without them the
tests skip with the reason, unless BRIEFINGS_REQUIRE_BROWSER=1 (CI), where a missing browser fails.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # browserkit.py, shared with tests/browser

from browserkit import CHROMIUM_ARGS, local_server, require_browser, unavailable  # noqa: E402
from hostilekit import HOSTILE, PAYLOADS, build_site, make_site_project

from generator.model import Briefing, DatedEvent, KeyFact, Participant, Quote, Source
from generator.render import render_markdown
from generator.store import BriefingStore

SUB_PATH = "site"


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
    server = local_server(root)
    base = f"http://127.0.0.1:{server.server_address[1]}/{SUB_PATH}/"
    project = make_site_project(tmp_path_factory.mktemp("payload-project"))
    store = BriefingStore(project / "briefings")
    for n in range(2):
        briefing = _payload_briefing(n)
        store.save(briefing, render_markdown(briefing, "\n\n".join(PAYLOADS)))
    build_site(project, root / SUB_PATH, site_url=base)
    (root / "canary.html").write_text(  # real markup, to prove the watch sees what a payload would do
        "<html><body><script>alert('canary')</script><img src='https://evil.example/canary.png'></body></html>",
        encoding="utf-8",
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()


class _BrowserThread:
    """Playwright's sync API in a thread of its own.

    The sync API refuses to start in a thread where another Playwright instance runs (the browser tests
    in tests/browser keep one for the whole session), so everything browser-side runs in this thread.
    """

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chromium")
        self._playwright = None
        self.browser = None

    def start(self, path: str) -> None:
        from playwright.sync_api import sync_playwright

        def launch() -> None:
            self._playwright = sync_playwright().start()
            self.browser = self._playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)

        self.run(launch)

    def run(self, fn, *args):
        return self._pool.submit(fn, *args).result()

    def stop(self) -> None:
        def close() -> None:
            if self.browser is not None:
                self.browser.close()
            if self._playwright is not None:
                self._playwright.stop()

        try:
            self.run(close)
        finally:
            self._pool.shutdown()


@pytest.fixture(scope="module")
def chromium() -> Iterator[_BrowserThread]:
    path = require_browser()
    thread = _BrowserThread()
    try:
        thread.start(path)
    except Exception as exc:  # noqa: BLE001 - any launch failure means no usable browser
        thread.stop()
        unavailable(f"Chromium at {path} did not start: {exc}")
    yield thread
    thread.stop()


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
        if host:  # mkdocs.yml sets `theme.font: false`, so not even the theme's web fonts leave the page
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
def in_browser(chromium, served):
    """Run `scenario(watch)` in the browser's thread with a fresh context, then check what it saw."""

    def run(scenario, check: bool = True) -> None:
        def body() -> None:
            watch = Watch(chromium.browser, served)
            try:
                scenario(watch)
                if check:
                    watch.check()
            finally:
                watch.context.close()

        chromium.run(body)

    return run


def _briefing_urls(watch: Watch) -> list[str]:
    watch.visit(watch.base)
    hrefs = watch.page.eval_on_selector_all("a[href*='briefings/']", "els => els.map(e => e.href)")
    return sorted({h.split("#")[0] for h in hrefs if "/briefings/" in h and h.rstrip("/").split("/")[-1]})


def test_briefing_pages_with_payloads_fire_no_dialog_and_no_outside_request(in_browser):
    def scenario(watch: Watch) -> None:
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

    in_browser(scenario)


def test_home_agenda_and_entity_pages_fire_no_dialog(in_browser):
    def scenario(watch: Watch) -> None:
        watch.visit(watch.base)
        links = watch.page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
        pages = {h.split("#")[0] for h in links if h.startswith(watch.base)}
        inside = sorted(h for h in pages if h.endswith(("/", ".html")))  # not the calendar or the feeds
        assert len(inside) > 5
        for url in inside:
            watch.visit(url)

    in_browser(scenario)


def test_searching_for_the_payload_runs_nothing(in_browser):
    """Material's search renders results with innerHTML: titles and text must arrive escaped."""

    def scenario(watch: Watch) -> None:
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
        injected = ".md-search-result :is(img, iframe, [onload], [onerror])"
        assert watch.page.locator(injected).count() == 0

    in_browser(scenario)


def test_instant_navigation_between_payload_pages_runs_nothing(in_browser):
    """navigation.instant swaps page content in with script: the payload pages must stay inert."""

    def scenario(watch: Watch) -> None:
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

    in_browser(scenario)


def test_the_watch_sees_a_dialog_and_an_outside_request_when_there_is_one(in_browser):
    """Guard against a harness that sees nothing: real markup must be caught."""

    def scenario(watch: Watch) -> None:
        watch.visit(watch.base.replace(f"/{SUB_PATH}/", "/canary.html"))
        assert watch.dialogs == ["alert: canary"]
        assert watch.outside == ["https://evil.example/canary.png"]

    in_browser(scenario, check=False)
