"""A synthetic archive of N articles made from real news texts, for the performance benchmark.

Sources: the reference article (seeds/), the hand-annotated articles (bench/gold/) and the news
corpora under ../shared/eval/ when present. Article i takes a real article, adds a paragraph of
another article in the same language, shifts its publication date and swaps one person's name
for another's, so every file is distinct text of realistic shape (no lorem ipsum).

    python bench/corpus.py N OUT_DIR
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"


@dataclass(frozen=True)
class Source:
    title: str
    paragraphs: list[str]
    published: dt.date
    lang: str


def load_sources() -> list[Source]:
    """Every real article we can find, split into title and paragraphs."""
    sources = []
    for path in sorted([*ROOT.glob("seeds/*.txt"), *ROOT.glob("bench/gold/*.txt")]):
        meta = _sidecar(path.with_suffix(".yml"))
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        lines = [line for line in lines if line and not line.startswith(("Accueil ", "À lire", "Sélectionné"))]
        if len(lines) > 2:
            published = meta.get("published", dt.date(2024, 1, 1))
            sources.append(Source(lines[0], lines[1:], published, meta.get("lang", "fr")))
    for corpus in sorted(EVAL.glob("*/*.jsonl")):
        for line in corpus.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            paras = [p.strip() for p in re.split(r"\n+", doc["text"]) if p.strip()]
            if len(paras) >= 2 and len(doc["text"]) > 400:
                sources.append(Source(paras[0], paras[1:], dt.date.fromisoformat(doc["dct"]), doc["lang"]))
    return sources


def make_corpus(n: int, out: Path, seed: int = 1) -> list[Path]:
    """Write N articles (with sidecars) into `out`; the same N and seed give the same files."""
    rng = random.Random(seed)
    sources = load_sources()
    by_lang = {lang: [s for s in sources if s.lang == lang] for lang in {s.lang for s in sources}}
    names = _people_names()
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        base = sources[i % len(sources)]
        other = rng.choice(by_lang[base.lang])
        paragraphs = [*base.paragraphs, rng.choice(other.paragraphs)]
        text = "\n\n".join(paragraphs)
        if names:
            old, new = rng.sample(names, 2)
            text = text.replace(old, new)
        published = base.published + dt.timedelta(days=rng.randint(-400, 400))
        path = out / f"article-{i:05d}.txt"
        path.write_text(f"{base.title} ({i})\n\n{text}\n", encoding="utf-8")
        sidecar = f"published: {published.isoformat()}\nlang: {base.lang}\n"
        path.with_suffix(".yml").write_text(sidecar, encoding="utf-8")
        paths.append(path)
    return paths


def _people_names() -> list[str]:
    names = set()
    for gold in ROOT.glob("bench/gold/*.json"):
        names.update(p["name"] for p in json.loads(gold.read_text(encoding="utf-8")).get("people", []))
    return sorted(names)


def _sidecar(path: Path) -> dict:
    if not path.is_file():
        return {}
    import yaml

    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


if __name__ == "__main__":
    count, folder = int(sys.argv[1]), Path(sys.argv[2])
    print(f"{len(make_corpus(count, folder))} articles in {folder}")
