"""YAML front matter: split it from the text and load it safely.

The `title` key holds HTML text, in article front matter and in briefing pages alike: MkDocs
Material prints a page's front matter title into <title> and the page header without escaping,
so the renderer writes it escaped (`&lt;`, `&gt;`, `&amp;`) and `split_front_matter` gives it
back unescaped. Every reader of front matter (the site's catalog included) gets the real title.

Front matter is input (an article's, a sidecar's, a hand-edited briefing's), so the loader is strict:
the safe loader only (no tag runs code), no aliases (nine levels of nine aliases expand 372 bytes into
gigabytes), and at most `MAX_BYTES` of YAML: without aliases, what is loaded grows linearly with its
source. The strings are given as written (a source path must round-trip exactly); what reaches a reader
is cleaned where it leaves for the site or the terminal (see safetext.py).
"""

from __future__ import annotations

import html
import re
from typing import Any

import yaml

_INVALID = "invalid YAML front matter"
MAX_BYTES = 1024 * 1024  # a briefing's front matter is tens of kB; an article's or sidecar's, a few hundred bytes
# "---" on the first line, YAML, then "---" (or "...") alone on a line.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


class LineError(ValueError):
    """Text that cannot be read, with the reason and `line` (1-based) when one line is to blame."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason, line)
        self.reason = reason
        self.line = line

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}" if self.line else self.reason


class FrontMatterError(LineError):
    """Front matter that is not a YAML mapping."""

    def shifted(self, lines: int) -> FrontMatterError:
        """The same error with its line counted from `lines` lines earlier (the YAML inside a file)."""
        return type(self)(self.reason, self.line + lines if self.line else None)


class NotAMappingError(FrontMatterError):
    """Valid YAML, but a scalar or a list: "---" lines around ordinary text, for instance."""


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Return (metadata, rest); ({}, text) when the text has no front matter block."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = load_mapping(match.group(1) or "")
    except FrontMatterError as exc:  # the "---" is the file's line 1
        raise exc.shifted(1) from exc
    if isinstance(meta.get("title"), str):
        meta["title"] = html.unescape(meta["title"])
    return meta, text[match.end() :]


def has_front_matter(text: str) -> bool:
    """True when the text starts with a whole front matter block (opening and closing lines)."""
    return _FRONT_MATTER.match(text) is not None


def strip_front_matter(text: str) -> str:
    """The text after its front matter block (all of it when there is none)."""
    match = _FRONT_MATTER.match(text)
    return text[match.end() :] if match else text


def escaped_title(meta: dict[str, Any]) -> dict[str, Any]:
    """Front matter as split_front_matter read it, with the title escaped again as it is in the file."""
    if isinstance(meta.get("title"), str):
        return {**meta, "title": html.escape(meta["title"], quote=False)}
    return dict(meta)


# libyaml's safe loader has the same (safe) constructors as yaml.safe_load's and is ~8x faster: it
# matters when the store and the site read the front matter of thousands of briefings.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_mapping(source: str) -> dict[str, Any]:
    """Load YAML that must be a mapping (or empty): safe loader, no aliases, bounded size."""
    if len(source) > MAX_BYTES and len(source.encode("utf-8")) > MAX_BYTES:
        raise FrontMatterError(f"{_INVALID}: larger than {MAX_BYTES // 1024 // 1024} MB")
    try:
        _refuse_aliases(source)
        data = yaml.load(source, Loader=_SAFE_LOADER)  # noqa: S506 - the safe loader, in C when available
    except AliasError as exc:
        raise FrontMatterError(f"{_INVALID}: {exc}", exc.line) from exc
    except yaml.MarkedYAMLError as exc:
        raise _located(source, exc) from exc
    except (yaml.YAMLError, ValueError, OverflowError, RecursionError) as exc:  # ValueError: 2024-13-45
        raise FrontMatterError(f"{_INVALID}: {_first_line(exc)}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise NotAMappingError("front matter is not a mapping of keys to values")
    return data


# A value that opens a quote and does not close it on its line: "lang: 'fr", "- \"Paris".
_OPEN_QUOTE = re.compile(r"""^[ \t]*(?:-[ \t]+)?(?:[^\s:'"#][^:]*:[ \t]+)?(['"])(?:(?!\1).)*$""")


def _located(source: str, exc: yaml.MarkedYAMLError) -> FrontMatterError:
    """The error at the line a person must mend.

    A context such as "while scanning a quoted scalar" or "while parsing a flow sequence" starts where
    the mistake is. Otherwise the problem is where the parser noticed one, and after a quote left open
    that is many lines later, at the next quote of the text: then the quote that opened last is named.
    """
    problem = "; ".join(" ".join(str(part).split()) for part in (exc.context, exc.problem) if part)
    problem = problem or _first_line(exc)
    opening = str(exc.context or "").startswith(("while scanning", "while parsing a flow"))
    mark = exc.context_mark if opening else exc.problem_mark or exc.context_mark
    if mark is None:
        return FrontMatterError(f"{_INVALID}: {problem}")
    line = mark.line + 1
    if not opening and isinstance(exc, yaml.parser.ParserError):
        opened = [i for i, text in enumerate(source.split("\n")[: line - 1], 1) if _OPEN_QUOTE.match(text)]
        if opened:
            where = f"the quote opened on this line is not closed (further down: {problem})"
            return FrontMatterError(f"{_INVALID}: {where}", opened[-1])
    return FrontMatterError(f"{_INVALID}: {problem}", line)


class AliasError(ValueError):
    """YAML that uses an alias (`*name`), at `line` (1-based)."""

    def __init__(self, line: int, anchor: str) -> None:
        super().__init__(f"an alias (*{anchor}) is not accepted; write the value out")
        self.line = line


def _refuse_aliases(source: str) -> None:
    """Raise AliasError at the first alias: an alias is how a few bytes of YAML expand to gigabytes."""
    if "*" not in source:  # no alias can be written without one: the usual case costs one scan in C
        return
    for event in yaml.parse(source, Loader=_SAFE_LOADER):
        if isinstance(event, yaml.AliasEvent):
            raise AliasError(event.start_mark.line + 1 if event.start_mark else 0, str(event.anchor))


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
