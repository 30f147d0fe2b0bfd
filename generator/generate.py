"""`briefings generate`: every article under the given paths to a page in briefings/.

A bad file costs one error line and nothing else; unchanged articles cost a hash, not a model load.
Articles are read in this process (cheap) and only those that changed go to the analysis workers.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from generator.fingerprint import generator_version
from generator.model import Article
from generator.read import ArticleError, find_articles, read_article
from generator.store import BriefingStore, Status
from generator.workers import analyse_many


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
    broken: list[tuple[str, str]] = field(default_factory=list)  # (page, what is wrong with it), left as it is
    orphans: list[tuple[str, str]] = field(default_factory=list)  # (page, its missing article), left in place
    removed: list[tuple[str, str]] = field(default_factory=list)  # the same, removed by --prune
    undated: list[str] = field(default_factory=list)  # articles analysed with no publication date to count from

    def line(self) -> str:
        counts = ((self.broken, "broken"), (self.orphans, "orphaned"), (self.removed, "removed"))
        extra = "".join(f", {len(items)} {label}" for items, label in counts if items)
        return (
            f"{self.read} read, {self.written} written, {self.unchanged} unchanged, "
            f"{self.kept} kept (hand-edited), {self.failed} failed{extra} in {self.seconds:.1f} s"
        )


def generate(
    paths: Iterable[Path],
    out: Path,
    force: bool = False,
    jobs: int = 1,
    on_progress: Callable[[Path], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    scanned: Iterable[Path] = (),
    prune: bool = False,
    on_wait: Callable[[], None] | None = None,
    unlisted: Iterable[ArticleError] = (),
) -> Summary:
    """Generate the briefing of every article under `paths` into `out`, analysing on `jobs` processes.

    A page whose article was in one of the `scanned` folders and is gone is an orphan: reported, and
    with `prune` removed (a hand-edited one only with `force` too). A broken page (a hand edit it does
    not survive) is kept and reported in `broken`, and its article is not analysed unless `force`.
    `on_wait` is called when another run is writing to `out` and this one waits for its turn.
    `unlisted` are the folders `find_articles` could not list: each is a failure, and the pages of the
    articles in it are no orphans (they may well be there).
    """
    started = time.monotonic()
    summary = Summary()
    store = BriefingStore(out)

    def fail(line: str) -> None:
        summary.failed += 1
        summary.errors.append(line)
        if on_error:
            on_error(line)

    unlisted = list(unlisted)
    for refused in unlisted:
        fail(str(refused))
    todo: list[Article] = []
    for path in articles_to_read(paths, out):
        try:
            article = read_article(path)
        except ArticleError as exc:
            fail(str(exc))
        else:
            summary.read += 1
            existing = store.lookup(article.path)
            broken = existing is not None and existing.broken is not None
            if force or not (broken or store.is_current(article.path, article.sha256, generator_version())):
                todo.append(article)
                continue
            status = Status.BROKEN if broken else Status.KEPT if existing and existing.edited else Status.UNCHANGED
            _count(summary, status, article)
        if on_progress:
            on_progress(path)

    for result in analyse_many(todo, jobs):
        if result.error or result.briefing is None or result.markdown is None:
            fail(str(ArticleError(result.article.path, result.error or "no result")))
        else:
            try:
                store.writing(on_wait)
                status, _ = store.save(result.briefing, result.markdown, force=force)
            except ArticleError as exc:  # the page could not be written (disk full, permissions)
                fail(str(exc))
            else:
                _count(summary, status, result.article)
                if result.briefing.date_source == "unknown":
                    summary.undated.append(result.article.path)
        if on_progress:
            on_progress(Path(result.article.path))
    if prune:
        store.writing(on_wait)
    for page, source, edited in orphans(store, scanned, [Path(refused.path) for refused in unlisted]):
        if prune and (force or not edited):
            page.unlink(missing_ok=True)
            summary.removed.append((str(page), source))
        else:
            summary.orphans.append((str(page), source))
    store.close()
    summary.broken = [(str(page), reason) for page, reason in sorted(store.broken.items())]
    summary.seconds = time.monotonic() - started
    return summary


def orphans(
    store: BriefingStore, scanned: Iterable[Path], unlisted: Iterable[Path] = ()
) -> list[tuple[Path, str, bool]]:
    """(page, source, hand-edited) for each page whose article lay in a scanned folder and is no longer there.

    An article in a folder that could not be listed, or whose presence the system will not tell (a folder
    without permission), is not known to be gone: its page is no orphan, and --prune never removes it.
    """
    folders = [Path(os.path.realpath(f)) for f in scanned if f.is_dir()]
    hidden = [Path(os.path.realpath(f)) for f in unlisted]
    found = []
    for source, existing in sorted(store.by_source.items()):
        path = Path(os.path.realpath(source))  # Path.resolve raises on a link loop
        scanned_here = any(path.is_relative_to(f) for f in folders) and not any(path.is_relative_to(f) for f in hidden)
        if scanned_here and _gone(path) and existing.path.is_file():
            found.append((existing.path, source, existing.edited))
    return found


def _gone(path: Path) -> bool:
    """The file is known not to exist (an error that hides the answer, such as a permission, is no answer)."""
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return True
    except OSError:
        return False
    return False


def articles_to_read(paths: Iterable[Path], out: Path, unlisted: list[ArticleError] | None = None) -> list[Path]:
    """The article files under `paths`, leaving out our own output (`briefings generate .` is safe); the
    folders that could not be listed go to `unlisted` (see `find_articles`)."""
    output = Path(os.path.realpath(out))
    return [p for p in find_articles(paths, unlisted) if output not in Path(os.path.realpath(p)).parents]


def _count(summary: Summary, status: Status, article: Article) -> None:
    if status is Status.WRITTEN:
        summary.written += 1
    elif status is Status.KEPT:
        summary.kept += 1
        summary.kept_paths.append(article.path)
    elif status is Status.BROKEN:  # kept too, and named with what is wrong in `broken`
        summary.kept += 1
    else:
        summary.unchanged += 1
