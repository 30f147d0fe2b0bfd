"""What every browser test needs: Debian's Chromium, the rule for a missing one, a quiet local server.

Without Chromium or Playwright the browser tests skip with the reason; with BRIEFINGS_REQUIRE_BROWSER=1
(as in .ci/run) a missing browser is a failure instead, so CI cannot pass by skipping them.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
from pathlib import Path

import pytest

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update"]  # fmt: skip


def unavailable(reason: str) -> None:
    """Skip, or fail when the browser is required."""
    if os.environ.get("BRIEFINGS_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser required (BRIEFINGS_REQUIRE_BROWSER=1): {reason}")
    pytest.skip(reason)


def chromium_path() -> str | None:
    """Debian's Chromium (or BRIEFINGS_CHROMIUM), never a browser Playwright downloads."""
    for candidate in (os.environ.get("BRIEFINGS_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def require_browser() -> str:
    """Chromium's path once Playwright and the browser are known to be there (else skip, or fail in CI)."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError as exc:
        unavailable(f"the playwright package is not installed ({exc})")
    path = chromium_path()
    if path is None:
        unavailable("no Chromium at /usr/bin/chromium (apt-get install -y chromium, or set BRIEFINGS_CHROMIUM)")
    return path


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


def local_server(root: Path) -> http.server.ThreadingHTTPServer:
    """An HTTP server for `root` on 127.0.0.1 and a free port (start it in a thread)."""
    return http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root)))


def reference_url(page, base: str) -> str:
    """The French reference briefing's page in a served site (the generated file has its own name)."""
    page.goto(base + "briefings.json")
    data = json.loads(page.locator("body").inner_text())
    return next(
        base + b["page"].removesuffix(".md") + "/"
        for b in data["briefings"]
        if b["front_matter"].get("date") == "2024-04-02" and b["front_matter"].get("lang") == "fr"
    )
