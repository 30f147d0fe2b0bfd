"""Bytes to text: BOMs, UTF-8, then detection for legacy encodings; binaries and broken text are refused.

The rules, in order (docs/guarantees.md explains them to users):

1. Known binary signatures (PNG, PDF, zip, ...) are refused with what they are.
2. A byte-order mark decides: UTF-8, UTF-16 or UTF-32, decoded strictly.
3. Valid UTF-8 is UTF-8.
4. Bytes that are mostly UTF-8 (at least as many valid multi-byte sequences, for characters text
   commonly holds, as invalid bytes) are *corrupted UTF-8*, an error: read as cp1252 they would turn
   into mojibake ("prÃ©sident"). Fewer such sequences among legacy bytes, when they read as
   mojibake in cp1252, mean mixed encodings: an error too.
5. Otherwise charset-normalizer ranks a list of common encodings. Western European code pages win
   ties (the articles are French and English; on short texts several code pages fit equally well).
   UTF-16/32 without a byte-order mark is only accepted when the bytes have the NULs it implies.
6. The decoded text is checked: control characters or unassigned code points in more than a
   few places mean binary data, and the tell-tale pairs of UTF-8 read as cp1252 ("Ã©", "â€")
   mean mixed encodings, or, in a file that decodes, text that was already mojibake when saved.
   All are errors, never text in a briefing.

The text returned is NFC, with Unix line ends and without the stray control characters that
render as nothing (tab and newline are kept).
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio

# Signatures of files people drop by mistake; named so the error says what they are.
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a zip archive (or an Office document)",
    b"PK\x05\x06": "an empty zip archive",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"BZh": "a bzip2 archive",
    b"\xfd7zXZ\x00": "an xz archive",
    b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive",
    b"Rar!\x1a\x07": "a RAR archive",
    b"\x7fELF": "an executable (ELF)",
    b"MZ": "an executable (Windows)",
    b"SQLite format 3\x00": "an SQLite database",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "an old Office document",
    b"{\\rtf": "an RTF document",
    b"ID3": "an MP3 file",
    b"OggS": "an Ogg media file",
    b"RIFF": "a RIFF media file (WAV, AVI or WebP)",
    b"\x00\x00\x00\x18ftyp": "an MP4 video",
    b"\x00\x00\x00\x20ftyp": "an MP4 video",
    b"\x00asm": "a WebAssembly module",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The encodings charset-normalizer may choose from: common code pages for European languages and the
# usual CJK ones. Exotic DOS and Mac code pages fit short texts "perfectly" and turn "é" into "щ".
_WESTERN = ("cp1252", "iso8859_15", "latin_1", "mac_roman")  # in order of preference on a tie
_CANDIDATES = [
    *_WESTERN,
    "cp1250",
    "iso8859_2",
    "cp1251",
    "koi8_r",
    "iso8859_5",
    "cp1253",
    "iso8859_7",
    "cp1254",
    "iso8859_9",
    "cp1257",
    "utf_16",
    "utf_16_le",
    "utf_16_be",
    "utf_32",
    "utf_32_le",
    "utf_32_be",
    "cp932",
    "shift_jis",
    "euc_jp",
    "gb18030",
    "big5",
    "euc_kr",
    "cp949",
]
_WESTERN_CHARS = set("àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæßÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸŒÆ«»‘’‚“”„–—…€£¥©®°±·§¶×÷¿¡\xa0™•†‡‰")
_NON_ASCII = re.compile("[^\x00-\x7f]")
_MAX_CHAOS = 0.2
_MAX_CHAOS_WESTERN = 1.0  # accent-dense French ("ÉTÉ", "À «") measures messy, yet reads right
_TIE = 0.02
# Well-formed UTF-8 multi-byte sequences (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
# UTF-8 read as cp1252/latin-1: "Ã©" (é), "Ã¨" (è), "Ã " (à), "Â«" («), "â€™" (’), "â€œ" (“)...
_MOJIBAKE = re.compile(
    "[ÂÃ][\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2013-\u203a\u20ac\u2122]|â€|Ã(?: |$)", re.MULTILINE
)
# The same pairs in a file that decodes: it was already mojibake when saved ("prÃ©sident" in UTF-8).
_DOUBLE_ENCODED = re.compile("Ã[\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2013-\u203a\u20ac\u2122]|â€")
# Line and paragraph separators that are line breaks in effect.
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# Control characters that carry no text: dropped when there are only a few (a stray ^Z, a BEL...).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_NOT_PLAIN_ASCII = re.compile("[^\x20-\x7e\t\n]")
_MAX_JUNK_FRACTION = 0.01  # controls, unassigned or private-use code points: more than this is binary
_NUL_FRACTION_UTF16 = 0.2


_MIXED = "mixed encodings: UTF-8 sequences inside text in another encoding (would read as mojibake)"


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we can trust."""


