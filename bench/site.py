"""Build time of the site with the briefings plugin vs a plain MkDocs build of the same pages.

    .venv/bin/python bench/site.py [N]        (default N=1000 briefings)
    .venv/bin/python bench/site.py --growth 250 1000 4000    (how the build grows with the archive)

N synthetic briefings are made from the reference briefing (model + renderer only, no NLP): each gets
its own date, title, a few people/organisations/places drawn from pools (so entities recur across
briefings, as in real news) and dated events. Three builds, each timed (CPU time, best of 3, interleaved):

- plugin:  mkdocs.yml with `plugins: [search, briefings]`, briefings/ holding the N pages; the plugin
           generates home, archive, agenda, entity pages, ICS and feeds, and folds the search index;
- plain:   the very same pages (briefings with their "Fiches" section and every generated page, written
           out as files in docs/), built with `plugins: [search]` only: the site without the plugin's work;
- plain, briefings only: the N briefing pages alone, for scale.

The ratio plugin/plain is the plugin's overhead (target: within ~1.3x).
"""

from __future__ import annotations

import copy
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.model import DatedEvent, Participant  # noqa: E402
from generator.render import render_markdown  # noqa: E402

FIRST = ["Anne", "Paul", "Marie", "Jean", "Sophie", "Ahmed", "Olga", "Lars", "Chen", "Amina", "Pedro", "Élise",
         "Stéphane", "Zoé", "Igor", "Hélène", "Omar", "Inès", "Kofi", "Léa"]  # fmt: skip
LAST = ["Martin", "Séjourné", "Dubois", "Nguyen", "Kovalenko", "Müller", "García", "Haddad", "Okafor", "Lefèvre",
        "Rossi", "Petrov", "Moreau", "Diallo", "Schmidt", "Fournier", "Tanaka", "Novak", "Ibrahim", "Côté"]  # fmt: skip
ORGS = [f"{kind} {name}" for kind in ("Agence", "Conseil", "Fondation", "Ministère", "Banque")
        for name in ("de l'Énergie", "du Climat", "Européenne", "Nationale", "du Commerce", "de la Santé",
                     "des Armées", "Maritime", "Numérique", "Agricole")]  # fmt: skip
PLACES = ["Paris", "Bruxelles", "Kiev", "Washington", "Pékin", "Le Caire", "Genève", "Dakar", "Québec",
          "Séoul", "Lyon", "Marseille", "Nairobi", "Lima", "Oslo", "Athènes", "Tunis", "Montréal", "Hanoï",
          "Bogotá"]  # fmt: skip


def reference():
    sys.path.insert(0, str(ROOT / "tests" / "site"))
    from sitekit import reference_briefing

    return reference_briefing()


