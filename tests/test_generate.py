"""End to end: seeds -> briefings -> site, on the reference article (issue: end to end)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.cli import main

ROOT = Path(__file__).parents[1]
REFERENCE = ROOT / "seeds" / "000_91f61d21f0bcea41.txt"


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A project copy with the reference article generated into briefings/."""
    project = tmp_path_factory.mktemp("project")
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copy(ROOT / "mkdocs.yml", project)
    (project / "seeds").mkdir()
    for name in (REFERENCE.name, REFERENCE.with_suffix(".yml").name):
        shutil.copy(ROOT / "seeds" / name, project / "seeds")
    out = subprocess.run(
        [sys.executable, "-m", "generator.cli", "generate", "--quiet"], cwd=project, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    return project


def front_matter(page: Path) -> dict:
    return yaml.safe_load(page.read_text(encoding="utf-8").split("---\n")[1])


def pages(project: Path) -> list[Path]:
    return sorted((project / "briefings").glob("*.md"))


def test_reference_briefing_names_the_people_and_the_conference(generated):
    [page] = pages(generated)
    meta = front_matter(page)
    people = {p["name"] for p in meta["participants"] if p["kind"] == "person"}
    assert {"Antony Blinken", "Stéphane Séjourné", "Emmanuel Macron"} <= people
    assert "2024-04-15" in {d["date"] for d in meta["upcoming"]}
    assert meta["date"] == "2024-04-02" and meta["date_source"] == "metadata"
    assert meta["source"]["path"] == "seeds/000_91f61d21f0bcea41.txt"
    assert page.name.startswith("2024-04-02-poutine-n-a-pas-interet")


def test_regeneration_is_byte_identical(generated, tmp_path):
    [page] = pages(generated)
    before = page.read_bytes()
    # --force re-runs the whole analysis instead of skipping the unchanged article.
    out = subprocess.run(
        [sys.executable, "-m", "generator.cli", "generate", "--quiet", "--force"],
        cwd=generated,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    assert page.read_bytes() == before
    assert "1 unchanged" in out.stdout


def test_site_builds_strict_and_shows_the_briefing(generated):
    out = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", "site"],
        cwd=generated,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    [page] = pages(generated)
    html = (generated / "site" / "briefings" / page.stem / "index.html").read_text(encoding="utf-8")
    for name in ("Antony Blinken", "Stéphane Séjourné", "Emmanuel Macron"):
        assert name in html
    assert page.stem in (generated / "site" / "index.html").read_text(encoding="utf-8")


def test_bad_files_get_an_error_line_and_good_ones_are_still_written(tmp_path, capsys, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00")
    (seeds / "good.txt").write_text(
        "Le Premier ministre en visite à Lyon\n\nLe Premier ministre Gabriel Attal se rendra jeudi à Lyon, "
        "a annoncé Matignon. Il y rencontrera le maire Grégory Doucet.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    code = main(["generate", "--quiet"])
    err = capsys.readouterr()
    assert code == 1
    assert "seeds/empty.txt: empty file" in err.err
    assert "seeds/image.txt: binary file (a PNG image)" in err.err
    assert [p.name for p in (tmp_path / "briefings").glob("*.md")] == ["le-premier-ministre-en-visite-a-lyon.md"]
    assert "1 written" in err.out and "2 failed" in err.out


def test_unchanged_articles_are_skipped_without_loading_spacy(generated):
    probe = (
        "import sys; from generator.cli import main; code = main(['generate', '--quiet']); "
        "assert 'spacy' not in sys.modules, 'spaCy was imported'; sys.exit(code)"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=generated, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "1 unchanged" in out.stdout and "0 written" in out.stdout


def test_help_does_not_import_spacy():
    probe = "import sys; from generator.cli import main\ntry: main(['--help'])\nexcept SystemExit: pass\n"
    probe += "assert 'spacy' not in sys.modules"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_generating_the_whole_project_folder_skips_its_own_output(generated, tmp_path):
    project = tmp_path / "project"
    shutil.copytree(generated, project)
    command = [sys.executable, "-m", "generator.cli", "generate", ".", "--quiet"]
    subprocess.run(command, cwd=project, capture_output=True, text=True)
    sources = [front_matter(page)["source"]["path"] for page in pages(project)]
    assert "seeds/000_91f61d21f0bcea41.txt" in sources
    assert not [s for s in sources if s.startswith("briefings/")]


def test_the_committed_briefing_is_what_the_generator_writes_today(generated):
    """briefings/ is committed so a fresh clone shows the site: it must not lag behind the code."""
    [page] = pages(generated)
    committed = ROOT / "briefings" / page.name
    assert committed.is_file(), f"briefings/{page.name} is not committed: run `briefings generate`"
    assert committed.read_bytes() == page.read_bytes(), "briefings/ is stale: run `briefings generate` and commit"


def test_briefings_whose_article_is_gone_are_reported_then_pruned(tmp_path, capsys, monkeypatch):
    from generator.model import Briefing, GeneratorInfo, Source
    from generator.render import render_markdown
    from generator.store import BriefingStore

    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    store = BriefingStore(tmp_path / "briefings")
    pages = {}
    for name in ("gone", "edited", "elsewhere"):
        folder = "seeds" if name != "elsewhere" else "archive"  # an article outside the folders read: not ours
        source = Source(path=f"{folder}/{name}.txt", sha256="ab" * 32)
        b = Briefing(f"Sommet {name}", "2024-04-02", "metadata", "fr", source, generator=GeneratorInfo("1"))
        _, pages[name] = store.save(b, render_markdown(b, "Texte de l'article."))
    store.close()
    pages["edited"].write_text(pages["edited"].read_text(encoding="utf-8") + "\nNote de l'analyste.\n", "utf-8")

    assert main(["generate", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "2 orphaned" in out and "its article seeds/gone.txt is gone (--prune removes it)" in out
    assert all(page.exists() for page in pages.values())  # reported, nothing removed

    assert main(["generate", "--quiet", "--prune"]) == 0
    out = capsys.readouterr().out
    assert "removed: briefings/2024-04-02-sommet-gone.md: its article seeds/gone.txt is gone" in out
    assert "(edited by hand: --prune --force removes it)" in out and "1 orphaned, 1 removed" in out
    assert not pages["gone"].exists() and pages["edited"].exists() and pages["elsewhere"].exists()

    assert main(["generate", "--quiet", "--prune", "--force"]) == 0
    assert not pages["edited"].exists() and pages["elsewhere"].exists()


def test_a_folder_that_cannot_be_listed_is_an_error_and_its_briefings_are_not_pruned(tmp_path, capsys, monkeypatch):
    import errno
    import os

    from generator.model import Briefing, GeneratorInfo, Source
    from generator.render import render_markdown
    from generator.store import BriefingStore

    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds" / "private").mkdir(parents=True)
    (tmp_path / "seeds" / "private" / "note.txt").write_text("Sommet\n\nLe sommet aura lieu.\n", "utf-8")
    store = BriefingStore(tmp_path / "briefings")
    source = Source(path="seeds/private/note.txt", sha256="ab" * 32)
    briefing = Briefing("Sommet", "2024-04-02", "metadata", "fr", source, generator=GeneratorInfo("1"))
    _, page = store.save(briefing, render_markdown(briefing, "Texte de l'article."))
    store.close()

    scandir = os.scandir

    def refusing(path="."):  # as the system answers for a folder without read permission (tests may run as root)
        if os.path.basename(os.fspath(path)) == "private":
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    assert main(["generate", "--quiet", "--prune"]) == 1
    captured = capsys.readouterr()
    refused = "error: seeds/private: cannot list the folder (Permission denied): its articles were not read"
    assert refused in captured.err
    assert "1 failed" in captured.out and "orphaned" not in captured.out and "removed" not in captured.out
    assert page.exists()
