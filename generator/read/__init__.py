"""Reading: an article file (text, Markdown with front matter, saved HTML) to an Article.

The reader itself (decoders, YAML, HTML) is imported on first use: `generator.read.dates`, which the
command line's argument parser needs, costs nothing more than itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from generator.read.errors import ArticleError

if TYPE_CHECKING:
    from generator.read.article import SUFFIXES, find_articles, read_article

__all__ = ["SUFFIXES", "ArticleError", "find_articles", "read_article"]


def __getattr__(name: str) -> Any:
    if name in ("SUFFIXES", "find_articles", "read_article"):
        from generator.read import article

        return getattr(article, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
