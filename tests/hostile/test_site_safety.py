"""Content is text, never markup: build the real site from hostile briefings and scan every page."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest
from hostilekit import HOSTILE, PAYLOADS, build_site, links, make_site_project, scan_html, scan_site

from generator.model import Briefing, DatedEvent, GeneratorInfo, KeyFact, Participant, Quote, Source
from generator.render import render_markdown
from generator.store import BriefingStore


def hostile_briefing(n: int, url: str | None = None) -> Briefing:
    """A briefing with the payloads in every text field (dates stay dates: they are not article text)."""
    h = f"{HOSTILE} #{n}"
    return Briefing(
        title=h,
        date="2024-04-02",
        date_source="inferred",
        date_evidence=h,
        lang="fr",
        source=Source(path=f"seeds/hostile-{n}.txt", sha256=f"{n:064x}", url=url, outlet=h),
        summary=h,
        key_facts=[KeyFact(text=h, sentence=h), KeyFact(text=PAYLOADS[0], sentence=PAYLOADS[1])],
        participants=[
            Participant(name=h, kind="person", role=h, aliases=[h], mentions=2),
            Participant(name=f"<b>Org</b> {PAYLOADS[3]} {n}", kind="organization", role=PAYLOADS[5]),
        ],
        places=[h, PAYLOADS[2]],
        upcoming=[DatedEvent("2024-04-15", "day", h, h, h), DatedEvent("2024-07", "month", h, "", h)],
        timeline=[DatedEvent("2024-03-01", "day", h, h, h)],
        quotes=[Quote(speaker=h, text=h)],
        generator=GeneratorInfo(version="0.1.0", nlp=h),
    )


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_site_project(tmp_path_factory.mktemp("hostile-site"))
    store = BriefingStore(project / "briefings")
    urls = [None, "javascript:alert('PWN-url')", "https://example.org/a?b=<script>", "https://example.org/ok"]
    for n, url in enumerate(urls):
        briefing = hostile_briefing(n, url)
        store.save(briefing, render_markdown(briefing, f"{HOSTILE}\n\n" + "\n\n".join(PAYLOADS)))
    return build_site(project)


def test_no_article_text_becomes_markup_anywhere_in_the_built_site(hostile_site):
    """Briefing pages, entity pages, home, agenda, archive, search index, feeds and calendar."""
    problems = scan_site(hostile_site)
    assert problems == [], "\n".join(problems[:40])


def test_the_payloads_are_shown_as_text_on_the_briefing_page(hostile_site):
    pages = [p for p in (hostile_site / "briefings").rglob("index.html")]
    assert len(pages) == 4
    for page in pages:
        source = page.read_text(encoding="utf-8")
        shown = html.unescape(source)
        for payload in ("<script>alert('PWN-1')</script>", "{{ 7*7 }}PWN-6", "[x](javascript:alert('PWN-4'))"):
            assert payload in shown, (page, payload)
        # The title: text in <title> and in the header, never a tag.
        assert "<title>&lt;script&gt;alert('PWN-1')&lt;/script&gt;" in source
        assert "<script>alert('PWN-1')" not in source


def test_only_web_urls_become_source_links(hostile_site):
    hrefs = []
    pages = sorted((hostile_site / "briefings").rglob("index.html"))
    assert pages
    for page in pages:
        hrefs += links(page.read_text(encoding="utf-8"))
    assert "https://example.org/ok" in hrefs
    assert not [h for h in hrefs if re.match(r"\s*(?:javascript|data|vbscript):", h, re.IGNORECASE) or "<" in h]


def test_the_scanner_itself_finds_injected_markup():
    """Guard against a scanner that sees nothing: a page with real markup must be reported."""
    page = (
        "<html><head><title>x</title></head><body><script>alert('PWN-1')</script><img src=x onerror=alert('PWN-2')>"
        "<iframe src='https://evil.example/PWN-3'></iframe><a href=\"javascript:alert('PWN-5')\">x</a>"
        "<!-- PWN-8 --> 49PWN-6</body></html>"
    )
    problems = scan_html("page.html", page)
    for what in ("inside <script>", "event handler", "<iframe> element", "href=", "HTML comment", "template"):
        assert any(what in p for p in problems), (what, problems)


def test_the_site_built_from_the_hostile_corpus_is_safe(generated_corpus, tmp_path):
    """The real pipeline on the real corpus (needs the extractors), built strict and scanned."""
    project, _, result = generated_corpus
    assert "Traceback" not in result.stderr, result.stderr
    copy = tmp_path / "project"
    shutil.copytree(project, copy, ignore=shutil.ignore_patterns("site"))
    site = build_site(copy)
    problems = scan_site(site)
    assert problems == [], "\n".join(problems[:40])
    pages = list((site / "briefings").rglob("index.html"))
    assert len(pages) == len(list((copy / "briefings").glob("*.md")))
    shown = "".join(html.unescape(p.read_text(encoding="utf-8")) for p in pages)
    assert "<script>alert('PWN-script')</script>" in shown  # the article's markup, shown as text
    assert "{{ 7*7 }}PWN-jinja" in shown
