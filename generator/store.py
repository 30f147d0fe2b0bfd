"""The briefings/ folder: file names (slugs), atomic writes, and hand edits that must survive.

Every generated page carries in its front matter (`generator.checksum`) the SHA-256 of the
page as written. A page whose content no longer matches was edited by hand: it is left
alone and reported, unless the run is forced, and then a backup is written first
(NAME.md.bak; an older, different backup is kept as NAME.md.bak.1, .2...).

A page that no longer reads as a briefing (a hand edit broke its YAML, its encoding or a value) is
broken: it is kept as it is, still belongs to its article (no second page is made beside it), and
each run names it with the line and the reason, until it is mended or `--force` regenerates it.

Writes are atomic (temporary file in the same folder, fsync, rename, fsync of the folder): a
run killed at any point leaves each page either as it was or fully new. Two runs on one folder
take turns for the writing phase (a lock, `.lock`), so neither loses the other's new pages. File
names are ASCII slugs checked to stay inside the folder; symbolic links in it are never followed
or replaced.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from functools import partial
from pathlib import Path
from typing import IO, Any

from slugify import slugify

from generator.atomic import FILE_MODE, atomic_write
from generator.briefingpage import BrokenPage, decode_page, front_matter_part, is_hand_edited, parse_page, with_checksum
from generator.frontmatter import FrontMatterError, split_front_matter
from generator.model import Briefing
from generator.pagecache import PageCache
from generator.read.errors import ArticleError

SLUG_MAX = 80
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Names MkDocs treats as a section's index, and names Windows cannot create (the site may be built there).
_RESERVED_STEMS = {"index", "readme", "con", "prn", "aux", "nul"}
_RESERVED_STEMS |= {f"{device}{i}" for device in ("com", "lpt") for i in range(10)}
# The source path of a page whose front matter no longer loads (a hand edit broke it): enough to keep it.
# First in its `source:` block; failing that (`source: [`), the first indented `path:` line.
_SOURCE_PATH_LINES = (
    re.compile(r"^source:[ \t]*\n(?:[ \t]+.*\n)*?[ \t]+path:[ \t]+(.+)$", re.MULTILINE),
    re.compile(r"^[ \t]+path:[ \t]+(.+)$", re.MULTILINE),
)
LOCK_NAME = ".lock"
_STALE_TEMP_SECONDS = 3600


class Status(str, Enum):
    WRITTEN = "written"
    UNCHANGED = "unchanged"
    KEPT = "kept"  # hand-edited page left as it is
    BROKEN = "broken"  # hand-edited page that no longer reads as a briefing, left as it is


@dataclass(frozen=True)
class Existing:
    """A briefing already on disk, as far as the store needs to know it."""

    path: Path
    source_sha256: str
    version: str
    edited: bool
    broken: str | None = None  # why the page no longer reads as a briefing ("line 4: ..."), if it does not


class BriefingStore:
    """The briefings/ folder: which page belongs to which source, and safe writes into it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.by_source: dict[str, Existing] = {}
        self.taken: set[str] = set()
        self.broken: dict[Path, str] = {}  # every broken page in the folder, with its reason
        self._unclaimed: set[str] = set()  # broken pages whose article cannot be told
        self.cache = PageCache(root)
        self._lock: IO[bytes] | None = None  # a file object: a store dropped without close() lets go too
        if root.is_dir():
            _remove_stale_temp_files(root)
            self._scan()

    def _scan(self) -> None:
        """Learn which page belongs to which source, and which pages are broken, from the folder as it is."""
        self.by_source, self.taken, self.broken, self._unclaimed = {}, set(), {}, set()
        for page in sorted(self.root.glob("*.md")):
            self.taken.add(page.name)
            if page.is_symlink() or not page.is_file():
                continue  # not ours: never followed, never replaced
            known = self.cache.known(page.name)
            record = self.cache.get(page, partial(self._read_record, known=known), valid=_is_record)
            if not record:
                continue
            if record["broken"]:
                self.broken[page] = record["broken"]
                # The edit may have broken the source path itself ("path:0 seeds/a.txt" reads "0 seeds/a.txt"):
                # a path that names no file (a folder, "seeds") does not tell the page's article either.
                if not record["source"] or not os.path.isfile(record["source"]):
                    self._unclaimed.add(page.name)
            if record["source"] and record["source"] not in self.by_source:
                self.by_source[record["source"]] = Existing(
                    page, record["sha256"], record["version"], record["edited"], record["broken"]
                )

    def _read_record(self, page: Path, known: Any = None) -> tuple[dict[str, Any], dict[str, Any] | None] | None:
        """A page the cache did not know: its record, and its front matter for the site (None if broken).

        `known` is what the cache said of the page before it changed: a page broken since still
        belongs to the source it had.
        """
        loaded = _load_existing(page)
        if loaded is None:
            return None
        source, existing, meta = loaded
        if existing.broken and not source and _is_record(known) and known["source"]:
            source = known["source"]
        return _record(source, existing), meta or None

    def writing(self, on_wait: Callable[[], None] | None = None) -> None:
        """Take the folder's lock for the rest of the run (another run's writing phase ends first),
        then learn the folder again: pages the other run wrote are seen, not written over."""
        try:
            import fcntl
        except ImportError:  # Windows: runs on one folder do not take turns there
            return
        if self._lock is not None:
            return
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.root / LOCK_NAME, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), FILE_MODE)
        lock = os.fdopen(fd, "r+b")
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait:
                on_wait()
            fcntl.flock(fd, fcntl.LOCK_EX)
        self._lock = lock
        self._scan()

    def close(self) -> None:
        """Keep what was learnt about the pages for the next run and for the site (the page cache)."""
        if self.cache.dirty:
            self.writing()
        try:
            self.cache.save()
        finally:
            if self._lock is not None:
                self._lock.close()  # closing the file releases the lock
                self._lock = None

    def lookup(self, source_path: str) -> Existing | None:
        """The page already generated from this source, if any."""
        return self.by_source.get(source_path)

    def is_current(self, source_path: str, sha256: str, version: str) -> bool:
        """True when the page for this source was generated from these bytes by this version."""
        existing = self.lookup(source_path)
        return existing is not None and existing.source_sha256 == sha256 and existing.version == version

    def save(self, briefing: Briefing, markdown: str, force: bool = False) -> tuple[Status, Path]:
        """Write a briefing page atomically; keep a hand-edited one unless forced (then back it up).

        A page that cannot be written raises ArticleError naming the source article, so a full
        disk or a read-only page costs one error line, not the run.
        """
        try:
            self.writing()
            return self._save(briefing, markdown, force)
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise ArticleError(briefing.source.path, f"cannot write the briefing: {reason}") from exc

    def _save(self, briefing: Briefing, markdown: str, force: bool) -> tuple[Status, Path]:
        existing = self.lookup(briefing.source.path) or self._claim(briefing)
        target = existing.path if existing else self.root / self._new_name(briefing)
        _check_inside(self.root, target)
        data = with_checksum(markdown).encode("utf-8")
        if target.is_file():
            # Judged on the page as it is now, not as it was when the run started: an analyst may have
            # saved a correction while the articles were being analysed.
            current = target.read_bytes()
            if _is_edited(current):
                if not force:
                    return (Status.BROKEN if target in self.broken else Status.KEPT), target
                _back_up(target, current)
                self.broken.pop(target, None)
            elif current == data:
                return Status.UNCHANGED, target
        atomic_write(target, data)
        self.taken.add(target.name)
        existing = Existing(target, briefing.source.sha256, briefing.generator.version, edited=False)
        self.by_source[briefing.source.path] = existing
        # What the next run, and the site, would parse back from this page: remember it now.
        front_matter = split_front_matter(data.decode("utf-8"))[0]  # libyaml: ~1 ms, the NLP ~40
        self.cache.put(target, _record(briefing.source.path, existing), front_matter)
        return Status.WRITTEN, target

    def _claim(self, briefing: Briefing) -> Existing | None:
        """A broken page no source claims, at the very name this briefing's page would have: its page.

        (When the hand edit broke even the source path, and no cache remembers it; without this claim a
        second page would be made beside the broken one and would hide it.)
        """
        name = self._new_name(briefing, numbered=False)
        if name not in self._unclaimed:
            return None
        self._unclaimed.discard(name)
        page = self.root / name
        existing = Existing(page, "", "", edited=True, broken=self.broken.get(page))
        # The path the broken page seemed to give is not its article's: no orphan check may act on it.
        self.by_source = {source: known for source, known in self.by_source.items() if known.path != page}
        self.by_source[briefing.source.path] = existing
        return existing

    def _new_name(self, briefing: Briefing, numbered: bool = True) -> str:
        """A unique ASCII file name from the date and title; it cannot leave the folder."""
        stem = slugify(str(briefing.title), max_length=SLUG_MAX, word_boundary=True, save_order=True)
        if not stem:  # a title with no letters or digits at all
            stem = "briefing-" + hashlib.sha256(briefing.source.path.encode("utf-8", "replace")).hexdigest()[:8]
        if stem in _RESERVED_STEMS:
            stem += "-briefing"
        # Only a date the article's metadata gives goes into the address: an inferred one is a guess,
        # and a page keeps its file name for good.
        if briefing.date and briefing.date_source == "metadata" and _is_iso_date(str(briefing.date)):
            stem = f"{briefing.date}-{stem}"
        name, n = f"{stem}.md", 2
        while numbered and name in self.taken:
            name, n = f"{stem}-{n}.md", n + 1
        return name


