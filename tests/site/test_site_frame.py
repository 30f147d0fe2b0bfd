"""Entity pages stamped from one rendered frame: the placeholders filled, escaped, written on demand."""

from __future__ import annotations

from generator.site.frame import _CONTENT, _HOLE, _NAME, _TITLE, Frame


def frame() -> Frame:
    page = f"<title>{_TITLE} - Site</title><link href='https://x/personnes/{_NAME}/'><h1>{_TITLE}</h1>{_CONTENT}</html>"
    return Frame(tuple(_HOLE.split(page)))


def test_fill_puts_each_value_in_its_place_escaped():
    page = frame().fill("<script>Le Pen & co</script>", "le-pen", "<p>article</p>")
    assert page == (
        "<title>&lt;script&gt;Le Pen &amp; co&lt;/script&gt; - Site</title><link href='https://x/personnes/le-pen/'>"
        "<h1>&lt;script&gt;Le Pen &amp; co&lt;/script&gt;</h1><p>article</p></html>"
    )
