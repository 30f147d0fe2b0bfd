"""Crash safety: a generator killed with SIGKILL leaves every briefing either as it was or fully new."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hostilekit import run_cli

from generator.render import parse_markdown
from generator.store import is_hand_edited

PAGES = 12

# A child process that rewrites PAGES briefings (old -> new), each page large enough that a write
# takes a while. With STOP_AT=<kind>:<n> it announces (touches READY) and hangs at that point of the
# n-th page, so the parent can kill it exactly there; without it, it just runs (random-time kills).
CHILD = textwrap.dedent(
    """
    import os, stat, sys, time
    from pathlib import Path
    from generator.model import Briefing, GeneratorInfo, KeyFact, Source
    from generator.render import render_markdown
    from generator.store import BriefingStore

    out, version, ready = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    stop = os.environ.get("STOP_AT", "")
    kind, _, n = stop.partition(":")
    calls = {"fsync": 0, "replace": 0}

    def hang(what):
        calls[what] += 1
        if kind == what and calls[what] == int(n):
            ready.touch()
            time.sleep(600)

    real_fsync, real_replace = os.fsync, os.replace
    def fsync(fd):
        if stat.S_ISREG(os.fstat(fd).st_mode):  # a page being written, not the folder
            hang("fsync")
        real_fsync(fd)
    def replace(src, dst):
        hang("replace")
        real_replace(src, dst)
        if kind == "after-replace" and str(dst).endswith("-5.md"):
            ready.touch()
            time.sleep(600)
    os.fsync, os.replace = fsync, replace

    store = BriefingStore(out)
    for i in range(__PAGES__):
        b = Briefing(
            title=f"Page {i}", date="2024-04-02", date_source="metadata", lang="fr",
            source=Source(path=f"seeds/{i}.txt", sha256=version * 64),
            key_facts=[KeyFact(text=f"{version} fait {j} " * 20, sentence="s") for j in range(100)],
            generator=GeneratorInfo(version="1"),
        )
        store.save(b, render_markdown(b, ("Texte " + version + ". ") * 5000))
    ready.touch()
    """
).replace("__PAGES__", str(PAGES))


def _write_all(out: Path, version: str, env: dict[str, str] | None = None) -> None:
    ready = out.parent / f"ready-{version}"
    subprocess.run([sys.executable, "-c", CHILD, str(out), version, str(ready)], check=True, env=env, timeout=300)


@pytest.fixture
def old_and_new(tmp_path: Path) -> tuple[Path, dict[str, bytes], dict[str, bytes]]:
    """briefings/ holding the old pages, and the bytes of the old and the new generation of each page."""
    new_dir = tmp_path / "new"
    _write_all(new_dir, "b")
    out = tmp_path / "briefings"
    _write_all(out, "a")
    old = {p.name: p.read_bytes() for p in out.glob("*.md")}
    new = {p.name: p.read_bytes() for p in new_dir.glob("*.md")}
    assert len(old) == len(new) == PAGES and set(old) == set(new) and old != new
    return out, old, new


def _check_pages(out: Path, old: dict[str, bytes], new: dict[str, bytes]) -> tuple[int, int]:
    """Every page is exactly the old or the new one; returns (old, new) counts."""
    pages = {p.name: p.read_bytes() for p in out.glob("*.md")}
    assert pages and set(pages) == set(old), "a page disappeared or a stray page appeared"
    counts = [0, 0]
    for name, data in pages.items():
        assert data in (old[name], new[name]), f"{name} is neither the old nor the new page ({len(data)} bytes)"
        counts[data == new[name]] += 1
        text = data.decode("utf-8")
        assert not is_hand_edited(text) and parse_markdown(text).title
    assert not [p.name for p in out.iterdir() if p.suffix == ".md" and p.name not in old]
    return counts[0], counts[1]


def _kill_at(out: Path, stop: str) -> None:
    ready = out.parent / "ready-kill"
    ready.unlink(missing_ok=True)
    env = {**os.environ, "STOP_AT": stop}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(out), "b", str(ready)], env=env)
    try:
        deadline = time.monotonic() + 120
        while not ready.exists():
            assert child.poll() is None, "the child finished before reaching the kill point"
            assert time.monotonic() < deadline, "the child never reached the kill point"
            time.sleep(0.01)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL


@pytest.mark.parametrize(
    ("stop", "expected_new"),
    [
        ("fsync:1", 0),  # first page half-way: written to a temporary file, not renamed yet
        ("fsync:6", 5),
        ("replace:6", 5),  # sixth page fully written and flushed, the rename not done
        ("after-replace", 6),  # right after the sixth page's rename
    ],
)
def test_kill_at_each_step_of_a_write(old_and_new, stop, expected_new):
    out, old, new = old_and_new
    _kill_at(out, stop)
    assert _check_pages(out, old, new) == (PAGES - expected_new, expected_new)
    # The next run finishes the job; killed runs' temporary files are never mistaken for pages.
    _write_all(out, "b")
    assert _check_pages(out, old, new) == (0, PAGES)


def test_kill_at_random_moments(old_and_new):
    out, old, new = old_and_new
    rng = random.Random(6)
    versions = {"a": old, "b": new}
    for round_ in range(8):
        target = "b" if round_ % 2 == 0 else "a"
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(out), target, str(out.parent / "never")])
        time.sleep(rng.uniform(0.3, 1.5))
        child.send_signal(signal.SIGKILL)
        child.wait()
        pages = {p.name: p.read_bytes() for p in out.glob("*.md")}
        assert pages and set(pages) == set(old)
        for name, data in pages.items():
            assert data in (versions["a"][name], versions["b"][name]), f"round {round_}: {name} is torn"


# --- the real command, killed while it writes (needs the extractors) -------------------------------

ARTICLE = (
    "Réunion numéro {n} à Bruxelles\n\n"
    "Le ministre des Affaires étrangères Jean-Noël Barrot se rendra mercredi à Bruxelles pour la réunion "
    "numéro {n} de l'Otan, a annoncé mardi le Quai d'Orsay. Il y rencontrera ses homologues européens.\n\n"
    "« Nous devons agir ensemble », a déclaré lundi le ministre, qui sera à Washington en juillet. {extra}\n"
)


def _seeds(project: Path, extra: str, count: int = 20) -> None:
    (project / "seeds").mkdir(parents=True, exist_ok=True)
    for n in range(count):
        text = ARTICLE.format(n=n, extra=extra)
        (project / "seeds" / f"{n:03d}.txt").write_text(text, encoding="utf-8")
        (project / "seeds" / f"{n:03d}.yml").write_text("published: 2024-04-02\nlang: fr\n", encoding="utf-8")


def test_the_cli_killed_mid_run_leaves_old_or_new_pages(tmp_path):
    project = tmp_path / "project"
    _seeds(project, "Première version.")
    first = run_cli("generate", "--quiet", "--jobs", "1", cwd=project)
    assert first.returncode == 0, first.stderr
    old = {p.name: p.read_bytes() for p in (project / "briefings").glob("*.md")}
    assert len(old) == 20

    reference = tmp_path / "reference"
    shutil.copytree(project, reference)
    _seeds(reference, "Seconde version, corrigée.")
    full = run_cli("generate", "--quiet", "--jobs", "1", cwd=reference)
    assert full.returncode == 0, full.stderr
    new = {p.name: p.read_bytes() for p in (reference / "briefings").glob("*.md")}
    assert set(new) == set(old) and all(new[n] != old[n] for n in old)

    _seeds(project, "Seconde version, corrigée.")
    child = subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "generate", "--quiet", "--jobs", "1"],
        cwd=project,
        env={**os.environ, "PYTHONHASHSEED": "0"},
        start_new_session=True,  # the whole process group is killed, workers included
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and child.poll() is None:
            changed = sum((project / "briefings" / n).read_bytes() != old[n] for n in old)
            if changed >= 3:
                break
            time.sleep(0.005)
    finally:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
    pages = {p.name: p.read_bytes() for p in (project / "briefings").glob("*.md")}
    assert set(pages) == set(old)
    torn = [n for n, data in pages.items() if data not in (old[n], new[n])]
    assert torn == []
    assert 0 < sum(pages[n] == new[n] for n in pages) < 20 or child.returncode == 0

    again = run_cli("generate", "--quiet", "--jobs", "1", cwd=project)
    assert again.returncode == 0, again.stderr
    assert {p.name: p.read_bytes() for p in (project / "briefings").glob("*.md")} == new
