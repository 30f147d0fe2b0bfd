"""Buildings that are also bodies (a school, a hall) as places: "au lycée Jean Zay", "à la salle de conférence de X".

Such a building named after someone is no person ("le lycée Jean Zay"); after a place preposition it is where
something happens, one place with its lower-case head. Elsewhere ("les lycées Mozart et Balzac sont en grève",
"professeur au lycée Jean Zay") the text speaks of the body, and its name is neither a person nor a place.
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.cue import LIMITS, Mention, previous_words
from generator.extract.ner.text import doc_text
from generator.extract.ner.words import LOC, OF_WORDS, Word, is_cap


def visited(ws: list[Word], k: int) -> bool:
    """The lower-case head at `k` follows a place preposition, over articles ("au lycée", "à l'école", "en salle"),
    and no role word holds that preposition ("professeur au lycée X" names an employer)."""
    before = [p for p in previous_words(ws, k, LIMITS.place_context_words) if p not in lx.ARTICLES]
    if not before or before[-1] not in lx.PLACE_PREPOSITIONS:
        return False
    return len(before) < 2 or not lx.is_role_head(before[-2])


_FULL_NAME_WORDS = 2  # "lycée Thérèse Planiol de Loches": a given name and a surname, then where the school stands


def named_after_venue(doc: Doc, ws: list[Word], a: int, b: int) -> list[Mention]:
    """The building whose lower-case head stands right before the name [a, b), when visited: the head and the name
    as one place, and the town after "de" as a place of its own ("au lycée Thérèse Planiol de Loches", "au lycée
    Tocqueville de Grasse"); not a particle's "de" ("au lycée Charles de Gaulle"). Nothing otherwise."""
    head = a - 1
    if not visited(ws, head):
        return []
    end, town = b, None
    for n in range(a + 1, b - 1):
        if fold(ws[n].text) not in OF_WORDS or not is_cap(ws[n + 1].text):
            continue
        rest = doc_text(doc)[ws[n + 1].start : ws[b - 1].end]
        if n - a >= _FULL_NAME_WORDS or lx.is_known_place(rest):
            end, town = n, (n + 1, b)
        break
    out = [_place(doc, ws, head, end)]
    if town is not None:
        out.append(_place(doc, ws, *town))
    return out


def _place(doc: Doc, ws: list[Word], a: int, b: int) -> Mention:
    text = doc_text(doc)[ws[a].start : ws[b - 1].end]
    return Mention(text, LOC, ws[a].start, ws[b - 1].end, ws[a].i, ws[b - 1].j, ws[a].sent, a, b)
