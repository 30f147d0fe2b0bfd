"""The catalog: each briefing's front matter read once, newest first, unreadable pages skipped."""

from __future__ import annotations

from pathlib import Path

from sitekit import other_briefings, reference_briefing, write_briefings

from generator.site.catalog import load_catalog


def test_catalog_is_newest_first_and_skips_unreadable_pages(tmp_path: Path):
    write_briefings(tmp_path, [reference_briefing(), *other_briefings()])
    (tmp_path / "broken.md").write_text("---\ntitle: [unclosed\n---\n", encoding="utf-8")
    (tmp_path / "binary.md").write_bytes(b"\xff\xfe\x00garbage")
    entries = load_catalog(tmp_path)
    assert [e.briefing.date for e in entries] == ["2024-05-10", "2024-04-02", "2024-03-01"]
    assert entries[1].src_uri == "briefings/2024-04-02-blinken-paris.md"
    assert entries[2].briefing.title.endswith("<script>x</script>")  # the real title, unescaped
    assert load_catalog(tmp_path / "missing") == []
