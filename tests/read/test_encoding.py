import codecs

import pytest

from generator.read.encoding import UndecodableError, decode_bytes

FRENCH = "Le président Emmanuel Macron a reçu à l'Élysée le secrétaire d'État américain.\nÇa commence."


@pytest.mark.parametrize(
    "raw",
    [
        FRENCH.encode("utf-8"),
        codecs.BOM_UTF8 + FRENCH.encode("utf-8"),
        FRENCH.encode("utf-16"),  # with its BOM
        FRENCH.encode("cp1252"),
        FRENCH.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["utf-8", "utf-8 BOM", "utf-16 BOM", "cp1252", "CRLF"],
)
def test_common_encodings_decode_to_the_same_text(raw):
    assert decode_bytes(raw) == FRENCH


def test_decomposed_accents_are_normalised_to_nfc():
    assert decode_bytes("Se\u0301journe\u0301".encode()) == "Séjourné"


@pytest.mark.parametrize(
    ("raw", "what"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "zip"),
        (b"abc\x00\x00\x01\x02def\x00", "NUL"),
    ],
)
def test_binary_files_are_refused_with_what_they_are(raw, what):
    with pytest.raises(UndecodableError, match=what):
        decode_bytes(raw)
