"""English words the entity extractor reads around names: titles, roles, nationalities, organisation words.

Words are written as in a text (accents, capitals); the extractor folds them. "_" joins the words of one
entry ("chief_executive"). See generator.lang.record.EntityWords for what each list is for.
"""

from __future__ import annotations

from generator.lang.en.tense import PAST_IRREGULAR
from generator.lang.record import EntityWords, words

ENTITIES = EntityWords(
    # "His Majesty King Charles III", "Her Royal Highness": a royal or a diplomat's style, no part of the name or role
    honorifics=words(
        "Dr Dr. Majesty Majesties Highness Highnesses Excellency Excellencies Hon Hon. Honourable Honorable"
    ),
    style_words=words("His Her Their Your Royal Imperial Serene"),
    male_honorifics=words("Mr Mr. Sir Lord"),
    female_honorifics=words("Mrs Mrs. Ms Ms. Miss Dame Lady"),
    plural_honorifics=words("Messrs Messrs."),
    role_abbreviations={
        "Sen.": "Senator",
        "Sens.": "Senators",
        "Rep.": "Representative",
        "Reps.": "Representatives",
        "Gov.": "Governor",
        "Lt.": "Lieutenant",
        "Col.": "Colonel",
        "Gen.": "General",
        "Maj.": "Major",
        "Capt.": "Captain",
        "Sgt.": "Sergeant",
        "Cpl.": "Corporal",
        "Adm.": "Admiral",
        "Cmdr.": "Commander",
        "Det.": "Detective",
        "Supt.": "Superintendent",
        "Insp.": "Inspector",
        "Atty.": "Attorney",
        "Amb.": "Ambassador",
        "Pres.": "President",
        "Sec.": "Secretary",
        "Asst.": "Assistant",
    },
    object_prepositions=words(
        "before behind with by for on in at to from against between without after among toward towards"
    ),
    role_plurals=(("ies", "y"), ("s", ""), ("es", "")),
    role_heads=words(
        "president vice-president minister secretary chancellor chairman chairwoman chair chief ceo cfo coo "
        "director spokesman spokeswoman spokesperson ambassador governor senator sen. gov. rep. congressman "
        "congresswoman representative councillor councilor councilman councilwoman councilmember councilperson "
        "alderman mayor leader head king queen pope general admiral colonel "
        "judge attorney prosecutor adviser advisor economist analyst founder co-founder commissioner envoy "
        "counterpart officer executive deputy delegate lawyer professor candidate manager editor correspondent "
        "chief_executive speaker treasurer commander president-elect premier "
        # Ireland's head of government and deputy, by their Irish titles ("Taoiseach Leo Varadkar")
        "taoiseach tánaiste "
        # a monarch's title, and the consort's ("the Queen Consort" names no one)
        "emperor empress sultan emir monarch consort "
        # occupations and family ties that name a person as well as a title does
        "member historian climber mountaineer photographer explorer scientist banker diplomat soldier pilot player "
        "referee coach striker entrepreneur businessman businesswoman wife husband widow widower daughter brother "
        "sister father mother actor actress singer author"
        # people described by their trade or standing rather than an office ("Democratic pollster X", "billionaire
        # X", "a senior fellow at ...", "Trump's nominee for ...", "her advocate X", "a Labour MP")
        " pollster strategist consultant billionaire millionaire comedian official scholar fellow nominee advocate "
        "MP owner lady activist campaigner organiser organizer programmer designer employee defendant "
        # a standing in a trial or in a community ("One witness, X, said", "neighborhood watch volunteer X")
        "witness volunteer "
        # trades an apposition gives ("X, 45, a nurse", "the lawmaker X") and ranks written short ("Lt. Col. X")
        "nurse doctor physician surgeon teacher student farmer lawmaker legislator inspector engineer architect "
        "artist writer novelist poet producer champion journalist reporter researcher lieutenant captain sergeant "
        "lt. col. maj. capt. sgt. adm. cmdr. "
        # more trades, sciences and standings, by category (English runs with no tagger to read "-ist" nouns; no
        # word that is also a common surname: "Barbara Boxer", "Minnie Driver", "Judge Priest"):
        # experts and sciences ("X, an expert in ...", "the utility's principal meteorologist X")
        "expert specialist laureate meteorologist physicist astrophysicist chemist biologist epidemiologist virologist "
        "psychologist sociologist criminologist geologist climatologist archaeologist anthropologist statistician "
        # media, money and inquiry ("cameraman X", "columnist X", "the investor X", "the county's medical examiner")
        "cameraman camerawoman videographer columnist commentator broadcaster investor accountant auditor examiner "
        "detective "
        # work, faith, arts and sport
        "firefighter paramedic musician composer rapper filmmaker screenwriter playwright sculptor athlete footballer "
        "cyclist goalkeeper midfielder archbishop rabbi imam cleric "
        # kin and standing in a story ("her neighbour X", "a survivor, X", "the Australian backpacker X")
        "grandson granddaughter grandmother grandfather nephew niece uncle fiancé fiancée neighbor neighbour "
        "resident survivor backpacker tourist pensioner peer "
        # offices of a public service, a town or a state ("EPA Administrator X", "Schools Superintendent X", "State
        # Comptroller X", "Assemblywoman X", "Consul X"; not "Sheriff", "Clerk", "Marshal": common surnames too)
        "administrator superintendent comptroller ombudsman assemblyman assemblywoman chairperson solicitor consul "
        # and who runs a programme or an event for a body ("Festival co-ordinator X", "volunteer coordinator X")
        "coordinator co-ordinator"
    ),
    # a style or a rank before a name: an office the text also gives is the role ("INEC Chairman, Professor X",
    # "the navy's spokesperson, Rear Admiral X")
    # "toxicologist X", "X, a historian": read with a tagger only (none is installed for English)
    agent_endings=words("ist ian"),
    # with no tagger, a noun of someone's trade or deed is known by its ending and a common word left once the
    # ending is taken off ("Boston Marathon bomber X", "Australian teenager X", "X, a trader in ..."); the things
    # and words so made that name no one are set aside
    untagged_agent_endings=words("er or ist ian"),
    agent_lookalikes=words(
        "other another never ever after later rather whether together however over under number corner letter "
        "summer winter matter water paper power tower order center centre offer dinner manner banner border cover "
        "answer chapter quarter shelter filter poster trailer thriller sticker computer printer heater cooler "
        "blender charger container receiver folder holder binder marker timer scanner router server browser "
        "lighter counter register render wonder weather feather leather ladder rubber silver copper finger "
        "powder laser meter tender sector factor error terror motor mirror floor door color colour "
        "honor honour favor favour major senior junior interior exterior superior prior reactor tractor "
        "elevator indicator generator projector detector processor radiator accelerator monitor corridor "
        "against median meridian former latter younger consist persist assist desist insist exist resist"
    ),
    # (and an army's ranks, whatever post their holder has: "General X, chief of the defence staff", "Brigadier General
    # X, chief of the military engineers"; the ranks of the British and American armies)
    style_titles=words(
        "professor prof prof. admiral colonel lieutenant sergeant brigadier commodore general captain major corporal "
        "lieutenant-colonel lieutenant-general major-general brigadier-general marshal"
    ),
    relational_roles=words("counterpart"),
    belonging_roles=words("member"),
    role_modifiers=words(
        "former new deputy acting prime foreign home interior defence defense finance chief senior top state "
        "treasury attorney general u.s. u.k. e.u. u.n. white house ex vice rear future first veteran special"
    ),
    nationalities=words(
        "american french chinese russian ukrainian british english german italian spanish portuguese belgian dutch "
        "swiss austrian polish czech slovak hungarian romanian bulgarian greek turkish serbian croatian albanian "
        "armenian georgian iranian iraqi syrian lebanese israeli palestinian jordanian saudi qatari emirati yemeni "
        "egyptian libyan tunisian algerian moroccan malian nigerian senegalese sudanese ethiopian somali kenyan "
        "afghan pakistani indian japanese korean north-korean south-korean taiwanese australian canadian mexican "
        "cuban venezuelan colombian brazilian argentine argentinian chilean peruvian european african asian "
        "western arab kurdish scottish irish welsh swedish norwegian danish finnish malaysian indonesian thai "
        "vietnamese filipino singaporean nepali bangladeshi luxembourgish "
        # the other member states' peoples, as the demonyms of generator/lang/equivalents.yml write them (one word each)
        "andorran angolan azerbaijani bahraini belarusian beninese burmese bolivian bosnian botswanan burundian "
        "cambodian cameroonian chadian cypriot comorian congolese ivorian djiboutian dominican ecuadorian eritrean "
        "estonian fijian gabonese gambian ghanaian guatemalan guinean guyanese haitian honduran icelandic jamaican "
        "kazakh kuwaiti kyrgyz laotian latvian liberian lithuanian macedonian malagasy malawian maldivian maltese "
        "mauritanian mauritian moldovan mongolian montenegrin mozambican namibian nepalese nicaraguan omani ugandan "
        "uzbek panamanian paraguayan rwandan salvadoran slovenian tajik tanzanian togolese trinidadian turkmen "
        "uruguayan zambian zimbabwean"
    ),
    partisans=words(
        "Democrat Democrats Republican Republicans Conservative Conservatives Liberal Liberals Socialist Socialists"
    ),
    party_initials=words("R D I"),
    # parties written by a one-word name or nickname of their own ("the GOP", "Tory MPs", "the Tories", "Labour"). Not
    # their members' nouns and adjectives ("a Maryland Democrat", "Senate Republicans", "the Democratic strategy"):
    # bench/gold (TempEval-3) counts them as no entity, where some real pages' gold counts them as the party
    party_members={
        "Republican Party": words("GOP"),
        "Conservative Party": words("Tory Tories"),
        "Labour Party": words("Labour"),
    },
    # a decoration and the ranks and insignia of an order before its name ("Knight Commander of the Order of ...")
    honours=words("Order_of_Merit Order_of_the_British_Empire Legion_of_Honour"),
    honour_ranks=words("knight dame commander companion officer member grand_cross insignia"),
    event_words=words(
        "Act Bill Treaty Agreement Accord Olympics Cup Cups Championship Open Champions Plan Programme Festival Euro "
        # the heads of an event's or a competition's name ("Commonwealth Games", "East Asia Summit", "Debate Week")
        "Games Championships Summit Tournament Expo Olympiad Marathon Week "
        # a head of state's journey as an event ("the Spanish State Visit", "the Papal Visit")
        "Visit "
        # a meeting of a body, named by the body or its kind ("the Board Meeting", "the Annual General Meeting",
        # "Commonwealth Heads of Government Meeting"): when the body meets, not the body
        "Meeting Meetings"
    ),
    competition_leagues=words("Champions_League Nations_League Europa_League Conference_League Super_League"),
    # (not "Congress", "Conference": a legislature, a league, a body of bishops as often as a meeting)
    event_name_heads=words("Forum Symposium Colloquium Seminar"),
    # words that take part in a gathering or count its editions ("attend the 15th Minsk Forum")
    attendance_words=words(
        "attend attends attended attending address addresses addressed addressing participate participates "
        "participated participating edition"
    ),
    # (a body that holds a conference is named with "of" or "on" after the word: "Conference on Disarmament")
    event_ends=words("Conference Conferences Summits Tour Visits Awards Award Presentation Ceremony Celebrations Gala"),
    event_end_modifiers=words("Annual International"),
    company_organs=words(
        "Board_of_Directors Audit_Committee Remuneration_Committee Compensation_Committee Nomination_Committee "
        "Nominations_Committee Risk_Committee Supervisory_Board"
    ),
    election_nouns=words("election elections polls primaries"),
    programme_nouns=words("week program programme scheme initiative ceremony festival tournament championship"),
    venue_words=words(
        "Stadium Hotel Arena Square Airport Station Bridge City Cathedral Castle Park Port Camp Mount Lake "
        "Cape Valley Forest Island Islands Sea Gulf Strait County Province District Beach Road Street Highway "
        "Plateau Bay Palace Gardens Embankment Villa River Creek Canal Avenue Boulevard Lane Parkway Tollway "
        "Turnpike Expressway Freeway Mountains Hills "
        # the last word of a building's or a site's name ("Federal Courthouse", "Taronga Zoo", "Windermere Jetty",
        # "Bradley Farm", "Santa Rita Jail")
        "Courthouse Courtroom Zoo Jetty Wharf Farm Jail Prison "
        # grounds of fairs, shows and races ("the Fairfield County Fairgrounds", "the Royal Showground")
        "Fairgrounds Fairground Showgrounds Showground Racecourse Raceway Velodrome "
        # a room of a building named after someone ("the Martin Luther King Room", "the Rosa Parks Ballroom")
        "Room Ballroom "
        # monuments named by their kind ("Lincoln Memorial", "Cleopatra's Obelisk"); not "Gate", "Arch": also
        # people's surnames ("John Gate")
        "Memorial Obelisk Mausoleum "
        # places of worship, burial and ceremony, and a building by its use ("Westminster Abbey", "Arlington National
        # Cemetery", "the South Lawn", "the Tower of London", "the United Nations Headquarters"); not "Church": also a
        # body ("the Catholic Church said")
        "Abbey Cemetery Chapel Mosque Temple Synagogue Basilica Lawn Plaza Tower Headquarters "
        # the second word of a region's name ("Madhya Pradesh", "Moscow Oblast", "Northern Territory")
        "Pradesh Oblast Krai Prefecture Governorate Territory "
        # a state's seat named by its kind ("the Utah State Capitol", "at the Statehouse")
        "Capitol Statehouse"
    ),
    # a building's or a site's name by its last word only ("Government House", "Sydney Opera House", "Man O'War
    # Steps", "Kingston Free Zone"; the same word first names a body: "House of Commons", "House Judiciary
    # Committee", or a team: "Zone Defense")
    venue_ends=words("House Steps Zone"),
    place_labels=words("where venue location"),
    quoted_venue_heads=words("cafe café bar pub restaurant hotel building hall theatre theater cinema venue"),
    # the buildings of a town, a county or a state named by what they are ("at the county courthouse", "outside
    # city hall")
    common_venues=words(
        "town_hall city_hall county_courthouse federal_courthouse county_jail state_capitol war_memorial "
        "convention_center convention_centre"
    ),
    # (a church or a hospital also names its body: a building only where something happens there, "the shooting at
    # Emanuel AME Church", "a visit to Royal Free Hospital, London")
    # (a room, a hall, a gate, a road by its number: "Gallery 28", "Terminal 2", "Route 59", "Pier 39")
    visit_nouns=words("visit tour opening inauguration"),
    visit_prepositions=words("to"),
    numbered_venue_heads=words(
        "Gallery Galleries Room Hall Terminal Gate Route Highway Interstate Pier Platform Building Wing Pavilion "
        "Hangar Dock Berth Studio Auditorium Theatre Theater Arena"
    ),
    building_words=words(
        "Centre Center Hall Theatre Theater Auditorium Pavilion Memorial Museum Library Archives Church Hospital "
        # (a school is its body too: "X School said", "a teacher at X School"; visited, it is where it happens)
        "School Gallery"
    ),
    # the verbs of going into or opening a building, in every form: their object is where it happens ("will visit X
    # Hospital", "entered X Church", "inaugurate the X Bourse"), not the body that runs it
    visit_verbs=words(
        "visit visits visited visiting tour tours toured touring enter enters entered entering open opens opened "
        "opening reopen reopens reopened reopening inaugurate inaugurates inaugurated inaugurating"
    ),
    street_words=words("street road avenue square"),
    address_openers=words("at"),
    address_ends=words(
        "Street St. Road Rd. Avenue Ave. Boulevard Blvd. Lane Ln. Drive Dr. Way Place Pl. Court Ct. Parkway Pkwy. "
        "Highway Hwy. Square Sq. Terrace Crescent Close Circle Trail Pike Row Plaza"
    ),
    competition_heads=words("Cup Championship Championships"),
    zone_nouns_after=words("time"),
    honoured_titles=words(
        "King Queen Prince Princess Emperor Empress Sultan Emir Pope Saint St. Sir Lord Lady President General"
    ),
    place_saints=words("Saint St St."),  # ("St Patrick's Day", "St Mary's"; "St-Louis" written as in French)
    peerage_titles=words("Duke Duchess Earl Countess Marquess Marchioness Viscount Viscountess Baron Baroness"),
    royal_titles=words("prince princess"),
    state_heads=words("Republic Kingdom Principality Grand-Duchy Emirate Sultanate"),
    compass_words=words(
        "North South East West Northern Southern Eastern Western Central Northeast Northwest Southeast Southwest "
        "Northeastern Northwestern Southeastern Southwestern"
    ),
    place_nouns=words("city town village county province district region state capital"),
    # (AP style writes "U.S." for the adjective: "a U.S. official", "U.S. District Judge", "UK Tories")
    adjective_initials=words("US U.S. USA U.S.A. UK U.K."),
    region_nouns_after=words("region district province county oblast governorate prefecture municipality"),
    generic_org_words=words(
        "Organization Union Alliance Council Commission Court Committee Federation League Association Party Group "
        "Agency Bank Fund Institute University Ministry Department Office Bureau Service Authority Forces Front "
        "Movement Conference Assembly Convention Tribunal Government Administration Cabinet Coalition Company "
        "Foundation Center Chamber Board Command Guard Exchange Community"
    ),
    time_qualifiers=words(
        "late later early earlier mid last next this every on by until morning afternoon evening night noon midnight"
    ),
    common_caps=words(
        "NGO NGOs GMT UTC EST EDT PST CST CDT MST MDT PDT CET CEST BST AM PM TV CEO CFO GDP G.D.P. VAT Internet Web Mr "
        "Mrs Ms The A An In On At But "
        "And As It He She They We This That These Those While Although However After Before Since When Where "
        "There Here Over Under Some Many Chairman President Minister Secretary Republic "
        # a company's calendar: its financial year, quarters and halves, its general meetings
        "FY Q1 Q2 Q3 Q4 H1 H2 AGM EGM"
    ),
    org_heads=words(
        "company firm group subsidiary party agency ministry bank fund union carrier maker manufacturer giant "
        "newspaper tabloid network broadcaster consortium lender insurer retailer airline automaker carmaker rival "
        "regulator producer supplier investor companies firms band duo trio quartet orchestra choir charity "
        # a brand, a chain of shops ("the sportswear brand Nike")
        "brand chain"
    ),
    org_words=words(
        "Union Organization Party Bank Fund Council Commission Congress Senate Assembly Parliament Ministry "
        "Department Agency Inc Inc. Corp Corp. Corporation Ltd Ltd. Group Association Committee Court Tribunal "
        "University Institute Federation League Nations Forces Army Police Front Movement Alliance Coalition "
        "Church Company Airlines Reserve Office Bureau Service Authority Nato Republicans Democrats Tories Labour "
        "Houses Commons Lords Cabinet Government Administration Conference Forum Foundation Trust Holdings Motors "
        # a learned or professional society, as the French "Société" ("Royal Society", "Law Society")
        "Society "
        # an army's unit named by its kind ("Royal Regiment of Scotland"; not "Guards", "Corps": "Horse Guards Parade",
        # the French "corps diplomatique")
        "Regiment "
        "Energy Petroleum Oil Airways Telecom Times Post Journal Press Academy Hospital Hospitals Clinic Clinics "
        "Museum Air Club Racing "
        "Sporting United Athletic Center Centers School College Brothers Systems Technologies Services Laboratories "
        "Labs "
        # bodies named by what they run or guard ("Treasury Board", "Border Security Command", "Network Rail")
        "Board Command Guard Exchange Rail Railway Railways Community "
        # and by what they sell or administer ("Coastal Data Solutions", "Pension System")
        "Solutions System "
        # a company's legal form ("Cadbury Nigeria Plc", "Acme Holdings LLC", "Acme Singapore Limited")
        "Plc LLC LLP Pty Bhd Berhad Limited "
        # and what a company calls itself after its own name ("Massy Stores", "Dangote Industries")
        "Stores Supermarkets Industries Enterprises Electronics "
        # ensembles of musicians, named by their kind ("African Salsa Orchestra", "the Takács Quartet")
        "Orchestra Quintet Quartet Choir Philharmonic"
    ),
    org_openers=words("World International National Royal Federal Global"),
    # a chamber's head whose "of" and complement name it ("House of Commons", "House of Representatives", "Chamber of
    # Commerce"): the head alone is a common word ("House prices")
    chamber_heads=words("House Chamber"),
    # a legislature or one of its chambers by one word, as the press writes them (Senate and Congress as the site's
    # `legislatures` table of generator/lang/equivalents.yml writes them, the generic words, the British chambers'
    # short names)
    chambers=words("Senate Congress Parliament Assembly Legislature Commons Lords"),
    # a participle glued by a hyphen to a party, a place or a nationality before a name ("the Republican-led Senate",
    # "the London-based charity X", "a Saudi-backed group"): it qualifies the name, it is not part of it
    qualifier_suffixes=words("led based backed controlled dominated owned run funded financed sponsored"),
    outlet_words=words(
        "Times Post Journal Herald Tribune Gazette Telegraph Guardian Observer Chronicle Citizen News Daily"
    ),
    # a broadcaster's last word, capitalised ("Keswick Public Radio", "Fox Business Network"); not inside a name, nor in
    # lower case ("Maison de la radio", a building)
    broadcast_words=words("Radio Television Network Broadcasting"),
    journalist_nouns=words(
        "reporter reporters correspondent correspondents journalist journalists columnist columnists"
    ),
    journalist_links=words("for of at"),
    meeting_qualifiers=words("extraordinary informal inaugural"),
    # a country's institution in lower case after its name and "'s" ("Israel's parliament", "China's commerce
    # ministry") or after its people's adjective or a town's name ("the Thai police", "Fremont police")
    national_institution_heads=words(
        "parliament ministry presidency cabinet senate congress authority regulator government administration police "
        "military army navy militia agency service"
    ),
    office_terms=words("presidency"),
    state_forms=words("Republic"),
    # a public body's common noun, capitalised when the text means its own one ("the Legislature", "the Commission
    # will inform ministers", "removed from the Government's list")
    # (not "Council": a page on the EU names several, "the Council" alone is any of them)
    # (and a town's corporation with "of" and its town, which AP style capitalises only so: "the City of Dayton said",
    # "donated to the Town of Hempstead"; "the city of Dayton" is the town)
    capitalised_bodies=words("Legislature Commission Government Parliament Cabinet City Town Village Borough"),
    lowercase_body_heads=words("commission department board committee council authority"),
    body_field_links=words("of"),
    institutions={
        "White House": "White House",
        "Downing Street": "Downing Street",
        "Pentagon": "Pentagon",
        "Whitehall": "Whitehall",
        "Capitol Hill": "Capitol Hill",
        "Foggy Bottom": "Foggy Bottom",
    },
    org_variants={
        "nato": words("NATO North_Atlantic_Treaty_Organization"),
        "un": words("UN United_Nations"),
        "eu": words("EU European_Union"),
        "imf": words("IMF International_Monetary_Fund"),
        "ecb": words("ECB European_Central_Bank"),
        "who": words("WHO World_Health_Organization"),
        "wto": words("WTO World_Trade_Organization"),
        "iaea": words("IAEA International_Atomic_Energy_Agency"),
        "fed": words("Fed Federal_Reserve"),
        "icc": words("ICC International_Criminal_Court"),
        "opec": words("OPEC"),
        "congress": words("Congress US_Congress"),
        "bbc": words("BBC British_Broadcasting_Corporation"),
    },
    # (given names of English-speaking countries that the census's table misses: generator/lang/givennames.txt)
    given_names=words("Oliver"),
    led_bodies_after=words("administration government"),
    speaker_nouns=words("official officials"),
    issued_nouns=words("agenda programme program schedule statement statements communique conference announcement"),
    according_to=words("according"),
    source_nouns=words("report reports reporting"),
    report_verbs=words("reported reports revealed reveals"),
    report_agents=words("by"),
    # (the copula in both numbers: "the Packers were admitted", as "the club was")
    speech_or_action=words(
        "said says has have had will would announced added told is was are were did confirmed denied"
    ),
    speech_after=words("said says told added explained wrote asked replied recalled noted argued"),
    person_relatives=words("who whose whom"),
    place_relatives=words("where"),
    dative_heads=words("tribute letter message succeeds succeeded replied written wrote spoke talked"),
    affiliation_prepositions=words("from of"),
    match_nouns=words(
        "match game derby final semi-final fixture tie clash win victory defeat draw "
        "matches games fixtures ties wins victories defeats draws season opener openers"
    ),
    opponent_words=words("against v v. vs vs."),
    # (with a fixture's word in the sentence: "beat Hull City in Saturday's match", "face Southampton in the league")
    match_verbs=words("beat beats beaten defeated face faces facing host hosts hosted"),
    fixture_nouns=words("match matches game games fixture fixtures derby league cup semi-final kick-off opener"),
    plural_verbs=words("have are were"),
    organised_events=words("Festival Biennale"),
    organiser_nouns=words("committee organisers organizers team board trustees"),
    club_marks=words("FC AFC SC CF"),
    group_articles=words("The"),
    ensemble_heads=words("orchestra choir chorus quartet quintet"),
    performance_words=words(
        "lineup lineups line-up line-ups headline headlines headlining headliner headliners perform performs "
        "performing performed performance performances concert concerts gig gigs band bands act acts artists "
        "festival fest stage stages show shows tour music singer singers"
    ),
    club_suffixes=words("Town City United Rovers Athletic Albion Wanderers Rangers Hotspur Argyle"),
    standing_nouns=words("point points pts"),
    standing_prepositions=words("behind above below"),
    percent_words=words("percent cent"),
    staff_roles=words(
        "manager captain coach chairman chairwoman director spokesman spokeswoman spokesperson boss owner founder "
        "striker goalkeeper defender midfielder executive president"
    ),
    firm_roles=words("ceo chairman chairwoman founder co-founder owner executive"),
    member_nouns=words("member members"),
    medium_verbs=words("said says wrote writes posted tweeted announced told searched"),
    medium_prepositions=words("on"),
    auxiliaries=words("has have had"),
    owned_nouns=words(
        "account accounts user users group groups share shares stock post posts page feed app platform messages "
        "channel channels spokesperson spokesman spokeswoman executives employees shareholders"
    ),
    office_words=words("serve serves served serving years term tenure predecessor successor"),
    statement_verbs=words("announced announces released releases confirmed confirms denied denies issued issues"),
    inside_voices=words("officials aides staffers advisers everyone nobody"),
    after_place=words("on in at after before with and for to last this next since during"),
    near_place=words("in at near"),
    place_prepositions=words("in at near from into on"),
    town_prepositions=words("in"),
    adjective_suffixes=words("born based led backed made style occupied controlled owned run funded"),
    disease_nouns=words("infections pandemic epidemic outbreak variant variants strain"),
    disease_counts=words("cases"),
    diseases=words("COVID-19 COVID Covid coronavirus Ebola mpox monkeypox SARS MERS H1N1 HIV AIDS Zika dengue cholera"),
    storm_nouns=words("storm hurricane cyclone typhoon"),
    vessel_nouns=words("ship vessel warship destroyer frigate submarine yacht tanker freighter cruiser"),
    # the prefixes of the navies and lines of English-speaking countries, which other languages write too
    ship_prefixes=words("USS USNS HMS HMCS HMAS HMNZS RMS"),
    title_words=words("titled entitled dubbed"),
    # by field, general knowledge: computing and devices; science, health and substances; the economy, firms and
    # work; schooling; vehicles, fuels and arms
    thing_acronyms=words(
        "AI GPS SMS MMS PDF GIF JPEG USB PC TV DVD CD LED LCD SIM QR VPN URL IP API CPU RAM DOS DDoS HTML "
        "DNA RNA MRI ICU PCR IVF ADHD PTSD STD STI UV "
        "GDP GNP VAT CEO CFO COO CTO IPO ETF FAQ PIN ATM VIP ESG AGM "
        "PhD MBA GCSE "
        "EV SUV LNG LPG TNT IED UAV ICBM"
    ),
    work_nouns=words(
        "film movie series sitcom novel album documentary opera musical painting exhibition song video blog podcast"
    ),
    ordinal_pronouns=words("first second third last latter former"),
    more_subject_pronouns=words("we you"),
    possessive_determiners=words("my your his her its our their"),
    calls_to_action=words("Subscribe Follow Watch Listen Download Share Click Sign"),
    law_ends=words("act bill day"),  # "Patriot Act", "Labor Day", "Election Day": a law's or a holiday's name
    # what a bill changes or a body adopts, publishes or is bound by, as the head of its title: a bill's
    # "Amendments", a "Resolution", a "Budget", "Financial Statements", "Trust Principles", "Regulations"
    document_ends=words(
        "amendment amendments resolution resolutions budget budgets statements principles guidelines regulation "
        "regulations directive directives ordinance ordinances"
    ),
    # the codes of the bills and resolutions of the United States' legislatures (House, Senate, Assembly; concurrent and
    # joint resolutions) and the word of other parliaments ("Bill C-69", "Bill 96")
    bill_codes=words("H.B. HB S.B. SB H.R. S.C.R. SCR H.C.R. HCR S.J.R. SJR H.J.R. HJR A.B. Bill"),
    title_small_words=words("of for to on in at by with from the a an"),
    connectors=words("of the for &"),
    org_connectors=words("on"),  # "Committee on Homeland Security", "Conference on Disarmament"
    field_heads=words("Committee Subcommittee Commission Conference Council Panel"),
    of_words=words("of"),
    role_of_words=words("for"),
    articles=words("the"),
    title_articles=words("the"),
    articles_after_of=words("the"),
    singular_articles=words("the"),
    irregular_pasts=PAST_IRREGULAR,
    nationality_endings=words("s"),
    determiners=words("the a an his her its"),
    role_determiners=words("the a an his her its their our your"),
    counting_determiners=words("several these those two three four five"),
    category_code_letters=words("U"),  # an age group ("the U18 side", "U23s")
    role_prepositions=words("to"),  # "envoy to Ukraine", "adviser to the president"
    and_words=words("and"),
    role_stops=words(
        "the a an his her its their our and or but with by on in at to from who which that whose as while when if "
        "has have had is are was were will would said says told"
    ),
    role_adverbs=words("now then also currently"),
    adverb_endings=words("ly"),
    participle_endings=words("ed ing"),
    clause_adverbs=words("once later since still already soon ever never again just twice"),
    comparative_words=words("than more less rather"),
    age_words=words("years_old year-old"),
    one_of=words("one_of one_of_the"),
    relative_copulas=words(
        "who_is who_was who_will_be who_became who_remains who_serves_as who_served_as who_works_as who_worked_as"
    ),
    presented_as=words("described_as identified_as"),
    predicate_copulas=words(
        "is was remains became is_now was_named was_appointed was_elected has_been_named has_been_appointed "
        "has_been_elected serves_as served_as works_as worked_as"
    ),
    lead_phrases=words("who_heads who_leads who_chairs who_runs who_headed who_led who_chaired"),
    capacity_openers=words("in_his_capacity_as in_her_capacity_as in_their_capacity_as"),
    role_qualifiers=words("ad_interim"),
    role_links=words("for of and & ad"),
    example_openers=words("such_as including like"),
    affiliation_openers=words("from from_the of of_the with with_the"),
    stop_words=words(
        "the a an of to in on at by for with from and or but is are was were be been has have had it its "
        "this that these those he she they his her their as will would can could should may might not no "
        "said says also than then there which who whom whose what when where while about into over after "
        "before up out since during against according between without under toward still already very more "
        "less being"
    ),
    abbreviations=words(
        "mr. mrs. ms. hon. st. sen. gov. rep. gen. col. lt. sgt. prof. inc. corp. ltd. jr. sr. no. vs. etc. apr. u.s. "
        "u.k. e.u. n.d. jan. feb. mar. aug. sept. sep. oct. nov. dec. mt. ft."
    ),
    name_opening_abbreviations=words("St. Ste. Mt. Ft."),
    not_in_acronyms=words("of the and for"),
    acronym_legal_forms=words("Co. Co Inc. Inc Corp. Corp Ltd. Ltd LLC PLC plc"),
    title_abbreviations={"pm": "prime minister", "cm": "chief minister"},
    past_endings=words("ed"),
)
