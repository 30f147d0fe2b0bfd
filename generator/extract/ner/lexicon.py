"""Word lists the extractors share: honorifics, role words, nationalities, organisation cues, places.

Everything is folded (lower case, no accents: see `text.fold`) so lookups are accent- and
case-insensitive.  The place gazetteer (countries from CLDR via babel, plus capitals, big cities
and regions written by hand) is a data file read once at import.
"""

from __future__ import annotations

import json
from importlib import resources

from generator.extract.folding import fold


def _words(text: str) -> frozenset[str]:
    return frozenset(fold(w.replace("_", " ")) for w in text.split())


# Not part of a name; the person is whoever follows.
HONORIFICS = _words("M. MM. Mme Mmes Mlle Me Mes Dr Dr. Pr Mr Mr. Mrs Mrs. Ms Ms. Miss Sir Dame Lord Lady Mgr")

# Head words of a role ("le ministre des Armées", "BP chairman"); a role phrase must hold one.
ROLE_HEADS = _words(
    # fr
    "président présidente vice-président vice-présidente ministre secrétaire chef cheffe directeur directrice "
    "porte-parole ambassadeur ambassadrice homologue dirigeant dirigeante leader patron patronne PDG p.-d.g. "
    "chancelier chancelière roi reine prince princesse pape maire député députée sénateur sénatrice gouverneur "
    "gouverneure général générale commandant juge procureur procureure avocat avocate conseiller conseillère "
    "candidat candidate responsable fondateur fondatrice commissaire envoyé envoyée émissaire négociateur "
    "négociatrice représentant représentante haut-commissaire délégué déléguée rapporteur rapporteure "
    "économiste analyste chercheur chercheuse professeur professeure opposant opposante militant militante "
    "journaliste écrivain écrivaine acteur actrice chanteur chanteuse entraîneur sélectionneur capitaine "
    "évêque archevêque cardinal ayatollah imam rabbin cheikh émir monarque dictateur amiral colonel lieutenant "
    "officier administrateur administratrice gérant gérante trésorier trésorière coordinateur coordinatrice "
    "médiateur médiatrice chef_d'état-major n°1 numéro_un premier_secrétaire président-directeur "
    "syndicaliste élu élue édile préfet préfète recteur rectrice doyen doyenne successeur prédécesseur "
    "complice terroriste leader otage "
    # en
    "president vice-president minister secretary chancellor chairman chairwoman chair chief ceo cfo coo "
    "director spokesman spokeswoman spokesperson ambassador governor senator sen. gov. rep. congressman "
    "congresswoman representative mayor leader head king queen prince princess pope general admiral colonel "
    "judge attorney prosecutor adviser advisor economist analyst founder co-founder commissioner envoy "
    "counterpart officer executive deputy lawyer professor candidate manager editor correspondent "
    "chief_executive speaker treasurer commander president-elect premier "
    # occupations and family ties that name a person as well as a title does
    "ancien membre member historien historienne historian alpiniste climber mountaineer photographe photographer "
    "explorateur exploratrice explorer scientifique scientist banquier banquière banker diplomate diplomat soldat "
    "soldier pilote pilot joueur joueuse player attaquant milieu défenseur gardien arbitre referee coach striker "
    "entrepreneur industriel businessman businesswoman épouse mari veuve veuf fils fille frère sœur soeur père mère "
    "wife husband widow widower daughter brother sister father mother actor actress singer author"
)
# Roles that only relate to another person ("son homologue"): kept only when nothing better is said.
RELATIONAL_ROLES = _words("homologue counterpart successeur prédécesseur complice")

# Words that may stand before a role head and belong to it ("ancien ministre", "Foreign Secretary").
ROLE_MODIFIERS = _words(
    "premier première ancien ancienne ex nouveau nouvelle haut haute futur future vice sous actuel actuelle "
    "former new deputy acting prime foreign home interior defence defense finance chief senior top "
    "state treasury attorney general u.s. u.k. e.u. u.n. white house"
)

