"""The briefings as the site sees them: front matter only, never the extractors."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.frontmatter import FrontMatterError, split_front_matter
from generator.model import Briefing


@dataclass(frozen=True)
class Entry:
    """One briefing page: where it is in the site and what its front matter says."""

    src_uri: str  # path inside the site, e.g. briefings/2024-04-02-poutine.md
    abs_path: Path
    briefing: Briefing


def load_catalog(folder: Path, prefix: str = "briefings") -> list[Entry]:
    """Every readable briefing in `folder`, newest first (then by title); unreadable pages are skipped."""
    entries = []
    for page in sorted(folder.glob("*.md")) if folder.is_dir() else []:
        try:
            meta, _ = split_front_matter(page.read_text(encoding="utf-8"))
            briefing = Briefing.from_dict(meta)
        except (OSError, UnicodeDecodeError, FrontMatterError, TypeError, ValueError):
            continue
        entries.append(Entry(src_uri=f"{prefix}/{page.name}", abs_path=page, briefing=briefing))
    return sorted(entries, key=lambda e: (e.briefing.date or "", e.briefing.title), reverse=True)
