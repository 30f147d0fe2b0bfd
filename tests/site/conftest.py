"""Fixtures for the site tests: one strict build of a sample project, shared by the session."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# The tests run with --import-mode=importlib, which puts no test folder on sys.path: make the shared
# helpers (sitekit.py, next to this file) importable by the tests here and in tests/browser.
sys.path.insert(0, str(Path(__file__).parent))

from sitekit import build, make_project  # noqa: E402


@pytest.fixture(scope="session")
def sample_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_project(tmp_path_factory.mktemp("project"), site_url="https://example.org/briefings-site/")


@pytest.fixture(scope="session")
def built_site(sample_project: Path) -> Path:
    """The sample project built with `mkdocs build --strict`, as if on 2024-04-02."""
    return build(sample_project, today="2024-04-02")
