"""The catalog: each briefing's front matter read once, newest first, unreadable pages skipped."""

from __future__ import annotations

from pathlib import Path

from sitekit import other_briefings, reference_briefing, write_briefings

from generator.render import render_markdown
from generator.site.catalog import load_catalog
from generator.store import BriefingStore


def test_catalog_is_newest_first_and_skips_unreadable_pages(tmp_path: Path):
    write_briefings(tmp_path, [reference_briefing(), *other_briefings()])
    (tmp_path / "broken.md").write_text("---\ntitle: [unclosed\n---\n", encoding="utf-8")
    (tmp_path / "binary.md").write_bytes(b"\xff\xfe\x00garbage")
    entries = load_catalog(tmp_path)
    assert [e.briefing.date for e in entries] == ["2024-05-10", "2024-04-02", "2024-03-01"]
    assert entries[1].src_uri == "briefings/2024-04-02-blinken-paris.md"
    assert entries[2].briefing.title.endswith("<script>x</script>")  # the real title, unescaped
    assert load_catalog(tmp_path / "missing") == []


def test_catalog_reads_the_generators_cache_and_reparses_a_changed_page(tmp_path: Path, monkeypatch):
    store = BriefingStore(tmp_path)
    briefing = reference_briefing()
    _, page = store.save(briefing, render_markdown(briefing, "Antony Blinken est à Paris."))
    store.close()  # writes briefings/.frontmatter.jsonl
    import generator.site.catalog as catalog

    def no_yaml(text: str):
        raise AssertionError("the page was parsed although the cache holds it")

    monkeypatch.setattr(catalog, "read_page", no_yaml)
    monkeypatch.setattr(catalog, "front_matter", no_yaml)  # nor by the fast path (fastread.py)
    assert [e.briefing.title for e in load_catalog(tmp_path)] == [briefing.title]
    monkeypatch.undo()
    # A hand edit changes the page's size and time: the cache no longer holds it, the page is read.
    page.write_text(page.read_text(encoding="utf-8").replace("Antony Blinken", "Anthony Blinken"), encoding="utf-8")
    entries = load_catalog(tmp_path)
    assert "Anthony Blinken" in entries[0].briefing.title


def test_briefings_of_one_day_are_listed_a_to_z(tmp_path: Path):
    first, second = reference_briefing(), reference_briefing()
    first.title, second.title = "Zelensky à Paris", "Antony Blinken à Paris"
    second.source.path = "seeds/other.txt"
    write_briefings(tmp_path, [first, second])
    assert [e.briefing.title for e in load_catalog(tmp_path)] == ["Antony Blinken à Paris", "Zelensky à Paris"]
