"""The briefings as the site sees them: front matter only, never the extractors."""

from __future__ import annotations

import datetime as dt
import html
import os
import posixpath
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.frontmatter import _FRONT_MATTER, FrontMatterError, split_front_matter
from generator.model import Briefing

TODAY_ENV = "BRIEFINGS_TODAY"


@dataclass(frozen=True)
class Entry:
    """One briefing page: where it is in the site and what its front matter says."""

    src_uri: str  # path inside the site, e.g. briefings/2024-04-02-poutine.md
    abs_path: Path
    briefing: Briefing


def load_catalog(folder: Path, prefix: str = "briefings") -> list[Entry]:
    """Every readable briefing in `folder`, newest first (then by title); unreadable pages are skipped.

    This is the only place the site reads briefing files: each front matter is parsed once per build and
    every generated page (home, agenda, entities, feeds) is computed from the returned list.
    """
    entries = []
    for page in sorted(folder.glob("*.md")) if folder.is_dir() else []:
        try:
            briefing = Briefing.from_dict(read_front_matter(page.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, FrontMatterError, TypeError, ValueError):
            continue
        entries.append(Entry(src_uri=f"{prefix}/{page.name}", abs_path=page, briefing=briefing))
    return sorted(entries, key=lambda e: (e.briefing.date or "", e.briefing.title), reverse=True)


# libyaml's loader parses a briefing's front matter ~8x faster than the pure-Python one, which was most
# of the plugin's time on large sites. Same safe constructors, so the same values.
_FAST_LOADER = getattr(yaml, "CSafeLoader", None)


def read_front_matter(text: str) -> dict:
    """What `split_front_matter(text)[0]` returns, parsed with libyaml when it is available.

    Anything unusual (no libyaml, no block, not a mapping, a YAML error) goes through split_front_matter
    itself, so the result and the errors raised are exactly its own.
    """
    match = _FRONT_MATTER.match(text) if _FAST_LOADER is not None else None
    if match:
        try:
            meta = yaml.load(match.group(1) or "", Loader=_FAST_LOADER)  # noqa: S506 - a safe loader
        except Exception:  # noqa: BLE001 - let the reference parser decide and raise its own error
            meta = None
        if isinstance(meta, dict):
            if isinstance(meta.get("title"), str):
                meta["title"] = html.unescape(meta["title"])
            return meta
    return split_front_matter(text)[0]


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