# Capitalised complements of a ministry ("ministre des Armées Sébastien Lecornu"): part of the role.
MINISTRY_DOMAINS = _words(
    "Armées Affaires Étrangères Etrangères Finances Intérieur Défense Justice Économie Economie Santé Éducation "
    "Education Culture Travail Transports Agriculture Environnement Industrie Commerce Budget Outre-mer Sports "
    "Solidarités Logement Numérique Europe Comptes Publics Énergie Energie Recherche Jeunesse Famille Territoires "
    "Diplomatie Sécurité Coopération Développement Emploi Écologie Ecologie Mer Anciens Combattants Etat État"
)

# Nationality adjectives (masc. / fem. / plural forms are handled by stripping e/s endings in `is_nationality`).
_NATIONALITY_STEMS = _words(
    "américain français chinois russe ukrainien britannique anglais allemand italien espagnol portugais belge "
    "néerlandais suisse autrichien polonais tchèque slovaque hongrois roumain bulgare grec turc serbe croate "
    "bosniaque albanais kosovar slovène macédonien moldave biélorusse letton lituanien estonien finlandais "
    "suédois norvégien danois islandais irlandais écossais gallois arménien azerbaïdjanais azéri géorgien "
    "kazakh ouzbek iranien irakien syrien libanais israélien palestinien jordanien saoudien qatari émirati "
    "yéménite égyptien libyen tunisien algérien marocain mauritanien malien nigérien nigérian sénégalais "
    "ivoirien burkinabé tchadien soudanais éthiopien somalien kényan rwandais congolais camerounais gabonais "
    "sud-africain angolais malgache afghan pakistanais indien bangladais sri-lankais népalais birman thaïlandais "
    "vietnamien cambodgien laotien malaisien indonésien philippin singapourien japonais coréen nord-coréen "
    "sud-coréen taïwanais mongol australien néo-zélandais canadien québécois mexicain cubain vénézuélien "
    "colombien brésilien argentin chilien péruvien bolivien équatorien uruguayen paraguayen haïtien européen "
    "africain asiatique occidental kurde tchétchène basque corse breton catalan flamand wallon "
    "american french chinese russian ukrainian british english german italian spanish portuguese belgian dutch "
    "swiss austrian polish czech slovak hungarian romanian bulgarian greek turkish serbian croatian albanian "
    "armenian georgian iranian iraqi syrian lebanese israeli palestinian jordanian saudi qatari emirati yemeni "
    "egyptian libyan tunisian algerian moroccan malian nigerian senegalese sudanese ethiopian somali kenyan "
    "afghan pakistani indian japanese korean north-korean south-korean taiwanese australian canadian mexican "
    "cuban venezuelan colombian brazilian argentine argentinian chilean peruvian european african asian "
    "western arab kurdish scottish irish welsh swedish norwegian danish finnish"
)

# Members of a party or people of a place written as nouns ("les Unionistes", "a Maryland Democrat"): not
# entities, and they cut a capitalised run like a nationality does.
PARTISANS = _words(
    "Democrat Democrats Republican Republicans Conservative Conservatives Liberal Liberals Socialist Socialists "
    "Unioniste Unionistes Travailliste Travaillistes Libéral Libéraux Réformiste Réformistes Socialiste Socialistes "
    "Communiste Communistes Républicain Républicains Démocrate Démocrates Ecologiste Ecologistes Écologistes "
    "Gaulliste Gaullistes Centriste Centristes Indépendantiste Indépendantistes Nationaliste Nationalistes "
    "Islamiste Islamistes Jihadiste Jihadistes Djihadiste Djihadistes Loyaliste Loyalistes"
)
_DEMONYM_ENDINGS = ("ais", "aise", "aises", "ois", "oise", "oises", "iens", "ienne", "iennes", "ains", "aines", "ins")

# The first word of a law, treaty, event or competition name: such names are not entities.
EVENT_WORDS = _words(
    "Charte Traité Accord Accords Loi Act Pacte Jeux Coupe Championnat Tournoi Festival Prix Opération Plan "
    "Programme Déclaration Résolution Directive Bill Treaty Agreement Accord Olympics Cup Championship Open "
    "Champions Vendredi Mondial Euro"
)

# A name with one of these is a place (a venue), not an organisation.
VENUE_WORDS = _words(
    "Stade Stadium Hôtel Hotel Arena Palais Place Rue Avenue Boulevard Square Aéroport Airport Gare Station Pont "
    "Bridge City Cathédrale Cathedral Château Castle Parc Park Port Camp Mont Mount Lac Lake Cap Cape Col Vallée "
    "Valley Forêt Forest Île Ile Island Islands Mer Sea Golfe Gulf Detroit Strait County Province District "
    "Beach Road Street Highway Territoire Département Canton Région Pays Plateau Bassin Baie Bay"
)

