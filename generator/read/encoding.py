"""Bytes to text: BOMs, UTF-8, then detection for legacy encodings; binaries are refused."""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

# Signatures of files people drop by mistake; named so the error says what they are.
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a zip archive (or an Office document)",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_WESTERN = ("cp1252", "latin_1", "iso8859_15", "mac_roman")
_MAX_CHAOS = 0.2
_TIE = 0.02


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we can trust."""


def decode_bytes(raw: bytes) -> str:
    """Decode an article's bytes to NFC text with Unix line ends, or raise UndecodableError."""
    for magic, what in _MAGIC.items():
        if raw.startswith(magic):
            raise UndecodableError(f"binary file ({what}), not text")
    text = _decode(raw)
    if "\x00" in text:
        raise UndecodableError("binary file (contains NUL bytes), not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _decode(raw: bytes) -> str:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError as exc:
                raise UndecodableError(f"invalid {encoding} after its byte-order mark") from exc
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Not UTF-8: let charset-normalizer rank the legacy encodings that fit.
    matches = list(from_bytes(raw))
    if not matches or min(m.chaos for m in matches) > _MAX_CHAOS:
        raise UndecodableError("not valid UTF-8 and no text encoding fits the bytes")
    best = min(matches, key=lambda m: m.chaos)
    # On short texts several code pages fit equally well (cp1250 reads "à" as "ŕ"); the articles we
    # read are French and English, so Western European code pages win ties.
    for match in matches:
        if match.encoding in _WESTERN and match.chaos <= best.chaos + _TIE:
            return str(match)
    return str(best)
