"""A name right after a common noun and its article is what the noun says it is, no person (issue 19: "l'atelier
X", a workshop's name on a programme, on a dev page; the false people the dev run at ed77f73 gives are most often
things named by a name). A person's name after a noun follows a word for a person or opens with a given name.
Sentences of our own."""

from __future__ import annotations

from entitykit import run


def test_a_name_after_a_noun_for_a_thing_is_no_person():
    people, _, _ = run("Titre\n\nLe ministre a visité l'atelier Kaza Mboko à Saint-Denis.", "fr")
    assert "Kaza Mboko" not in people
    people, _, _ = run("Titre\n\nLe préfet a inauguré la résidence Koumba Diallo mardi.", "fr")
    assert "Koumba Diallo" not in people


def test_a_name_after_a_word_for_a_person_stays_a_person():
    people, _, _ = run(
        "Titre\n\nLe chanteur Kaza Mboko et le gendarme Nkosi Dlamini ont témoigné. La victime Jean Dupont aussi.",
        "fr",
    )
    assert people["Kaza Mboko"].role == "chanteur"
    assert people["Nkosi Dlamini"].role == "gendarme"
    assert "Jean Dupont" in people