# Lower-case words that begin a place's name ("le stade de la Mosson", "la place de la Gare").
LOWER_VENUE_HEADS = _words(
    "rue avenue boulevard place quai impasse allée chemin route square cours stade hôtel aéroport gare parc palais "
    "château cathédrale église musée pont détroit mer lac mont col vallée forêt île"
)

# Street words: what follows them is an address, whatever names it holds.
STREET_WORDS = _words("rue avenue boulevard place quai impasse allée chemin route square cours street road avenue")

# Organisation words too generic to name one alone ("l'Organisation", "la Cour"): kept only with a complement.
GENERIC_ORG_WORDS = _words(
    "Organisation Organization Union Alliance Conseil Council Commission Cour Court Comité Committee Fédération "
    "Federation Ligue League Association Parti Party Groupe Group Agence Agency Banque Bank Fonds Fund Institut "
    "Institute Université University Ministère Ministry Department Département Office Bureau Service Authority "
    "Autorité Forces Front Mouvement Movement Conférence Conference Assemblée Assembly Convention Tribunal "
    "Gouvernement Government Administration Cabinet Coalition Société Company Fondation Foundation Caisse Centre "
    "Center Conseil Chambre Chamber"
)


def is_demonym(word: str) -> bool:
    """A capitalised people-of-a-place noun ("Marseillais", "Héraultais", "Luxembourgeoise", "Albanais")."""
    key = fold(word)
    if _is_place_key(key):
        return False
    return is_nationality(key) or (key.isalpha() and len(key) > 5 and any(key.endswith(e) for e in _DEMONYM_ENDINGS))


# Common nouns that sentence case or titles capitalise; never an entity alone.
COMMON_CAPS = _words(
    "Etat État Etats États Gouvernement Président Ministre Premier Première Selon Mais Loin Avec Pour Dans Après "
    "Avant Depuis Lors Alors Ainsi Cela Ce Cette Ces Il Elle Ils Elles On Nous Vous Quant Aussi Enfin Toutefois "
    "Pourtant Outre Face Sur Sous Vers Chez Entre Malgré Contrairement Oui Non "
    "Gauche Droite Sinon Certes Autant Désormais Aujourd'hui Hier Demain Ici Là Puis Ensuite Encore Déjà "
    "Photo Photos NGO NGOs ONG ONGs GMT UTC EST EDT PST AM PM TV CEO CFO GDP G.D.P. PIB Internet Web "
    "Agé Âgé Agée Âgée Né Née Elu Élu Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Janvier Février Mars "
    "Avril Juin Juillet Août Septembre Octobre Novembre Décembre "
    "Mr Mrs Ms The A An In On At But And As It He She They We "
    "This That These Those While Although However After Before Since When Where There Here Over Under Some Many "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December Chairman President Minister Secretary République Republic"
)

# Nouns that introduce an organisation ("la filiale du groupe franco-allemand KNDS", "oil giant BP").
ORG_HEADS = _words(
    "groupe filiale société entreprise compagnie firme parti agence organisation ministère banque fonds association "
    "syndicat ONG constructeur fabricant opérateur chaîne journal quotidien hebdomadaire club équipe alliance "
    "coalition mouvement institut université laboratoire géant industriel assureur distributeur transporteur "
    "company firm group subsidiary party agency ministry bank fund union carrier maker manufacturer giant "
    "newspaper network broadcaster consortium lender insurer retailer airline automaker carmaker rival "
    "regulator producer supplier investor"
)

