"""The briefings as the site sees them: front matter only, never the extractors."""

from __future__ import annotations

import datetime as dt
import os
import posixpath
from dataclasses import dataclass, field, fields
from pathlib import Path

from generator.frontcache import front_matter_of, read_front_matter
from generator.frontmatter import FrontMatterError, split_front_matter
from generator.model import Briefing

TODAY_ENV = "BRIEFINGS_TODAY"
_BRIEFING_KEYS = {f.name for f in fields(Briefing)}
_PAGE_KEYS = {"title", "date", "lang", "summary"}


@dataclass(frozen=True)
class Entry:
    """One briefing page: where it is in the site and what its front matter says."""

    src_uri: str  # path inside the site, e.g. briefings/2024-04-02-poutine.md
    abs_path: Path
    briefing: Briefing
    # For page.meta: the front matter's title, date, language and summary, and any key the generator does
    # not write (a Material setting such as `hide` added by hand); not all of it, which would double the
    # memory a big site's build holds.
    meta: dict = field(default_factory=dict, compare=False, repr=False)


def load_catalog(folder: Path, prefix: str = "briefings") -> list[Entry]:
    """Every readable briefing in `folder`, newest first (then by title); unreadable pages are skipped.

    This is the only place the site reads briefing files: each front matter is parsed once per build and
    every generated page (home, agenda, entities, feeds) is computed from the returned list. The
    generator keeps the front matter of every page it wrote or read as JSON: a page whose size and
    modification time still match is not parsed again (see frontcache.py).
    """
    entries = []
    cached = read_front_matter(folder)  # the generator's copy of each page's front matter, as JSON
    for page in sorted(folder.glob("*.md")) if folder.is_dir() else []:
        try:
            meta = _cached(page, cached.get(page.name)) or _parsed(page)
            if not meta:
                continue
            briefing = Briefing.from_dict(meta)
        except (TypeError, ValueError):
            continue
        page_meta = {k: v for k, v in meta.items() if k in _PAGE_KEYS or k not in _BRIEFING_KEYS}
        entries.append(Entry(src_uri=f"{prefix}/{page.name}", abs_path=page, briefing=briefing, meta=page_meta))
    entries.sort(key=lambda e: e.briefing.title.casefold())  # A to Z within a day (the sorts are stable)
    return sorted(entries, key=lambda e: e.briefing.date or "", reverse=True)


def _cached(page: Path, hit: tuple[list[int], str] | None) -> dict | None:
    """The page's front matter from the generator's cache, if the page is still as it was recorded."""
    if hit is None:
        return None
    try:
        stat = page.stat()
    except OSError:
        return None
    return front_matter_of(hit[1]) if hit[0] == [stat.st_size, stat.st_mtime_ns] else None


def _parsed(page: Path) -> dict | None:
    """The page's front matter read from the page itself; None when unreadable."""
    try:
        meta, _ = split_front_matter(page.read_text(encoding="utf-8"))  # libyaml's safe loader: fast
    except (OSError, UnicodeDecodeError, FrontMatterError):
        return None
    return meta


def built_on(environ: dict[str, str] | None = None) -> dt.date:
    """The day the site is built, which splits past from upcoming dates.

    BRIEFINGS_TODAY=YYYY-MM-DD overrides the clock so that builds (and tests) are reproducible.
    """
    value = (os.environ if environ is None else environ).get(TODAY_ENV, "").strip()
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"{TODAY_ENV} must be a date YYYY-MM-DD, not {value!r}") from exc


def link(from_uri: str, to_uri: str) -> str:
    """A Markdown link target from page `from_uri` to `to_uri` (both docs-relative .md paths).

    Links stay relative and point at .md sources: MkDocs resolves and checks them, so the site works under
    any sub-path and `--strict` catches a broken one.
    """
    return posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")
