"""The world's towns list (generator/lang/towns.py): what the maintainer's rebuild keeps, and what the file holds."""

from __future__ import annotations

from generator.lang import towns


def test_keep_drops_common_words_digits_and_repeats_and_sorts_by_folded_name():
    kept = towns.keep(["Union", "Zwolle", "Évry", "Evry", "Ciudad 2", "Ålesund"], common={"union"})
    assert kept == ["Ålesund", "Évry", "Zwolle"]


def test_the_list_holds_towns_and_no_frequent_word():
    listed = towns.load()
    assert {"fremont", "montauban", "sete", "raipur"} <= listed
    assert not {"union", "orange", "mission", "nice", "greve"} & listed


def _city(name: str, population: int, country: str) -> dict:
    return {"name": name, "population": population, "countrycode": country}


def test_a_small_town_is_kept_only_in_a_country_we_read_and_when_no_word_or_surname():
    cities = [
        _city("Painswick", 1_800, "GB"),  # kept: a village of an English-speaking country
        _city("Zwolle", 120_000, "NL"),  # a big town: the big list's, not this one's
        _city("Vilafranca", 1_500, "ES"),  # a village of a country whose tongue we do not read
        _city("Granite", 2_000, "US"),  # a rarer word of English
        _city("Farley", 1_700, "US"),  # a census surname
        _city("Hamlet", 400, "GB"),  # too small
    ]
    words = {"granite"}  # the rebuild asks wordfreq; here, a word of English
    kept = list(towns.small_towns(cities, {"GB", "US", "FR"}, {"farley"}, lambda name: name.lower() in words))
    assert kept == ["Painswick"]


def test_the_countries_we_read_are_those_that_speak_french_or_english():
    countries = [
        {"iso": "CI", "languages": "fr-CI"},
        {"iso": "GB", "languages": "en-GB,cy-GB,gd"},
        {"iso": "BE", "languages": "nl-BE,fr-BE,de-BE"},
        {"iso": "ES", "languages": "es-ES,ca,gl,eu,oc"},
    ]
    assert towns.speaking_countries(countries) == {"CI", "GB", "BE"}


def test_the_list_holds_villages_of_the_countries_we_read_and_no_surname_given_name_or_body():
    listed = towns.load()
    assert {"painswick", "chipping campden", "ballymote", "saint-amans-soult"} <= listed
    assert not {"farley", "granite", "postal", "syndicat", "acme", "mauriac", "marceline", "generac"} & listed
