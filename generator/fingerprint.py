"""Which code made a briefing: the release plus a hash of everything that shapes a page's content.

A page is regenerated when its article changed *or* when this fingerprint did, so improving an
extractor refreshes every briefing on the next `briefings generate`, with no version bump to forget.
The site's code is left out: it does not change what a briefing says.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from generator import __version__

_PACKAGE = Path(__file__).parent
_EXCLUDED = (
    "site/",
    "cli.py",
    "generate.py",
    "workers.py",
    "store.py",
    "pagecache.py",
    "schema.py",
    "lifeline.py",
    "atomic.py",
    "briefingpage.py",
)
# Each language's site words (lang/<code>/site.yml) are read by the site only; the other tables
# (lang/equivalents.yml) shape what the extractors find, so they count.
_SITE_WORDS = "site.yml"


@functools.lru_cache(maxsize=1)  # the files do not change while the process runs
def generator_version() -> str:
    """`0.1.0+1a2b3c4d`: the release and the first 8 hex digits of the content code's hash."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*"), key=lambda p: p.relative_to(_PACKAGE).as_posix()):
        relative = path.relative_to(_PACKAGE).as_posix()
        if (
            path.suffix not in (".py", ".json", ".txt", ".yml")
            or relative.startswith(_EXCLUDED)
            or "__pycache__" in relative
        ):
            continue
        if path.name == _SITE_WORDS:
            continue
        digest.update(relative.encode() + b"\0" + path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return f"{__version__}+{digest.hexdigest()[:8]}"
