import re

from generator import __version__
from generator.fingerprint import generator_version


def test_version_is_the_release_plus_a_hash_of_the_content_code():
    version = generator_version()
    assert re.fullmatch(rf"{re.escape(__version__)}\+[0-9a-f]{{8}}", version)
    assert generator_version() == version  # stable within a process


def _version_after(tmp_path, monkeypatch, edit: str) -> tuple[str, str]:
    """The fingerprint of a copy of the package before and after appending a line to its file `edit`."""
    import shutil

    from generator import fingerprint

    package = tmp_path / "generator"
    shutil.copytree(fingerprint._PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(fingerprint, "_PACKAGE", package)
    fingerprint.generator_version.cache_clear()
    before = fingerprint.generator_version()
    with (package / edit).open("a", encoding="utf-8") as f:
        f.write("# edited\n")
    fingerprint.generator_version.cache_clear()
    after = fingerprint.generator_version()
    fingerprint.generator_version.cache_clear()
    return before, after


def test_a_data_file_the_extractors_read_changes_the_hash(tmp_path, monkeypatch):
    """towns.txt and equivalents.yml shape briefings as the code does: editing them must regenerate them."""
    for edit in ("lang/towns.txt", "lang/equivalents.yml"):
        before, after = _version_after(tmp_path / edit.replace("/", "-"), monkeypatch, edit)
        assert after != before, edit


def test_the_site_words_do_not_change_the_hash(tmp_path, monkeypatch):
    """A language's site words are the site's: editing them regenerates no briefing."""
    before, after = _version_after(tmp_path, monkeypatch, "lang/fr/site.yml")
    assert after == before
