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
    """An HTML table, as Markdown would write it (head and cells already HTML)."""
    lines = ["<table>", "<thead>", "<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>", "</thead>", "<tbody>"]
    lines += ["<tr>" + "".join(f"<td>{value}</td>" for value in row) + "</tr>" for row in rows]
    return "\n".join(lines + ["</tbody>", "</table>"]) + "\n"


def items(values: list[str]) -> str:
    """An HTML list (items already HTML)."""
    return "<ul>\n" + "".join(f"<li>{value}</li>\n" for value in values) + "</ul>\n"
