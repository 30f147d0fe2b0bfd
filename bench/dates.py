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

A second table scores the `upcoming` list as a briefing's front matter holds it (`dated_events`),
strictly: every listed date that is not a gold upcoming date counts against precision, even one
the scorer's upcoming metric would pass over because its value is not after the real date. Three
rows: the corpus date given; the date inferred; and the date inferred from a text that states
its year once (a page footer's "© YYYY" appended after the article), because the corpora's texts
almost never write the year that a real page shows somewhere.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import re
import sys
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.extract.dates import (  # noqa: E402
    TemporalReading,
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
    reading = TemporalReading(doc["text"], doc["lang"])
    return [
        {"start": t.start, "end": t.end, "text": t.text, "value": t.value}
        for t in reading.timexes_inferred(reading.inference())
    ]


def with_year(doc: dict) -> dict:
    """The document with a page footer that gives its year, after the text so no offset moves."""
    return {**doc, "text": doc["text"] + "\n\n© " + doc["dct"][:4]}


def front_matter_upcoming(doc: dict, given: bool) -> list[dict]:
    """The briefing's `upcoming` list, each item with the span and value of the timex it starts with."""
    text, lang = doc["text"], doc["lang"]
    if given:
        published = dt.date.fromisoformat(doc["dct"])
        timexes = extract_timexes(text, published, lang)
    else:
        inference = infer_publication_window(text, lang)
        published, timexes = inference.date, extract_timexes_inferred(text, inference, lang)
    upcoming, _ = dated_events(timexes, published)  # as the pipeline lists them
    out = []
    for item in upcoming:
        same = [t for t in timexes if t.sentence == item.sentence and (t.upcoming or "/" in item.date)]
        first = next(t for t in same if item.text.startswith(t.text))
        ends = [(first, item.date.split("/")[0])]
        if "/" in item.date:  # a range "du 3 au 5 juin" lists both of its days
            # a period said once ("this week") lists its days to come as a range of its own words
            last = next((t for t in same if t.start > first.start and item.text.endswith(t.text)), first)
            ends.append((last, item.date.split("/")[1]))
        # a range that starts on the publication day lists only its days to come
        out += [{"start": t.start, "end": t.end, "text": t.text, "value": v} for t, v in ends if t.upcoming]
    return out


# "à 17 h": the front matter lists the day of an event, not each hour of it
_CLOCK_ONLY = re.compile(
    r"(?:à\s+|at\s+)?\d{1,2}(?:\s?h(?:\s?\d\d)?|[:.]\d\d(?:\s*[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?:\s*(?:GMT|UTC|[A-Z]{2}T))?",
    re.I,
)


def strict_upcoming(scorer, docs: list[dict], system: dict[str, list[dict]]) -> dict:
    """Upcoming P/R/F1 where every listed item counts, unless it only overlaps a gold timex too coarse to judge.

    Gold clock times alone ("17 h", "8:30", "8 p.m.") are left out of the gold: the front matter lists the
    day they belong to. Recall is thus over dates, not hours; the scorer's own columns count the hours.
    """
    tp = n_sys = n_gold = n_listed = 0
    for doc in docs:
        gold = [g for g in scorer.upcoming_gold(doc) if not _CLOCK_ONLY.fullmatch(g["text"])]
        listed = _judgeable(scorer, doc, system.get(doc["id"], []))
        right = lambda g, s: scorer.overlaps(g, s) and scorer.same_at_gold_precision(s["value"], g["value"])  # noqa: E731
        tp += len(scorer.match(gold, listed, right))
        n_sys += len(listed)
        n_gold += len(gold)
        n_listed += len(system.get(doc["id"], []))
    return {**scorer.prf(tp, n_sys, tp, n_gold), "n_listed": n_listed}


def _judgeable(scorer, doc: dict, items: list[dict]) -> list[dict]:
    """Items minus those that only overlap gold dates too coarse to judge (a year, a season), as the scorer does."""
    coarse = [t for t in doc["timexes"] if t["type"] in ("DATE", "TIME") and (scorer.precision(t["value"]) or 0) < 7]
    fine = [t for t in doc["timexes"] if t not in coarse]
    return [
        s for s in items if any(scorer.overlaps(s, t) for t in fine) or not any(scorer.overlaps(s, t) for t in coarse)
    ]


def front_matter_table(scorer, docs: list[dict]) -> list[str]:
    """Rows of the front-matter upcoming table: date given, inferred, inferred with the year on the page."""
    rows = []
    for name, cases, given in (
        ("date given", docs, True),
        ("date inferred", docs, False),
        ("inferred, year on page", [with_year(d) for d in docs], False),
    ):
        system = {d["id"]: front_matter_upcoming(d, given) for d in cases}
        lenient = scorer.score(docs, system)["upcoming"]
        strict = strict_upcoming(scorer, docs, system)
        rows.append(
            f"{name:<24} {strict['p']:6.1%} {strict['r']:6.1%} {strict['f1']:6.1%}"
            f"  {strict['n_listed']:6d} {strict['n_sys']:6d}"
            f"  {lenient['p']:6.1%} {lenient['r']:6.1%} {lenient['f1']:6.1%}"
        )
    return rows


FRONT_HEADER = (
    f"{'front matter upcoming':<24} {'strictP':>7} {'R':>6} {'F1':>6}  {'listed':>6} {'judged':>6}"
    f"  {'scorerP':>7} {'R':>6} {'F1':>6}"
)


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
    inference = infer_publication_window(text, gold.get("lang", "fr"))
    inferred, _ = dated_events(extract_timexes_inferred(text, inference, gold.get("lang", "fr")))
    found_inferred = sum(any(g["text"] in u.text and u.date == g["value"] for u in inferred) for g in gold["upcoming"])
    wrong_inferred = [
        u
        for u in inferred
        if not any(g["text"] in u.text and u.date == g["value"] for g in gold["upcoming"])
        and not any(g["text"].lower() in u.text.lower() for g in gold.get("same_day_optional", []))
    ]
    return (
        f"reference article: upcoming {found}/{len(gold['upcoming'])} right, {len(wrong)} extra; "
        f"not_dates hit {len(bad)}/{len(gold['not_dates'])}; past in timeline {past}/{len(gold['past'])}\n"
        f"reference article without its date: inferred {inference.date} (evidence allows {inference.earliest} to "
        f"{inference.latest}); upcoming {found_inferred}/{len(gold['upcoming'])} right, "
        f"{len(wrong_inferred)} extra"
    )


def worst_case_line(n: int = 800) -> str:
    """A flattened agenda: n dates on one line, read with and without a publication date (CPU time)."""
    line = ", ".join(f"le {1 + i % 28} mai à la salle {i}" for i in range(n)) + "."
    start = time.process_time()
    extract_timexes(line, dt.date(2024, 4, 2), "fr")
    given = time.process_time() - start
    start = time.process_time()
    reading = TemporalReading(line, "fr")
    reading.timexes_inferred(reading.inference())
    inferred = time.process_time() - start
    return (
        f"worst case, {n} dates on one line ({len(line.split())} words): {given:.2f} s with the date, "
        f"{inferred:.2f} s without ({1000 * given / n:.1f} and {1000 * inferred / n:.1f} ms per date)"
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
        system, ms = run(ours, docs, repeat=5)
        print(row("ours (rules)", scorer.score(docs, system), ms))
        inferred, ms_inferred = run(ours_inferred, docs, repeat=5)
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
        print(FRONT_HEADER)
        print("\n".join(front_matter_table(scorer, docs)))
    print()
    print(reference_line(paths[0].parent.parent.parent))
    print(worst_case_line())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
