"""What the extractors and the reader know about one language, as one typed record."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from generator.lang.folding import fold

Unit = tuple[str, int, bool]  # TIMEX3 letter, multiplier, whether it is a clock unit (PT...)


def _empty() -> Mapping[str, str]:
    return {}


def words(text: str) -> tuple[str, ...]:
    """A word list written as one string: words split on white space, "_" joining a multi-word entry.

    Data modules write long lists this way ("chef_d'état-major" is one entry) so each stays readable.
    """
    return tuple(w.replace("_", " ") for w in text.split())


@dataclass(frozen=True)
class EntityWords:
    """The words the entity extractor reads around names, as written (it folds them).

    Every built-in language's words apply to every text: a French article says "Mr Blair" or "BP
    chairman", an English one "the Quai d'Orsay". See generator.extract.ner.lexicon.
    """

    honorifics: tuple[str, ...] = ()  # not part of a name, and saying nothing of sex: "Dr", "Hon."
    # the possessives and adjectives of a style, next to its honorific ("Leurs Altesses Royales", "Her Royal
    # Highness"): part of the style, no name of their own
    style_words: tuple[str, ...] = ()
    # the honorifics of a man and of a woman ("Mr", "M." / "Mrs", "Lady", "Mme"): "Lady Starmer" after "Sir Keir
    # Starmer" is another person of the same family name, not his surname again
    male_honorifics: tuple[str, ...] = ()
    female_honorifics: tuple[str, ...] = ()
    # the same in the plural: every name listed after one is a person's ("MM. Dupont, Martin et Durand")
    plural_honorifics: tuple[str, ...] = ()
    # prepositions whose object a role phrase is ("devant le juge, X a dit"): no apposition to the name after the comma
    object_prepositions: tuple[str, ...] = ()
    role_heads: tuple[str, ...] = ()  # head word of a role ("ministre", "chairman"); a role phrase holds one
    # a role word's plural endings and what its singular ends with instead ("deputies" -> "deputy", "coaches" ->
    # "coach", "ministres" -> "ministre"): one holder's role, read off a plural
    role_plurals: tuple[tuple[str, str], ...] = ()
    relational_roles: tuple[str, ...] = ()  # roles that only relate to another person ("homologue")
    # roles that only say what one belongs to ("les membres du défunt pré carré"): a group so named gives its people
    # no role of their own
    belonging_roles: tuple[str, ...] = ()
    # endings of nouns that name someone by what they do ("toxicologue", "braconnier"): right before a name after a
    # determiner, or opening an apposition after it, a noun so ended (the tagger's noun) is a role role_heads lacks
    agent_endings: tuple[str, ...] = ()
    agent_lookalikes: tuple[str, ...] = ()  # things so ended, said before a name ("le dossier X": the case about X)
    # endings of such nouns read with no tagger (English runs on rules): "bomber", "trader", "historian"; the word is
    # taken as someone's when what is left of it is a common word (the verb or the thing: "bomb", "trade", "history")
    untagged_agent_endings: tuple[str, ...] = ()
    # academic and military styles written before a name ("Professor", "Lt. Col."): roles, but an office the text
    # also gives is the one it is about ("INEC Chairman, Professor X", "Professor X, Chief Executive of Y")
    style_titles: tuple[str, ...] = ()
    role_modifiers: tuple[str, ...] = ()  # words before a role head that belong to it ("ancien", "Foreign")
    ministry_domains: tuple[str, ...] = ()  # capitalised complements of a ministry ("Armées")
    # a minister's titles: after one and "de", a capitalised common word is the portfolio, whatever the field
    # ("Ministre de la Transition écologique", "chargée de l'Égalité"), no organisation
    portfolio_titles: tuple[str, ...] = ()
    # a gathering's head ("Forum") and the words that take part in one, open it or count its editions just before
    # its name ("participer au Forum mondial", "inaugurera le Forum économique"): there the name is the event's
    gathering_heads: tuple[str, ...] = ()
    # a gathering's head that names an event wherever its name does not act ("le Forum pour l'emploi", "address the
    # Business Forum"): the name is the gathering's, no organisation, unless it is a verb's subject, an agent after
    # "by" or the owner of a thing ("le rapport du Forum économique mondial", "the summit of the Forum for ...")
    event_name_heads: tuple[str, ...] = ()
    # the last words of an event's name in a language that puts the head last ("the Royal Tour", "the Jakarta Climate
    # Conference", "the Society of Authors Annual Awards"), and the modifiers before them ("Annual"): the name is the
    # event's; a body's name before them ("Society of Authors") is the body's
    event_ends: tuple[str, ...] = ()
    event_end_modifiers: tuple[str, ...] = ()
    # lower-case kinds of bodies that their members write before the name as part of it ("le groupe SOS",
    # "l'institut Pasteur", "l'université Ouverte de Catalogne"): the name with its kind is an alias
    name_kind_heads: tuple[str, ...] = ()
    attendance_words: tuple[str, ...] = ()
    nationalities: tuple[str, ...] = ()  # adjective stems; gender and number endings are stripped when read
    partisans: tuple[str, ...] = ()  # party members as nouns ("Democrats"): not entities
    demonym_endings: tuple[str, ...] = ()  # endings of people-of-a-place nouns ("Marseillais")
    # ... that given names have too ("Gambien", "Julien"): a demonym only after an article ("le Gambien X")
    article_demonym_endings: tuple[str, ...] = ()
    party_initials: tuple[str, ...] = ()  # as written: a lawmaker's party and state after the name ("R-Ind.", "D-Ohio")
    event_words: tuple[str, ...] = ()  # first word of a law, treaty or competition name
    # a league named by who plays in it, with the league's head word ("la Ligue des champions", "the Nations League",
    # "the Indian Super League"): a competition, an event, wherever these words stand in a longer name; not a league
    # named by its rank ("Ligue 1", "Premier League"), which acts ("la L1 se mettra en veille") as a body does
    competition_leagues: tuple[str, ...] = ()
    # lower-case nouns right after a name that make it a programme's or an event's ("the General Debate week")
    programme_nouns: tuple[str, ...] = ()
    election_nouns: tuple[str, ...] = ()  # "the Presidential and National Assembly elections": two, not one name
    venue_words: tuple[str, ...] = ()  # a name holding one is a place ("Stade", "Airport")
    venue_ends: tuple[str, ...] = ()  # a name of several words ending with one is a place ("Government House")
    # a name that opens or ends with one is a building: where things happen after a place preposition ("at the
    # Convention Centre", "à la Maison de la radio"), the body that runs it elsewhere ("the Carter Center said")
    building_words: tuple[str, ...] = ()
    # verbs whose object is a building one goes into ("visit X Hospital", "open the X Centre"): where it happens
    visit_verbs: tuple[str, ...] = ()
    lower_venue_heads: tuple[str, ...] = ()  # lower-case words that begin a place's name ("rue", "stade")
    # the waters and land forms a map names, which head a place's name in lower case after an article ("le barrage
    # du Couesnon", "la lagune Ebrié", "la pointe Saint-Mathieu"); the article tells the noun from a verb or an
    # adjective of the same spelling ("pointe", "massif")
    feature_heads: tuple[str, ...] = ()
    # adjectives written before a lower-case venue head, part of the venue's name ("le petit théâtre de X", "le
    # grand port de Y"): where they stand, the name starts
    venue_head_adjectives: tuple[str, ...] = ()
    # venues every town or court has, named by common nouns alone ("au monument aux morts", "au palais de justice",
    # "at the county courthouse"): after a place preposition, where something happens, though nothing is capitalised
    common_venues: tuple[str, ...] = ()
    # nouns of buildings and premises whose own name is put between quotation marks right after them ("le café « Le
    # Central »", "le bâtiment « Justus Lipsius »", "the pub 'The Crown'"): the quoted name is the place
    quoted_venue_heads: tuple[str, ...] = ()
    # the label a programme writes before where an item happens, then a colon ("Lieu : Collège X", "Where: Gold Room,
    # State Capitol"): the names on the rest of that line are its places, whatever their words say otherwise
    place_labels: tuple[str, ...] = ()
    # the word that joins a venue head to whom it is dedicated ("le monument aux Morts", "la rue aux Ours")
    venue_dedication_words: tuple[str, ...] = ()
    # the head of a state's formal name ("République du Cameroun", "Kingdom of Saudi Arabia") and the lower-case
    # adjectives it takes beside nationalities ("République islamique d'Iran", "République démocratique du Congo")
    state_heads: tuple[str, ...] = ()
    # a peer's or a royal's title (a royal's is also a role head, read there for roles): its "of X" names the title,
    # not a place ("the Duke of Kent", "la duchesse de Cornouailles"), and the title alone after an article names a
    # person, no body ("the Duchess visited")
    peerage_titles: tuple[str, ...] = ()
    # a royal title: a role's head ("le prince Charles") and, before "of"/"de", a title's place ("Prince of Wales")
    royal_titles: tuple[str, ...] = ()
    state_adjectives: tuple[str, ...] = ()
    # the points of the compass as nouns and before a place ("north London", "Southern California", "Caucase du Sud")
    compass_words: tuple[str, ...] = ()
    # adjectives of a compass point written after a place ("les Balkans occidentaux", "l'Asie centrale")
    compass_adjectives: tuple[str, ...] = ()
    # a country's initials that the language also writes as an adjective before a noun ("U.S. envoy", "UK Government"):
    # written only so, they qualify a thing and name no place of the story
    adjective_initials: tuple[str, ...] = ()
    # lower-case words that begin a place's name only with a qualifier ("centre pénitentiaire de", not "centre de")
    qualified_venue_heads: tuple[str, ...] = ()
    street_words: tuple[str, ...] = ()  # what follows them is an address
    # the words before a house number that opens a street's address ("at 300 Slater Street", "located at 113 W.
    # Mountain St."): the number, the street's name and its last word are one place, the address as written
    address_openers: tuple[str, ...] = ()
    # the last word of a street's name after a house number, whole or short ("Street", "St.", "Rd.", "Blvd.")
    address_ends: tuple[str, ...] = ()
    # heads of a competition's or a national team's name: the place after their "de" completes the name and is no
    # place of the story ("la Coupe de France", "l'équipe de France", "le championnat d'Afrique")
    competition_heads: tuple[str, ...] = ()
    # the noun of a clock's time zone, before a place and "de" ("heure de Tunis") or after it ("UK time"): the place
    # names the zone, no place of the story
    # titles that places are named after with their holder ("Queen Elizabeth Park", "King Fahd Causeway", "avenue du
    # Général Leclerc"): a name after one that ends as a place may be that place
    honoured_titles: tuple[str, ...] = ()
    zone_nouns_before: tuple[str, ...] = ()
    zone_nouns_after: tuple[str, ...] = ()
    named_after_heads: tuple[str, ...] = ()  # "la promotion Jean Moulin": named after someone, neither person nor place
    # lower-case heads of a building that is also a body (a school, a hall), named after someone or by its kind and
    # place: after a place preposition it is where something happens, one place with its head ("au lycée Jean Zay",
    # "à la salle de conférence de X"); elsewhere its name is no one ("les lycées Mozart et Balzac sont en grève")
    visited_venue_heads: tuple[str, ...] = ()
    # the acronyms of the kinds of institution that bear someone's name after them ("l'EHPAD Marie Curie", "le CHU Pr
    # X"): the name is the institution's, no person's
    institution_acronyms: tuple[str, ...] = ()
    # lower-case heads of a room, among those, that names no body ("la salle Félix Éboué accueillera", "l'amphithéâtre
    # Richelieu est plein"): named after someone, it is a place wherever the text names it, with or without a place
    # preposition before it
    room_heads: tuple[str, ...] = ()
    # nouns of a visit or an opening, before "de"/"of" and the building visited ("Visite de l'hôpital d'Uturoa",
    # "inauguration de la raffinerie X"): a programme's item, the building is where it happens
    visit_nouns: tuple[str, ...] = ()
    # the preposition besides "of" that joins a visit's noun to the building visited ("a visit to X Hospital")
    visit_prepositions: tuple[str, ...] = ()
    # the nouns of a room, a hall, a gate or a road numbered rather than named ("Gallery 28", "Terminal 2", "Route
    # 59", "le bâtiment B2"): with its number the noun is a place
    numbered_venue_heads: tuple[str, ...] = ()
    place_nouns: tuple[str, ...] = ()  # "la commune de X", "the town of X": X is a place
    # a region's noun in lower case after its name, which it joins ("the Kyiv region", "Alameda county")
    region_nouns_after: tuple[str, ...] = ()
    generic_org_words: tuple[str, ...] = ()  # too generic to name an organisation alone ("Cour")
    common_caps: tuple[str, ...] = ()  # capitalised by sentence case or titles, never an entity alone
    # words that place a weekday in time ("Late Friday", "Early Monday", "Vendredi soir"): with a weekday, no name
    time_qualifiers: tuple[str, ...] = ()
    org_heads: tuple[str, ...] = ()  # nouns that introduce an organisation ("le groupe", "oil giant")
    org_words: tuple[str, ...] = ()  # words inside a name that make it an organisation ("Bank")
    org_openers: tuple[str, ...] = ()  # first words of an organisation's name, never a person's ("World Athletics")
    chamber_heads: tuple[str, ...] = ()  # with "of" and a complement, a body ("House of Commons"); alone, a word
    # a legislature's chamber named by one word ("Senate", "Congress"): two joined by "and" are two bodies ("the House
    # and Senate", "the House of Representatives and Senate")
    chambers: tuple[str, ...] = ()
    # what a hyphen glues to a capitalised word to qualify the name after it ("the Republican-led Senate", "the
    # London-based X"): the qualifier is no part of the name
    qualifier_suffixes: tuple[str, ...] = ()
    place_links: tuple[str, ...] = ()  # lower-case words inside a hyphenated town's name ("Pont-à-Mousson")
    # a saint's title: a hyphenated name opening with one is a town ("St-Pierre-des-Corps"), a name after one with a
    # possessive a feast or a church ("St Patrick's Day", "St Mary's")
    place_saints: tuple[str, ...] = ()
    outlet_words: tuple[str, ...] = ()  # a name ending with one is a newspaper, not the place before it ("Times")
    org_adjectives: tuple[str, ...] = ()  # lower-case words that go on with an organisation's name ("unies")
    # endings of the adjectives that name a field ("économique", "social", "culturel"): listed with commas and "et"
    # after a body's name ending on one, they are its name ("Conseil économique, social et environnemental"); a
    # participle or a judgement ("divisé et affaibli") is an apposition
    field_adjective_endings: tuple[str, ...] = ()
    # an order's honours and the ranks in one ("Légion d'honneur"; "commandeur de l'ordre national", "insignes de"):
    # a decoration given, no organisation
    honours: tuple[str, ...] = ()
    honour_ranks: tuple[str, ...] = ()
    # after an institution's name, these make it one of its meetings ("le Conseil européen extraordinaire"): no part
    # of the name
    meeting_qualifiers: tuple[str, ...] = ()
    meeting_names: tuple[str, ...] = ()  # an institution's words that name its meeting ("le Conseil des ministres")
    # the words that open a meeting's name whatever follows ("Conférence de presse", "Comité interministériel de la
    # mer", "Assemblée générale ordinaire des actionnaires"): an agenda's item, no body
    meeting_openers: tuple[str, ...] = ()
    # a company's organs, capitalised in its releases as defined terms ("the Board of Directors", "the Audit
    # Committee"): the company's, no organisation of their own; with "of" the company's name follows
    company_organs: tuple[str, ...] = ()
    institution_heads: tuple[str, ...] = ()  # institutions written in lower case ("le parlement européen")
    # a territory's body in lower case, named by its town or its département ("la préfecture des Pyrénées-Atlantiques",
    # "la mairie de Paris", "l'université de Nantes"): the body, unless a place preposition makes it the building
    # ("devant la mairie de Lyon")
    local_body_heads: tuple[str, ...] = ()
    building_prepositions: tuple[str, ...] = ()  # before such a head, beside place prepositions: the building
    # the contracted articles before a territory's name, beside institution_of_words ("des Pyrénées-Atlantiques")
    territory_of_words: tuple[str, ...] = ()
    # institutions of a country in lower case, after its nationality ("la présidence danoise") or its name and "'s"
    # ("Israel's parliament")
    national_institution_heads: tuple[str, ...] = ()
    # such heads that also name an office's term ("durant la présidence danoise", "under Chile's presidency"): the
    # institution only when it acts or with the body it presides ("la présidence française du G7")
    office_terms: tuple[str, ...] = ()
    # the state named by its form, a national institution's complement ("la présidence de la République")
    state_forms: tuple[str, ...] = ()
    # common nouns of public bodies that typography capitalises when they name the one body of the place the text is
    # about ("la Préfecture a publié", "la Primature", "the Legislature provided", "la Ville de Québec"): capitalised
    # inside a sentence after an article, alone or with "de" and a known place, the body; in lower case or opening a
    # line, the common noun ("la préfecture de la Creuse", a town)
    capitalised_bodies: tuple[str, ...] = ()
    # the union confederations whose unions and federations carry their name, joined to a union's own initials
    # ("Snes-FSU", "Snes Fsu") or followed by the field it organises ("CGT agricole", "Sud éducation", "SUD-Rail"),
    # and those fields: the confederation and its field, or the union and its confederation, are one organisation
    union_names: tuple[str, ...] = ()
    union_branches: tuple[str, ...] = ()
    # the bodies several organisations form, named by their one noun after the definite article ("l'intersyndicale a
    # appelé à la grève", "l'intersyndicale départementale"): the body the story is about
    joint_bodies: tuple[str, ...] = ()
    # heads of a town's, a county's or a state's bodies written in lower case after a place noun ("the county planning
    # commission") or with their field after a link word ("the board of education"): the page's own words name a body
    lowercase_body_heads: tuple[str, ...] = ()
    body_field_links: tuple[str, ...] = ()
    # a party written by a one-word short name or nickname ("the GOP", "Tory MPs"): the party
    party_members: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # party -> those words
    member_nouns: tuple[str, ...] = ()  # "members of Youth Demand": what one is a member of is an organisation
    # a statement made "on" one name makes it an outlet or a platform ("a-t-il écrit sur Twitter", "said on X")
    medium_verbs: tuple[str, ...] = ()
    medium_prepositions: tuple[str, ...] = ()
    auxiliaries: tuple[str, ...] = ()  # before a participle: "comme l'a dévoilé en amont l'Élysée" (inverted subject)
    court_heads: tuple[str, ...] = ()  # a court in lower case: its head ("cour") ...
    court_kinds: tuple[str, ...] = ()  # ... "de" and its kind ("d'assises", "de l'instruction")
    court_adjectives: tuple[str, ...] = ()  # a court's kind as its adjective ("tribunal correctionnel")
    court_kind_openers: tuple[str, ...] = ()  # an adjective before the kind ("tribunal de grande instance")
    # the adjectives of a territory's own body: the capitalised name after them and "de" is that territory's, a town
    # the world lists may not know ("le conseil municipal d'Uturoa")
    territorial_adjectives: tuple[str, ...] = ()
    # the consular chambers in lower case: their head, "de" and their field ("la chambre d'agriculture", "la chambre de
    # commerce et d'industrie de Lyon", "la chambre des métiers"), a public body each
    consular_heads: tuple[str, ...] = ()
    consular_fields: tuple[str, ...] = ()
    institution_nationalities: tuple[str, ...] = ()  # nationalities that go on with one ("le parlement européen")
    institution_leads: tuple[str, ...] = ()  # what stands before one ("le parlement", "au parlement")
    institution_of_words: tuple[str, ...] = ()  # between one and its seat ("le parlement de Strasbourg")
    institutions: Mapping[str, str] = field(default_factory=_empty)  # building -> the institution's name
    # an honorific that names a trade ("Me X", "Maître X": a lawyer): the role of a person the text gives no other
    honorific_roles: Mapping[str, str] = field(default_factory=_empty)
    # titles written short in a role, as written -> in full ("Sen." -> "Senator", "Lt. Col." -> "Lieutenant Colonel"):
    # the briefing gives a reader the title, not the newsroom's abbreviation
    role_abbreviations: Mapping[str, str] = field(default_factory=_empty)
    org_variants: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # key -> this language's names
    given_names: tuple[str, ...] = ()  # common given names of the language's countries that givennames.txt misses
    leader_nouns: tuple[str, ...] = ()  # "le gouvernement Aznar": the name after them is a person
    # a government named after the person who leads it: "le gouvernement Valls" (the noun before the name), "the
    # Biden administration" (after it): an organisation, the person still named
    led_bodies_before: tuple[str, ...] = ()
    led_bodies_after: tuple[str, ...] = ()
    speaker_nouns: tuple[str, ...] = ()  # "un responsable de la Maison Blanche": the institution speaks
    # what an institution issues, its own ("l'agenda de la présidence danoise", "a statement of the Swedish
    # presidency"): the institution acts, it is no term of office
    issued_nouns: tuple[str, ...] = ()
    according_to: tuple[str, ...] = ()  # "selon X": X is a source
    source_nouns: tuple[str, ...] = ()  # "une information de X", "reports from X": X is a source (an outlet)
    # what an outlet does to news: "X reported that", "X a révélé", "first reported by X" (with `report_agents`)
    report_verbs: tuple[str, ...] = ()
    # a journalist's noun and the word that names whom they write for: "a reporter for X", "la journaliste de X"
    journalist_nouns: tuple[str, ...] = ()
    journalist_links: tuple[str, ...] = ()
    broadcast_words: tuple[str, ...] = ()  # a broadcaster's last word: "Keswick Public Radio" is an outlet
    report_agents: tuple[str, ...] = ()  # "by", "par": the word that names who reported, after the passive verb
    speech_or_action: tuple[str, ...] = ()  # verbs right after a name that make it act ("a", "said")
    speech_after: tuple[str, ...] = ()  # past speech verbs around a person's name ("Friedman said")
    person_relatives: tuple[str, ...] = ()  # relative pronouns said of people only ("Jane Roe, whose ...")
    # nouns and verbs whose "à"/"to" names a person, not a place ("hommage à X", "succède à X", "letter to X")
    dative_heads: tuple[str, ...] = ()
    # the place prepositions that name where, never a body ("à Soumy", "en Calédonie"; not "dans Libération", "depuis
    # Twitter"): a name after one that the recogniser reads as a body is the place
    town_prepositions: tuple[str, ...] = ()
    place_relatives: tuple[str, ...] = ()  # relative adverbs said of places only ("Khan Younès, où ...")
    # a match report: what a match is called, the words that set a team against another, a standing in points and
    # its preposition ("le succès contre X", "the derby against X", "à 3 points de X", "three points behind X")
    match_nouns: tuple[str, ...] = ()
    opponent_words: tuple[str, ...] = ()
    # the verbs that set a team against another ("beat X", "a battu X"), which an election's winner takes too ("beat
    # Clinton in a stunning victory"), and the words that make a sentence a match's, not a vote's, for them: a fixture's
    # nouns, never its result's
    match_verbs: tuple[str, ...] = ()
    fixture_nouns: tuple[str, ...] = ()
    # the heads of an event's name whose event a body of its own runs ("Brighton Festival", "Festival d'été de
    # Québec"): the name is that body where its staff or its words are told
    organised_events: tuple[str, ...] = ()
    # a body's own people right after its name, besides its roles ("the Festival of Chichester committee")
    organiser_nouns: tuple[str, ...] = ()
    # the verbs a bare town's name takes in the plural when it stands for its club ("Fylde have", "Hull are"): English
    # agrees a team with its players, never a town
    plural_verbs: tuple[str, ...] = ()
    # the marks a club's name carries before or after its town, written in capitals ("AFC Fylde", "Greenville SC")
    club_marks: tuple[str, ...] = ()
    # the words a club's name closes on after its town ("Grimsby Town", "Leicester City", "Leeds United"): the town
    # and the word together name the club, unless the gazetteer knows the whole as a place ("Mexico City")
    club_suffixes: tuple[str, ...] = ()
    # the capitalised article, as written, that opens a group's name inside a sentence ("The Killers", "Les Ogres de
    # Barback"), and the words of a sentence about a stage show, where such a name is a band or a troupe
    group_articles: tuple[str, ...] = ()
    # the heads of an ensemble's name, which runs on over its qualifiers and the capitalised name after them
    # ("l'Orchestre symphonique Victor Hugo", "l'Orchestre d'harmonie de la Garde républicaine")
    ensemble_heads: tuple[str, ...] = ()
    performance_words: tuple[str, ...] = ()
    standing_nouns: tuple[str, ...] = ()
    standing_prepositions: tuple[str, ...] = ()
    # a rank's suffixes beyond the dates' ordinal ones (`TimexCues.ordinal_suffixes`), as a fixture list writes a
    # club's standing: "Toulouse (10e) - PSG (1er)"
    rank_suffixes: tuple[str, ...] = ()
    # between a name and where its bearer comes from, before a speech verb ("Jane Roe from Clean Rivers says")
    affiliation_prepositions: tuple[str, ...] = ()
    # holding an office, before the place preposition of a seat of power: the seat is then the office, an institution
    # ("serving in the White House", "son arrivée à l'Élysée")
    office_words: tuple[str, ...] = ()
    # what a body does with words, besides speech verbs, right after a building's name: the building is then the body
    # inside it, a seat of power acting ("Kensington Palace released an itinerary", "the Palace confirmed")
    statement_verbs: tuple[str, ...] = ()
    # what a company or a platform has, right after its name ("Twitter accounts", "Alibaba shares") or before it
    # ("le compte Twitter"): the name is an organisation
    owned_nouns: tuple[str, ...] = ()
    # roles held in a company, a club or a union, after its one-word name ("Hibernian manager Pat Fenlon")
    staff_roles: tuple[str, ...] = ()
    # roles that head a firm or a body, whose one-word complement is that body ("le PDG d'Ubisoft", "CEO of Acme")
    firm_roles: tuple[str, ...] = ()
    percent_words: tuple[str, ...] = ()  # "3 per cent of X", "3 pour cent de X": a share of a company (with "%")
    committee_heads: tuple[str, ...] = ()  # in lower case, then "des" and its field: "en commission des lois"
    # the people of a seat of power, subject after a fronted "at the seat," ("À Matignon, on assure que ...")
    inside_voices: tuple[str, ...] = ()
    after_place: tuple[str, ...] = ()  # words that may follow a place name ("died in Ripley on ...")
    near_place: tuple[str, ...] = ()  # prepositions that make the next lone word a place ("in Ripley")
    place_prepositions: tuple[str, ...] = ()  # prepositions before a place ("à", "from")
    adjective_suffixes: tuple[str, ...] = ()  # "-born", "-based": a name with one is an adjective
    law_ends: tuple[str, ...] = ()  # last word of a law's or a holiday's name ("Act", "Day"): no entity
    # the head noun of a document a body drafts, adopts or amends, last in its name ("Municipal General Fund
    # Amendments", "Fiscal Year General Fund Budget", "Audited Financial Statements"): the document's name, no body's
    document_ends: tuple[str, ...] = ()
    # the code a legislature numbers its bills with ("H.B. 147", "SB 5", "Bill C-69"): the capitalised words after the
    # code and its number are the bill's title ("S.B. 70 Commission Relating to Federal Issues"), no body's name
    bill_codes: tuple[str, ...] = ()
    # the small words a title written in capitals leaves in lower case ("Protection of Children Riding in Motor
    # Vehicles"); "and" is left out: it also joins two items of a list
    title_small_words: tuple[str, ...] = ()
    # a disease or its variant is named right before one ("Ebola outbreak", "the Omicron variant") or after one and
    # maybe an of-word ("la pandémie de Covid-19", "le variant Delta"): no entity, wherever the text names it
    disease_nouns: tuple[str, ...] = ()
    diseases: tuple[str, ...] = ()  # names of diseases, never an entity ("COVID-19", "Ebola"); every language reads all
    storm_nouns: tuple[str, ...] = ()  # a storm's name comes right after one ("la tempête Ciaran", "Hurricane Ian")
    # a ship's name comes right after one of these nouns ("le navire Ocean Viking", "the warship Admiral Kuznetsov")
    vessel_nouns: tuple[str, ...] = ()
    # and after a navy's or a line's prefix ("USS Iwo Jima", "HMS Queen Elizabeth"): a ship, no one
    ship_prefixes: tuple[str, ...] = ()
    # acronyms that name a kind of thing, written as common nouns are (a technology, a substance, a test, a measure of
    # the economy, a contract, a diploma, a school grade, a vehicle): "DNA testing", "an EV battery", "plantes OGM",
    # "la TVA": no organisation, unless the text's context makes one of it ("le groupe TNT")
    thing_acronyms: tuple[str, ...] = ()
    # words that give a work or a thing its title ("une tapisserie intitulée « ... »", "a report titled '...'"): the
    # capitalised words of the quotation after one are a title's, no one's
    title_words: tuple[str, ...] = ()
    # nouns of works whose title follows them unquoted ("le film Anatomie d'une chute", "the novel Anna Karenina"):
    # the capitalised words right after one are the work's title, no one's
    work_nouns: tuple[str, ...] = ()
    # ordinals that stand for one of a group named before ("Le premier, X, ministre de ..."): no role alone
    ordinal_pronouns: tuple[str, ...] = ()
    # the subject pronouns that the language's `subject_pronouns` and `quotes.organisation_pronouns` do not hold ("we",
    # "nous"): with them, capitalised after an abbreviation's full stop, a pronoun opens a sentence and ends the name
    # before it ("Washington, D.C. She later studied law"); never a name's word
    more_subject_pronouns: tuple[str, ...] = ()
    # the possessive determiners, which open a sentence after a full stop as a pronoun does ("she and I. My apartment
    # was blown to pieces"): never a name's word after an initial's full stop
    possessive_determiners: tuple[str, ...] = ()
    # a site's calls to the reader, capitalised at the start of a line ("Retrouvez l'agenda", "Subscribe"): no name
    calls_to_action: tuple[str, ...] = ()
    disease_counts: tuple[str, ...] = ()  # plural nouns that count a disease before an of-word ("cases of Ebola")
    # function words
    connectors: tuple[str, ...] = ()  # join the capitalised words of one name ("Bank of England")
    org_connectors: tuple[str, ...] = ()  # join them only after a field head ("Committee on Ethics")
    field_heads: tuple[str, ...] = ()  # bodies named with their field after an org connector ("Conference on ...")
    particles: tuple[str, ...] = ()  # begin a surname ("de Villepin", "Le Pen")
    particle_articles: tuple[str, ...] = ()  # particles that are also articles ("Le Monde")
    # an article a title opens with, also contracted with a preposition, that the text may write before the rest of
    # the title ("du Monde", "au Parisien", "the Guardian")
    title_articles: tuple[str, ...] = ()
    weak_particles: tuple[str, ...] = ()  # a lone lower-case one also joins a unit to its town
    of_words: tuple[str, ...] = ()  # "de", "of": a complement follows
    role_of_words: tuple[str, ...] = ()  # "for" too, inside a role ("spokesman for")
    # a body's purpose, after its head and before an article and a noun in lower case, is part of its name in a
    # language that writes names in sentence case ("Haute Autorité pour la transparence de la vie publique")
    purpose_of_words: tuple[str, ...] = ()
    # nouns after it that say when or how much, no purpose ("pour le moment", "pour la plupart")
    not_purpose_nouns: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()  # definite articles
    articles_after_of: tuple[str, ...] = ()  # those written after an of-word ("chef de la"; "de le" is "du")
    singular_articles: tuple[str, ...] = ()  # "le", "l'", "the": one thing named before
    plural_articles: tuple[str, ...] = ()  # "les", "aux": more than one thing of a kind named after them
    # a preposition fused with a singular article ("la venue du président", "reçu au ministère")
    contracted_articles: tuple[str, ...] = ()
    # a verb's past that does not end as a regular one does, where no tagger reads the text ("Reporters met X")
    irregular_pasts: tuple[str, ...] = ()
    nationality_endings: tuple[str, ...] = ()  # gender and number endings of a nationality ("-e", "-es")
    ministry_heads: tuple[str, ...] = ()  # "le ministère français des Affaires étrangères": part of the name
    determiners: tuple[str, ...] = ()  # before a common noun ("les Caesar"): not a person
    counting_determiners: tuple[str, ...] = ()  # count things in the plural, never an organisation ("des TGV")
    # the letters of a sports competition's codes, a letter and a number, a category and no organisation: an age
    # group or a round, with one or two digits ("U13", under 13; "J16", the 16th matchday), and a division, with one
    # ("D2", "R1", "N3"; not "D66", a party)
    category_code_letters: tuple[str, ...] = ()
    division_code_letters: tuple[str, ...] = ()
    # take a common noun without its article ("en AG", "en CDI"); a body's name takes its article ("à l'ONU")
    bare_noun_prepositions: tuple[str, ...] = ()
    role_determiners: tuple[str, ...] = ()  # open an apposed role ("X, le ministre")
    role_prepositions: tuple[str, ...] = ()  # may sit inside a role ("commissaire au budget")
    and_words: tuple[str, ...] = ()  # coordination
    not_complements: tuple[str, ...] = ()  # after "de" they start a clause, not a name's complement
    clitics: tuple[str, ...] = ()  # between a subject and its verb ("se", "ne")
    role_stops: tuple[str, ...] = ()  # function words and verbs that end a role phrase
    role_adverbs: tuple[str, ...] = ()  # between a comma and an apposed role ("now", "désormais")
    # how an adverb ends ("visiblement", "reportedly"): one opening an apposition opens a clause, no description
    adverb_endings: tuple[str, ...] = ()
    # how a verb's participle ends ("sentenced", "adding"), for a text read without a tagger
    participle_endings: tuple[str, ...] = ()
    # adverbs not known by their ending ("once", "later", "since"), for a text read without a tagger: right after a role
    # word they open the clause the role runs into ("the lawyer once defended X")
    clause_adverbs: tuple[str, ...] = ()
    # the words of a comparison ("than", "more"): a role word they follow is compared, no title ("a candidate other
    # than X", "a nurse more experienced than most")
    comparative_words: tuple[str, ...] = ()
    age_words: tuple[str, ...] = ()  # after an age in apposition ("X, 45 ans, maire de ...")
    one_of: tuple[str, ...] = ()  # "l'un des", "one of the": the role is the plural noun that follows
    relative_copulas: tuple[str, ...] = ()  # "X, qui est maire de ...", "X, who is the mayor of ..."
    # "X, présenté comme un des organisateurs", "X, described as the group's leader": a participle that opens an
    # apposed role without being part of it
    presented_as: tuple[str, ...] = ()
    # "X est le président de ...", "X was named the new leader of ...": the verb of a clause whose subject is the name
    # and whose attribute is its role (a role word right after, its article aside)
    predicate_copulas: tuple[str, ...] = ()
    # "X, who heads the regional administration", "X, désignée à la tête de la CFDT": words of leading that give the
    # role with what they lead (a relative pronoun first, as in relative_copulas, is no part of the role)
    lead_phrases: tuple[str, ...] = ()
    # "X entame sa dernière semaine en tant que président", "X l'accompagnera en sa qualité de ministre": the role
    # the name's clause says it acts in, a role word right after
    capacity_openers: tuple[str, ...] = ()
    # words that qualify a role wherever they stand in it, though a stop word ("par") would end the role there ("le
    # président par intérim de l'Assemblée, X", "Foreign Minister ad interim X")
    role_qualifiers: tuple[str, ...] = ()
    # the small words a role's title joins its head, qualifiers and portfolio with, when a page writes the title in
    # capitals before the name ("Minister for Energy, Water Resources and Irrigation X", "Chef juge par Intérim X")
    role_links: tuple[str, ...] = ()
    # "des écrivains comme X et Y", "leaders such as X and Y": the names after these words are examples of the plural
    # role before them, each holding it
    example_openers: tuple[str, ...] = ()
    # "X, from the Sierra Club, said", "X, de la CGT, précise": the words that open an apposition naming the body a
    # person comes from, their role when the text gives no other
    affiliation_openers: tuple[str, ...] = ()
    stop_words: tuple[str, ...] = ()  # words that carry no meaning for fact coverage
    abbreviations: tuple[str, ...] = ()  # words with a full stop that do not end a sentence
    # the short words with a full stop that open a place's or a saint's name ("St. Louis", "St. Mary of the Assumption
    # Church", "Mt. Vernon", "Ft. Worth"): their full stop ends no name
    name_opening_abbreviations: tuple[str, ...] = ()
    not_in_acronyms: tuple[str, ...] = ()  # words an acronym skips ("INSEE" has no letter for "de")
    # a company's legal form, written after its name, that its initials leave out ("PG&E": "Pacific Gas & Electric Co.")
    acronym_legal_forms: tuple[str, ...] = ()
    # a title said by its initials ("the PM" for the Prime Minister): folded initials -> the title's words
    title_abbreviations: Mapping[str, str] = field(default_factory=dict)
    past_endings: tuple[str, ...] = ()  # past participle endings before an inverted subject ("a indiqué le")

    @property
    def every_honorific(self) -> tuple[str, ...]:
        """Every singular honorific: of either sex or of none."""
        return (*self.honorifics, *self.male_honorifics, *self.female_honorifics)

    @property
    def all_role_heads(self) -> tuple[str, ...]:
        """Every head word of a role: `role_heads` and the royal titles."""
        return (*self.role_heads, *self.royal_titles)


@dataclass(frozen=True)
class QuoteWords:
    """The words the quote extractor reads to attribute a quotation (see generator.extract.quotes)."""

    speech_verbs: tuple[str, ...] = ()  # "a déclaré X", "X said": the forms as written after a quote
    attributions: tuple[str, ...] = ()  # "selon X", "according to X": a source without a verb
    auxiliaries: tuple[str, ...] = ()  # before a past participle ("a déclaré")
    inverted_pronouns: tuple[str, ...] = ()  # "a-t-il ajouté", "dit-elle": the subject after the verb
    that_words: tuple[str, ...] = ()  # "X a dit que : « ... »", "X said that ..."
    object_pronouns: tuple[str, ...] = ()  # "as X put it: ..."
    prepositions: tuple[str, ...] = ()  # "à la presse", "in a statement": skipped before the subject
    phrase_stops: tuple[str, ...] = ()  # end a subject noun phrase ("qui", "while")
    person_pronouns: tuple[str, ...] = ()  # "il", "he": the last person named
    organisation_pronouns: tuple[str, ...] = ()  # "it", "they": the last organisation named
    definite: tuple[str, ...] = ()  # "le", "the", "this": a description of someone named before
    speaker_starts: tuple[str, ...] = ()  # determiners and pronouns that may open a speaker's phrase
    adverbials: tuple[str, ...] = ()  # between the verb and its subject ("a indiqué hier un communiqué")
    statements: tuple[str, ...] = ()  # documents said to come from someone ("a statement from X")
    document_nouns: tuple[str, ...] = ()  # what else a participant issues ("lettre", "letter")
    source_links: tuple[str, ...] = ()  # between a statement and who issued it ("de la", "from"), in the order tried
    source_verbs: tuple[str, ...] = ()  # what may follow the issuer: the start of a verb ("a", "confirm")
    subject_verbs: tuple[str, ...] = ()  # finite verbs right after a subject ("Le président ... a", "The chairman has")
    negations: tuple[str, ...] = ()  # before a verb ("n'", "ne")
    finite_words: tuple[str, ...] = ()  # auxiliaries and pronouns that make a clause (without a parser)
    finite_endings: tuple[str, ...] = ()  # contractions that do ("n't", "'ll")
    infinitive_marker: str = ""  # "to ...": a quoted infinitive is not a statement
    determiners: tuple[str, ...] = ()  # "à la presse", "dans un communiqué": skipped after a preposition


@dataclass(frozen=True)
class FactWords:
    """What the key-fact ranking looks for in a sentence (see generator.extract.facts).

    These are regex fragments, not plain words: a stem matches any ending ("annonc" for "annonce",
    "annoncé", "annoncera"), `s?` marks an optional plural and `\\b` a word that must end there.
    """

    figure_units: tuple[str, ...] = ()  # after a number, what makes it an amount ("millions", "per cent")
    figure_phrases: tuple[str, ...] = ()  # a rate or amount written without a unit ("de 3 à 5 par")
    decision_stems: tuple[str, ...] = ()  # decisions and announcements ("décid", "sign", "resign")
    meeting_stems: tuple[str, ...] = ()  # who meets whom ("rencontr", "summit")
    next_markers: tuple[str, ...] = ()  # what happens next: future endings and "is due to"
    record_words: tuple[str, ...] = ()  # a record, a first ("sans précédent", "all-time")
    deictic_words: tuple[str, ...] = ()  # besides the days from publication, what dates from it ("dernier", "ago")
    # sentence openers (as written, capitalised): a fact drops "Mais", "But"; a named subject may follow them
    connectives: tuple[str, ...] = ()  # "Mais", "But": both
    dropped_openers: tuple[str, ...] = ()  # "Par ailleurs", "Meanwhile": dropped from a fact, no more
    sequence_openers: tuple[str, ...] = ()  # "Puis", "Then": may open a named subject's sentence, kept in a fact
    impersonal: tuple[str, ...] = ()  # what makes a leading pronoun impersonal ("Il faut", "Il est possible")
    # a sentence whose subject is named or described ("M. Blair a donné", "Le ministre des Armées a annoncé")
    subject_titles: tuple[str, ...] = ()  # before a name, capitalised ("Senator")
    subject_articles: tuple[str, ...] = ()  # an article and a title word before a name ("le ministre Blair")
    subject_speech: tuple[str, ...] = ()  # speech verbs that make the subject a named one too ("said")
    verb_endings: tuple[str, ...] = ()  # endings of a finite verb after a named subject ("é", "ed")


@dataclass(frozen=True)
class TimexCues:
    """The words around a date that the temporal rules read to resolve it (see generator.extract.timex).

    Word lists hold folded words unless said; "pattern" fields are regex fragments, read case-insensitively,
    a language's whole shape ("de l'année prochaine", "of next year"). A text is read with its own
    language's cues (generator.extract.timex.cues); the list of dates and event phrases, which read each
    date's own words, join the clock and anniversary words of every built-in language.
    """

    next_words: tuple[str, ...] = ()  # a modifier that points ahead ("prochaine", "the coming")
    last_words: tuple[str, ...] = ()  # ... back ("dernier", "the past")
    this_words: tuple[str, ...] = ()  # ... to the current period ("cette", "en cours")
    year_followers: tuple[str, ...] = ()  # as written: after a bare four-digit number, it is a year ("2000 et")
    year_openers: tuple[str, ...] = ()  # before a bare number, it is a year ("en 1500", "since 1990")
    year_span_openers: tuple[str, ...] = ()  # ... and part of its span ("fin 2024", "fiscal 2024")
    year_determiners: tuple[str, ...] = ()  # as written: before a number, it counts things ("les 2000 soldats")
    month_openers: tuple[str, ...] = ()  # before a month, part of its span ("en avril", "early May")
    mid_words: tuple[str, ...] = ()  # folded: the middle of a month, a point in it, not the frame of its days ("mi")
    commemorations: tuple[str, ...] = ()  # patterns: a ceremony named for a past date ("cérémonies?")
    commemoration_links: tuple[str, ...] = ()  # patterns: between it and the date ("du", r"of(?:\s+the)?")
    # patterns: a text named by the day it was signed ("la loi du 6 août 2004", "the Act of 1 July 1998"); its day is a
    # name, not a day the page speaks around
    instruments: tuple[str, ...] = ()
    instrument_links: tuple[str, ...] = ()  # patterns: between it and the date ("du", r"en\s+date\s+du", "of")
    deadline_before: str = ""  # pattern ending where a period's end begins: "d'ici (la) fin", "by the"
    open_before: tuple[str, ...] = ()  # patterns: a span open until the date ("jusqu'au", "until")
    ahead_openers: tuple[str, ...] = ()  # patterns among `open_before` that look ahead whatever the verb ("d'ici")
    # patterns among `open_before` that look ahead when no verb says otherwise ("maintenue jusqu'à lundi")
    until_openers: tuple[str, ...] = ()
    postponed_to: str = ""  # pattern ending where a postponement's new date begins ("reporté au", "delayed until")
    year_after: str = ""  # pattern: a relative year after a day and month, one group for its modifier word
    year_in_after: str = ""  # pattern ending where the year of a day and month written after it begins ("in")
    # patterns: a date given up for another; before it ("initialement prévu le", "postponed from"), or right after
    # it, with its clause's verb ("... a été reporté", "... have been moved to")
    superseded_before: str = ""
    superseded_after: str = ""
    # patterns: a negated verb before a date to come ("n'aura pas lieu le", "will not be held on"): no event that day;
    # unless a word between them makes the date a bound or the negation another clause's ("pas avant le", "not
    # until", "mais le"), or the verb is one whose negation affirms ("n'hésitera pas à", "will not fail to")
    negation: str = ""
    negation_lifted: str = ""
    negation_affirms: str = ""
    range_end_link: str = ""  # pattern: what joins a range's first date to its end ("au le", "to")
    year_deadline: str = ""  # pattern ending where a deadline year begins ("d'ici la fin de l'année", "by")
    # no group in a pattern field but `year_after`'s one (its modifier word)
    duration_nouns: tuple[str, ...] = ()  # patterns, folded: before "N ans", the span of something ("peine")
    duration_after: tuple[str, ...] = ()  # patterns, folded: after "N ans", a span too ("de prison", "ferme")
    # words the rules read inside a match (folded)
    today_words: tuple[str, ...] = ()  # the publication day's own word, which may mean "nowadays" ("aujourd'hui")
    tonight_words: tuple[str, ...] = ()  # a day counted from publication that is its night ("tonight")
    # the days before and after the publication day, which the text may name with their date ("demain mercredi 13
    # janvier"): the publication day is then the day before it
    yesterday_words: tuple[str, ...] = ()
    tomorrow_words: tuple[str, ...] = ()
    # a repeated day in a sentence ("chaque soir", "every day"): "le lendemain", "the next day" beside it is the day
    # after each of them, no day of the calendar ("publiera chaque jour la liste des trains du lendemain")
    habitual_days: tuple[str, ...] = ()
    present_before: str = ""  # case-sensitive pattern ending before "aujourd'hui": a negated verb ("n'est")
    since_words: tuple[str, ...] = ()  # before a weekday, it is past ("depuis lundi")
    determiners: tuple[str, ...] = ()  # before a weekday or a part of the day, they belong to its span ("le", "ce")
    article_parts_of_day: tuple[str, ...] = ()  # a time after a bare article ("la nuit"); others need "même"
    whole_day_words: tuple[str, ...] = ()  # the day as a span ("la journée"): a time only with an edge
    end_words: tuple[str, ...] = ()  # the end of a period ("fin", "end", "late April"): evening of a day
    start_words: tuple[str, ...] = ()  # its start ("début", "beginning")
    weekend_words: tuple[str, ...] = ()  # the weekend, which is no unit of duration
    # the days (ISO weekdays, first and last) of a part of a week its edge word names: "en début de semaine" is its
    # Monday and Tuesday, not the whole week; keys are folded edge words of the edge rule
    week_parts: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    half_year_words: tuple[str, ...] = ()  # "le premier semestre", "the first half": TIMEX3 halves
    # "the past year", "the next month": a period counted from now (a duration), not a calendar one
    period_openers: tuple[str, ...] = ()  # ... before a unit of `period_units`
    period_units: tuple[str, ...] = ()
    counted_back_openers: tuple[str, ...] = ()  # ... before any unit ("the past weekend")
    unit_aliases: Mapping[str, str] = field(default_factory=_empty)  # a period read as a unit: "fiscal year"
    # before an hour, part of its span ("vers 10 h", "around 9 a.m."); after a range's link ("to approximately May 3")
    approximations: tuple[str, ...] = ()
    edge_leads: tuple[str, ...] = ()  # a preposition before an edge of a period, out of its span ("à la fin")
    span_openers: str = ""  # pattern opening "in N units" that is a span to act in ("d'ici", "within")
    # a pattern ending just before "in N units" that makes it a day however far ("the election is in 63 days")
    point_before: str = ""
    # the clock (patterns): between an hour and its minutes ("15h30"), a word after it ("16 heures"), "a.m."
    hour_separators: tuple[str, ...] = ()
    hour_words: tuple[str, ...] = ()
    meridiem: tuple[str, ...] = ()
    # ... and which half of the day a meridiem names (folded, without full stops): "9 pm" is 21:00, "12 am" 00:00
    before_noon: tuple[str, ...] = ()
    after_noon: tuple[str, ...] = ()
    possessive_endings: tuple[str, ...] = ()  # as written: "Friday's announcement", out of the date's span
    # durations and repetitions (folded)
    frequency_stems: Mapping[str, str] = field(default_factory=_empty)  # "annuel", "weekly" -> TIMEX3 unit ("Y")
    yearly_units: tuple[str, ...] = ()  # "every season": once a year
    fractions: Mapping[str, float] = field(default_factory=dict)  # "une demi-heure": a word in the fraction -> 0.5
    not_bare_durations: tuple[str, ...] = ()  # plural units that alone are no duration of unknown length ("seconds")
    ordinal_nouns: tuple[
        str, ...
    ] = ()  # as written: after "second" it is the ordinal ("une seconde fois", "a second time")
    # anniversaries (patterns): "les 80 ans du débarquement", "the 75th anniversary of the liberation"
    anniversary_nouns: tuple[str, ...] = ()
    anniversary_determiners: tuple[str, ...] = ()  # before the number
    ordinal_suffixes: tuple[str, ...] = ()  # after the number ("80e", "75th")
    anniversary_links: tuple[str, ...] = ()  # between the noun and what is commemorated ("du", "of the")
    # feasts (folded names as the holiday rule's `h` group writes them)
    easter_offsets: Mapping[str, int] = field(default_factory=dict)  # days after Easter Sunday ("ascension": 39)
    day_after_easter: tuple[str, ...] = ()  # a word that makes a feast Easter Monday ("lundi de Pâques")
    eve_words: tuple[str, ...] = ()  # a word that makes a feast its eve ("la veille de Noël")
    fixed_feasts: Mapping[str, tuple[int, int]] = field(default_factory=dict)  # -> (month, day)
    # -> (month, ISO weekday, nth; -1 the last): "Thanksgiving", the fourth Thursday of November
    weekday_feasts: Mapping[str, tuple[int, int, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class ChromeLines:
    """Lines of a saved page that are site furniture, not the article (see generator.read.chrome).

    Lines are compared folded (no case, no accents), with an optional final colon; "{n}" stands for a number.
    """

    trailers: tuple[str, ...] = ()  # introduce related links or promotions: what follows near the end goes too
    furniture: tuple[str, ...] = ()  # furniture wherever they stand ("Partager", "5 min read")
    breadcrumb_starts: tuple[str, ...] = ()  # a site's home link that opens a breadcrumb ("Accueil", "Home")
    byline_starts: tuple[str, ...] = ()  # the word before a byline's names ("Par", "By")
    # an author's trade alone on its line under a byline's names ("Journalist", "Correspondante"): part of the byline
    author_titles: tuple[str, ...] = ()
    # the verb after an author's name that opens the short biography a page prints under the story ("Jane Roe is a
    # reporter ...", "Jeanne Roe est journaliste ..."): the author's box, not the story
    biography_verbs: tuple[str, ...] = ()
    # who signs a reader's comment beside its stamp ("Soumis par jdoe, le 3 mars 2024 à 16h01"), and the words that
    # name the story or the comment it answers after it ("En réponse à : ...")
    comment_signers: tuple[str, ...] = ()
    reply_markers: tuple[str, ...] = ()
    author_joiners: tuple[str, ...] = ()  # the word between two authors a byline names ("Jane Roe and John Doe")
    credit_starts: tuple[str, ...] = ()  # the word that opens a picture's credit ("Photo", "Crédit")
    contributor_phrases: tuple[str, ...] = ()  # a line naming the article's helpers ("contributed to this report")
    # the label, then a colon, of a line naming only the outlet a story was taken from ("Source : Nouvel Horizon",
    # "Sources: Senego.com"): a repost's origin, not an organisation the story speaks of
    source_credits: tuple[str, ...] = ()
    link_starts: tuple[str, ...] = ()  # then a colon: a line that links to another story ("MORE : ...", "Lire aussi :")
    furniture_starts: tuple[str, ...] = ()  # a line opening with one is a button row ("Share this article via ...")
    # a site's call to subscribe, to sign up or to keep reading it ("Abonnez-vous", "Subscribe now", "Thank you for
    # reading"): a short line that holds one is a promotion, whatever site it names
    calls: tuple[str, ...] = ()
    # the words of a rights notice ("Tous droits réservés", "All rights reserved"): a short line that holds one is the
    # page's footer, never the story
    rights_phrases: tuple[str, ...] = ()
    end_phrases: tuple[str, ...] = ()  # a line opening with one ends the article ("A version of this article ...")
    # join a site's name to the agency it took the story from, in a byline ("Europe1.fr avec AFP")
    credit_joiners: tuple[str, ...] = ()
    # the word between a signer's name and the outlet they write for, in a signature under the story ("Jeanne Roe
    # pour guinee7.com", "Jane Roe for CNN")
    outlet_joiners: tuple[str, ...] = ()
    # a page stamp's opening word, as written ("Published", "Mis à jour"): names glued before one are a byline
    stamp_starts: tuple[str, ...] = ()
    # the formula that signs an official text with its place and day, before the place ("Fait à Abidjan, le 7 janvier
    # 2017", "Done at Brussels, 3 May 2024"): the line dates the text
    signing_formulas: tuple[str, ...] = ()
    # the words before an update's day ("Mis à jour le", "Dernière modification :", "Last modified"): a later day than
    # the publication's, its stand-in when the page shows no other stamp
    update_labels: tuple[str, ...] = ()
    # the words before the publication's day ("Publié le", "Rédigé le", "Publication date:"): the day is the page's
    publication_labels: tuple[str, ...] = ()
    # words that label the publication's day only when they open its line, capitalised ("Créé: 12.12.2019, 07h36",
    # "Paru le 3 mai 2021"): in a sentence they tell another thing's day ("l'association créée le 3 mai 2001")
    line_publication_labels: tuple[str, ...] = ()
    # the label before the outlet or agency a stamp names after it ("Apr 2, 2024 10:15 AM IST | Source: PTI")
    source_labels: tuple[str, ...] = ()
    # an outlet's label before its own name at a paragraph's start ("Info Objectif Gard. Le ministre ..."): the label
    # and the name go, the paragraph stays
    exclusive_labels: tuple[str, ...] = ()
    # a banner alone on its line ("URGENT", "Breaking news"): the lines of other stories' titles under it are a ticker
    banners: tuple[str, ...] = ()
    # the word a picture's text names a site's emblem with, alone or before what it is of ("Bandeau", "Logo",
    # "Armoiries de la Suisse") or after whose it is ("Pulse.ng logo"): the page's head, never its headline
    emblems: tuple[str, ...] = ()
    # a press release's label alone on its line or before its issuer ("NOTE AUX RÉDACTIONS", "Communiqué de
    # l'Ambassade", "Press release from the Council"): it stands beside the headline, as a byline does
    release_labels: tuple[str, ...] = ()
    # a pager's word in capitals before another story's title ("PREV Juric, in Turin ...", "SUIVANT Le maire ..."),
    # matched as written: "Next week" opens a sentence
    pager_words: tuple[str, ...] = ()
    # the word before the author's names inside a dated stamp ("Publié le 3 mars par Jeanne Roe", "By JANE ROE JAN. 13,
    # 2017"), matched as a word in any case: the names are the byline, the stamp's date stays
    stamp_authors: tuple[str, ...] = ()
    # the short words a name (a person's, an outlet's) joins its parts with ("Centre Hospitalier de la Côte Basque")
    name_joiners: tuple[str, ...] = ()
    # the articles an outlet's name may open with ("La Liberté", "The New York Times"): its web address drops them
    name_articles: tuple[str, ...] = ()
    # the word between a block's heading and the site's own address ("À la une de liberation.fr", "Most read on
    # nytimes.com"): the heading is a trailer still
    site_joiners: tuple[str, ...] = ()
    # a block's heading that names the section or the site whose stories it lists, after a joiner ("More from
    # Politics", "Latest from the Nation", "Derniers articles de la thématique « Justice »", "Plus d'articles dans
    # Actualité"): the heading's words, then its joiners; the heading is a trailer, whatever it names
    block_heads: tuple[str, ...] = ()
    block_joiners: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)  # eq=False: hashed by identity, so caches can key on a language
class Language:
    """One language's vocabulary, temporal grammar and the choices its extractors make.

    Word tables hold words as they are written (accents, capitals); the lookups by folded key
    (`month_numbers`, `weekday_numbers`) are derived from them. Regex fields are pattern strings,
    compiled by the module that uses them, so importing a language compiles nothing.
    """

    code: str
    name: str

    # --- calendar words
    months: tuple[str, ...]  # the twelve month names, January first
    weekdays: tuple[str, ...]  # the seven weekday names, Monday first
    # short forms, accepted only where the grammar says (after a day number in French)
    month_abbreviations: Mapping[str, int] = field(default_factory=dict)
    day_first: bool = True  # "02/04/2024" is 2 April (else 4 February)
    # whether the language's countries write numeric dates in both orders (English: 4/2/2024 is 2 April in London and
    # Lagos, 4 February in New York): then a page's own order decides, and without it "4/2/2024" is no sure day
    numeric_order_varies: bool = False
    first_of_month: str = "1"  # how a date's first day is written: "1er avril", "April 1"

    # --- numbers (folded keys)
    numbers: Mapping[str, int] = field(default_factory=dict)  # "et"/"and" count 0: "vingt et un"
    approximate_numbers: Mapping[str, int] = field(default_factory=dict)  # "une dizaine": kept as its round value
    number_plurals: frozenset[str] = frozenset()  # "quatre-vingts", "deux cents": the number without its "s"
    vigesimal: bool = False  # "quatre-vingt" is 80, not 4 + 20
    ordinals: Mapping[str, int] = field(default_factory=dict)  # -1 is the last

    # --- periods (folded keys)
    seasons: Mapping[str, str] = field(default_factory=_empty)  # -> TIMEX3 season code
    parts_of_day: Mapping[str, str] = field(default_factory=_empty)  # -> TIMEX3 code (MO, AF, EV, NI, DT, T12:00)
    units: Mapping[str, Unit] = field(default_factory=dict)  # as written; `unit_values` by folded key
    unit_plurals: Mapping[str, str] = field(default_factory=_empty)  # plurals that are not the unit + "s"
    days_from_publication: Mapping[str, int] = field(default_factory=dict)  # "demain": +1
    days_from_discourse: Mapping[str, int] = field(default_factory=dict)  # "le lendemain": the date told before + 1

    # --- the temporal grammar (see generator.extract.timex.grammar)
    timex_rules: tuple[tuple[str, str], ...] = ()  # (rule name, pattern), in priority order
    timex_anchors: Mapping[str, str] = field(default_factory=_empty)  # rule name -> its anchor words
    timex_ignore_case: bool = False
    timex_cues: TimexCues = field(default_factory=TimexCues)  # the words around a date that resolve it

    # --- choices of the resolution rules
    bare_plural_unit_is_duration: bool = False  # "for years" is a duration of unknown length
    today_is_present_by_punctuation: bool = False  # "aujourd'hui," is "nowadays" (else: by the tense)
    weekday_prepositions: frozenset[str] = frozenset()  # "on" before a weekday stays out of its span
    month_homographs: frozenset[str] = frozenset()  # "May" the modal: a month only with a year or a cue
    month_homograph_contexts: frozenset[str] = frozenset()  # words before a homograph that do not make it a month
    month_as_name_after: frozenset[str] = frozenset()  # "de Mars": a capitalised month there is a name

    # --- how dates are joined and listed (generator.extract.dates; folded words, spaces as any space)
    range_links: tuple[str, ...] = ()  # "du 3 au 5 juin", "June 3 to 5": one range
    pair_links: tuple[str, ...] = ()  # "les 6 et 13 avril": two days, unless after `between_words`
    # "in January or February", "either August 4 or August 5": one span the event falls in (days as `pair_links`)
    alternative_links: tuple[str, ...] = ()
    between_words: tuple[str, ...] = ()  # "entre le 6 et le 9 mai": a range
    date_articles: tuple[str, ...] = ()  # "au le 5", "to the 5th": the article between a link and its date
    day_list_links: tuple[str, ...] = ()  # "les 8 et 9 avril, 13 et 14 puis 18": what joins the days of a list
    day_list_articles: tuple[str, ...] = ()  # "les 3 et 4, les 8 et 9": the article before a listed day
    # "sera reçu à la Maison blanche le 24.", "until 10 AM on the 21st": what opens a day written without its month,
    # and the suffixes it may take ("le 1er", "the 21st"; not the French "24e", a rank)
    lone_day_openers: tuple[str, ...] = ()
    lone_day_suffixes: tuple[str, ...] = ()
    counted_back: tuple[str, ...] = ()  # "il y a neuf mois", "two years ago": too vague for the timeline

    # --- names
    # the words the language writes elided before a vowel, an apostrophe gluing them to the next ("d'Yves", "qu'Alpha",
    # "l'équipe"): a web address, which drops the apostrophe, glues them ("dyves", "qualpha", "lequipe")
    elisions: tuple[str, ...] = ()
    nationality_precedes_noun: bool = False  # "an Israeli": a nationality ending a capitalised run is a title
    # a common word alone after a title is a name only if it is a surname of the census (generator/lang/surnamewords.py,
    # an American list: "Annual General Meeting" names no one, "President Bush" does)
    common_word_needs_surname: bool = False

    # --- tense and event phrases (patterns, case-insensitive unless said)
    tense_cues: tuple[tuple[str, str], ...] = ()  # ("past" | "future", pattern)
    # a past verb that announces events ("a annoncé une grève le 13"): it does not date the event it names
    announcing_verbs: str = ""
    # what an event comes before ("ahead of the Oct. 27 election", "à l'approche du scrutin du 5 novembre"): a cue of
    # the future for a date after it only
    ahead_of: str = ""
    # what opens a relative or a completive clause ("approved on Tuesday a bill that will grant", "a annoncé mardi
    # qu'il se rendra"): a verb after it, past the date, is that clause's, not the date's
    clause_openers: str = ""
    # what before a date makes it name an event ("the June 9 fire", "l'incendie du 9 juin"): a relative after such a
    # date is the event's ("the June 9 fire that destroyed the mill"), and its verb dates the day (a pattern ending
    # the text before the date)
    date_of_noun: str = ""
    event_nouns: str = ""
    event_determiner: str = ""  # when set, an event noun counts only after one ("the vote", not "to vote")
    # what before a date makes it qualify the noun after it ("Trump's July 25 call", "the 2016 election"): the event is
    # that noun (a pattern ending the text before the date)
    attributive_date: str = ""
    event_cut: str = ""  # where the event phrase ends: a relative pronoun, a speech verb
    event_predicate: str = ""  # the verb after the event's noun group
    event_place: str = ""  # "à Paris" after the event (case-sensitive)
    # a speech verb (", a-t-il indiqué", "X said"): the phrase is what it reports, or what precedes it
    attribution: str = ""
    anniversary: str = ""  # "les 80 ans du", "80th anniversary": groups n, n2 (ordinal) and w (a word)
    anniversary_words: Mapping[str, int] = field(default_factory=dict)  # "centenaire": 100 (folded)
    # verbs that only say an event happens ("avoir lieu", "take place"): their subject is the event (lemmas)
    event_light_verbs: frozenset[str] = frozenset()
    # nouns that only name when an event happens ("la date du procès", "the date of the vote"): set at a date
    # introduced by one of `date_value_prepositions` ("fixée au 12 mai", "set for May 12"), their complement is the
    # event at that date (lemmas, folded)
    date_nouns: frozenset[str] = frozenset()
    date_value_prepositions: tuple[str, ...] = ()
    # an of-word fused with or followed by a singular article between an event noun and its owner, with that article
    # ("la venue du président": "du", "le"; "the visit of the President": "of the", "the")
    event_owner_links: tuple[tuple[str, str], ...] = ()
    # the of-word before a name that owns an event, before a consonant and before a vowel ("de", "d'"; "of", "of")
    name_of_words: tuple[str, str] = ("", "")
    # a phrase that stands for a role, with the role ("le chef de l'État": "président"; "head of state": "president"):
    # an event whose subject is the phrase is the one person of the briefing who holds the role
    role_stand_ins: tuple[tuple[str, str], ...] = ()
    # demonstrative pronouns that take up the last noun of their gender and number ("celle-ci"): folded -> (gender,
    # number) as the parse's morphology writes them
    demonstratives: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    # words around an event phrase (regex fragments, case-insensitive): what introduces a date and goes with
    # it ("jusqu'au", "dès ce", "until"), what opens a phrase without saying anything ("et", "puis", "the"),
    # and what cannot end one ("de", "pour", "the")
    event_date_lead: tuple[str, ...] = ()
    event_lead: tuple[str, ...] = ()
    event_dangling: tuple[str, ...] = ()
    venue_prepositions: tuple[str, ...] = ()  # "à", "to": the place after one is where an event happens
    # what opens a complement of the event set off by a comma after its clause ("..., devant la cour d'assises",
    # "..., for talks on trade"): the complement goes on with the clause
    event_complements: tuple[str, ...] = ()
    # what joins an event noun to its topic ("réunion sur le budget", "hearing on the parking rules"), besides the
    # language's "of" words: a later bare mention of the noun takes the group back
    topic_links: tuple[str, ...] = ()
    # what opens a clause of its own inside the date's, with its own verb ("before it takes a recess in October",
    # "avant de quitter ses fonctions le 30 octobre"): a date after one dates that clause, not the main one
    subordinators: tuple[str, ...] = ()
    condition_openers: tuple[str, ...] = ()  # "unless", "dans le cas où": a condition after an event, no part of it
    # what opens a clause of contrast set between a date and its clause ("Ce dimanche 11 juin, alors que les Français
    # voteront, le président recevra ..."): an aside, the event is the clause after it
    contrast_conjunctions: tuple[str, ...] = ()
    # what opens an adverbial of circumstance set off by commas between an opening date and its clause ("Le 16 octobre,
    # à l'occasion du remaniement, X n'est pas reconduite"; "On Monday, during the summit, X met Y"): the clause after
    # it says what happens at the date (regex fragments)
    circumstance_openers: tuple[str, ...] = ()
    # what places another event before or after the date's ("makes a state visit on June 3 before a trip to Ireland",
    # "se réuniront le 12 mars avant le sommet"): an event noun after one is that other event, not the date's (regex
    # fragments)
    sequence_prepositions: tuple[str, ...] = ()
    # what opens a clause right after a date that says what happened then ("since 2 March, when Israel imposed a
    # blockade", "depuis janvier, lorsque le gouvernement a lancé son plan"; regex fragments)
    when_clauses: tuple[str, ...] = ()
    # what opens a noun group by pointing at it ("cette mobilisation lancée le 5 décembre", "this treaty signed in
    # May"): a determiner to the event phrase; kept out of the name extractor's determiners, before which a capitalised
    # word is still read as a name
    demonstrative_determiners: tuple[str, ...] = ()
    # nouns that name any event without saying which ("the event", "l'événement"): with a determiner at a date, they
    # take up the event another sentence gives that day ("speakers at the event on Tuesday")
    generic_event_nouns: tuple[str, ...] = ()
    # event nouns that only say a time of the day or of the year ("la soirée de ce jeudi", "cette semaine"): no event
    # taken up
    time_event_nouns: tuple[str, ...] = ()
    # nouns of a part or a moment of an event ("verdict", "rendez-vous", "ruling"): said bare, the event they are part
    # of is the one the page opens on
    part_event_nouns: tuple[str, ...] = ()
    # nouns of a stay over several days ("visite", "tour") and what says the day it begins ("à partir de", "beginning
    # on"): a day said so opens the stay, and the day's own events are said elsewhere
    stay_nouns: tuple[str, ...] = ()
    stay_openers: tuple[str, ...] = ()
    # what names a day of a programme ("journée", "day", "agenda"): a date's clause that says one and ends on a colon
    # announces the day's events in the list after it ("La journée de jeudi sera chargée : visite de l'usine, ...")
    day_nouns: tuple[str, ...] = ()
    # what names a listing of days ("agenda", "semaine", "itinerary"; regex fragments): a span of days that a heading
    # with one gives ("Agenda de X – semaine du 7 au 11 avril") is the frame of the days listed in it, not an event
    schedule_nouns: tuple[str, ...] = ()
    event_adjectives: frozenset[str] = frozenset()  # "primaire": an event noun that is also an adjective (folded)
    conditionals: tuple[str, ...] = ()  # "si", "if": a quoted date after one is a hypothesis, not an event
    # whether a future verb after a condition's word makes it a concession (French: a condition never takes the
    # future, "Si les salles seront prêtes le 14 juin, rien ne dit que ..." grants a fact)
    future_concedes: bool = False
    plural_endings: tuple[str, ...] = ()  # "s", "x": what makes a noun plural
    coordinators: tuple[str, ...] = ()  # "et", "and": what joins two clauses, each its own event
    # "et", "or": what joins the last item of a list to the others ("les infirmiers, les médecins et les internes")
    list_coordinators: tuple[str, ...] = ()
    # "puis", "tandis que", "as well as": what joins two items of one sentence that each close on their own date ("des
    # meetings à Arrah le 10, à M'batto le 11 puis la clôture le 12"), regex fragments
    item_links: tuple[str, ...] = ()
    # "suivi d'", "followed by": what opens, after the date, the event that comes next the same day, part of its row
    # ("Le conseil se réunira le 4 mai, suivi d'une conférence de presse"), regex fragments
    followed_by: tuple[str, ...] = ()
    # "période", "allant", "whole", "running": the words of a frame that only spans its date ("Sur toute la période
    # allant du 23 janvier au 30 mai, la commission organisera ...": the clause after the frame is the date's)
    span_words: tuple[str, ...] = ()
    # "been", "été": what an auxiliary goes on with before its verb; an auxiliary and these never end an event phrase
    auxiliary_forms: tuple[str, ...] = ()
    # "begins with", "débutera par": what a day or a programme does to say what it holds
    programme_verbs: tuple[str, ...] = ()
    # "his", "ses": what opens an event whose owner is named before it ("his first visit to Britain")
    possessive_determiners: tuple[str, ...] = ()
    # "these", "dates": what stands for a list of dates as its subject ("For its network, these are November 2 and 8")
    date_list_heads: tuple[str, ...] = ()
    # "with": what opens an absolute clause (a noun group, its gerund) that a date right after it belongs to
    absolute_openers: tuple[str, ...] = ()
    relative_pronouns: frozenset[str] = frozenset()  # "qui", "who": a clause whose subject is the name before it
    clause_relatives: tuple[str, ...] = ()  # "ce qui": a clause whose subject is the clause before it
    # "which": a clause whose subject is the noun group before it ("the penalty phase of the trial, which begins")
    thing_relatives: tuple[str, ...] = ()
    relative_openers: tuple[str, ...] = ()  # "dont", "which": what opens an aside between commas, no subject
    relative_words: tuple[str, ...] = ()  # the relative pronouns among them ("which", "dont"), no participle
    # a past participle that can follow its noun (case-sensitive regex fragment): "un traité signé en juin", "the ban,
    # passed by parliament last October": a date in its phrase dates what the participle says of the noun
    past_participle: str = ""
    # what opens a clause on a gerund ("leaving London", "en quittant Londres"; case-sensitive regex fragment): an
    # opening clause of one, or of a past participle, that holds a date dates what the sentence's subject does there
    gerund: str = ""
    # what opens an agenda item that may not be held, before its comma ("éventuellement, suite de l'ordre du jour",
    # "if necessary, remaining stages"): the next item says what the day holds
    optional_items: tuple[str, ...] = ()
    # a cleft sentence that puts the date forward ("C'est le 28 novembre que ...", "It is on Monday that ..."): its
    # opening (regex fragments) and the word that links the date to the clause saying what happens
    # what opens an adverbial that says where the news comes from ("selon", "according to"): before a date set off by
    # commas, it is no event ("Toujours selon la LC, le vendredi 27 janvier, le président rencontrera ...")
    source_openers: tuple[str, ...] = ()
    # what opens a comment set off by commas between a subject and its verb: a comparison, a source, a concession
    # ("La réunion, comme prévu par les statuts, aura lieu", "The council, as required by law, will vote"): the aside
    # says nothing of the event, the subject before it says who or what
    comment_asides: tuple[str, ...] = ()
    # the verb that says what a subject is ("sera", "will be"; regex fragments): "Mardi sera la dernière journée du
    # procès", "The 19th round will be the last of the year": the attribute after it names the event
    copulas: tuple[str, ...] = ()
    cleft_openings: tuple[str, ...] = ()
    cleft_links: tuple[str, ...] = ()
    # the link of a cleft that puts the subject forward ("c'est la ministre qui viendra", "it is the mayor who"): the
    # focus is the subject of the clause after the link
    cleft_subject_links: tuple[str, ...] = ()
    # what after a cleft's opening makes it a connective, not a cleft ("c'est pourquoi", "c'est-à-dire", "that is why")
    cleft_not_focus: tuple[str, ...] = ()
    # verbs of thought, hope, expectation or meaning (regex fragment) whose clause after a complementizer says what
    # happens at a date it holds ("Les élus espèrent que le chantier débutera en septembre" -> "chantier débutera",
    # "Officials expect that the bank will cut rates on June 6"); the speech verbs of `quotes` count too
    complement_verbs: str = ""
    complementizers: tuple[str, ...] = ()  # what opens such a clause: "que", "that"
    # whether the complementizer may be left out ("Officials say residents must stay indoors until Friday")
    complementizer_optional: bool = False
    # a pronoun that opens a sentence saying only that something happens, is set, begins or ends ("Elle aura lieu le 30
    # juin", "It will take place on June 30") stands for the event the sentence before names, not for its subject:
    # the pronouns (folded) and what they say (regex fragment, after the pronoun)
    event_pronouns: frozenset[str] = frozenset()
    happening_verbs: str = ""
    # of those, the ones that only say an event takes place or is set, no stage of it ("aura lieu", "se tiendra",
    # "est prévue", "will take place", "is scheduled"; not "débutera", "will resume"): after the event's noun they say
    # nothing
    taking_place_verbs: str = ""
    # a verb that only says its subject holds, organises or is set for an event, its object or complement ("tiendra",
    # "organisera", "sont soumis à", "will hold", "is scheduled for"): the agenda row is who, then the event
    holding_verbs: str = ""
    clause_verbs: str = ""  # besides the tense cues, what shows a clause has its verb ("est", "s'installent")
    on_the_agenda: str = ""  # "seront au programme de", "will be on the agenda of": the event is what follows
    subject_pronouns: frozenset[str] = frozenset()  # "il", "she": a subject that stands for a person named before
    # an auxiliary written onto its pronoun, and its full form ("'ll", "will"): "They'll be on strike" read with the
    # pronoun's antecedent is "RMT members will be on strike", never "RMT members'll"
    contracted_auxiliaries: tuple[tuple[str, str], ...] = ()
    # subjects that name no one and that nothing resolves ("nous", "we"): their clause says less than its event noun
    vague_subjects: frozenset[str] = frozenset()
    # an agenda line says who does what ("Ban Ki-moon will address the opening of the summit"), not only the event
    # noun its verb governs ("opening of the summit"); without it, the noun, headed by its subject ("X – réunion ...")
    headline_clause: bool = False
    # what a headline says shorter: "is scheduled to begin" is "to begin" (pattern, its replacement), room for the event
    headline_forms: tuple[tuple[str, str], ...] = ()
    comment_clauses: tuple[str, ...] = ()  # ", adding that", ", meaning": a comment on the sentence, no event
    topic_openers: tuple[str, ...] = ()  # "quant à", "as for": the words after one name what the sentence is about
    # "soit", "in all": a short sentence opened by one sums up the dates listed before it ("Soit douze jours de grève.")
    summing_openers: tuple[str, ...] = ()
    # what opens an adverbial before a sentence's subject ("On Tuesday,", "Earlier,", "Speaking at X,"; regex fragments)
    sentence_openers: tuple[str, ...] = ()

    # --- the words around names, quotes and facts, and the page chrome
    entities: EntityWords = field(default_factory=EntityWords)
    quotes: QuoteWords = field(default_factory=QuoteWords)
    facts: FactWords = field(default_factory=FactWords)
    chrome: ChromeLines = field(default_factory=ChromeLines)

    # --- the language itself
    function_words: frozenset[str] = frozenset()  # frequent words that tell it from the others

    @cached_property
    def month_numbers(self) -> Mapping[str, int]:
        """Folded month name or abbreviation -> month number."""
        table = {fold(w): i for i, w in enumerate(self.months, 1)}
        table.update((fold(w), n) for w, n in self.month_abbreviations.items())
        return table

    @cached_property
    def weekday_numbers(self) -> Mapping[str, int]:
        """Folded weekday name -> ISO weekday number (Monday 1)."""
        return {fold(w): i for i, w in enumerate(self.weekdays, 1)}

    @cached_property
    def unit_values(self) -> Mapping[str, Unit]:
        """Folded unit word -> (TIMEX3 letter, multiplier, clock unit)."""
        return {fold(w): v for w, v in self.units.items()}
