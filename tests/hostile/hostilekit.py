"""Test helpers for tests/hostile: the hostile corpus (issue 6), the real command, the real site build.

Small readable samples live in tests/data/bad/; binary, encoded and big inputs are generated here so
that nothing odd (a 20 MB file, bytes an editor would "fix") is committed.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BAD = ROOT / "tests" / "data" / "bad"
TODAY = "2024-04-02"

BODY = (
    "Le ministre des Affaires étrangères se rendra mercredi à Bruxelles pour une réunion de l'Otan, "
    "a annoncé mardi le Quai d'Orsay.\n\n"
    "Il y rencontrera ses homologues européens. « Nous devons agir ensemble », a-t-il déclaré lundi."
)
FRENCH_TITLE = "Réunion à l'Élysée : « accord » sur l’été, 5 € de plus"
LATIN1_TITLE = "Réunion à l'Élysée : « accord » pour l'été"

# Titles that break naive YAML, Markdown, Jinja or file naming; each must come back exactly.
HOSTILE_TITLES = {
    "title-colons.txt": "Paris: le ministre dit: « non »: fin",
    "title-quotes.txt": "'Simples' \"doubles\" `accents graves` et \\ barre",
    "title-dashes.txt": "--- Titre entre tirets ---",
    "title-anchor.txt": "&ancre *alias !!python/object/apply:os.system ['echo PWNED']",
    "title-star.txt": "*étoile en tête",  # a YAML alias's star (a star and a space open a list's item: no title)
    "title-python.txt": "!!python/object:__main__.Evil",
    "title-jinja.txt": "{{ config }} et {% include 'x' %} {# c #}",
    "title-script.txt": "<script>alert('PWN-t1')</script><img src=x onerror=alert('PWN-t2')>",
    "title-comment.txt": "<!-- PWN-t3 --> [x](javascript:alert('PWN-t4')) &amp; &lt;b&gt;",
    "title-yaml-doc.txt": "... --- ? : - | > % @ `",
    "title-slug-nothing.txt": "«»!?…",
    "title-dotdot.txt": "..",
    "title-traversal.txt": "../../../../tmp/évasion",
}


@dataclass(frozen=True)
class Case:
    """One input file and what must happen to it."""

    name: str
    data: bytes
    error: str | None = None  # a fragment of the one error line, or None when a briefing is expected
    title: str | None = None  # the exact title expected (when a briefing is expected)
    text: str | None = None  # a fragment the article text must contain, decoded correctly


def _article(title: str, body: str = BODY) -> str:
    return f"{title}\n\n{body}\n"


def corpus_cases(big: bool = True) -> list[Case]:
    """Every hostile input, with its expected outcome."""
    utf8 = _article(FRENCH_TITLE).encode("utf-8")
    broken = bytearray(utf8)
    broken[40:40] = b"\xff\xfe"
    broken += "Fin du texte tronquée: é".encode()[:-1]
    mixed = _article(LATIN1_TITLE).encode("cp1252") + "Une ligne en UTF-8 : déjà.\n".encode()
    cases = [
        Case("empty.txt", b"", error="empty file"),
        Case("whitespace.txt", b" \t\r\n\n   \n", error="empty file"),
        Case("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", error="binary file (a PNG image)"),
        Case("scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>", error="binary file (a PDF"),
        Case("archive.md", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)), error="binary file (a zip"),
        Case("nul-bytes.txt", b"Titre\n\nTexte\x00\x00\x01\x02 avec des octets nuls\x00", error="binary file"),
        Case("broken-utf8.txt", bytes(broken), error="invalid UTF-8"),
        Case("mixed-encodings.txt", mixed, error="mixed encodings"),
        Case("double-encoded.txt", _article(FRENCH_TITLE).encode().decode("cp1252", "replace").encode(),
             error="already mojibake"),
        Case("cp1252.txt", _article(FRENCH_TITLE).encode("cp1252"), title=FRENCH_TITLE, text="homologues européens"),
        Case("latin1.txt", _article(LATIN1_TITLE).encode("latin-1"), title=LATIN1_TITLE, text="« Nous devons"),
        Case("utf16-bom.txt", _article(FRENCH_TITLE).encode("utf-16"), title=FRENCH_TITLE, text="l'Otan"),
        Case("utf8-bom.txt", codecs.BOM_UTF8 + utf8, title=FRENCH_TITLE, text="Affaires étrangères"),
        Case("crlf.txt", _article(FRENCH_TITLE).replace("\n", "\r\n").encode(), title=FRENCH_TITLE, text="mardi"),
        Case("markup-in-text.txt", (BAD / "markup-in-text.txt").read_bytes(), text="<script>alert('PWN-script')"),
        Case("hostile-page.html", (BAD / "hostile-page.html").read_bytes(), title="Sommet de l'Otan à Bruxelles",
             text="Il y rencontrera ses homologues européens"),
        Case("frontmatter-lookalike.txt", (BAD / "frontmatter-lookalike.txt").read_bytes(),
             title="Ceci ressemble à un en-tête mais n'est pas du YAML clé-valeur", text="title: faux"),
        Case("frontmatter-invalid.md", (BAD / "frontmatter-invalid.md").read_bytes(), error="invalid YAML"),
        Case("frontmatter-python-tag.md", (BAD / "frontmatter-python-tag.md").read_bytes(), error="invalid YAML"),
        Case("same-title-1.txt", _article("Deux articles, un titre", BODY).encode(), title="Deux articles, un titre"),
        Case("same-title-2.txt", _article("Deux articles, un titre", BODY.replace("mercredi", "jeudi")).encode(),
             title="Deux articles, un titre", text="jeudi"),
        Case("twice-a.txt", _article("Le même article deux fois").encode(), title="Le même article deux fois"),
        Case("twice-b.txt", _article("Le même article deux fois").encode(), title="Le même article deux fois"),
        Case("Réunion à l'Élysée avec espaces.txt", _article("Nom de fichier accentué").encode(),
             title="Nom de fichier accentué"),
        Case("ÉTÉ été – 東京.md", _article("# Titre Markdown").encode(), title="Titre Markdown"),
    ]  # fmt: skip
    cases += [Case(name, _article(title).encode(), title=title) for name, title in HOSTILE_TITLES.items()]
    if big:
        cases.append(Case("big.txt", b"", error="file too large"))  # written by write_corpus, 20 MB
    return cases


def write_corpus(folder: Path, big: bool = True) -> list[Case]:
    """Write the corpus into `folder`; the 20 MB file is written in chunks, never held in memory."""
    folder.mkdir(parents=True, exist_ok=True)
    cases = corpus_cases(big)
    for case in cases:
        if case.name == "big.txt":
            chunk = ("Le ministre se rendra mercredi à Bruxelles. " * 1000 + "\n").encode()
            with open(folder / case.name, "wb") as fh:
                while fh.tell() < 20 * 1024 * 1024:
                    fh.write(chunk)
        else:
            (folder / case.name).write_bytes(case.data)
    # A sidecar that tries to run code: the error names the sidecar.
    (folder / "sidecar-evil.txt").write_bytes(_article("Article avec métadonnées piégées").encode())
    (folder / "sidecar-evil.yml").write_bytes(b"published: !!python/object/apply:os.system ['echo PWNED']\n")
    cases.append(Case("sidecar-evil.txt", b"", error="sidecar"))
    return cases


def run_cli(*args: str, cwd: Path, seed: str = "0", timeout: int = 900) -> subprocess.CompletedProcess[str]:
    """`briefings ARGS` in a fresh interpreter (as a user runs it), with a fixed PYTHONHASHSEED."""
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run(
        [sys.executable, "-m", "generator.cli", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def make_site_project(dest: Path) -> Path:
    """A copy of the site project (mkdocs.yml, docs/) with an empty briefings/ folder."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", dest / "docs")
    (dest / "briefings").mkdir(exist_ok=True)
    return dest


