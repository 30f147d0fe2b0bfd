"""Text that is safe to show: one layer for every string that reaches a page, a feed, a calendar or a terminal.

Articles, sidecars and hand-edited briefings are input, and YAML or JSON escapes (`"\\x01"`, `"\\uffff"`)
let them carry characters that no decoder would have let through. Two rules, applied where such text
enters the site (its catalog of front matter), where the reader reads metadata, and again where text
leaves (Markdown lines, Atom, iCalendar, the terminal):

- `clean` keeps only characters that XML 1.0 allows and that are meant to be seen: no C0 or C1 control
  character except tab and line feed, no surrogate, no noncharacter (U+FFFE, U+FFFF, U+FDD0-U+FDEF...).
  A feed or a page built from cleaned text is always well-formed.
- `printable` is for the terminal: every control or format character, line breaks included, is written
  as an escape (`\\n`, `\\x1b`, `\\u202e`), so a file name cannot forge an output line, move the cursor or
  reorder what is shown.

This module imports nothing of ours: the generator and the site both use it.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

# What XML 1.0 forbids or discourages and no reader should see: C0 controls but tab and line feed
# (carriage returns are line ends the readers have already turned into \n), DEL and C1 controls,
# surrogates (only a broken decoder or a JSON escape makes them), and the noncharacters.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(1, 17))
    + "]"
)
# For the terminal: anything that is not a visible character or an ordinary space.
_UNPRINTABLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def clean(text: str) -> str:
    """The text without the characters XML 1.0 forbids and no reader should see (tab and newline kept)."""
    return _UNSAFE.sub("", text)


def clean_tree(value: Any) -> Any:
    """`clean` applied to every string (keys too) of loaded YAML or JSON; other values as they are."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, dict):
        return {clean_tree(k): clean_tree(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_tree(v) for v in value]
    return value


# A YAML or JSON escape other than \n, \t, \", \\ and \/: the only way serialised text can hide what
# `clean` removes. (It also matches harmless escapes such as \u00e9: a false alarm costs a `clean_tree`.)
_ESCAPE = re.compile(r'\\[^nt"\\/ ]')


def may_need_cleaning(serialised: str) -> bool:
    """False when YAML or JSON text can only load to strings `clean` leaves alone (a fast check, in C)."""
    return _UNSAFE.search(serialised) is not None or _ESCAPE.search(serialised) is not None


def printable(text: str) -> str:
    """The text for one terminal line: control, format and separator characters written as escapes."""
    if text.isprintable():  # the common case, in C
        return text
    return "".join(_escape(ch) if _hidden(ch) else ch for ch in text)


def _hidden(ch: str) -> bool:
    return ch != " " and unicodedata.category(ch) in _UNPRINTABLE_CATEGORIES


def _escape(ch: str) -> str:
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch)
    if named:
        return named
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
