"""The site's own words are language data (generator/lang/<code>/site.yml), in the language of theme.language."""

from __future__ import annotations

import ast
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest
from sitekit import ROOT, build, english_briefing, make_project, mkdocs, reference_briefing

from generator.lang import BUILT_IN
from generator.site.words import NoSiteWords, site_words

SITE_CODE = ROOT / "generator" / "site"
GENERATED = ("index.html", "archives/index.html", "agenda/index.html", "personnes/index.html",
             "lieux/index.html", "personnes/antony-blinken/index.html", "404.html")  # fmt: skip


def _fields(value: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(value) if name}


def test_every_language_has_the_same_site_words_with_the_same_blanks():
    french = site_words("fr")
    for code in BUILT_IN:
        words = site_words(code)
        assert set(words) == set(french), code
        for key, value in words.items():
            assert value.strip() and _fields(value) == _fields(french[key]), (code, key)


def test_a_language_without_site_words_is_one_clear_error():
    for code in ("de", "../fr", "FR", ""):
        with pytest.raises(NoSiteWords, match="generator/lang/"):
            site_words(code)


def test_the_site_code_holds_no_words_of_a_language():
    """A string of the site's code with an accented word is a language's word: its place is generator/lang/."""
    found = []
    for path in sorted(SITE_CODE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
        }
        strings = [
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
        ]
        for node in strings:
            if any(re.search(r"[^\x00-\x7f]", word) for word in re.findall(r"[^\W\d_]{2,}", node.value)):
                found.append(f"{path.name}:{node.lineno}: {node.value!r}")
    assert found == []


def test_a_site_in_english_writes_its_own_pages_in_english(tmp_path: Path):
    project = make_project(tmp_path / "project", [reference_briefing(), english_briefing()])
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("language: fr", "language: en", 1), encoding="utf-8")
    site = build(project)
    french = {word for key, word in site_words("fr").items() if word != site_words("en")[key]}
    french = {w for w in french if "{" not in w and len(w) > 4}  # the fixed words: "Prochaines dates", "Rôle"...
    for uri in GENERATED:
        page = (site / uri).read_text(encoding="utf-8")
        article = page[page.index("<article") : page.index("</article>")]
        text = re.sub(r"<[^>]+>", " ", article)
        assert not [w for w in french if w in text], (uri, [w for w in french if w in text])
    home = (site / "index.html").read_text(encoding="utf-8")
    for words in ("Coming up", "Latest briefings", "Subscribe to the calendar", "Tuesday 2 April 2024"):
        assert words in home, words
    assert "Monday 15 April 2024" in (site / "agenda/index.html").read_text(encoding="utf-8")
    assert "Page not found" in (site / "404.html").read_text(encoding="utf-8")
    assert 'xml:lang="en"' in (site / "feed.xml").read_text(encoding="utf-8")


def test_a_site_language_without_words_stops_the_build_and_says_what_to_add(tmp_path: Path):
    project = make_project(tmp_path / "project", [reference_briefing()])
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("language: fr", "language: de", 1), encoding="utf-8")
    result = mkdocs(project, "build")
    assert result.returncode != 0
    assert "no site words for language 'de'" in result.stderr and "generator/lang/de/site.yml" in result.stderr


def test_the_site_words_load_nothing_but_data():
    """Reading every language's site words loads no extractor, no reader, no spaCy, no language record."""
    code = (
        "import sys\n"
        "from generator.lang import BUILT_IN\n"
        "from generator.site.words import site_words\n"
        "for c in BUILT_IN: site_words(c)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('generator.extract', 'generator.read', 'spacy'))"
        " or m.endswith(('.language', '.record')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == ""


def test_the_reading_words_are_gathered_from_every_language_and_are_no_page_words():
    from generator.site.words import reading_groups, reading_pairs, reading_words

    assert "reading" not in site_words("fr") and "reading" not in site_words("en")
    endings = reading_words("first_name_endings")
    assert "ette" in endings and "ie" in endings  # one archive holds briefings in both
    assert reading_words("country", "en") == () and reading_words("country", "fr") == ("france",)
    assert ("ou", "u") in reading_pairs("transliteration")
    north = reading_groups("compass")["north"]
    assert "nord" in north and "northern" in north  # one direction, its words in both languages
