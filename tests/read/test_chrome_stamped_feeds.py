"""A feed of the site's latest items printed after the story, each under its own stamp, the newest first (issue 19).

Seen on pages never annotated (a probe of saved pages): a collective news site's "Fil d'infos" ("Publié le 2 août"
under each item), a business federation's "Read Also" (a date under each title), a radio's "Dernières diffusions"
(a date over each) and a news site's "News" column: the items' names became participants.
"""

from generator.read.chrome import strip_chrome

STORY = [
    "Le conseil municipal a voté mardi soir le budget de la commune, après quatre heures de débats animés.",
    "L'opposition a dénoncé une hausse des tarifs de la cantine et promis un recours devant le tribunal administratif.",
    "La maire a répondu que les investissements prévus pour les écoles seraient maintenus jusqu'à la fin du mandat.",
    "Le prochain conseil se réunira en septembre pour examiner le plan local d'urbanisme et le projet de tramway.",
]


def test_a_feed_newest_first_under_the_story_goes():
    feed = [
        "Fil d'infos",
        "Infos locales",
        "Paul Mercier élu à la tête de l'association des commerçants",
        "Publié le 2 août",
        "Infos globales",
        "Une cantine solidaire pour soutenir Lucie Marchal",
        "Publié le 25 juillet",
        "Analyses",
        "La ligne de bus 12 supprimée à la rentrée",
        "Publié le 18 juillet",
    ]
    kept = strip_chrome([*STORY, *feed])
    assert kept[: len(STORY)] == STORY
    assert not any("Mercier" in line or "Marchal" in line for line in kept)


def test_a_programme_running_forward_stays():
    programme = [
        "Le programme de la semaine :",
        "Lundi 3 mars",
        "Visite de l'école Jules-Ferry avec Paul Mercier",
        "Mardi 4 mars",
        "Réunion publique à la salle des fêtes",
        "Mercredi 5 mars",
        "Inauguration de la médiathèque par Lucie Marchal",
    ]
    assert strip_chrome([*STORY, *programme]) == [*STORY, *programme]


def test_a_page_that_lists_its_items_newest_first_keeps_them():
    # a union's page of strike notices, each under its day: the page's own list, in its first part
    notices = []
    for day, title in (
        ("2 octobre 2025", "Préavis de grève des agents de la propreté du 7 au 31 octobre 2025"),
        ("29 septembre 2025", "Préavis de grève des personnels des écoles du 1er au 31 octobre"),
        ("22 septembre 2025", "Préavis de grève des territoriaux de la Vienne pour le mois d'octobre"),
    ):
        notices += [day, title, "Les agents demandent une revalorisation de leurs salaires et des postes en plus."]
    assert strip_chrome([*notices, STORY[0]]) == [*notices, STORY[0]]
