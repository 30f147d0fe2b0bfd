"""The briefings as the site sees them: front matter only, never the extractors."""

from __future__ import annotations

import datetime as dt
import os
import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path

from generator.briefingpage import BrokenPage, decode_page, is_hand_edited, read_page
from generator.model import Briefing
from generator.pagecache import front_matter_of, read_front_matter
from generator.safetext import clean_tree, may_need_cleaning
from generator.site.fastread import front_matter, may_need_cleaning_fast

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
    # The page no longer is what the generator wrote (its checksum says so): someone corrected it by hand.
    edited: bool = False


def load_catalog(
    folder: Path, prefix: str = "briefings", on_problem: Callable[[Path, str], None] | None = None
) -> list[Entry]:
    """Every readable briefing in `folder`, newest first (then by title).

    This is the only place the site reads briefing files: each front matter is parsed once per build and
    every generated page (home, agenda, entities, feeds) is computed from the returned list. The
    generator keeps the front matter of every page it wrote or read as JSON: a page whose size and
    modification time still match is not parsed again (see pagecache.py). A page that is not a
    readable briefing is left out and named to `on_problem` with the line and the reason. Every string
    is cleaned of the characters no page, feed or calendar may carry (safetext.py): a hand edit is input.
    """
    entries = []
    cached = read_front_matter(folder)  # the generator's copy of each page's front matter, as JSON
    for page in sorted(folder.glob("*.md")) if folder.is_dir() else []:
        try:
            meta, briefing, edited = _cached(page, cached.get(page.name)) or _parsed(page)
        except BrokenPage as exc:
            if on_problem:
                on_problem(page, str(exc))
            continue
        page_meta = {k: v for k, v in meta.items() if k in _PAGE_KEYS or k not in _BRIEFING_KEYS}
        entries.append(
            Entry(src_uri=f"{prefix}/{page.name}", abs_path=page, briefing=briefing, meta=page_meta, edited=edited)
        )
    entries.sort(key=lambda e: e.briefing.title.casefold())  # A to Z within a day (the sorts are stable)
    return sorted(entries, key=lambda e: e.briefing.date or "", reverse=True)


def _cached(page: Path, hit: tuple[list[int], str, bool] | None) -> tuple[dict, Briefing, bool] | None:
    """The page's front matter, briefing and hand edit from the generator's cache, if the page is still as
    it was recorded and the line holds a valid briefing (anything else: the page itself is read)."""
    if hit is None:
        return None
    try:
        stat = page.stat()
    except OSError:
        return None
    meta = front_matter_of(hit[1]) if hit[0] == [stat.st_size, stat.st_mtime_ns] else None
    if meta is None:
        return None
    if may_need_cleaning(hit[1]):
        meta = clean_tree(meta)
    try:
        return meta, Briefing.from_dict(meta), hit[2]
    except (TypeError, ValueError):
        return None


def _parsed(page: Path) -> tuple[dict, Briefing, bool]:
    """The page's front matter, briefing and hand edit read from the page itself; BrokenPage when it is not
    one."""
    try:
        raw = page.read_bytes()
    except OSError as exc:
        raise BrokenPage(f"cannot read: {exc.strerror or exc}") from exc
    text = raw.decode("utf-8", "replace")
    fast = _read_fast(raw)
    if fast is None:
        meta, briefing = read_page(raw)
        unsafe = may_need_cleaning(text)
    else:  # only the front matter can give `meta` what `clean` removes: a block without it loads without it
        meta, briefing, block = fast
        unsafe = may_need_cleaning_fast(block)
    if unsafe:
        meta = clean_tree(meta)
        briefing = Briefing.from_dict(meta)
    return meta, briefing, is_hand_edited(text)


def _read_fast(raw: bytes) -> tuple[dict, Briefing, str] | None:
    """read_page's result for an ordinary page and the front matter block it was read from, by the fast path
    (fastread.py); None when read_page must read the page (and accept it, or say why not)."""
    try:
        found = front_matter(decode_page(raw))
        return None if found is None else (found[0], Briefing.from_dict(found[0]), found[1])
    except (BrokenPage, TypeError, ValueError):
        return None


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
