"""The site is the reader's: its menu, its language, its dates, its links (issue 17)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from sitekit import build, english_briefing, make_project, mkdocs, reference_briefing

from generator.site.blocks import label_cells

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


def test_every_name_on_a_briefing_links_to_its_page(built_site: Path):
    page = (built_site / "briefings/2024-04-02-blinken-paris/index.html").read_text(encoding="utf-8")
    participants = page[page.index('id="participants"') : page.index('id="lieux"')]
    for slug, name in (("antony-blinken", "Antony Blinken"), ("stephane-sejourne", "Stéphane Séjourné")):
        assert f'<td data-label="Nom"><a href="../../personnes/{slug}/">{name}</a></td>' in participants
    assert '<td data-label="Nom"><a href="../../organisations/knds/">KNDS</a></td>' in participants
    places = page[page.index('id="lieux"') :]
    places = places[: places.index("</p>")]
    assert '<a href="../../lieux/paris/">Paris</a> · <a href="../../lieux/versailles/">Versailles</a>' in places


def test_a_briefing_page_shows_what_comes_next_before_the_facts(built_site: Path):
    page = (built_site / "briefings/2024-04-02-blinken-paris/index.html").read_text(encoding="utf-8")
    article = page[page.index("<article") :]
    order = ["<h1", "Publié le mardi 2 avril 2024", "admonition abstract", 'id="a-venir"', 'id="participants"']
    positions = [article.index(marker) for marker in order]
    assert positions == sorted(positions)
    assert "mercredi 3 avril 2024" in article and "(2024-04-03)" not in article


def test_an_english_briefing_reads_in_english(tmp_path: Path):
    site = build(make_project(tmp_path / "project", [reference_briefing(), english_briefing()]))
    [path] = [p for p in (site / "briefings").glob("*/index.html") if "nato-foreign" in str(p)]
    page = path.read_text(encoding="utf-8")
    content = page[page.index('<div lang="en">') :]
    for words in ("Upcoming", "Participants", "People", "Places",
                  "See also", "Published Tuesday 2 April 2024", "Wednesday 3 April 2024"):  # fmt: skip
        assert words in content, words
    for french in ("À venir", "Fiches", "Personnes :", "Lieux :", "Publié"):
        assert french not in content, french
    assert '<html lang="fr"' in page  # the site's own words (menu, search) stay French


def test_a_briefing_in_an_unknown_language_is_named_and_fails_a_strict_build(tmp_path: Path):
    project = make_project(tmp_path / "project", [reference_briefing()])
    [page] = (project / "briefings").glob("*.md")
    page.write_text(page.read_text(encoding="utf-8").replace("\nlang: fr\n", "\nlang: de\n", 1), encoding="utf-8")
    result = mkdocs(project, "build", "--strict")
    assert result.returncode != 0
    assert page.name in result.stderr and "'de'" in result.stderr and "known: en, fr" in result.stderr
    lenient = mkdocs(project, "build", "--no-strict")  # like any page the site cannot show: left out, named
    assert lenient.returncode == 0 and "left out of the site" in lenient.stderr


def test_pages_write_dates_in_words_with_the_weekday_never_iso(built_site: Path):
    for uri, expected in (("index.html", "mardi 2 avril 2024"), ("archives/index.html", "mardi 2 avril 2024"),
                          ("agenda/index.html", "lundi 15 avril 2024"),
                          ("personnes/antony-blinken/index.html", "mardi 2 avril 2024"),
                          ("briefings/2024-04-02-blinken-paris/index.html", "mercredi 3 avril 2024")):  # fmt: skip
        page = (built_site / uri).read_text(encoding="utf-8")
        article = page[page.index("<article") : page.index("</article>")]
        words = re.sub(r"<[^>]+>", " ", article)
        assert expected in words, uri
        assert not re.search(r"\b\d{4}-\d{2}(-\d{2})?\b", words), (uri, re.findall(r"\b\d{4}-\d{2}[-\d]*", words))


def test_each_cell_of_a_table_says_what_it_is_for_phones(built_site: Path):
    """Stacked rows on a phone hide the headings row: each cell carries its column's heading (data-label)."""
    page = (built_site / "briefings/2024-04-02-blinken-paris/index.html").read_text(encoding="utf-8")
    participants = page[page.index('id="participants"') : page.index('id="lieux"')]
    assert '<td data-label="Rôle">secrétaire d\'Etat américain</td>' in participants
    assert '<td data-label="Mentions" style="text-align: right;">4</td>' in participants
    for uri in ("briefings/2024-04-02-blinken-paris/index.html", "agenda/index.html", "index.html",
                "personnes/stephane-sejourne/index.html"):  # fmt: skip
        html = (built_site / uri).read_text(encoding="utf-8")
        cells = re.findall(r"<td(?:\s[^>]*)?>", html)
        assert cells and all("data-label=" in cell for cell in cells), (
            uri,
            [c for c in cells if "data-label" not in c],
        )


def test_label_cells_reads_the_headings_and_leaves_other_html_alone():
    html = (
        '<p>a</p><table>\n<thead>\n<tr>\n<th>Nom</th>\n<th style="text-align: right;">R&amp;D <em>x</em></th>\n'
        '</tr>\n</thead>\n<tbody>\n<tr>\n<td>A</td>\n<td style="text-align: right;">1</td>\n</tr>\n'
        "<tr>\n<td>B</td>\n<td>2</td>\n<td>extra</td>\n</tr>\n</tbody>\n</table><td>not in a table</td>"
    )
    labelled = label_cells(html)
    assert '<td data-label="Nom">A</td>' in labelled and '<td data-label="Nom">B</td>' in labelled
    assert '<td data-label="R&amp;D x" style="text-align: right;">1</td>' in labelled
    assert "<td>extra</td>" in labelled and labelled.endswith("<td>not in a table</td>")
    assert label_cells("<p>no table</p>") == "<p>no table</p>"