def _record(source: str, existing: Existing) -> dict[str, Any]:
    """What the store needs of a page, as plain data for the cache."""
    return {
        "source": source,
        "sha256": existing.source_sha256,
        "version": existing.version,
        "edited": existing.edited,
        "broken": existing.broken,
    }


def _is_record(value: Any) -> bool:
    """True for a cache value of `_record`'s shape (a damaged or older cache is read again, not trusted)."""
    return (
        isinstance(value, dict)
        and all(isinstance(value.get(k), str) for k in ("source", "sha256", "version"))
        and isinstance(value.get("edited"), bool)
        and isinstance(value.get("broken"), (str, type(None)))
    )


def _load_existing(page: Path) -> tuple[str, Existing, dict[str, Any]] | None:
    try:
        raw = page.read_bytes()
    except OSError:
        return None
    try:
        text = decode_page(raw)
        meta, briefing = parse_page(text)
    except BrokenPage as exc:
        # A hand edit broke the page: it is still that source's (when the page still says which), and edited.
        head = front_matter_part(raw.decode("utf-8", "replace").replace("\r\n", "\n"))[0]
        matches = (pattern.search(head) for pattern in _SOURCE_PATH_LINES)
        path = next((_yaml_scalar(m.group(1)) for m in matches if m), "")
        return path, Existing(path=page, source_sha256="", version="", edited=True, broken=str(exc)), {}
    existing = Existing(
        path=page,
        source_sha256=briefing.source.sha256,
        version=briefing.generator.version,
        edited=is_hand_edited(text) or text != raw.decode("utf-8"),  # a BOM or CRLF an editor added
    )
    return briefing.source.path, existing, meta


