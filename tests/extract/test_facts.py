"""Summary and key facts."""

from __future__ import annotations

import importlib.util
from pathlib import Path

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
    assert all(f.sentence in doc.text for f in facts)
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
