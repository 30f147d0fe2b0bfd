"""The generated home page: the latest briefings, newest first."""

from __future__ import annotations

from generator.render import inline
from generator.site.catalog import Entry


def home_markdown(entries: list[Entry], site_name: str) -> str:
    """Markdown of the home page listing every briefing with its date, summary and people."""
    lines = [f"# {inline(site_name)}", ""]
    if not entries:
        lines += ["Aucun briefing pour l'instant : déposez un article dans `seeds/` puis lancez `briefings generate`."]
        return "\n".join(lines) + "\n"
    lines += [f"{len(entries)} briefings, du plus récent au plus ancien.", ""]
    for entry in entries:
        b = entry.briefing
        people = ", ".join(inline(p.name) for p in b.people[:5])
        lines.append(f"## [{inline(b.title)}]({entry.src_uri})")
        lines.append("")
        lines.append(f"*{b.date or 'date inconnue'}*" + (f" · {people}" if people else ""))
        if b.summary:
            lines += ["", inline(b.summary)]
        lines.append("")
    return "\n".join(lines)
