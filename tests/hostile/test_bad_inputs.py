"""Every hostile input gets either a correct briefing or one error line naming it; the rest goes on."""

from __future__ import annotations

import os
import re
import tracemalloc
from pathlib import Path

import pytest
import yaml
from hostilekit import HOSTILE_TITLES, ROOT, corpus_cases, run_cli, write_corpus

from generator.read import ArticleError, find_articles, read_article
from generator.read.article import MAX_BYTES
from generator.render import parse_markdown

MOJIBAKE = re.compile("[\ufffd\r]|Ã[\u0080-\u00bf]|â€|Â[\u00a0-\u00bf]")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("bad")
    cases = write_corpus(folder)
    return folder, {case.name: case for case in cases}


@pytest.mark.parametrize("name", [c.name for c in corpus_cases()] + ["sidecar-evil.txt"])
def test_each_input_reads_to_its_expected_outcome(corpus, name):
    folder, cases = corpus
    case, path = cases[name], folder / name
    if case.error:
        with pytest.raises(ArticleError) as info:
            read_article(path)
        line = str(info.value)
        assert case.error in line, line
        assert line.startswith(path.as_posix()) or line.startswith(path.with_suffix(".yml").as_posix()), line
        assert "\n" not in line
        return
    article = read_article(path)
    if case.title is not None:
        assert article.title == case.title
    if case.text is not None:
        assert case.text in article.text
    assert not MOJIBAKE.search(article.title + article.text), (article.title, article.text[:200])
    assert not article.title.startswith("\ufeff") and "\x00" not in article.text
    if name.endswith(".html"):  # scripts, styles, frames and handlers of a saved page are not article text
        assert "PWN" not in article.title + article.text and "evil.example" not in article.text


def test_only_the_safe_loader_is_used_so_yaml_tags_run_nothing(corpus, tmp_path):
    folder, _ = corpus
    for name in ("frontmatter-python-tag.md", "sidecar-evil.txt"):
        with pytest.raises(ArticleError, match="invalid YAML|could not determine a constructor"):
            read_article(folder / name)
    # A briefing page with a code-running tag, as the site and the store read it.
    marker = tmp_path / "pwned"
    briefings = tmp_path / "briefings"
    briefings.mkdir()
    (briefings / "evil.md").write_text(
        f"---\ntitle: !!python/object/apply:os.system ['touch {marker}']\nsource: {{path: seeds/e.txt}}\n---\n# x\n",
        encoding="utf-8",
    )
    from generator.site.catalog import load_catalog
    from generator.store import BriefingStore

    assert load_catalog(briefings) == []
    BriefingStore(briefings)
    with pytest.raises(ValueError):
        parse_markdown((briefings / "evil.md").read_text(encoding="utf-8"))
    assert not marker.exists() and not Path("/tmp/pwned").exists()
    # And statically: no unsafe loader anywhere (yaml.load only with an explicit safe Loader).
    modules = sorted((ROOT / "generator").rglob("*.py"))
    assert modules
    for path in modules:
        source = path.read_text(encoding="utf-8")
        assert not re.search(
            r"yaml\.(?:unsafe_load|full_load|load_all)\(|(?:Unsafe|Full)Loader|Loader=yaml\.Loader", source
        ), path
        for call in re.finditer(r"yaml\.load\((.*)", source):  # the call and the rest of its line
            assert re.search(r"Loader=\w*(?:SAFE|Safe|FAST)\w*", call.group(1)), (path, call.group(0))


def test_a_20_mb_file_is_refused_before_it_is_read(corpus):
    folder, _ = corpus
    path = folder / "big.txt"
    assert path.stat().st_size > 2 * MAX_BYTES
    tracemalloc.start()
    try:
        with pytest.raises(ArticleError, match=r"file too large \(20 MB > 10 MB\)"):
            read_article(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024, f"{peak} bytes allocated to refuse a big file"


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ArticleError, match="not a regular file"):
        read_article(fifo)


def test_a_file_named_twice_is_read_once_under_one_name(corpus, monkeypatch):
    folder, _ = corpus
    monkeypatch.chdir(folder.parent)
    relative = Path(folder.name) / "cp1252.txt"
    found = find_articles([relative, folder / "cp1252.txt", Path(folder.name) / ".." / folder.name / "cp1252.txt"])
    assert found == [relative]
    assert read_article(folder / "cp1252.txt").path == relative.as_posix()


def test_a_file_name_that_is_not_utf8_is_named_printably(tmp_path):
    raw_name = os.fsencode(tmp_path) + b"/r\xe9union.txt"
    with open(raw_name, "wb") as fh:
        fh.write(b"Titre\n\nTexte de l'article.\n")
    [path] = find_articles([tmp_path])
    article = read_article(path)
    assert article.path.endswith("r\\xe9union.txt")
    article.path.encode("utf-8")  # printable and writable into a briefing


# --- the real command on the whole corpus (needs the extractors) ----------------------------------


