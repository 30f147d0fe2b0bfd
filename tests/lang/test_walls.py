"""What keeps the language data in one place: no language test in the extractors or the reader, and a
generator.lang that loads none of them."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

GENERATOR = Path(__file__).resolve().parents[2] / "generator"
# `lang == "fr"`, `ctx.lang != "en"`, `"en" if lang == ...`, `lang in ("fr", "en")`
_LANGUAGE_TEST = re.compile(r"""\blang\w*\s*(?:==|!=|\bin\b\s*[(\[{]\s*["'])|["'](?:fr|en)["']\s*(?:==|!=)\s*\w*lang""")
# a language code passed as an argument: `place_name(text, "en")`, `language("fr")`, `f(lang="en")`
_CODE_ARGUMENT = re.compile(r"""[(,]\s*(?:\w+\s*=\s*)?["'](?:fr|en)["']\s*[,)]""")


def _lines_matching(pattern: re.Pattern[str]) -> list[str]:
    """Each line of the extractors and the reader that `pattern` finds, with its file and number."""
    sources = sorted([*(GENERATOR / "extract").rglob("*.py"), *(GENERATOR / "read").rglob("*.py")])
    assert sources
    return [
        f"{path.relative_to(GENERATOR)}:{n}: {line.strip()}"
        for path in sources
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]


def test_no_extractor_or_reader_module_compares_a_language_code() -> None:
    assert _lines_matching(_LANGUAGE_TEST) == []


def test_no_extractor_or_reader_module_passes_a_language_code() -> None:
    assert _lines_matching(_CODE_ARGUMENT) == []


def test_the_scans_catch_what_they_are_for() -> None:
    assert _CODE_ARGUMENT.search('lx.place_name(text, "en")')
    assert _CODE_ARGUMENT.search("language('fr')")
    assert _LANGUAGE_TEST.search('if lang == "fr":')
    assert not _CODE_ARGUMENT.search('DEFAULT_LANGUAGE = "fr"')


def test_the_language_package_loads_no_extractor_reader_or_spacy() -> None:
    code = (
        "import sys\n"
        "from generator.lang import BUILT_IN, language\n"
        "for c in BUILT_IN: language(c)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('generator.extract', 'generator.read', 'spacy')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=GENERATOR.parent)
    assert out.stdout.strip() == ""
