"""The site is the reader's: its menu, its language, its dates, its links (issue 17)."""

from __future__ import annotations

import json
import re
from pathlib import Path

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
