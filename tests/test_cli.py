import json
import shutil
from pathlib import Path

from generator.cli import main

ROOT = Path(__file__).parents[1]
REFERENCE = ROOT / "seeds" / "000_91f61d21f0bcea41.txt"


def test_extract_prints_one_json_line_per_article_with_body_and_temporal(tmp_path, capsys):
    shutil.copy(REFERENCE, tmp_path / "ref.txt")  # without its sidecar: no metadata
    code = main(["extract", str(tmp_path / "ref.txt"), "--published", "2024-04-02", "--lang", "fr", "--json"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 0 and len(lines) == 1
    record = json.loads(lines[0])
    assert record["date"] == "2024-04-02" and record["lang"] == "fr"
    assert record["source"]["path"].endswith("ref.txt")
    body = record["body"]
    assert body.startswith(record["title"])
    assert record["temporal"], "no temporal expression found"
    for timex in record["temporal"]:
        assert set(timex) == {"start", "end", "text", "type", "value"}
        assert body[timex["start"] : timex["end"]] == timex["text"]
        assert timex["type"] in {"DATE", "TIME", "DURATION", "SET"}
    values = {t["value"] for t in record["temporal"]}
    assert {"2024-04-15", "2024-07"} <= values


def test_extract_reports_bad_files_and_goes_on(tmp_path, capsys):
    (tmp_path / "a-empty.txt").write_bytes(b"")
    shutil.copy(REFERENCE, tmp_path / "b.txt")
    code = main(["extract", str(tmp_path), "--published", "2024-04-02", "--json"])
    out = capsys.readouterr()
    assert code == 1
    assert "a-empty.txt: empty file" in out.err
    assert len(out.out.splitlines()) == 1


def test_generate_reports_a_missing_path(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["generate", "nowhere", "--quiet"]) == 1
    assert "nowhere: no such file or folder" in capsys.readouterr().err


def test_schema_in_docs_is_the_one_the_model_gives(capsys):
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == json.loads((ROOT / "docs" / "briefing.schema.json").read_text())


def test_generate_warns_once_for_each_article_with_no_publication_date(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    undated = "Le port de Marseille modernise ses quais\n\nLes travaux portent sur trois quais et deux grues.\n"
    (tmp_path / "seeds" / "quais.txt").write_text(undated, encoding="utf-8")
    (tmp_path / "seeds" / "notes.md").write_text("# Les quais\n\n" + undated, encoding="utf-8")
    (tmp_path / "seeds" / "2023-05-02-grues.txt").write_text(undated, encoding="utf-8")  # dated by its name
    dated = tmp_path / "seeds" / "dated.txt"
    dated.write_text(undated, encoding="utf-8")
    dated.with_suffix(".yml").write_text("published: 2023-05-02\n", encoding="utf-8")
    code = main(["generate", "seeds", "--quiet", "--jobs", "1"])
    warnings = [line for line in capsys.readouterr().err.splitlines() if line.startswith("warning: ")]
    assert code == 0
    assert warnings == [
        "warning: seeds/notes.md: no publication date (add published: to its front matter, or seeds/notes.yml)",
        "warning: seeds/quais.txt: no publication date (add published: to seeds/quais.yml)",
    ]
