"""briefings/.frontmatter.jsonl: what is known of each page, so big archives are not re-parsed on every run.

PyYAML takes ~10 ms for one briefing's front matter in pure Python and ~1 ms with libyaml: 1 to 10 s
for an archive of 1,000 pages, on every `briefings generate` and every site build. The generator knows
a page whenever it writes or reads it, and keeps it here, one JSON line a page, keyed like git's index
by the page's name, size and modification time:

    {"name": "2024-04-02-sommet.md", "key": [size, mtime_ns], "record": {...}, "front_matter": {...}}

`record` is what the generator needs (the page's source, its checksum, version, hand edit, breakage);
`front_matter` is what the site needs (null for a broken page). A page that changed in any way is read
again. Lines are merged by streaming, so a run holds one page's front matter at a time whatever the
size of the archive. Written by the generator only (`mkdocs serve` cannot loop on it), never committed,
safe to delete. Any line of another shape is passed over and its page read again.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

from generator.atomic import temporary_beside

CACHE_NAME = ".frontmatter.jsonl"
# Until December 2026 the records lived in a second cache; it is removed when the folder is next written.
_RETIRED = ".cache.json"
_BODY = ',"front_matter":'  # what follows a line's head (name, key, record); JSON escapes it inside strings

Record = dict[str, Any]
Parse = Callable[[Path], "tuple[Record, dict[str, Any] | None] | None"]


class PageCache:
    """The pages of one folder as the generator last knew them, reused while a page's size and mtime hold."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.entries: dict[str, tuple[list[int], Record | None]] = {
            name: (key, record) for name, key, record, _ in _lines(folder / CACHE_NAME)
        }
        self._out: TextIO | None = None
        self._tmp: str | None = None
        self._names: set[str] = set()

    @property
    def dirty(self) -> bool:
        """True when something was learnt, or a page is gone, and the file is still to be rewritten."""
        return self._dirty(self._present())

    def known(self, name: str) -> Record | None:
        """What the cache said of page `name`, whether or not the page has changed since."""
        return self.entries.get(name, ([], None))[1]

    def get(self, page: Path, parse: Parse, valid: Callable[[Any], bool] = lambda record: True) -> Record | None:
        """The cached record of `page`, or the one `parse(page)` gives (then remembered with its front
        matter) when the page changed or the cached record is not `valid` (a damaged or older cache)."""
        key = _key(page)
        if key is None:
            return None
        hit = self.entries.get(page.name)
        if hit is not None and hit[0] == key and hit[1] is not None and valid(hit[1]):
            return hit[1]
        parsed = parse(page)
        if parsed is None:
            return None
        record, front_matter = parsed
        return self._add(page, key, record, front_matter)

    def put(self, page: Path, record: Record, front_matter: dict[str, Any] | None) -> None:
        """Remember `page` as it is now on disk (just written by us)."""
        key = _key(page)
        if key is not None:
            self._add(page, key, record, front_matter)

    def save(self) -> None:
        """Keep the old lines of pages still there and not learnt again, then replace the file atomically."""
        present = self._present()
        if not self._dirty(present) or not self.folder.is_dir():
            return
        out, tmp = self._open()
        try:
            for name, _, _, line in _lines(self.folder / CACHE_NAME):
                if name in present and name not in self._names:
                    out.write(line)
            out.close()
            os.replace(tmp, self.folder / CACHE_NAME)
            self._retired().unlink(missing_ok=True)
        except BaseException:
            out.close()
            Path(tmp).unlink(missing_ok=True)
            raise
        finally:
            self._out, self._tmp = None, None
        self.entries = {name: entry for name, entry in self.entries.items() if name in present}

    def _add(self, page: Path, key: list[int], record: Record, front_matter: dict[str, Any] | None) -> Record:
        record = json.loads(json.dumps(record, default=iso))  # as the file gives it back: hits and misses agree
        line = {"name": page.name, "key": key, "record": record, "front_matter": front_matter}
        out, _ = self._open()
        out.write(json.dumps(line, ensure_ascii=False, separators=(",", ":"), default=iso) + "\n")
        self._names.add(page.name)
        self.entries[page.name] = (key, record)
        return record

    def _open(self) -> tuple[TextIO, str]:
        """The new file being written (begun on first use) and its temporary path."""
        if self._out is None or self._tmp is None:
            raw, tmp = temporary_beside(self.folder / CACHE_NAME)
            self._out, self._tmp = io.TextIOWrapper(raw, encoding="utf-8"), str(tmp)
        return self._out, self._tmp

    def _dirty(self, present: set[str]) -> bool:
        return self._out is not None or bool(set(self.entries) - present) or self._retired().exists()

    def _present(self) -> set[str]:
        return {p.name for p in self.folder.glob("*.md")} if self.folder.is_dir() else set()

    def _retired(self) -> Path:
        return self.folder / _RETIRED


def read_front_matter(folder: Path) -> dict[str, tuple[list[int], str, bool]]:
    """page name -> (its [size, mtime_ns] when recorded, its line, whether it was edited by hand); the line
    is parsed by `front_matter_of`."""
    return {
        name: (key, line, bool(record and record.get("edited") is True))
        for name, key, record, line in _lines(folder / CACHE_NAME)
    }


def front_matter_of(line: str) -> dict[str, Any] | None:
    """The front matter held in one line of the file; None when the line is damaged or the page broken."""
    try:
        value = json.loads(line).get("front_matter")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, dict) else None


def is_stat_key(key: Any) -> bool:
    """True for a page's [size, mtime_ns] as the cache records it."""
    return isinstance(key, list) and len(key) == 2 and all(type(n) is int for n in key)


def iso(value: Any) -> str:
    """JSON for what YAML gives beyond JSON's types: dates as ISO text, anything else as text."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def _key(page: Path) -> list[int] | None:
    try:
        stat = page.stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns]


def _lines(path: Path) -> Iterator[tuple[str, list[int], Record | None, str]]:
    """(page name, [size, mtime_ns], record, line) for each readable line; nothing when there is no file.

    Only the line's head is parsed here: the front matter is parsed when the site uses a page's line. A
    record that is not an object (or a line written before records were kept here) reads as None.
    """
    try:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.endswith("\n") or not line.startswith('{"name":'):
                    continue  # a line cut short by a crash
                try:
                    head = json.loads(line[: line.index(_BODY)] + "}")
                    name, key = head["name"], head["key"]
                except (ValueError, KeyError, TypeError):
                    continue
                if isinstance(name, str) and is_stat_key(key):
                    record = head.get("record")
                    yield name, key, record if isinstance(record, dict) else None, line
    except (OSError, UnicodeDecodeError):
        return
