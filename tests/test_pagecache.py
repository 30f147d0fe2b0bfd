import datetime as dt
import os

from generator.pagecache import CACHE_NAME, PageCache


def counting_parser(calls):
    def parse(page):
        calls.append(page.name)
        return {"name": page.read_text(encoding="utf-8"), "date": dt.date(2024, 4, 2)}

    return parse


def test_pages_are_parsed_once_until_they_change(tmp_path):
    page = tmp_path / "a.md"
    page.write_text("one", encoding="utf-8")
    calls = []
    cache = PageCache(tmp_path)
    assert cache.get(page, counting_parser(calls)) == {"name": "one", "date": "2024-04-02"}
    cache.save()

    again = PageCache(tmp_path)
    assert again.get(page, counting_parser(calls)) == {"name": "one", "date": "2024-04-02"}
    assert calls == ["a.md"]

    page.write_text("two!", encoding="utf-8")
    os.utime(page, ns=(1, 1))
    assert PageCache(tmp_path).get(page, counting_parser(calls))["name"] == "two!"
    assert calls == ["a.md", "a.md"]


def test_a_damaged_cache_is_ignored_and_deleted_pages_are_forgotten(tmp_path):
    (tmp_path / CACHE_NAME).write_text("{not json", encoding="utf-8")
    page = tmp_path / "a.md"
    page.write_text("one", encoding="utf-8")
    calls = []
    cache = PageCache(tmp_path)
    cache.get(page, counting_parser(calls))
    cache.save()
    page.unlink()
    cache = PageCache(tmp_path)
    cache.save()
    assert cache.entries == {}


def test_a_page_written_by_us_is_known_without_parsing(tmp_path):
    page = tmp_path / "a.md"
    page.write_text("one", encoding="utf-8")
    cache = PageCache(tmp_path)
    cache.put(page, {"source": "seeds/a.txt"})
    cache.save()
    calls = []
    assert PageCache(tmp_path).get(page, counting_parser(calls)) == {"source": "seeds/a.txt"}
    assert calls == []
