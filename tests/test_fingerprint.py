import re

from generator import __version__
from generator.fingerprint import generator_version


def test_version_is_the_release_plus_a_hash_of_the_content_code():
    version = generator_version()
    assert re.fullmatch(rf"{re.escape(__version__)}\+[0-9a-f]{{8}}", version)
    assert generator_version() == version  # stable within a process


def test_a_data_file_the_extractors_read_changes_the_hash(tmp_path, monkeypatch):
    """towns.txt (a word list) shapes briefings as the code does: editing it must regenerate them."""
    import shutil

    from generator import fingerprint

    package = tmp_path / "generator"
    shutil.copytree(fingerprint._PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(fingerprint, "_PACKAGE", package)
    fingerprint.generator_version.cache_clear()
    before = fingerprint.generator_version()
    (package / "lang" / "towns.txt").write_text("Zwolle\n", encoding="utf-8")
    fingerprint.generator_version.cache_clear()
    assert fingerprint.generator_version() != before
    fingerprint.generator_version.cache_clear()
