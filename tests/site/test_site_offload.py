"""Lazy site files, and the second process that writes them while MkDocs builds the pages."""

from __future__ import annotations

import filecmp
import json
import re
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

now, later = json.loads(sys.argv[2])  # files the child can write at once; files it can write once sent their content
files = [lazy(uri, content) for uri, content in now]
waiting = [LazyFile(uri, src_dir=None, dest_dir=sys.argv[1], use_directory_urls=True) for uri in later]

def receive(contents):
    for file in waiting:
        file.render = lambda uri=file.src_uri: contents[uri]

writer = BackgroundWriter()
started = writer.start(files + waiting, receive)
for f in files + waiting:
    f.copy_file()  # what MkDocs does meanwhile: nothing when the child writes them
writer.send(later)
try:
    writer.wait()
    error = None
except RuntimeError as exc:
    error = str(exc)
print(json.dumps({"can_fork": can_fork(), "started": started, "elsewhere": [f.elsewhere for f in files + waiting],
                  "error": error}))
"""


def run_scenario(site: Path, now: list[tuple[str, str | None]], later: dict[str, str] | None = None) -> dict:
    result = subprocess.run([sys.executable, "-c", _SCENARIO, str(site), json.dumps([now, later or {}])], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_writer_writes_every_file_in_a_second_process(tmp_path: Path):
    """The files it can make at once, then those made from what the build sends it later (the frame)."""
    outcome = run_scenario(tmp_path, [("agenda.ics", "BEGIN:VCALENDAR")],
                           {f"lieux/{name}/index.html": f"<h1>{name}</h1>" for name in ("kiev", "paris")})  # fmt: skip
    if not outcome["can_fork"]:
        pytest.skip("needs os.fork and two cores")
    assert outcome == {"can_fork": True, "started": True, "elsewhere": [True, True, True], "error": None}
    assert sorted(p.parent.name for p in tmp_path.rglob("index.html")) == ["kiev", "paris"]
    assert (tmp_path / "lieux/paris/index.html").read_text(encoding="utf-8") == "<h1>paris</h1>"
    assert (tmp_path / "agenda.ics").read_text(encoding="utf-8") == "BEGIN:VCALENDAR"


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
    assert not writer.start(files, receive=print) and not files[0].elsewhere
    files[0].copy_file()
    writer.wait()
    assert (tmp_path / "agenda.ics").read_text(encoding="utf-8") == "BEGIN:VCALENDAR"


@pytest.mark.parametrize("nav", ["mkdocs.yml's nav", "nav made from the pages"])
def test_the_site_is_the_same_with_or_without_the_second_process(sample_project: Path, tmp_path: Path, nav: str):
    """Byte for byte; without a `nav:`, its titles come from the pages, read after the second process starts."""
    project = tmp_path / "project"
    shutil.copytree(sample_project, project, ignore=shutil.ignore_patterns("site", "site-*"))
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "\n  - briefings\n" in text and "\nnav:\n" in text
    if nav != "mkdocs.yml's nav":
        text = re.sub(r"\nnav:\n(  - .*\n)+", "\n", text)
    config.write_text(text, encoding="utf-8")
    together = build(project)
    shutil.move(together, tmp_path / "together")
    config.write_text(text.replace("\n  - briefings\n", "\n  - briefings:\n      background_writer: false\n"))
    alone = build(project)

    def differences(cmp: filecmp.dircmp) -> list[str]:
        found = cmp.left_only + cmp.right_only + cmp.diff_files + cmp.funny_files
        return found + [d for sub in cmp.subdirs.values() for d in differences(sub)]

    assert len(list(alone.rglob("index.html"))) > 20
    assert differences(filecmp.dircmp(tmp_path / "together", alone, ignore=[])) == []
    page = (alone / "personnes/antony-blinken/index.html").read_text(encoding="utf-8")
    assert "Agenda" in page and ">None<" not in page  # the navigation's titles, read from the pages
