"""Hostile input, round two: what a careless or hostile user did to the generator and the site, end to end.

Each test names the case of the issue it covers: control characters in feeds (1), alias bombs (2), file
names that forge output (3), hand edits that break a page (4, 5), stored XSS in a hand-edited date (6),
concurrent runs (7) and caches of the wrong shape (10). Files, processes and odd text (8, 9, 11) are in
test_files_and_processes.py.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hostilekit import BODY, build_site, make_site_project, run_build, run_cli

ALIAS_BOMB = "\n".join(
    ["a: &a [x, x, x, x, x, x, x, x, x]"]
    + [f"{chr(97 + i)}: &{chr(97 + i)} [{', '.join([f'*{chr(96 + i)}'] * 9)}]" for i in range(1, 9)]
    + ["url: *i", "published: 2024-04-02"]
)
EVIL_NAME = "evil\nerror: other.txt: injected.txt"
ESCAPE_NAME = "couleur\x1b[31m\x1b]0;titre\x07.txt"
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def article(title: str, body: str = BODY) -> str:
    return f"{title}\n\n{body}\n"


def write(path: Path, text: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))


# --- 1, 2, 3: one run over control characters, alias bombs and forged file names -----------------------


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    project = make_site_project(tmp_path_factory.mktemp("round-two"))
    seeds = project / "seeds"
    write(seeds / "sommet.txt", article("Sommet de l'Otan à Bruxelles"))
    write(seeds / "sommet.yml", "published: 2024-04-02\n")
    # YAML escapes carry what no decoder lets through: a C0 control and a noncharacter.
    write(
        seeds / "controle.md",
        '---\ntitle: "R\\u00e9union\\x01 à l\'Élysée\\uffff"\npublished: 2024-04-02\n---\n' + BODY,
    )
    write(seeds / "bombe.txt", article("Une bombe dans le fichier voisin"))
    write(seeds / "bombe.yml", ALIAS_BOMB + "\n")
    write(seeds / "bombe-md.md", f"---\n{ALIAS_BOMB}\n---\nUne bombe dans l'en-tête\n\n{BODY}\n")
    write(seeds / EVIL_NAME, article("Un nom de fichier sur deux lignes"))
    write(seeds / ESCAPE_NAME, article("Un nom de fichier qui colore le terminal"))
    result = run_cli("generate", "--quiet", "--jobs", "1", cwd=project)
    return project, result


def test_alias_bombs_cost_one_error_line_each_and_the_other_articles_are_written(hostile_run):
    project, result = hostile_run
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert sorted(errors) == [
        "error: seeds/bombe-md.md: line 3: invalid YAML front matter: an alias (*a) is not accepted; "
        "write the value out",
        "error: seeds/bombe.yml: sidecar: line 2: invalid YAML front matter: an alias (*a) is not accepted; "
        "write the value out",
    ]
    assert result.returncode == 1
    assert "4 read, 4 written" in result.stdout
    sizes = [p.stat().st_size for p in (project / "briefings").iterdir()]
    assert max(sizes) < 200_000  # nothing expanded: the caches and pages stay the size of four briefings


def test_a_file_name_cannot_forge_an_output_line_or_reach_the_terminal_raw(hostile_run):
    project, result = hostile_run
    output = result.stdout + result.stderr
    assert "\x1b" not in output and "\x07" not in output
    assert not any(line.startswith("error: other.txt") for line in result.stderr.splitlines())
    # The names still round-trip into the briefings, escaped only where they are shown.
    sources = {json.loads(line)["front_matter"]["source"]["path"] for line in _front_matter_lines(project)}
    assert f"seeds/{EVIL_NAME}" in sources and f"seeds/{ESCAPE_NAME}" in sources


def test_a_broken_name_is_shown_escaped_in_the_error_line(tmp_path):
    write(tmp_path / "seeds" / "vide\n\x1b[2Jencore.txt", "")
    result = run_cli("generate", "--quiet", cwd=tmp_path)
    assert result.stderr.splitlines() == ["error: seeds/vide\\n\\x1b[2Jencore.txt: empty file"]


def test_control_characters_from_yaml_escapes_reach_no_page_feed_or_calendar(hostile_run, tmp_path):
    project, _ = hostile_run
    page = next((project / "briefings").glob("*reunion*.md"))
    assert "title: Réunion à l'Élysée\n" in page.read_text(encoding="utf-8")
    # A hand edit writes them into a briefing too: the site cleans what it reads.
    other = next((project / "briefings").glob("*sommet*.md"))
    text = other.read_text(encoding="utf-8")
    write(
        other,
        text.replace("title: Sommet", 'title: "Sommet\\x01\\x1b\\uffff\\x85\\x9b', 1).replace(
            "Bruxelles\ndate:", 'Bruxelles"\ndate:', 1
        ),
    )
    site = build_site(project, tmp_path / "site")
    feed = (site / "feed.xml").read_bytes()
    titles = [e.text for e in ET.fromstring(feed).iter("{http://www.w3.org/2005/Atom}title")]
    assert "Sommet de l'Otan à Bruxelles" in titles and "Réunion à l'Élysée" in titles
    ics = (site / "agenda.ics").read_text(encoding="utf-8")
    assert not _CONTROL.search(ics.replace("\r\n", "\n"))
    built = sorted(site.rglob("*.html"))
    assert built
    for html in built:
        assert not _CONTROL.search(html.read_text(encoding="utf-8")), html


def _front_matter_lines(project: Path) -> list[str]:
    return (project / "briefings" / ".frontmatter.jsonl").read_text(encoding="utf-8").splitlines()


# --- 4, 5, 6: hand edits that break a page ------------------------------------------------------------

BREAKS = {
    "fermeture": (lambda t: t.replace("\n---\n", "\n", 1), "line 1: the front matter has no closing '---' line"),
    "latin": (lambda t: t.encode("latin-1", "replace"), "not UTF-8"),
    "crochet": (lambda t: t.replace("source:\n", "source: [\n", 1), "while parsing a flow"),
    "guillemet": (lambda t: t.replace("lang: fr", "lang: 'fr", 1), "the quote opened on this line is not closed"),
    "tabulation": (lambda t: t.replace("source:\n  path:", "source:\n\tpath:", 1), "cannot start any token"),
    "participants": (
        lambda t: re.sub(r"participants:\n(- .*\n|  .*\n)*", "participants: oops\n", t, count=1),
        "participants: expected a list, got str",
    ),
    # Edits that also break the source path: the page is still its article's, by the name it has.
    "cle": (lambda t: t.replace("  path: ", "  path:0 ", 1), "mapping values are not allowed"),
    "valeur": (
        lambda t: re.sub(r"path: (\S+)\n  sha256: ", r"path: \1x\n  sha256: [", t, count=1),
        "while parsing a flow",
    ),
    "date": (
        lambda t: t.replace("date: '2024-04-02'", 'date: "2024-04-02 <img src=x onerror=alert(document.domain)>"', 1),
        "date: '2024-04-02 <img src=x onerror=alert(document.domain)>' is not a date YYYY-MM-DD",
    ),
}


@pytest.fixture(scope="module")
def edited(tmp_path_factory):
    """A project whose pages were each broken by a different hand edit, after a first run."""
    project = make_site_project(tmp_path_factory.mktemp("hand-edits"))
    for name in BREAKS:
        write(project / "seeds" / f"{name}.txt", article(f"Antony Blinken à Bruxelles, cas {name}"))
        write(project / "seeds" / f"{name}.yml", "published: 2024-04-02\n")
    first = run_cli("generate", "--quiet", cwd=project)
    assert first.returncode == 0, first.stderr
    pages = {}
    for name, (edit, _) in BREAKS.items():
        page = next((project / "briefings").glob(f"*cas-{name}.md"))
        write(page, edit(page.read_text(encoding="utf-8")))
        pages[name] = (page, page.read_bytes())
    return project, pages


def _broken_lines(result: subprocess.CompletedProcess) -> dict[str, str]:
    lines = [line for line in result.stdout.splitlines() if line.startswith("broken: ")]
    return {re.search(r"cas-(\w+)\.md", line).group(1): line for line in lines}


def test_each_broken_page_is_named_with_its_line_and_reason_and_kept(edited):
    project, pages = edited
    result = run_cli("generate", "--quiet", cwd=project)
    broken = _broken_lines(result)
    assert sorted(broken) == sorted(BREAKS)
    for name, (_, reason) in BREAKS.items():
        assert re.match(rf"broken: briefings/\S+cas-{name}\.md: line \d+: ", broken[name]), broken[name]
        assert reason in broken[name]
    assert "0 written" in result.stdout and f"{len(BREAKS)} broken" in result.stdout
    assert result.returncode == 1
    for page, before in pages.values():
        assert page.read_bytes() == before


def test_a_broken_page_never_gets_a_duplicate_even_without_the_caches(edited):
    project, pages = edited
    (project / "briefings" / ".frontmatter.jsonl").unlink(missing_ok=True)
    result = run_cli("generate", "--quiet", cwd=project)
    assert sorted(_broken_lines(result)) == sorted(BREAKS)
    assert sorted(p.name for p in (project / "briefings").glob("*.md")) == sorted(p.name for p, _ in pages.values())
    for page, before in pages.values():
        assert page.read_bytes() == before


def test_the_site_build_names_each_broken_briefing_and_strict_fails(edited, tmp_path):
    project, pages = edited
    strict = run_build(project, tmp_path / "strict")
    assert strict.returncode != 0
    for page, _ in pages.values():
        assert page.name in strict.stderr + strict.stdout
    lenient = run_build(project, tmp_path / "site", strict=False)
    assert lenient.returncode == 0, lenient.stderr
    warnings = [line for line in lenient.stderr.splitlines() if "left out of the site" in line]
    assert len(warnings) == len(BREAKS)
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "onerror" not in home and "<img src=x" not in home


def test_force_regenerates_a_broken_page_after_a_backup(edited, tmp_path):
    project, pages = edited
    copy = make_site_project(tmp_path / "copy")
    for folder in ("seeds", "briefings"):
        subprocess.run(["cp", "-a", f"{project / folder}/.", str(copy / folder)], check=True)
    result = run_cli("generate", "--quiet", "--force", cwd=copy)
    assert result.returncode == 0, result.stdout + result.stderr
    for page, before in pages.values():
        assert (copy / "briefings" / (page.name + ".bak")).read_bytes() == before
    assert "broken" not in run_cli("generate", "--quiet", cwd=copy).stdout


# --- 7: two runs at once -----------------------------------------------------------------------------


def test_two_runs_on_new_articles_with_the_same_title_keep_both_pages(tmp_path):
    for name in ("a", "b"):
        write(tmp_path / "seeds" / f"{name}.txt", article("Antony Blinken à Bruxelles"))
        write(tmp_path / "seeds" / f"{name}.yml", "published: 2024-04-02\n")
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "generator.cli", "generate", "--quiet", "--jobs", "1", f"seeds/{name}.txt"],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    outputs = [run.communicate(timeout=600) for run in runs]
    assert all("1 written" in out for out, _ in outputs), outputs
    pages = sorted(p.name for p in (tmp_path / "briefings").glob("*.md"))
    assert pages == ["2024-04-02-antony-blinken-a-bruxelles-2.md", "2024-04-02-antony-blinken-a-bruxelles.md"]
    again = run_cli("generate", "--quiet", cwd=tmp_path)
    assert "2 unchanged" in again.stdout
    assert sorted(p.name for p in (tmp_path / "briefings").glob("*.md")) == pages


# --- 10: caches of the wrong shape; modes --------------------------------------------------------------


def _compact(line: dict) -> str:
    """A cache line as the generator writes it (compact JSON), so its head is read and its shape checked."""
    return json.dumps(line, separators=(",", ":"))


def test_caches_of_the_wrong_shape_are_rebuilt_not_fatal(hostile_run, tmp_path):
    project, _ = hostile_run
    folder = project / "briefings"
    names = [p.name for p in folder.glob("*.md")]
    keys = {name: [(folder / name).stat().st_size, (folder / name).stat().st_mtime_ns] for name in names}
    lines = [
        _compact({"name": ["liste"], "key": [1, 2], "record": {}, "front_matter": {}}),
        _compact({"name": names[0], "key": "x", "record": {}, "front_matter": {}}),
        _compact({"name": names[1], "key": keys[names[1]], "record": "une chaîne", "front_matter": "texte"}),
        _compact({"name": names[2], "key": keys[names[2]], "record": {"source": ["liste"]}, "front_matter": []}),
        _compact({"name": names[3], "key": keys[names[3]], "record": {"source": 1}, "front_matter": {"title": 2}}),
    ]
    (folder / ".frontmatter.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("generate", "--quiet", cwd=project)
    # Each page is read again and known as it was: nothing is regenerated, nothing fails but the two bombs.
    assert "Traceback" not in result.stderr, result.stderr
    assert "4 read, 0 written" in result.stdout and "2 failed" in result.stdout, result.stdout
    # The site, given the same lines, reads each page itself.
    (folder / ".frontmatter.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    site = build_site(project, tmp_path / "site")  # --strict: no warning either
    assert len(list((site / "briefings").glob("*/index.html"))) == 4


def test_the_caches_and_the_lock_have_the_mode_of_the_pages(hostile_run):
    project, _ = hostile_run
    folder = project / "briefings"
    page_mode = next(folder.glob("*.md")).stat().st_mode & 0o777
    for name in (".frontmatter.jsonl", ".lock"):
        assert (folder / name).stat().st_mode & 0o777 == page_mode, name
