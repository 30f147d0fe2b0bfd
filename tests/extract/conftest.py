"""The extractor tests run with --import-mode=importlib, which puts no test folder on sys.path: make the
shared helpers (entitykit.py) importable."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
