"""The MkDocs plugin: brings briefings/ into the site and generates every page built from front matter.

It reads front matter only and never imports the extractors, so `mkdocs serve` never loads spaCy.
The catalog is read once per build, in on_files, and everything is computed from it there: the home
page, archive, agenda and entity index pages (Markdown with HTML blocks, blocks.py, filled in
on_page_content), and the calendar, feeds and entity pages as files made when they are written
(offload.py). Those are written by a second process started in on_nav; the entity pages are stamped from
a frame the theme renders in on_env (frame.py), and added to the search index and the sitemap in
on_post_build. A briefing's "Fiches" section is HTML put in at on_post_page.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from functools import cache, lru_cache, partial
from pathlib import Path
from typing import cast

import jinja2
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents
from mkdocs.utils import get_relative_url
from slugify import slugify

from generator.briefingpage import is_hand_edited
from generator.frontmatter import escaped_title, strip_front_matter
from generator.render import UnknownLanguage, body_digest, labels, refreshed_body
from generator.safetext import clean, printable
from generator.site.agenda import AGENDA_URI, AgendaItem, agenda_items, agenda_page, parse_point, split_past
from generator.site.blocks import GeneratedPage, Href, label_cells
from generator.site.briefing import in_language, link_names
from generator.site.catalog import Entry, built_on, load_catalog
from generator.site.entities import (
    KINDS,
    Entities,
    Entity,
    collect_entities,
    entity_html,
    entity_ics_uri,
    entity_search_doc,
    entity_upcoming,
    index_page,
    redirect_html,
    see_also_html,
)
from generator.site.events import merge_events
from generator.site.fastread import is_clean
from generator.site.feeds import FEED_URI, JSON_URI, atom_xml, briefings_json
from generator.site.frame import Frame, render_frame
from generator.site.home import ARCHIVE_URI, HOME_URI, archive_page, home_page
from generator.site.ics import ICS_URI, ics_bytes
from generator.site.identity import Identities
from generator.site.offload import BackgroundWriter, LazyFile
from generator.site.search import fold_search_index
from generator.site.sitemap import add_to_sitemap
from generator.site.stories import Stories, find_stories, story_html
from generator.site.words import SITE_LANG, NoSiteWords, site_words

log = logging.getLogger("mkdocs.plugins.briefings")
# Briefings and entity pages are built and linked but deliberately not in the nav: no "not in nav" notice.
_OUT_OF_NAV = InclusionLevel.NOT_IN_NAV
# A comment: the search indexer and the theme pass it through untouched, and no article contains it.
_SEE_ALSO_MARK = "<!-- briefings: fiches -->"


class BriefingsConfig(Config):
    briefings_dir = config_options.Type(str, default="briefings")
    # Write the entity pages, calendar and feeds in a second process while MkDocs builds the pages
    # (see offload.py); false writes them in the build's own process.
    background_writer = config_options.Type(bool, default=True)


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    """`plugins: [search, briefings]` in mkdocs.yml."""

    def __init__(self) -> None:
        super().__init__()
        self._by_uri: dict[str, Entry] = {}
        self._entities = Entities(Identities())
        self._entity_files: dict[str, tuple[Entity, LazyFile]] = {}  # src_uri -> the entity and its page
        self._entity_upcoming: dict[str, list[AgendaItem]] = {}  # src_uri of an entity page -> its coming dates
        self._lazy: list[LazyFile] = []  # every file whose content is made when written
        self._writer = BackgroundWriter()
        self._nav: Navigation | None = None
        self._see_also: dict[str, str] = {}  # src_uri -> a briefing's "Fiches" section, until on_post_page
        self._generated: dict[str, GeneratedPage] = {}  # src_uri -> a generated page, for its HTML blocks
        self._lang = SITE_LANG  # the language of the site's own pages: theme.language (words.py)
        self._stories = Stories()  # the briefings that follow one story (stories.py)

    def _folder(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path or ".").parent / self.config.briefings_dir

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        """Add the briefings and every page and file computed from their front matter (read once, here)."""
        try:
            today = built_on()
            lang = self._lang = _site_language(config)
            site_words(lang)
        except (ValueError, NoSiteWords) as exc:
            raise PluginError(str(exc)) from exc
        entries = [e for e in load_catalog(self._folder(config), on_problem=_warn_broken) if _has_labels(e)]
        base = _base_url(config.site_url)
        urls = {}  # absolute page URLs for the calendar and feeds; without site_url, site-root-relative paths
        for entry in entries:
            page_file = File.generated(config, entry.src_uri, abs_src_path=str(entry.abs_path), inclusion=_OUT_OF_NAV)
            files.append(page_file)
            urls[entry.src_uri] = f"{base}{page_file.url}"
        self._by_uri = {e.src_uri: e for e in entries}
        announced = agenda_items(entries)  # one item per date of each briefing
        self._entities = collect_entities(entries)
        # Two announcements name one participant or place: one event. The events, the stories and each
        # story's section ask for the same names again and again: each is looked up once.
        identity = cache(self._entities.identity)
        items = merge_events(announced, identity)  # one per real event: the agenda, the home page, the calendar
        self._stories = find_stories(entries, items, identity)

        def add(uri: str, page: GeneratedPage) -> None:
            if files.get_file_from_path(uri) is None:  # a hand-written page in docs/ wins
                files.append(File.generated(config, uri, content=page.markdown))
                self._generated[uri] = page

        def add_lazy(uri: str, render: Callable[[], str | bytes] | None = None) -> LazyFile | None:
            """A file made when it is written (by then, `render` must be set)."""
            if files.get_file_from_path(uri) is not None:  # a hand-written page in docs/ wins
                return None
            file = cast(LazyFile, LazyFile.generated(config, uri, content=""))  # generated() builds a cls
            file.render = render
            files.append(file)
            self._lazy.append(file)
            return file

        self._generated, self._entity_files, self._lazy = {}, {}, []
        add(HOME_URI, home_page(entries, config.site_name, items, today, lang))
        add(ARCHIVE_URI, archive_page(entries, lang))
        add(AGENDA_URI, agenda_page(items, today, lang))
        # Each briefing's announcements of coming events, and the agenda row each belongs to: an entity's
        # "À venir" and calendar show the agenda's rows (their sources, conflicts and calendar UIDs).
        upcoming: dict[str, list[AgendaItem]] = {}
        row_of: dict[int, AgendaItem] = {}
        for row in split_past(items, today)[0]:
            for item in row.announced or (row,):
                upcoming.setdefault(item.entry.src_uri, []).append(item)
                row_of[id(item)] = row
        self._entity_upcoming = {}
        for kind, entities in self._entities.items():
            add(f"{KINDS[kind][0]}/index.md", index_page(kind, entities, lang))
            for entity in entities.values():
                file = add_lazy(entity.src_uri)  # its frame comes in on_env
                if file is not None:
                    self._entity_files[entity.src_uri] = (entity, file)
                coming = _rows(entity_upcoming(entity, upcoming), row_of)
                if coming and file is not None:  # its own calendar, to follow one minister's dates
                    self._entity_upcoming[entity.src_uri] = coming
                    name = f"{config.site_name} · {entity.name}"
                    add_lazy(
                        entity_ics_uri(entity), partial(ics_bytes, coming, urls if base else {}, name, today, lang)
                    )
        for entity, uri, href in self._entities.redirects():  # another name's address leads to the entity's page
            add_lazy(uri, partial(redirect_html, entity, href, lang))
        add_lazy(ICS_URI, partial(ics_bytes, items, urls if base else {}, config.site_name, today, lang))
        add_lazy(FEED_URI, partial(atom_xml, entries, urls, config.site_name, base, lang))
        add_lazy(JSON_URI, partial(briefings_json, entries, urls))
        log.debug("briefings: %d pages, %d dated items", len(entries), len(items))
        return files

    @event_priority(-100)  # after the plugins that change the navigation
    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Keep the navigation (the entity pages' frame shows it); start the second process (offload.py).

        It starts here so that it works beside all of MkDocs' page building: the calendar and feeds first,
        the entity pages once on_env has sent it their frame.
        """
        self._nav = nav
        receive = partial(self._give_frames, files=files)
        if self.config.background_writer and self._lazy and self._writer.start(self._lazy, receive=receive):
            log.debug("briefings: %d files written by a second process", len(self._lazy))
        return nav

    def on_env(self, env: jinja2.Environment, /, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        """Render the entity pages' frame: the theme's page, once per folder, with placeholders for each page.

        Here, in the build's own process, with the theme's environment and the navigation as MkDocs has
        them for its own pages; the frames go to the second process too, if it runs.
        """
        env.globals["briefings_words"] = site_words(self._lang)  # the site's words for docs/overrides' templates
        frames: dict[str, Frame] = {}
        for folder in dict.fromkeys(KINDS[entity.kind][0] for entity, _ in self._entity_files.values()):
            try:
                frames[folder] = render_frame(folder, config, env, self._nav, files)  # type: ignore[arg-type]
            except ValueError as exc:  # a theme whose page template cannot be stamped
                raise PluginError(f"briefings: cannot make the entity pages: {exc}") from exc
        self._give_frames(frames, files)
        self._writer.send(frames)
        return env

    def _give_frames(self, frames: dict[str, Frame], files: Files) -> None:
        """Let each entity page be made from its folder's frame (each page is made when it is written)."""
        for entity, file in self._entity_files.values():
            coming = self._entity_upcoming.get(entity.src_uri, [])
            frame = frames[KINDS[entity.kind][0]]
            file.render = partial(_entity_page, entity, file, frame, files, coming, self._lang)

    def on_page_read_source(self, /, *, page: Page, config: MkDocsConfig) -> str | None:
        """A briefing's text without its front matter, which the catalog has already read; rendered again from
        the front matter when only the front matter was corrected by hand (render.refreshed_body).

        MkDocs would parse it again with its pure-Python YAML loader, the costliest step of reading a
        briefing; on_page_markdown gives the page the front matter the catalog read (in C).
        """
        entry = self._by_uri.get(page.file.src_uri)
        if entry is None:
            return None
        page_text = entry.abs_path.read_text(encoding="utf-8-sig")
        body = strip_front_matter(page_text)
        generated = entry.briefing.generator.body
        if generated and is_hand_edited(page_text) and body_digest(body) == generated:
            body = refreshed_body(entry.briefing, body)  # the front matter was corrected, the body was not
        return body if is_clean(body) else clean(body)

    @event_priority(100)  # before other plugins look at page.meta
    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Give a briefing the front matter the catalog read."""
        entry = self._by_uri.get(page.file.src_uri)
        if entry is not None:
            page.meta = escaped_title(entry.meta)
        return markdown

    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Put a generated page's HTML blocks in place (blocks.py); mark where a briefing's "Fiches" go; label
        the cells of Markdown's tables with their column (for phones: blocks.label_cells)."""
        generated = self._generated.get(page.file.src_uri)
        if generated is not None:
            return generated.fill(html, _href_from(page, files))
        entry = self._by_uri.get(page.file.src_uri)
        if entry is None:
            return label_cells(html)
        href = _href_from(page, files)
        html = label_cells(link_names(html, entry, self._entities, href))
        html = self._mark_see_also(html, page, entry, href, config)
        return in_language(html, entry.briefing.lang, _site_language(config))

    def _mark_see_also(self, html: str, page: Page, entry: Entry, href: Href, config: MkDocsConfig) -> str:
        """List a briefing's "Dans la même histoire" and "Fiches" sections in its table of contents, and mark
        where they go.

        The sections themselves, the other briefings of its story and what changed since them (stories.py),
        then links to the pages of the briefing's people, organisations and places, are put in on_post_page:
        made as HTML, they cost no Markdown parsing, and they stay out of the search index, where they would
        only repeat other briefings' titles and the names of the briefing's Participants and Lieux.
        """
        words = labels(entry.briefing.lang).PAGE
        sections = [(words["story"], story_html(entry, self._stories, href)),  # its story first (stories.py)
                    (words["see_also"], see_also_html(entry, self._entities, href))]  # fmt: skip
        added = ""
        for title, content in sections:
            if not content:
                continue
            anchor = _free_anchor(page.toc, _slug(title))
            if _toc_depth(config) >= 2:
                _toc_section(page.toc).append(AnchorLink(title, anchor, 2))
            added += _heading(title, anchor, config) + content
        if not added:
            return html
        self._see_also[page.file.src_uri] = added
        return html + _SEE_ALSO_MARK

    @event_priority(100)  # before plugins that rewrite the page (a minifier would drop the marker)
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        """Put in a briefing's "Fiches" section (the feeds are in every page's head by the theme's overrides)."""
        see_also = self._see_also.pop(page.file.src_uri, None)
        if see_also is not None:
            if _SEE_ALSO_MARK in output:
                output = output.replace(_SEE_ALSO_MARK, see_also, 1)
            else:
                log.warning("briefings: %s: the Fiches section's marker was removed from the page "
                            "(by another plugin?); the section is missing", page.file.src_uri)  # fmt: skip
        return output

    @event_priority(100)  # first: other plugins' on_post_build see every file of the site
    def _wait_for_writer(self, *, config: MkDocsConfig) -> None:
        """Wait until the second process has written its files; stop the build if it failed."""
        try:
            self._writer.wait()
        except (OSError, RuntimeError) as exc:
            raise PluginError(f"briefings: cannot write the entity pages, calendar and feeds: {exc}") from exc

    @event_priority(-100)  # after the search plugin has written its index
    def _complete_search_and_sitemap(self, *, config: MkDocsConfig) -> None:
        """Add the entity pages to the search index (made accent-insensitive: search.py) and the sitemap."""
        extra = [entity_search_doc(entity, file.url, self._lang) for entity, file in self._entity_files.values()]
        fold_search_index(Path(config.site_dir) / "search" / "search_index.json", extra)
        base = _base_url(config.site_url)
        if base:  # MkDocs lists pages in the sitemap only under a site_url: absolute addresses
            entries = [(base + file.url, _day(entity)) for entity, file in self._entity_files.values()]
            add_to_sitemap(Path(config.site_dir), entries)

    on_post_build = CombinedEvent(_wait_for_writer, _complete_search_and_sitemap)

    def on_build_error(self, *, error: Exception) -> None:
        """Stop the second process, if any: the build is over."""
        self._writer.cancel()

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder) -> LiveReloadServer:
        """`mkdocs serve` rebuilds when a briefing is generated, changed or removed."""
        server.watch(str(self._folder(config)))
        return server