def _yaml_scalar(source: str) -> str:
    try:
        value = split_front_matter(f"---\nv: {source}\n---\n")[0].get("v")
    except FrontMatterError:
        return ""
    return value if isinstance(value, str) else ""


def _is_iso_date(value: str) -> bool:
    if not _ISO_DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _check_inside(root: Path, target: Path) -> None:
    """Refuse any target that is not a plain file name directly inside the folder."""
    name = target.name
    if target.parent != root or name in ("", ".", "..") or "/" in name or "\\" in name or name.startswith("."):
        raise ValueError(f"refusing to write outside {root}: {target}")
    if target.is_symlink():
        raise OSError(f"{target} is a symbolic link; it is left alone")


def _is_edited(data: bytes) -> bool:
    try:
        return is_hand_edited(data.decode("utf-8"))
    except UnicodeDecodeError:  # saved in another encoding by an editor: certainly not ours any more
        return True


def _back_up(target: Path, data: bytes) -> None:
    """Copy a hand-edited page to NAME.md.bak; a different older backup moves to NAME.md.bak.N."""
    backup = target.with_name(target.name + ".bak")
    if backup.is_file() and backup.read_bytes() != data:
        n = 1
        while target.with_name(f"{target.name}.bak.{n}").exists():
            n += 1
        os.replace(backup, target.with_name(f"{target.name}.bak.{n}"))
    atomic_write(backup, data)


def _remove_stale_temp_files(root: Path) -> None:
    """Temporary files left by a run that was killed (never one a running generator may still use)."""
    cutoff = time.time() - _STALE_TEMP_SECONDS
    for tmp in root.glob(".*.tmp"):
        try:
            if tmp.is_file() and not tmp.is_symlink() and tmp.stat().st_mtime < cutoff:
                tmp.unlink()
        except OSError:
            pass
