"""The site is the reader's: its menu, its language, its dates, its links (issue 17)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from sitekit import build, make_project

ENGINEERING = ("guide", "site", "schema", "dates", "entities", "guarantees", "performance")


def test_engineering_documentation_stays_out_of_the_site_and_its_search(built_site: Path):
    for name in ENGINEERING:
        assert not (built_site / name).exists(), name
    assert not (built_site / "overrides").exists() and not (built_site / "img").exists()
    index = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"].partition("#")[0] for doc in index["docs"]}
    assert not {f"{name}/" for name in ENGINEERING} & locations
    assert "methode/" in locations


def test_the_menu_is_the_readers(built_site: Path):
    home = (built_site / "index.html").read_text(encoding="utf-8")
    sidebar = home[home.index('<nav class="md-nav md-nav--primary"') : home.index('<div class="md-content"')]
    links = re.findall(r'<a href="([^"#]+)" class="md-nav__link[^"]*">(.*?)</a>', sidebar, re.S)
    labels = [re.sub(r"<[^>]+>|\s+", " ", label).strip() for _, label in links]
    assert list(dict.fromkeys(labels)) == [
        "Accueil", "Agenda", "Briefings", "Personnes", "Organisations", "Lieux", "Méthode"
    ]  # fmt: skip


def test_a_build_without_site_url_writes_no_none_address(tmp_path: Path):
    project = make_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(re.sub(r"(?m)^site_url:.*\n", "", config.read_text(encoding="utf-8")), encoding="utf-8")
    site = build(project)
    checked = 0
    for path in site.rglob("*"):
        if path.suffix in (".html", ".xml", ".json", ".ics"):
            text = path.read_text(encoding="utf-8")
            assert not re.search(r"""(?:href|src)=["']None|"url":\s*"None|None(?:feed|briefings|agenda)""", text), path
            checked += 1
    assert checked > 10
    feed = (site / "feed.xml").read_text(encoding="utf-8")
    assert 'href="briefings/2024-04-02-blinken-paris/"' in feed
    data = json.loads((site / "briefings.json").read_text(encoding="utf-8"))
    assert {b["url"] for b in data["briefings"]} >= {"briefings/2024-04-02-blinken-paris/"}
    home = (site / "index.html").read_text(encoding="utf-8")
    assert '<link rel="alternate" type="application/atom+xml" title="Briefings" href="feed.xml">' in home
