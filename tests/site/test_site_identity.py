"""One identity per real entity across the archive: which names join, and which never do."""

from slugify import slugify

from generator.site.identity import Correction, Mention, identify


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


def test_an_organisation_and_a_place_of_one_name_are_one_page_under_the_kind_used_more():
    found = identify([org("Quai d'Orsay"), Mention("place", "Quai d'Orsay"), org("Quai d'Orsay")], slugify)
    assert found.page("place", "Quai d'Orsay") == found.page("organization", "Quai d'Orsay")
    assert found.page("place", "Quai d'Orsay") == ("organization", "quai-d-orsay")
    assert found.moved == {("place", "quai-d-orsay"): ("organization", "quai-d-orsay")}  # its old address leads on
    places = identify([org("Élysée"), Mention("place", "Elysée"), Mention("place", "Élysée")], slugify)
    assert places.page("organization", "Élysée") == ("place", "elysee")


def test_a_person_never_joins_another_kind():
    found = identify([person("Washington"), Mention("place", "Washington")], slugify)
    assert found.page("person", "Washington") == ("person", "washington")
    assert found.page("place", "Washington") == ("place", "washington")


def test_hyphens_are_spaces():
    found = keys(person("Sultan al-Jaber"), person("Sultan Al Jaber"), Mention("place", "Saint-Denis"))
    assert found["Sultan al-Jaber"] == found["Sultan Al Jaber"]


def test_an_acronym_may_stop_before_an_and():
    found = keys(org("Centers for Disease Control and Prevention", "CDC"), org("CDC"))
    assert len(set(found.values())) == 1


def test_a_hand_alias_joins_what_no_rule_would():
    mentions = [person("Charles III"), person("King Charles"), person("Dmytro Kuleba"), person("Dmytro Kouleba")]
    assert len(set(keys(*mentions).values())) == 4
    found = identify(
        mentions,
        slugify,
        [
            Correction("person", "Charles III", ("King Charles",)),
            Correction("person", "Dmytro Kuleba", ("Dmytro Kouleba",)),
        ],
    )
    assert found.key("person", "King Charles") == found.key("person", "Charles III")
    assert found.key("person", "Dmytro Kouleba") == found.key("person", "Dmytro Kuleba")
    assert found.key("person", "Charles III") != found.key("person", "Dmytro Kuleba")


def test_a_hand_alias_settles_a_surname_two_people_share():
    mentions = [person("Joe Biden"), person("Hunter Biden"), person("Biden")]
    assert len(set(keys(*mentions).values())) == 3
    found = identify(mentions, slugify, [Correction("person", "Joe Biden", ("Biden",))])
    assert found.key("person", "Biden") == found.key("person", "Joe Biden") != found.key("person", "Hunter Biden")


def test_not_same_as_splits_what_a_rule_would_join():
    mentions = [
        person("José María Aznar"),
        person("Aznar"),
        org("NATO"),
        org("Otan"),
        org("OMC", "Organisation mondiale du commerce"),
    ]
    joined = keys(*mentions, org("Organisation mondiale du commerce"))
    assert joined["Aznar"] == joined["José María Aznar"] and joined["NATO"] == joined["Otan"]
    found = identify(
        [*mentions, org("Organisation mondiale du commerce")],
        slugify,
        [
            Correction("person", "Aznar", apart=("José María Aznar",)),  # Ana Aznar, say, in this archive
            Correction("organization", "NATO", apart=("Otan",)),
            Correction("organization", "OMC", apart=("Organisation mondiale du commerce",)),
        ],
    )
    assert found.key("person", "Aznar") != found.key("person", "José María Aznar")
    assert found.key("organization", "NATO") != found.key("organization", "Otan")
    assert found.key("organization", "OMC") != found.key("organization", "Organisation mondiale du commerce")


def test_not_same_as_wins_over_a_hand_alias_and_case_cannot_be_split():
    found = identify(
        [person("Anne Dupont"), person("Dupont"), person("ANNE DUPONT")],
        slugify,
        [
            Correction("person", "Anne Dupont", ("Dupont",)),
            Correction("person", "Dupont", apart=("Anne Dupont", "ANNE DUPONT")),
        ],
    )
    assert found.key("person", "Dupont") != found.key("person", "Anne Dupont")
    assert found.key("person", "ANNE DUPONT") == found.key("person", "Anne Dupont")


def test_corrections_in_any_order_give_the_same_identities():
    mentions = [person("Joe Biden"), person("Hunter Biden"), person("Biden"), person("Jill Biden")]
    corrections = [Correction("person", "Joe Biden", ("Biden",)), Correction("person", "Jill Biden", apart=("Biden",))]
    assert identify(mentions, slugify, corrections) == identify(list(reversed(mentions)), slugify, corrections[::-1])


def test_the_page_takes_the_most_used_name_and_the_others_lead_to_it():
    found = identify([person("Draghi"), person("Mario Draghi"), person("Mario Draghi"), person("Draghi")], slugify)
    # A tie in use: the longer name gives the address.
    assert found.key("person", "Draghi") == "mario-draghi"
    assert found.variants == {("person", "mario-draghi"): {"draghi"}}


def test_the_result_does_not_depend_on_the_order_of_the_briefings():
    mentions = [person("Antony Blinken"), person("Blinken"), person("Anthony Blinken"), person("Antony Blinken")]
    assert identify(mentions, slugify) == identify(list(reversed(mentions)), slugify)