def test_generate_writes_good_inputs_and_one_error_line_per_bad_one(generated_corpus):
    project, cases, result = generated_corpus
    assert result.returncode == 1, result.stdout + result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    bad = [c for c in cases if c.error]
    assert len(errors) == len(bad), "\n".join(errors)
    for case in bad:
        [line] = [
            e for e in errors if e.startswith(f"error: seeds/{case.name}:") or f"seeds/{Path(case.name).stem}" in e
        ]
        assert case.error in line, line
    assert not [line for line in result.stderr.splitlines() if "Traceback" in line], result.stderr
    good = [c for c in cases if not c.error]
    assert f"{len(good)} written" in result.stdout and f"{len(bad)} failed" in result.stdout, result.stdout
    pages = {}
    for page in sorted((project / "briefings").glob("*.md")):
        briefing = parse_markdown(page.read_text(encoding="utf-8"))
        pages[briefing.source.path] = (page, briefing)
    assert sorted(pages) == sorted(f"seeds/{c.name}" for c in good)
    for case in good:
        page, briefing = pages[f"seeds/{case.name}"]
        if case.title is not None:
            assert briefing.title == case.title, page.name
        text = page.read_text(encoding="utf-8")
        assert not MOJIBAKE.search(text), page.name
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*\.md", page.name), page.name


def test_same_title_and_same_article_twice_give_distinct_pages(generated_corpus):
    project, _, _ = generated_corpus
    by_source = {}
    for page in (project / "briefings").glob("*.md"):
        by_source[parse_markdown(page.read_text(encoding="utf-8")).source.path] = page.name
    assert by_source["seeds/same-title-1.txt"] != by_source["seeds/same-title-2.txt"]
    assert by_source["seeds/twice-a.txt"] != by_source["seeds/twice-b.txt"]
    assert by_source["seeds/title-slug-nothing.txt"].startswith("briefing-")
    assert by_source["seeds/title-dotdot.txt"].startswith("briefing-")


def test_nothing_is_written_outside_briefings(generated_corpus):
    project, _, _ = generated_corpus
    allowed = ("briefings/", "seeds/", "docs/", "mkdocs.yml", "site/")
    stray = [p.relative_to(project).as_posix() for p in project.rglob("*") if p.is_file()]
    assert [p for p in stray if not p.startswith(allowed)] == []
    # The generator's caches and the lock that makes two runs take turns live there too.
    own = ("briefings/.frontmatter.jsonl", "briefings/.lock")
    assert [p for p in stray if p.startswith("briefings/") and not p.endswith(".md") and p not in own] == []
    assert not Path("/tmp/évasion").exists() and not Path("/tmp/pwned").exists()


def test_front_matter_of_every_page_is_plain_yaml_with_the_exact_titles(generated_corpus):
    project, _, _ = generated_corpus
    titles = set()
    for page in (project / "briefings").glob("*.md"):
        text = page.read_text(encoding="utf-8")
        meta = yaml.safe_load(text.split("\n---\n", 1)[0].removeprefix("---\n"))
        assert isinstance(meta, dict) and set(meta) >= {"title", "source", "generator"}
        titles.add(parse_markdown(text).title)
    assert set(HOSTILE_TITLES.values()) <= titles


def test_a_second_run_changes_nothing_and_still_reports_the_bad_files(generated_corpus):
    project, cases, _ = generated_corpus
    before = {p.name: p.read_bytes() for p in (project / "briefings").glob("*.md")}
    result = run_cli("generate", "--quiet", cwd=project)
    assert result.returncode == 1
    assert "0 written" in result.stdout and f"{sum(1 for c in cases if c.error)} failed" in result.stdout
    assert {p.name: p.read_bytes() for p in (project / "briefings").glob("*.md")} == before


def test_each_error_is_exactly_one_line_however_long(generated_corpus):
    """One error line per file, even when the reason is longer than a terminal is wide (the articles
    without a publication date get one warning line each)."""
    _, _, result = generated_corpus
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert [line for line in lines if not line.startswith(("error: ", "warning: "))] == [], result.stderr


def test_a_briefing_that_cannot_be_written_costs_one_error_line_not_the_run(tmp_path, monkeypatch, capsys):
    from generator.cli import main

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("a", "b", "c"):
        (seeds / f"{name}.txt").write_text(f"Article {name}\n\nLe ministre viendra mercredi à Lyon.\n", "utf-8")
    real_replace = os.replace

    def replace(src, dst):
        if "article-b" in str(dst):
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr("generator.store.os.replace", replace)
    monkeypatch.chdir(tmp_path)
    code = main(["generate", "--quiet", "--jobs", "1"])
    err = capsys.readouterr().err
    assert code == 1
    assert "error: seeds/b.txt: cannot write the briefing: No space left on device" in err
    assert sorted(p.name for p in (tmp_path / "briefings").glob("*.md")) == ["article-a.md", "article-c.md"]
