"""Summary and key facts."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

from generator.extract.dates import extract_timexes
from generator.extract.facts import extract_key_facts, extract_summary
from generator.extract.ner.text import content_words
from generator.nlp import load_nlp

_spec = importlib.util.spec_from_file_location("_ents", Path(__file__).with_name("test_entities.py"))
_ents = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_ents)

GOLD_FACTS = [
    "Antony Blinken est en France le mardi 2 avril 2024 pour parler de l'Ukraine et du Proche-Orient avec "
    "Stéphane Séjourné, Emmanuel Macron et Sébastien Lecornu.",
    "Il a visité à Versailles le site de Nexter, filiale de KNDS qui produit les canons Caesar livrés à Kiev.",
    "La cadence de production des Caesar doit passer de six à douze par mois.",
    "Un programme américain de 60 milliards de dollars d'aide militaire à l'Ukraine est bloqué depuis des mois "
    "par l'opposition républicaine au Congrès.",
    "M. Blinken se rend mercredi à Bruxelles pour la réunion des ministres de l'Otan (75e anniversaire de l'Alliance).",
]


def covered(fact: str, statements: list[str]) -> bool:
    words = content_words(fact)
    return any(len(words & content_words(s)) * 2 >= len(words) for s in statements)


def test_reference_summary_is_the_lead_not_the_title():
    doc = load_nlp("fr")(_ents.reference_body())
    summary = extract_summary(doc, "fr")
    assert summary.startswith("Le chef de la diplomatie américaine Antony Blinken est en France mardi")
    assert "Poutine" not in summary


def test_reference_key_facts_cover_gold():
    doc = load_nlp("fr")(_ents.reference_body())
    facts = extract_key_facts(doc, "fr")
    assert 3 <= len(facts) <= 7
    assert all((f.sentence or f.text) in doc.text for f in facts)
    assert sum(covered(g, [f.text for f in facts]) for g in GOLD_FACTS) >= 4


def test_lead_then_figures_and_dateline_is_dropped():
    doc = load_nlp("fr")(
        "Titre\n\nPARIS (AFP) - Le gouvernement a présenté mardi son plan pour les hôpitaux.\n\n"
        "Il prévoit une enveloppe de 2 milliards d'euros sur cinq ans.\n\n"
        "Les syndicats jugent le texte insuffisant et appellent à manifester.\n\n"
        "Le débat se poursuivra au Parlement."
    )
    assert extract_summary(doc, "fr").startswith("Le gouvernement a présenté mardi")
    facts = extract_key_facts(doc, "fr")
    top = " ".join(f.text for f in facts[:2])  # the lead and the figure come first
    assert "Le gouvernement a présenté" in top and "2 milliards" in top
    assert not any(f.text.startswith("PARIS") for f in facts)


def test_statements_name_people_and_leave_out_the_summary():
    doc = load_nlp("fr")(
        "Titre\n\nLe Premier ministre britannique Tony Blair a achevé hier deux jours de négociations à Belfast avec "
        "les dirigeants d'Irlande du Nord, sans réussir à surmonter le blocage persistant sur la formation de "
        "l'exécutif prévu par l'accord de paix.\n\n"
        "M. Blair a donné jusqu'au 30 juin aux responsables catholiques et protestants pour débloquer ce dossier.\n\n"
        "Il a ensuite rencontré les dirigeants unionistes pendant trois heures au château de Stormont.\n\n"
        "Les négociations reprendront en septembre à Londres, selon le porte-parole du gouvernement.\n\n"
        "Le Sinn Fein a jugé que l'accord du Vendredi Saint serait caduc sans transfert des pouvoirs.\n\n"
        "Les unionistes exigent toujours un désarmement de l'IRA avant la formation de l'exécutif."
    )
    summary = extract_summary(doc, "fr")
    facts = [f.text for f in extract_key_facts(doc, "fr")]
    assert summary.startswith("Le Premier ministre britannique Tony Blair a achevé")
    assert not any(f.startswith("Le Premier ministre britannique") for f in facts)  # already the summary
    assert "Tony Blair a donné jusqu'au 30 juin aux responsables catholiques et protestants" in " ".join(facts)
    assert any(f.startswith("Tony Blair a ensuite rencontré") for f in facts)  # "Il" named


def test_a_lead_in_the_title_line_counts_and_english_without_a_model():
    # Texts without a headline: the reader takes the first paragraph as the title.
    doc = load_nlp("en")(
        "The FAA on Friday announced it will close 149 regional airport control towers because of forced "
        "spending cuts, sparing 40 others that the FAA had been expected to shutter.\n\n"
        "A four-week, phased closure of the 149 control towers will begin on April 7, the FAA said.\n\n"
        "By congressional mandate, the FAA must cut nearly $600 million from its nearly $48 billion budget."
    )
    assert extract_summary(doc, "en").startswith("The FAA on Friday announced")
    facts = extract_key_facts(doc, "en")
    assert len(facts) >= 2 and any("$600 million" in f.text for f in facts)


def _reference_timexes(doc):
    return extract_timexes(doc.text, dt.date(2024, 4, 2), "fr", doc)


def test_reference_statements_give_the_calendar_date_and_cover_gold():
    doc = load_nlp("fr")(_ents.reference_body())
    timexes = _reference_timexes(doc)
    summary = extract_summary(doc, "fr", timexes)
    facts = extract_key_facts(doc, "fr", timexes=timexes)
    assert "Antony Blinken est en France mardi 2 avril 2024 pour évoquer" in summary
    assert any("mercredi 3 avril 2024 à Bruxelles" in f.text for f in facts)
    assert all(f.sentence and f.sentence in doc.text for f in facts if "2 avril" in f.text or "3 avril" in f.text)
    statements = [summary, *(f.text for f in facts)]
    assert all(covered(g, statements) for g in GOLD_FACTS)
    # Without the dates the text stays as written.
    assert "mardi 2 avril" not in extract_summary(doc, "fr")


def test_reference_facts_are_not_quotations():
    # The Unesco diplomat's "Cette visite souligne..." is in the quotes, not a fact of the visit.
    doc = load_nlp("fr")(_ents.reference_body())
    facts = extract_key_facts(doc, "fr")
    assert len(facts) == 7
    assert not any(f.text.startswith(('"', "«")) for f in facts)


def test_yesterday_is_dated_in_brackets_and_a_month_takes_its_year():
    text = (
        "Titre\n\nDécontracté mais avide de participer au chantier de reconstruction de la gauche, Pierre "
        "Moscovici a effectué une rentrée politique de fidélité, hier après-midi, à Montbéliard.\n\n"
        "L'ancien ministre socialiste réintégrera la Cour des comptes le 7 novembre.\n\n"
        "Il estime que le Parti socialiste doit repenser ses liens avec les forces de gauche.\n\n"
        "Il se présentera aux élections européennes de 2004, a-t-il annoncé en septembre."
    )
    doc = load_nlp("fr")(text)
    timexes = extract_timexes(text, dt.date(2002, 9, 7), "fr", doc)
    summary = extract_summary(doc, "fr", timexes)
    assert "hier après-midi (6 septembre 2002)" in summary
    facts = [f.text for f in extract_key_facts(doc, "fr", timexes=timexes)]
    assert any("la Cour des comptes le 7 novembre." in f for f in facts)  # a date already
    assert any("a-t-il annoncé en septembre." in f for f in facts)  # the sentence gives a year (2004)


def test_subheads_are_not_facts_and_counts_are_figures():
    doc = load_nlp("en")(
        "Title\n\nWomen have morphed from a curiosity into an important force in the United States Senate.\n\n"
        "The desk thing really stuck with her.\n\n"
        "Committees.\n\n"
        "There are now 20 female senators in office, an all-time high.\n\n"
        "Senator Patty Murray is the first chairwoman of the Budget Committee.\n\n"
        "Senator Barbara Boxer shepherded the highway bill through the chamber.\n\n"
        "One of the biggest bills to pass the Senate last year was farm legislation.\n\n"
        "Many of them came to politics through local school boards and state houses.\n\n"
        "Colleagues say the women tend to look for common ground on the budget."
    )
    facts = [f.text for f in extract_key_facts(doc, "en")]
    assert "Committees." not in facts
    assert facts[0].startswith("There are now 20 female senators")  # a count and a record come first


def test_a_line_that_only_dates_the_page_is_no_lead():
    from generator.extract.timex.publication import page_stamps

    text = (
        "Titre\n\nLyon, le 4 mars 2025.\n\nLa préfecture a décidé mardi de fermer les berges du Rhône "
        "jusqu'à la fin de la crue, annoncée pour le week-end.\n"
    )
    doc = load_nlp("fr")(text)
    timexes = extract_timexes(text, dt.date(2025, 3, 4), "fr")
    stamps = {(t.start, t.end) for t in page_stamps(text, timexes)}
    assert extract_summary(doc, "fr", timexes, stamps).startswith("La préfecture a décidé mardi")
    assert extract_summary(doc, "fr", timexes).startswith("Lyon, le 4 mars 2025.")  # without the stamps, it leads


def test_a_wire_dateline_left_before_the_lead_is_no_part_of_the_summary():
    text = (
        "Title\n\nJune 4 (Reuters) - Canada's parliament will vote on Thursday on the budget bill that the "
        "opposition has promised to defeat.\n\nThe government could fall.\n"
    )
    assert extract_summary(load_nlp("en")(text), "en").startswith("Canada's parliament will vote")


def test_a_wire_dateline_is_no_event_of_the_article():
    from generator.model import Article
    from generator.pipeline import analyse

    text = "June 4 (Reuters) - Canada's parliament will vote on Thursday on the budget bill.\n"
    article = Article(path="seeds/x.txt", title="Vote", text=text, sha256="0" * 64, lang="en")
    briefing = analyse(article, load_nlp("en"), dt.date(2024, 6, 4)).briefing
    assert [u.date for u in briefing.upcoming] == ["2024-06-06"] and briefing.timeline == []
    assert not briefing.upcoming[0].event.startswith("(")
