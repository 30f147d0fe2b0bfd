"""Pages stamped from one rendered frame of the theme, for the thousands of entity pages.

MkDocs builds every Markdown page through Markdown, the theme's templates and the search indexer:
a few milliseconds a page, as much for a three-line entity page as for a briefing. An archive has
more people, organisations and places than briefings, so building them that way doubled the site's
build time. Yet all entity pages of a folder share everything but their title, address and
article: same depth, so the same relative links to assets, navigation and feeds. The frame is
rendered once per folder through the theme (and the plugins' on_post_page), with placeholders, and
each page is that frame with its own values put in.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import jinja2
from mkdocs.commands.build import get_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

# Placeholders: plain lower-case ASCII, so that neither HTML escaping nor URL quoting changes them.
_TITLE = "zzbriefingsframetitlezz"
_NAME = "zzbriefingsframenamezz"
# "<h1" inside: Material adds a heading of its own to content that has none, and ours has one.
_CONTENT = "<!--<h1 zzbriefingsframecontentzz-->"
_HOLE = re.compile(f"({_TITLE}|{_NAME}|{re.escape(_CONTENT)})")


@dataclass(frozen=True)
class Frame:
    """A rendered page cut at its placeholders: literal text at even indexes, placeholders at odd ones."""

    parts: tuple[str, ...]

    def fill(self, title: str, name: str, content: str) -> str:
        """The page titled `title` (plain text), at file name `name` (the slug), with `content` (HTML)."""
        values = {_TITLE: html.escape(title, quote=True), _NAME: name, _CONTENT: content}
        return "".join(values[part] if i % 2 else part for i, part in enumerate(self.parts))


def render_frame(folder: str, config: MkDocsConfig, env: jinja2.Environment, nav: Navigation, files: Files) -> Frame:
    """The theme's page for `folder/<name>/`, rendered once with placeholders for title, name and content."""
    # At the depth of the pages it stands for, folder/<name>/index.html, with or without directory URLs.
    page = Page(_TITLE, File.generated(config, f"{folder}/{_NAME}/index.md", content=""), config)
    page.content = _CONTENT
    template = env.get_template("main.html")
    output = template.render(get_context(nav, files, config, page))
    output = config.plugins.on_post_page(output, page=page, config=config)
    if output.count(_CONTENT) != 1:
        raise ValueError(f"the theme's page template shows the page content {output.count(_CONTENT)} times, not once")
    return Frame(tuple(_HOLE.split(output)))
