"""Fixtures for the hostile-input tests; the corpus and helpers are in hostilekit.py, next to this file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

# --import-mode=importlib puts no test folder on sys.path: make hostilekit importable by the tests here.
sys.path.insert(0, str(Path(__file__).parent))

from hostilekit import Case, make_site_project, run_cli, write_corpus  # noqa: E402


@pytest.fixture(scope="session")
def generated_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Case], subprocess.CompletedProcess]:
    """A project whose seeds/ holds the whole corpus, after one `briefings generate` run."""
    project = make_site_project(tmp_path_factory.mktemp("hostile-project"))
    cases = write_corpus(project / "seeds")
    result = run_cli("generate", "--quiet", cwd=project)
    return project, cases, result