def run_build(project: Path, site_dir: Path | None = None, site_url: str = "", strict: bool = True):
    """`mkdocs build` of a project (`--strict` unless told otherwise), as it ran: code and output."""
    env = {k: v for k, v in os.environ.items() if k not in ("SITE_URL", "BRIEFINGS_TODAY")}
    env["BRIEFINGS_TODAY"] = TODAY
    if site_url:
        env["SITE_URL"] = site_url
    site = site_dir or project / "site"
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict" if strict else "--no-strict", "-d", str(site)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def build_site(project: Path, site_dir: Path | None = None, site_url: str = "") -> Path:
    """`mkdocs build --strict` of a project; fails the test with mkdocs' output on error."""
    result = run_build(project, site_dir, site_url)
    assert result.returncode == 0, result.stdout + result.stderr
    return site_dir or project / "site"


# --- scanning a built site for anything an article could have turned into markup ------------------

MARKER = "PWN"
PAYLOADS = [
    "<script>alert('PWN-1')</script>",
    "<img src=x onerror=alert('PWN-2')>",
    "<iframe src='https://evil.example/PWN-3'></iframe>",
    "[x](javascript:alert('PWN-4'))",
    "<a href=\"javascript:alert('PWN-5')\">x</a>",
    "{{ 7*7 }}PWN-6",
    "{% if true %}PWN-7{% endif %}",
    "<!-- PWN-8 -->",
    "<style>*{background:url(https://evil.example/PWN-9)}</style>",
    "![x](https://evil.example/PWN-10.png)",
    "<https://evil.example/PWN-11>",
    "{: onclick=\"alert('PWN-12')\" }",
    "<svg onload=alert('PWN-13')>",
    "&lt;script&gt;alert('PWN-14')&lt;/script&gt;",
    "&#106;avascript:alert('PWN-15')",
    "\" onmouseover=\"alert('PWN-16')",
    "*[HTML]: PWN-17 {#PWN-18 .x onclick=alert(1)}",
    "</textarea></title></script><script>alert('PWN-19')</script>",
]
HOSTILE = " ".join(PAYLOADS)
# The theme has none of these; any of them in a built page came from somewhere it should not have.
_FORBIDDEN_TAGS = {"iframe", "frame", "frameset", "object", "embed", "applet", "base"}
_MARKUP = re.compile(r"<\s*(?:script|img|iframe|svg|a|style|!--)\b", re.IGNORECASE)
_URL_SCHEMES = re.compile(r"^\s*(?:javascript|vbscript|data):", re.IGNORECASE)


