"""Benchmark of the date extractor against TIMEX3 gold, side by side with dateparser.

Usage: python bench/dates.py [CORPUS.jsonl ...] [--no-baseline]

Without arguments it reads ftib.jsonl and te3_platinum.jsonl from ../shared/eval/timex/
(relative to the repository) and scores with that folder's score.py, imported by path.
Prints, per corpus, relaxed/strict P/R/F1, TE3 value F1, upcoming-date F1 and
CPU milliseconds per 1,000 words for our extractor (date stage alone, no spaCy) and for
`dateparser.search_dates` with `languages` and `RELATIVE_BASE` set; then a line for the
reference article (gold upcoming dates found with the right value, not_dates avoided,
past dates in the timeline). A second row of ours runs without the corpus date: the
publication date is inferred from the text (`infer_published`), as for an article without
metadata.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import sys
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.extract.dates import (  # noqa: E402
    dated_events,
    extract_timexes,
    extract_timexes_inferred,
    infer_publication_window,
    infer_published,
)

DEFAULT_DIR = REPO.parent / "shared" / "eval" / "timex"
DEFAULT_CORPORA = ["ftib.jsonl", "te3_platinum.jsonl"]
REFERENCE = ("seeds/000_91f61d21f0bcea41.txt", "gold/000_91f61d21f0bcea41.json", dt.date(2024, 4, 2))


def load_scorer(folder: Path):
    spec = importlib.util.spec_from_file_location("timex_score", folder / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no score.py in {folder}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ours(doc: dict) -> list[dict]:
    dct = dt.date.fromisoformat(doc["dct"])
    return [
        {"start": t.start, "end": t.end, "text": t.text, "value": t.value}
        for t in extract_timexes(doc["text"], dct, doc["lang"])
    ]


def ours_inferred(doc: dict) -> list[dict]:
    """Our extractor when the metadata has no date: the publication date is inferred from the text."""
    inference = infer_publication_window(doc["text"], doc["lang"])
    return [
        {"start": t.start, "end": t.end, "text": t.text, "value": t.value}
        for t in extract_timexes_inferred(doc["text"], inference, doc["lang"])
    ]


def baseline(doc: dict) -> list[dict]:
    from dateparser.search import search_dates

    base = dt.datetime.fromisoformat(doc["dct"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        hits = search_dates(doc["text"], languages=[doc["lang"]], settings={"RELATIVE_BASE": base}) or []
    out, pos = [], 0
    for substring, value in hits:
        i = doc["text"].find(substring, pos)
        if i < 0:
            i = doc["text"].find(substring)
        if i < 0:
            continue
        pos = i + len(substring)
        out.append({"start": i, "end": i + len(substring), "text": substring, "value": value.date().isoformat()})
    return out


def run(system, docs: list[dict], repeat: int = 1) -> tuple[dict[str, list[dict]], float]:
    """System output and its speed: CPU milliseconds per 1,000 words, best of `repeat` runs.

    CPU time (not wall time) so that other processes on a shared machine do not count.
    """
    words = sum(len(d["text"].split()) for d in docs)
    best = float("inf")
    out: dict[str, list[dict]] = {}
    for _ in range(repeat):
        start = time.process_time()
        out = {d["id"]: system(d) for d in docs}
        best = min(best, time.process_time() - start)
    return out, 1000 * best / words * 1000


def row(name: str, m: dict, ms: float) -> str:
    s, r, u = m["strict"], m["relaxed"], m["upcoming"]
    return (
        f"{name:<22} {s['p']:6.1%} {s['r']:6.1%} {s['f1']:6.1%}  {r['p']:6.1%} {r['r']:6.1%} {r['f1']:6.1%}"
        f"  {m['value_f1_te3']:6.1%}  {u['p']:6.1%} {u['r']:6.1%} {u['f1']:6.1%}  {ms:9.1f}"
    )


HEADER = (
    f"{'system':<22} {'strict P':>8} {'R':>6} {'F1':>6}  {'relax P':>7} {'R':>6} {'F1':>6}  {'valF1':>6}"
    f"  {'upc P':>6} {'R':>6} {'F1':>6}  {'ms/1kw':>9}"
)


def reference_line(shared: Path) -> str:
    text_path, gold_path, published = (shared / REFERENCE[0], shared / REFERENCE[1], REFERENCE[2])
    if not text_path.exists() or not gold_path.exists():
        return "reference article: not found"
    text = text_path.read_text(encoding="utf-8")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    timexes = extract_timexes(text, published, gold.get("lang", "fr"))
    upcoming, timeline = dated_events(timexes)
    found = sum(any(g["text"] in u.text and u.date == g["value"] for u in upcoming) for g in gold["upcoming"])
    wrong = [
        u
        for u in upcoming
        if not any(g["text"] in u.text and u.date == g["value"] for g in gold["upcoming"])
        and not any(g["text"].lower() in u.text.lower() for g in gold.get("same_day_optional", []))
    ]
    bad = [
        nd
        for nd in gold["not_dates"]
        if any(nd.split(" (")[0] == t.text and t.upcoming for t in timexes)
        or any(nd.split(" (")[0] == u.text for u in upcoming)
    ]
    past = sum(any(p["text"] in d.text and d.date == p["value"] for d in timeline) for p in gold["past"])
    return (
        f"reference article: upcoming {found}/{len(gold['upcoming'])} right, {len(wrong)} extra; "
        f"not_dates hit {len(bad)}/{len(gold['not_dates'])}; past in timeline {past}/{len(gold['past'])}"
    )


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument("--no-baseline", action="store_true", help="skip dateparser (slow)")
    args = ap.parse_args(argv)
    paths = args.corpora or [DEFAULT_DIR / name for name in DEFAULT_CORPORA]
    missing = [p for p in paths if not p.is_file()]
    if missing or not (paths[0].parent / "score.py").is_file():
        print(
            f"corpus or score.py not found: {', '.join(map(str, missing)) or paths[0].parent / 'score.py'}",
            file=sys.stderr,
        )
        return 2
    scorer = load_scorer(paths[0].parent)
    for path in paths:
        docs = scorer.read_jsonl(path)
        words = sum(len(d["text"].split()) for d in docs)
        print(
            f"\n{path.name}: {len(docs)} documents, {words} words, {sum(len(d['timexes']) for d in docs)} gold timexes"
        )
        print(HEADER)
        run(ours, docs)  # warm: the first pass pays for imports
        system, ms = run(ours, docs, repeat=3)
        print(row("ours (rules)", scorer.score(docs, system), ms))
        inferred, ms_inferred = run(ours_inferred, docs)
        dates = [(infer_published(d["text"], d["lang"])[0], dt.date.fromisoformat(d["dct"])) for d in docs]
        found = sum(date is not None for date, _ in dates)
        exact = sum(date == dct for date, dct in dates)
        print(
            row("ours, date inferred", scorer.score(docs, inferred), ms_inferred)
            + f"   (date found {found}/{len(docs)}, exact {exact})"
        )
        if not args.no_baseline:
            base, ms = run(baseline, docs)
            print(row("dateparser.search_dates", scorer.score(docs, base), ms))
    print()
    print(reference_line(paths[0].parent.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
