"""From a file on disk to an Article: decoding, metadata (front matter, sidecar, HTML), chrome removal."""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from generator.frontmatter import FrontMatterError, NotAMappingError, load_mapping, split_front_matter
from generator.model import Article
from generator.read.chrome import strip_chrome
from generator.read.dates import publication_date
from generator.read.encoding import UndecodableError, decode_bytes
from generator.read.errors import ArticleError
from generator.read.html import extract_html
from generator.read.invisible import is_blank, strip_invisible

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_BYTES = 10 * 1024 * 1024  # a news article is a few kB; anything this big is not one
MAX_SIDECAR_BYTES = 64 * 1024  # a few metadata keys
MAX_TITLE = 300  # characters; a longer "title" is a paragraph that lost its line breaks
_SIDECAR_SUFFIXES = (".yml", ".yaml")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_RULE = re.compile(r"^[\s\-*=_~#]*$")  # rules ("---", "***", "===") are not a title, nor blank lines


def find_articles(paths: Iterable[Path]) -> list[Path]:
    """Every article file under the given files and folders, sorted so runs are deterministic.

    A file named twice (directly and through its folder, or once absolute and once relative)
    is returned once, as a path relative to the working directory when it lies under it.
    """
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(_normalise(p) for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
        else:
            found.add(_normalise(path))
    return sorted(found, key=lambda p: p.as_posix())


def read_article(path: Path) -> Article:
    """Read one article file; raise ArticleError naming the file and the reason."""
    name = display_name(path)
    try:
        raw = _read_capped(path, MAX_BYTES)
        sidecar_raw, sidecar = _read_sidecar(path)
        if not raw.strip():
            raise ArticleError(name, "empty file")
        text = decode_bytes(raw)
        if is_blank(text):
            raise ArticleError(name, "empty file (only spaces or invisible characters)")
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
    except RecursionError as exc:  # a pathologically nested HTML page
        raise ArticleError(name, "cannot read: the page is nested too deeply") from exc
    except Exception as exc:  # a parser bug must cost this file only, never the run
        raise ArticleError(name, f"cannot read: {type(exc).__name__}: {exc}") from exc
    meta = {**meta, **sidecar}
    if not title:
        raise ArticleError(name, "no title: the file has no text line")
    if is_blank(body):
        raise ArticleError(name, "no article text after the title")
    return Article(
        path=name,
        title=title,
        text=body,
        sha256=hashlib.sha256(raw + b"\0" + sidecar_raw).hexdigest(),
        published=publication_date(meta.get("published") or meta.get("date"), name),
        url=_as_str(meta.get("url")),
        outlet=_as_str(meta.get("outlet")),
        lang=_as_str(meta.get("lang")),
    )


def display_name(path: Path) -> str:
    """How a file is named in an Article and in error lines: relative to the working directory when
    it lies under it, POSIX slashes, and printable even when the name is not valid UTF-8."""
    name = _normalise(path).as_posix()
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _normalise(path: Path) -> Path:
    absolute = Path(os.path.normpath(path.absolute()))
    try:
        return absolute.relative_to(Path.cwd())
    except ValueError:
        return absolute if path.is_absolute() else Path(os.path.normpath(path))


def _read_capped(path: Path, limit: int) -> bytes:
    """The file's bytes, refused before reading when it is larger than `limit` (or not a file)."""
    # O_NONBLOCK: opening a named pipe must not wait for a writer; it is refused just below.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError(display_name(path), "not a regular file")
        if info.st_size > limit:
            raise ArticleError(display_name(path), f"file too large ({_size(info.st_size)} > {_size(limit)})")
        raw = fh.read(limit + 1)  # the size can change between stat and read
    if len(raw) > limit:
        raise ArticleError(display_name(path), f"file too large (more than {_size(limit)})")
    return raw


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} kB"


def _read_sidecar(path: Path) -> tuple[bytes, dict[str, Any]]:
    for suffix in _SIDECAR_SUFFIXES:
        sidecar = path.with_suffix(suffix)
        if sidecar.is_file():
            raw = _read_capped(sidecar, MAX_SIDECAR_BYTES)
            try:
                return raw, load_mapping(decode_bytes(raw))
            except (UndecodableError, FrontMatterError) as exc:
                raise ArticleError(display_name(sidecar), f"sidecar: {exc}") from exc
    return b"", {}


def _lines(text: str) -> list[str]:
    """The text's lines, a line without any visible character made empty: it is blank wherever it is."""
    return ["" if is_blank(line) else line for line in text.split("\n")]


def _from_text(text: str) -> tuple[str, str, dict[str, Any]]:
    try:
        meta, rest = split_front_matter(text)
    except NotAMappingError:  # "---" rules around ordinary text: the text is the article
        meta, rest = {}, text
    lines = strip_chrome(_lines(rest))
    title = _as_str(meta.get("title"))
    if not title:
        first = next((i for i, line in enumerate(lines) if not _RULE.match(strip_invisible(line))), None)
        if first is None:
            return "", "", meta
        title = _MARKDOWN_HEADING.sub("", strip_invisible(lines[first])).strip()
        lines = lines[first + 1 :]
        if len(title) > MAX_TITLE:  # no headline: the text starts with its lead paragraph
            title, rest_of_lead = _lead_title(title)
            lines = [rest_of_lead, *lines]
    return _clean_title(title), _paragraphs(lines), meta


_SENTENCE_END = re.compile(r"(?<=[.!?»\"])\s+(?=[«\"A-ZÀ-Ý])")


def _lead_title(lead: str) -> tuple[str, str]:
    """A title for an article without a headline: the lead's first sentence; nothing of the lead is lost."""
    match = _SENTENCE_END.search(lead, 0, MAX_TITLE + 1)
    if match:
        return lead[: match.start()], lead[match.end() :]
    return lead, lead  # one very long sentence: a shortened title, and the whole lead stays in the text


def _from_html(html: str) -> tuple[str, str, dict[str, Any]]:
    content = extract_html(html)
    if content is None:
        return "", "", {}
    lines = strip_chrome(_lines(content.text))
    title = _as_str(content.title)
    if not title:
        first = next((i for i, line in enumerate(lines) if line), 0)
        title, lines = lines[first] if lines else "", lines[first + 1 :]
    meta = {"published": content.published, "outlet": content.outlet, "url": content.url, "lang": content.lang}
    return _clean_title(title), _paragraphs(lines), {k: v for k, v in meta.items() if v}


def _paragraphs(lines: list[str]) -> str:
    """Paragraphs separated by one blank line, each stripped; line breaks inside a paragraph kept."""
    text = "\n".join(line.rstrip() for line in lines).strip()
    return re.sub(r"\n\s*\n+", "\n\n", text)


def _clean_title(title: str) -> str:
    title = strip_invisible(re.sub(r"\s+", " ", title))
    if len(title) > MAX_TITLE:
        cut = title.rfind(" ", 0, MAX_TITLE)
        title = title[: cut if cut > MAX_TITLE // 2 else MAX_TITLE].rstrip() + "…"
    return title


def _as_str(value: Any) -> str | None:
    """A metadata value as text; None when it is missing or shows nothing (`title: "\\u200b"`)."""
    if value is None:
        return None
    text = strip_invisible(str(value))
    return text or None
