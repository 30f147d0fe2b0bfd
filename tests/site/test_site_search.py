"""Accent folding for Material's search: the folded field in search_index.json."""

from __future__ import annotations

import json
from pathlib import Path

from generator.site.search import add_folded_field, fold, folded_terms


def test_fold():
    assert fold("Séjourné, Élysée, cœur, Łódź, Straße") == "Sejourne, Elysee, coeur, Lodz, Strasse"
    assert fold("Paris") == "Paris"


def test_folded_terms_only_add_what_differs():
    assert folded_terms("Stéphane <em>Séjourné</em> à l'Élysée, Paris") == "stephane sejourne a elysee"
    assert folded_terms("Paris Berlin") == ""
    assert set(folded_terms("Kiev").split()) == {"kyiv", "kiew"}
    assert "kiev" in folded_terms("Kyïv").split()


def test_index_gets_a_declared_field():
    index = {
        "config": {"fields": {"title": {"boost": 1000}}},
        "docs": [{"location": "", "title": "Élysée", "text": ""}],
    }
    add_folded_field(index)
    assert index["config"]["fields"]["folded"] == {"boost": 1.0}
    assert index["docs"][0]["folded"] == "elysee"


def test_built_index_is_folded(built_site: Path):
    index = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    assert "folded" in index["config"]["fields"]
    assert index["config"]["lang"] == ["fr", "en"]
    folded = " ".join(d.get("folded", "") for d in index["docs"])
    assert {"sejourne", "elysee", "kyiv"} <= set(folded.split())
    assert any("Séjourné" in d["text"] for d in index["docs"])  # the displayed text is untouched
