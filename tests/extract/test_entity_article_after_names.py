"""A lower-case article after a full name, before a body's, an event's or a venue's word, opens the verb's next
object: it is no surname particle that glues the two (issue 19: names cut or glued)."""

from __future__ import annotations

from entitykit import run


def test_an_article_after_a_titled_name_before_an_event_word_splits_them():
    people, orgs, _ = run("Titre\n\nLe ministre inaugurera avec M. Kaddouri le Salon international du livre.", "fr")
    assert "Kaddouri" in people
    assert not any("Salon" in name for name in people)


def test_an_article_after_a_full_name_before_a_body_word_keeps_the_person():
    people, _, _ = run("Titre\n\nElle présidera avec Hélène Mercier le Conseil des sages de la ville.", "fr")
    assert "Hélène Mercier" in people


def test_a_lower_case_particle_before_a_surname_still_joins():
    people, _, _ = run("Titre\n\nLe ministre Bruno le Maire et Jean de la Fontaine sont cités.", "fr")
    assert "Bruno le Maire" in people
