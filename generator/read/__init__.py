"""Reading: an article file (text, Markdown with front matter, saved HTML) to an Article."""

from __future__ import annotations

from generator.read.article import SUFFIXES, find_articles, read_article
from generator.read.errors import ArticleError

__all__ = ["SUFFIXES", "ArticleError", "find_articles", "read_article"]
