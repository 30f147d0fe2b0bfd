"""The pipeline's own decisions: which publication date a briefing counts from, and what it says of it."""

import datetime as dt
from dataclasses import replace

from generator.model import Article
from generator.nlp import load_nlp
from generator.pipeline import analyse

TEXT = "Le ministre de l'Économie se rendra jeudi à Lyon pour inaugurer une usine de batteries."


def article(text: str = TEXT, **dates) -> Article:
    return Article(path="seeds/lyon.txt", title="Visite à Lyon", text=text, sha256="0" * 64, lang="fr", **dates)


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


def test_a_stated_day_before_a_day_the_text_reports_in_the_past_gives_way_to_it():
    stated = "the page's address (https://example.lu/2011/06/08/conseil)"
    text = (
        "Les ministres de l'Agriculture se sont réunis à Luxembourg les 8 et 9 juin 2011. Le 9 juin, ils ont "
        "adopté un accord sur la pêche. Le prochain conseil se tiendra le 27 juin."
    )
    page = Article(path="seeds/conseil.txt", title="Conseil", text=text, sha256="0" * 64, lang="fr")
    dated = analyse(replace(page, published=dt.date(2011, 6, 8), published_from=stated), load_nlp("fr")).briefing
    assert (dated.date, dated.date_source) == ("2011-06-09", "inferred")
    assert "9 juin" in (dated.date_evidence or "") and stated in (dated.date_evidence or "")
    assert [u.date for u in dated.upcoming] == ["2011-06-27"]
    ahead = text.replace("se sont réunis", "se réunissent").replace("ils ont adopté", "ils adopteront")  # to come
    future = analyse(replace(page, text=ahead, published=dt.date(2011, 6, 8), published_from=stated), load_nlp("fr"))
    assert (future.briefing.date, future.briefing.date_source) == ("2011-06-08", "metadata")


def test_without_a_parse_the_tense_rules_alone_never_move_a_stated_day():
    stated = "the page's address (https://example.com/1999/06/08/programme)"
    text = "The visit programme was released.\n--Saturday, June 12: the President arrives and is met by the mayor.\n"
    page = Article(path="seeds/visit.txt", title="Visit", text=text, sha256="0" * 64, lang="en")
    dated = analyse(replace(page, published=dt.date(1999, 6, 8), published_from=stated), load_nlp("en")).briefing
    assert (dated.date, dated.date_source) == ("1999-06-08", "metadata")


def test_a_page_metadata_day_before_two_days_the_text_tells_as_done_is_not_the_texts():
    # a saved page whose metadata stamp is a reader comment's, a year before what its updated text reports
    text = (
        "Mis à jour le 12 mars 2021\n"
        "Le conseil municipal a voté le budget le 3 février 2021. Le maire a présenté le plan le 15 février 2021. "
        "Les travaux du pont commenceront le 6 avril."
    )
    page = Article(path="seeds/budget.html", title="Budget", text=text, sha256="0" * 64, lang="fr")
    stamped = replace(page, published=dt.date(2020, 1, 20), published_in_page=True)
    briefing = analyse(stamped, load_nlp("fr")).briefing
    assert (briefing.date, briefing.date_source) == ("2021-03-12", "inferred")
    assert "2020-01-20" in (briefing.date_evidence or "")
    assert [u.date for u in briefing.upcoming] == ["2021-04-06"]
    # the analyst's own date (a sidecar, front matter) is kept, whatever the text tells
    given = analyse(replace(page, published=dt.date(2020, 1, 20)), load_nlp("fr")).briefing
    assert (given.date, given.date_source) == ("2020-01-20", "metadata")
    # one day told as done may be a misread postponement ("a renvoyé le procès au 1er avril"): the stamp stays
    once = text.replace(" Le maire a présenté le plan le 15 février 2021.", "")
    kept = analyse(replace(stamped, text=once), load_nlp("fr")).briefing
    assert (kept.date, kept.date_source) == ("2020-01-20", "metadata")


def test_a_living_page_that_states_its_modification_day_is_that_version():
    # the page's metadata: first published on 4 March, modified on 9 March; the text is a status of the 9th
    text = (
        "Le fonds de solidarité a reçu de nombreux dons depuis le début du mouvement.\n\n"
        "Bilan au 9 mars 2021 à 18h : 1 250 grévistes ont été aidés. La prochaine distribution aura lieu vendredi."
    )
    page = Article(path="seeds/fonds.html", title="Fonds", text=text, sha256="0" * 64, lang="fr")
    living = replace(page, published=dt.date(2021, 3, 4), published_in_page=True, modified=dt.date(2021, 3, 9))
    briefing = analyse(living, load_nlp("fr")).briefing
    assert (briefing.date, briefing.date_source) == ("2021-03-09", "metadata")
    assert "modification" in (briefing.date_evidence or "")
    assert [u.date for u in briefing.upcoming] == ["2021-03-12"]  # the Friday after the 9th, not after the 4th
    # an update line is no version of its own: a story keeps its publication day
    updated = text.replace("Bilan au 9 mars 2021 à 18h :", "Mis à jour le 9 mars 2021 à 18h.")
    story = analyse(replace(living, text=updated), load_nlp("fr")).briefing
    assert (story.date, story.date_source) == ("2021-03-04", "metadata")
    # a day the text announces is an event: a story updated on the day of the event it announced is still the story
    announced = text.replace("Bilan au 9 mars 2021 à 18h :", "La prochaine assemblée aura lieu le 9 mars 2021.")
    event = analyse(replace(living, text=announced), load_nlp("fr")).briefing
    assert event.date == "2021-03-04"
    # a modification the text does not state says nothing of the text
    silent = analyse(replace(living, text=text.replace("Bilan au 9 mars 2021 à 18h :", "Bilan :")), load_nlp("fr"))
    assert silent.briefing.date == "2021-03-04"
    # the analyst's own date (a sidecar, front matter) is kept
    given = analyse(replace(living, published_in_page=False), load_nlp("fr")).briefing
    assert given.date == "2021-03-04"


def test_days_a_measure_takes_effect_are_not_told_as_done():
    # "a interdit dès le 1er janvier 2021", "a décidé ... après le 30 juin 2021": when a ban starts, not a day done
    text = (
        "L'office fédéral a retiré l'autorisation et a interdit l'utilisation du produit dès le 1er janvier 2021. "
        "La Commission a décidé de ne plus l'autoriser après le 30 juin 2021."
    )
    page = Article(path="seeds/ban.html", title="Interdiction", text=text, sha256="0" * 64, lang="fr")
    briefing = analyse(replace(page, published=dt.date(2020, 12, 10), published_in_page=True), load_nlp("fr")).briefing
    assert (briefing.date, briefing.date_source) == ("2020-12-10", "metadata")


def test_a_stated_day_gives_way_when_the_text_names_another_day_as_today():
    # a page filed under a later address when its site moved: "today" is not the address's day
    stated = "the page's address (https://example.fr/2019/09/04/visite)"
    moved = "Le Premier ministre est attendu aujourd'hui mardi 12 mars à Lille, où il visitera une usine."
    briefing = analyse(
        article(published=dt.date(2019, 9, 4), published_from=stated, text=moved), load_nlp("fr")
    ).briefing
    assert briefing.date != "2019-09-04"
    same = "Le Premier ministre est attendu aujourd'hui mercredi 4 septembre à Lille, où il visitera une usine."
    kept = analyse(article(published=dt.date(2019, 9, 4), published_from=stated, text=same), load_nlp("fr")).briefing
    assert (kept.date, kept.date_source) == ("2019-09-04", "metadata")
