"""bench/real.py's scoring conventions, on annotations written for the test."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def bench():
    sys.path.insert(0, str(ROOT / "bench"))  # bench/real.py imports bench/entities.py as a sibling
    spec = importlib.util.spec_from_file_location("real_bench", ROOT / "bench" / "real.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["real_bench"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_a_year_alone_is_no_agenda_date_and_neither_counts_nor_costs():
    gold = {
        "upcoming": [
            {"value": "2027", "text": "en 2027", "event": "Coupe d'Asie"},
            {"value": "2025/2030", "text": "de 2025 à 2030", "event": "plan quinquennal"},
            {"value": "2026-03", "text": "en mars", "event": "élections municipales"},
            {"value": "2026-03-15", "text": "le 15 mars", "event": "premier tour"},
        ]
    }
    kept = bench().agenda_gold(gold)["upcoming"]
    assert [g["value"] for g in kept] == ["2026-03", "2026-03-15"]
    assert len(gold["upcoming"]) == 4  # the annotation itself is left as written
