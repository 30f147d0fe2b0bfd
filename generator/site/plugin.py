"""The MkDocs plugin: brings briefings/ into the site and generates every page built from front matter.

It reads front matter only and never imports the extractors, so `mkdocs serve` never loads spaCy.
All the work happens once per build in on_files: the catalog is read once, and the home page, archive,
agenda, entity index pages, calendar and feeds are computed from it as in-memory generated files. The
entity pages themselves are HTML files filled in on_env, once the theme can render their frame
(frame.py), and added to the search index in on_post_build.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

import jinja2
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from generator.frontmatter import escaped_title, strip_front_matter
from generator.site.agenda import AGENDA_URI, agenda_items, agenda_markdown
from generator.site.catalog import Entry, built_on, load_catalog
from generator.site.entities import (
    KINDS,
    Entity,
    collect_entities,
    entity_html,
    entity_search_doc,
    index_markdown,
    see_also_markdown,
)
from generator.site.feeds import FEED_URI, JSON_URI, atom_xml, briefings_json
from generator.site.frame import Frame, StampedPage, render_frame
from generator.site.home import ARCHIVE_URI, HOME_URI, archive_markdown, home_markdown
from generator.site.ics import ICS_URI, ics_bytes
from generator.site.search import fold_search_index

log = logging.getLogger("mkdocs.plugins.briefings")
# Briefings and entity pages are built and linked but deliberately not in the nav: no "not in nav" notice.
_OUT_OF_NAV = InclusionLevel.NOT_IN_NAV


class BriefingsConfig(Config):
    briefings_dir = config_options.Type(str, default="briefings")


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    """`plugins: [search, briefings]` in mkdocs.yml."""

    def __init__(self) -> None:
        super().__init__()
        self._by_uri: dict[str, Entry] = {}
        self._entities: dict[str, dict[str, Entity]] = {}
        self._entity_files: dict[str, tuple[Entity, StampedPage]] = {}  # src_uri -> the entity and its page
        self._nav: Navigation | None = None

    def _folder(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path or ".").parent / self.config.briefings_dir

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        """Add the briefings and every page and file computed from their front matter (read once, here)."""
        try:
            today = built_on()
        except ValueError as exc:
            raise PluginError(str(exc)) from exc
        entries = load_catalog(self._folder(config))
        for entry in entries:
            files.append(File.generated(config, entry.src_uri, abs_src_path=str(entry.abs_path), inclusion=_OUT_OF_NAV))
        self._by_uri = {e.src_uri: e for e in entries}
        base = _base_url(config.site_url)
        # Absolute page URLs for the calendar and feeds; without site_url, site-root-relative paths.
        urls = {e.src_uri: f"{base}{files.get_file_from_path(e.src_uri).url}" for e in entries}
        items = agenda_items(entries)
        self._entities = collect_entities(entries)

        def add(uri: str, content: str | bytes, inclusion: InclusionLevel = InclusionLevel.UNDEFINED) -> None:
            if files.get_file_from_path(uri) is None:  # a hand-written page in docs/ wins
                files.append(File.generated(config, uri, content=content, inclusion=inclusion))

        add(HOME_URI, home_markdown(entries, config.site_name, items, today))
        add(ARCHIVE_URI, archive_markdown(entries))
        add(AGENDA_URI, agenda_markdown(items, today))
        self._entity_files = {}
        for kind, entities in self._entities.items():
            add(f"{KINDS[kind][0]}/index.md", index_markdown(kind, entities))
            for entity in entities.values():
                if files.get_file_from_path(entity.src_uri) is None:  # a hand-written page in docs/ wins
                    file = StampedPage.generated(config, entity.src_uri, content="")  # its frame comes in on_env
                    files.append(file)
                    self._entity_files[entity.src_uri] = (entity, file)
        add(ICS_URI, ics_bytes(items, urls if base else {}, config.site_name, today))
        add(FEED_URI, atom_xml(entries, urls, config.site_name, base))
        add(JSON_URI, briefings_json(entries, urls))
        log.debug("briefings: %d pages, %d dated items", len(entries), len(items))
        return files

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Keep the navigation: the entity pages' frame shows it."""
        self._nav = nav
        return nav

    def on_env(self, env: jinja2.Environment, /, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        """Give the entity pages their frame: the theme's page rendered once per folder, each article put in.

        The pages themselves are made one at a time when MkDocs writes them (StampedPage.copy_file).
        """
        frames: dict[str, Frame] = {}
        for entity, file in self._entity_files.values():
            folder = KINDS[entity.kind][0]
            if folder not in frames:
                try:
                    frames[folder] = render_frame(folder, config, env, self._nav, files)  # type: ignore[arg-type]
                except ValueError as exc:  # a theme whose page template cannot be stamped
                    raise PluginError(f"briefings: cannot make the entity pages: {exc}") from exc
            file.render = partial(_entity_page, entity, file.url, frames[folder], files)
        return env

    def on_page_read_source(self, /, *, page: Page, config: MkDocsConfig) -> str | None:
        """A briefing's text without its front matter, which the catalog has already read.

        MkDocs would parse it again with its pure-Python YAML loader, the costliest step of reading a
        briefing; on_page_markdown gives the page the front matter the catalog read (in C).
        """
        entry = self._by_uri.get(page.file.src_uri)
        if entry is None:
            return None
        return strip_front_matter(entry.abs_path.read_text(encoding="utf-8-sig"))

    @event_priority(100)  # before other plugins look at page.meta
    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Give a briefing its front matter back, and link it to the pages of its people, organisations, places."""
        entry = self._by_uri.get(page.file.src_uri)
        if entry is None:
            return markdown
        page.meta = escaped_title(entry.meta)
        root = _root_from(page.url)
        return markdown + see_also_markdown(entry, self._entities, lambda uri: root + self._entity_files[uri][1].url)

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        """Advertise the feeds in every page's head, so feed readers find them from any page."""
        feed = get_relative_url(FEED_URI, page.url)
        ics = get_relative_url(ICS_URI, page.url)
        links = (f'<link rel="alternate" type="application/atom+xml" title="Briefings" href="{feed}">'
                 f'<link rel="alternate" type="text/calendar" title="Agenda" href="{ics}">')  # fmt: skip
        return output.replace("</head>", links + "</head>", 1)

    @event_priority(-100)  # after the search plugin has written its index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Add the entity pages to the search index and make it accent-insensitive (see search.py)."""
        extra = [entity_search_doc(entity, file.url) for entity, file in self._entity_files.values()]
        fold_search_index(Path(config.site_dir) / "search" / "search_index.json", extra)

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder) -> LiveReloadServer:
        """`mkdocs serve` rebuilds when a briefing is generated, changed or removed."""
        server.watch(str(self._folder(config)))
        return server


def _entity_page(entity: Entity, page_url: str, frame: Frame, files: Files) -> str:
    root = _root_from(page_url)
    html = entity_html(entity, lambda uri: root + files.get_file_from_path(uri).url)  # type: ignore[union-attr]
    return frame.fill(entity.name, entity.slug, html)


def _root_from(page_url: str) -> str:
    """The relative path from a page to the site's root, ending in "/": "../../" from "briefings/x/".

    Links made of it and a file's URL work under any sub-path, and cost a string join, not MkDocs'
    relative-URL computation, for the thousands of links to and from entity pages.
    """
    up = get_relative_url(".", page_url)
    return "" if up == "." else up + "/"


def _base_url(site_url: str | None) -> str:
    """site_url with a trailing slash, or "" when unset."""
    return site_url if not site_url or site_url.endswith("/") else site_url + "/"
