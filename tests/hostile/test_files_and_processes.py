"""Hostile input, round two: odd entries in seeds/, invisible text, impossible dates, and processes left behind.

- A killed `briefings generate` (or site build) takes its worker processes with it (generator/lifeline.py).
- A symbolic link is followed only when it stays inside the folder read; links leading out, dangling or
  looping links, named pipes and devices each get one error line, never a briefing, never silence.
- A text of invisible characters is empty; an invisible line is blank, so it is never a title.
- A publication date is a full ISO date (or datetime) between 1800 and 2200, or an error.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hostilekit import BODY, ROOT, run_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import lifeline
from generator.model import Article
from generator.read import ArticleError, find_articles, read_article
from generator.read.dates import MAX_YEAR, MIN_YEAR, check_publication_date, publication_date, publication_date_argument
from generator.read.invisible import is_blank, strip_invisible

TITLE = "Réunion de l'Otan à Bruxelles"
ARTICLE = f"{TITLE}\n\n{BODY}\n"
HAS_PROC = Path("/proc/self/stat").exists()
needs_proc = pytest.mark.skipif(not HAS_PROC, reason="finds processes through /proc (Linux)")


# --- A. no process outlives the run ---------------------------------------------------------------


def _state(pid: int) -> str | None:
    """The process's state letter (R, S, Z...), or None when there is no such process."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    return stat.rsplit(")", 1)[1].split()[0]  # the name, in parentheses, may hold spaces


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid`, found by scanning /proc (no psutil)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return sorted(found)


def _alive(pid: int) -> bool:
    return _state(pid) not in (None, "Z", "X")  # a zombie has ended; only its exit status is left


def _wait_until_gone(pids: list[int], seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(_alive(pid) for pid in pids):
        time.sleep(0.05)
    return [pid for pid in pids if _alive(pid)]


def _kill_survivors(pids: list[int]) -> None:
    """Clean up after a failing test: the processes it started, by their pids."""
    for pid in pids:
        if _alive(pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def _many_articles(seeds: Path, count: int) -> None:
    seeds.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        text = f"Réunion numéro {n} à Bruxelles\n\n{BODY.replace('une réunion', f'la réunion numéro {n}')}\n"
        (seeds / f"{n:03d}.txt").write_text(text, encoding="utf-8")


@needs_proc
def test_the_workers_of_a_killed_generate_end_with_it(tmp_path):
    """kill -9 of `briefings generate --jobs 2`: both pool workers are gone within seconds."""
    _many_articles(tmp_path / "seeds", 40)  # three chunks of 16: a pool of two processes
    parent = subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "generate", "--jobs", "2", "--quiet"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONHASHSEED": "0"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 120
        while len(workers) < 2:
            assert parent.poll() is None, "generate ended before its workers could be seen"
            assert time.monotonic() < deadline, "the two workers never appeared"
            workers = _children(parent.pid)
            time.sleep(0.02)
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        assert _wait_until_gone(workers, 5) == [], "workers outlived the killed generate"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        _kill_survivors(workers)


# A process that forks a child which calls die_with_parent, reports its pid, then waits (as does the parent).
_FORKING = textwrap.dedent(
    """
    import os, sys, time
    from generator import lifeline
    if sys.argv[1] == "polling":  # the fallback for systems without prctl
        lifeline._kernel_kills_us_with_parent = lambda: False
    parent = os.getpid()
    if os.fork() == 0:
        lifeline.die_with_parent(parent)
        with open(sys.argv[2] + ".tmp", "w") as out:
            out.write(str(os.getpid()))
        os.replace(sys.argv[2] + ".tmp", sys.argv[2])
        time.sleep(120)
        os._exit(0)
    time.sleep(120)
    """
)


@needs_proc
@pytest.mark.parametrize("way", ["prctl", "polling"])
def test_a_child_dies_with_its_killed_parent(tmp_path, way):
    if way == "prctl" and not sys.platform.startswith("linux"):
        pytest.skip("PR_SET_PDEATHSIG is Linux's")
    pid_file = tmp_path / "child.pid"
    parent = subprocess.Popen([sys.executable, "-c", _FORKING, way, str(pid_file)], cwd=ROOT)
    child: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while not pid_file.exists():
            assert parent.poll() is None and time.monotonic() < deadline, "the child never started"
            time.sleep(0.02)
        child = [int(pid_file.read_text())]
        time.sleep(3 * lifeline.POLL_SECONDS)
        assert _alive(child[0]), "the child must live as long as its parent"
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        assert _wait_until_gone(child, 5) == []
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        _kill_survivors(child)


def test_a_child_whose_parent_died_before_it_got_going_ends_at_once():
    """The race prctl leaves open: the parent died before the call; the child must not live on as an orphan."""
    gone = subprocess.Popen(["true"])
    gone.wait()  # its pid is now free
    code = f"from generator.lifeline import die_with_parent; die_with_parent({gone.pid}); import time; time.sleep(60)"
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=60)
    assert result.returncode == lifeline.ORPHANED and time.monotonic() - started < 30


_SITE_WRITER = textwrap.dedent(
    """
    import sys, time
    from generator.site.offload import BackgroundWriter, LazyFile, can_fork
    if not can_fork():
        print("no fork", flush=True)
        sys.exit(0)
    slow = LazyFile("personnes/lent/index.html", src_dir=None, dest_dir=sys.argv[1], use_directory_urls=True)
    slow.render = lambda: time.sleep(120) or "<h1>lent</h1>"  # a page that takes its time
    writer = BackgroundWriter()
    assert writer.start([slow], receive=print)
    print(writer._pid, flush=True)
    time.sleep(120)
    """
)


@needs_proc
def test_the_site_writer_process_dies_with_a_killed_build(tmp_path):
    build = subprocess.Popen([sys.executable, "-c", _SITE_WRITER, str(tmp_path)], cwd=ROOT, stdout=subprocess.PIPE,
                             text=True)  # fmt: skip
    writer: list[int] = []
    try:
        assert build.stdout is not None
        line = build.stdout.readline().strip()
        if line == "no fork":
            pytest.skip("the build writes its files itself here (one core, or no fork)")
        writer = [int(line)]
        assert writer == _children(build.pid) and _alive(writer[0])
        build.send_signal(signal.SIGKILL)
        build.wait()
        assert _wait_until_gone(writer, 5) == [], "the writer outlived the killed build"
    finally:
        if build.poll() is None:
            build.kill()
            build.wait()
        _kill_survivors(writer)


def test_an_article_the_extractors_cannot_handle_fails_alone(monkeypatch):
    """Whatever reaches the workers (a date the reader refuses, a language detection that crashes), one
    article's failure is its own error line: the others in its chunk get their briefing."""
    from generator import pipeline
    from generator.workers import analyse_chunk

    def article(name: str, published: dt.date | None = None) -> Article:
        return Article(path=f"seeds/{name}.txt", title=TITLE, text=BODY, sha256="0" * 64, published=published)

    articles = [article("ancien", dt.date.min), article("bon", dt.date(2024, 4, 2)), article("futur", dt.date.max)]
    results = analyse_chunk(articles)
    assert [r.article.path for r in results] == [a.path for a in articles]
    assert results[1].error is None and results[1].briefing is not None
    for extreme in (results[0], results[2]):  # today the extractors overflow there; either way, alone
        assert (extreme.error or "extraction failed: ").startswith("extraction failed: ")

    detect = pipeline.article_language
    crashing = lambda a, *rest: 1 / 0 if "ancien" in a.path else detect(a, *rest)  # noqa: E731
    monkeypatch.setattr(pipeline, "article_language", crashing)
    results = analyse_chunk([article("ancien"), article("bon")])
    assert results[0].error == "extraction failed: ZeroDivisionError: division by zero"
    assert results[1].error is None and results[1].briefing is not None


# --- B. symbolic links, named pipes and devices in seeds/ -----------------------------------------

SECRET = "MOT-DE-PASSE-HORS-DU-DOSSIER"


def _odd_seeds(project: Path) -> dict[str, str | None]:
    """seeds/ with one good article, one followed link, and every entry that must be refused.

    Returns each entry's expected error (None: read). Outside seeds/, a folder holds a "secret" article.
    """
    outside = project.parent / "outside"
    outside.mkdir(exist_ok=True)
    (outside / "secret.txt").write_text(f"Secret\n\n{SECRET}\n", encoding="utf-8")
    (outside / "meta.yml").write_text(f"outlet: {SECRET}\n", encoding="utf-8")
    seeds = project / "seeds"
    (seeds / "textes").mkdir(parents=True)
    (seeds / "bon.txt").write_text(ARTICLE, encoding="utf-8")
    (seeds / "textes" / "brouillon.texte").write_text(ARTICLE.replace(TITLE, "Brouillon lié"), encoding="utf-8")
    (seeds / "lien.txt").symlink_to(Path("textes") / "brouillon.texte")  # inside seeds/: followed
    (seeds / "interne").symlink_to("textes", target_is_directory=True)  # inside: its files are read anyway
    (seeds / "secret.txt").symlink_to(outside / "secret.txt")
    (seeds / "passwd.txt").symlink_to("/etc/passwd")
    (seeds / "perdu.txt").symlink_to("nulle-part.txt")
    (seeds / "boucle.txt").symlink_to("boucle.txt")
    (seeds / "a.md").symlink_to("b.md")
    (seeds / "b.md").symlink_to("a.md")
    os.mkfifo(seeds / "tube.txt")
    (seeds / "nul.txt").symlink_to(os.devnull)
    (seeds / "dehors").symlink_to(outside, target_is_directory=True)
    (seeds / "meta.txt").write_text(ARTICLE.replace(TITLE, "Métadonnées piégées"), encoding="utf-8")
    (seeds / "meta.yml").symlink_to(outside / "meta.yml")
    return {
        "seeds/a.md": "symbolic link loop (not followed)",
        "seeds/b.md": "symbolic link loop (not followed)",
        "seeds/bon.txt": None,
        "seeds/boucle.txt": "symbolic link loop (not followed)",
        "seeds/dehors": "symbolic link to a folder outside seeds/ (not followed)",
        "seeds/lien.txt": None,
        "seeds/meta.txt": None,  # its sidecar is refused: the error names the sidecar
        "seeds/nul.txt": "symbolic link to a device outside seeds/ (not followed)",
        "seeds/passwd.txt": "symbolic link to a file outside seeds/ (not followed)",
        "seeds/perdu.txt": "dangling symbolic link (its target does not exist)",
        "seeds/secret.txt": "symbolic link to a file outside seeds/ (not followed)",
        "seeds/tube.txt": "not a regular file (a named pipe)",
    }


@pytest.fixture
def odd_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, dict[str, str | None]]:
    project = tmp_path / "project"
    expected = _odd_seeds(project)
    monkeypatch.chdir(project)
    return project, expected


def test_find_articles_lists_every_odd_entry_and_enters_no_linked_folder(odd_project):
    _, expected = odd_project
    found = find_articles([Path("seeds")])
    assert [p.as_posix() for p in found] == sorted(expected)  # sorted; nothing from dehors/ nor interne/
    assert {p.found_in for p in found} == {Path.cwd() / "seeds"}
    # Listed again (as `briefings generate` does with its progress list), nothing changes and the
    # link to a folder outside is still not walked into.
    again = find_articles(found)
    assert again == found and [p.found_in for p in again] == [p.found_in for p in found]


def test_each_odd_entry_reads_to_its_precise_error(odd_project):
    _, expected = odd_project
    for path in find_articles([Path("seeds")]):
        reason = expected[path.as_posix()]
        if path.name == "meta.txt":
            with pytest.raises(ArticleError) as info:
                read_article(path)
            assert str(info.value) == "seeds/meta.yml: symbolic link to a file outside seeds/ (not followed)"
        elif reason is None:
            assert read_article(path).title in (TITLE, "Brouillon lié")
        else:
            with pytest.raises(ArticleError) as info:
                read_article(path)
            assert str(info.value) == f"{path.as_posix()}: {reason}"


def test_a_link_inside_the_folder_read_is_followed_wherever_it_points_inside(odd_project):
    """The bound is the folder named: from seeds/2024/ a link may point to seeds/2023/; named directly,
    a file's bound is its own folder."""
    project, _ = odd_project
    (project / "seeds" / "2023").mkdir()
    (project / "seeds" / "2024").mkdir()
    (project / "seeds" / "2023" / "article.texte").write_text(ARTICLE, encoding="utf-8")
    (project / "seeds" / "2024" / "repris.txt").symlink_to(Path("..") / "2023" / "article.texte")
    [found] = [p for p in find_articles([Path("seeds")]) if p.name == "repris.txt"]
    assert read_article(found).title == TITLE
    assert read_article(Path("seeds/2024/repris.txt"), root=Path("seeds")).title == TITLE
    with pytest.raises(ArticleError, match=r"^seeds/2024/repris.txt: symbolic link to a file outside seeds/2024/"):
        read_article(Path("seeds/2024/repris.txt"))  # named directly
    assert read_article(Path("seeds/lien.txt")).title == "Brouillon lié"  # named directly, inside its folder
    # The folder may itself be reached through a link: the bound is where it really is.
    (project / "raccourci").symlink_to("seeds", target_is_directory=True)
    assert [p.name for p in find_articles([Path("raccourci")]) if p.name == "repris.txt"] == ["repris.txt"]
    assert read_article(Path("raccourci/2024/repris.txt"), root=Path("raccourci")).title == TITLE


def test_a_file_named_twice_is_still_listed_once_with_the_wider_folder(odd_project):
    found = find_articles([Path("seeds/bon.txt"), Path("seeds"), Path.cwd() / "seeds" / "bon.txt"])
    assert [p.as_posix() for p in found].count("seeds/bon.txt") == 1
    [bon] = [p for p in found if p.name == "bon.txt"]
    assert bon.found_in == Path.cwd() / "seeds"
    assert find_articles([Path("seeds/bon.txt")])[0].found_in is None  # named directly: its own folder


def test_a_device_is_not_a_regular_file():
    with pytest.raises(ArticleError, match=r"^/dev/null: not a regular file \(a device\)$"):
        read_article(Path("/dev/null"))
    with pytest.raises(ArticleError, match=r"not a regular file \(a folder\)$"):
        read_article(ROOT / "seeds")


def test_generate_and_extract_give_one_error_line_per_odd_entry(odd_project):
    project, expected = odd_project
    result = run_cli("generate", "--quiet", "--jobs", "1", cwd=project)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    errors = sorted(line for line in result.stderr.splitlines() if line.startswith("error: "))
    wanted = sorted(f"error: {name}: {reason}" for name, reason in expected.items() if reason)
    wanted += ["error: seeds/meta.yml: symbolic link to a file outside seeds/ (not followed)"]
    assert errors == sorted(wanted)
    assert "2 written" in result.stdout and f"{len(wanted)} failed" in result.stdout, result.stdout
    pages = {p.name: p.read_text(encoding="utf-8") for p in (project / "briefings").glob("*.md")}
    assert len(pages) == 2 and any("Brouillon lié" in page for page in pages.values())
    assert not [name for name, page in pages.items() if SECRET in page or "root:" in page]

    extract = run_cli("extract", "seeds", "--json", cwd=project)
    assert extract.returncode == 1 and "Traceback" not in extract.stderr, extract.stderr
    assert sorted(line for line in extract.stderr.splitlines() if line.startswith("error: ")) == sorted(wanted)
    assert SECRET not in extract.stdout and "root:" not in extract.stdout


# --- C. invisible text, and publication dates ------------------------------------------------------

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202c\u2066\u2069\u180e\u034f\ufe0f\u3164\u2800"
# Whitespace (no control characters: a file of those is binary) and every format character (Cf).
WHITESPACE = st.sampled_from(" \t\n\r\xa0\u1680\u2000\u2003\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
FORMAT = st.characters(whitelist_categories=("Cf",))
INVISIBLE_TEXT = st.text(st.one_of(WHITESPACE, FORMAT, st.sampled_from(INVISIBLE)), min_size=1, max_size=40)


@pytest.mark.parametrize("content", ["\u200b", "\ufeff\u200b\u200c\n\u2060\u00ad\n", INVISIBLE, f"\n{INVISIBLE}\t"])
def test_a_file_of_invisible_characters_is_empty(tmp_path, content):
    path = tmp_path / "invisible.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ArticleError, match=r"empty file \(only spaces or invisible characters\)$"):
        read_article(path)


@settings(max_examples=300, deadline=None)
@given(text=INVISIBLE_TEXT, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_any_text_without_a_visible_character_is_an_empty_file(tmp_path_factory, text, encoding):
    path = tmp_path_factory.mktemp("invisible") / "article.md"
    path.write_bytes(text.encode(encoding))
    with pytest.raises(ArticleError, match=r": empty file"):
        read_article(path)


# At a title's end, a variation selector or a combining joiner belongs to the character before it: kept.
DETACHED = INVISIBLE.replace("\ufe0f", "").replace("\u034f", "")


@settings(max_examples=200, deadline=None)
@given(before=st.lists(INVISIBLE_TEXT.map(lambda t: t.replace("\n", "").replace("\r", "")), max_size=4),
       around=st.text(st.sampled_from(DETACHED), max_size=3))  # fmt: skip
def test_an_invisible_line_is_never_the_title(tmp_path_factory, before, around):
    """Lines of invisible characters before the headline are blank lines; the title has none at its ends."""
    lines = [*(line.replace("\u2028", "").replace("\u2029", "") for line in before), f"{around}{TITLE}{around}"]
    path = tmp_path_factory.mktemp("title") / "article.txt"
    path.write_text("\n".join(lines) + f"\n{around}\n{BODY}\n", encoding="utf-8")
    article = read_article(path)
    assert article.title == TITLE
    assert article.text.startswith("Le ministre") and article.text.endswith("a-t-il déclaré lundi.")


def test_invisible_titles_and_bodies_count_as_missing(tmp_path):
    front = tmp_path / "front.md"
    front.write_text(f'---\ntitle: "\\u200b\\u2060"\noutlet: "\\ufeff"\n---\n\u200b\n{ARTICLE}', encoding="utf-8")
    article = read_article(front)
    assert (article.title, article.outlet) == (TITLE, None)
    body = tmp_path / "body.txt"
    body.write_text(f"{TITLE}\n\n\u200b\u200d\n\u2060 \u00ad\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="no article text after the title$"):
        read_article(body)
    # Inside a line, they are text: a joiner in an emoji sequence, a flag's tags, a variation selector stay.
    emoji = "Hackathon 👩\u200d💻 à Lille ❤\ufe0f"
    assert strip_invisible(f"\u200b{emoji}\u200b") == emoji and not is_blank(emoji)
    assert is_blank("\u200b \u00ad\t\ufeff") and is_blank("")


@pytest.mark.parametrize(
    "value",
    ["2024-01-01garbage", "2024-01-01 garbage", "2024-01-01T", "2024-01-01T10", "2024-1-1", "20240101", "2024",
     "02/04/2024", "2024-04-02T10:00:00+02:00 extra", "hier", "٢٠٢٤-٠١-٠١", "2024-01-01\n2025-01-01"],
)  # fmt: skip
def test_a_publication_date_must_be_a_whole_iso_date(tmp_path, value):
    quoted = value.replace("\n", "\\n")
    for where, files in {
        "front matter": {"a.md": f'---\npublished: "{quoted}"\n---\n{ARTICLE}'},
        "sidecar": {"a.txt": ARTICLE, "a.yml": f'published: "{quoted}"\n'},
    }.items():
        folder = tmp_path / where.replace(" ", "-")
        folder.mkdir()
        for name, content in files.items():
            (folder / name).write_text(content, encoding="utf-8")
        article = folder / next(iter(files))
        with pytest.raises(ArticleError, match=r"publication date .* is not YYYY-MM-DD$"):
            read_article(article)
    with pytest.raises(ArticleError, match=r"^seeds/page.html: publication date .* is not YYYY-MM-DD$"):
        publication_date(value, "seeds/page.html")  # what a saved page's metadata goes through too


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-04-02", dt.date(2024, 4, 2)), ("2024-04-02T10:00:00+02:00", dt.date(2024, 4, 2)),
     ("2024-04-02T23:30:00.5Z", dt.date(2024, 4, 2)), ("2024-04-02 08:15", dt.date(2024, 4, 2)),
     ("2024-04-02T08:15:00,123-0500", dt.date(2024, 4, 2)), (" 2024-04-02 ", dt.date(2024, 4, 2)),
     (dt.date(2024, 4, 2), dt.date(2024, 4, 2)), (dt.datetime(2024, 4, 2, 23, 59), dt.date(2024, 4, 2)),
     (None, None), ("", None)],
)  # fmt: skip
def test_full_iso_dates_and_datetimes_are_accepted(value, expected):
    assert publication_date(value, "a.txt") == expected


def test_yaml_dates_and_datetimes_are_accepted(tmp_path):
    for published in ("2024-04-02", "2024-04-02T10:00:00+02:00", "'2024-04-02'", "2024-04-02 10:00:00"):
        path = tmp_path / "a.md"
        path.write_text(f"---\npublished: {published}\n---\n{ARTICLE}", encoding="utf-8")
        assert read_article(path).published == dt.date(2024, 4, 2), published


def test_an_impossible_date_says_so():
    with pytest.raises(ArticleError, match=r"publication date '2024-02-30' is not a valid date: day is out of range"):
        publication_date("2024-02-30", "a.txt")
    with pytest.raises(ArticleError, match=r"is not YYYY-MM-DD"):
        publication_date(2024, "a.txt")


@settings(max_examples=300, deadline=None)
@given(date=st.dates(), as_text=st.booleans(), suffix=st.text(max_size=8))
def test_any_date_is_accepted_exactly_within_the_bounds(date, as_text, suffix):
    """A date, or its ISO form followed by anything: accepted only within the bounds and when nothing but
    a time (or spaces) follows; otherwise one ArticleError that says which rule failed."""
    value = date.isoformat() + suffix if as_text else date
    plain = not as_text or suffix.strip() == ""
    garbage = not plain and suffix[0] not in "Tt" and not suffix[0].isspace()
    try:
        published = publication_date(value, "a.txt")
    except ArticleError as exc:
        if garbage:
            assert exc.reason.endswith("is not YYYY-MM-DD"), exc
        elif plain:
            assert exc.reason == f"publication date {date.isoformat()} is out of range (years 1800-2200)"
        # else: what follows may or may not be a time; any of the three reasons will do
        return
    assert not garbage and published == date and MIN_YEAR <= date.year <= MAX_YEAR


@pytest.mark.parametrize("date", [dt.date(1, 1, 1), dt.date(1799, 12, 31), dt.date(2201, 1, 1), dt.date(9999, 12, 31)])
def test_a_date_out_of_the_news_range_is_refused(tmp_path, date):
    path = tmp_path / "a.md"
    path.write_text(f"---\npublished: {date.isoformat()}\n---\n{ARTICLE}", encoding="utf-8")
    message = f"publication date {date.isoformat()} is out of range (years 1800-2200)"
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert str(info.value) == f"{path.as_posix()}: {message}"
    with pytest.raises(ArticleError) as info:
        check_publication_date(date, "--published")
    assert info.value.reason == message


def test_the_command_line_date_has_the_same_form_and_range():
    parser = argparse.ArgumentParser(prog="briefings", exit_on_error=False)
    parser.add_argument("--published", type=publication_date_argument)
    assert parser.parse_args(["--published", "2024-04-02"]).published == dt.date(2024, 4, 2)
    for bad, reason in [("0001-01-01", "out of range (years 1800-2200)"), ("2024-01-01x", "is not YYYY-MM-DD")]:
        with pytest.raises(argparse.ArgumentError, match=re.escape(reason)):
            parser.parse_args(["--published", bad])


def test_generate_and_extract_refuse_invisible_files_and_bad_dates(tmp_path):
    """Through the real command: one error line each, no traceback; the dates at the bounds are analysed."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    relative = "Le ministre viendra mercredi, puis dans trois semaines et l'an prochain, comme il y a deux ans."
    files = {
        "invisible.txt": (INVISIBLE + "\n\u200b\n", "empty file (only spaces or invisible characters)"),
        "garbage.md": ("2024-01-01garbage", "publication date '2024-01-01garbage' is not YYYY-MM-DD"),
        "year-1.md": ("0001-01-01", "publication date 0001-01-01 is out of range (years 1800-2200)"),
        "year-9999.md": ("9999-12-31", "publication date 9999-12-31 is out of range (years 1800-2200)"),
        "first-day.md": ("1800-01-01", None),
        "last-day.md": ("2200-12-31", None),
    }
    for name, (value, _) in files.items():
        text = value if name.endswith(".txt") else f"---\npublished: {value}\n---\n{name}\n\n{relative}\n"
        (seeds / name).write_text(text, encoding="utf-8")
    result = run_cli("generate", "--quiet", "--jobs", "1", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    errors = sorted(line for line in result.stderr.splitlines() if line.startswith("error: "))
    assert errors == sorted(f"error: seeds/{name}: {reason}" for name, (_, reason) in files.items() if reason)
    pages = sorted(p.name for p in (tmp_path / "briefings").glob("*.md"))
    assert [page[:11] for page in pages] == ["1800-01-01-", "2200-12-31-"], pages

    for name, (_, reason) in files.items():
        extract = run_cli("extract", f"seeds/{name}", "--json", cwd=tmp_path)
        assert "Traceback" not in extract.stderr, extract.stderr
        if reason:
            assert (extract.returncode, extract.stdout, extract.stderr) == (1, "", f"error: seeds/{name}: {reason}\n")
        else:
            assert extract.returncode == 0 and f'"date": "{files[name][0]}"' in extract.stdout
