"""bench/agreement.py scores a second annotation against the first as bench/real.py scores the system."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def agreement():
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("agreement_bench", ROOT / "bench" / "agreement.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["agreement_bench"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


FIRST = {
    "lang": "fr",
    "published": "2024-03-04",
    "people": [
        {"name": "Clara Dupuis", "role": "maire de Rezé", "aliases": ["Dupuis"]},
        {"name": "Paul Girard", "role": "adjoint aux sports", "aliases": []},
    ],
    "organizations": [{"name": "Conseil municipal", "aliases": []}],
    "places": ["Rezé", "gymnase Julien Douillard"],
    "upcoming": [
        {"value": "2024-03-12", "text": "mardi 12 mars", "event": "inauguration du gymnase Julien Douillard"},
        {"value": "2024-03-20/2024-03-22", "text": "du 20 au 22 mars", "event": "tournoi de handball des écoles"},
    ],
}


def test_an_annotation_agrees_with_itself_on_every_column():
    scores = agreement().compare(FIRST, FIRST)
    assert all(scores[k].f1 == 1.0 for k in ("people", "orgs", "places", "upcoming"))
    assert scores["roles"].r == 1.0 and scores["date"]


def test_a_second_reader_who_differs_costs_where_they_differ():
    second = {
        **FIRST,
        "published": "2024-03-05",
        "people": [{"name": "Dupuis", "role": "maire", "aliases": []}],  # the surname alone still matches
        "organizations": [],
        "places": ["Rezé"],
        "upcoming": [
            {"value": "2024-03-21", "text": "le 21", "event": "tournoi de handball"},  # a day inside the span
            {"value": "2024-04-02", "text": "le 2 avril", "event": "conseil municipal"},
        ],
    }
    scores = agreement().compare(second, FIRST)
    assert (scores["people"].tp, scores["people"].pred, scores["people"].gold) == (1, 1, 2)
    assert scores["orgs"].gold == 1 and scores["orgs"].tp == 0
    assert (scores["upcoming"].tp, scores["upcoming"].pred) == (1, 2)
    assert scores["described"].tp == 1
    assert scores["roles"].tp == 1 and scores["roles"].gold == 2
    assert not scores["date"]