def _has_labels(entry: Entry) -> bool:
    """A page in a language the site has no words for is left out and named, like a broken one."""
    try:
        labels(entry.briefing.lang)
    except UnknownLanguage as exc:
        _warn_broken(entry.abs_path, str(exc))
        return False
    return True


def _warn_broken(page: Path, reason: str) -> None:
    # A warning, so that `mkdocs build --strict` fails: a briefing missing from the site is an error.
    log.warning("briefings: %s: %s (this briefing is left out of the site; mend the page)", page, printable(reason))


def _rows(announced: list[AgendaItem], row_of: dict[int, AgendaItem]) -> list[AgendaItem]:
    """The agenda rows of these announcements, each once, in calendar order."""
    rows = {id(row_of[id(item)]): row_of[id(item)] for item in announced}
    return sorted(rows.values(), key=lambda row: row.sort_key)


def _entity_page(
    entity: Entity, file: File, frame: Frame, files: Files, upcoming: list[AgendaItem], lang: str = SITE_LANG
) -> str:
    return frame.fill(entity.name, entity.slug, entity_html(entity, _href_from(file, files), upcoming, lang))


def _href_from(page: Page | File, files: Files) -> Href:
    """The address of a site file (by src_uri) from a page: a string join, not MkDocs' relative-URL computation."""
    root = _root_from(page.url)
    by_uri = files.src_uris  # the files by their src_uri, as MkDocs keeps them: no path to normalise first

    def href(uri: str) -> str:
        file = by_uri.get(uri) or files.get_file_from_path(uri)
        return root + file.url  # type: ignore[union-attr]

    return href