class _Scanner(HTMLParser):
    """Collects every place where article text became markup in one HTML page."""

    def __init__(self, name: str) -> None:
        super().__init__(convert_charrefs=True)
        self.name = name
        self.problems: list[str] = []
        self.raw_text: list[str] = []  # content of <script> and <style>, not shown as text
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        where = f"{self.name}: <{tag}>"
        if tag in _FORBIDDEN_TAGS or any(MARKER in (value or "") for _, value in attrs if tag in ("svg", "math")):
            self.problems.append(f"{where} element")
        for attr, value in attrs:
            value = value or ""
            compact = re.sub(r"[\s\x00-\x1f]+", "", value)
            if attr.startswith("on") and (MARKER in value or "alert" in value):
                self.problems.append(f"{where} event handler {attr}={value!r}")
            if _URL_SCHEMES.match(compact) and attr in ("href", "src", "action", "formaction", "xlink:href", "data"):
                self.problems.append(f"{where} {attr}={value!r}")
            # A link to a web page is fine (a source URL); loading anything from the article's hosts is not.
            if "evil.example" in value and (MARKER in value or not (tag == "a" and attr == "href")):
                self.problems.append(f"{where} external resource {attr}={value!r}")
            if attr in ("srcdoc", "style") and MARKER in value:
                self.problems.append(f"{where} {attr}={value!r}")
            if MARKER.lower() in attr:
                self.problems.append(f"{where} attribute named from the article: {attr}")
        if tag in ("script", "style"):
            self._in = tag

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self._in = None

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in:
            self.raw_text.append(data)
            if MARKER in data:
                self.problems.append(f"{self.name}: article text inside <{self._in}>: {data[:120]!r}")

    def handle_comment(self, data: str) -> None:
        if MARKER in data:
            self.problems.append(f"{self.name}: article text became an HTML comment: {data[:80]!r}")


def scan_html(name: str, page: str) -> list[str]:
    """Problems in one HTML page: tags, handlers, URLs or comments that came from article text."""
    scanner = _Scanner(name)
    scanner.feed(page)
    scanner.close()
    problems = scanner.problems
    if re.search(r"49\s*PWN-6|PWN-7", page.replace("{% if true %}PWN-7{% endif %}", "")):
        problems.append(f"{name}: a template expression from the article was evaluated")
    return problems


def scan_search_index(name: str, data: str) -> list[str]:
    """The search index feeds Material's result list, which inserts titles and text as HTML."""
    problems = []
    for doc in json.loads(data).get("docs", []):
        for key in ("title", "text"):
            value = str(doc.get(key, ""))
            if MARKER in value and _MARKUP.search(value):
                problems.append(f"{name}: markup in the search index {key}: {value[:160]!r}")
    return problems


def scan_site(site: Path) -> list[str]:
    """Every problem in a built site: its HTML pages, search index, feeds and calendar."""
    problems: list[str] = []
    for path in sorted(site.rglob("*")):
        if not path.is_file():
            continue
        name = path.relative_to(site).as_posix()
        if path.suffix == ".html":
            problems += scan_html(name, path.read_text(encoding="utf-8"))
        elif path.name == "search_index.json":
            problems += scan_search_index(name, path.read_text(encoding="utf-8"))
        elif path.suffix == ".json" and "assets/" not in name:
            fields = _html_fields(json.loads(path.read_text(encoding="utf-8")))
            problems += [f"{name}: markup in an HTML field: {v[:120]!r}" for v in fields]
        elif path.suffix == ".xml" and "assets/" not in name:
            if _MARKUP.search(path.read_text(encoding="utf-8")):  # XML escapes text: a raw tag is markup
                problems.append(f"{name}: raw markup in a feed")
        elif path.suffix == ".ics":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.startswith("X-ALT-DESC") and MARKER in line:  # the only HTML a calendar shows
                    problems.append(f"{name}: article text in an HTML description: {line[:120]!r}")
    return problems


def _html_fields(data: object, key: str = "") -> list[str]:
    """Values of JSON fields meant as HTML (JSON Feed's content_html...) that hold article markup."""
    if isinstance(data, dict):
        return [v for k, value in data.items() for v in _html_fields(value, str(k))]
    if isinstance(data, list):
        return [v for value in data for v in _html_fields(value, key)]
    if isinstance(data, str) and "html" in key.lower() and MARKER in data and _MARKUP.search(data):
        return [data]
    return []


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.hrefs += [value or "" for attr, value in attrs if attr == "href"]


def links(page: str) -> list[str]:
    """The href of every <a> in a page, as the browser sees it."""
    parser = _Links()
    parser.feed(page)
    return parser.hrefs
