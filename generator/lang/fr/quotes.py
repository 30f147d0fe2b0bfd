"""French words the quote extractor reads: speech verbs, their auxiliaries and the words around a speaker.

Weekdays, which also stand between a verb and its subject ("a indiqué mardi le ministre"), come from the
calendar (vocabulary.py); see generator.lang.record.QuoteWords for what each list is for.
"""

from __future__ import annotations

from generator.lang.record import QuoteWords, words

QUOTES = QuoteWords(
    speech_verbs=words(
        # past participles, after an auxiliary ("a déclaré")
        "déclaré dit indiqué souligné affirmé estimé ajouté expliqué fait_valoir prévenu assuré annoncé confié "
        "précisé rappelé insisté lancé jugé commenté martelé averti déploré dénoncé reconnu confirmé poursuivi "
        "écrit tweeté conclu observé noté relevé résumé plaidé répété regretté salué fait_savoir analysé raconté "
        "constaté admis concédé glissé soufflé répondu répliqué rétorqué renchéri ironisé tranché promis "
        # present
        "déclare affirme estime ajoute explique souligne indique précise assure confie rappelle juge prévient "
        "martèle avertit déplore dénonce reconnaît confirme poursuit conclut note relève insiste lance résume "
        "plaide répète regrette salue analyse raconte constate admet concède glisse souffle répond réplique "
        "rétorque renchérit ironise tranche promet commente s'exclame s'interroge s'inquiète"
    ),
    attributions=words("selon d'après"),
    auxiliaries=words("a ont avait avaient aurait va vont"),
    inverted_pronouns=words("il elle on"),
    that_words=words("que qu'"),
    prepositions=words("à au aux auprès devant dans lors pendant sur pour selon en"),
    phrase_stops=words("alors qui que lors dans pendant tandis où"),
    person_pronouns=words("il elle"),
    # a clause's subject pronouns and auxiliaries: where the parse misreads a quote's verb ("Nous manquons")
    finite_words=words("je tu il elle on nous vous ils elles est sont était étaient sera seront ai avons avez ont"),
    definite=words("le la l' les ce cette"),
    determiners=words("la le l' les un une cet cette ce"),
    speaker_starts=words("le la l' les un une son sa ses leur des ce cette il elle ils elles on"),
    adverbials=words(
        "encore également aussi ensuite alors déjà notamment toutefois cependant pourtant ainsi enfin hier "
        "aujourd'hui demain soir matin midi après-midi"
    ),
    statements=words("communiqué déclaration rapport"),
    document_nouns=words("texte note lettre message"),
    source_links=words("de_la de_l' du de des"),  # "de la" before "de": the article stays out of the name
    source_verbs=words("a ont indique précise"),
    subject_verbs=words("a ont avait est sera va doit se s' sont était"),
    negations=words("n' ne"),
)