@lru_cache(maxsize=256)
def _slug(title: str) -> str:
    """A heading's anchor, once per title: python-slugify looks for a transliteration module on every call
    with a non-ASCII text, and a site has a handful of section titles for thousands of pages."""
    return slugify(title)


def _toc_section(toc: TableOfContents) -> list[AnchorLink]:
    """Where a page's h2 headings go in its table of contents: under its h1 when it has one (as Material shows it)."""
    items = list(toc)
    return items[0].children if len(items) == 1 and items[0].level == 1 else toc.items  # type: ignore[attr-defined]


def _free_anchor(toc: TableOfContents, wanted: str) -> str:
    """`wanted`, or `wanted_1`, `wanted_2`... if a heading of the page already has that id."""
    taken, stack = set(), list(toc)
    while stack:
        item = stack.pop()
        taken.add(item.id)
        stack.extend(item.children)
    anchor, n = wanted, 0
    while anchor in taken:
        n += 1
        anchor = f"{wanted}_{n}"
    return anchor


def _heading(title: str, anchor: str, config: MkDocsConfig) -> str:
    """An h2 as Markdown's toc extension writes it under this site's settings (with its permalink, if any)."""
    toc = _toc_settings(config)
    permalink = toc.get("permalink")
    if not permalink:
        return f'<h2 id="{anchor}">{html.escape(title)}</h2>\n'
    symbol = "&para;" if permalink is True else html.escape(str(permalink))
    link = (f'<a class="{html.escape(toc.get("permalink_class", "headerlink"))}" href="#{anchor}" '
            f'title="{html.escape(toc.get("permalink_title", "Permanent link"))}">{symbol}</a>')  # fmt: skip
    text = link + html.escape(title) if toc.get("permalink_leading") else html.escape(title) + link
    return f'<h2 id="{anchor}">{text}</h2>\n'


