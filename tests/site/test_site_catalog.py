"""The catalog: each briefing's front matter read once, newest first, unreadable pages skipped."""

from __future__ import annotations

from pathlib import Path

import pytest
from sitekit import other_briefings, reference_briefing, write_briefings

from generator.frontmatter import FrontMatterError, split_front_matter
from generator.site.catalog import load_catalog, read_front_matter


def test_fast_reader_agrees_with_split_front_matter(tmp_path: Path):
    for page in write_briefings(tmp_path, [reference_briefing(), *other_briefings()]):
        text = page.read_text(encoding="utf-8")
        assert read_front_matter(text) == split_front_matter(text)[0]
    for text in ("no front matter", "---\n---\nempty", "---\ntitle: A &amp; B\n---\n", "---\n...\n"):
        assert read_front_matter(text) == split_front_matter(text)[0], text


@pytest.mark.parametrize("text", ["---\n- a list\n---\n", "---\ntitle: [unclosed\n---\n", "---\nd: 2024-13-45\n---\n"])
def test_fast_reader_raises_what_split_front_matter_raises(text: str):
    with pytest.raises(FrontMatterError):
        split_front_matter(text)
    with pytest.raises(FrontMatterError):
        read_front_matter(text)


def test_catalog_is_newest_first_and_skips_unreadable_pages(tmp_path: Path):
    write_briefings(tmp_path, [reference_briefing(), *other_briefings()])
    (tmp_path / "broken.md").write_text("---\ntitle: [unclosed\n---\n", encoding="utf-8")
    (tmp_path / "binary.md").write_bytes(b"\xff\xfe\x00garbage")
    entries = load_catalog(tmp_path)
    assert [e.briefing.date for e in entries] == ["2024-05-10", "2024-04-02", "2024-03-01"]
    assert entries[1].src_uri == "briefings/2024-04-02-blinken-paris.md"
    assert entries[2].briefing.title.endswith("<script>x</script>")  # the real title, unescaped
    assert load_catalog(tmp_path / "missing") == []