# Words inside a name that make it an organisation ("Union européenne", "Bank of England").
ORG_WORDS = _words(
    "Union Organisation Organization Parti Party Banque Bank Fonds Fund Conseil Council Commission Congrès "
    "Congress Sénat Senate Assemblée Assembly Parlement Parliament Ministère Ministry Department Département "
    "Agence Agency Inc Inc. Corp Corp. Corporation Ltd Ltd. SA S.A. Group Groupe Association Comité Committee "
    "Cour Court Tribunal Parquet Université University Institut Institute Fédération Federation Ligue League "
    "Nations Forces Armée Army Police Gendarmerie Douma Knesset Bundestag Front Mouvement Movement Alliance "
    "Coalition Eglise Église Church Société Company Airlines Bourse Reserve Office Bureau Service Authority "
    "Autorité Gestapo Hamas Hezbollah Talibans Taliban Otan Nato Onu Unesco Unicef Interpol Europol Frontex "
    "Sinn Fein Unionistes Travaillistes Conservateurs Républicains Démocrates Republicans Democrats "
    "Tories Labour Commons Lords Cabinet Gouvernement Government Administration Conférence Conference Forum "
    "Foundation Fondation Trust Holdings Motors Energy Petroleum Oil Airways Telecom Times Post Journal Press "
    "Presse Monde Figaro Libération Reuters Bloomberg Académie Academy Hôpital Hospital Museum Musée Crédit Caisse "
    "Assurances Air Telecom Télécom Motors Airlines Club Olympique Racing Sporting United Athletic Senate Sénat "
    "Center Centers Centre Centres School College Brothers Systems Technologies Services Laboratories Labs"
)

# Lower-case words that continue an organisation name ("Union européenne", "Nations unies").
ORG_ADJECTIVES = _words(
    "européen européenne européens atlantique unies unis national nationale nationaux international "
    "internationale mondial mondiale islamique populaire démocrate démocratique républicain républicaine "
    "socialiste communiste fédéral fédérale central centrale africaine africain arabe constitutionnel "
    "constitutionnelle suprême militaire nord-atlantique américain britannique français française allemand "
    "étrangères étrangers sociales sociaux publics publiques intérieure économiques "
    "russe chinois"
)

# Buildings and streets that stand for an institution: an organisation when they speak or act.
INSTITUTIONS = {
    fold(k): v
    for k, v in {
        "Elysée": "Elysée",
        "Élysée": "Elysée",
        "Quai d'Orsay": "Quai d'Orsay",
        "Matignon": "Matignon",
        "Kremlin": "Kremlin",
        "Maison Blanche": "Maison Blanche",
        "Maison-Blanche": "Maison Blanche",
        "White House": "White House",
        "Downing Street": "Downing Street",
        "Pentagone": "Pentagone",
        "Pentagon": "Pentagon",
        "Bercy": "Bercy",
        "Beauvau": "Beauvau",
        "Vatican": "Vatican",
        "Whitehall": "Whitehall",
        "Capitol Hill": "Capitol Hill",
        "Foggy Bottom": "Foggy Bottom",
        "Zhongnanhai": "Zhongnanhai",
        "Bundeskanzleramt": "Bundeskanzleramt",
    }.items()
}

# Well-known organisations that go by several names: every variant joins the first one met.
ORG_VARIANTS = [
    _words(group)
    for group in (
        "OTAN NATO Alliance_atlantique Organisation_du_traité_de_l'Atlantique_nord North_Atlantic_Treaty_Organization "
        "l'Alliance_atlantique",
        "ONU UN Nations_unies Organisation_des_Nations_unies United_Nations",
        "UE EU Union_européenne European_Union",
        "FMI IMF Fonds_monétaire_international International_Monetary_Fund",
        "BCE ECB Banque_centrale_européenne European_Central_Bank",
        "OMS WHO Organisation_mondiale_de_la_santé World_Health_Organization",
        "OMC WTO Organisation_mondiale_du_commerce World_Trade_Organization",
        "AIEA IAEA Agence_internationale_de_l'énergie_atomique International_Atomic_Energy_Agency",
        "Fed Réserve_fédérale Federal_Reserve",
        "CPI ICC Cour_pénale_internationale International_Criminal_Court",
        "OPEP OPEC",
        "AFP Agence_France-Presse Agence_France_Presse",
        "Congrès Congrès_américain Congress US_Congress",
        "BBC British_Broadcasting_Corporation",
    )
]


def is_role_head(word: str) -> bool:
    """A role word, also inside a hyphenated one ("secrétaire-général", "ex-président")."""
    key = fold(word)
    return key in ROLE_HEADS or ("-" in key and any(part in ROLE_HEADS for part in key.split("-")))


