"""A page's first line that no headline is shaped like (issue 19, titles): a short sentence, a caption or an
intertitle's question, a standfirst, two sentences glued, a day said alone; the address's headline, or the headline
under the day, is the title. Counted on the dev pages at 2d8e654: 14 titles right that were wrong (11 sites), none lost.
"""

from __future__ import annotations

from pathlib import Path

from generator.read.chrome import head_stamp, is_date_line
from generator.read.slug import _slug_words
from tests.read.pagekit import title_and_text

_URL = "https://www.exemple.fr/region/2024/05/14/le-conseil-municipal-de-vierzon-vote-le-budget-des-ecoles"
_LEAD = (
    "Les élus de Vierzon ont adopté mardi soir, à une large majorité, le budget des écoles de la commune pour "
    "l'année prochaine, après trois heures de débat."
)
_NEXT = "Le maire a salué un vote qui permettra de rénover deux cantines."


def _read(tmp_path: Path, lines: list[str], url: str | None = _URL) -> tuple[str, str]:
    return title_and_text(tmp_path, lines, url, separator="\n\n")


def test_a_question_above_the_story_gives_way_to_the_address_s_headline(tmp_path: Path):
    question = "Que contiendra ce nouveau budget ?"
    title, text = _read(tmp_path, [question, _LEAD, _NEXT])
    assert title == "Le conseil municipal de Vierzon vote le budget des écoles"
    assert question in text  # the intertitle stays in the story


def test_a_short_sentence_first_gives_way_to_the_address_s_headline(tmp_path: Path):
    title, text = _read(tmp_path, ["Les cantines seront rénovées cet été.", _LEAD, _NEXT])
    assert title == "Le conseil municipal de Vierzon vote le budget des écoles"
    assert text.startswith("Les cantines seront rénovées cet été.")


def test_a_standfirst_first_gives_way_to_the_address_s_headline(tmp_path: Path):
    standfirst = (
        "Après trois heures de débat les élus ont suivi le maire sur les cantines et les cours d'école de la ville"
    )
    title, _ = _read(tmp_path, [standfirst, _LEAD, _NEXT])
    assert title == "Le conseil municipal de Vierzon vote le budget des écoles"


def test_two_sentences_glued_are_no_headline(tmp_path: Path):
    glued = "Les élus ont voté le budget des écoles mardi soir.Politique"
    title, _ = _read(tmp_path, [glued, _LEAD, _NEXT])
    assert title == "Le conseil municipal de Vierzon vote le budget des écoles"


def test_a_headline_that_ends_on_a_question_and_says_the_address_s_words_stays(tmp_path: Path):
    headline = "Le conseil municipal de Vierzon vote-t-il le budget des écoles ?"
    assert _read(tmp_path, [headline, _LEAD, _NEXT])[0] == headline


def test_a_long_headline_that_says_the_address_s_words_stays(tmp_path: Path):
    headline = (
        "Le conseil municipal de Vierzon vote le budget des écoles après trois heures de débat et un long échange"
    )
    assert _read(tmp_path, [headline, _LEAD, _NEXT])[0] == headline


def test_a_day_said_alone_above_the_headline_is_no_title(tmp_path: Path):
    headline = "Les élus de Vierzon adoptent le budget des écoles"
    for day in ("mardi 14 mai", "Du 16 au 18 mai", "Tuesday, May 14"):
        assert _read(tmp_path, [day, headline, _LEAD, _NEXT], url=None)[0] == headline


def test_date_lines():
    assert is_date_line("vendredi 20 septembre")
    assert is_date_line("Du 3 au 5 octobre")
    assert is_date_line("Monday 4 March")
    assert not is_date_line("Semaine du 15 au 21 novembre 2021")  # a week's heading: a title
    assert not is_date_line("Le 3 mai, Macron parle")
    assert not is_date_line("Jeudi")  # no day's number


def test_a_stamp_in_the_head_s_list_stays_a_stamp():
    assert head_stamp("  • Publié le 12 mars 2024 (Mis à jour le 3 avril 2024)")
    assert not head_stamp("  • Lecture 2 minutes")


def test_a_date_glued_to_the_next_block_s_word_is_its_own_line(tmp_path: Path):
    lines = ["Paiement du dividende", "14/05/2024Communiqués – informations", _LEAD, _NEXT]
    _, text = _read(tmp_path, lines, url=None)
    assert "14/05/2024\nCommuniqués" in text


def test_of_two_address_parts_as_long_the_later_is_the_page_s_name():
    url = "https://radio.example.com/blogs/notes-from-the-stands/98/tickets-go-on-sale-monday"
    assert _slug_words(url) == ["tickets", "go", "on", "sale", "monday"]
