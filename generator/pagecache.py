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
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.atomic import atomic_write

CACHE_NAME = ".cache.json"
_FORMAT = 2  # 2: records say whether the page is broken


class PageCache:
    """Parsed front matter of the pages of one folder, reused while a page's size and mtime hold."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.entries: dict[str, dict[str, Any]] = _read(folder / CACHE_NAME)
        self.dirty = False

    def get(
        self,
        page: Path,
        parse: Callable[[Path], dict[str, Any] | None],
        valid: Callable[[Any], bool] = lambda value: True,
    ) -> dict[str, Any] | None:
        """The cached value for `page`, or `parse(page)` (then remembered) when the page changed or
        the cached value is not `valid` (a damaged or older cache)."""
        try:
            stat = page.stat()
        except OSError:
            return None
        key = [stat.st_size, stat.st_mtime_ns]
        entry = self.entries.get(page.name)
        if entry is not None and entry.get("key") == key and valid(entry.get("value")):
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
        atomic_write(self.folder / CACHE_NAME, data.encode("utf-8"))
        self.dirty = False


def _read(path: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # missing or damaged: it is only a cache
        return {}
    if not isinstance(data, dict) or data.get("format") != _FORMAT or not isinstance(data.get("pages"), dict):
        return {}
    # Valid JSON of another shape (a hand-edited or foreign file): each entry that does not fit is dropped,
    # and its page is read again.
    return {name: entry for name, entry in data["pages"].items() if _is_entry(entry)}


def _is_entry(entry: Any) -> bool:
    return (
        isinstance(entry, dict) and is_stat_key(entry.get("key")) and isinstance(entry.get("value"), (dict, type(None)))
    )


def is_stat_key(key: Any) -> bool:
    """True for a page's [size, mtime_ns] as the caches record it."""
    return isinstance(key, list) and len(key) == 2 and all(type(n) is int for n in key)


def _plain(value: Any) -> Any:
    """The value as JSON would give it back (dates become ISO strings), so hits and misses agree."""
    return json.loads(json.dumps(value, default=iso))


def iso(value: Any) -> str:
    """JSON for what YAML gives beyond JSON's types: dates as ISO text, anything else as text."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)
