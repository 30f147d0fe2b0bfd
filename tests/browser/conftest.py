"""Browser fixtures: the sample site built under a sub-path, served on localhost, and Debian's Chromium.

Without Chromium or Playwright the browser tests skip with the reason; with BRIEFINGS_REQUIRE_BROWSER=1
(as in .ci/run) a missing browser is a failure instead, so CI cannot pass by skipping them.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "site"))  # sitekit.py, shared with tests/site
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # browserkit.py, shared with tests/hostile

from browserkit import CHROMIUM_ARGS, local_server, require_browser, unavailable  # noqa: E402
from sitekit import english_briefing, make_project, mkdocs, other_briefings, reference_briefing  # noqa: E402

SUB_PATH = "event-briefings"
TODAY = "2024-04-02"  # the reference article's day: its dates are all upcoming


@pytest.fixture(scope="session")
def served_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of the sample site, built with `--strict` for a sub-path and served from a thread."""
    root = tmp_path_factory.mktemp("www")
    server = local_server(root)
    base = f"http://127.0.0.1:{server.server_address[1]}/{SUB_PATH}/"
    # The reference briefing (the repository's own once generated) and one more; the hostile sample is
    # left to tests/site, so that screenshots show an ordinary site.
    briefings = [reference_briefing(), other_briefings()[0], english_briefing()]
    project = make_project(tmp_path_factory.mktemp("project"), briefings, base, real_reference=True)
    result = mkdocs(project, "build", "--strict", "-d", str(root / SUB_PATH), today=TODAY)
    assert result.returncode == 0, result.stdout + result.stderr
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Chromium for one test module. Not session-wide: Playwright's sync API cannot run twice at once in
    a thread, so a session-long instance would break any other module (tests/hostile) that starts its own."""
    path = require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        except Exception as exc:  # noqa: BLE001 - any launch failure means no usable browser
            unavailable(f"Chromium at {path} did not start: {exc}")
        yield browser
        browser.close()


def new_page(browser, width: int = 1280, height: int = 900):
    """A page in a fresh context of that size, that reaches only the local server."""
    context = browser.new_context(viewport={"width": width, "height": height}, locale="fr-FR")
    # Only the local server: anything else (fonts, CDNs) is refused rather than waited for.
    context.route(
        "**/*", lambda route: route.continue_() if route.request.url.startswith("http://127.0.0.1") else route.abort()
    )
    return context.new_page()


@pytest.fixture
def page(browser, served_site: str):
    page = new_page(browser)
    yield page
    page.context.close()


@pytest.fixture
def page_at(browser, served_site: str):
    """page_at(width, height): a page of that viewport (closed after the test)."""
    pages = []

    def make(width: int, height: int):
        pages.append(new_page(browser, width, height))
        return pages[-1]

    yield make
    for made in pages:
        made.context.close()


@pytest.fixture(scope="session")
def plain_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of the sample site built WITHOUT site_url (the key removed from mkdocs.yml), served."""
    root = tmp_path_factory.mktemp("www-plain")
    server = local_server(root)
    project = make_project(tmp_path_factory.mktemp("project-plain"), [reference_briefing(), english_briefing()])
    config = project / "mkdocs.yml"
    lines = config.read_text(encoding="utf-8").splitlines(keepends=True)
    config.write_text("".join(line for line in lines if not line.startswith("site_url:")), encoding="utf-8")
    result = mkdocs(project, "build", "--strict", "-d", str(root / SUB_PATH), today=TODAY)
    assert result.returncode == 0, result.stdout + result.stderr
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/{SUB_PATH}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def screenshot_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go: BRIEFINGS_SCREENSHOTS (e.g. docs/img) or a temporary folder."""
    folder = os.environ.get("BRIEFINGS_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path
