"""What the key-fact ranking looks for in a French sentence: amounts, decisions, meetings, what comes next.

Regex fragments (see generator.lang.record.FactWords): a stem takes any ending, "s?" an optional plural.
"""

from __future__ import annotations

from generator.lang.record import FactWords, words

FACTS = FactWords(
    figure_units=(
        r"pour\s?cent",
        "milliards?",
        "millions?",
        "euros?",
        "dollars?",
        "livres?",
        "tonnes?",
        "personnes",
        "morts",
        "victimes",
    ),
    figure_phrases=(r"\bde \w+ à \w+ par\b",),  # "de 3 à 5 par an"
    decision_stems=words(
        "annonc décid adopt approuv sign vot bloqu condamn élu nomm démission accept rejet suspend interdi lanc "
        "augment rédui baiss hauss accord ratifi arrêt gel sanction quitt rejoint rachet vend achet supprim "
        "ferm ouvr attaqu bless détru libér extrad hospitalis promet promis s'engag"
    )
    + (r"pass\w* de", "lev[ée]", r"tu[ée]s?\b"),  # "passé de 3 à 5", "levé", "tués" (not "tuer")
    meeting_stems=words("rencontr reçu recevr entretien réunion sommet visite discut négoci conférence se_rendr rendu"),
    next_markers=(
        r"\w+(?:era|eront|ira|iront|ra|ront)",  # the future tense
        "doit",
        "doivent",
        "devrait",
        "devraient",
        "prévu",
        "prévue",
        "attendu",
    ),
    record_words=(
        "record",
        "sans précédent",
        "historique",
        "inédit",
        "première fois",
        r"premier\w* depuis",
        "jamais vu",
        "plus haut",
        "plus bas",
    ),
    connectives=words("Mais Et"),
    dropped_openers=words("Or Par_ailleurs En_outre De_plus"),
    sequence_openers=words("Puis Ensuite Enfin"),
    impersonal=(r"y\b", r"faut\b", r"s'agit\b", r"est\s+(?:possible|probable|clair)\b"),
    subject_articles=words("le la"),
    verb_endings=words("é ait era"),
    deictic_words=("dernier", "dernière", "prochain", "prochaine", "ce", "cette", "il y a"),
)
