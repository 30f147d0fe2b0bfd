"""From a file on disk to an Article: decoding, metadata (front matter, sidecar, HTML), chrome removal."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from generator.frontmatter import FrontMatterError, load_mapping, split_front_matter
from generator.model import Article
from generator.read.chrome import strip_chrome
from generator.read.encoding import UndecodableError, decode_bytes
from generator.read.errors import ArticleError
from generator.read.html import extract_html

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_BYTES = 10 * 1024 * 1024  # a news article is a few kB; anything this big is not one
_SIDECAR_SUFFIXES = (".yml", ".yaml")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")


def find_articles(paths: Iterable[Path]) -> list[Path]:
    """Every article file under the given files and folders, sorted so runs are deterministic."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            found.add(path)
    return sorted(found, key=lambda p: p.as_posix())


def read_article(path: Path) -> Article:
    """Read one article file; raise ArticleError naming the file and the reason."""
    name = path.as_posix()
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ArticleError(name, f"file too large ({path.stat().st_size // 1024 // 1024} MB > 10 MB)")
        raw = path.read_bytes()
        sidecar_raw, sidecar = _read_sidecar(path)
        if not raw.strip():
            raise ArticleError(name, "empty file")
        text = decode_bytes(raw)
        if path.suffix.lower() in (".html", ".htm"):
            title, body, meta = _from_html(text)
        else:
            title, body, meta = _from_text(text)
    except ArticleError:
        raise
    except (UndecodableError, FrontMatterError) as exc:
        raise ArticleError(name, str(exc)) from exc
    except OSError as exc:
        raise ArticleError(name, f"cannot read: {exc.strerror or exc}") from exc
    meta = {**meta, **sidecar}
    if not title:
        raise ArticleError(name, "no title: the file has no text line")
    if not body.strip():
        raise ArticleError(name, "no article text after the title")
    return Article(
        path=name,
        title=title,
        text=body,
        sha256=hashlib.sha256(raw + b"\0" + sidecar_raw).hexdigest(),
        published=_as_date(meta.get("published") or meta.get("date"), name),
        url=_as_str(meta.get("url")),
        outlet=_as_str(meta.get("outlet")),
        lang=_as_str(meta.get("lang")),
    )


def _read_sidecar(path: Path) -> tuple[bytes, dict[str, Any]]:
    for suffix in _SIDECAR_SUFFIXES:
        sidecar = path.with_suffix(suffix)
        if sidecar.is_file():
            raw = sidecar.read_bytes()
            try:
                return raw, load_mapping(decode_bytes(raw))
            except (UndecodableError, FrontMatterError) as exc:
                raise ArticleError(sidecar.as_posix(), f"sidecar: {exc}") from exc
    return b"", {}


def _from_text(text: str) -> tuple[str, str, dict[str, Any]]:
    meta, rest = split_front_matter(text)
    lines = strip_chrome(rest.split("\n"))
    title = _as_str(meta.get("title"))
    if not title:
        first = next((i for i, line in enumerate(lines) if line.strip()), None)
        if first is None:
            return "", "", meta
        title = _MARKDOWN_HEADING.sub("", lines[first]).strip()
        lines = lines[first + 1 :]
    return _clean_title(title), _paragraphs(lines), meta


def _from_html(html: str) -> tuple[str, str, dict[str, Any]]:
    content = extract_html(html)
    if content is None:
        return "", "", {}
    lines = strip_chrome(content.text.split("\n"))
    title = content.title
    if not title:
        first = next((i for i, line in enumerate(lines) if line.strip()), 0)
        title, lines = lines[first].strip() if lines else "", lines[first + 1 :]
    meta = {"published": content.published, "outlet": content.outlet, "url": content.url, "lang": content.lang}
    return _clean_title(title), _paragraphs(lines), {k: v for k, v in meta.items() if v}


def _paragraphs(lines: list[str]) -> str:
    """Paragraphs separated by one blank line, each stripped; line breaks inside a paragraph kept."""
    text = "\n".join(line.rstrip() for line in lines).strip()
    return re.sub(r"\n\s*\n+", "\n\n", text)


def _clean_title(title: str) -> str:
    return re.sub(r"\s+", " ", title).strip()


def _as_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _as_date(value: Any, name: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError as exc:
        raise ArticleError(name, f"publication date {value!r} is not YYYY-MM-DD") from exc
