"""What the headline tests share: a pasted page's title and text as the reader gives them."""

from __future__ import annotations

from pathlib import Path

from generator.read import read_article


def title_and_text(tmp_path: Path, lines: list[str], url: str | None = None, separator: str = "\n") -> tuple[str, str]:
    """The title and text read from a page of `lines` joined by `separator`, with `url` in its sidecar when given."""
    page = tmp_path / "page.txt"
    page.write_text(separator.join(lines) + "\n", encoding="utf-8")
    if url:
        (tmp_path / "page.yml").write_text(f"url: {url}\n", encoding="utf-8")
    article = read_article(page)
    return article.title, article.text
