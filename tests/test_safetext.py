import unicodedata
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

from hypothesis import given
from hypothesis import strategies as st

from generator.safetext import clean, clean_tree, may_need_cleaning, printable

ANY_TEXT = st.text(st.characters(), max_size=80)  # surrogates and noncharacters included


def test_clean_drops_controls_and_noncharacters_and_keeps_text():
    assert clean("Réunion\x01 à l'Élysée\uffff\ufdd0\U0001fffe\x7f\x85 \t\n€ 😀") == "Réunion à l'Élysée \t\n€ 😀"


def test_clean_tree_cleans_keys_and_nested_values_and_keeps_other_types():
    data = {"title\x00": "a\x1bb", "n": 3, "items": [{"x": "\ufffe"}], "ok": None}
    assert clean_tree(data) == {"title": "ab", "n": 3, "items": [{"x": ""}], "ok": None}


@given(ANY_TEXT)
def test_cleaned_text_always_makes_well_formed_xml(text):
    ET.fromstring(f"<a>{escape(clean(text))}</a>")  # raises on any character XML 1.0 forbids


@given(ANY_TEXT)
def test_serialised_text_that_needs_cleaning_is_always_noticed(text):
    import json

    import yaml

    if clean(text) != text:
        assert may_need_cleaning(json.dumps(text))
        assert may_need_cleaning(json.dumps(text, ensure_ascii=False))
        assert may_need_cleaning(yaml.safe_dump(text, allow_unicode=True))


def test_plain_serialised_text_needs_no_cleaning():
    assert not may_need_cleaning('{"title":"Réunion à l\'Élysée","n":"a\\nb \\"c\\""}')


def test_printable_escapes_line_breaks_escapes_and_bidi_controls():
    name = "evil\nerror: other.txt: injected\x1b[2J\u202etxt.exe"
    shown = printable(name)
    assert "\n" not in shown and "\x1b" not in shown and "\u202e" not in shown
    assert shown == "evil\\nerror: other.txt: injected\\x1b[2J\\u202etxt.exe"


def test_printable_keeps_accents_spaces_and_emoji():
    assert printable("Réunion à l'Élysée\u00a0: 5 € 😀") == "Réunion à l'Élysée\u00a0: 5 € 😀"


@given(ANY_TEXT)
def test_printable_text_is_one_line_of_visible_characters(text):
    shown = printable(text)
    assert all(ch == " " or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp") for ch in shown)
