"""Whole-site builds: --strict, sub-path links, no extractor imports, mkdocs serve, gh-deploy, the real repo."""

from __future__ import annotations

import html.parser
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from sitekit import ROOT, build, make_project, mkdocs, other_briefings, reference_briefing, write_briefings

SITE_URL = "https://example.org/briefings-site/"


class _Links(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append(value)


def test_generated_pages_exist(built_site: Path):
    for path in ("index.html", "agenda/index.html", "archives/index.html", "personnes/index.html",
                 "organisations/index.html", "lieux/index.html", "agenda.ics", "feed.xml", "briefings.json",
                 "briefings/2024-04-02-blinken-paris/index.html", "personnes/antony-blinken/index.html"):  # fmt: skip
        assert (built_site / path).is_file(), path
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fr"' in home
    assert "Prochaines dates" in home and "Derniers briefings" in home
    assert home.index("Stéphane Séjourné reçoit") < home.index("Poutine n'a pas intérêt")  # newest first


def test_article_text_never_becomes_markup(built_site: Path):
    pages = sorted(built_site.rglob("*.html"))
    assert pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "<script>x" not in text and "<img src=x" not in text and "<b>Gras" not in text, page
        assert "<script>alert" not in text, page
        assert 'href="javascript:' not in text, page


def test_every_link_resolves_under_the_sub_path(built_site: Path):
    """Every href/src of every page points inside the site, under its sub-path, at a file that exists."""
    broken = broken_links(built_site)
    assert not broken, broken[:20]


def test_every_link_resolves_without_directory_urls(sample_project: Path, tmp_path: Path):
    """With `use_directory_urls: false` too: entity pages are stamped at the depth they are written at."""
    project = tmp_path / "project"
    shutil.copytree(sample_project, project, ignore=lambda folder, names: names if folder.endswith("/site") else [])
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "\nuse_directory_urls: false\n", encoding="utf-8")
    site = build(project)
    assert (site / "personnes/antony-blinken/index.html").is_file()
    broken = broken_links(site)
    assert not broken, broken[:20]


def broken_links(site: Path) -> list[tuple[str, str, str]]:
    """(page, link, why) for each href/src of the site's pages that leaves the sub-path or finds no file."""
    base = urlparse(SITE_URL)
    broken = []
    pages = sorted(site.rglob("*.html"))
    assert pages, f"no page built in {site}"
    for page in pages:
        rel = page.relative_to(site).as_posix()
        page_url = urljoin(SITE_URL, rel)
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for link in parser.links:
            target = urlparse(urljoin(page_url, link))
            if target.scheme not in ("http", "https") or target.netloc != base.netloc:
                continue  # external or mailto/data
            if not target.path.startswith(base.path):
                broken.append((rel, link, "outside the sub-path"))
                continue
            local = site / target.path[len(base.path) :]
            if not (local.is_file() or (local / "index.html").is_file()):
                broken.append((rel, link, "missing"))
    return broken


def test_the_site_never_imports_the_extractors(sample_project: Path):
    """A full build in one process, then look at what was imported: no spaCy, no extractors."""
    script = (
        "import sys\n"
        "from mkdocs.commands.build import build\n"
        "from mkdocs.config import load_config\n"
        "build(load_config('mkdocs.yml', site_dir=sys.argv[1]))\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] == 'spacy'"
        " or m.startswith(('generator.extract', 'generator.pipeline', 'generator.nlp')))\n"
        "print('IMPORTED', bad)\n"
    )
    env = {**os.environ, "BRIEFINGS_TODAY": "2024-04-02"}
    out = subprocess.run([sys.executable, "-c", script, str(sample_project / "site-noimport")], cwd=sample_project,
                         env=env, capture_output=True, text=True, timeout=300)  # fmt: skip
    assert "IMPORTED []" in out.stdout, out.stdout + out.stderr


def test_empty_catalogue_builds(tmp_path: Path):
    site = build(make_project(tmp_path, briefings=[]))
    assert "Aucun briefing" in (site / "index.html").read_text(encoding="utf-8")
    assert "Aucune date à venir" in (site / "agenda/index.html").read_text(encoding="utf-8")


def test_past_dates_are_folded_on_the_real_day(sample_project: Path, tmp_path: Path):
    result = mkdocs(sample_project, "build", "--strict", "-d", str(tmp_path / "site"), today="2026-01-01")
    assert result.returncode == 0, result.stderr
    agenda = (tmp_path / "site/agenda/index.html").read_text(encoding="utf-8")
    folded = agenda[agenda.index("<details") :]
    assert "conférence internationale sur le Soudan" in folded and "Aucune date à venir" in agenda


def test_a_bad_build_day_is_a_clear_error(sample_project: Path, tmp_path: Path):
    result = mkdocs(sample_project, "build", "-d", str(tmp_path / "site"), today="demain")
    assert result.returncode != 0 and "BRIEFINGS_TODAY must be a date YYYY-MM-DD" in result.stdout + result.stderr


def test_the_repository_site_builds_strict(tmp_path: Path):
    """The real mkdocs.yml, docs/ and whatever briefings/ holds now, built on today's date."""
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    shutil.copytree(ROOT / "briefings", tmp_path / "briefings") if (ROOT / "briefings").is_dir() else None
    env = {k: v for k, v in os.environ.items() if k != "BRIEFINGS_TODAY"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=600)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - localhost only
        return response.read().decode("utf-8")


