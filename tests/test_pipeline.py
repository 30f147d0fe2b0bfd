"""The pipeline's own decisions: which publication date a briefing counts from, and what it says of it."""

import datetime as dt

from generator.model import Article
from generator.nlp import load_nlp
from generator.pipeline import analyse

TEXT = "Le ministre de l'Économie se rendra jeudi à Lyon pour inaugurer une usine de batteries."


def article(**dates) -> Article:
    return Article(path="seeds/lyon.txt", title="Visite à Lyon", text=TEXT, sha256="0" * 64, lang="fr", **dates)


def test_a_date_the_page_states_is_known_and_the_briefing_says_where_it_is_stated():
    stated = "the page's address (https://example.fr/2022/03/14/visite)"
    briefing = analyse(article(published=dt.date(2022, 3, 14), published_from=stated), load_nlp("fr")).briefing
    assert (briefing.date, briefing.date_source, briefing.date_evidence) == ("2022-03-14", "metadata", stated)
    assert [u.date for u in briefing.upcoming] == ["2022-03-17"]  # "jeudi" counts from the stated day


def test_a_date_from_metadata_or_the_command_line_needs_no_evidence():
    from_metadata = analyse(article(published=dt.date(2022, 3, 14)), load_nlp("fr")).briefing
    from_command = analyse(article(), load_nlp("fr"), published=dt.date(2022, 3, 15)).briefing
    assert (from_metadata.date_source, from_metadata.date_evidence) == ("metadata", None)
    assert (from_command.date, from_command.date_source, from_command.date_evidence) == ("2022-03-15", "metadata", None)
