"""Readers' comments, known by their headers: a stamp with its clock time and the commenter's name (issue 19).

Seen on pages never annotated (a probe of saved pages): a radio's site ("# Le 3 juillet à 00:09, par X En réponse à :
<the title>"), a magazine's Drupal comments ("Soumis par X, le lundi 29 octobre 2012 à 16h01") and a blog's ("X" over
"(22 juin 2018 @11h13)"), whose commenters became participants.
"""

from generator.read.chrome import strip_chrome

STORY = [
    "Le conseil municipal votera le budget le 12 avril, a annoncé la maire lundi soir devant les élus.",
    "L'opposition a promis de déposer une vingtaine d'amendements avant la séance publique.",
]
REPLY = "Très bon article, merci pour ces explications sur le budget de la commune."


def test_the_comments_go_from_the_first_signed_stamp_on():
    thread = [
        "# Le 4 mars à 22:09, par Fanfan En réponse à : Le budget de la commune",
        REPLY,
        "# ^ Le 5 mars à 08:15, par Paul Mercier En réponse à : Le budget de la commune",
        REPLY,
        "Soumis par jdupont, le mardi 5 mars 2024 à 16h01",
        REPLY,
    ]
    # the comments name people the story does not ("Bravo à Paul Mercier"): the whole thread goes
    assert strip_chrome([*STORY, *thread, "Bravo à Lucie Marchal pour sa question."]) == STORY


def test_a_stamp_under_the_commenters_name_goes_with_the_name():
    thread = []
    for name, stamp in (("Lucie Marchal", "(5 mars 2024 @11h13)"), ("Bob", "(5 mars 2024 @11h29)")):
        thread += [name, stamp, REPLY]
    thread += ["Red Fox", "(6 mars 2024 @09h02)", REPLY]
    assert strip_chrome([*STORY, *thread]) == STORY


def test_a_programme_and_a_lone_stamp_stay():
    # a programme's items with their hours: no year, no signer; the page's own stamp with its author once
    programme = [
        "Inauguration du pont",
        "Mardi 4 mars à 10h30",
        "Visite de l'école",
        "Mercredi 5 mars à 9h00",
        "Réunion publique",
        "Jeudi 6 mars à 18h00",
    ]
    assert strip_chrome([*STORY, *programme]) == [*STORY, *programme]
    # two signed stamps are the page's own (published, updated), not a thread
    two = ["Le 3 mars à 10:12, par Jeanne Roux", "Le 4 mars à 08:00, par Jeanne Roux", *STORY]
    assert strip_chrome(two)[:2] == two[:2]


def test_the_pages_end_is_measured_without_the_thread():
    # a long thread under the story pushed the page's last part past the headings above it (a blog's page: "Article
    # précédent", its sidebar's blurb, the comment form and "27 commentaires" over the thread; a magazine's comment form
    # over its thread): the page's end is found on the page without the thread
    story = [*STORY, "Le vote aura lieu en séance publique, à la mairie, à partir de 18 heures, a-t-elle précisé."]
    sidebar = ["Article précédent", "Un blog animé par Jeanne Roux, rédactrice en chef adjointe, chargée de l'Asie."]
    thread = []
    for name, stamp in (("Lucie Marchal", "(5 mars 2024 @11h13)"), ("Bob", "(5 mars 2024 @11h29)")):
        thread += [name, stamp, REPLY * 3]
    thread += ["Red Fox", "(6 mars 2024 @09h02)", REPLY * 3]
    assert strip_chrome([*story, *sidebar, *thread]) == story
