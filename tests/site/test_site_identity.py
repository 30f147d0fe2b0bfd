"""One identity per real entity across the archive: which names join, and which never do."""

from slugify import slugify

from generator.site.identity import Mention, identify


def keys(*mentions: Mention) -> dict[str, str]:
    found = identify(mentions, slugify)
    return {m.name: found.key(m.kind, m.name) for m in mentions}


def person(name: str, *aliases: str) -> Mention:
    return Mention("person", name, aliases)


def org(name: str, *aliases: str) -> Mention:
    return Mention("organization", name, aliases)


def test_case_and_accents_never_make_two_entities():
    found = keys(person("Élisabeth Borne"), person("Elisabeth Borne"), person("ÉLISABETH BORNE"))
    assert len(set(found.values())) == 1


def test_a_surname_alone_joins_the_one_full_name_that_has_it():
    found = keys(person("Mario Draghi"), person("Draghi"), person("M. Draghi"), person("Mario Draghi"))
    assert set(found.values()) == {"mario-draghi"}


def test_a_surname_two_people_share_joins_neither():
    found = keys(person("Hunter Biden"), person("Jill Biden"), person("Biden"))
    assert len(set(found.values())) == 3


def test_first_name_spellings_join_and_other_first_names_do_not():
    joined = keys(person("Mohammed Ben Salmane"), person("Mohamed Ben Salmane"))
    assert len(set(joined.values())) == 1
    apart = keys(person("Dan Carter"), person("Dana Carter"))
    assert len(set(apart.values())) == 2


def test_an_acronym_and_its_expansion_given_together_join_everywhere():
    found = keys(
        org("Organisation mondiale du commerce", "OMC"),  # one briefing gives both
        org("OMC"),
        org("Organisation mondiale du commerce"),
    )
    assert len(set(found.values())) == 1


def test_an_alias_that_is_not_the_initials_joins_nothing():
    found = keys(org("Unicef", "Organisation des Nations unies"), org("Organisation des Nations unies"))
    assert found["Unicef"] != found["Organisation des Nations unies"]


def test_translations_of_the_table_join_across_languages():
    found = keys(org("NATO"), org("Otan"), Mention("place", "Kyiv"), Mention("place", "Kiev"))
    assert found["NATO"] == found["Otan"]
    assert found["Kyiv"] == found["Kiev"]


def test_names_never_join_across_kinds():
    found = identify([org("Quai d'Orsay"), Mention("place", "Quai d'Orsay")], slugify)
    assert found.key("organization", "Quai d'Orsay") and found.key("place", "Quai d'Orsay")
    assert len(found.keys) == 2


def test_the_page_takes_the_most_used_name_and_the_others_lead_to_it():
    found = identify([person("Draghi"), person("Mario Draghi"), person("Mario Draghi"), person("Draghi")], slugify)
    # A tie in use: the longer name gives the address.
    assert found.key("person", "Draghi") == "mario-draghi"
    assert found.variants == {("person", "mario-draghi"): {"draghi"}}


def test_the_result_does_not_depend_on_the_order_of_the_briefings():
    mentions = [person("Antony Blinken"), person("Blinken"), person("Anthony Blinken"), person("Antony Blinken")]
    assert identify(mentions, slugify) == identify(list(reversed(mentions)), slugify)
