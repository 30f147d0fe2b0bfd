"""A festival's name as the body that runs it. An event's name is no entity ("the 49th Brighton Festival opens"), but a
festival has staff and speaks ("Brighton Festival chief executive X", "le directeur du Festival d'été de Québec"), and
then it is an organisation (bench/real/README.md: festivals are events unless they act)."""

from __future__ import annotations

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.cue import Candidate
from generator.extract.ner.words import DETERMINERS, OF_WORDS, Word, is_cap

_ROLE_REACH = 4  # words read back from "of"/"du" for a role: "responsable de la communication du X"


def festival_body(c: Candidate) -> bool:
    """Whether the candidate is a festival's name told as a body (`festival_acts`) here or at another mention of the
    same words: one name is one entity in a text ("the 2024 Festival of Chichester kicks off" after "Festival of
    Chichester chairman X said")."""
    return _acts_somewhere(c.ws, c.a, c.b)


def _acts_somewhere(ws: list[Word], a: int, b: int) -> bool:
    """Whether the words [a, b), written the same anywhere in the text, act there (`festival_acts`)."""
    said = [w.text for w in ws[a:b]]
    if not any(fold(t) in lx.ORGANISED_EVENTS for t in said):
        return False
    n = len(said)
    return any(festival_acts(ws, k, k + n) for k in range(len(ws) - n + 1) if [w.text for w in ws[k : k + n]] == said)


def festival_acts(ws: list[Word], a: int, b: int) -> bool:
    """Whether the words [a, b) are a festival's name (headed by `ORGANISED_EVENTS`) told as a body: its staff right
    after it ("Festival of Chichester chairman", "the X Festival committee") or after its possessive ("the X
    Festival's director"), its speech right after it ("X Festival said"), or a role of it before "of"/"du"
    ("organisateur du X Festival", "responsable de la communication du X Festival")."""
    if b - a < 2 or not any(fold(w.text) in lx.ORGANISED_EVENTS for w in ws[a:b]):
        return False  # (the head alone is a common noun: "Festival co-ordinator X")
    return _staff_after(ws, a, b) or _role_before(ws, a)


def festival_end(ws: list[Word], a: int, b: int) -> int:
    """The end of a festival's name that acts, over its complement ("le directeur du Festival d'été de Québec", "the
    Festival of Chichester committee"), which the name's run leaves apart; where it does not act, the event's words
    stay apart and its town is the place it names."""
    if b - a != 1 or fold(ws[a].text) not in lx.ORGANISED_EVENTS:
        return b
    end = _complement_end(ws, b)
    return end if end > b and _acts_somewhere(ws, a, end) else b


_COMPLEMENTS = 2  # "d'été" then "de Québec"


def _complement_end(ws: list[Word], b: int) -> int:
    """The end of the head's complements after "of"/"de" (articles between): a lower-case noun ("d'été", "des arts")
    then more, or a capitalised name, which ends them ("de Québec", "of Chichester")."""
    sent = ws[b - 1].sent
    for _ in range(_COMPLEMENTS):
        if b >= len(ws) or ws[b].sent != sent or fold(ws[b].text) not in OF_WORDS:
            break
        n = b + 1
        while n < len(ws) and ws[n].sent == sent and fold(ws[n].text) in lx.ARTICLES:
            n += 1
        if n >= len(ws) or ws[n].sent != sent or not ws[n].text.isalpha():
            break
        key = fold(ws[n].text)
        if key in lx.NOT_COMPLEMENTS | DETERMINERS | lx.MONTH_WORDS | lx.WEEKDAYS:
            break
        b = n + 1
        if is_cap(ws[n].text):
            while b < len(ws) and ws[b].sent == sent and is_cap(ws[b].text):
                b += 1
            break
    return b


def _staff_after(ws: list[Word], a: int, b: int) -> bool:
    """A role, an organiser's noun or a speech verb right after the name, or a role after its possessive."""
    sent = ws[a].sent
    nxt = [w.text for w in ws[b : b + 3] if w.sent == sent]
    owned = bool(nxt) and nxt[0] in lx.POSSESSIVES
    if owned:  # (after the possessive, a role may follow its adjective: "the X Festival's artistic director")
        nxt = nxt[1:]
    if not nxt:
        return False
    first = fold(nxt[0])
    spoken = first in lx.SPEECH_AFTER | lx.STATEMENT_VERBS
    staff = [t for t in nxt[: 2 if owned else 1] if t.islower() and lx.is_role_head(t)]
    return spoken or first in lx.ORGANISER_NOUNS or bool(staff)


def _role_before(ws: list[Word], a: int) -> bool:
    """A role in lower case a few words before the "of"/"du" that leads to the name."""
    sent = ws[a].sent
    k = a - 1
    while k >= 0 and ws[k].sent == sent and fold(ws[k].text) in lx.ARTICLES:
        k -= 1
    if k < 1 or ws[k].sent != sent or fold(ws[k].text) not in OF_WORDS:
        return False
    reach = [w for w in ws[max(0, k - _ROLE_REACH) : k] if w.sent == sent]
    return any(w.text.islower() and lx.is_role_head(w.text) for w in reach)
