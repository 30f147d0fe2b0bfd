"""Precision probe: the names the generator finds on real pages nobody annotated, against hand judgments.

bench/real measures precision and recall on annotated pages, and its untouched split is scored totals only. The
probe asks a narrower question on pages of kinds no rule was written from: of the people, organisations and
places a briefing lists, how many are real participants of the article, and how many come from the page's
chrome (menus, related links, bylines, credits, readers' comments) or are typed or cut wrongly?

* bench/probe/sources.tsv: 34 saved pages of other projects' test suites (17 French, 17 English) that
  bench/real does not use, each read twice: as the saved HTML (NAME.html) and as the text a reader copies from
  it (NAME-copy.txt, Chromium's visible text, as bench/real/restore.py makes it);
* bench/probe/judged.tsv: one hand judgment per name a briefing of those pages has listed: `ok`,
  `chrome:<author|comment|credit|menu|related>`, `wrong-type` or `wrong-cut`, with the line it came from.
  A name the code finds today and nobody judged yet is counted as unjudged; `--unjudged FILE` writes those rows
  with the judgment `?`, for a maintainer to judge and append to judged.tsv.

The pages are third-party copies and are not committed; `--restore` rebuilds them into bench/probe/pages/ from
local mirrors of the repositories (`fetch` github:OWNER/REPO), `--hashes check` compares them with pages.sha256.

    python bench/probe.py [--restore] [--hashes check|write] [--verbose] [--unjudged FILE]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROBE = HERE / "probe"
PAGES = PROBE / "pages"
HASHES = PROBE / "pages.sha256"
KINDS = {"per": "people", "org": "organisations", "pla": "places"}
WRONG = ("chrome", "wrong-type", "wrong-cut")

sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE / "real"))


def _tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def restore(mirrors: Path) -> int:
    """Write every page of sources.tsv that is absent, as HTML and as its visible text; 1 if one is missing."""
    from restore import visible_text  # bench/real/restore.py: the same copy as the real pages' .txt

    PAGES.mkdir(exist_ok=True)
    missing = 0
    for source in _tsv(PROBE / "sources.tsv"):
        html, copy = PAGES / f"{source['name']}.html", PAGES / f"{source['name']}-copy.txt"
        if html.exists() and copy.exists():
            continue
        mirror = mirrors / source["repository"].replace("/", "+") / "repo"
        shown = subprocess.run(
            ["git", "--git-dir", str(mirror), "show", f"{source['commit']}:{source['path']}"],
            capture_output=True,
        )
        if shown.returncode:
            print(f"{source['name']}: not restored ({mirror} has no {source['path']} at {source['commit'][:12]})")
            missing += 1
            continue
        data = gzip.decompress(shown.stdout) if source["path"].endswith(".gz") else shown.stdout
        html.write_bytes(data)
        copy.write_text(visible_text(data), encoding="utf-8")
        print(f"{source['name']}: written")
    return 1 if missing else 0


def hashes(mode: str) -> int:
    """Write pages.sha256 from the pages present, or check the pages present against it."""
    present = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(PAGES.glob("*")) if p.is_file()}
    if mode == "write":
        HASHES.write_text("".join(f"{h}  {name}\n" for name, h in present.items()), encoding="utf-8")
        return 0
    listed = dict(line.split()[::-1] for line in HASHES.read_text(encoding="utf-8").splitlines())
    same = sum(present.get(name) == h for name, h in listed.items())
    print(f"pages.sha256: {same} same, {sum(n in present for n in listed) - same} different, "
          f"{sum(n not in present for n in listed)} not present")  # fmt: skip
    return 0 if same == len(listed) else 1


def predicted(page: Path) -> set[tuple[str, str]]:
    """(kind, name) of every person, organisation and place of the page's briefing, with no date given."""
    from generator.nlp import load_nlp
    from generator.pipeline import analyse, article_language
    from generator.read import read_article

    article = read_article(page)
    lang = article_language(article)
    briefing = analyse(article, load_nlp(lang), None, lang).briefing
    names = {("per", p.name) for p in briefing.people} | {("org", o.name) for o in briefing.organizations}
    # judged.tsv has one name per line: a name found across a line break (itself an error) is written with \\n
    return {(kind, name.replace("\n", "\\n")) for kind, name in names | {("pla", p) for p in briefing.places}}


def verdict(judgment: str) -> str:
    """`ok`, one of WRONG, or `unjudged`."""
    return judgment.split(":")[0] if judgment else "unjudged"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--restore", action="store_true", help="rebuild the absent pages from local mirrors, then stop")
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"), help="where OWNER+REPO/repo are")
    parser.add_argument("--hashes", choices=["check", "write"], help="compare the pages with pages.sha256")
    parser.add_argument("--verbose", action="store_true", help="list every wrong and unjudged name found")
    parser.add_argument("--unjudged", type=Path, help="write the unjudged names here, judged.tsv's columns")
    args = parser.parse_args()
    if args.restore:
        return restore(args.mirrors)
    if args.hashes:
        return hashes(args.hashes)
    judged = {(r["file"], r["kind"], r["name"]): r for r in _tsv(PROBE / "judged.tsv")}
    files = sorted({file for file, _, _ in judged})
    absent = [f for f in files if not (PAGES / f).is_file()]
    if absent:
        print(f"{len(absent)} probe pages are absent (python bench/probe.py --restore): {', '.join(absent[:3])}")
        return 1
    counts: dict[tuple[str, str], Counter[str]] = {}
    unjudged: list[tuple[str, str, str]] = []
    for i, file in enumerate(files, 1):
        print(f"[{i}/{len(files)}] {file}", file=sys.stderr)
        lang = file[:2]
        for kind, name in sorted(predicted(PAGES / file)):
            row = judged.get((file, kind, name))
            seen = verdict(row["judgment"] if row else "")
            for key in ((kind, lang), (kind, "all"), ("all", lang), ("all", "all")):
                counts.setdefault(key, Counter())[seen] += 1
            if seen == "unjudged":
                unjudged.append((file, kind, name))
            if args.verbose and seen != "ok":
                print(f"  {file}: {KINDS[kind]} {name!r}: {row['judgment'] if row else 'unjudged'}")
    print(f"\n{len(files)} page files ({len(files) // 2} pages as saved HTML and as copied text), no date given.\n")
    print("| names | language | found | ok | chrome | wrong type | wrong cut | unjudged | precision (judged) |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for kind in (*KINDS, "all"):
        for lang in ("fr", "en", "all"):
            c = counts.get((kind, lang), Counter())
            judged_n = sum(c[v] for v in ("ok", *WRONG))
            cells = " | ".join(str(c[v]) for v in ("ok", *WRONG, "unjudged"))
            precision = f"{c['ok'] / judged_n:.2f}" if judged_n else "-"
            print(f"| {KINDS.get(kind, 'all')} | {lang} | {sum(c.values())} | {cells} | {precision} |")
    if args.unjudged:
        with args.unjudged.open("w", encoding="utf-8") as out:
            out.write("file\tkind\tname\tjudgment\tline\n")
            out.writelines(f"{f}\t{k}\t{n}\t?\t\n" for f, k, n in unjudged)
    return 0


if __name__ == "__main__":
    sys.exit(main())
