"""Entity pages stamped from one rendered frame: the placeholders filled, escaped, written on demand."""

from __future__ import annotations

from pathlib import Path

from generator.site.frame import _CONTENT, _HOLE, _NAME, _TITLE, Frame, StampedPage


def frame() -> Frame:
    page = f"<title>{_TITLE} - Site</title><link href='https://x/personnes/{_NAME}/'><h1>{_TITLE}</h1>{_CONTENT}</html>"
    return Frame(tuple(_HOLE.split(page)))


def test_fill_puts_each_value_in_its_place_escaped():
    page = frame().fill("<script>Le Pen & co</script>", "le-pen", "<p>article</p>")
    assert page == (
        "<title>&lt;script&gt;Le Pen &amp; co&lt;/script&gt; - Site</title><link href='https://x/personnes/le-pen/'>"
        "<h1>&lt;script&gt;Le Pen &amp; co&lt;/script&gt;</h1><p>article</p></html>"
    )


def test_stamped_page_is_made_when_written(tmp_path: Path):
    calls = []
    page = StampedPage("personnes/le-pen/index.html", src_dir=None, dest_dir=str(tmp_path), use_directory_urls=True)
    assert page.url == "personnes/le-pen/" and not calls

    def render() -> str:
        calls.append(1)
        return frame().fill("Marine Le Pen", "le-pen", "<p>1 briefing</p>")

    page.render = render
    page.copy_file()
    written = (tmp_path / "personnes/le-pen/index.html").read_text(encoding="utf-8")
    assert "<h1>Marine Le Pen</h1><p>1 briefing</p>" in written and calls == [1]
