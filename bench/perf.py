"""Performance at a newsroom's scale: generation, incremental runs and site build against their floors.

For each N it builds a synthetic archive (bench/corpus.py), then measures in one run, side by side:
`briefings generate` cold, again with nothing changed, after touching 1% of the inputs; bare spaCy
`nlp.pipe` over the same texts (the floor of generation); `mkdocs build` with our plugin and a plain
`mkdocs build` of the same pages without it; the search index size; `briefings --help`.
Wall time and peak memory (PSS summed over the whole process tree, polled) for every step, and CPU time
for the site builds (the plugin writes some files in a second process).

    python bench/perf.py [--sizes 100 1000 10000] [--jobs N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import math
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import make_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable

# The floor loads the model generation would load (BRIEFINGS_MODEL_FR, fr_core_news_sm by default).
FLOOR = """
import sys, pathlib, spacy
from generator.nlp import model_name
nlp = spacy.load(model_name("fr"))
texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))]
for _ in nlp.pipe(texts, batch_size=16, n_process=int(sys.argv[2])):
    pass
"""


@dataclass
class Step:
    seconds: float
    peak_mb: float
    output: str
    cpu_seconds: float = 0.0  # user + system, of the process and every descendant it waited for


def run(cmd: list[str], cwd: Path) -> Step:
    """Run a command, timing it and polling the memory (PSS) of its whole process tree."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = [0]
    done = threading.Event()

    def poll() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_memory_kb(proc.pid))
            done.wait(0.05)

    thread = threading.Thread(target=poll, daemon=True)
    thread.start()
    output, _ = proc.communicate()
    done.set()
    thread.join()
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{output[-3000:]}")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return Step(seconds, peak[0] / 1024, output, cpu)


def _tree_memory_kb(root: int) -> int:
    """Memory of a process and all its descendants: the sum of their proportional set sizes (PSS).

    Not RSS: a forked child maps every page of its parent, shared until written, and summing RSS would
    count those pages twice (once per process); PSS divides each shared page among its processes.
    """
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            continue
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += _pss_kb(pid)
        stack.extend(children.get(pid, []))
    return total


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def site_project(folder: Path, briefings: Path, plugin: bool) -> Path:
    """A project that builds the same Markdown pages (briefings and docs/) with our plugin, or without it.

    Without the plugin, the briefings are copied into docs/ and the nav keeps only the hand-written pages:
    the pages the plugin generates (agenda, archive, entity indexes) do not exist there.
    """
    folder.mkdir(parents=True)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    shutil.copytree(ROOT / "docs", folder / "docs")
    if plugin:
        (folder / "briefings").symlink_to(briefings)
    else:
        shutil.copytree(briefings, folder / "docs" / "briefings")
        (folder / "docs" / "index.md").write_text("# Briefings\n", encoding="utf-8")
        config = re.sub(r"\n  - briefings\b[^\n]*(\n    [^\n]*)*", "", config)  # drop our plugin and its options
        generated = ("agenda.md", "archives.md", "personnes/index.md", "organisations/index.md", "lieux/index.md")
        config = re.sub(r"\n  - [^:\n]+: (?:" + "|".join(map(re.escape, generated)) + ")(?=\n)", "", config)
    (folder / "mkdocs.yml").write_text(config, encoding="utf-8")
    return folder


