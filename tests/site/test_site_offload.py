"""Lazy site files, and the second process that writes them while MkDocs builds the pages."""

from __future__ import annotations

import filecmp
import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sitekit import build

from generator.site.offload import BackgroundWriter, LazyFile

ROOT = Path(__file__).resolve().parents[2]


def lazy(tmp_path: Path, uri: str, content: str | bytes | Exception) -> LazyFile:
    file = LazyFile(uri, src_dir=None, dest_dir=str(tmp_path), use_directory_urls=True)

    def render() -> str | bytes:
        if isinstance(content, Exception):
            raise content
        return content

    file.render = render
    return file


def test_a_lazy_file_is_made_when_written(tmp_path: Path):
    calls = []
    page = LazyFile("personnes/le-pen/index.html", src_dir=None, dest_dir=str(tmp_path), use_directory_urls=True)
    assert page.url == "personnes/le-pen/"
    with pytest.raises(ValueError, match="personnes/le-pen/index.html"):
        page.copy_file()  # no content yet: a clear error, not an empty page

    def render() -> str:
        calls.append(1)
        return "<h1>Marine Le Pen</h1>"

    page.render = render
    assert not calls
    page.copy_file()
    assert (tmp_path / "personnes/le-pen/index.html").read_text(encoding="utf-8") == "<h1>Marine Le Pen</h1>"
    assert calls == [1]
    ics = lazy(tmp_path, "agenda.ics", b"BEGIN:VCALENDAR\r\n")
    ics.copy_file()
    assert (tmp_path / "agenda.ics").read_bytes() == b"BEGIN:VCALENDAR\r\n" and ics.content_string.startswith("BEGIN")


# The writer forks only from a process without other threads; the test session may have some (the browser
# tests' server), so these scenarios run in a fresh interpreter, as `mkdocs build` does.
_SCENARIO = """
import json, sys
from generator.site.offload import BackgroundWriter, LazyFile, can_fork

def lazy(uri, content):
    file = LazyFile(uri, src_dir=None, dest_dir=sys.argv[1], use_directory_urls=True)
    def render():
        if content is None:
            raise OSError("disk full")
        return content
    file.render = render
    return file

files = [lazy(uri, content) for uri, content in json.loads(sys.argv[2])]
writer = BackgroundWriter()
started = writer.start(files)
for f in files:
    f.copy_file()  # what MkDocs does meanwhile: nothing when the child writes them
try:
    writer.wait()
    error = None
except RuntimeError as exc:
    error = str(exc)
print(json.dumps({"can_fork": can_fork(), "started": started, "elsewhere": [f.elsewhere for f in files],
                  "error": error}))
"""


def run_scenario(site: Path, files: list[tuple[str, str | None]]) -> dict:
    result = subprocess.run([sys.executable, "-c", _SCENARIO, str(site), json.dumps(files)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_writer_writes_every_file_in_a_second_process(tmp_path: Path):
    outcome = run_scenario(tmp_path, [(f"lieux/{name}/index.html", f"<h1>{name}</h1>") for name in ("kiev", "paris")])
    if not outcome["can_fork"]:
        pytest.skip("needs os.fork and two cores")
    assert outcome == {"can_fork": True, "started": True, "elsewhere": [True, True], "error": None}
    assert sorted(p.parent.name for p in tmp_path.rglob("index.html")) == ["kiev", "paris"]
    assert (tmp_path / "lieux/paris/index.html").read_text(encoding="utf-8") == "<h1>paris</h1>"


def test_a_failure_in_the_second_process_names_the_file(tmp_path: Path):
    outcome = run_scenario(tmp_path, [("a.json", "{}"), ("feed.xml", None)])
    if not outcome["can_fork"]:
        pytest.skip("needs os.fork and two cores")
    assert outcome["started"] and outcome["error"] == "feed.xml: OSError: disk full"


def test_no_second_process_beside_other_threads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """`mkdocs serve` runs a web server thread: forking then could deadlock, so the build writes the files."""
    monkeypatch.setattr(threading, "active_count", lambda: 2)
    files = [lazy(tmp_path, "agenda.ics", "BEGIN:VCALENDAR")]
    writer = BackgroundWriter()
    assert not writer.start(files) and not files[0].elsewhere
    files[0].copy_file()
    writer.wait()
    assert (tmp_path / "agenda.ics").read_text(encoding="utf-8") == "BEGIN:VCALENDAR"


def test_the_site_is_the_same_with_or_without_the_second_process(sample_project: Path, built_site: Path, tmp_path):
    project = tmp_path / "project"
    shutil.copytree(sample_project, project, ignore=shutil.ignore_patterns("site"))
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "\n  - briefings\n" in text
    config.write_text(text.replace("\n  - briefings\n", "\n  - briefings:\n      background_writer: false\n"))
    alone = build(project)

    def differences(cmp: filecmp.dircmp) -> list[str]:
        found = cmp.left_only + cmp.right_only + cmp.diff_files + cmp.funny_files
        return found + [d for sub in cmp.subdirs.values() for d in differences(sub)]

    assert len(list(alone.rglob("index.html"))) > 20
    assert differences(filecmp.dircmp(built_site, alone, ignore=[])) == []
