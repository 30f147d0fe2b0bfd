"""The briefings/ folder: file names (slugs), atomic writes, and hand edits that must survive.

Every generated page carries in its front matter (`generator.checksum`) the SHA-256 of the
page as written. A page whose content no longer matches was edited by hand: it is left
alone and reported, unless the run is forced, and then a backup is written first.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from slugify import slugify

from generator.frontmatter import FrontMatterError, split_front_matter
from generator.model import Briefing

SLUG_MAX = 80
_CHECKSUM_LINE = re.compile(r"^(  checksum: )'?([0-9a-f]{64}|pending)'?$", re.MULTILINE)
_PENDING = "pending"


class Status(str, Enum):
    WRITTEN = "written"
    UNCHANGED = "unchanged"
    KEPT = "kept"  # hand-edited page left as it is


@dataclass(frozen=True)
class Existing:
    """A briefing already on disk, as far as the store needs to know it."""

    path: Path
    source_sha256: str
    version: str
    edited: bool


class BriefingStore:
    """The briefings/ folder: which page belongs to which source, and safe writes into it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.by_source: dict[str, Existing] = {}
        self.taken: set[str] = set()
        if root.is_dir():
            for page in sorted(root.glob("*.md")):
                self.taken.add(page.name)
                existing = _load_existing(page)
                if existing is not None and existing[0]:
                    self.by_source[existing[0]] = existing[1]

    def lookup(self, source_path: str) -> Existing | None:
        """The page already generated from this source, if any."""
        return self.by_source.get(source_path)

    def is_current(self, source_path: str, sha256: str, version: str) -> bool:
        """True when the page for this source was generated from these bytes by this version."""
        existing = self.lookup(source_path)
        return existing is not None and existing.source_sha256 == sha256 and existing.version == version

    def save(self, briefing: Briefing, markdown: str, force: bool = False) -> tuple[Status, Path]:
        """Write a briefing page atomically; keep a hand-edited one unless forced (then back it up)."""
        existing = self.lookup(briefing.source.path)
        target = existing.path if existing else self.root / self._new_name(briefing)
        text = with_checksum(markdown)
        if existing and existing.edited:
            if not force:
                return Status.KEPT, target
            _atomic_write(target.with_name(target.name + ".bak"), target.read_bytes())
        elif target.is_file() and target.read_text(encoding="utf-8") == text:
            return Status.UNCHANGED, target
        _atomic_write(target, text.encode("utf-8"))
        self.taken.add(target.name)
        self.by_source[briefing.source.path] = Existing(
            target, briefing.source.sha256, briefing.generator.version, edited=False
        )
        return Status.WRITTEN, target

    def _new_name(self, briefing: Briefing) -> str:
        """A unique ASCII file name from the date and title; it cannot leave the folder."""
        stem = slugify(briefing.title, max_length=SLUG_MAX, word_boundary=True, save_order=True)
        if not stem:  # a title with no letters or digits at all
            stem = "briefing-" + hashlib.sha256(briefing.source.path.encode()).hexdigest()[:8]
        if briefing.date:
            stem = f"{briefing.date}-{stem}"
        name, n = f"{stem}.md", 2
        while name in self.taken:
            name, n = f"{stem}-{n}.md", n + 1
        return name


def with_checksum(markdown: str) -> str:
    """The page with `generator.checksum` set to the hash of its own content."""
    match = _checksum_line(markdown)
    if match is None:
        raise ValueError("rendered page has no generator.checksum line")
    return _with_value(markdown, match, _digest(markdown, match))


def is_hand_edited(markdown: str) -> bool:
    """True when a page's content differs from what its checksum says was generated."""
    match = _checksum_line(markdown)
    return match is None or _digest(markdown, match) != match.group(2)


def _checksum_line(markdown: str) -> re.Match[str] | None:
    # The generator block closes the front matter, so its checksum is the last such line there;
    # an article's text cannot put one after it.
    head, _ = _front_matter_part(markdown)
    matches = list(_CHECKSUM_LINE.finditer(head))
    return matches[-1] if matches else None


def _front_matter_part(markdown: str) -> tuple[str, str]:
    end = markdown.find("\n---\n", 4)
    return (markdown, "") if end < 0 else (markdown[: end + 1], markdown[end + 1 :])


def _with_value(markdown: str, match: re.Match[str], value: str) -> str:
    return markdown[: match.start()] + match.group(1) + value + markdown[match.end() :]


def _digest(markdown: str, match: re.Match[str]) -> str:
    return hashlib.sha256(_with_value(markdown, match, _PENDING).encode("utf-8")).hexdigest()


def _load_existing(page: Path) -> tuple[str, Existing] | None:
    try:
        text = page.read_text(encoding="utf-8")
        meta, _ = split_front_matter(text)
    except (OSError, UnicodeDecodeError, FrontMatterError):
        return None
    source = meta.get("source") if isinstance(meta.get("source"), dict) else {}
    generator = meta.get("generator") if isinstance(meta.get("generator"), dict) else {}
    return str(source.get("path") or ""), Existing(
        path=page,
        source_sha256=str(source.get("sha256") or ""),
        version=str(generator.get("version") or ""),
        edited=is_hand_edited(text),
    )


def _atomic_write(target: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, flush it to disk, then rename over the target."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
