"""A page copied without its headline (its text starts with the lead) takes the headline its address spells, written
as the page writes its words (issue 19: 49 dev pages of as many sites; the lead was the title)."""

from __future__ import annotations

from pathlib import Path

from generator.read.slug import content_word, title_from_address
from tests.read.pagekit import title_and_text

_LEAD = (
    "La rénovation du gymnase Jean-Moulin de Vénissieux a été votée jeudi soir par le conseil municipal, qui y "
    "consacrera deux millions d’euros après l’incendie de 2022."
)
_NEXT = "Les travaux commenceront à la fin de l’été, selon la mairie."
_URL = "https://www.exemple.fr/actualite/2024/03/08/venissieux-la-renovation-du-gymnase-jean-moulin-votee-jeudi-123456.html"


def _read(tmp_path: Path, lines: list[str], url: str) -> tuple[str, str]:
    return title_and_text(tmp_path, lines, url, separator="\n\n")


def test_a_page_without_headline_takes_its_address_s_words_as_the_page_writes_them(tmp_path: Path):
    title, text = _read(tmp_path, [_LEAD, _NEXT], _URL)
    assert title == "Vénissieux la rénovation du gymnase Jean-Moulin votée jeudi"
    assert text.startswith(_LEAD)  # the lead stays whole in the text


def test_elided_and_numbered_words_come_back():
    text = f"{_LEAD}\n\n{_NEXT}"
    url = "https://exemple.fr/0412-5531-apres-l-incendie-de-2022-le-gymnase-jean-moulin-renove,88812.html"
    # "rénové": the one common word "renove" folds from
    assert title_from_address(url, text) == "Après l’incendie de 2022 le gymnase Jean-Moulin rénové"


def test_a_headline_in_the_page_stays_the_title(tmp_path: Path):
    headline = "Deux millions pour le gymnase de Vénissieux"
    assert _read(tmp_path, [headline, _LEAD, _NEXT], _URL)[0] == headline


def test_an_address_with_no_headline_of_the_page_gives_none():
    text = f"{_LEAD}\n\n{_NEXT}"
    assert title_from_address("https://exemple.fr/article/123456", text) is None  # an id
    other_story = "https://exemple.fr/sport/le-psg-remporte-sa-finale-a-lyon"
    assert title_from_address(other_story, text) is None
    assert title_from_address(None, text) is None


_STRIKE_LEAD = (
    "The drivers' union said the walkouts, announced on Monday, would hit every depot of the Northfield line in the "
    "weeks before the holidays."
)
_STRIKE_NEXT = "The operator said it would publish a reduced timetable."


def test_a_headline_in_words_of_its_own_is_read_when_they_are_common_words_and_the_page_s_subject(tmp_path: Path):
    # the headline says the story in words the lead does not use ("set", "without", "trains"): common English words
    url = "https://www.example.co.uk/news/northfield-set-for-twelve-days-without-trains-during-holidays-447105"
    title, text = _read(tmp_path, [_STRIKE_LEAD, _STRIKE_NEXT], url)
    assert title == "Northfield set for twelve days without trains during holidays"
    assert text.startswith(_STRIKE_LEAD)


def test_common_words_keep_an_accent_only_where_it_is_sure():
    text = f"{_LEAD}\n\n{_NEXT}"
    # "décret" is the only word folding so; "la" is also "là": the address's spelling stays
    url = "https://exemple.fr/venissieux-un-decret-pour-la-renovation-du-gymnase-jean-moulin_a77.html"
    assert title_from_address(url, text) == "Vénissieux un décret pour la rénovation du gymnase Jean-Moulin"


def test_common_words_alone_name_no_page_s_headline():
    text = f"{_STRIKE_LEAD}\n\n{_STRIKE_NEXT}"
    # common words, none of the page's longer ones: another story's address (or a section's), no headline
    other_story = "https://www.example.co.uk/sport/football-club-wins-cup-final-after-extra-time"
    assert title_from_address(other_story, text) is None


def test_a_content_word_is_any_word_but_a_languages_stop_words_whatever_its_length():
    # short words name things too ("vote", "élu", "mai", "war"); long ones may name nothing ("pour", "with", "dans")
    assert all(content_word(w) for w in ("vote", "élu", "mai", "war", "Oise"))
    assert not any(content_word(w) for w in ("pour", "with", "dans", "this", "2024"))


def test_a_short_address_the_page_writes_every_word_of_is_the_headline(tmp_path: Path):
    # issue 19: "marche-en-fete", "dublin-theatre-festival", "les-musicades-2025" were the headlines of pages whose
    # text starts with the lead; three words are a headline when the page writes them all
    title, text = _read(tmp_path, [_LEAD, _NEXT], "https://www.exemple.fr/actualites/gymnase-jean-moulin")
    assert title == "Gymnase Jean-Moulin"
    assert text.startswith(_LEAD)
    assert title_from_address("https://www.exemple.fr/agenda/travaux-2024", f"{_LEAD}\n\n{_NEXT}") is None  # 2 words


def test_a_short_address_in_words_of_its_own_is_a_section_not_a_headline():
    text = f"{_LEAD}\n\n{_NEXT}"
    # "sports" and "locaux" are common words the page does not write: a section's name
    assert title_from_address("https://www.exemple.fr/rubriques/sports-et-loisirs-locaux/", text) is None
    assert title_from_address("https://www.exemple.fr/rubriques/vie-locale-venissieux/", text) is None