def synthetic(n: int, seed: int = 7):
    """N briefings (and their article texts) of realistic shape."""
    rng = random.Random(seed)
    base = reference()
    for i in range(n):
        b = copy.deepcopy(base)
        day = 1 + i % 28
        month = 1 + (i // 28) % 12
        year = 2024 + i // (28 * 12)
        b.date = f"{year}-{month:02d}-{day:02d}"
        people = rng.sample([f"{f} {last}" for f in FIRST for last in LAST], 4)
        b.title = f"{people[0]} à {rng.choice(PLACES)} : briefing n°{i}"
        b.participants = [Participant(p, "person", rng.choice(["ministre", "président", None]), [], 2) for p in people]
        b.participants += [Participant(o, "organization", None, [], 1) for o in rng.sample(ORGS, 2)]
        b.places = rng.sample(PLACES, 3)
        b.upcoming = [
            DatedEvent(f"{year}-{month:02d}-{min(day + 3, 28):02d}", "day", "jeudi", "réunion", "Jeudi, réunion."),
            DatedEvent(f"{year + (month == 12)}-{month % 12 + 1:02d}", "month", "le mois prochain", "sommet", "x"),
        ]
        text = "\n\n".join([b.summary] * 8)
        yield f"{b.date}-{i:05d}.md", render_markdown(b, text)


def make(n: int, work: Path) -> tuple[Path, Path, Path]:
    """Three projects: with the plugin, plain with the same pages, plain with the briefings only."""
    plugin, plain, only = work / "plugin", work / "plain", work / "only"
    for project in (plugin, plain, only):
        shutil.copytree(ROOT / "docs", project / "docs")
    (plugin / "briefings").mkdir()
    for name, page in synthetic(n):
        (plugin / "briefings" / name).write_text(page, encoding="utf-8")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (plugin / "mkdocs.yml").write_text(config, encoding="utf-8")
    plain_config = config.replace("  - briefings\n", "")
    assert plain_config != config
    (plain / "mkdocs.yml").write_text(plain_config, encoding="utf-8")
    (only / "mkdocs.yml").write_text(plain_config.replace("validation:", "not_in_nav: |\n  /**\nvalidation:"))
    # The plain project gets every page the plugin generates, as files: build once, copy the sources.
    generated = _generated_pages(plugin)
    for uri, content in generated.items():
        target = plain / "docs" / uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    shutil.copytree(plugin / "briefings", only / "docs" / "briefings")
    (only / "docs" / "index.md").write_text("# Accueil\n", encoding="utf-8")
    for uri in ("agenda.md", "archives.md", "personnes/index.md", "organisations/index.md", "lieux/index.md"):
        (only / "docs" / uri).parent.mkdir(parents=True, exist_ok=True)
        (only / "docs" / uri).write_text(f"# {uri}\n", encoding="utf-8")
    return plugin, plain, only


def _generated_pages(project: Path) -> dict[str, str | bytes]:
    """What the plugin adds to the site, as src_uri -> content: the generated pages and files, and the
    briefings with the "Fiches" section the plugin appends to them, so that the plain build renders
    exactly the same Markdown."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import Files
    from mkdocs.utils import get_relative_url

    from generator.site.entities import see_also_html
    from generator.site.stories import story_html

    config = load_config(str(project / "mkdocs.yml"))
    files = config.plugins.on_files(Files([]), config=config)
    plugin = config.plugins["briefings"]
    pages: dict[str, str | bytes] = {}
    for file in files:
        entry = plugin._by_uri.get(file.src_uri)
        if file.src_uri.endswith(".html"):  # entity pages: HTML the plugin stamps into the theme's frame
            continue
        if entry is not None:
            text = entry.abs_path.read_text(encoding="utf-8")
            page_url = file.url

            def href(uri: str, page_url: str = page_url) -> str:
                return get_relative_url(uri.removesuffix("index.html"), page_url)

            story = story_html(entry, plugin._stories, href)
            story = f"\n\n## Dans la même histoire\n\n{story}" if story else ""
            pages[file.src_uri] = text + story + "\n\n## Fiches\n\n" + see_also_html(entry, plugin._entities, href)
        elif file.src_uri in plugin._generated:  # Markdown with markers: the plain build gets the HTML in it
            page_url = file.url

            def href(uri: str, page_url: str = page_url) -> str:
                return get_relative_url(files.get_file_from_path(uri).url, page_url)

            generated = plugin._generated[file.src_uri]
            pages[file.src_uri] = generated.fill(generated.markdown, href)
        else:
            pages[file.src_uri] = file.content_bytes
    return pages


def timed_build(project: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one `mkdocs build` in a fresh process.

    CPU time (user + system of the child) is what the comparison uses: on a shared machine the wall time
    swings with other people's load, the CPU time much less.
    """
    env = {**os.environ, "BRIEFINGS_TODAY": "2024-06-01", "NO_MKDOCS_2_WARNING": "1"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(project / "site")],
                         cwd=project, env=env, capture_output=True, text=True)  # fmt: skip
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode != 0:
        raise SystemExit(f"build of {project} failed:\n{out.stderr[-3000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def best_times(projects: list[Path], rounds: int = 3) -> list[tuple[float, float]]:
    """Best (wall, CPU) of `rounds` builds each, interleaved so that load changes hit every kind alike."""
    best = [(float("inf"), float("inf"))] * len(projects)
    for _ in range(rounds):
        for i, project in enumerate(projects):
            wall, cpu = timed_build(project)
            best[i] = (min(best[i][0], wall), min(best[i][1], cpu))
    return best


def hook_times(project: Path) -> tuple[float, dict[str, float]]:
    """One in-process build with the plugin's hooks timed: (total seconds, seconds per hook).

    Less noisy than comparing two builds on a loaded machine: it measures the plugin's own work directly.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from generator.site import plugin as module

    times: dict[str, float] = {}
    hooks = (
        "on_files",
        "on_nav",
        "on_env",
        "on_page_read_source",
        "on_page_markdown",
        "on_page_content",
        "on_post_page",
        "on_post_build",
    )
    originals = {name: getattr(module.BriefingsPlugin, name) for name in hooks}

    def timed(name, original):
        def hook(self, *args, **kwargs):
            start = time.perf_counter()
            try:
                return original(self, *args, **kwargs)
            finally:
                times[name] = times.get(name, 0.0) + time.perf_counter() - start

        return hook

    from mkdocs.plugins import CombinedEvent

    for name, original in originals.items():
        if isinstance(original, CombinedEvent):  # several methods MkDocs calls in turn: time each, under the hook
            setattr(module.BriefingsPlugin, name, CombinedEvent(*(timed(name, m) for m in original.methods)))
        else:
            setattr(module.BriefingsPlugin, name, timed(name, original))
    os.environ["BRIEFINGS_TODAY"] = "2024-06-01"
    cwd = os.getcwd()
    try:
        os.chdir(project)
        start = time.perf_counter()
        build(load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site")))
        total = time.perf_counter() - start
    finally:
        os.chdir(cwd)
        for name, original in originals.items():
            setattr(module.BriefingsPlugin, name, original)
    return total, times


def growth(sizes: list[int], rounds: int = 2) -> None:
    """How the build grows with the archive: plugin and plain builds at each size (CPU, best of `rounds`)."""
    print("| briefings | plugin CPU s | plain CPU s | plugin / plain | plugin s per 1,000 | plain s per 1,000 |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            plugin, plain, _ = make(n, Path(tmp))
            (_, cpu_plugin), (_, cpu_plain) = best_times([plugin, plain], rounds)
        print(f"| {n:,} | {cpu_plugin:.1f} | {cpu_plain:.1f} | {cpu_plugin / cpu_plain:.2f}x | "
              f"{1000 * cpu_plugin / n:.2f} | {1000 * cpu_plain / n:.2f} |", flush=True)  # fmt: skip


def main() -> None:
    if sys.argv[1:2] in (["-h"], ["--help"]):
        print(__doc__)
        return
    if sys.argv[1:2] == ["--growth"]:  # bench/site.py --growth 500 2000 8000
        growth([int(a) for a in sys.argv[2:]] or [250, 1000, 4000])
        return
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    if os.environ.get("BENCH_KEEP"):  # keep the projects, to profile a build
        plugin, plain, only = make(n, Path(os.environ["BENCH_KEEP"]))
        print(plugin, plain, only)
        return
    with tempfile.TemporaryDirectory() as tmp:
        plugin, plain, only = make(n, Path(tmp))
        pages = sum(1 for _ in (plugin.parent / "plain" / "docs").rglob("*.md"))
        t_plugin, t_plain, t_only = best_times([plugin, plain, only])
        total, hooks = hook_times(plugin)
        index = (plugin / "site" / "search" / "search_index.json").stat().st_size
        plain_index = (plain / "site" / "search" / "search_index.json").stat().st_size
    print(f"{n} briefings, {pages} pages in all (briefings + generated)\n")
    print("| build | CPU s | vs plain | wall s |")
    print("| --- | ---: | ---: | ---: |")
    for label, (wall, cpu) in (("plugin (search + briefings)", t_plugin), ("plain, same pages (search only)", t_plain),
                               ("plain, briefings only", t_only)):  # fmt: skip
        print(f"| {label} | {cpu:.2f} | {cpu / t_plain[1]:.2f}x | {wall:.2f} |")
    own = sum(hooks.values())
    print(f"\nIn one in-process plugin build of {total:.2f} s, the plugin's own hooks took {own:.2f} s "
          f"({100 * own / total:.0f}%): " + ", ".join(f"{k} {v:.2f} s" for k, v in hooks.items()))  # fmt: skip
    print(f"\nsearch_index.json: {index / 1e6:.1f} MB with the folded field, {plain_index / 1e6:.1f} MB without "
          f"({100 * (index - plain_index) / plain_index:+.0f}%; rewritten as UTF-8, not \\u escapes)")  # fmt: skip


if __name__ == "__main__":
    main()
