"""The generator's copy of each page's front matter, for the site: merged line by line, checked by size and time."""

from __future__ import annotations

from pathlib import Path

from generator.frontcache import CACHE_NAME, FrontMatterWriter, front_matter_of, read_front_matter


def page(folder: Path, name: str, title: str) -> Path:
    path = folder / name
    path.write_text(f"---\ntitle: {title}\n---\n# {title}\n", encoding="utf-8")
    return path


def test_runs_merge_their_lines_and_forget_deleted_pages(tmp_path: Path):
    a, b = page(tmp_path, "a.md", "Sommet à Bruxelles"), page(tmp_path, "b.md", "Visite à Kyiv")
    first = FrontMatterWriter(tmp_path)
    first.add(a, {"title": "Sommet à Bruxelles"})
    first.add(b, {"title": "Visite à Kyiv"})
    first.close()
    b.unlink()
    c = page(tmp_path, "c.md", "Élections")
    second = FrontMatterWriter(tmp_path)  # a later run that wrote only c
    second.add(c, {"title": "Élections", "date": None})
    second.close()
    cached = read_front_matter(tmp_path)
    assert set(cached) == {"a.md", "c.md"}
    assert front_matter_of(cached["a.md"][1]) == {"title": "Sommet à Bruxelles"}
    assert cached["c.md"][0] == [c.stat().st_size, c.stat().st_mtime_ns]
    assert not list(tmp_path.glob("*.tmp"))


def test_a_run_that_learnt_nothing_leaves_the_file_alone_and_damaged_lines_are_skipped(tmp_path: Path):
    a = page(tmp_path, "a.md", "Sommet")
    writer = FrontMatterWriter(tmp_path)
    writer.add(a, {"title": "Sommet"})
    writer.close()
    path = tmp_path / CACHE_NAME
    path.write_text(path.read_text(encoding="utf-8") + '{"name":"b.md","key":[1,2],"front_ma', encoding="utf-8")
    before = path.read_bytes()
    FrontMatterWriter(tmp_path).close()
    assert path.read_bytes() == before
    assert set(read_front_matter(tmp_path)) == {"a.md"}  # the line cut short by a crash is ignored
    assert front_matter_of('{"name":"a.md","key":[1,2],"front_matter":[1]}') is None
