"""briefings/.frontmatter.jsonl: each page's front matter as JSON, so the site need not parse its YAML.

The site reads every briefing's front matter on each build, ~1 ms a page with libyaml. The generator
knows a page's front matter whenever it writes or reads the page, and keeps it here: one JSON line a
page, with the page's size and modification time (like .cache.json). The site uses a line only while
the page still has that size and time, and parses the YAML otherwise (a hand edit, a fresh clone
without the file). Lines are merged by streaming, so a run holds one page's front matter at a time
whatever the size of the archive. Written by the generator only (`mkdocs serve` cannot loop on it),
never committed, safe to delete.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from generator.atomic import temporary_beside
from generator.pagecache import is_stat_key, iso

CACHE_NAME = ".frontmatter.jsonl"
_BODY = ',"front_matter":'  # what follows a line's name and key


class FrontMatterWriter:
    """Collects the front matter of pages as they are written or read, then merges it into the file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._out: TextIO | None = None
        self._tmp: str | None = None
        self._names: set[str] = set()

    @property
    def pending(self) -> bool:
        """True when front matter was recorded and the file is still to be merged."""
        return self._out is not None

    def add(self, page: Path, front_matter: dict[str, Any]) -> None:
        """Record `front_matter` for `page` as it is now on disk."""
        stat = page.stat()
        if self._out is None:
            raw, tmp = temporary_beside(self.folder / CACHE_NAME)
            self._tmp = str(tmp)
            self._out = io.TextIOWrapper(raw, encoding="utf-8")
        line = {"name": page.name, "key": [stat.st_size, stat.st_mtime_ns], "front_matter": front_matter}
        self._out.write(json.dumps(line, ensure_ascii=False, separators=(",", ":"), default=iso) + "\n")
        self._names.add(page.name)

    def close(self) -> None:
        """Keep the old lines of pages still there and not recorded again, then replace the file atomically."""
        if self._out is None or self._tmp is None:
            return  # nothing learnt: the file stays as it is
        try:
            present = {p.name for p in self.folder.glob("*.md")}
            for name, _, line in _lines(self.folder / CACHE_NAME):
                if name in present and name not in self._names:
                    self._out.write(line)
            self._out.close()
            os.replace(self._tmp, self.folder / CACHE_NAME)
        except BaseException:
            self._out.close()
            Path(self._tmp).unlink(missing_ok=True)
            raise
        finally:
            self._out = None


def read_front_matter(folder: Path) -> dict[str, tuple[list[int], str]]:
    """page name -> (its [size, mtime_ns] when recorded, its line); the line is parsed by `front_matter_of`."""
    return {name: (key, line) for name, key, line in _lines(folder / CACHE_NAME)}


def front_matter_of(line: str) -> dict[str, Any] | None:
    """The front matter held in one line of the file; None when the line is damaged."""
    try:
        value = json.loads(line).get("front_matter")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, dict) else None


def _lines(path: Path) -> Iterator[tuple[str, list[int], str]]:
    """(page name, [size, mtime_ns], line) for each readable line of the file; nothing when there is no file.

    Only the line's head is parsed here: the front matter is parsed when a page's line is used. A line
    of another shape (valid JSON, but a name that is a list, a key that is text) is passed over: its
    page is read from the page itself.
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
                    yield name, key, line
    except (OSError, UnicodeDecodeError):
        return
