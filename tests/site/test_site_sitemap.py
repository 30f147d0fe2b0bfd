"""Entity pages in sitemap.xml: MkDocs lists only the pages it built."""

from __future__ import annotations

import gzip
from pathlib import Path

from generator.site.sitemap import add_to_sitemap

EMPTY = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n</urlset>'
)


def test_entries_are_added_escaped_and_the_gzip_keeps_its_stamp(tmp_path: Path):
    (tmp_path / "sitemap.xml").write_text(EMPTY, encoding="utf-8")
    with open(tmp_path / "sitemap.xml.gz", "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=1712016000) as gz:
        gz.write(EMPTY.encode("utf-8"))
    urls = [("https://x.org/personnes/a&b/", "2024-04-02"), ("https://x.org/lieux/paris/", None)]
    assert add_to_sitemap(tmp_path, urls)
    text = (tmp_path / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://x.org/personnes/a&amp;b/</loc>" in text and "<lastmod>2024-04-02</lastmod>" in text
    assert text.count("<url>") == 2 and text.rstrip().endswith("</urlset>")
    with gzip.open(tmp_path / "sitemap.xml.gz") as gz:
        assert gz.read().decode("utf-8") == text and gz.mtime == 1712016000


def test_no_sitemap_nothing_written(tmp_path: Path):
    assert not add_to_sitemap(tmp_path, [("https://x.org/lieux/paris/", None)])
    assert not (tmp_path / "sitemap.xml").exists()


def test_the_built_sitemap_lists_entity_pages(built_site: Path):
    text = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://example.org/briefings-site/briefings/2024-04-02-blinken-paris/</loc>" in text  # MkDocs'
    entry = text[text.index("<loc>https://example.org/briefings-site/personnes/antony-blinken/</loc>") :]
    assert entry[: entry.index("</url>")].count("<lastmod>2024-04-02</lastmod>") == 1
    with gzip.open(built_site / "sitemap.xml.gz") as gz:
        assert gz.read().decode("utf-8") == text