def test_serve_rebuilds_when_a_briefing_appears(tmp_path: Path):
    """`mkdocs serve` watches briefings/: a new briefing shows up on the home page, agenda and entity pages."""
    project = make_project(tmp_path, briefings=other_briefings())
    port = _free_port()
    env = {**os.environ, "BRIEFINGS_TODAY": "2024-04-02"}
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
                              cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    try:
        home = _wait_for(f"http://127.0.0.1:{port}/", lambda text: "Derniers briefings" in text)
        assert "Blinken" not in home
        write_briefings(project / "briefings", [reference_briefing()])
        _wait_for(f"http://127.0.0.1:{port}/", lambda text: "Blinken" in text)
        agenda = _wait_for(f"http://127.0.0.1:{port}/agenda/", lambda text: "Soudan" in text)
        assert "lundi 15 avril 2024" in agenda
        # Rebuilt beside the server's threads: the entity pages are written in the build's own process.
        person = _wait_for(f"http://127.0.0.1:{port}/personnes/antony-blinken/", lambda text: "Blinken" in text)
        assert "<h1>Antony Blinken</h1>" in person and "../../briefings/" in person
    finally:
        server.terminate()
        server.wait(timeout=20)


def _wait_for(url: str, ready, timeout: float = 60.0) -> str:
    deadline = time.monotonic() + timeout
    last = ""
    while time.monotonic() < deadline:
        try:
            last = _get(url)
            if ready(last):
                return last
        except OSError:
            pass
        time.sleep(0.3)
    pytest.fail(f"{url} never became ready; last content: {last[:300]!r}")


def test_gh_deploy_pushes_the_site_to_a_local_bare_repository(tmp_path: Path):
    """`mkdocs gh-deploy` against a bare repository standing in for GitHub."""
    remote = tmp_path / "remote.git"
    project = make_project(tmp_path / "project", site_url=SITE_URL)
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(tmp_path)}  # fmt: skip

    def git(*args: str, cwd: Path = project) -> str:
        out = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        return out.stdout

    git("init", "--bare", "-q", str(remote), cwd=tmp_path)
    git("init", "-q", "-b", "main")
    git("add", ".")
    git("commit", "-q", "-m", "site")
    git("remote", "add", "origin", str(remote))
    result = mkdocs(project, "gh-deploy", "--strict", "--force", "--remote-name", "origin", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    tree = git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).split()
    for path in (".nojekyll", "index.html", "agenda.ics", "feed.xml", "briefings.json", "search/search_index.json",
                 "agenda/index.html", "personnes/antony-blinken/index.html"):  # fmt: skip
        assert path in tree, path
    ics = git("show", "gh-pages:agenda.ics", cwd=remote)
    assert "URL:https://example.org/briefings-site/briefings/2024-04-02-blinken-paris/" in ics


def test_site_url_comes_from_the_environment_as_in_the_pages_workflow(tmp_path: Path):
    """mkdocs.yml reads SITE_URL (set by .github/workflows/pages.yml from actions/configure-pages)."""
    project = make_project(tmp_path)  # mkdocs.yml as in the repository: site_url: !ENV [SITE_URL, ""]
    site = build(project, env={"SITE_URL": "https://owner.github.io/repo/"})
    ics = (site / "agenda.ics").read_text(encoding="utf-8")
    assert "URL:https://owner.github.io/repo/briefings/2024-04-02-blinken-paris/" in ics
    workflow = (ROOT / ".github/workflows/pages.yml").read_text(encoding="utf-8")
    assert "SITE_URL: ${{ steps.pages.outputs.base_url }}/" in workflow and "mkdocs build --strict" in workflow


def _hand_dated(tmp_path: Path, body_edit: str = "") -> str:
    """Build a site whose one briefing, generated without a date, was dated by hand in its front matter (and,
    with `body_edit`, had a line of its body changed too); returns the briefing page's HTML."""
    from generator.briefingpage import with_checksum
    from generator.model import Briefing, Source

    undated = Briefing(
        title="Les syndicats de la SNCF annoncent une grève",
        date=None,
        date_source="unknown",
        lang="fr",
        source=Source(path="seeds/greve.txt", sha256="0" * 64),
        summary="Les syndicats appellent à la grève jeudi.",
    )
    project = make_project(tmp_path / "project", [undated])
    [page] = sorted((project / "briefings").glob("*.md"))
    generated = with_checksum(page.read_text(encoding="utf-8"))
    edited = generated.replace("date: null\ndate_source: unknown", "date: '2024-03-05'\ndate_source: metadata", 1)
    if body_edit:
        edited = edited.replace("    Les syndicats appellent à la grève jeudi.\n", f"    {body_edit}\n", 1)
    page.write_text(edited, encoding="utf-8")
    site = build(project)
    return (site / "briefings" / page.stem / "index.html").read_text(encoding="utf-8")


def test_a_date_corrected_by_hand_in_the_front_matter_shows_in_the_page_body(tmp_path: Path):
    html = _hand_dated(tmp_path)
    assert "Publié le mardi 5 mars 2024" in html and "date inconnue" not in html
    assert "Texte de l'article." in html  # the article's text is kept as written


def test_a_body_corrected_by_hand_is_kept_as_written(tmp_path: Path):
    html = _hand_dated(tmp_path, body_edit="Les syndicats appellent à la grève jeudi (corrigé).")
    assert "(corrigé)" in html and "date inconnue" in html  # the analyst's body, not one rendered again
