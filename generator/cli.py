"""The `briefings` command: generate pages, inspect extraction, export the schema."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from generator import __version__
from generator.read.dates import publication_date_argument
from generator.safetext import printable


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `briefings` command; returns the exit code."""
    args = _parser().parse_args(argv)
    return args.run(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefings", description="Turn news articles into an analyst's briefing site."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    gen = commands.add_parser("generate", help="write a briefing page for each article")
    gen.add_argument("paths", nargs="*", type=Path, default=[Path("seeds")], help="files or folders (default: seeds/)")
    gen.add_argument("--out", type=Path, default=Path("briefings"), help="output folder (default: briefings/)")
    gen.add_argument("--force", action="store_true", help="regenerate everything; back up hand-edited pages first")
    gen.add_argument("--jobs", type=_positive, default=None, help="processes to analyse on (default: all cores)")
    gen.add_argument("--quiet", action="store_true", help="no progress bar")
    gen.add_argument(
        "--prune", action="store_true", help="remove the briefings whose article is gone from the folders read"
    )
    gen.set_defaults(run=_generate)

    ext = commands.add_parser("extract", help="print the extraction of articles as JSON Lines")
    ext.add_argument("paths", nargs="+", type=Path)
    ext.add_argument("--published", type=publication_date_argument, help="publication date YYYY-MM-DD (wins)")
    ext.add_argument("--lang", choices=["fr", "en"], help="language (wins over metadata)")
    ext.add_argument("--json", action="store_true", help="JSON Lines output (the only format for now)")
    ext.set_defaults(run=_extract)

    schema = commands.add_parser("schema", help="print the JSON Schema of the briefing front matter")
    schema.set_defaults(run=_schema)
    return parser


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _generate(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from generator.generate import articles_to_read, generate
    from generator.read import ArticleError
    from generator.workers import default_jobs

    missing = [p for p in args.paths if not p.exists() and not p.is_symlink()]
    for path in missing:
        _say(f"error: {path}: no such file or folder", sys.stderr)
    paths = [p for p in args.paths if p not in missing]
    err = Console(stderr=True)
    with Progress(
        TextColumn("generating"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        disable=args.quiet or not err.is_terminal,
        transient=True,
    ) as progress:
        unlisted: list[ArticleError] = []
        files = articles_to_read(paths, args.out, unlisted)  # listed once: the bar's total and the run's input
        task = progress.add_task("", total=len(files))
        summary = generate(
            files,
            args.out,
            force=args.force,
            jobs=args.jobs or default_jobs(),
            on_progress=lambda _: progress.advance(task),
            on_error=lambda line: progress.console.print(
                printable(f"error: {line}"), markup=False, highlight=False, soft_wrap=True
            ),
            scanned=paths,
            unlisted=unlisted,
            prune=args.prune,
            on_wait=lambda: progress.console.print(
                printable(f"waiting: another briefings generate is writing to {args.out}"),
                markup=False,
                highlight=False,
                soft_wrap=True,
            ),
        )
    for path in summary.undated:
        _say(f"warning: {path}: no publication date (add published: to {_metadata_place(path)})", sys.stderr)
    for path in summary.kept_paths:
        _say(f"kept: {path}: briefing was edited by hand (use --force to overwrite; a .bak is written)")
    for page, reason in summary.broken:
        _say(f"broken: {page}: {reason} (the page is kept; mend it, or --force regenerates it after a .bak)")
    for page, source in summary.orphans:
        hint = "edited by hand: --prune --force removes it" if args.prune else "--prune removes it"
        _say(f"orphaned: {page}: its article {source} is gone ({hint})")
    for page, source in summary.removed:
        _say(f"removed: {page}: its article {source} is gone")
    _say(summary.line())
    return 1 if summary.failed or summary.broken or missing else 0


def _metadata_place(path: str) -> str:
    """Where an article's metadata goes: a Markdown file's front matter, otherwise its sidecar NAME.yml."""
    article = Path(path)
    if article.suffix.lower() in (".md", ".markdown"):
        return f"its front matter, or {article.with_suffix('.yml').as_posix()}"
    return article.with_suffix(".yml").as_posix()


def _say(line: str, stream: TextIO | None = None) -> None:
    """One line for the terminal: file names and article text cannot forge another line or move the cursor."""
    print(printable(line), file=stream or sys.stdout)


def _extract(args: argparse.Namespace) -> int:
    from generator.nlp import load_nlp
    from generator.pipeline import analyse, article_language
    from generator.read import ArticleError, find_articles, read_article

    failed = 0
    for path in find_articles(args.paths):
        try:
            article = read_article(path)
            lang = article_language(article, args.lang)
            analysis = analyse(article, load_nlp(lang), args.published, lang)
        except ArticleError as exc:
            _say(f"error: {exc}", sys.stderr)
            failed += 1
            continue
        except Exception as exc:  # an extractor bug costs this article only, as in `generate`
            _say(f"error: {path.as_posix()}: extraction failed: {type(exc).__name__}: {exc}", sys.stderr)
            failed += 1
            continue
        record = analysis.briefing.to_dict()
        record["body"] = analysis.body
        record["temporal"] = [
            {k: t.to_dict()[k] for k in ("start", "end", "text", "type", "value")} for t in analysis.temporal
        ]
        print(json.dumps(record, ensure_ascii=False))
    return 1 if failed else 0


def _schema(_: argparse.Namespace) -> int:
    from generator.schema import briefing_schema

    print(json.dumps(briefing_schema(), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
