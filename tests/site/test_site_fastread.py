"""The fast paths of the site's reading give exactly what the general readers give, or step aside."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sitekit import other_briefings, reference_briefing, write_briefings

import generator.site.catalog as catalog
from generator.frontmatter import split_front_matter
from generator.render import render_markdown
from generator.safetext import clean, may_need_cleaning
from generator.site.fastread import front_matter, is_clean, may_need_cleaning_fast

ORDINARY = [
    "---\ntitle: 'Un &lt;b&gt; titre'\ndate: 2024-04-02\ncount: 3\nratio: 0.5\nyes: true\nnone: null\n---\n# Corps\n",
    "---\nlist:\n- a\n- 1\n- {k: v, n: [1, 2]}\nempty: []\nnested: {}\n'quoted key': \"line\\nnext\"\n---\n",
    "---\nfolded: >\n  deux\n  lignes\nliteral: |\n  a\n   b\ndup: 1\ndup: 2\n~: tilde key\n...\nbody\n",
    "---\n---\n# Nothing in the front matter\n",
    "---\nwhen: 2024-04-02T10:30:00Z\nhex: 0x1F\nsexagesimal: 1:30\ninf: .inf\nyes_word: yes\n---\n",
]
UNUSUAL = [
    "no front matter\n",
    "---\ntitle: no closing line\n",
    "---\nbase: &b {a: 1}\nother: *b\n---\n",  # an alias
    "---\nbase: {a: 1}\nmerged:\n  <<: {b: 2}\n---\n",  # a merge key
    "---\nodd: !!python/name:os.system\n---\n",  # a tag the safe loader refuses
    "---\nset: !!set {a, b}\n---\n",  # a tag it accepts, left to it
    "---\n[a, b]: unhashable key\n---\n",
    "---\n- a list\n- not a mapping\n---\n",
    "---\ntitle: [unclosed\n---\n",
    "---\nstr_of_list: !!str [a]\n---\n",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_front_matter_is_what_the_general_reader_gives(text: str):
    found = front_matter(text)
    assert found is not None
    meta, block = found
    expected, rest = split_front_matter(text)
    assert meta == expected and repr(meta) == repr(expected)  # same keys, order and types
    assert block + rest == text


def test_front_matter_of_a_rendered_briefing():
    page = render_markdown(reference_briefing(), "Antony Blinken est à Paris.")
    found = front_matter(page)
    assert found is not None and repr(found[0]) == repr(split_front_matter(page)[0])
    assert isinstance(split_front_matter("---\nd: 2024-04-02\n---\n")[0]["d"], dt.date)


@pytest.mark.parametrize("text", UNUSUAL)
def test_front_matter_steps_aside_for_anything_unusual(text: str):
    assert front_matter(text) is None


def test_is_clean_agrees_with_clean_on_every_character():
    for code in range(0x110000):
        ch = chr(code)
        assert is_clean(f"a{ch}b") == (clean(f"a{ch}b") == f"a{ch}b"), hex(code)


@pytest.mark.parametrize(
    "text", ["plain text", "tab\tand\nline", "bell\x07", "escape \\x07", "escape \\u00e9", "ok \\n \\\" \\\\",
             "\U0001fffe", "emoji \U0001f600", "emoji \U0001f600 and \\e", "nonchar \ufdd0"]
)  # fmt: skip
def test_may_need_cleaning_fast_agrees(text: str):
    assert may_need_cleaning_fast(text) == may_need_cleaning(text)


def test_catalog_reads_the_same_by_both_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    hostile = reference_briefing()
    hostile.title = "Titre \\x07 avec un échappement"
    hostile.source.path = "seeds/hostile.txt"
    write_briefings(tmp_path, [reference_briefing(), *other_briefings(), hostile])
    escaped = tmp_path / "2024-01-01-escaped.md"  # a control character hidden in a YAML escape
    escaped.write_text(
        (tmp_path / next(p.name for p in sorted(tmp_path.glob("*.md")))).read_text(encoding="utf-8")
        .replace("date: '2024-", 'summary2: "bell \\a here"\ndate: \'2023-', 1),
        encoding="utf-8",
    )  # fmt: skip
    fast = catalog.load_catalog(tmp_path)
    monkeypatch.setattr(catalog, "front_matter", lambda text: None)  # the general reader only
    general = catalog.load_catalog(tmp_path)
    assert [(e.src_uri, e.briefing, e.meta, e.edited) for e in fast] == [
        (e.src_uri, e.briefing, e.meta, e.edited) for e in general
    ]
    assert any("\x07" not in repr(e.meta) and "summary2" in e.meta for e in fast)
