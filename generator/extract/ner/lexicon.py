"""Word lists the extractors share: honorifics, role words, nationalities, organisation cues, places.

The words are each language's (`generator/lang/<code>/entities.py`, read through its Language record,
and `generator/lang/names.py` for names no language owns), joined over the built-in languages: names
do not keep to the article's language. Everything is folded (lower case, no accents: see `fold`) so
lookups are accent- and case-insensitive. The place gazetteer (countries from CLDR via babel, plus
capitals, big cities and regions written by hand) is a data file read once at import.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zoneinfo
from collections.abc import Container, Iterable
from importlib import resources

from babel import Locale
from babel.numbers import list_currencies

from generator.extract.folding import fold
from generator.lang import (
    BUILT_IN,
    capitals,
    commonwords,
    givennames,
    names,
    organisations,
    subdivisions,
    surnamewords,
    towns,
)
from generator.lang.equivalents import NICKNAMES
from generator.lang.every import built_in, every, stop_words


def _folded(found: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in found)


# not part of a name: the person follows (in the plural, each person of the list that follows)
PLURAL_HONORIFICS = _folded(every(lambda lang: lang.entities.plural_honorifics))
HONORIFICS = _folded(every(lambda lang: lang.entities.every_honorific)) | PLURAL_HONORIFICS
STYLE_WORDS = _folded(every(lambda lang: lang.entities.style_words))  # "Sa Majesté", "His Royal Highness"
# an honorific that says a man or a woman: "Mrs X" and "Sir Y X" are two people of one family name
MALE_HONORIFICS = _folded(every(lambda lang: lang.entities.male_honorifics))
FEMALE_HONORIFICS = _folded(every(lambda lang: lang.entities.female_honorifics))
OBJECT_PREPOSITIONS = _folded(every(lambda lang: lang.entities.object_prepositions))  # "devant le juge, X"
# a role phrase must hold one; a title written short is one when its full form is ("Gen." for "General")
_FULL_HEADS = _folded(every(lambda lang: lang.entities.all_role_heads))
# a title said by its initials ("Pakistan PM Imran Khan", "Punjab CM X") is a role word as its last word is; after a
# number the same letters tell the time ("at 7 PM Eastern"): `time_initials` in ner/words.py
# (each with its head word: "PM" and "Prime Minister" are one title)
TITLE_INITIALS = {
    fold(short): fold(full).split()[-1]
    for lang in built_in()
    for short, full in lang.entities.title_abbreviations.items()
    if fold(full).split()[-1] in _FULL_HEADS
}
ROLE_HEADS = (
    _FULL_HEADS
    | frozenset(TITLE_INITIALS)
    | {
        fold(short)
        for lang in built_in()
        for short, full in lang.entities.role_abbreviations.items()
        if fold(full) in _FULL_HEADS or fold(full).rstrip("s") in _FULL_HEADS
    }
)
AGENT_ENDINGS = tuple(sorted(_folded(every(lambda lang: lang.entities.agent_endings)), key=len, reverse=True))
AGENT_LOOKALIKES = _folded(every(lambda lang: lang.entities.agent_lookalikes))  # "le dossier X": no one's trade
# words of time a parser may read as an apposition to a name ("X, la semaine dernière", "X, hier soir"): no role
TIME_NOUNS = _folded(
    every(
        lambda lang: (
            *lang.units,
            *lang.unit_plurals,
            *lang.parts_of_day,
            *lang.seasons,
            *lang.days_from_publication,
            *lang.days_from_discourse,
            *lang.months,
            *lang.weekdays,
        )
    )
)
UNTAGGED_AGENT_ENDINGS = tuple(
    sorted(_folded(every(lambda lang: lang.entities.untagged_agent_endings)), key=len, reverse=True)
)
RELATIONAL_ROLES = _folded(every(lambda lang: lang.entities.relational_roles))  # kept when nothing better is said
BELONGING_ROLES = _folded(every(lambda lang: lang.entities.belonging_roles))  # "les membres de": a group, no role
# "Me X": a lawyer; the role of a person given no other
HONORIFIC_ROLES = {fold(k): v for lang in built_in() for k, v in lang.entities.honorific_roles.items()}
# "Sen." -> "Senator", "PM" -> "prime minister": a title written short, spelt out in the role a briefing gives
ROLE_ABBREVIATIONS = {
    fold(k): v
    for lang in built_in()
    for k, v in (*lang.entities.role_abbreviations.items(), *lang.entities.title_abbreviations.items())
}
STYLE_TITLES = _folded(every(lambda lang: lang.entities.style_titles))  # "Professor X": an office said too wins
ROLE_MODIFIERS = _folded(every(lambda lang: lang.entities.role_modifiers))  # "ancien ministre", "Foreign Secretary"
# a language's own words, read only in its texts ("chargé" folds to the English "charge": "in charge of the Senate")
_PORTFOLIO_TITLES_OF = {lang.code: _folded(lang.entities.portfolio_titles) for lang in built_in()}
_GATHERING_HEADS_OF = {lang.code: _folded(lang.entities.gathering_heads) for lang in built_in()}  # "Forum"
_ATTENDANCE_WORDS_OF = {lang.code: _folded(lang.entities.attendance_words) for lang in built_in()}
EVENT_NAME_HEADS = _folded(every(lambda lang: lang.entities.event_name_heads))  # "Forum": an event unless it acts
ATTENDANCE_WORDS = _folded(every(lambda lang: lang.entities.attendance_words))  # "participer", "attend"
_EVENT_ENDS_OF = {lang.code: _folded(lang.entities.event_ends) for lang in built_in()}  # "Royal Tour"
_EVENT_END_MODIFIERS_OF = {lang.code: _folded(lang.entities.event_end_modifiers) for lang in built_in()}
# a language's subject pronouns: capitalised inside a run of capitalised words, the run is a clause written as a
# title, a motto or a slogan ("In God We Trust", "The Truths We Hold"), no name
_SUBJECT_PRONOUNS_OF = {
    lang.code: _folded(
        (*lang.subject_pronouns, *lang.quotes.organisation_pronouns, *lang.entities.more_subject_pronouns)
    )
    for lang in built_in()
}
NAME_KIND_HEADS = _folded(every(lambda lang: lang.entities.name_kind_heads))  # "le groupe SOS": an alias
MINISTRY_DOMAINS = _folded(every(lambda lang: lang.entities.ministry_domains))  # "ministre des Armées X": the role's
# masculine singular stems: feminine and plural endings are stripped in `is_nationality`
_NATIONALITY_STEMS = _folded(every(lambda lang: lang.entities.nationalities))
# Party members or people of a place as nouns ("les Unionistes", "a Maryland Democrat"): not entities, and
# they cut a capitalised run like a nationality does.
PARTISANS = _folded(every(lambda lang: lang.entities.partisans))
# "Sen. Mike Braun, R-Ind., said": a party's initial and a state's abbreviation, no name
_PARTY_INITIALS = "|".join(map(re.escape, every(lambda lang: lang.entities.party_initials))) or "(?!)"
PARTY_AND_STATE = re.compile(rf"(?:{_PARTY_INITIALS})-(?:[A-Z][A-Za-z]{{1,4}}\.?|(?:[A-Z]\.){{2}})")
DISEASES = _folded(every(lambda lang: lang.entities.diseases))  # "COVID-19": no organisation, no person
_DEMONYM_ENDINGS = tuple(fold(e) for e in every(lambda lang: lang.entities.demonym_endings))
EVENT_WORDS = _folded(every(lambda lang: lang.entities.event_words))  # such names are not entities
# "la Ligue des champions féminine", "the Pakistan Super League": a competition, as written in any language
_COMPETITION_LEAGUES = tuple(fold(w).split() for w in every(lambda lang: lang.entities.competition_leagues))
PROGRAMME_NOUNS = _folded(every(lambda lang: lang.entities.programme_nouns))  # "the General Debate week"
VENUE_ENDS = _folded(every(lambda lang: lang.entities.venue_ends))  # "Government House", not "House of Commons"
VENUE_WORDS = _folded(every(lambda lang: lang.entities.venue_words))  # a name with one is a place, not an org
BUILDING_WORDS = _folded(every(lambda lang: lang.entities.building_words))  # "at the Convention Centre"
VISIT_VERBS = _folded(every(lambda lang: lang.entities.visit_verbs))  # "visit X Hospital": the building
FEATURE_HEADS = _folded(every(lambda lang: lang.entities.feature_heads))  # "la lagune Ebrié", after an article
LOWER_VENUE_HEADS = _folded(every(lambda lang: lang.entities.lower_venue_heads)) | FEATURE_HEADS  # "le stade de X"
_LOWER_VENUE_HEADS_OF = {
    lang.code: _folded((*lang.entities.lower_venue_heads, *lang.entities.feature_heads)) for lang in built_in()
}
# "Duke" (of Kent), "Prince" (of Wales)
PEERAGE_TITLES = _folded(every(lambda lang: (*lang.entities.peerage_titles, *lang.entities.royal_titles)))
STATE_HEADS = _folded(every(lambda lang: lang.entities.state_heads))  # "République du Cameroun"
STATE_ADJECTIVES = _folded(every(lambda lang: lang.entities.state_adjectives))  # "République islamique d'Iran"
COMPASS_WORDS = _folded(every(lambda lang: lang.entities.compass_words))  # "north London", "Asie du Sud"
COMPASS_ADJECTIVES = _folded(every(lambda lang: lang.entities.compass_adjectives))  # "Balkans occidentaux"
ADJECTIVE_INITIALS = _folded(every(lambda lang: lang.entities.adjective_initials))  # "U.S. envoy", "UK Tories"
QUALIFIED_VENUE_HEADS = _folded(every(lambda lang: lang.entities.qualified_venue_heads))  # "centre culturel de"
VENUE_HEAD_ADJECTIVES = _folded(every(lambda lang: lang.entities.venue_head_adjectives))  # "le petit théâtre de X"
QUOTED_VENUE_HEADS = _folded(every(lambda lang: lang.entities.quoted_venue_heads))  # "le café « Le Central »"
PLACE_LABELS = _folded(every(lambda lang: lang.entities.place_labels))  # "Lieu : X", "Where: X"
VENUE_DEDICATION_WORDS = _folded(every(lambda lang: lang.entities.venue_dedication_words))  # "monument aux Morts"
STREET_WORDS = _folded(every(lambda lang: lang.entities.street_words))  # what follows is an address
ADDRESS_OPENERS = _folded(every(lambda lang: lang.entities.address_openers))  # "at 300 Slater Street"
ADDRESS_ENDS = _folded(every(lambda lang: lang.entities.address_ends))  # "Street", "St.", "Rd."
COMPETITION_HEADS = _folded(every(lambda lang: lang.entities.competition_heads))  # "Coupe de France"
# the kind words written with a hyphen that are one word ("rond-point"), as against a head behind a prefix
# ("l'ex-hôtel Adriatik": "hôtel")
_HYPHENED_HEADS = frozenset(w for w in LOWER_VENUE_HEADS | STREET_WORDS if "-" in w)


def head_key(word: str) -> str:
    """The folded kind word a lower-case head is looked up by: the whole word when a table holds it so ("le
    rond-point Léon Blum"), else its last part ("l'ex-hôtel Adriatik", "café-restaurant")."""
    key = fold(word)
    return key if key in _HYPHENED_HEADS else key.split("-")[-1]


ZONE_NOUNS_BEFORE = _folded(every(lambda lang: lang.entities.zone_nouns_before))  # "heure de Tunis"
ZONE_NOUNS_AFTER = _folded(every(lambda lang: lang.entities.zone_nouns_after))  # "UK time"
HONOURED_TITLES = _folded(every(lambda lang: lang.entities.honoured_titles))  # "Queen Elizabeth Park"
INSTITUTION_ACRONYMS = _folded(every(lambda lang: lang.entities.institution_acronyms))  # "l'EHPAD Marie Curie"
# the titles a building is named with, before its dedicatee ("l'aéroport Sir X", "le CHU Pr X", "le stade Général X",
# "l'église Saint X"): honoured titles, styles and the honorifics of no sex; not a civility ("M.", "Mrs"), which
# introduces a person the sentence speaks of ("reçu au palais de l'Élysée M. X")
_SEXLESS_HONORIFICS = HONORIFICS - MALE_HONORIFICS - FEMALE_HONORIFICS - PLURAL_HONORIFICS  # "Pr", "Dr", "Mgr"
DEDICATION_TITLES = HONOURED_TITLES | STYLE_TITLES | _SEXLESS_HONORIFICS
NUMBER_WORDS = _folded(every(lambda lang: lang.numbers))  # "une heure de Paris": a count, then its unit
# "Trois ministres l'accompagnent : X, Y et Z": a count's value, to tell a group of several from "un"/"une"
NUMBER_VALUES = {fold(w): n for lang in built_in() for w, n in lang.numbers.items()}
VISITED_VENUE_HEADS = _folded(every(lambda lang: lang.entities.visited_venue_heads))  # "au lycée Jean Zay": a place
VISIT_NOUNS = _folded(every(lambda lang: lang.entities.visit_nouns))  # "visite de l'hôpital X": the building
VISIT_PREPOSITIONS = _folded(every(lambda lang: lang.entities.visit_prepositions))  # "a visit to X Hospital"
NUMBERED_VENUE_HEADS = _folded(every(lambda lang: lang.entities.numbered_venue_heads))  # "Gallery 28", "salle 204"
ROOM_HEADS = _folded(every(lambda lang: lang.entities.room_heads))  # "la salle Félix Éboué": a place anywhere
NAMED_AFTER_HEADS = _folded(every(lambda lang: lang.entities.named_after_heads)) | VISITED_VENUE_HEADS  # no one
PLACE_NOUNS = _folded(every(lambda lang: lang.entities.place_nouns))  # "la commune de X": X is a place
REGION_NOUNS_AFTER = _folded(every(lambda lang: lang.entities.region_nouns_after))  # "the Kyiv region"
# every word that names a kind of place inside a place's name or right before it ("Stade X", "le lycée X", "la
# commune de X", "X Street", "north London")
PLACE_NAME_WORDS = (
    VENUE_WORDS
    | BUILDING_WORDS
    | LOWER_VENUE_HEADS
    | QUOTED_VENUE_HEADS
    | VISITED_VENUE_HEADS
    | PLACE_NOUNS
    | COMPASS_WORDS
    | REGION_NOUNS_AFTER
)
GENERIC_ORG_WORDS = _folded(every(lambda lang: lang.entities.generic_org_words))  # kept only with a complement
MEETING_QUALIFIERS = _folded(every(lambda lang: lang.entities.meeting_qualifiers))  # "Conseil européen extraordinaire"
MEETING_NAMES = _folded(every(lambda lang: lang.entities.meeting_names))  # "le Conseil des ministres": a meeting
MEETING_OPENERS = _folded(every(lambda lang: lang.entities.meeting_openers))  # "Conférence de presse": a meeting
COMPANY_ORGANS = _folded(every(lambda lang: lang.entities.company_organs))  # "the Board of Directors"

# Function words around names
ARTICLES = _folded(every(lambda lang: lang.entities.articles))  # "le", "the"
ARTICLES_AFTER_OF = _folded(every(lambda lang: lang.entities.articles_after_of))  # "chef de la diplomatie"
OF_WORDS = _folded(every(lambda lang: lang.entities.of_words))  # "de", "of": a complement follows
SINGULAR_ARTICLES = _folded(every(lambda lang: lang.entities.singular_articles))  # "le", "the"
PLURAL_ARTICLES = _folded(every(lambda lang: lang.entities.plural_articles))  # "les", "aux"
CONTRACTED_ARTICLES = _folded(every(lambda lang: lang.entities.contracted_articles))  # "du", "au"
IRREGULAR_PASTS = _folded(every(lambda lang: lang.entities.irregular_pasts))  # "met", "saw"
MINISTRY_HEADS = _folded(every(lambda lang: lang.entities.ministry_heads))  # "le ministère français des ..."
# gender and number endings, longest first: "américaines" is "américain" + "es"
_NATIONALITY_ENDINGS = tuple(sorted(every(lambda lang: lang.entities.nationality_endings), key=len, reverse=True))
AND_WORDS = _folded(every(lambda lang: lang.entities.and_words))  # "et", "and"
DETERMINERS = _folded(every(lambda lang: lang.entities.determiners))
# what follows a number to make it an amount ("millions", "bn", "per cent"): "N723 million" is an amount, no name
FIGURE_UNIT = re.compile(r"(?i:" + "|".join(every(lambda lang: lang.facts.figure_units)) + r")$")
CURRENCY_CODES = frozenset(fold(code) for code in list_currencies())  # "150 000 GNF": an amount, no organisation


def _time_zones() -> frozenset[str]:
    """The abbreviations the time zone database gives the world's zones in winter and summer ("GMT", "CEST", "ADT",
    "IST"), as written: after a clock time, a zone, no organisation ("6:05 p.m. ADT"); and each standard or daylight
    zone by its season-free letters, as North American news writes them ("EST", "EDT": "8:30 a.m. ET")."""
    found = set()
    for zone in zoneinfo.available_timezones():
        for month in (1, 7):
            name = dt.datetime(2024, month, 1, tzinfo=zoneinfo.ZoneInfo(zone)).tzname() or ""
            if re.fullmatch(r"[A-Z]{2,5}", name):
                found.add(name)
            if seasonal := re.fullmatch(r"([A-Z]{1,2})[SD]T", name):
                found.add(seasonal.group(1) + "T")
    return frozenset(found)


TIME_ZONES = _time_zones()


def _category_codes() -> re.Pattern[str]:
    """ "U13", "J16", "D2": a letter and one or two digits (a division's letter and one), a sports category, a round
    or a division, as the languages' tables give their letters."""
    two = "".join(sorted(set(every(lambda lang: lang.entities.category_code_letters))))
    one = "".join(sorted(set(every(lambda lang: lang.entities.division_code_letters))))
    codes = [rf"[{two}]\d{{1,2}}"] * bool(two) + [rf"[{one}]\d"] * bool(one)
    return re.compile("|".join(codes) or "(?!)")


CATEGORY_CODE = _category_codes()
COUNTING_DETERMINERS = _folded(every(lambda lang: lang.entities.counting_determiners))  # "des TGV", "two PACs"
BARE_NOUN_PREPOSITIONS = _folded(every(lambda lang: lang.entities.bare_noun_prepositions))  # "en AG", "en CDI"
# Words that may join the capitalised words of one name ("Quai d'Orsay", "Bank of England", "bin Salman").
CONNECTORS = _folded((*every(lambda lang: lang.entities.connectors), *names.PARTICLES))
ORG_CONNECTORS = _folded(every(lambda lang: lang.entities.org_connectors))  # "Committee on Ethics"
FIELD_HEADS = _folded(every(lambda lang: lang.entities.field_heads))  # "Committee" (on Ethics)
PURPOSE_OF_WORDS = _folded(every(lambda lang: lang.entities.purpose_of_words))  # "Haute Autorité pour la ..."
NOT_PURPOSE_NOUNS = _folded(every(lambda lang: lang.entities.not_purpose_nouns))  # "pour le moment"
# Particles inside a person's name ("Charles de Gaulle", "Ursula von der Leyen") ...
NAME_PARTICLES = _folded((*every(lambda lang: lang.entities.weak_particles), *names.PARTICLES))
# ... and every word that may begin a surname, articles included ("Le Pen", "ter Horst").
PARTICLES = _folded((*every(lambda lang: lang.entities.particles), *names.PARTICLES, *names.SURNAME_ONLY_PARTICLES))
# ... of which those that chain a name's parts, never a French "de" ("bin Nasser bin Khalifa Al Thani").
CHAIN_PARTICLES = _folded(names.PARTICLES)
PARTICLE_ARTICLES = _folded(every(lambda lang: lang.entities.particle_articles))  # "Le Monde" or "Le Pen"
WEAK_PARTICLES = _folded(every(lambda lang: lang.entities.weak_particles))  # "Tirailleurs d'Epinal" too
LEADER_NOUNS = _folded(every(lambda lang: lang.entities.leader_nouns))  # "le gouvernement Aznar": a person
LED_BODIES_BEFORE = _folded(every(lambda lang: lang.entities.led_bodies_before))  # "le gouvernement Valls"
LED_BODIES_AFTER = _folded(every(lambda lang: lang.entities.led_bodies_after))  # "the Biden administration"
SPEAKER_NOUNS = _folded(every(lambda lang: lang.entities.speaker_nouns))  # "un responsable de la Maison Blanche"
ISSUED_NOUNS = _folded(every(lambda lang: lang.entities.issued_nouns))  # "l'agenda de la présidence danoise"
ACCORDING_TO = _folded(every(lambda lang: lang.entities.according_to))  # "selon X": X speaks
SOURCE_NOUNS = _folded(every(lambda lang: lang.entities.source_nouns))  # "une information de X": X reports
REPORT_VERBS = _folded(every(lambda lang: lang.entities.report_verbs))  # "X reported", "X a révélé": X an outlet
JOURNALIST_NOUNS = _folded(every(lambda lang: lang.entities.journalist_nouns))  # "a reporter for X": X an outlet
JOURNALIST_LINKS = _folded(every(lambda lang: lang.entities.journalist_links))
BROADCAST_WORDS = _folded(every(lambda lang: lang.entities.broadcast_words))  # "Keswick Public Radio": an outlet
REPORT_AGENTS = _folded(every(lambda lang: lang.entities.report_agents))  # "reported by X", "révélé par X"
SPEECH_OR_ACTION = frozenset(
    w.lower() for w in every(lambda lang: lang.entities.speech_or_action)
)  # "X a", "X said": X acts
SPEECH_AFTER = _folded(every(lambda lang: lang.entities.speech_after))  # "Friedman said", "said Allan Friedman"
# the one-word forms of the quote extractor's speech verbs: "« ... », glisse Zineb", "..., said Okafor"
QUOTE_VERBS = _folded(v for v in every(lambda lang: lang.quotes.speech_verbs) if " " not in v and "_" not in v)
OWNED_NOUNS = _folded(every(lambda lang: lang.entities.owned_nouns))  # "Twitter accounts": a company's
COMMITTEE_HEADS = _folded(every(lambda lang: lang.entities.committee_heads))  # "en commission des lois"
STATEMENT_VERBS = _folded(every(lambda lang: lang.entities.statement_verbs))  # "X Palace released": the body
OFFICE_WORDS = _folded(every(lambda lang: lang.entities.office_words))  # "serving in the White House": the office
INSIDE_VOICES = _folded(every(lambda lang: lang.entities.inside_voices))  # "À Matignon, on assure": its people
PERSON_RELATIVES = _folded(every(lambda lang: lang.entities.person_relatives))  # "Jane Roe, whose": a person
DATIVE_HEADS = _folded(every(lambda lang: lang.entities.dative_heads))  # "hommage à X": X is a person
# "Khan Younès où", "Lagos, where": a place (as written: folded, "où" would be "ou", "or")
PLACE_RELATIVES = frozenset(w.lower() for w in every(lambda lang: lang.entities.place_relatives))
MATCH_NOUNS = _folded(every(lambda lang: lang.entities.match_nouns))  # "le succès contre X": a match
# "contre X", "face à X", "against X": X is the other team
OPPONENT_WORDS = tuple(tuple(w.split()) for w in _folded(every(lambda lang: lang.entities.opponent_words)))
MATCH_VERBS = _folded(every(lambda lang: lang.entities.match_verbs))  # "beat X": a team only in a match's sentence
FIXTURE_NOUNS = _folded(every(lambda lang: lang.entities.fixture_nouns))  # "match", "league": no vote's "victory"
ORGANISED_EVENTS = _folded(every(lambda lang: lang.entities.organised_events))  # "Festival": a body runs it
ORGANISER_NOUNS = _folded(every(lambda lang: lang.entities.organiser_nouns))  # "the X Festival committee"
PLURAL_VERBS = _folded(every(lambda lang: lang.entities.plural_verbs))  # "Fylde have": the club, not the town
# "AFC Fylde", "Greenville Triumph SC", "FC Metz": a club's mark, as written (not folded: "As" opens a sentence)
CLUB_MARKS = frozenset(every(lambda lang: lang.entities.club_marks))
GROUP_ARTICLES = frozenset(every(lambda lang: lang.entities.group_articles))  # "The Killers", as written
ENSEMBLE_HEADS = _folded(every(lambda lang: lang.entities.ensemble_heads))  # "l'Orchestre symphonique Victor Hugo"
PERFORMANCE_WORDS = _folded(every(lambda lang: lang.entities.performance_words))  # "lineup", "concert"
CLUB_SUFFIXES = frozenset(every(lambda lang: lang.entities.club_suffixes))  # "Grimsby Town", as written
STANDING_NOUNS = _folded(every(lambda lang: lang.entities.standing_nouns))  # "à 3 points de X", "X (27 pts)"
STANDING_PREPOSITIONS = _folded(every(lambda lang: lang.entities.standing_prepositions))  # "points behind X"
# "(4e)", "(1er)", "(10th)": a rank, as a fixture list writes a club's standing
RANK_SUFFIXES = _folded(
    every(lambda lang: lang.timex_cues.ordinal_suffixes) + every(lambda lang: lang.entities.rank_suffixes)
)
AFFILIATION_PREPOSITIONS = _folded(every(lambda lang: lang.entities.affiliation_prepositions))  # "X from Y says"
AFTER_PLACE = _folded(every(lambda lang: lang.entities.after_place))  # "died in Ripley on Wednesday"
NEAR_PLACE = _folded(every(lambda lang: lang.entities.near_place))  # "in Ripley": a place
TOWN_PREPOSITIONS = _folded(every(lambda lang: lang.entities.town_prepositions))  # "à Soumy": where, no body
PLACE_PREPOSITIONS = _folded(every(lambda lang: lang.entities.place_prepositions))  # "à Montpellier"
NOT_COMPLEMENTS = _folded(every(lambda lang: lang.entities.not_complements))  # "de ce que": not a name's complement
CLITICS = _folded(every(lambda lang: lang.entities.clitics))  # "l'ancien ministre se définit"
PAST_ENDINGS = every(lambda lang: lang.entities.past_endings)  # "a indiqué le quai d'Orsay": an inverted subject
ADJECTIVE_SUFFIXES = every(lambda lang: lang.entities.adjective_suffixes)  # "New Zealand-born"
LAW_ENDS = _folded(every(lambda lang: lang.entities.law_ends))  # "Patriot Act"
DOCUMENT_ENDS = _folded(every(lambda lang: lang.entities.document_ends))  # "General Fund Amendments"
BILL_CODES = _folded(every(lambda lang: lang.entities.bill_codes))  # "H.B. 147 Utah Marriage Commission"
TITLE_SMALL_WORDS = _folded(every(lambda lang: lang.entities.title_small_words))  # "Riding in Motor Vehicles"
ORDINAL_PRONOUNS = _folded(every(lambda lang: lang.entities.ordinal_pronouns))  # "Le premier, X": one of a group
# "D.C. She later studied": after an abbreviation's full stop, a subject pronoun opens a new sentence
SUBJECT_PRONOUNS = _folded(
    (
        *every(lambda lang: lang.subject_pronouns),
        *every(lambda lang: lang.quotes.organisation_pronouns),
        *every(lambda lang: lang.entities.more_subject_pronouns),
    )
)
# ... and so does a possessive determiner ("she and I. My apartment")
SENTENCE_OPENERS = SUBJECT_PRONOUNS | _folded(every(lambda lang: lang.entities.possessive_determiners))
CALLS_TO_ACTION = _folded(every(lambda lang: lang.entities.calls_to_action))  # "Retrouvez l'agenda": no name
# ... by the verb alone, its pronoun written with a hyphen or not ("abonnez vous", "Abonnez-vous")
CALL_VERBS = frozenset(call.split("-")[0] for call in CALLS_TO_ACTION)
# The platforms statements are made on (orgtables/outlets.txt): "Follow us on Facebook" names no participant
PLATFORMS = organisations.platforms()
STORM_NOUNS = _folded(every(lambda lang: lang.entities.storm_nouns))  # "la tempête Ciaran": a storm, no one
VESSEL_NOUNS = _folded(every(lambda lang: lang.entities.vessel_nouns))  # "le navire Ocean Viking": a ship, no one
SHIP_PREFIXES = _folded(every(lambda lang: lang.entities.ship_prefixes))  # "USS Iwo Jima": a ship, no one
TITLE_WORDS = _folded(every(lambda lang: lang.entities.title_words))  # "intitulée « ... »": a title follows
WORK_NOUNS = _folded(every(lambda lang: lang.entities.work_nouns))  # "le film Anatomie d'une chute": a title
# acronyms of things as written ("DNA", "OGM", "PhD"): no organisation by their shape alone
THING_ACRONYMS = frozenset(every(lambda lang: lang.entities.thing_acronyms))
DISEASE_NOUNS = _folded(every(lambda lang: lang.entities.disease_nouns))  # "Ebola outbreak", "le variant Delta"
DISEASE_COUNTS = _folded(every(lambda lang: lang.entities.disease_counts))  # "cases of Ebola"
ROLE_OF_WORDS = OF_WORDS | _folded(every(lambda lang: lang.entities.role_of_words))  # "spokesman for"
ROLE_DETERMINERS = _folded(every(lambda lang: lang.entities.role_determiners))  # "X, le ministre"
ROLE_PREPOSITIONS = _folded(every(lambda lang: lang.entities.role_prepositions))  # "commissaire au budget"
ROLE_STOPS = _folded(every(lambda lang: lang.entities.role_stops))  # end a role phrase
# the marks of an English owner as the text writes them ("Israel's", "Festival’s"), the timex cues' own
POSSESSIVES = frozenset(every(lambda lang: lang.timex_cues.possessive_endings))
ADVERB_ENDINGS = every(lambda lang: lang.entities.adverb_endings)  # "visiblement": no apposed description
PARTICIPLE_ENDINGS = every(lambda lang: lang.entities.participle_endings)  # "sentenced", read with no tagger
ROLE_ADVERBS = _folded(every(lambda lang: lang.entities.role_adverbs))  # "X, now the head of"
CLAUSE_ADVERBS = _folded(every(lambda lang: lang.entities.clause_adverbs))  # "the lawyer once defended X"
COMPARATIVES = _folded(every(lambda lang: lang.entities.comparative_words))  # "a candidate other than X"
AGE_WORDS = _folded(w for entry in every(lambda lang: lang.entities.age_words) for w in entry.split())  # "45 ans"
# word sequences, longest first, that may open an apposed role: "l'un des", "one of the", "qui est", "who is",
# "présenté comme"
ROLE_OPENERS = tuple(
    sorted(
        {
            tuple(fold(w).split())
            for w in every(
                lambda lang: (*lang.entities.one_of, *lang.entities.relative_copulas, *lang.entities.presented_as)
            )
        },
        key=len,
        reverse=True,
    )
)


def _sequences(entries: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """Entries of several words ("who_is", "à_la_tête_de") as folded word sequences, longest first."""
    return tuple(sorted({tuple(fold(w).split()) for w in entries}, key=len, reverse=True))


# "qui", "who": the relative pronoun that opens a relative copula, no part of a role after it
RELATIVE_WORDS = frozenset(seq[0] for seq in _sequences(every(lambda lang: lang.entities.relative_copulas)))
# "who heads", "à la tête de": the words of leading that give a role with what they lead
LEAD_PHRASES = _sequences(every(lambda lang: lang.entities.lead_phrases))
# "est", "was named": the verb after a name that gives it its role as the attribute ("X est le président de ...")
PREDICATE_COPULAS = _sequences(every(lambda lang: lang.entities.predicate_copulas))
# "en tant que", "in her capacity as": the role a clause says its subject acts in
CAPACITY_OPENERS = _sequences(every(lambda lang: lang.entities.capacity_openers))
# "par intérim", "ad interim": words that qualify a role inside it, though a stop word opens them
ROLE_QUALIFIERS = _sequences(every(lambda lang: lang.entities.role_qualifiers))
# "for", "par", "et": the small words inside a role's title written in capitals ("Minister for Energy and Irrigation")
ROLE_LINKS = _folded(every(lambda lang: lang.entities.role_links))
# "comme", "such as": the names after them are examples of the plural role before ("des écrivains comme X et Y")
EXAMPLE_OPENERS = _sequences(every(lambda lang: lang.entities.example_openers))
# "from", "de la": an apposition so opened names the body a person comes from ("X, de la CGT, précise")
AFFILIATION_OPENERS = _sequences(every(lambda lang: lang.entities.affiliation_openers))
# "al-Assad": the prefix glued to a name; "d'Estaing": a particle elided onto it
GLUED_PREFIX = "(?:" + "|".join(names.GLUED_PREFIXES) + ")-"
ELIDED = "(?:" + "|".join(sorted(p[:-1] for p in PARTICLES if p.endswith("'"))) + ")['’]"
STOP_WORDS = stop_words()  # no meaning for fact coverage
# "M.", "Sept.": a full stop that ends no sentence (lower case, accents kept: compared as written)
ABBREVIATIONS = frozenset(w.lower() for w in every(lambda lang: lang.entities.abbreviations))
# "St. Louis", "Mt. Vernon": a short word whose full stop ends no name, at the name's start
NAME_OPENING_ABBREVIATIONS = _folded(every(lambda lang: lang.entities.name_opening_abbreviations))
# An honorific as a regex, its full stop optional ("M.", "Mr", "Mrs."), longest first.
HONORIFIC_PATTERN = (
    r"\b(?:"
    + "|".join(
        sorted(
            {
                re.escape(w.rstrip("."))
                for w in every(lambda lang: (*lang.entities.every_honorific, *lang.entities.plural_honorifics))
            },
            key=lambda w: (-len(w), w),
        )
    )
    + r")\.?"
)
NOT_IN_ACRONYMS = _folded(every(lambda lang: lang.entities.not_in_acronyms))  # "INSEE" skips "de la"
ACRONYM_LEGAL_FORMS = _folded(every(lambda lang: lang.entities.acronym_legal_forms))  # "PG&E" skips "Co."


_ARTICLE_DEMONYM_ENDINGS = tuple(fold(e) for e in every(lambda lang: lang.entities.article_demonym_endings))


def is_demonym_after_article(word: str) -> bool:
    """A demonym right after an article, where an ending given names share is one too ("le Gambien", "l'Italien"),
    also compound ("l'Équato-Guinéen", "la Franco-Algérienne"), not a saint's town ("le Saint-Étienne")."""
    key = fold(word)
    first, dash, last = key.rpartition("-")
    if dash:
        parts = first.split("-")
        saint = bool(re.fullmatch(_SAINTS, word.split("-")[0], re.IGNORECASE)) if _SAINTS else False
        return all(p.isalpha() for p in parts) and not saint and is_demonym_after_article(last)
    ending = key.isalpha() and len(key) > 5 and key.endswith(_ARTICLE_DEMONYM_ENDINGS) and not _is_place_key(key)
    return is_demonym(word) or bool(ending)


def is_demonym(word: str) -> bool:
    """A capitalised people-of-a-place noun ("Marseillais", "Héraultais", "Luxembourgeoise", "Albanais")."""
    key = fold(word)
    if _is_place_key(key):
        return False
    return is_nationality(key) or (key.isalpha() and len(key) > 5 and any(key.endswith(e) for e in _DEMONYM_ENDINGS))


# Common nouns that sentence case or titles capitalise, and the calendar's names: never an entity alone.
MONTH_WORDS = _folded(every(lambda lang: tuple(lang.month_numbers)))  # "Jul", "janv"
WEEKDAYS = _folded(every(lambda lang: lang.weekdays))
TIME_QUALIFIERS = _folded(every(lambda lang: lang.entities.time_qualifiers))  # "Late Friday": a time, no name
COMMON_CAPS = _folded(every(lambda lang: (*lang.entities.common_caps, *lang.months, *lang.weekdays)))
ORG_HEADS = _folded(every(lambda lang: lang.entities.org_heads))  # "la filiale du groupe KNDS", "oil giant BP"
ORG_WORDS = _folded(
    (
        *names.ORGANISATIONS,
        *names.LEGAL_FORMS,
        *every(lambda lang: (*lang.entities.org_words, *lang.entities.outlet_words)),
    )
)  # "Union européenne", "Bank of England", "Ottawa Citizen", "Siemens AG"
NEWS_AGENCIES = _folded(names.NEWS_AGENCIES)  # "PARIS (AP)": a dateline's agency, no region's code
ORG_OPENERS = _folded(every(lambda lang: lang.entities.org_openers))  # "World Athletics": no person's name
# "Pont-à-Mousson", "Rilly-sur-Vienne", "St-Pierre-des-Corps": the shape of a town's name.
_LINKS = "|".join(sorted({re.escape(w) for w in every(lambda lang: lang.entities.place_links)}, key=len, reverse=True))
SAINTS = _folded(every(lambda lang: lang.entities.place_saints))  # "St Patrick's Day": a saint's title
_SAINTS = "|".join(re.escape(w) for w in every(lambda lang: lang.entities.place_saints))
_TOWN_SHAPE = re.compile(
    rf"(?:[A-ZÀ-Þ][^\W\d_]+(?:-(?:{_LINKS or '(?!)'}))+-[A-ZÀ-Þ][^\W\d_'’]*(?:-[^\W\d_]+)*"
    rf"|(?:{_SAINTS or '(?!)'})-[A-ZÀ-Þ][^\W\d_]+(?:-[^\W\d_]+)*)"
)


def town_shaped(word: str) -> bool:
    """A hyphenated name with a lower-case link word or a saint's prefix: "Montlouis-sur-Loire", "Saint-Malo"."""
    return bool(_TOWN_SHAPE.fullmatch(word.replace("’", "'")))


OUTLET_WORDS = _folded(every(lambda lang: lang.entities.outlet_words))  # "Wall Street Journal" is a newspaper
ORG_ADJECTIVES = _folded(every(lambda lang: lang.entities.org_adjectives))  # "Nations unies" goes on
HONOURS = _folded(every(lambda lang: lang.entities.honours))  # "Légion d'honneur": a decoration
HONOUR_RANKS = _folded(every(lambda lang: lang.entities.honour_ranks))  # "commandeur de l'ordre national"
# "économique, social et culturel": the adjectives a body's name lists its fields with
FIELD_ADJECTIVE_ENDINGS = tuple(_folded(every(lambda lang: lang.entities.field_adjective_endings)))
INSTITUTION_HEADS = _folded(every(lambda lang: lang.entities.institution_heads))  # "le parlement européen"
CHAMBER_HEADS = _folded(every(lambda lang: lang.entities.chamber_heads))  # "House of Commons"
CHAMBERS = _folded(every(lambda lang: lang.entities.chambers))  # "the House and Senate": two chambers
QUALIFIER_SUFFIXES = _folded(every(lambda lang: lang.entities.qualifier_suffixes))  # "the Republican-led Senate"
LOCAL_BODY_HEADS = _folded(every(lambda lang: lang.entities.local_body_heads))  # "la préfecture du Var"
BUILDING_PREPOSITIONS = _folded(every(lambda lang: lang.entities.building_prepositions))  # "devant la mairie"
TERRITORY_OF_WORDS = _folded(every(lambda lang: lang.entities.territory_of_words))  # "des", "du"
INSTITUTION_NATIONALITIES = _folded(every(lambda lang: lang.entities.institution_nationalities))  # "européen"
NATIONAL_INSTITUTION_HEADS = _folded(every(lambda lang: lang.entities.national_institution_heads))  # "présidence"
OFFICE_TERMS = _folded(every(lambda lang: lang.entities.office_terms))  # "présidence": also a term of office
STATE_FORMS = _folded(every(lambda lang: lang.entities.state_forms))  # "la présidence de la République"
CAPITALISED_BODIES = _folded(every(lambda lang: lang.entities.capitalised_bodies))  # "la Préfecture a publié"
UNION_NAMES = _folded(every(lambda lang: lang.entities.union_names))  # "CGT", "FSU": "Snes-FSU", "CGT agricole"
UNION_BRANCHES = _folded(every(lambda lang: lang.entities.union_branches))  # "agricole": "CGT agricole"
JOINT_BODIES = _folded(every(lambda lang: lang.entities.joint_bodies))  # "l'intersyndicale a appelé"
STAFF_ROLES = _folded(every(lambda lang: lang.entities.staff_roles))  # "Hibernian manager X": X's employer
FIRM_ROLES = _folded(every(lambda lang: lang.entities.firm_roles))  # "le PDG d'Ubisoft": Ubisoft a firm
COURT_HEADS = _folded(every(lambda lang: lang.entities.court_heads))  # "la cour d'assises"
COURT_KINDS = _folded(every(lambda lang: lang.entities.court_kinds))
COURT_KIND_OPENERS = _folded(every(lambda lang: lang.entities.court_kind_openers))  # "de grande instance"
TERRITORIAL_ADJECTIVES = _folded(every(lambda lang: lang.entities.territorial_adjectives))  # "conseil municipal de X"
CONSULAR_HEADS = _folded(every(lambda lang: lang.entities.consular_heads))  # "la chambre d'agriculture"
CONSULAR_FIELDS = _folded(every(lambda lang: lang.entities.consular_fields))
COURT_ADJECTIVES = _folded(every(lambda lang: lang.entities.court_adjectives))  # "tribunal correctionnel"
MEDIUM_VERBS = _folded(every(lambda lang: lang.entities.medium_verbs))  # "écrit sur X": X an outlet
MEDIUM_PREPOSITIONS = _folded(every(lambda lang: lang.entities.medium_prepositions))
ELECTION_NOUNS = _folded(every(lambda lang: lang.entities.election_nouns))  # "X and Y Assembly elections"
AUXILIARIES = _folded(every(lambda lang: lang.entities.auxiliaries))  # "l'a dévoilé"
# the verbs that say a clause goes on where no tagger reads the text (English): speech, action, reporting and visits,
# and the auxiliaries ("The Prime Minister said", "the Conservative MP will")
UNTAGGED_VERBS = SPEECH_OR_ACTION | SPEECH_AFTER | AUXILIARIES | REPORT_VERBS | VISIT_VERBS
MEMBER_NOUNS = _folded(every(lambda lang: lang.entities.member_nouns))  # "members of X": X an organisation
PERCENT_WORDS = _folded(every(lambda lang: lang.entities.percent_words))  # "3 per cent of X": X is a company
INSTITUTION_LEADS = _folded(every(lambda lang: lang.entities.institution_leads))  # "au parlement"
INSTITUTION_OF_WORDS = _folded(every(lambda lang: lang.entities.institution_of_words))  # "parlement de Strasbourg"

# Buildings and streets that stand for an institution: an organisation when they speak or act.
INSTITUTIONS = {fold(w): w for w in names.INSTITUTIONS} | {
    fold(k): v for lang in built_in() for k, v in lang.entities.institutions.items()
}


def _variant_groups() -> list[frozenset[str]]:
    """Well-known organisations that go by several names, one group per organisation over the languages."""
    groups: dict[str, set[str]] = {}
    for lang in built_in():
        for key, variants in lang.entities.org_variants.items():
            groups.setdefault(key, set()).update(fold(v) for v in variants)
    return [frozenset(g) for g in groups.values()]


KNOWN_ORGS = frozenset().union(*_variant_groups())  # every name of those groups: a known organisation
# a party's name and its members' words ("Republican Party", "Republicans", "GOP"): one organisation
PARTY_MEMBERS = {fold(w): party for lang in built_in() for party, ws in lang.entities.party_members.items() for w in ws}
_PARTY_GROUPS = [
    frozenset({fold(party)} | {w for w, p in PARTY_MEMBERS.items() if p == party})
    for party in sorted(set(PARTY_MEMBERS.values()))
]
ORG_VARIANTS = _variant_groups() + _PARTY_GROUPS  # every variant joins the first one met


_COMMON_VENUES_OF = {
    lang.code: tuple(tuple(re.findall(r"[^\W_]+'?", fold(venue))) for venue in lang.entities.common_venues)
    for lang in built_in()
}


def common_venues(lang: str) -> tuple[tuple[str, ...], ...]:
    """The venues every town has, named by common nouns, in one language, each as its folded words with their
    apostrophes ("pavillon", "d'", "honneur"), as the text's words are cut."""
    return _COMMON_VENUES_OF.get(lang, ())


def lower_venue_heads(lang: str) -> frozenset[str]:
    """The lower-case heads of a venue's name in one language: a common noun of that language, which another
    language's text may use as a plain word ("take place July 15" is no French "place")."""
    return _LOWER_VENUE_HEADS_OF.get(lang, LOWER_VENUE_HEADS)


_PEERAGE_TITLES_OF = {lang.code: _folded(lang.entities.peerage_titles) for lang in built_in()}


def peerage_titles(lang: str) -> frozenset[str]:
    """A peer's titles in one language ("Duke", "Countess"), without a royal's ("Prince")."""
    return _PEERAGE_TITLES_OF.get(lang, frozenset())


def portfolio_titles(lang: str) -> frozenset[str]:
    """A minister's titles in one language ("ministre", "chargée"): after one and "de", the portfolio."""
    return _PORTFOLIO_TITLES_OF.get(lang, frozenset())


def gathering_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """A gathering's heads ("Forum") and the words that attend one ("participer"), in one language."""
    return _GATHERING_HEADS_OF.get(lang, frozenset()), _ATTENDANCE_WORDS_OF.get(lang, frozenset())


def subject_pronouns(lang: str) -> frozenset[str]:
    """The subject pronouns of one language ("we", "they"; "nous", "ils")."""
    return _SUBJECT_PRONOUNS_OF.get(lang, frozenset())


def names_a_competition(text: str) -> bool:
    """The name holds the words of a league named by who plays in it ("UEFA Women's Champions League", "Ligue des
    nations de l'UEFA"), on word boundaries: the competition, not a body, whatever comes before or after them."""
    said = re.findall(r"[^\W_]+", fold(text))
    return any(said[k : k + len(league)] == league for league in _COMPETITION_LEAGUES for k in range(len(said)))


def event_ends(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The last words of an event's name ("Tour", "Conference") and their modifiers ("Annual"), in one language."""
    return _EVENT_ENDS_OF.get(lang, frozenset()), _EVENT_END_MODIFIERS_OF.get(lang, frozenset())


def is_role_head(word: str) -> bool:
    """A role word, also inside a hyphenated one ("secrétaire-général", "ex-président")."""
    key = fold(word)
    if key in PLACE_NOUNS:
        return False  # "chef-lieu" is a town, not a chief
    return key in ROLE_HEADS or ("-" in key and any(part in ROLE_HEADS for part in key.split("-")))


_AGENT_MIN_CHARS = 6  # "lien", "rien", "bien", "piste" are too short to be read as someone's trade by their ending


def is_agent_noun(word: str) -> bool:
    """A lower-case word ending as a noun of someone who does something does ("toxicologue", "braconniers",
    "ex-auditeur"); the caller asks the tagger whether it is a noun there."""
    key = fold(word.rsplit("-", 1)[-1])
    if not word.islower() or not key.isalpha() or len(key) < _AGENT_MIN_CHARS or key in PLACE_NOUNS:
        return False
    stem = key[:-1] if key.endswith("s") else key  # "braconniers", "biologistes"
    return stem.endswith(AGENT_ENDINGS) and stem not in AGENT_LOOKALIKES


def is_untagged_agent(word: str) -> bool:
    """A lower-case word that names someone by what they do, read with no tagger: an agent ending ("bomber",
    "trader", "historian") on a common word ("bomb", "trade", "history"), the things so ended aside ("corner")."""
    key = fold(word)
    if not word.islower() or not key.isalpha() or len(key) < _AGENT_MIN_CHARS or key in AGENT_LOOKALIKES:
        return False
    ending = next((e for e in UNTAGGED_AGENT_ENDINGS if key.endswith(e)), None)
    if ending is None or (ending == "er" and key[:-2] + "est" in COMMON_WORDS):
        return False  # "younger", "bigger": a comparative, its superlative a word too
    return _common_stem(key[: -len(ending)]) or _compound_stem(key[: -len(ending)])


def _common_stem(stem: str) -> bool:
    """Whether an agent noun's stem is a common word, in one of the shapes it takes before the ending."""
    return any(word in COMMON_WORDS for word in _agent_stems(stem))


def _compound_stem(stem: str) -> bool:
    """Whether an agent noun's stem is two common words ("shopkeep" of "shopkeeper", "bricklay" of "bricklayer")."""
    return any(
        stem[:cut] in COMMON_WORDS and _common_stem(stem[cut:])
        for cut in range(_COMPOUND_PART, len(stem) - _COMPOUND_PART + 1)
    )


_COMPOUND_PART = 3  # "car", "lay": a shorter part is not read as a word of its own


def _agent_stems(stem: str) -> tuple[str, ...]:
    """The words an agent noun may be made on, once its ending is off: "bomb" (bomber), "trad" + e (trader), "run"
    (runner, its last consonant doubled), "histor" + y (historian)."""
    doubled = (stem[:-1],) if len(stem) > 2 and stem[-1] == stem[-2] else ()
    return (stem, stem + "e", stem + "y", *doubled)


def is_nationality(word: str) -> bool:
    """True for a nationality adjective in any gender/number ("américaine", "chinois", "French")."""
    w = fold(word)
    if w in _NATIONALITY_STEMS:
        return True
    if _is_place_key(w):  # "Grèce" is not "grec" + e, "Vienne" not a demonym
        return False
    return any(w.endswith(suffix) and w[: -len(suffix)] in _NATIONALITY_STEMS for suffix in _NATIONALITY_ENDINGS)


def _load_places() -> dict[str, dict[str, str]]:
    data = json.loads(resources.files("generator.extract.ner").joinpath("gazetteer.json").read_text("utf-8"))
    table: dict[str, dict[str, str]] = {}
    for lang, spellings in data["places"].items():
        entries: dict[str, str] = {}
        for name in spellings:
            entries[fold(name)] = name
            # ("Saint-Vincent-et-les Grenadines" as the list writes it, every space a hyphen as a text may: the key
            # `_listed_key` tries for "Saint Vincent et les Grenadines")
            if "-" in name and " " in name:
                entries.setdefault(fold(name).replace(" ", "-"), name)
            for word in AND_WORDS:  # CLDR writes "Trinidad & Tobago", articles write "Trinidad and Tobago"
                entries.setdefault(fold(name.replace(" & ", f" {word} ")), name.replace(" & ", f" {word} "))
            # "Le Caire" is also met as "Caire" after "du"/"au"; "La Haye" as "Haye".
            head, _, rest = name.partition(" ")
            if head[:1].isupper() and fold(head) in ARTICLES and rest:
                entries.setdefault(fold(rest), name)
        table[lang] = entries
    # (the capitals' list names each country as GeoNames does, some of them otherwise than CLDR's short forms: "Saint
    # Vincent and the Grenadines", "Saint Kitts and Nevis" for "St. Vincent & Grenadines"): a table of its own, which
    # `place_name` reads after the article's language's
    table["capitals"] = {fold(country): country for country in capitals.load().values()}
    return table


PLACES = _load_places()


def _is_place_key(key: str) -> bool:
    return any(_listed_key(key, table) is not None for table in PLACES.values())


def _listed_key(key: str, listed: Container[str]) -> str | None:
    """The key as the list writes it: as given, or with the hyphens a compound place takes where the text writes
    spaces ("Congo Brazzaville", "Guinée Bissau", "Aix en Provence" for the lists' "Congo-Brazzaville", ...)."""
    if key in listed:
        return key
    joined = key.replace(" ", "-")
    return joined if " " in key and joined in listed else None


def _load_countries() -> frozenset[str]:
    # (CLDR names each country by a two-letter code; its regions, "Afrique", "Amérique du Nord", by numbers)
    return frozenset(
        fold(name) for code in BUILT_IN for key, name in Locale.parse(code).territories.items() if key.isalpha()
    )


COUNTRIES = _load_countries()


def is_country(text: str) -> bool:
    """A country in CLDR's words, in some built-in language ("Chine", "Sudan"; not "Afrique", "London")."""
    return fold(text) in COUNTRIES


def is_place(text: str) -> bool:
    """The gazetteer knows the place in some language (accents and case ignored)."""
    return _is_place_key(fold(text))


def is_town(text: str) -> bool:
    """A town of the world list that the hand-written gazetteer may not know ("Fremont", "Montauban")."""
    return _listed_key(fold(text), TOWNS) is not None


def is_known_place(text: str) -> bool:
    """A place the gazetteer knows, or a town of the world list."""
    return is_place(text) or is_town(text)


def is_given_name_place(text: str) -> bool:
    """A town or region of the world lists that is a given name too ("Regina", "Aude")."""
    return fold(text) in GIVEN_NAME_PLACES


def is_subdivision(text: str) -> bool:
    """A state, province, region or département of the world list ("Queensland", "Seine-Saint-Denis", "Bavière")."""
    return _listed_key(fold(text), SUBDIVISIONS) is not None


def is_coordinated_place(text: str) -> bool:
    """A country, a territory or a region whose one name coordinates two ("Trinidad and Tobago", "Saint Vincent et
    les Grenadines", "Jammu and Kashmir"): the gazetteer or the regions' list knows it whole, so the "and" inside
    joins no two places."""
    return is_place(text) or is_subdivision(text)


def place_name(text: str, lang: str) -> str | None:
    """The gazetteer's spelling of a place, or None; accents and case are ignored, both languages tried."""
    key = fold(text)
    for table in (PLACES.get(lang, {}), *(t for k, t in PLACES.items() if k != lang)):
        listed = _listed_key(key, table)
        if listed is not None:
            return table[listed]
    return None


# Common given names: without a recogniser, "John Elway" is a person by its first name even when the text gives
# no title, speech verb or second mention. The census's and INSEE's common given names (generator/lang/givennames.txt),
# the hand lists' (names of other countries, and names that are frequent words too: "Grace"), and the first names of
# the nicknames table and their short forms ("Edward", "Ed", "Ted": equivalents.yml).
FIRST_NAMES = givennames.load() | _folded(
    (
        *names.GIVEN_NAMES,
        *every(lambda lang: lang.entities.given_names),
        *NICKNAMES,
        *(full for fulls in NICKNAMES.values() for full in fulls),
    )
)

# Towns of the world (generator/lang/towns.txt), less the words that are given names too ("Florence").
TOWNS = towns.load() - FIRST_NAMES
# States, provinces, regions and départements of the world (generator/lang/subdivisions.txt), less given names
# ("Victoria").
SUBDIVISIONS = subdivisions.load() - FIRST_NAMES
# The towns and regions those two leave out as given names ("Regina", "Savannah", "Aude"): a place where the sentence
# says so (a place preposition, the recogniser's place), not by its name alone.
GIVEN_NAME_PLACES = (towns.load() | subdivisions.load()) & FIRST_NAMES
# Frequent words that French and English write in lower case (generator/lang/commonwords.txt): one alone, capitalised,
# is no person's name unless the text shows it as one.
COMMON_WORDS = commonwords.load() - FIRST_NAMES
# The common words that are surnames too (generator/lang/surnamewords.txt, the census's): after a title, one of them is
# a name ("President Bush"); another common word there is a thing's word after a role word of its name ("Annual General
# Meeting", "Investor Relations").
SURNAME_WORDS = surnamewords.load()

# Organisations known by name (generator/lang/organisations.txt: outlets, parties, bodies, large companies, clubs),
# less the names that are places of the gazetteer or the world lists ("Lorient" the town, a club only by a fixture's
# cue) or common given names.
TITLE_ARTICLES = _folded(every(lambda lang: lang.entities.title_articles))  # "du Monde", "the Guardian"


def _org_name(key: str) -> bool:
    return not (_is_place_key(key) or key in TOWNS or key in SUBDIVISIONS or key in FIRST_NAMES)


def _bare(key: str) -> str:
    """A title without its article ("le monde" -> "monde", "l'equipe" -> "equipe", "the guardian" -> "guardian")."""
    return organisations.title_rest(key, TITLE_ARTICLES) or key


ORG_NAMES = frozenset(k for k in organisations.load() if _org_name(k))
# titles written with their article, by the rest ("monde" for "le monde"): an organisation after an article only
BARE_ORG_NAMES = frozenset(_bare(k) for k in ORG_NAMES) - ORG_NAMES
# every title of both lists by its rest ("monde" for "le monde", "point" for "le point"): after the title's article,
# contracted or not ("au Monde", "du Point"), the outlet, though the text writes the word in lower case elsewhere
BARE_TITLES = frozenset(
    _bare(k) for k in organisations.load() | organisations.load_words() if _org_name(k) and _bare(k) != k
)
# one common word ("Orange", "Carrefour"), or a title of one ("Le Point"): an organisation only written with its
# capital inside a sentence, the title's article too
ORG_NAME_WORDS = frozenset(k for k in organisations.load_words() if _org_name(k))
# the names of both lists that are places, but not given names ("Nokia", "Toyota", "Amazon" and "Porto" are towns or
# rivers too): the place, but for a company's or a club's context ("shares of Nokia", "le groupe Toyota")
ORG_PLACE_NAMES = frozenset(
    k for k in organisations.load() | organisations.load_words() if not _org_name(k) and k not in FIRST_NAMES
)
# every name of the hand-written tables, the short ones too that organisations.txt leaves out ("G7", "M6"): a code
# or an acronym there names a body, whatever its shape
TABLE_ORGS = frozenset(fold(name) for name in organisations.hand_written())
_ORG_SPELLINGS = organisations.spellings()
# the one-word names the lists write with a lower-case initial, as written: brands styled so ("franceinfo", "dpa"),
# which no run of capitalised words finds
LOWERCASE_BRANDS = frozenset(
    name for name in _ORG_SPELLINGS.values() if name[:1].islower() and " " not in name and _org_name(fold(name))
)
_BARE_SPELLINGS = {_bare(k): name for k, name in _ORG_SPELLINGS.items() if k in ORG_NAMES}


def _with_capitals(text: str, name: str) -> bool:
    """The text writes with a capital every word the list's name has one on, but an article ("le Monde", not
    "l'opinion" for "L'Opinion")."""

    def initial(word: str) -> str:
        return re.sub(r"^[lL]['’]", "", word)[:1]

    written, listed = text.split(), name.split()[-len(text.split()) :]
    pairs = list(zip(written, listed, strict=False))
    if pairs and fold(pairs[0][1]) in TITLE_ARTICLES:
        pairs = pairs[1:]
    return all(initial(w).isupper() or not initial(n).isupper() for w, n in pairs)


def known_organisation(text: str, before: str = "", inside: bool = True) -> bool:
    """A name of the organisations list, as written (`text`, with its capitals) after the word `before` ("Le Monde",
    "Al Jazeera"; "the Guardian", "du Monde" by the title's article); one common word only written with its capital
    `inside` a sentence ("Carrefour", not "Orange juice" opening one), and a title of one only with its article's
    capital ("selon Le Point", not "le Point de vue")."""
    key = fold(text)
    if key in ORG_NAMES or (key in BARE_ORG_NAMES and fold(before) in TITLE_ARTICLES):
        return _with_capitals(text, _ORG_SPELLINGS.get(key) or _BARE_SPELLINGS.get(key, text))
    if key not in ORG_NAME_WORDS or not text[:1].isupper():
        return False
    return _with_capitals(text, _ORG_SPELLINGS.get(key, text)) and (" " in text or inside)
