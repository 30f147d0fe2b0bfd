"""The author signed again around the story: alone on a line, or opening a short biography (issue 19).

Seen on pages never annotated (a probe of saved pages): a French op-ed's "Par X" then "X" again in the site's list of
authors; a blog's "Par X" then "L'auteur / X / Journaliste ..."; "By X | Outlet" then "X is a politics reporter for
..." under the story; a site's metadata naming four authors whose biographies close the story.
"""

from generator.read.chrome import strip_chrome

STORY = [
    "Le conseil municipal votera le budget le 12 avril, a annoncé la maire lundi soir devant les élus.",
    "L'opposition a promis de déposer une vingtaine d'amendements avant la séance publique.",
]
NEWS = [
    "The county board will vote on the new transit levy on Thursday, the chairwoman told reporters.",
    "Opponents said they would ask for a referendum if the levy passes, as they did in 2019.",
]


def test_the_bylines_author_alone_on_a_line_goes():
    lines = ["Par Claire Vasseur", *STORY, "L'auteur", "Claire Vasseur", "Chroniqueuse, ancienne élue locale"]
    assert "Claire Vasseur" not in strip_chrome(lines)
    # the signature anywhere on the page: a pasted page's menus push the byline far down
    menu = [*STORY, "Claire Vasseur", *STORY, "Par Claire Vasseur", *STORY]
    assert "Claire Vasseur" not in strip_chrome(menu)


def test_a_biography_its_author_opens_goes():
    lines = ["By Dana Whitfield | Channel Nine", *NEWS, "Dana Whitfield is a politics reporter for Channel Nine."]
    assert strip_chrome(lines) == NEWS
    doubled = [*STORY, "Par Claire Vasseur", "Claire Vasseur  Claire Vasseur est journaliste indépendante à Lyon."]
    assert strip_chrome(doubled) == STORY


def test_the_metadatas_authors_biographies_go():
    bios = "Ann Li is a senior researcher at the institute. Tom Ruiz is an associate professor at the university."
    assert strip_chrome([*NEWS, bios], (), "Ann Li; Tom Ruiz") == NEWS


def test_the_story_naming_someone_else_stays():
    # no byline names the person: the story's own sentence stays (a name alone under it signs the story: see
    # test_chrome_signatures.py)
    lines = [*NEWS, "Dana Whitfield is a council member who opposed the levy last year."]
    assert strip_chrome(lines) == lines
    # the author's name inside a longer sentence of the story stays
    quoted = ["By Dana Whitfield", *NEWS, "Readers wrote to Dana Whitfield after the vote to ask about the levy."]
    assert strip_chrome(quoted)[-1] == quoted[-1]