def measure(n: int, jobs: int, work: Path, site_rounds: int = 3) -> list[tuple[str, str, str, str]]:
    seeds = work / "seeds"
    make_corpus(n, seeds)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in seeds.glob("*.txt"))
    gen = [PY, "-m", "generator.cli", "generate", str(seeds), "--out", "briefings", "--quiet", "--jobs", str(jobs)]
    rows = []

    # The one-process floor is the plainest reference; above 1,000 articles it only costs time.
    floor1 = run([PY, "-c", FLOOR, str(seeds), "1"], work) if n <= 1000 or jobs == 1 else None
    floor = run([PY, "-c", FLOOR, str(seeds), str(jobs)], work) if jobs > 1 else floor1
    assert floor is not None
    cold = run(gen, work)
    if floor1 is not None:
        rows.append(("spaCy nlp.pipe floor, 1 process", f"{floor1.seconds:.1f}", f"{floor1.peak_mb:.0f}", ""))
    if jobs > 1:
        rows.append((f"spaCy nlp.pipe floor, {jobs} processes", f"{floor.seconds:.1f}", f"{floor.peak_mb:.0f}", ""))
    rows.append(
        (
            f"generate cold (--jobs {jobs})",
            f"{cold.seconds:.1f}",
            f"{cold.peak_mb:.0f}",
            f"{cold.seconds / floor.seconds:.2f}x the {jobs}-process floor"
            + (f", {cold.seconds / floor1.seconds:.2f}x the 1-process one" if floor1 and jobs > 1 else "")
            + f"; {words / cold.seconds:.0f} words/s",
        )
    )
    again = run(gen, work)
    rows.append(("generate again, nothing changed", f"{again.seconds:.2f}", f"{again.peak_mb:.0f}", _summary(again)))
    touched = sorted(seeds.glob("*.txt"))[:: max(1, n // max(1, math.ceil(n / 100)))][: math.ceil(n / 100)]
    for path in touched:
        with path.open("a", encoding="utf-8") as fh:
            fh.write("\nUne phrase ajoutée pour le test de performance.\n")
    touch = run(gen, work)
    rows.append(
        (
            f"generate after touching {len(touched)} ({len(touched) / n:.0%})",
            f"{touch.seconds:.2f}",
            f"{touch.peak_mb:.0f}",
            _summary(touch),
        )
    )

    ours = site_project(work / "site-ours", work / "briefings", plugin=True)
    plain = site_project(work / "site-plain", work / "briefings", plugin=False)
    build = [PY, "-m", "mkdocs", "build", "-q", "-d", "site"]
    # Best of a few builds each, interleaved: one build's wall time swings by 10% on a shared machine.
    built, base = run(build, ours), run(build, plain)
    for _ in range(site_rounds - 1):
        built = min(built, run(build, ours), key=lambda step: step.seconds)
        base = min(base, run(build, plain), key=lambda step: step.seconds)
    index = (ours / "site" / "search" / "search_index.json").stat().st_size / 1e6
    plain_index = (plain / "site" / "search" / "search_index.json").stat().st_size / 1e6
    best = f"best of {site_rounds}; " if site_rounds > 1 else ""
    rows.append(
        (
            "mkdocs build, plain (same Markdown pages, no plugin)",
            f"{base.seconds:.1f}",
            f"{base.peak_mb:.0f}",
            f"{best}CPU {base.cpu_seconds:.1f} s; search index {plain_index:.1f} MB",
        )
    )
    rows.append(
        (
            "mkdocs build with our plugin",
            f"{built.seconds:.1f}",
            f"{built.peak_mb:.0f}",
            f"{best}{built.seconds / base.seconds:.2f}x plain; CPU {built.cpu_seconds:.1f} s "
            f"({built.cpu_seconds / base.cpu_seconds:.2f}x, both processes); search index {index:.1f} MB",
        )
    )
    return rows


def _summary(step: Step) -> str:
    line = step.output.strip().splitlines()[-1] if step.output.strip() else ""
    return re.sub(r" in [\d.]+ s$", "", line)


def help_time() -> float:
    best = math.inf
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([PY, "-m", "generator.cli", "--help"], capture_output=True, check=True)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--keep", type=Path, help="keep the work folders here")
    parser.add_argument("--site-rounds", type=int, default=3, help="builds of each site, the best one kept")
    args = parser.parse_args()
    print(f"briefings --help: {help_time():.3f} s (best of 5)\n")
    for n in args.sizes:
        work = Path(tempfile.mkdtemp(prefix=f"perf-{n}-", dir=args.keep))
        rows = measure(n, args.jobs, work, args.site_rounds)
        print(f"### N = {n:,} articles\n")
        print("| step | seconds | peak MB | notes |\n| --- | ---: | ---: | --- |")
        for row in rows:
            print("| " + " | ".join(row) + " |")
        print(flush=True)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
