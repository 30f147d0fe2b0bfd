"""Names that stand for the same thing across languages and spellings: one entity page for each group.

Data, not rules: each group is the folded, lower-case spellings of one name (accents and case never
matter; see the site's identity step). Keep it to names a French and an English archive both use, or
that newsrooms spell two ways; a name that could mean two things does not belong here.
"""

from __future__ import annotations

NAME_GROUPS: tuple[frozenset[str], ...] = tuple(
    frozenset(group)
    for group in (
        # Organisations: French and English names and acronyms.
        {"otan", "nato", "organisation du traite de l'atlantique nord", "north atlantic treaty organization"},
        {"union europeenne", "european union", "ue", "eu"},
        {"onu", "un", "nations unies", "organisation des nations unies", "united nations"},
        {"commission europeenne", "european commission"},
        {"parlement europeen", "european parliament"},
        {"conseil de securite de l'onu", "conseil de securite des nations unies", "un security council"},
        {"fonds monetaire international", "fmi", "international monetary fund", "imf"},
        {"banque mondiale", "world bank"},
        {"organisation mondiale de la sante", "oms", "world health organization", "who"},
        {"cour penale internationale", "cpi", "international criminal court", "icc"},
        {"banque centrale europeenne", "bce", "european central bank", "ecb"},
        # Places: exonyms and transliterations.
        {"kiev", "kyiv", "kiew"},
        {"kharkiv", "kharkov"},
        {"odesa", "odessa"},
        {"lviv", "lvov"},
        {"pekin", "beijing"},
        {"moscou", "moscow"},
        {"londres", "london"},
        {"bruxelles", "brussels"},
        {"varsovie", "warsaw"},
        {"geneve", "geneva"},
        {"etats-unis", "etats unis", "united states", "usa"},
        {"royaume-uni", "royaume uni", "united kingdom"},
        {"allemagne", "germany"},
        {"chine", "china"},
        {"russie", "russia"},
        {"gaza", "ghaza"},
        # People: transliterations.
        {"zelensky", "zelenskyy", "zelenski", "zelenskiy", "volodymyr zelensky", "volodymyr zelenskyy"},
    )
)