def decode_bytes(raw: bytes) -> str:
    """Decode an article's bytes to NFC text with Unix line ends, or raise UndecodableError."""
    for magic, what in _MAGIC.items():
        if raw.startswith(magic):
            raise UndecodableError(f"binary file ({what}), not text")
    text, legacy = _decode(raw)
    if "\x00" in text:
        raise UndecodableError("binary file (contains NUL bytes), not text")
    junk = sum(1 for ch in _NOT_PLAIN_ASCII.findall(text) if _is_junk(ch))
    if junk > max(2, len(text) * _MAX_JUNK_FRACTION):
        raise UndecodableError(f"binary file ({junk} control or unassigned characters), not text")
    if legacy and _MOJIBAKE.search(text):
        raise UndecodableError(_MIXED)
    if not legacy and _DOUBLE_ENCODED.search(text):
        raise UndecodableError(
            "the text is already mojibake (UTF-8 read as cp1252 and saved again: 'Ã©' for 'é'); fix the file"
        )
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def _decode(raw: bytes) -> tuple[str, bool]:
    """The text and whether it came from a legacy (non-Unicode) code page."""
    failed = None
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), False
            except UnicodeDecodeError:  # FF FE 00 00 is also UTF-16's BOM followed by a NUL: try the next
                failed = failed or encoding
    if failed:
        raise UndecodableError(f"invalid {failed} after its byte-order mark")
    try:
        return raw.decode("utf-8"), False
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    valid = _UTF8_MULTIBYTE.findall(raw)
    invalid = len(_HIGH_BYTE.findall(raw)) - sum(len(seq) for seq in valid)
    # Only sequences that decode to characters real text uses count as evidence of UTF-8: in cp1252
    # French, "à" + no-break space + "»" happens to be a valid sequence too, for a Samaritan letter.
    plausible = sum(1 for seq in valid if _plausible(seq.decode("utf-8")))
    if plausible and plausible >= invalid:
        raise UndecodableError(
            f"invalid UTF-8: {invalid} undecodable byte(s), the first at byte {first_bad} "
            "(a UTF-8 file with corrupted bytes; it is not decoded as another encoding)"
        )
    if plausible and _MOJIBAKE.search(raw.decode("cp1252", "replace")):
        # UTF-8 "é" (C3 A9) among legacy bytes: whichever code page is chosen, those parts turn to mojibake.
        raise UndecodableError(_MIXED)
    return _detect(raw)


def _detect(raw: bytes) -> tuple[str, bool]:
    has_nuls = raw.count(b"\x00") >= len(raw) * _NUL_FRACTION_UTF16
    matches = [m for m in from_bytes(raw, cp_isolation=_CANDIDATES) if has_nuls or not m.encoding.startswith("utf_")]
    best = min(matches, key=lambda m: (m.chaos, _CANDIDATES.index(m.encoding))) if matches else None
    # On short texts several code pages fit equally well (cp1251 reads "Élysée" as "Йlysйe", utf-16
    # as Chinese); the articles we read are French and English, so a Western European code page wins
    # when charset-normalizer's own measure of mess finds it as clean as the best candidate.
    for encoding in _western_order(raw):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        chaos = mess_ratio(text, maximum_threshold=_MAX_CHAOS_WESTERN + 1)
        if encoding != "mac_roman" and _looks_western(text) and chaos <= _MAX_CHAOS_WESTERN:
            return text, True
        if chaos <= _MAX_CHAOS and (best is None or chaos <= best.chaos + _TIE):
            return text, True
    if best is None or best.chaos > _MAX_CHAOS:
        raise UndecodableError("not valid UTF-8 and no common text encoding fits the bytes")
    try:
        return raw.decode(best.encoding), not best.encoding.startswith("utf_")
    except UnicodeDecodeError as exc:  # charset-normalizer judged on chunks; the whole must decode
        raise UndecodableError(f"not valid UTF-8 and not valid {best.encoding} either") from exc


def _looks_western(text: str) -> bool:
    """Nearly every non-ASCII character is one French, English and their neighbours' news use.

    charset-normalizer's mess measure alone sometimes prefers cp1250 ("trčs" for "très") or cp1257 on
    accent-dense French; a text that reads as plain Western European in cp1252 is taken as such.
    """
    letters = _NON_ASCII.findall(text)
    return bool(letters) and sum(1 for ch in letters if ch in _WESTERN_CHARS) >= 0.95 * len(letters)


def _plausible(ch: str) -> bool:
    """A character that UTF-8 text commonly holds: accented Latin, Greek, Cyrillic, punctuation, CJK, emoji."""
    code = ord(ch)
    return (
        0xA0 <= code <= 0x24F
        or 0x370 <= code <= 0x52F
        or 0x1E00 <= code <= 0x1EFF
        or 0x2000 <= code <= 0x21FF
        or 0x3000 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7A3
        or 0xFF00 <= code <= 0xFFEF
        or code >= 0x1F300
    )


def _western_order(raw: bytes) -> tuple[str, ...]:
    # Without any byte in 0x80-0x9F (where cp1252 has its extra letters and punctuation), a 0xA4 is
    # much more likely ISO-8859-15's euro sign than cp1252's "¤".
    if b"\xa4" in raw and not re.search(rb"[\x80-\x9f]", raw):
        return ("iso8859_15", "cp1252", "latin_1", "mac_roman")
    return _WESTERN


def _is_junk(ch: str) -> bool:
    if ch in "\t\n\r\x0b\x0c\x85":
        return False
    return unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs")
