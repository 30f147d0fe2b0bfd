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


def test_a_list_the_gold_wrote_as_one_span_is_its_listed_days():
    listed = bench()._listed_days
    assert listed({"value": "2022-12-13/2022-12-16", "text": "on 13, 14 and 16 December"}) == {
        "2022-12-13",
        "2022-12-14",
        "2022-12-16",
    }
    assert listed(
        {"value": "2022-08-26/2022-09-09", "text": "on August 26, August 31, September 8 and September 9"}
    ) == {
        "2022-08-26",
        "2022-08-31",
        "2022-09-08",
        "2022-09-09",
    }
    assert listed({"value": "2022-12-13/2022-12-16", "text": "from 13 to 16 December"}) == set()  # a range
    assert listed({"value": "2022-12-13", "text": "13 December"}) == set()
