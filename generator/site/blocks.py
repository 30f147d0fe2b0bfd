"""Generated pages: Markdown for their headings and prose, HTML blocks for their long lists and tables.

The archive, the agenda, the home page and the entity indexes are mostly links: on a big site, thousands
of list items and table rows. Through Markdown each one costs inline parsing and MkDocs' resolution of
its link; the archive of 1,000 briefings cost more than ten briefings. So a generated page's Markdown
holds its headings and prose (the table of contents is made from them) and, on a line of its own, a
marker per block. A block is a function that makes HTML given `href`, the address of a site file from
the page; the plugin calls it when Markdown has made the page's HTML (on_page_content), so that its
links are relative to where the page really is, and search indexes it like any other content.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

Href = Callable[[str], str]  # a site file's src_uri -> its address relative to the page
Block = Callable[[Href], str]

# An HTML comment: Markdown passes it through as it is, and escaped article text can never contain one.
_MARKER = "<!-- briefings block {} -->"
_MARKERS = re.compile(r"<!-- briefings block (\d+) -->")


@dataclass
class GeneratedPage:
    """A page's Markdown, with markers where its HTML blocks go."""

    lines: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)

    @property
    def markdown(self) -> str:
        return "\n".join(self.lines) + "\n"

    def add(self, *lines: str) -> None:
        """Lines of Markdown."""
        self.lines.extend(lines)

    def add_block(self, block: Block, indent: str = "") -> None:
        """A block of HTML, in its own paragraph (indented to sit inside a folded section)."""
        self.lines += [indent + _MARKER.format(len(self.blocks)), ""]
        self.blocks.append(block)

    def fill(self, rendered: str, href: Href) -> str:
        """The page's HTML (or Markdown) with each block made and put in place of its marker."""
        parts = _MARKERS.split(rendered)
        for i in range(1, len(parts), 2):
            parts[i] = self.blocks[int(parts[i])](href)
        return "".join(parts)


def text(value: object) -> str:
    """Article text as HTML text: one line, escaped."""
    return html.escape(" ".join(str(value).split()), quote=False)


def html_link(href: str, label: str) -> str:
    """A link; `label` is already HTML."""
    return f'<a href="{html.escape(href)}">{label}</a>'


def table(head: list[str], rows: list[list[str]]) -> str:
    """An HTML table, as Markdown would write it (head and cells already HTML), each cell labelled with its
    column's heading (see label_cells)."""
    lines = ["<table>", "<thead>", "<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>", "</thead>", "<tbody>"]
    cells = [f"<td{_label(h)}>" for h in head]
    lines += ["<tr>" + "".join(f"{cells[i]}{value}</td>" for i, value in enumerate(row)) + "</tr>" for row in rows]
    return "\n".join(lines + ["</tbody>", "</table>"]) + "\n"


_HEAD_CELL = re.compile(r"<th(?:\s[^>]*)?>(.*?)</th>", re.S)
_TAG = re.compile(r"<[^>]*>")


def label_cells(page_html: str) -> str:
    """Each body cell of each table labelled with its column's heading: `<td data-label="Rôle">`.

    On a phone a table is shown as stacked rows (docs/stylesheets/reader.css), where the headings row is
    out of sight: the label says what each value is ("Rôle : ministre des Armées"). For the tables that
    Markdown writes (a briefing's, the Méthode page's); generated tables are labelled by `table`. String
    splits rather than regular expressions over the page: this runs on every briefing of the build.
    """
    if "<table>" not in page_html:
        return page_html
    parts = page_html.split("<table>")
    for i in range(1, len(parts)):
        head, sep, rest = parts[i].partition("</thead>")
        body, end, after = rest.partition("</table>")
        if sep and end:
            parts[i] = (
                head + sep + _labelled_rows(body, [_label(cell) for cell in _HEAD_CELL.findall(head)]) + end + after
            )
    return "<table>".join(parts)


def _labelled_rows(body: str, labels: list[str]) -> str:
    """A table body's rows, each row's n-th cell with the n-th label."""
    rows = body.split("<tr>")
    for i in range(1, len(rows)):
        cells = rows[i].split("<td")
        for j in range(1, min(len(cells), len(labels) + 1)):
            if cells[j][:1] in (">", " ", "\n"):  # <td> or <td style=...>, not another tag
                cells[j] = labels[j - 1] + cells[j]
        rows[i] = "<td".join(cells)
    return "<tr>".join(rows)


def _label(heading: str) -> str:
    """The data-label attribute of a heading (HTML or text), or nothing for an empty one."""
    words = " ".join(html.unescape(_TAG.sub("", heading)).split())
    return f' data-label="{html.escape(words)}"' if words else ""


def items(values: list[str]) -> str:
    """An HTML list (items already HTML)."""
    return "<ul>\n" + "".join(f"<li>{value}</li>\n" for value in values) + "</ul>\n"
