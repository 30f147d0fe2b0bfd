"""Characters that show nothing: a line made only of them is blank, a text made only of them is empty.

Zero-width spaces and joiners, the byte-order mark, the soft hyphen, direction marks, word joiners,
variation selectors, Hangul fillers... render as nothing. Copied from web pages, they hide in "blank"
lines; a file of nothing else would become a briefing with an invisible title. The rule, used wherever
the reader asks whether a line or a text has anything in it:

an invisible character is whitespace (`str.isspace`), a format character (Unicode category Cf), or one
of Unicode's other default-ignorable code points (DerivedCoreProperties.txt: the combining grapheme
joiner, variation selectors, Hangul fillers, the Khmer inherent vowels, tags), or the blank Braille
pattern, which shows an empty cell.

They are only ever *judged* here, not removed from the text: inside a word or an emoji sequence (the
"woman technologist" emoji is two emoji and a zero-width joiner) they are part of it. A title loses them
at its two ends only. The one exception is the soft hyphen: a hint where a line may break, never part of a
word, it splits names and dates ("Pré\u00adsident", "to\u00adday") for every rule that reads words.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Default_Ignorable_Code_Point (Unicode 15.1) minus the Cf characters, which the category test covers,
# plus U+2800 BRAILLE PATTERN BLANK.
_IGNORABLE = re.compile(
    "[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2065\u2800\u3164\ufe00-\ufe0f\uffa0\ufff0-\ufff8"
    "\U000e0000-\U000e0fff]"
)


@functools.lru_cache(maxsize=4096)
def is_invisible(ch: str) -> bool:
    """Whether one character shows nothing: whitespace, a format character or a default-ignorable one."""
    return ch.isspace() or unicodedata.category(ch) == "Cf" or _IGNORABLE.match(ch) is not None


def is_blank(text: str) -> bool:
    """Whether `text` (a line, or a whole text) has no visible character."""
    return all(is_invisible(ch) for ch in text)


def strip_invisible(text: str) -> str:
    """`text` without the invisible characters at its two ends (those inside are kept).

    At the end, the ones that belong to the character before them stay: a variation selector (the
    emoji form of "❤" is U+2764 U+FE0F) or the tags of a flag (England's is a black flag and tags).
    """
    start, end = 0, len(text)
    while start < end and is_invisible(text[start]):
        start += 1
    while end > start and is_invisible(text[end - 1]) and not _attached(text[end - 1]):
        end -= 1
    return text[start:end]


def _attached(ch: str) -> bool:
    return unicodedata.category(ch) == "Mn" or 0xE0000 <= ord(ch) <= 0xE0FFF


def without_soft_hyphens(text: str) -> str:
    """`text` without its soft hyphens (U+00AD), which only say where a word may break across lines."""
    return text.replace("\u00ad", "")
