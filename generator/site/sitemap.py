"""The entity pages in sitemap.xml (and sitemap.xml.gz), which MkDocs writes from its own pages only.

MkDocs lists every page it built, when the site has a `site_url`; the entity pages are written by the
plugin (frame.py, offload.py), so it does not know them. They are added after the build, each with the
publication date of its newest briefing as `lastmod`, and the compressed copy is written again with the
timestamp MkDocs gave it, so that an unchanged site still republishes identical files.
"""

from __future__ import annotations

import gzip
from pathlib import Path
from xml.sax.saxutils import escape

_END = "</urlset>"


def add_to_sitemap(site_dir: Path, urls: list[tuple[str, str | None]]) -> bool:
    """Add (absolute URL, lastmod YYYY-MM-DD or None) entries; False when there is no sitemap to extend."""
    path = site_dir / "sitemap.xml"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return False
    if _END not in text or not urls:
        return False
    entries = "".join(
        f"\n    <url>\n         <loc>{escape(url)}</loc>\n"
        + (f"         <lastmod>{escape(day)}</lastmod>\n" if day else "")
        + "    </url>"
        for url, day in urls
    )
    head, _, tail = text.rpartition(_END)
    text = head.rstrip("\n") + entries + "\n" + _END + tail
    path.write_text(text, encoding="utf-8")
    _write_gzip(site_dir / "sitemap.xml.gz", text)
    return True


def _write_gzip(path: Path, text: str) -> None:
    """The compressed copy, with the modification time MkDocs stamped in the one it wrote (deterministic)."""
    mtime = 0
    try:
        with gzip.open(path) as old:
            old.read(1)  # reading the header fills in the stamped time
            mtime = old.mtime or 0
    except (OSError, EOFError):
        pass
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, filename=str(path), mode="wb", mtime=mtime) as out:
        out.write(text.encode("utf-8"))
