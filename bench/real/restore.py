"""Restore the benchmark pages that come from public GitHub repositories.

The pages of bench/real (NAME.html or NAME.txt, the file named by each annotation's `article`) are
third-party copies and are not committed (see README.md); only the annotations are. An annotation whose
`source` reads "github:OWNER/REPO PATH (commit SHA), ..." names a file of another project's test suite; this
script rebuilds such pages from local mirrors of those repositories:

* a .html page is `git --git-dir MIRROR show SHA:PATH`, gunzipped when PATH ends in .gz, byte for byte;
* a .txt page is the visible text of that saved page as Chromium's `document.body.innerText` gives it
  (the file loaded from a file:// URL, JavaScript disabled, every non-file request aborted), with the CSS of
  UNHIDE appended first where a page's own style hides text the annotation's copy has.

A source that names no commit is taken at the mirror's HEAD (the line printed says so). An existing page is
never overwritten. One line is printed per page: written, present, mirror missing, commit missing or
path missing.

The mirrors are bare git directories MIRRORS/OWNER+REPO/repo, as the `fetch` tool of the search library
brings them (`fetch` with source "github:OWNER/REPO" writes /work/.mirror/OWNER+REPO/repo).

`--hashes write` writes pages.sha256 (sha256sum format, one line per page file present, whatever its
source); `--hashes check` compares the pages present with it, so a later machine can tell whether its
restored pages are the same bytes (`sha256sum -c bench/real/pages.sha256` from bench/real does the same).

    python bench/real/restore.py [--mirrors /work/.mirror] [--only NAME] [--head] [--hashes write|check]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REAL = Path(__file__).resolve().parent
HASHES = REAL / "pages.sha256"
SOURCE = re.compile(
    r"github:(?P<owner>[\w.-]+)/(?P<repo>[\w.-]+) (?P<path>\S+)(?: \(commit (?P<commit>[0-9a-f]{7,40})\))?"
)
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]

# CSS added before reading a .txt page's text, where the saved page hides text the annotation's copy shows.
UNHIDE = {
    # A paywall's inline style hides the whole article body (".single .td-post-content .tdb-block-inner
    # {display: none}") until its script, fetched from the network, reveals it; the annotation's copy has it.
    "en-mexiconewsdaily-steel-tariffs": ".single .td-post-content .tdb-block-inner { display: block !important; }",
}


@dataclass(frozen=True)
class Page:
    name: str
    target: Path  # the page file to write, beside the annotation
    owner: str
    repo: str
    path: str  # path inside the repository
    commit: str | None  # None when the source names none: the mirror's HEAD


def all_annotations() -> list[tuple[str, dict[str, object]]]:
    return [(p.stem, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(REAL.glob("*.json"))]


def page_file(data: dict[str, object]) -> Path:
    return REAL / Path(str(data["article"])).name


def github_page(name: str, data: dict[str, object]) -> Page | None:
    m = SOURCE.match(str(data.get("source", "")))
    if not m:
        return None
    return Page(name, page_file(data), m["owner"], m["repo"], m["path"], m["commit"])


def git(mirror: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", "--git-dir", str(mirror), *args], capture_output=True, check=False)


def has_object(mirror: Path, spec: str) -> bool:
    return git(mirror, "cat-file", "-e", spec).returncode == 0


def visible_text(html: bytes, css: str | None = None) -> str:
    """document.body.innerText of a saved page, loaded offline with JavaScript disabled."""
    from playwright.sync_api import Route, sync_playwright

    def route(r: Route) -> None:
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            r.abort()

    with tempfile.TemporaryDirectory() as tmp:
        file = Path(tmp) / "page.html"
        # Appended after the page's own styles, so that it wins; read without JavaScript.
        file.write_bytes(html + f"<style>{css}</style>".encode() if css else html)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                context = browser.new_context(java_script_enabled=False, offline=True)
                page = context.new_page()
                page.route("**/*", route)
                page.goto(file.as_uri(), wait_until="load")
                text: str = page.evaluate("() => document.body.innerText")
            finally:
                browser.close()
    return text


def restore(page: Page, mirrors: Path, head: bool) -> str:
    if page.target.exists():
        return "present"
    mirror = mirrors / f"{page.owner}+{page.repo}" / "repo"
    if not mirror.is_dir():
        return f"mirror missing ({mirror})"
    commit, note = page.commit, ""
    if commit is None:
        commit = git(mirror, "rev-parse", "HEAD").stdout.decode().strip()
        note = f" (no commit named: HEAD {commit[:12]})"
    elif not has_object(mirror, commit):
        if not head:
            return f"commit missing ({commit[:12]}; --head takes the path at the mirror's HEAD)"
        commit = git(mirror, "rev-parse", "HEAD").stdout.decode().strip()
        note = f" (commit {page.commit} missing: HEAD {commit[:12]})"
    shown = git(mirror, "show", f"{commit}:{page.path}")
    if shown.returncode:
        return f"path missing ({page.path} at {commit[:12]})"
    data = gzip.decompress(shown.stdout) if page.path.endswith(".gz") else shown.stdout
    if page.target.suffix == ".txt":
        page.target.write_text(visible_text(data, UNHIDE.get(page.name)), encoding="utf-8")
    else:
        page.target.write_bytes(data)
    return "written" + note


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_hashes() -> int:
    pages = sorted({page_file(d) for _, d in all_annotations() if page_file(d).exists()})
    HASHES.write_text("".join(f"{sha256(p)}  {p.name}\n" for p in pages), encoding="utf-8")
    print(f"{HASHES.name}: {len(pages)} pages")
    return 0


def check_hashes() -> int:
    if not HASHES.exists():
        print(f"{HASHES.name}: missing (--hashes write makes it)")
        return 1
    listed: dict[str, str] = {}
    for line in HASHES.read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        if name:
            listed[name] = digest
    present = {page_file(d).name for _, d in all_annotations() if page_file(d).exists()}
    bad = 0
    for name in sorted(listed.keys() | present):
        if name not in present:
            print(f"{name}: not present")
        elif name not in listed:
            print(f"{name}: not listed")
        elif sha256(REAL / name) != listed[name]:
            print(f"{name}: DIFFERENT")
            bad += 1
    same = len(listed.keys() & present) - bad
    print(
        f"{HASHES.name}: {same} same, {bad} different, {len(listed.keys() - present)} not present, "
        f"{len(present - listed.keys())} not listed"
    )
    return 1 if bad else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"), help="where OWNER+REPO/repo are")
    ap.add_argument("--only", action="append", metavar="NAME", help="this page only (repeatable)")
    ap.add_argument("--head", action="store_true", help="when the named commit is absent, use the mirror's HEAD")
    ap.add_argument("--hashes", choices=["write", "check"], help="then write or check pages.sha256")
    args = ap.parse_args()
    pages = [p for n, d in all_annotations() if (p := github_page(n, d))]
    if args.only:
        unknown = set(args.only) - {p.name for p in pages}
        if unknown:
            ap.error(f"no GitHub-sourced annotation named {', '.join(sorted(unknown))}")
        pages = [p for p in pages if p.name in args.only]
    failed = 0
    for p in pages:
        status = restore(p, args.mirrors, args.head)
        failed += not (status.startswith("written") or status == "present")
        print(f"{p.name}: {status}", flush=True)
    print(f"{len(pages)} GitHub pages, {failed} not restored")
    code = 1 if failed else 0
    if args.hashes == "write":
        code |= write_hashes()
    elif args.hashes == "check":
        code |= check_hashes()
    return code


if __name__ == "__main__":
    sys.exit(main())
