"""From a file on disk to an Article: decoding, metadata (front matter, sidecar, HTML), chrome removal.

What is read is confined to the folders named: a symbolic link is followed only when its target stays
inside the folder it was found in (for a file named directly, its own folder), and links to folders are
not walked into. Anything else in a folder that looks like an article (a link leading out, a dangling or
looping link, a named pipe, a device) is an error naming it, never skipped in silence.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import re
import stat
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from generator.frontmatter import FrontMatterError, NotAMappingError, load_mapping, split_front_matter
from generator.lang.folding import fold
from generator.model import Article
from generator.read.chrome import (
    byline_names,
    dateline_agency,
    dateline_place,
    head_stamp,
    headline_above_lead,
    is_date_line,
    is_emblem,
    is_lead,
    is_list_item,
    is_stamp,
    is_stamp_line,
    outlet_keys,
    own_outlet,
    past_labels,
    stamp_of,
    strip_chrome,
    without_outlet_suffix,
)
from generator.read.dates import publication_date
from generator.read.encoding import UndecodableError, decode_bytes
from generator.read.errors import ArticleError
from generator.read.html import drawn_by_script, extract_html, without_placeholders
from generator.read.invisible import is_blank, strip_invisible, without_soft_hyphens
from generator.read.pagedate import date_in_file_name, date_in_url
from generator.read.slug import address_keys, content_word, shared_words, slug_share, title_from_address
from generator.safetext import clean

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_BYTES = 10 * 1024 * 1024  # a news article is a few kB; anything this big is not one
MAX_SIDECAR_BYTES = 64 * 1024  # a few metadata keys
MAX_TITLE = 300  # characters; a longer "title" is a paragraph that lost its line breaks
_SIDECAR_SUFFIXES = (".yml", ".yaml")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_RULE = re.compile(r"^[\s\-*=_~#]*$")  # rules ("---", "***", "===") are not a title, nor blank lines


class FoundPath(type(Path())):  # type: ignore[misc]  # PosixPath or WindowsPath: Path itself cannot be subclassed
    """A path `find_articles` returned, with the folder it was found in (`found_in`; None: named directly).

    `read_article` follows a symbolic link only when its target stays inside that folder. Passed to
    `find_articles` again (as `briefings generate` does with the list it shows progress for), it keeps it.
    """

    found_in: Path | None = None

    @classmethod
    def make(cls, path: Path, found_in: Path | None) -> FoundPath:
        found = cls(path)
        found.found_in = found_in
        return found

    def resolve(self, strict: bool = False) -> Path:
        """As Python 3.13 does: a symbolic link loop raises OSError in strict mode only (not RuntimeError).

        Before 3.13 resolving a looping link raises RuntimeError even when not strict, and a folder may
        hold one: it is then an article that gets its error line, not a crash of whoever resolves it.
        """
        if strict:
            return Path(os.path.realpath(self, strict=True))
        return Path(os.path.realpath(self))


def find_articles(paths: Iterable[Path], unlisted: list[ArticleError] | None = None) -> list[Path]:
    """Every article file under the given files and folders, sorted so runs are deterministic.

    A folder the system refuses to list (permissions, a read error) is added to `unlisted` as an error
    naming it, never skipped in silence: its articles are not read, and their briefings are no orphans.

    Folders are walked without following links to folders, nor into hidden ones (".git", ".venv"); hidden
    files in them are skipped too (an editor's ".#note.md"), but one named directly is read. Every entry
    with an article suffix that is not a folder is returned, whatever it is (a symbolic link, a named
    pipe, a device): reading it says why it cannot be read. So is a link to a folder outside the folder
    walked, whatever its name.

    A file named twice (directly and through its folder, or once absolute and once relative)
    is returned once, as a path relative to the working directory when it lies under it.
    """
    found: dict[Path, Path | None] = {}
    for path in paths:
        found_in = getattr(path, "found_in", None)
        if found_in is None and path.is_dir():  # a folder named here (a link to one too): walked
            for entry in _walk(path, unlisted):
                _add(found, entry, path)
        else:  # a file, or what an earlier call found in a folder (never walked: it may link to one)
            _add(found, path, found_in)
    ordered = sorted(found.items(), key=lambda item: item[0].as_posix())
    return [FoundPath.make(path, folder) for path, folder in ordered]


def _walk(folder: Path, unlisted: list[ArticleError] | None) -> Iterator[Path]:
    def refused(exc: OSError) -> None:
        if unlisted is not None:
            where = display_name(Path(exc.filename)) if exc.filename else display_name(folder)
            unlisted.append(ArticleError(where, f"cannot list the folder ({exc.strerror}): its articles were not read"))

    for here, folders, files in os.walk(folder, onerror=refused, followlinks=False):
        # hidden entries are no articles: .git, .venv, caches, an editor's lock file (".#note.md")
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in files:  # files, and links to anything but a folder (dangling and looping ones too)
            if os.path.splitext(name)[1].lower() in SUFFIXES and not name.startswith("."):
                yield Path(here, name)
        for name in folders:  # links to folders are listed here, and os.walk does not enter them
            link = Path(here, name)
            if link.is_symlink() and not _inside(link, folder):  # inside: its files are walked anyway
                yield link


def _add(found: dict[Path, Path | None], path: Path, folder: Path | None) -> None:
    """Record `path`, found in `folder`; found twice, it keeps the wider folder (named directly: none)."""
    key = _normalise(path)
    if folder is None:
        found.setdefault(key, None)
        return
    folder = Path(os.path.abspath(folder))
    known = found.get(key)
    if known is not None and len(known.parts) < len(folder.parts):  # both hold the file: one holds the other
        folder = known
    found[key] = folder


def read_article(path: Path, root: Path | None = None) -> Article:
    """Read one article file; raise ArticleError naming the file and the reason.

    A symbolic link is followed only when its target stays inside `root`; by default the folder
    `find_articles` found the file in, or for a file named directly, its own folder.
    """
    name = display_name(path)
    if root is None:
        root = getattr(path, "found_in", None) or Path(os.path.abspath(path)).parent
    try:
        raw = _read_capped(path, MAX_BYTES, root)
        sidecar_raw, sidecar = _read_sidecar(path, root)
        if not raw.strip():
            raise ArticleError(name, "empty file")
        text = decode_bytes(raw)
        if is_blank(text):
            raise ArticleError(name, "empty file (only spaces or invisible characters)")
        if path.suffix.lower() in (".html", ".htm"):
            title, body, meta = _from_html(text, sidecar)
        else:
            title, body, meta = _from_text(text, sidecar)
        title, body = _typed_apostrophes(without_soft_hyphens(title)), _typed_apostrophes(without_soft_hyphens(body))
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
    in_page = bool(meta.get("published")) and not (sidecar.get("published") or sidecar.get("date"))
    meta = {**meta, **sidecar}
    unwritten = not re.search(r"\w", without_placeholders(body))  # nothing, or a template's placeholders only
    if unwritten and path.suffix.lower() in (".html", ".htm") and drawn_by_script(text):
        raise ArticleError(
            name, "no article text: the page is drawn by JavaScript (save it once it has loaded, or copy its text)"
        )
    published = publication_date(meta.get("published") or meta.get("date"), name)
    url = _as_str(meta.get("url"))
    published_from = None
    if published is None:
        published, published_from = _stated_date(url, path.name)
    if not title:
        raise ArticleError(name, "no title: the file has no text line")
    if is_blank(body):
        raise ArticleError(name, "no article text after the title")
    return Article(
        path=name,
        title=title,
        text=body,
        sha256=hashlib.sha256(raw + b"\0" + sidecar_raw).hexdigest(),
        published=published,
        published_from=published_from,
        published_in_page=in_page and published is not None and published_from is None,
        modified=_later_day(meta.get("modified"), published, name) if in_page else None,
        author=_as_str(meta.get("author")),
        agency=_as_str(meta.get("agency")),
        dateline=_as_str(meta.get("dateline")),
        url=url,
        outlet=_as_str(meta.get("outlet")),
        lang=_as_str(meta.get("lang")),
        title_from_address=meta.get("title_from") == "address",
    )


# A spacing acute or grave accent between two letters is an apostrophe typed on a keyboard without one ("d´Alain",
# "l`Etat"): read as the apostrophe, so that elision and names are cut as they are with "’" ("Ngo´o" -> "Ngo’o").
_ACCENT_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[\u00b4`](?=[^\W\d_])")


def _typed_apostrophes(text: str) -> str:
    """`text` with the accents typed for apostrophes between letters written as apostrophes."""
    return _ACCENT_APOSTROPHE.sub("\u2019", text)


def _stated_date(url: str | None, file_name: str) -> tuple[dt.date | None, str | None]:
    """The publication date the page's address or its file name gives, and which of them gave it."""
    from_url = date_in_url(url)
    if from_url is not None:
        return from_url, f"the page's address ({url})"
    from_name = date_in_file_name(file_name)
    if from_name is not None:
        return from_name, f"the file name ({file_name})"
    return None, None


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


def _read_capped(path: Path, limit: int, root: Path) -> bytes:
    """The file's bytes, refused before reading when it is larger than `limit` (or not a file to read)."""
    target = _readable(path, root)
    # Should something else take the file's place after the checks: O_NONBLOCK, opening a named pipe does
    # not wait for a writer (it is refused just below); O_NOFOLLOW, a link is not followed.
    fd = os.open(target, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError(display_name(path), f"not a regular file ({_kind(info.st_mode)})")
        if info.st_size > limit:
            raise ArticleError(display_name(path), f"file too large ({_size(info.st_size)} > {_size(limit)})")
        raw = fh.read(limit + 1)  # the size can change between stat and read
    if len(raw) > limit:
        raise ArticleError(display_name(path), f"file too large (more than {_size(limit)})")
    return raw


def _readable(path: Path, root: Path) -> Path:
    """What to open for `path`: itself, or the target of a symbolic link that stays inside `root`.

    Decided before anything is opened: a link leading out of the folder (`seeds/x.txt -> /etc/passwd`),
    a dangling or looping link, a named pipe, a device or a folder is an ArticleError saying which.
    """
    info = os.lstat(path)
    target = path
    if stat.S_ISLNK(info.st_mode):
        try:
            info = os.stat(path)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise ArticleError(display_name(path), "symbolic link loop (not followed)") from exc
            if exc.errno in (errno.ENOENT, errno.ENOTDIR):
                raise ArticleError(display_name(path), "dangling symbolic link (its target does not exist)") from exc
            raise
        if not _inside(path, root):
            outside = f"{_kind(info.st_mode)} outside {_folder_name(root)}"
            raise ArticleError(display_name(path), f"symbolic link to {outside} (not followed)")
        target = Path(os.path.realpath(path))
    if not stat.S_ISREG(info.st_mode):
        raise ArticleError(display_name(path), f"not a regular file ({_kind(info.st_mode)})")
    return target


def _inside(link: Path, folder: Path) -> bool:
    """Whether the link's resolved target lies inside `folder` (resolved too: seeds/ may be a link itself)."""
    return Path(os.path.realpath(link)).is_relative_to(os.path.realpath(folder))


def _kind(mode: int) -> str:
    kinds = (
        (stat.S_ISREG, "a file"),
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((kind for test, kind in kinds if test(mode)), "a special file")


def _folder_name(folder: Path) -> str:
    name = display_name(folder)
    return "the current folder" if name == "." else f"{name.rstrip('/')}/"


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} kB"


def _read_sidecar(path: Path, root: Path) -> tuple[bytes, dict[str, Any]]:
    for suffix in _SIDECAR_SUFFIXES:
        sidecar = path.with_suffix(suffix)
        if os.path.lexists(sidecar):  # a link or a pipe in its place is an error too, never skipped
            raw = _read_capped(sidecar, MAX_SIDECAR_BYTES, root)
            try:
                return raw, load_mapping(decode_bytes(raw))
            except (UndecodableError, FrontMatterError) as exc:
                raise ArticleError(display_name(sidecar), f"sidecar: {exc}") from exc
    return b"", {}


def _lines(text: str) -> list[str]:
    """The text's lines, a line without any visible character made empty: it is blank wherever it is; a date in
    figures glued to the next block's first word is a line of its own."""
    return ["" if is_blank(line) else line for line in _GLUED_DATE.sub("\\1\n", text).split("\n")]


# a day in figures that a page's blocks lost their break after ("09/05/2023Communiqués – info réglementée"): a stamp
# glued to the label under it, which no word boundary ends
_GLUED_DATE = re.compile(
    r"(?<![\d/.-])(\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)(?=[A-ZÀ-Þ][a-zà-ÿ])"
)


def _outlet(*sources: Mapping[str, Any]) -> tuple[str, ...]:
    """The page's own outlet's compact forms, from the first source that gives its address, and its name."""
    url = next((u for source in sources if (u := _as_str(source.get("url")))), None)
    name = next((n for source in sources if (n := _as_str(source.get("outlet")))), None)
    return outlet_keys(url, name)


def _from_text(text: str, sidecar: Mapping[str, Any]) -> tuple[str, str, dict[str, Any]]:
    try:
        meta, rest = split_front_matter(text)
    except NotAMappingError:  # "---" rules around ordinary text: the text is the article
        meta, rest = {}, text
    page = _lines(rest)
    outlet = _outlet(sidecar, meta)
    lines = strip_chrome(page, outlet, _as_str(meta.get("author")))
    if not meta.get("author") and (names := byline_names(page)):
        meta = {**meta, "author": names}
    if not meta.get("agency") and (agency := dateline_agency(page)):
        meta = {**meta, "agency": agency}
    if not meta.get("dateline") and (place := dateline_place(page)):
        meta = {**meta, "dateline": place}
    title = _as_str(meta.get("title"))
    if not title:
        first = next((i for i, line in enumerate(lines) if _title_line(line)), None)
        if first is None:
            return "", "", meta
        first, body = _headline(lines, first, outlet)
        url = _as_str(sidecar.get("url")) or _as_str(meta.get("url"))
        named = _address_line(lines, first, url)
        if named is not None:
            first, body = named, _around(lines, body, first, named)
        title = _MARKDOWN_HEADING.sub("", strip_invisible(lines[first])).strip()
        lines = body
        if headline := _address_over_no_headline(title, lines, url) or _address_over_label(title, lines, url):
            return _clean_title(headline), _paragraphs(_lead_kept(title, lines)), {**meta, "title_from": "address"}
        if len(title) > MAX_TITLE:  # no headline: the text starts with its lead paragraph
            title, rest_of_lead = _lead_title(title)
            lines = [rest_of_lead, *lines]
    return _clean_title(without_outlet_suffix(title, outlet)), _paragraphs(lines), meta


_SENTENCE_END = re.compile(r"(?<=[.!?»\"])\s+(?=[«\"A-ZÀ-Ý])")


def _headline(lines: list[str], start: int, outlet: Sequence[str] = ()) -> tuple[int, list[str]]:
    """The index of the headline, from `start`, the first line that could be a title, past the labels and the head a
    page sets above it; and the text's lines without it. Before `start` only the page's stamps stay (they date the
    page) and a list's items that are sentences of the story; the labels stay in the text (a section's label may name
    the story's place: "Indre-et-Loire"); of the page's head between them and the headline (a menu, a login box: see
    `headline_above_lead`), only the stamps stay."""
    labelled = past_labels(lines, start)
    first = headline_above_lead(lines, labelled, outlet)
    head = [line for line in lines[labelled:first] if head_stamp(line)]
    above = [
        stamp_of(line) if is_stamp_line(line) else line
        for line in lines[:start]
        if is_stamp(line) or is_stamp_line(line) or is_list_item(line) and is_lead(line)
    ]
    return first, above + lines[start:labelled] + head + lines[first + 1 :]


def _address_line(lines: list[str], first: int, url: str | None) -> int | None:
    """The index of the line that says the headline the page's address spells, when it says it better than the title
    the page's shape or its head gives: a page's head often sets a menu's entry, a button or a stamp above its
    headline ("Skip to main content", "Seal"), which the address never names. Only the lines of the page's top that
    have a headline's shape are looked at; below a paragraph of the story (from `first`, the line the shape gave), only
    one that says most of the address's words (a headline under a teaser), as an intertitle that says some does not
    ("LES TRAVAUX DÉBUTERONT PAR LE VILLAGE"); of two that say as many of the address's words, the shorter (a
    headline above the lead that says it again)."""
    keys = address_keys(url)
    if not keys:
        return None
    best, best_score = None, _said(lines[first] if first < len(lines) else "", keys)
    below_lead = False
    for i, line in enumerate(lines[:_HEAD_SEARCH]):
        text = line.strip()
        if not _headline_shaped(text):
            below_lead = below_lead or i >= first and is_lead(text)
            continue
        score = _said(text, keys)
        if below_lead and score[0] < _AGREEING * len(keys):
            continue  # an intertitle of the story says some of the address's words, a headline under a teaser most
        if score[0] and score > best_score:
            best, best_score = i, score
    return best


def _headline_shaped(text: str) -> bool:
    """A line that may be a headline: two words at least and no more than any headline has, no paragraph, no stamp
    or list item, and no link (a line holding an address holds the address's words, as no headline does)."""
    words = len(text.split())
    return 2 <= words <= _HEADLINE_MAX_WORDS and not is_lead(text) and _title_line(text) and not _LINK.search(text)


def _said(line: str, keys: frozenset[str]) -> tuple[int, int]:
    """How well a line says the address's headline: the more of its words, then the fewer words of its own (a
    headline is shorter than the lead that says it again)."""
    return slug_share(line, keys), -len(line.split())


def _around(lines: list[str], body: list[str], first: int, headline: int) -> list[str]:
    """The text's lines once the address named the headline, rather than the line at `first` the page's shape gave
    (`body` is the text without that one). Below it, the text as it was (the headline said again in the page's text
    stays, as it did), with the line at `first` back when it is the story's text (a lead the shape took for the
    headline). Above it, only the page's own words between them (its stamps, a paragraph: the standfirst the shape
    took for the headline stays text), not its head's chrome (a byline, a reading time)."""
    if headline > first:
        return _lead_kept(lines[first], body) if _lead_shaped(lines[first]) else body
    own = [
        line
        for i, line in enumerate(lines[:first])
        if i != headline and (not line.strip() or head_stamp(line) or is_lead(line))
    ]
    return own + lines[first:]


def _dated(line: str) -> bool:
    """A line that dates the page or says a day, no headline: a stamp, with its hour or its signer or not, or a date."""
    return is_stamp(line) or is_stamp_line(line) or is_date_line(line)


def _title_line(line: str) -> bool:
    """A line that may be the title: not a rule, nor a page's date stamp above the headline, nor a list's item (a
    menu's entry, a widget's row above it), nor a picture's text naming the site's emblem ("Bandeau", "Armoiries de
    la Suisse")."""
    text = strip_invisible(line)
    return not _RULE.match(text) and not _dated(text) and not is_list_item(text) and not is_emblem(text)


# a headline ends on no sentence's close ("... la semaine prochaine.", "Quels sont les temps forts ?"), and holds no
# two sentences glued where a page's blocks lost their break ("... depuis le déclenchement de la crise.Evènement")
_CLOSED = re.compile(r"[.!?…][\"»”’')\]]*\s*$")
# ... nor on a colon: the line introduces what follows it ("Au programme du festival :", a lead that opens a list)
_INTRODUCES = re.compile(r":\s*$")
_GLUED_SENTENCES = re.compile(r"[^\W\d_]{2}[.!?][A-ZÀ-Þ][^\W\d_]")
_STANDFIRST_WORDS = 15  # as many words as a lead paragraph: a standfirst or a lead, or a long headline
_HEADLINE_MAX_WORDS = 25  # a headline, however long, has no more words than this (as a related story's title)
_HEAD_SEARCH = 40  # the headline stands within this many lines of the page's top
_LINK = re.compile(r"https?://|www\.|/[\w.]+-[\w.-]+")  # an address, or a path in one
_AGREEING = 0.6  # a line holding this share of the address's content words says the address's headline
_LABEL_WORDS = 4  # a label's words at most ("Print Friendly, PDF & Email"): a headline says more


def _no_headline(line: str) -> bool:
    """A first line shaped like no headline: a lead's shape, a sentence's close (a caption, an intertitle's question, a
    short lead), a colon that introduces what follows, or a standfirst's length."""
    text = line.strip()
    closed = _CLOSED.search(text) is not None or _INTRODUCES.search(text) is not None
    return _lead_shaped(text) or closed or len(text.split()) >= _STANDFIRST_WORDS


def _address_over_no_headline(title: str, lines: list[str], url: str | None) -> str | None:
    """The headline the address spells, in place of a first line shaped like no headline (`_no_headline`), when it
    wins over that line (`_address_wins`)."""
    if not _no_headline(title):
        return None
    headline = title_from_address(url, "\n".join([title, *lines]))
    return headline if headline and _address_wins(title, headline) else None


def _address_over_label(title: str, lines: list[str], url: str | None) -> str | None:
    """The headline the address spells, in place of a first line that is a label, not the story's headline: a line
    that shares no word with the address, when it is as short as a label ("Print Friendly, PDF & Email", "Bourges,
    France", "Magazine Wildlife Justice") or a sentence of the text said again above it (a standfirst: "Les billets
    seront disponibles dès le 14 novembre à 10h"). A headline, reworded as it may be, keeps a word of its address."""
    keys = address_keys(url)
    if not keys or shared_words(title, keys):
        return None
    if len(re.findall(r"[^\W_]+", title)) > _LABEL_WORDS and not _said_again(title, lines):
        return None
    return title_from_address(url, "\n".join([title, *lines]))


def _said_again(line: str, lines: list[str]) -> bool:
    """Whether the text says `line` again as a line of its own (with a sentence's close or not)."""
    said = fold(line).strip(" .!?")
    return bool(said) and any(fold(other).strip(" .!?") == said for other in lines)


def _address_wins(line: str, headline: str) -> bool:
    """Whether the address's headline replaces a first line shaped like no headline: always a lead's shape or a line
    that introduces what follows (a colon closes no headline, whatever words it shares with the address: "Plusieurs
    modifications ... sont intervenues dans le programme de nos SM1 :"); a sentence's close or a standfirst's length
    only where the two disagree (a long headline says the address's words)."""
    introduces = _INTRODUCES.search(line.strip()) is not None
    return _lead_shaped(line) or introduces or not _agrees(line, headline)


def _lead_kept(line: str, lines: list[str]) -> list[str]:
    """The text's lines with the first line the address's headline replaced: the lead stays whole in the text, under
    the page's stamps kept from its head (the title, the page's own words, is no text of its own)."""
    stamps = next((k for k, said in enumerate(lines) if not head_stamp(said)), len(lines))
    return [*lines[:stamps], "", line, *lines[stamps:]]


def _lead_shaped(line: str) -> bool:
    """A line with a lead's shape, whatever words it shares with the headline (a lead says its story again): a
    paragraph, two sentences glued, or more words than any headline has."""
    text = line.strip()
    return is_lead(text) or _GLUED_SENTENCES.search(text) is not None or len(text.split()) > _HEADLINE_MAX_WORDS


def _agrees(line: str, headline: str) -> bool:
    """Whether `line` says the headline the address spells: it holds most of the headline's content words (a lead
    that opens on the headline's words is the headline said again)."""
    own = {fold(w) for w in re.findall(r"[^\W_]+", line)}
    words = [fold(w) for w in re.findall(r"[^\W_]+", headline) if content_word(w)]
    return bool(words) and sum(w in own for w in words) >= _AGREEING * len(words)


def _lead_title(lead: str) -> tuple[str, str]:
    """A title for an article without a headline: the lead's first sentence; nothing of the lead is lost."""
    match = _SENTENCE_END.search(lead, 0, MAX_TITLE + 1)
    if match:
        return lead[: match.start()], lead[match.end() :]
    return lead, lead  # one very long sentence: a shortened title, and the whole lead stays in the text


def _later_day(value: Any, published: dt.date | None, name: str) -> dt.date | None:
    """The page's modification day, when it is a day after its publication day."""
    try:
        day = publication_date(value, name) if value else None
    except ArticleError:  # a stamp out of bounds: no modification day, the publication's still stands
        return None
    return day if day is not None and published is not None and day > published else None


def _from_html(html: str, sidecar: Mapping[str, Any]) -> tuple[str, str, dict[str, Any]]:
    content = extract_html(html)
    if content is None:
        return "", "", {}
    page = _lines(content.text)
    outlet = _outlet(sidecar, {"url": content.url, "outlet": content.outlet})
    lines = strip_chrome(page, outlet, content.author)
    title = _as_str(content.title)
    if title and own_outlet(title, outlet):  # the page's title is its masthead: the headline is the first line
        title = None
    title = title and without_outlet_suffix(title, outlet)
    from_lines = not title
    if not title:
        start = next((i for i, line in enumerate(lines) if line and not _dated(line) and not is_emblem(line)), 0)
        first, body = _headline(lines, start, outlet)
        title = lines[first] if lines else ""
        lines = body
    headline = _address_over_label(title, lines, _as_str(sidecar.get("url")) or content.url) if title else None
    if headline is not None:  # the label stays in the text when it was a line of the page's, as a lead does
        title, lines = headline, _lead_kept(title, lines) if from_lines else lines
    author = content.author or byline_names(page)
    meta = {
        "published": content.published,
        "outlet": content.outlet,
        "url": content.url,
        "lang": content.lang,
        "author": author,
        "agency": dateline_agency(page),
        "dateline": dateline_place(page),
        "modified": content.modified,
        "title_from": "address" if headline is not None else None,
    }
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
    text = strip_invisible(clean(str(value)))  # a YAML escape ("\x01") carries what no decoder lets through
    return text or None