def _toc_depth(config: MkDocsConfig) -> int:
    """The deepest heading level the table of contents shows (toc_depth: 3, or "2-4")."""
    depth = str(_toc_settings(config).get("toc_depth", 6))
    try:
        return int(depth.rpartition("-")[2])
    except ValueError:
        return 6


def _toc_settings(config: MkDocsConfig) -> dict:
    """The toc extension's settings, however mkdocs.yml names the extension."""
    for name in ("toc", "markdown.extensions.toc"):
        if isinstance(config.mdx_configs.get(name), dict):
            return config.mdx_configs[name]
    return {}


def _root_from(page_url: str) -> str:
    """The relative path from a page to the site's root, ending in "/": "../../" from "briefings/x/".

    Links made of it and a file's URL work under any sub-path, and cost a string join, not MkDocs'
    relative-URL computation, for the thousands of links to and from entity pages.
    """
    up = get_relative_url(".", page_url)
    return "" if up == "." else up + "/"


def _site_language(config: MkDocsConfig) -> str:
    """The language the theme writes the site in (Material's `theme.language`; MkDocs' `locale` otherwise)."""
    language = config.theme.get("language") or config.theme.get("locale") or "en"
    return str(getattr(language, "language", language)).split("-")[0].split("_")[0]


def _day(entity: Entity) -> str | None:
    """The publication day of the entity's newest briefing (its appearances are newest first), if it has one."""
    day = entity.appearances[0].entry.briefing.date if entity.appearances else None
    span = parse_point(day) if isinstance(day, str) else None
    return day if span is not None and span.precision == "day" else None


def _base_url(site_url: str | None) -> str:
    """site_url with a trailing slash, or "" when unset."""
    if not site_url:
        return ""
    return site_url if site_url.endswith("/") else site_url + "/"
