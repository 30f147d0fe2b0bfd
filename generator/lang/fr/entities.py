"""French words the entity extractor reads around names: titles, roles, nationalities, organisation words.

Words are written as in a text (accents, capitals); the extractor folds them. "_" joins the words of one
entry ("chef_d'état-major"). See generator.lang.record.EntityWords for what each list is for.
"""

from __future__ import annotations

from generator.lang.record import EntityWords, words

ENTITIES = EntityWords(
    # ("Sa Majesté le roi", "Leurs Altesses Royales le grand-duc et la grande-duchesse", "Sa Sainteté": a royal's, a
    # diplomat's or a prelate's style, as the protocol writes it, no part of a name and no place)
    honorifics=words(
        "Me Maître Dr Pr Mgr Excellence Excellences S.E S.E. Majesté Majestés Altesse Altesses Sainteté Éminence"
    ),
    style_words=words("Sa Son Ses Leur Leurs Votre Vos Royale Royales Impériale Impériales Sérénissime"),
    # ("S.E.M. X": Son Excellence Monsieur, as official releases of West Africa style a head of state)
    male_honorifics=words("M. Monsieur S.E.M S.E.M."),
    female_honorifics=words("Mme Mlle Madame Mademoiselle"),
    plural_honorifics=words("MM. MM Mmes Mes Messieurs Mesdames"),
    honorific_roles={"Me": "avocat", "Mes": "avocat", "Maître": "avocat"},
    role_abbreviations={
        "Cdt": "commandant",
        "Lt": "lieutenant",
        "Sgt": "sergent",
        "Pdt": "président",
        "Dir.": "directeur",
    },
    object_prepositions=words(
        "devant derrière selon avec par pour sur dans chez vers contre entre sans après avant auprès envers malgré "
        "parmi à au aux"
    ),
    role_plurals=(("s", ""), ("x", "")),
    role_heads=words(
        "président présidente vice-président vice-présidente ministre secrétaire chef cheffe directeur directrice "
        "porte-parole ambassadeur ambassadrice homologue dirigeant dirigeante leader patron patronne PDG p.-d.g. "
        "chancelier chancelière roi reine pape maire député députée sénateur sénatrice gouverneur "
        "gouverneure général générale commandant juge procureur procureure avocat avocate conseiller conseillère "
        "candidat candidate responsable fondateur fondatrice commissaire envoyé envoyée émissaire négociateur "
        "négociatrice représentant représentante haut-commissaire délégué déléguée rapporteur rapporteure "
        "économiste analyste chercheur chercheuse professeur professeure opposant opposante militant militante "
        "journaliste écrivain écrivaine acteur actrice chanteur chanteuse entraîneur sélectionneur capitaine "
        "évêque archevêque cardinal ayatollah imam rabbin cheikh émir monarque dictateur amiral colonel lieutenant "
        "officier administrateur administratrice gérant gérante trésorier trésorière coordinateur coordinatrice "
        "médiateur médiatrice chef_d'état-major n°1 numéro_un premier_secrétaire président-directeur "
        "syndicaliste élu élue édile préfet préfète recteur rectrice doyen doyenne successeur prédécesseur "
        "complice terroriste otage "
        # a standing in a trial, a campaign or a firm ("X, accusé d'avoir ...", "le colistier de Y", "son employé X")
        "accusé accusée prévenu prévenue colistier colistière employé employée salarié salariée "
        # an officer named by the task given ("X, chargée de communication au comité", "le chargé de mission X")
        "chargé chargée "
        # a style that is also a title of its own ("le docteur X"): an office the text gives wins (style_titles)
        "docteur docteure "
        # occupations and family ties that name a person as well as a title does
        "ancien membre historien historienne alpiniste photographe explorateur exploratrice scientifique banquier "
        "banquière diplomate soldat pilote joueur joueuse attaquant milieu défenseur gardien arbitre coach "
        "entrepreneur industriel épouse mari compagne compagnon veuve veuf fils fille frère sœur soeur père mère "
        # a party member named by the party's adjective ("l'écologiste X", "le socialiste X")
        "socialiste écologiste communiste centriste gaulliste insoumis insoumise "
        # trades and standings an apposition gives ("X, 45 ans, infirmière", "le médecin X", "un cadre de ...")
        "cadre médecin infirmier infirmière policier policière gendarme agriculteur agricultrice enseignant "
        "enseignante étudiant étudiante inspecteur inspectrice magistrat magistrate ingénieur ingénieure architecte "
        "artiste auteur autrice réalisateur réalisatrice romancier romancière poète sportif sportive champion "
        "championne présentateur présentatrice animateur animatrice ouvrier ouvrière chirurgien chirurgienne "
        "programmateur programmatrice organisateur organisatrice consultant consultante designer créateur créatrice "
        "milliardaire millionnaire "
        # a town's executive: the mayor's deputy ("l'adjoint aux Sports X"), a Swiss town's mayor ("la syndique X");
        # and a painter ("le peintre X"), missing beside the other artists
        "adjoint adjointe syndic syndique peintre"
    ),
    # "la toxicologue X", "le braconnier X", "X, biologiste", "un commerçant", "l'ex-auditeur", "le psychiatre X"
    agent_endings=words("logue iste ier ière eur euse rice ant ante ien ienne graphe iatre naute"),  # "astronaute"
    agent_lookalikes=words("dossier quartier calendrier courrier chantier fichier atelier secteur moteur"),
    # a style before a name: an office the text also gives is the role ("INEC Chairman, Professor X"); the army's
    # ranks are styles too, whatever post their holder has ("le capitaine X, le chef de la junte", "le général X,
    # chef d'état-major des armées"): the ranks of the French armed forces, officers and non-commissioned
    style_titles=words(
        "professeur professeure docteur docteure amiral contre-amiral vice-amiral colonel lieutenant-colonel "
        "lieutenant sous-lieutenant sergent sergent-chef général générale capitaine commandant caporal caporal-chef "
        "adjudant adjudant-chef aspirant maréchal"
    ),
    relational_roles=words("homologue successeur prédécesseur complice"),
    belonging_roles=words("membre"),
    role_modifiers=words(
        "premier première ancien ancienne ex nouveau nouvelle haut haute futur future vice sous actuel actuelle"
    ),
    ministry_domains=words(
        "Armées Affaires Étrangères Etrangères Finances Intérieur Défense Justice Économie Economie Santé Éducation "
        "Education Culture Travail Transports Agriculture Environnement Industrie Commerce Budget Outre-mer Sports "
        "Solidarités Logement Numérique Europe Comptes Publics Énergie Energie Recherche Jeunesse Famille "
        "Territoires Diplomatie Sécurité Coopération Développement Emploi Écologie Ecologie Mer Anciens Combattants "
        "Égalité Egalité Diversité Tourisme Infrastructure Infrastructures "
        "Etat État"
    ),
    portfolio_titles=words("ministre ministres chargé chargée chargés chargées"),
    gathering_heads=words("Forum Congrès Colloque Séminaire Symposium"),
    # (not "Congrès": the American legislature, a party's congress, as often as a meeting)
    event_name_heads=words("Forum Colloque Séminaire Symposium"),
    name_kind_heads=words(
        "groupe institut université collectif association fondation syndicat fédération maison laboratoire"
    ),
    attendance_words=words(
        "participer participe participent participera participeront participé participation assister assiste "
        "assistera assisteront inaugurer inaugure inaugurera inaugureront inauguré inauguration ouvrir ouvre ouvrira "
        "ouverture clôturer clôture clôturera édition travaux"
    ),
    nationalities=words(
        "américain français chinois russe ukrainien britannique anglais allemand italien espagnol portugais belge "
        "néerlandais suisse autrichien polonais tchèque slovaque hongrois roumain bulgare grec turc serbe croate "
        "bosniaque albanais kosovar slovène macédonien moldave biélorusse letton lituanien estonien finlandais "
        "suédois norvégien danois islandais irlandais écossais gallois arménien azerbaïdjanais azéri géorgien "
        "kazakh ouzbek iranien irakien syrien libanais israélien palestinien jordanien saoudien qatari émirati "
        "yéménite égyptien libyen tunisien algérien marocain mauritanien malien nigérien nigérian sénégalais "
        "ivoirien burkinabé tchadien soudanais éthiopien somalien kényan rwandais congolais camerounais gabonais "
        "sud-africain angolais malgache afghan pakistanais indien bangladais sri-lankais népalais birman "
        "thaïlandais vietnamien cambodgien laotien malaisien indonésien philippin singapourien japonais coréen "
        "nord-coréen sud-coréen taïwanais mongol australien néo-zélandais canadien québécois mexicain cubain "
        "vénézuélien colombien brésilien argentin chilien péruvien bolivien équatorien uruguayen paraguayen "
        "haïtien luxembourgeois européen africain asiatique occidental kurde tchétchène basque corse breton catalan "
        "flamand wallon "
        # the other African states' peoples, after the United Nations' list of members
        "béninois botswanais burundais cap-verdien centrafricain comorien djiboutien érythréen eswatinien gambien "
        "ghanéen guinéen bissau-guinéen équato-guinéen libérien lesothan malawite mauricien mozambicain namibien "
        "ougandais santoméen seychellois sierra-léonais sud-soudanais tanzanien togolais zambien zimbabwéen "
        # and of the other member states that generator/lang/equivalents.yml's demonyms name
        "andorran bahreïni bosnien chypriote costaricien dominicain fidjien guatémaltèque guyanien hondurien "
        "jamaïcain koweïtien kirghiz malawien maldivien maltais monégasque monténégrin nicaraguayen omanais "
        "panaméen salvadorien trinidadien tadjik turkmène"
    ),
    partisans=words(
        "Unioniste Unionistes Travailliste Travaillistes Libéral Libéraux Réformiste Réformistes Socialiste "
        "Socialistes Communiste Communistes Républicain Républicains Démocrate Démocrates Ecologiste Ecologistes "
        "Écologistes Gaulliste Gaullistes Centriste Centristes Indépendantiste Indépendantistes Nationaliste "
        "Nationalistes Islamiste Islamistes Jihadiste Jihadistes Djihadiste Djihadistes Loyaliste Loyalistes"
    ),
    demonym_endings=words(
        "ais aise aises ois oise oises iens ienne iennes ains aines ins asque asques éen éenne éens éennes"
    ),
    article_demonym_endings=words("ien ain"),
    disease_nouns=words("pandémie épidémie variant variants souche"),
    diseases=words("sida VIH choléra paludisme rougeole variole"),
    storm_nouns=words("tempête ouragan cyclone typhon dépression"),
    vessel_nouns=words("navire bateau porte-avions porte-hélicoptères frégate sous-marin paquebot pétrolier cargo"),
    title_words=words("intitulé intitulée intitulés intitulées baptisé baptisée baptisés baptisées"),
    # par domaine, connaissance générale : informatique et appareils ; sciences, santé et substances ; économie,
    # entreprises et travail ; école ; véhicules, transports et armes
    thing_acronyms=words(
        "IA GPS SMS MMS PDF GIF JPEG USB PC TV DVD CD LED SIM QR VPN URL IP GSM ADSL "
        "ADN ARN VIH IST AVC IRM PCR PMA GPA IVG OGM UV "
        "PIB PDG DRH OPA CDI CDD SMIC HLM TTC CV PV RIB IBAN QCM PME TPE SUV "
        "BAC BTS DUT TD TP "
        "TGV TER RER VTC TNT LBD"
    ),
    # (and a show's, a medium's: "l'exposition Rouge et Noir", "le spectacle Marie Stuart", "Vidéo Dailymotion")
    work_nouns=words(
        "film série feuilleton téléfilm roman album documentaire opéra tableau exposition spectacle chanson émission "
        "vidéo blog podcast"
    ),
    ordinal_pronouns=words("premier première second seconde deuxième troisième dernier dernière"),
    more_subject_pronouns=words("ils elles nous vous on je"),
    calls_to_action=words(
        "Retrouvez Découvrez Suivez Lisez Regardez Écoutez Téléchargez Partagez Abonnez-vous Inscrivez-vous Cliquez "
        "Collez"
    ),
    event_words=words(
        "Charte Traité Accord Accords Loi Pacte Jeux Coupe Championnat Tournoi Festival Prix Opération Plan "
        "Programme Déclaration Résolution Directive Vendredi Mondial Euro Semaine Déjeuner Dîner Petit-déjeuner "
        "Sommet Salon"
    ),
    competition_leagues=words("Ligue_des_champions Ligue_des_nations Ligue_Europa"),
    venue_words=words(
        "Stade Hôtel Palais Place Rue Avenue Boulevard Square Aéroport Gare Pont Cathédrale Château Parc Port Camp "
        "Mont Lac Cap Col Vallée Forêt Île Ile Mer Golfe Detroit Territoire Département Canton Région Pays Plateau "
        "Bassin Baie Villa "
        # monuments named by their kind ("l'Obélisque de Louxor"); not "Arc", "Porte", "Colonne": also in people's
        # names ("Jeanne d'Arc", "Michel Porte")
        "Obélisque Mausolée Monument "
        # sites of ceremonies and walks ("l'Abbaye de Noirlac", "le Jardin des plantes", "la Promenade Marcel Proust")
        "Cimetière Abbaye Basilique Jardin Esplanade Promenade Parvis "
        # an ambassador's or a head of state's house, where a visit's receptions are held ("à la Résidence de France")
        "Résidence "
        # halls of shows and races, and a cave, named by their kind ("au Zénith de Rouen", "l'Hippodrome de
        # Longchamp", "la Grotte Ornée", "l'Arena de Montpellier")
        "Zénith Hippodrome Vélodrome Grotte Arena"
    ),
    # (une salle, un bâtiment, une porte, une route par leur numéro : « le bâtiment B2 », « le terminal 2 »)
    numbered_venue_heads=words(
        "salle galerie hall terminal porte bâtiment pavillon amphithéâtre amphi aile hangar quai studio route autoroute"
    ),
    building_words=words(
        # ("à la Bourse du travail": a hall where unions meet; "la Bourse de Paris a chuté": the market)
        "Centre Maison Salle Théâtre Auditorium Pavillon Mémorial Musée Bibliothèque Halle Bourse"
    ),
    lower_venue_heads=words(
        "rue avenue boulevard place quai impasse allée chemin route square cours stade hôtel aéroport gare parc "
        "palais château cathédrale église musée pont détroit mer lac mont col vallée forêt île îles "
        # sites named by their kind and their place ("la plage du Truquet", "la mosquée de Lunel", "le quartier
        # de la Croix-Rousse", "la bande de Gaza", "le centre pénitentiaire de Fresnes")
        "plage banc sentier quartier bande mosquée synagogue basilique chapelle cimetière terminal "
        "théâtre prison "
        # sites of ceremonies and walks ("l'esplanade des Invalides", "le jardin du Luxembourg", "l'abbaye de Cluny"),
        # and the tombs a visit honours, named after whom they hold ("le mausolée de Mohammed V")
        "abbaye esplanade promenade parvis jardin mémorial monument mausolée tombeau "
        # a harbour and an area named by their place ("le port d'Alger", "la zone Asie-Pacifique"); not "pointe":
        # also the verb ("pointe X, le maire de Y")
        "port zone "
        # halls of shows and races, a cave, a roundabout named by their kind ("le Zénith de Rouen", "l'hippodrome de
        # Cabourg", "la grotte Chauvet", "le rond-point Léon Blum")
        "zénith hippodrome vélodrome grotte rond-point giratoire"
    ),
    # (the French nouns of the feature classes of GeoNames' gazetteer: H, streams and lakes; T, relief; L, areas; and
    # a farm estate: "le barrage du Couesnon", "la péninsule Ibérique", "le golfe de Guinée", "le domaine de La Fage";
    # not "canal", also a channel: "le canal Telegram"; not "passage", a visit: "le passage de X à Lyon")
    feature_heads=words(
        "barrage lagune lagon péninsule presqu'île archipel atoll fleuve rivière étang marais delta estuaire golfe "
        "baie pointe banc désert oasis massif colline volcan glacier domaine"
    ),
    venue_head_adjectives=words(
        "petit petite grand grande nouveau nouvel nouvelle ancien ancienne vieux vieil vieille"
    ),
    venue_dedication_words=words("aux"),
    place_labels=words("lieu lieux"),
    quoted_venue_heads=words(
        "café bar brasserie restaurant auberge bistrot cabaret hôtel bâtiment immeuble résidence domaine château villa "
        "salle théâtre cinéma musée centre complexe espace"
    ),
    # the buildings of a French commune, département, region or court, and the ceremonial sites of a state visit,
    # named by what they are (the civic buildings the Code général des collectivités territoriales and the protocol
    # of official visits name)
    common_venues=words(
        "monument_aux_morts hôtel_de_ville mairie_annexe salle_des_fêtes salle_polyvalente maison_des_associations "
        "hôtel_de_préfecture hôtel_de_région hôtel_du_département palais_de_justice cité_judiciaire "
        "palais_des_congrès palais_des_sports palais_des_expositions parc_des_expositions bourse_du_travail "
        "maison_de_la_culture pavillon_d'honneur salon_d'honneur tombe_du_soldat_inconnu tombeau_du_soldat_inconnu"
    ),
    peerage_titles=words("duc duchesse comte comtesse marquis marquise vicomte vicomtesse baron baronne"),
    royal_titles=words("prince princesse"),
    state_heads=words("République Royaume Principauté Grand-Duché Émirat Sultanat"),
    state_adjectives=words("arabe islamique démocratique populaire fédérale socialiste unie"),
    compass_words=words("Nord Sud Est Ouest Nord-Est Nord-Ouest Sud-Est Sud-Ouest"),
    compass_adjectives=words(
        "occidental occidentale occidentaux occidentales oriental orientale orientaux orientales méridional "
        "méridionale méridionaux méridionales septentrional septentrionale septentrionaux septentrionales central "
        "centrale centraux centrales"
    ),
    # ("centre culturel de", not "le centre de Lyon"; "le pôle de santé du Colombier", not "le pôle financier du
    # Tribunal de Paris", a court's department)
    qualified_venue_heads=words("centre complexe domaine pôle"),
    street_words=words("rue avenue boulevard place quai impasse allée chemin route square cours rond-point giratoire"),
    # (a cup, a championship, a tournament, a trophy and the national sides: "l'équipe de France", "le XV de France")
    competition_heads=words("coupe championnat championnats tournoi trophée équipe sélection XV"),
    zone_nouns_before=words("heure"),
    honoured_titles=words("Roi Reine Prince Princesse Sultan Émir Pape Saint Sainte Président Général Maréchal"),
    named_after_heads=words("promotion"),
    # (and the public buildings named after someone: "le complexe Jacques Chirac", "l'hôpital Robert Debré"; not
    # "université", a body more often than a building: "l'université Paris-8 a voté")
    visited_venue_heads=words(
        "lycée collège école salle amphithéâtre amphi gymnase mairie complexe hôpital médiathèque bibliothèque "
        "piscine halle théâtre cinéma foyer conservatoire crèche "
        # (the premises of the police, the army and industry a programme visits: "visite de la caserne Vauban",
        # "inauguration de la raffinerie X")
        "commissariat caserne raffinerie"
    ),
    # (hospitals, care homes, medical and social schools and services, technical institutes, apprentice centres,
    # youth centres: the French kinds of public institution written by their acronym, then their dedicatee)
    institution_acronyms=words("CHU CHR CHRU EHPAD IME ITEP SESSAD ESAT IUT CFA MJC"),
    # (a room is no body: "la salle Félix Éboué accueillera une exposition", as "en salle Louise Michel")
    room_heads=words("salle amphithéâtre amphi"),
    visit_nouns=words("visite inauguration"),
    place_nouns=words(
        "ville commune village localité préfecture sous-préfecture région département province district quartier "
        "canton bourg chef-lieu plage jetée banc presqu'île pointe baie étang plateau massif golfe estuaire littoral "
        # an area of a town ("la zone industrielle de X", "la zone de Sivens")
        "zone"
    ),
    generic_org_words=words(
        "Organisation Union Alliance Conseil Commission Cour Comité Fédération Ligue Association Parti Groupe "
        "Agence Banque Fonds Institut Université Ministère Département Office Bureau Service Autorité Forces Front "
        "Mouvement Conférence Assemblée Convention Tribunal Gouvernement Administration Cabinet Coalition Société "
        "Fondation Caisse Centre Chambre Bourse Légion "
        # heads of institutions named in sentence case, their complement in lower case ("Académie d'agriculture",
        # "Hôpital universitaire d'Ostrava", "Mutualité sociale agricole", "Direction générale de la santé")
        "Académie Hôpital Mutualité Rectorat Observatoire Conservatoire Syndicat Direction Inspection Délégation "
        "Secrétariat "
        # a chamber (of commerce, of agriculture, of a court), a bar, an embassy: bodies named with their complement
        # ("Chambre d'agriculture de la Creuse", "barreau de Nice", "Ambassade d'Israël")
        "Ambassade Barreau"
    ),
    time_qualifiers=words(
        "fin début mi dès depuis jusqu ce cette chaque dernier prochain matin matinée midi après-midi soir soirée "
        "nuit tôt tard"
    ),
    common_caps=words(
        "Etat État Etats États Gouvernement Président Ministre Premier Première Selon Mais Loin Avec Pour Dans "
        "Après Avant Depuis Lors Alors Ainsi Cela Ce Cette Ces Il Elle Ils Elles On Nous Vous Quant Aussi Enfin "
        "Toutefois Pourtant Outre Face Sur Sous Vers Chez Entre Malgré Contrairement Oui Non Gauche Droite Sinon "
        "Certes Autant Désormais Aujourd'hui Hier Demain Ici Là Puis Ensuite Encore Déjà Photo Photos ONG ONGs "
        "PIB TVA NDLR Internet Web Agé Âgé Agée Âgée Né Née Elu Élu République Mis Publié Modifié"
    ),
    org_heads=words(
        "groupe filiale société entreprise compagnie firme parti agence organisation ministère banque fonds "
        "association syndicat ONG constructeur fabricant opérateur chaîne journal quotidien hebdomadaire tabloïd club "
        "exploitation coopérative "
        # bands and ensembles ("le quatuor féminin Las Migas")
        "duo trio quatuor quintette orchestre fanfare chorale "
        "équipe alliance coalition mouvement institut université laboratoire géant industriel assureur "
        "distributeur transporteur organisations syndicats partis groupes entreprises sociétés compagnies firmes "
        # a platform ("le réseau social Telegram")
        "réseau "
        # a firm of lawyers or consultants, a brand, a chain of shops ("le cabinet Dentons", "la marque Nike")
        "cabinet marque enseigne"
    ),
    org_words=words(
        "Union Organisation Parti Banque Fonds Conseil Commission Congrès Sénat Assemblée Parlement Ministère "
        "Département Agence SA S.A. Groupe Association Comité Cour Tribunal Parquet Université Institut Fédération "
        "Ligue Nations Forces Armée Police Gendarmerie Front Mouvement Alliance Coalition Eglise Église Société "
        "Bourse Office Bureau Service Autorité Otan Onu Unionistes Travaillistes Conservateurs Républicains "
        "Démocrates Gouvernement Administration Conférence Forum Fondation Presse Monde Figaro Libération Académie "
        "Hôpital Musée Crédit Caisse Assurances Air Télécom Club Olympique Centre Centres Métropole Rectorat "
        "Confédération Légion Mutualité Observatoire Conservatoire Syndicat Direction Inspection Délégation "
        "Secrétariat Chambre Ambassade Barreau "
        # ensembles of musicians, named by their kind ("Quintette Ouranos", "Orchestre national de Lyon"); not
        # "Fanfare", also a piece played ("the bands play the Liberty Fanfare")
        "Orchestre Quintette Quatuor Chorale Chœur"
    ),
    # adjectives that name a field, by their endings ("économique", "social", "environnemental", "culturel",
    # "universitaire", "éducatif"): a body's name lists its fields with them ("Conseil économique, social et
    # environnemental"); a participle ("divisé") or a judgement ("affaibli") does not end so
    # a decoration ("remettre sa Légion d'honneur") and the ranks and insignia of an order before its name ("les
    # insignes de grand officier de la Légion d'honneur", "élevée au grade de Commandeur de l'Ordre national")
    honours=words("légion_d'honneur ordre_national_du_mérite"),
    honour_ranks=words(
        "chevalier officier grand-officier grand_officier commandeur grand-croix grand_croix insignes dignité"
    ),
    field_adjective_endings=words("ique iques al ale aux ales el elle els elles aire aires if ive ifs ives"),
    org_adjectives=words(
        "européen européenne européens atlantique unies unis national nationale nationaux international "
        "internationale mondial mondiale islamique populaire démocrate démocratique républicain républicaine "
        "socialiste communiste fédéral fédérale central centrale africaine africain arabe constitutionnel "
        "constitutionnelle suprême militaire nord-atlantique américain britannique français française allemand "
        "étrangères étrangers sociales sociaux public publique publics publiques intérieure économiques russe chinois "
        # a town's bodies, meeting and deciding: "le conseil municipal a voté", "le comité exécutif"
        "municipal municipale municipaux exécutif"
    ),
    meeting_qualifiers=words(
        "extraordinaire extraordinaires informel informelle informels informelles exceptionnel exceptionnelle "
        "restreint restreinte inaugural inaugurale"
    ),
    meeting_names=words("Conseil_des_ministres"),
    company_organs=words(
        "Conseil_d'administration Comité_d'audit Comité_des_rémunérations Comité_des_nominations "
        "Conseil_de_surveillance"
    ),
    # (a body's general assembly that meets in session or of its members, not "l'Assemblée générale des Nations unies")
    meeting_openers=words(
        "Conférence_de_presse Point_de_presse Point_presse Conseil_de_crise Comité_interministériel "
        "Assemblée_générale_ordinaire Assemblée_générale_extraordinaire Assemblée_générale_annuelle "
        "Assemblée_générale_mixte Assemblée_générale_des_actionnaires Assemblée_générale_de_l'association"
    ),
    # ("le barreau de Nice", "le rectorat de Créteil", "l'ambassade d'Israël": with "de" and a place, one body)
    institution_heads=words(
        "parlement convention commission conseil cour assemblée sénat parquet banque barreau rectorat ambassade "
        # ("le ministère public": the prosecution; "le tribunal de Nanterre": a court named by its seat alone)
        "ministère tribunal "
        # a town's or a company's executive body ("le comité exécutif a adopté", "le comité exécutif de la Ville")
        "comité"
    ),
    # the bodies of France's territorial administration, a town's and the State's in a département, and the universities
    # named by their town: buildings too, so a place where visited ("devant la mairie de Lyon")
    local_body_heads=words("préfecture sous-préfecture mairie université"),
    building_prepositions=words("devant derrière"),  # "devant la mairie de Lyon": the building, not the body
    territory_of_words=words("des du"),
    # with any nationality after it ("la présidence danoise", "le gouvernement tchèque", "l'armée russe"): the country's
    # institution
    national_institution_heads=words("présidence gouvernement parlement armée"),
    office_terms=words("présidence"),
    state_forms=words("République"),
    # the bodies of a state, a territory and a town that French typography capitalises when the text means the body
    # (Lexique des règles typographiques en usage à l'Imprimerie nationale: "la Préfecture", "la Ville de Paris", "la
    # Région"), and the assemblies and joint bodies named by their one noun ("la Constituante", "l'Intersyndicale")
    capitalised_bodies=words(
        "Primature Préfecture Sous-préfecture Mairie Municipalité Ville Région Département Rectorat Chancellerie "
        "Constituante Assemblée Commission Intersyndicale"
    ),
    # France's union confederations (Code du travail, representativeness of 2017 and 2021, and Sud of Solidaires)
    union_names=words("CGT CFDT FO Unsa FSU Solidaires Sud CFE-CGC CGC CFTC CNT"),
    # the fields and trades a union's federation organises, as the confederations name their federations
    union_branches=words(
        "agricole agriculture ferroviaire rail cheminots éducation enseignement territoires territoriaux santé PTT "
        "poste finances finances_publiques fonction_publique services_publics énergie métallurgie métaux commerce "
        "culture transports police justice intérieur retraités chimie construction cadres étudiants mobilité"
    ),
    joint_bodies=words("intersyndicale"),
    # courts written in lower case, named by their kind after "de" or as an adjective: "la cour d'assises", "la chambre
    # de l'instruction", "le tribunal correctionnel de Nanterre"
    court_heads=words("cour chambre tribunal"),
    # (the courts of the code de l'organisation judiciaire: "tribunal de grande instance", "tribunal d'instance" before
    # 2020, "tribunal de première instance" overseas and in Belgium, "tribunal des prud'hommes")
    court_kinds=words("assises appel cassation instruction instance prud'hommes"),
    court_kind_openers=words("grande première"),
    court_adjectives=words("correctionnel administratif judiciaire"),
    # (the assemblies of the code général des collectivités territoriales, each named after its territory)
    territorial_adjectives=words(
        "municipal municipale communal communale départemental départementale régional régionale communautaire "
        "métropolitain métropolitaine territorial territoriale"
    ),
    # France's three networks of consular chambers (code rural, code de commerce, code de l'artisanat)
    consular_heads=words("chambre"),
    consular_fields=words("agriculture commerce métiers"),
    institution_nationalities=words("européen européenne"),
    institution_leads=words("le la l' du au de en"),
    institution_of_words=words("de d'"),
    place_links=words("sur sous en lès lez les le la de des du d' à aux et"),
    place_saints=words("Saint Sainte St Ste"),
    outlet_words=words("Journal Monde Figaro Libération Parisien Échos Echos Dépêche Républicain Courrier"),
    institutions={
        "Elysée": "Elysée",
        "Élysée": "Elysée",
        "Quai d'Orsay": "Quai d'Orsay",
        "Matignon": "Matignon",
        "Maison Blanche": "Maison Blanche",
        "Maison-Blanche": "Maison Blanche",
        "Pentagone": "Pentagone",
        "Bercy": "Bercy",
        "Beauvau": "Beauvau",
    },
    org_variants={
        "nato": words("OTAN Alliance_atlantique Organisation_du_traité_de_l'Atlantique_nord l'Alliance_atlantique"),
        "un": words("ONU Nations_unies Organisation_des_Nations_unies"),
        "eu": words("UE Union_européenne Vingt-Sept Vingt-Huit"),  # "les Vingt-Sept": the Union's member states
        "imf": words("FMI Fonds_monétaire_international"),
        "ecb": words("BCE Banque_centrale_européenne"),
        "who": words("OMS Organisation_mondiale_de_la_santé"),
        "wto": words("OMC Organisation_mondiale_du_commerce"),
        "iaea": words("AIEA Agence_internationale_de_l'énergie_atomique"),
        "fed": words("Réserve_fédérale"),
        "icc": words("CPI Cour_pénale_internationale"),
        "opec": words("OPEP"),
        "afp": words("AFP Agence_France-Presse Agence_France_Presse"),
        "congress": words("Congrès Congrès_américain"),
    },
    leader_nouns=words("gouvernement administration cabinet camp clan régime équipe ère famille"),
    led_bodies_before=words("gouvernement administration"),
    speaker_nouns=words("responsable source sources"),
    # (not "presse": "le service de presse de la présidence" is a body of its own)
    issued_nouns=words("agenda programme calendrier communiqué communiqués déclaration annonce"),
    percent_words=words("cent"),
    firm_roles=words(
        "PDG p.-d.g. président-directeur directeur directrice patron patronne fondateur fondatrice cofondateur"
    ),
    member_nouns=words("membre membres adhérent adhérents militants"),
    medium_verbs=words(
        "écrit déclaré assuré annoncé affirmé indiqué expliqué confié réagi estimé dit publié publiés publiée "
        # what is posted on a platform ("a rapporté sur Facebook", "a partagé sur Instagram")
        "rapporté partagé posté relayé"
    ),
    medium_prepositions=words("sur"),
    auxiliaries=words("a ont avait avaient"),
    owned_nouns=words(
        "compte comptes messagerie application plateforme réseau_social actionnaires salariés message messages"
    ),
    committee_heads=words("commission"),
    # (and the office's holders before and after: "de retour à la Maison Blanche", "son prédécesseur à Matignon")
    office_words=words("arrivée entrée passage années mandat quinquennat septennat retour prédécesseur successeur"),
    inside_voices=words("on chacun personne conseillers collaborateurs entourage"),
    according_to=words("selon"),
    source_nouns=words("information informations révélation révélations"),
    report_verbs=words(
        "rapporte rapportait rapporté rapportée rapportés rapportées révèle révélait révélé révélée révélés révélées"
    ),
    report_agents=words("par"),
    journalist_nouns=words(
        "journaliste journalistes correspondant correspondante correspondants correspondantes reporter reporters "
        "chroniqueur chroniqueuse éditorialiste"
    ),
    journalist_links=words("de du d' des pour à au"),
    speech_or_action=words(
        "a ont avait avaient va vont doit a-t-il indique annonce affirme estime dit déclare souligne précise "
        "assure explique dément confirme"
    ),
    place_prepositions=words("à au aux en vers près depuis dans"),
    town_prepositions=words("à en"),
    place_relatives=words("où"),
    dative_heads=words(
        "hommage hommages lettre message adresse succède succédé succéder répond répondu répondre remis remise "
        "décerné décernée attribué attribuée écrit écrire parlé téléphoné demandé demande face"
    ),
    connectors=words("de du des d' la le l'"),
    particles=words("de du d' le la l'"),
    particle_articles=words("le la l' du"),
    title_articles=words("le la l' les du au des aux"),
    weak_particles=words("de d' du"),
    of_words=words("de des du d'"),
    role_of_words=words("pour"),  # "haut représentant pour la politique étrangère"
    purpose_of_words=words("pour"),  # "Organisation pour la sécurité et la coopération en Europe"
    not_purpose_nouns=words("moment instant heure heures fois reste suite plupart première part cause coup"),
    articles=words("le la l' les"),
    articles_after_of=words("la l' les"),
    singular_articles=words("le la l'"),
    plural_articles=words("les aux"),
    contracted_articles=words("du au"),
    nationality_endings=words("nes ne es e s"),
    ministry_heads=words("ministère"),
    determiners=words("le la les l' un une des du au aux son sa ses leur"),
    role_determiners=words("le la les l' un une son sa ses leur notre votre"),
    counting_determiners=words("des ces plusieurs quelques certains certaines deux trois quatre cinq"),
    bare_noun_prepositions=words("en"),
    # (the Fédération française de football's: "U13", "J16" of Ligue 1, "D2" of a district, "R1" of a league, "N3")
    category_code_letters=words("U J"),
    division_code_letters=words("D R N"),
    role_prepositions=words("au aux à en"),  # "commissaire au budget", "commissaire en charge des Relations"
    and_words=words("et"),
    not_complements=words("ce cette ces son sa ses leur leurs nos notre plus tout tous"),
    clitics=words("se s' ne n' y en"),
    role_stops=words(
        "le la les l' un une son sa ses leur leurs notre votre et ou mais à au aux avec par pour sur dans en "
        "chez selon vers contre entre sans que qui dont où a ont est sont était sera avait"
    ),
    role_adverbs=words("désormais aujourd'hui actuellement alors"),
    adverb_endings=words("ment"),
    age_words=words("ans"),
    match_nouns=words("match rencontre derby finale demi-finale succès victoire défaite nul matchs victoires défaites"),
    opponent_words=words("contre face_à face_au face_aux"),
    # (with a fixture's word in the sentence: "a battu Lorient lors du match aller", "affrontera Nantes en championnat")
    match_verbs=words("battu battre bat affronte affrontent affrontera affronteront affronter"),
    fixture_nouns=words("match matchs derby championnat coupe ligue demi-finale"),
    club_marks=words("FC AS OGC RC SC"),
    group_articles=words("Les"),
    ensemble_heads=words("orchestre chœur choeur chorale quatuor quintette fanfare harmonie"),
    performance_words=words(
        "concert concerts groupe groupes festival scène scènes artistes musique musiciens spectacle spectacles "
        "programmation affiche tournée chanteur chanteuse chanteurs fanfare"
    ),
    organised_events=words("Festival Biennale"),
    organiser_nouns=words("comité organisateurs équipe"),
    standing_nouns=words("point points pts longueur longueurs"),
    standing_prepositions=words("de d' derrière devant"),
    rank_suffixes=words("er re"),
    one_of=words("un_des une_des un_d'entre une_d'entre"),
    relative_copulas=words(
        "qui_est qui_était qui_sera qui_fut qui_devient qui_reste qui_demeure qui_travaille_comme qui_travaillait_comme"
    ),
    presented_as=words("présenté_comme présentée_comme décrit_comme décrite_comme considéré_comme considérée_comme"),
    predicate_copulas=words(
        "est était reste demeure devient est_devenu est_devenue a_été_nommé a_été_nommée a_été_élu a_été_élue "
        "a_été_désigné a_été_désignée travaille_comme"
    ),
    lead_phrases=words("qui_dirige qui_préside qui_dirigeait qui_présidait à_la_tête_de à_la_tête_du à_la_tête_des"),
    capacity_openers=words("en_tant_que en_sa_qualité_de en_qualité_de"),
    role_qualifiers=words("par_intérim ad_intérim ad_interim"),
    role_links=words("par pour de du des d' et chargé chargée"),
    example_openers=words("comme tels_que telles_que notamment"),
    affiliation_openers=words("de_la de_l' du des de d'"),
    stop_words=words(
        "le la les l' un une des de du d' et ou à au aux en dans par pour sur avec sans sous chez vers que qui "
        "quoi dont où ne pas plus se sa son ses leur leurs ce cet cette ces il elle ils elles on nous vous je "
        "est sont a ont été être avoir fait faire y lui mais aussi très tout tous toute toutes comme si "
        "après avant depuis pendant contre selon entre ainsi alors encore toujours déjà moins était"
    ),
    abbreviations=words(
        "m. mm. mme. dr. pr. me. mgr. env. av. j.-c. janv. févr. juil. déc. st. ste. gén. cie. sept. oct. nov."
    ),
    not_in_acronyms=words("de du des d l la le les et pour à au aux en"),
    acronym_legal_forms=words("SA SAS SARL"),
    past_endings=words("é ait ut it"),
)
