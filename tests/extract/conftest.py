"""The extractor tests run with --import-mode=importlib, which puts no test folder on sys.path: make the
shared helpers (entitykit.py) importable. The French pipeline the parse-reading tests share is loaded once."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def nlp():
    """The French spaCy pipeline, or the test skipped where it is not installed."""
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("fr_core_news_sm")
    except OSError:
        pytest.skip("fr_core_news_sm is not installed")
