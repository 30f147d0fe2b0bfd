"""generator.lang: a code gives its Language or raises; a registered language is found by its code."""

from __future__ import annotations

import pytest

from generator.lang import BUILT_IN, Language, UnknownLanguage, codes, language


def test_the_built_in_languages_are_the_folders_of_the_package() -> None:
    assert BUILT_IN == ("en", "fr")
    for code in BUILT_IN:
        lang = language(code)
        assert isinstance(lang, Language) and lang.code == code
        assert language(code) is lang  # imported once


@pytest.mark.parametrize("code", ["de", "", "FR", "fr-FR", "xx"])
def test_an_unknown_code_raises_a_value_error_that_names_it(code: str) -> None:
    with pytest.raises(UnknownLanguage) as raised:
        language(code)
    assert isinstance(raised.value, ValueError)
    assert raised.value.code == code and repr(code) in str(raised.value)


def test_a_registered_language_is_known_until_it_is_forgotten(spanish: Language) -> None:
    assert language("es") is spanish
    assert "es" in codes()


def test_the_extractor_refuses_an_unknown_language_instead_of_reading_it_as_french() -> None:
    from generator.extract.dates import extract_timexes

    with pytest.raises(UnknownLanguage):
        extract_timexes("Le sommet aura lieu le 15 mai.", None, "de")


def test_the_equivalents_table_reads_the_same_with_libyaml_as_in_pure_python():
    """equivalents.yml is parsed by libyaml's safe loader for speed: it must give what PyYAML's own gives."""
    from pathlib import Path

    import yaml

    from generator.lang import equivalents

    source = Path(equivalents.__file__).with_name("equivalents.yml").read_text(encoding="utf-8")
    assert repr(equivalents.TABLES) == repr(yaml.safe_load(source))
