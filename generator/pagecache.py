"""A cache of the briefing pages' front matter, so that big archives are not re-parsed on every run.

PyYAML's pure-Python safe loader takes ~10 ms for one briefing's front matter: 10 s for an archive of
1,000 pages, on every `briefings generate` and every site build. The cache keeps each page's parsed
front matter as JSON (fast to load), keyed by file name, size and modification time, like git's index:
a page that changed in any way is parsed again. It lives in the briefings folder as `.cache.json`,
is written only by the generator (never by the site, so `mkdocs serve` cannot loop on it), and is
safe to delete. (The front matter itself, for the site, is in `.frontmatter.jsonl`: see frontcache.py.)
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

CACHE_NAME = ".cache.json"
_FORMAT = 1


class PageCache:
    """Parsed front matter of the pages of one folder, reused while a page's size and mtime hold."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.entries: dict[str, dict[str, Any]] = _read(folder / CACHE_NAME)
        self.dirty = False

    def get(self, page: Path, parse: Callable[[Path], dict[str, Any] | None]) -> dict[str, Any] | None:
        """The cached value for `page`, or `parse(page)` (then remembered) when the page changed."""
        try:
            stat = page.stat()
        except OSError:
            return None
        key = [stat.st_size, stat.st_mtime_ns]
        entry = self.entries.get(page.name)
        if entry is not None and entry.get("key") == key:
            return entry.get("value")
        value = parse(page)
        self.entries[page.name] = {"key": key, "value": _plain(value)}
        self.dirty = True
        return _plain(value)

    def put(self, page: Path, value: dict[str, Any]) -> None:
        """Remember `value` for `page` as it is now on disk (just written by us)."""
        stat = page.stat()
        self.entries[page.name] = {"key": [stat.st_size, stat.st_mtime_ns], "value": _plain(value)}
        self.dirty = True

    def save(self) -> None:
        """Write the cache back (atomically) if anything changed; forget pages that are gone."""
        present = {p.name for p in self.folder.glob("*.md")}
        if set(self.entries) - present:
            self.entries = {k: v for k, v in self.entries.items() if k in present}
            self.dirty = True
        if not self.dirty or not self.folder.is_dir():
            return
        data = json.dumps({"format": _FORMAT, "pages": self.entries}, ensure_ascii=False, sort_keys=True)
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=f"{CACHE_NAME}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(data)
            os.replace(tmp, self.folder / CACHE_NAME)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self.dirty = False


def _read(path: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # missing or damaged: it is only a cache
        return {}
    if not isinstance(data, dict) or data.get("format") != _FORMAT or not isinstance(data.get("pages"), dict):
        return {}
    return data["pages"]


def _plain(value: Any) -> Any:
    """The value as JSON would give it back (dates become ISO strings), so hits and misses agree."""
    return json.loads(json.dumps(value, default=iso))


def iso(value: Any) -> str:
    """JSON for what YAML gives beyond JSON's types: dates as ISO text, anything else as text."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)
