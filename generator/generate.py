"""`briefings generate`: every article under the given paths to a page in briefings/.

A bad file costs one error line and nothing else; unchanged articles cost a hash, not a model load.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from generator import __version__
from generator.read import ArticleError, find_articles, read_article
from generator.store import BriefingStore, Status


@dataclass
class Summary:
    """What a run did, counted per outcome; `errors` holds one line per failed file."""

    read: int = 0
    written: int = 0
    unchanged: int = 0
    kept: int = 0
    failed: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    kept_paths: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.read} read, {self.written} written, {self.unchanged} unchanged, "
            f"{self.kept} kept (hand-edited), {self.failed} failed in {self.seconds:.1f} s"
        )


def generate(
    paths: Iterable[Path],
    out: Path,
    force: bool = False,
    on_progress: Callable[[Path], None] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> Summary:
    """Generate the briefing of every article under `paths` into `out`."""
    started = time.monotonic()
    summary = Summary()
    store = BriefingStore(out)
    files = find_articles(paths)
    for path in files:
        try:
            status = _one(path, store, force)
        except ArticleError as exc:
            summary.failed += 1
            summary.errors.append(str(exc))
            if on_error:
                on_error(str(exc))
        else:
            summary.read += 1
            if status is Status.WRITTEN:
                summary.written += 1
            elif status is Status.KEPT:
                summary.kept += 1
                summary.kept_paths.append(path.as_posix())
            else:
                summary.unchanged += 1
        if on_progress:
            on_progress(path)
    summary.seconds = time.monotonic() - started
    return summary


def count_articles(paths: Iterable[Path]) -> int:
    """How many article files a run over `paths` will look at (for a progress bar)."""
    return len(find_articles(paths))


def _one(path: Path, store: BriefingStore, force: bool) -> Status:
    article = read_article(path)
    if not force and store.is_current(article.path, article.sha256, __version__):
        existing = store.lookup(article.path)
        return Status.KEPT if existing and existing.edited else Status.UNCHANGED
    # Imported here so that runs with nothing to do never import spaCy.
    from generator.nlp import load_nlp
    from generator.pipeline import analyse, article_language
    from generator.render import render_markdown

    try:
        analysis = analyse(article, load_nlp(article_language(article)))
    except Exception as exc:  # an extractor bug must not stop the run: report it against this file
        raise ArticleError(article.path, f"extraction failed: {type(exc).__name__}: {exc}") from exc
    status, _ = store.save(analysis.briefing, render_markdown(analysis.briefing, article.text), force=force)
    return status
