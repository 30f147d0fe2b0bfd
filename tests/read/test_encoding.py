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


def test_utf16_starting_with_a_nul_is_not_mistaken_for_utf32():
    # FF FE 00 00 is UTF-32's byte-order mark and also UTF-16's followed by U+0000 (found by hypothesis).
    with pytest.raises(UndecodableError, match="NUL"):
        decode_bytes("\x00abc".encode("utf-16"))


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("Le président a reçu l'été dernier".encode()[:-6] + b"\xff" + "été".encode(), "invalid UTF-8"),
        ("Réunion à l'Élysée : le président".encode("cp1252") + " déjà".encode(), "mixed encodings"),
        ("Le prÃ©sident a reÃ§u".encode(), "already mojibake"),
    ],
    ids=["corrupted UTF-8", "cp1252 with UTF-8 inside", "double-encoded"],
)
def test_broken_text_is_an_error_never_mojibake(raw, reason):
    with pytest.raises(UndecodableError, match=reason):
        decode_bytes(raw)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Élysée", "cp1252"),  # too short for detection alone: cp1251 and UTF-16 fit as well
        ("Le président dit « non » à l’été : 5 €", "cp1252"),
        ("Le président a reçu l'été", "latin-1"),
        ("Ça coûte 5 € désormais", "iso8859_15"),
        ("Zażółć gęślą jaźń, powiedział premier w Łodzi.", "cp1250"),
        ("Президент России Владимир Путин заявил во вторник", "cp1251"),
        ("東京都の知事は火曜日に記者会見を開いた", "shift_jis"),
        (FRENCH, "utf-16-le"),  # no BOM: the NULs tell
        (FRENCH, "utf-32"),
    ],
)
def test_legacy_encodings_are_detected(text, encoding):
    assert decode_bytes(text.encode(encoding)) == text.replace("\r\n", "\n")


@pytest.mark.parametrize(
    "text",
    [
        "c'est déjà\xa0» a-t-il dit",  # "à" + no-break space + "»" is also a valid UTF-8 sequence
        "L'ÉTÉ\xa0» et À\xa0la fin du CHÂTEAU",
        "ÉTÉ — À « Noël » déjà",  # accent-dense: charset-normalizer alone prefers cp1250 or cp1257
        "Le président: « oui » l’été – 5 €",
    ],
)
def test_french_typography_in_cp1252_is_not_taken_for_broken_utf8(text):
    assert decode_bytes(text.encode("cp1252")) == text
