"""Analysing many articles: batched spaCy parsing, spread over processes.

The per-article step is a pure function (Article -> Briefing + Markdown), so articles can go to
any process in any order; results come back in input order so runs stay deterministic.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import groupby
from typing import TYPE_CHECKING

from generator.lifeline import die_with_parent
from generator.model import Article, Briefing

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

CHUNK = 16  # articles per task: large enough to batch the parser, small enough to balance the cores


@dataclass
class Result:
    """One article's outcome: a briefing and its page, or the reason it failed."""

    article: Article
    briefing: Briefing | None = None
    markdown: str | None = None
    error: str | None = None


def default_jobs() -> int:
    """All the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def analyse_many(articles: list[Article], jobs: int) -> Iterator[Result]:
    """Results for `articles`, in their order; `jobs` processes (1: in this process)."""
    chunks = [articles[i : i + CHUNK] for i in range(0, len(articles), CHUNK)]
    if jobs <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            yield from analyse_chunk(chunk)
        return
    # The workers end with this process even when it is killed (kill -9): nothing here could stop them then.
    workers = min(jobs, len(chunks))
    with ProcessPoolExecutor(max_workers=workers, initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
        for results in pool.map(analyse_chunk, chunks):
            yield from results


def analyse_chunk(articles: list[Article]) -> list[Result]:
    """Parse a chunk with nlp.pipe per language, then run the extractors on each doc."""
    from generator.nlp import describe, load_nlp
    from generator.pipeline import analyse_doc, article_language, body_of
    from generator.render import render_markdown

    results: dict[int, Result] = {}
    langs: dict[int, str] = {}
    for index, article in enumerate(articles):
        try:
            langs[index] = article_language(article)
        except Exception as exc:  # like any extractor's, a failure costs this article only
            results[index] = Result(article, error=_failure(exc))
    keyed = sorted(langs, key=lambda i: langs[i])
    for lang, group in groupby(keyed, key=lambda i: langs[i]):
        items = [(i, articles[i]) for i in group]
        nlp = load_nlp(lang)
        docs = _parse(nlp, [body_of(article) for _, article in items])
        for (index, article), doc in zip(items, docs, strict=True):
            try:
                if isinstance(doc, Exception):
                    raise doc
                analysis = analyse_doc(article, doc, describe(nlp), lang=lang)
                markdown = render_markdown(analysis.briefing, article.text)
            except Exception as exc:  # an extractor bug costs this article only; the run goes on
                results[index] = Result(article, error=_failure(exc))
            else:
                results[index] = Result(article, analysis.briefing, markdown)
    return [results[i] for i in range(len(articles))]


def _failure(exc: Exception) -> str:
    return f"extraction failed: {type(exc).__name__}: {exc}"


def _parse(nlp: Language, texts: list[str]) -> list[Doc | Exception]:
    """Docs for `texts`, batched; when the batch fails, text by text so one bad text fails alone."""
    try:
        return list(nlp.pipe(texts))
    except Exception:  # noqa: BLE001 - retried one by one just below, where each error is kept
        pass
    docs: list[Doc | Exception] = []
    for text in texts:
        try:
            docs.append(nlp(text))
        except Exception as exc:
            docs.append(exc)
    return docs
