"""The page cache: one JSON line a page, with the generator's record and the site's front matter."""

from __future__ import annotations

import json
import os
from pathlib import Path

from generator.pagecache import CACHE_NAME, PageCache, front_matter_of, read_front_matter


def page(folder: Path, name: str, title: str) -> Path:
    path = folder / name
    path.write_text(f"---\ntitle: {title}\n---\n# {title}\n", encoding="utf-8")
    return path


def counting_parser(calls: list[str]):
    def parse(path: Path):
        calls.append(path.name)
        title = path.read_text(encoding="utf-8").splitlines()[1].removeprefix("title: ")
        return {"source": f"seeds/{path.stem}.txt"}, {"title": title}

    return parse


def test_pages_are_parsed_once_until_they_change(tmp_path):
    a = page(tmp_path, "a.md", "Sommet à Bruxelles")
    calls: list[str] = []
    cache = PageCache(tmp_path)
    assert cache.get(a, counting_parser(calls)) == {"source": "seeds/a.txt"}
    cache.save()

    assert PageCache(tmp_path).get(a, counting_parser(calls)) == {"source": "seeds/a.txt"}
    assert calls == ["a.md"]
    assert front_matter_of(read_front_matter(tmp_path)["a.md"][1]) == {"title": "Sommet à Bruxelles"}

    page(tmp_path, "a.md", "Sommet reporté")
    os.utime(a, ns=(1, 1))
    cache = PageCache(tmp_path)
    cache.get(a, counting_parser(calls))
    cache.save()
    assert calls == ["a.md", "a.md"]
    assert front_matter_of(read_front_matter(tmp_path)["a.md"][1]) == {"title": "Sommet reporté"}


def test_a_page_written_by_us_is_known_without_parsing(tmp_path):
    a = page(tmp_path, "a.md", "Sommet")
    cache = PageCache(tmp_path)
    cache.put(a, {"source": "seeds/a.txt"}, {"title": "Sommet"})
    cache.save()
    calls: list[str] = []
    assert PageCache(tmp_path).get(a, counting_parser(calls)) == {"source": "seeds/a.txt"}
    assert calls == []


def test_runs_merge_their_lines_and_forget_deleted_pages(tmp_path):
    a, b = page(tmp_path, "a.md", "Sommet à Bruxelles"), page(tmp_path, "b.md", "Visite à Kyiv")
    first = PageCache(tmp_path)
    first.put(a, {"source": "seeds/a.txt"}, {"title": "Sommet à Bruxelles"})
    first.put(b, {"source": "seeds/b.txt"}, {"title": "Visite à Kyiv"})
    first.save()
    b.unlink()
    c = page(tmp_path, "c.md", "Élections")
    second = PageCache(tmp_path)  # a later run that wrote only c
    second.put(c, {"source": "seeds/c.txt"}, {"title": "Élections", "date": None})
    second.save()
    cached = read_front_matter(tmp_path)
    assert set(cached) == {"a.md", "c.md"}
    assert front_matter_of(cached["a.md"][1]) == {"title": "Sommet à Bruxelles"}
    assert cached["c.md"][0] == [c.stat().st_size, c.stat().st_mtime_ns]
    assert set(PageCache(tmp_path).entries) == {"a.md", "c.md"}
    assert not list(tmp_path.glob("*.tmp"))


def test_a_broken_page_has_a_record_and_no_front_matter(tmp_path):
    a = page(tmp_path, "a.md", "Sommet")
    cache = PageCache(tmp_path)
    cache.get(a, lambda _: ({"source": "seeds/a.txt", "broken": "line 2: oops"}, None))
    cache.save()
    assert PageCache(tmp_path).known("a.md") == {"source": "seeds/a.txt", "broken": "line 2: oops"}
    assert front_matter_of(read_front_matter(tmp_path)["a.md"][1]) is None


def test_a_run_that_learnt_nothing_leaves_the_file_alone_and_damaged_lines_are_skipped(tmp_path):
    a = page(tmp_path, "a.md", "Sommet")
    cache = PageCache(tmp_path)
    cache.put(a, {"source": "seeds/a.txt"}, {"title": "Sommet"})
    cache.save()
    path = tmp_path / CACHE_NAME
    path.write_text(path.read_text(encoding="utf-8") + '{"name":"b.md","key":[1,2],"front_ma', encoding="utf-8")
    before = path.read_bytes()
    PageCache(tmp_path).save()
    assert path.read_bytes() == before
    assert set(read_front_matter(tmp_path)) == {"a.md"}  # the line cut short by a crash is ignored
    assert front_matter_of('{"name":"a.md","key":[1,2],"front_matter":[1]}') is None


def test_lines_of_another_shape_are_passed_over_and_their_pages_parsed_again(tmp_path):
    a, b = page(tmp_path, "a.md", "Sommet"), page(tmp_path, "b.md", "Visite")
    key = [a.stat().st_size, a.stat().st_mtime_ns]
    lines = [
        {"name": ["a.md"], "key": key, "record": {}, "front_matter": {}},
        {"name": "a.md", "key": "x", "record": {}, "front_matter": {}},
        {"name": "b.md", "key": key, "record": "texte", "front_matter": {}},
    ]
    (tmp_path / CACHE_NAME).write_text(
        "".join(json.dumps(line, separators=(",", ":")) + "\n" for line in lines), encoding="utf-8"
    )
    cache = PageCache(tmp_path)
    assert cache.entries == {"b.md": (key, None)}
    calls: list[str] = []
    for path in (a, b):
        cache.get(path, counting_parser(calls))
    assert calls == ["a.md", "b.md"]


def test_the_retired_second_cache_is_removed_when_the_folder_is_next_written(tmp_path):
    a = page(tmp_path, "a.md", "Sommet")
    (tmp_path / ".cache.json").write_text('{"format": 2, "pages": {}}', encoding="utf-8")
    cache = PageCache(tmp_path)
    cache.get(a, counting_parser([]))
    cache.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == [CACHE_NAME, "a.md"]


def test_the_site_reads_whether_the_generator_found_a_page_edited_by_hand(tmp_path):
    a, b = page(tmp_path, "a.md", "Sommet"), page(tmp_path, "b.md", "Sommet corrigé")
    cache = PageCache(tmp_path)
    cache.put(a, {"source": "seeds/a.txt", "edited": False}, {"title": "Sommet"})
    cache.put(b, {"source": "seeds/b.txt", "edited": True}, {"title": "Sommet corrigé"})
    cache.save()
    cached = read_front_matter(tmp_path)
    assert (cached["a.md"][2], cached["b.md"][2]) == (False, True)
