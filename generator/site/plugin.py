"""The MkDocs plugin: brings briefings/ into the site and generates the home page.

It reads front matter only and never imports the extractors, so `mkdocs serve` never loads spaCy.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from generator.site.catalog import load_catalog
from generator.site.home import home_markdown


class BriefingsConfig(Config):
    briefings_dir = config_options.Type(str, default="briefings")


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    """`plugins: [search, briefings]` in mkdocs.yml."""

    def _folder(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path or ".").parent / self.config.briefings_dir

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        entries = load_catalog(self._folder(config))
        for entry in entries:
            files.append(File.generated(config, entry.src_uri, abs_src_path=str(entry.abs_path)))
        if files.get_file_from_path("index.md") is None:
            files.append(File.generated(config, "index.md", content=home_markdown(entries, config.site_name)))
        return files

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder) -> LiveReloadServer:
        server.watch(str(self._folder(config)))
        return server