def is_nationality(word: str) -> bool:
    """True for a nationality adjective in any gender/number ("américaine", "chinois", "French")."""
    w = fold(word)
    if w in _NATIONALITY_STEMS:
        return True
    if _is_place_key(w):  # "Grèce" is not "grec" + e, "Vienne" not a demonym
        return False
    for suffix in ("nes", "ne", "es", "e", "s"):
        if w.endswith(suffix) and w[: -len(suffix)] in _NATIONALITY_STEMS:
            return True
    return False


def _load_places() -> dict[str, dict[str, str]]:
    data = json.loads(resources.files("generator.extract.ner").joinpath("gazetteer.json").read_text("utf-8"))
    table: dict[str, dict[str, str]] = {}
    for lang, names in data["places"].items():
        entries: dict[str, str] = {}
        for name in names:
            entries[fold(name)] = name
            # "Le Caire" is also met as "Caire" after "du"/"au"; "La Haye" as "Haye".
            head, _, rest = name.partition(" ")
            if head in ("Le", "La", "Les", "The") and rest:
                entries.setdefault(fold(rest), name)
        table[lang] = entries
    return table


PLACES = _load_places()


def _is_place_key(key: str) -> bool:
    return any(key in table for table in PLACES.values())


def place_name(text: str, lang: str) -> str | None:
    """The gazetteer's spelling of a place, or None; accents and case are ignored, both languages tried."""
    key = fold(text)
    for table in (PLACES.get(lang, {}), *(t for k, t in PLACES.items() if k != lang)):
        if key in table:
            return table[key]
    return None


# Common given names (English, French and international): without a recogniser, "John Elway" is a person
# by its first name even when the text gives no title, speech verb or second mention.
FIRST_NAMES = _words(
    "Aaron Adam Adrian Alan Albert Alex Alexander Alexandra Alice Alison Amanda Amy Andrew Angela Ann Anna Anne "
    "Anthony Antonio Arthur Barbara Barack Ben Benjamin Bernard Bill Bob Boris Brian Bruce Carl Carlos Carol "
    "Caroline Catherine Charles Charlotte Chris Christian Christine Christopher Claire Claude Daniel David Dean "
    "Deborah Dennis Diana Donald Dorothy Douglas Edward Elizabeth Emily Emma Eric Frank Fred Gary George Gerald "
    "Gordon Grace Greg Harold Harry Helen Henry Howard Hugh Ian Jack Jacques James Jane Janet Jason Jean Jeff "
    "Jennifer Jeremy Jerry Jessica Jim Joan Joe John Johnny Jonathan Joseph Joshua Judith Julia Julie Justin Karen "
    "Kate Katherine Keith Kelly Kenneth Kevin Kim Larry Laura Lawrence Linda Lisa Louis Louise Lucy Margaret Maria "
    "Marie Mark Martha Martin Mary Matthew Michael Michelle Mike Nancy Nicholas Nick Nicolas Oliver Pamela Patricia "
    "Patrick Paul Peter Philip Rachel Ralph Raymond Rebecca Richard Robert Roger Ronald Rose Ruth Ryan Sam Samuel "
    "Sandra Sarah Scott Sean Sharon Simon Stephen Steve Steven Susan Thomas Timothy Tom Tony Victoria Vincent "
    "Virginia Walter William Abdullah Ahmed Ali Hassan Hussein Ibrahim Mohammed Muhammad Mahmoud Omar Yasser "
    "Vladimir Sergei Sergueï Dmitri Mikhail Nikolai Igor Viktor Alexei Olga Angela Gerhard Helmut Wolfgang Hans "
    "Jürgen Klaus Silvio Romano Mario Giuseppe Francesco Jose José Juan Pedro Luis Carlos Manuel Xi Li Wen Hu "
    "Shinzo Kim Narendra Recep Benjamin Ariel Shimon Ehud Emmanuel François Françoise Nicolas Lionel Jacques "
    "Dominique Philippe Pierre Jean-Pierre Jean-Marie Jean-Claude Jean-Luc Jean-Paul Ségolène Martine Marine "
    "Valérie Laurent Alain Gilles Yves Thierry Olivier Sébastien Stéphane Éric Christophe Frédéric Didier Hervé "
    "Bruno Denis Gérard Michel Patrick Hélène Isabelle Nathalie Sylvie Sophie Céline Audrey Anne-Marie Édouard "
    "Edouard Manuel Bernadette Simone Josef Joseph Mao Deng Zhou Jiang"
)
