"""A briefing page read back: its front matter and Briefing, or exactly where and why it is broken.

A page in briefings/ is input like any article: anyone with commit rights can edit it, and an editor can
save it in Latin-1, drop its closing `---` or leave a quote open. The generator (to keep the page and
say what is wrong) and the site (to say which briefing it leaves out) judge a page with this one reader.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from generator.frontmatter import FrontMatterError, LineError, NotAMappingError, has_front_matter, split_front_matter
from generator.model import Briefing

# The page's own hash, in its generator block: a page whose content no longer matches was edited by hand. YAML
# may quote it; a quote opened and not closed is an edit (it breaks the front matter), not the generator's line.
_CHECKSUM_LINE = re.compile(r"^(  checksum: )('?)([0-9a-f]{64}|pending)\2$", re.MULTILINE)
_PENDING = "pending"


class BrokenPage(LineError):
    """A page that is not a readable briefing; `line` (1-based) when one line is to blame."""


def decode_page(raw: bytes) -> str:
    """The page's text: UTF-8 (a leading BOM and CRLF line ends, as some editors save, are accepted)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        byte = raw[exc.start]
        raise BrokenPage(f"not UTF-8 (byte 0x{byte:02X}): the page was saved in another encoding", line) from exc
    return text.removeprefix("\ufeff").replace("\r\n", "\n")


def parse_page(text: str) -> tuple[dict[str, Any], Briefing]:
    """The page's front matter and the Briefing it holds; BrokenPage naming the line and the reason."""
    if not text.startswith("---"):
        raise BrokenPage("no front matter: a briefing page starts with a '---' line", 1)
    if not has_front_matter(text):
        raise BrokenPage("the front matter has no closing '---' line", 1)
    try:
        meta, _ = split_front_matter(text)
    except NotAMappingError as exc:
        raise BrokenPage(str(exc), 2) from exc
    except FrontMatterError as exc:
        raise BrokenPage(exc.reason, exc.line) from exc
    try:
        briefing = Briefing.from_dict(meta)
    except (TypeError, ValueError) as exc:  # the model names the key first: "participants: expected a list"
        raise BrokenPage(str(exc), _key_line(text, str(exc).split(":", 1)[0])) from exc
    return meta, briefing


def read_page(raw: bytes) -> tuple[dict[str, Any], Briefing]:
    """`parse_page` of the page's bytes."""
    return parse_page(decode_page(raw))


def _key_line(text: str, key: str) -> int | None:
    match = re.search(rf"^{re.escape(key)}[ \t]*:", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else None


def with_checksum(markdown: str) -> str:
    """The page with `generator.checksum` set to the hash of its own content."""
    match = _checksum_line(markdown)
    if match is None:
        raise ValueError("rendered page has no generator.checksum line")
    return _with_value(markdown, match, _digest(markdown, match))


def is_hand_edited(markdown: str) -> bool:
    """True when a page's content differs from what its checksum says was generated."""
    match = _checksum_line(markdown)
    return match is None or _digest(markdown, match) != match.group(3)


def _checksum_line(markdown: str) -> re.Match[str] | None:
    # The generator block closes the front matter, so its checksum is the last such line there;
    # an article's text cannot put one after it.
    head, _ = front_matter_part(markdown)
    matches = list(_CHECKSUM_LINE.finditer(head))
    return matches[-1] if matches else None


def front_matter_part(markdown: str) -> tuple[str, str]:
    """(the page up to its front matter's closing line, the rest)."""
    end = markdown.find("\n---\n", 4)
    if end < 0:  # no closing line: the front matter runs until the page's heading, if there is one
        end = markdown.find("\n# ", 4)
        return (markdown, "") if end < 0 else (markdown[: end + 1], markdown[end + 1 :])
    return markdown[: end + 1], markdown[end + 1 :]


def _with_value(markdown: str, match: re.Match[str], value: str) -> str:
    return markdown[: match.start()] + match.group(1) + value + markdown[match.end() :]


def _digest(markdown: str, match: re.Match[str]) -> str:
    return hashlib.sha256(_with_value(markdown, match, _PENDING).encode("utf-8")).hexdigest()
