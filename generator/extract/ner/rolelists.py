"""Roles a plural role word gives each name of a list it is written with.

A list of names and one plural role apposed to it share the role out: "X, Y et Z, les chefs d'État libérien, guinéen
et sierra-léonais" and "les présidents tchadien et gabonais, X et Y" give each name the role with its own adjective,
in order; "des écrivains comme X et Y", "leaders such as X and Y" give each the role in the singular. Read name by
name, the plural phrase would go whole to the name next to it ("chefs d'État libérien") and to no other.
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.roles import complement_end, line_break, singular_role
from generator.extract.ner.text import doc_text
from generator.extract.ner.words import Word
from generator.lang.every import built_in

Span = tuple[int, int]  # a name's words [a, b)

_REACH = 9  # words back from an example opener to its plural role ("des géants de la littérature française comme")


def list_roles(doc: Doc, ws: list[Word], names: list[Span], person_words: set[int]) -> dict[int, str]:
    """The role of each listed name that a plural role apposed to its list gives, by the name's first word."""
    roles: dict[int, str] = {}
    for run in _lists(doc, ws, sorted(set(names))):
        found = _examples(doc, ws, run, person_words) or _apposed_after(doc, ws, run) or _apposed_before(doc, ws, run)
        if found:
            roles.update(zip((a for a, _ in run), found, strict=True))
    for a, role in _titled_lists(doc, ws, sorted(set(names)), person_words).items():
        roles.setdefault(a, role)
    return roles


_ROLE_COMPLEMENT = 4  # words of a plural role's complement between it and the first name ("d' État", "de la Santé")
_OWN_COMPLEMENT = 6  # words of a name's own complement in a titled list ("de la Côte d'Ivoire", "du Burkina Faso")


def _titled_lists(doc: Doc, ws: list[Word], names: list[Span], person_words: set[int]) -> dict[int, str]:
    """ "les ministres d'État X et Y", "les préfets X de la Gironde et Y de Paris", "des comédiens X et Y", "the
    defenders X and Y": a plural role right before a list of two names or more, its complement with it, is each
    name's in the singular, with the place complement a name has of its own ("préfet de Paris"). Read name by name,
    the first would take the plural phrase whole and the others nothing once the complements break the list."""
    roles: dict[int, str] = {}
    n = 0
    while n < len(names):
        a = names[n][0]
        role = _plural_title(doc, ws, a, person_words)
        run = _complemented_run(doc, ws, names, n) if role else []
        if role is None or len(run) < 2:
            n += 1
            continue
        for start, own in run:
            roles[start] = role + own
        n += len(run)
    return roles


def _plural_title(doc: Doc, ws: list[Word], a: int, person_words: set[int]) -> str | None:
    """The singular of a plural role word right before word a, or before a's complement of one noun ("ministres
    d'État"), with that complement; None when there is none."""
    for k in range(a - 1, max(a - 1 - _ROLE_COMPLEMENT, -1), -1):
        if ws[k].sent != ws[a].sent or k in person_words or line_break(doc, ws, k):
            return None
        single = _holder(doc, ws, k)
        if single is not None:
            return single + doc_text(doc)[ws[k].end : ws[a - 1].end] if complement_end(doc, ws, k, a) == a - 1 else None
    return None


def _holder(doc: Doc, ws: list[Word], k: int) -> str | None:
    """The singular of word k when it is a plural role word ("ministres") or, in lower case after a determiner, a
    plural noun of a trade ("des comédiens", "the defenders"); a relational or belonging one aside."""
    word = ws[k].text
    single = _own(singular_role(word))
    if single is not None:
        return single
    before = fold(ws[k - 1].text) if k > 0 and ws[k - 1].sent == ws[k].sent else ""
    if not word.islower() or before not in lx.DETERMINERS or fold(word)[-1:] not in _PLURAL_MARKS:
        return None
    stem = word[:-1]
    if doc.has_annotation("POS"):
        agent = doc[ws[k].i].pos_ == "NOUN" and lx.is_agent_noun(word)
    else:
        agent = lx.is_untagged_agent(stem)
    return _own(stem) if agent else None


# a plural noun's last letter ("s", "x")
_PLURAL_MARKS = frozenset(ending[-1] for lang in built_in() for ending, _ in lang.entities.role_plurals)


def _complemented_run(doc: Doc, ws: list[Word], names: list[Span], n: int) -> list[tuple[int, str]]:
    """The names from names[n] on joined by commas and "et"/"and", each with the place complement it may have of its
    own (" du Ghana"), as (first word, complement) pairs."""
    run: list[tuple[int, str]] = []
    while n < len(names):
        a, b = names[n]
        end = _own_complement(ws, b)
        run.append((a, doc_text(doc)[ws[b - 1].end : ws[end - 1].end] if end > b else ""))
        if n + 1 >= len(names) or not _joined(doc, ws, end, names[n + 1][0]):
            break
        n += 1
    return run


def _own_complement(ws: list[Word], b: int) -> int:
    """Where the place complement after a name that ends at b ends ("de la Côte d'Ivoire", "du Libéria"): before the
    comma or "et" that goes on with the list; b itself when there is none."""
    if b >= len(ws) or fold(ws[b].text) not in lx.OF_WORDS or ws[b].sent != ws[b - 1].sent:
        return b
    k = b + 1
    if k < len(ws) and fold(ws[k].text) in lx.ARTICLES_AFTER_OF:
        k += 1
    if k >= len(ws) or not ws[k].text[:1].isupper():
        return b
    while k < len(ws) and k - b <= _OWN_COMPLEMENT and ws[k].sent == ws[b].sent:
        if ws[k].text in (",", ".", ";", ":") or fold(ws[k].text) in lx.AND_WORDS:
            return k
        k += 1
    return k if k >= len(ws) else b


def _lists(doc: Doc, ws: list[Word], names: list[Span]) -> list[list[Span]]:
    """The names in runs joined only by commas and "et"/"and", within one sentence and one line (a name alone is a
    run of one)."""
    runs: list[list[Span]] = []
    for a, b in names:
        if runs and _joined(doc, ws, runs[-1][-1][1], a):
            runs[-1].append((a, b))
        elif not runs or a >= runs[-1][-1][1]:
            runs.append([(a, b)])
    return runs


def _joined(doc: Doc, ws: list[Word], b: int, a: int) -> bool:
    """Whether the words [b, a) between two names are a list's comma or "et"/"and" (or both), on one line."""
    between = ws[b:a]
    return (
        0 < len(between) <= 2
        and all(w.text == "," or fold(w.text) in lx.AND_WORDS for w in between)
        and ws[a].sent == ws[b - 1].sent
        and not any(line_break(doc, ws, k) for k in range(b - 1, a))
    )


def _examples(doc: Doc, ws: list[Word], run: list[Span], person_words: set[int]) -> list[str] | None:
    """ "des écrivains comme X et Y", "leaders such as X and Y": each name is one of the plural role before the
    opener, with that role's complement ("géants de la littérature")."""
    a = run[0][0]
    opener = next((seq for seq in lx.EXAMPLE_OPENERS if _spelt_before(ws, a, seq)), None)
    if opener is None:
        return None
    end = a - len(opener) - 1  # the last word before the opener, a comma aside
    if end >= 0 and ws[end].text == ",":
        end -= 1
    for k in range(end, max(end - _REACH, -1), -1):
        if k < 0 or ws[k].sent != ws[a].sent or k in person_words or line_break(doc, ws, k):
            return None
        single = _holder(doc, ws, k) if ws[k].text.islower() else None
        if single is not None:
            role = single + doc_text(doc)[ws[k].end : ws[end].end]
            return [role] * len(run)
    return None


def _own(single: str | None) -> str | None:
    """A role word each name holds of its own: not one that only relates them to someone ("homologues") or makes
    them one of a body ("membres"), which the list does not share out."""
    return None if single is None or fold(single) in lx.RELATIONAL_ROLES | lx.BELONGING_ROLES else single


def _spelt_before(ws: list[Word], a: int, seq: tuple[str, ...]) -> bool:
    """Whether the words right before word a spell `seq`, in a's sentence."""
    start = a - len(seq)
    return start >= 0 and all(
        ws[start + n].sent == ws[a].sent and fold(ws[start + n].text) == w for n, w in enumerate(seq)
    )


def _apposed_after(doc: Doc, ws: list[Word], run: list[Span]) -> list[str] | None:
    """ "X, Y et Z, les chefs d'État libérien, guinéen et sierra-léonais": a plural role after a list of two names
    or more and its comma; its adjectives, as many as the names, go one to each in order."""
    b = run[-1][1]
    if len(run) < 2 or b + 2 >= len(ws) or ws[b].text != "," or ws[b + 1].sent != ws[b].sent:
        return None
    k = b + 1
    if fold(ws[k].text) not in lx.DETERMINERS:
        return None  # "X, Y and Z, officials said": a bare plural after the list is the next clause's subject
    while k < len(ws) and fold(ws[k].text) in lx.DETERMINERS | lx.COUNTING_DETERMINERS:
        k += 1  # "les chefs", "les deux adjoints"
    single = _own(singular_role(ws[k].text)) if k < len(ws) and ws[k].sent == ws[b].sent else None
    if single is None:
        return None
    end = complement_end(doc, ws, k, len(ws))
    if end + 1 < len(ws) and fold(ws[end + 1].text) in lx.SPEECH_OR_ACTION | lx.SPEECH_AFTER:
        return None  # "X and Y, the officials said"
    role = single + doc_text(doc)[ws[k].end : ws[end].end]
    adjectives = _adjectives_from(doc, ws, end + 1)
    if len(adjectives) == len(run):
        return [f"{role} {ws[n].text}" for n in adjectives]
    if end > k and _coordinated_after(ws, end):
        # "the presidents of Mali, Niger and Ghana": the complement is shared out too, its items unknown here
        return [single] * len(run)
    return [role] * len(run)


def _coordinated_after(ws: list[Word], end: int) -> bool:
    """Whether a comma or "and" after word `end` runs its phrase on into a coordination of capitalised words."""
    n = end + 1
    while n < len(ws) and ws[n].sent == ws[end].sent and (ws[n].text == "," or fold(ws[n].text) in lx.AND_WORDS):
        n += 1
    return n > end + 1 and n < len(ws) and ws[n].sent == ws[end].sent and ws[n].text[:1].isupper()


def _apposed_before(doc: Doc, ws: list[Word], run: list[Span]) -> list[str] | None:
    """ "les présidents tchadien et gabonais, X et Y": a plural role whose adjectives, as many as the names after
    its comma, go one to each in order."""
    a = run[0][0]
    if len(run) < 2 or a < 3 or ws[a - 1].text != "," or ws[a - 1].sent != ws[a].sent:
        return None
    single = _own(singular_role(ws[a - 2].text))
    if single is not None:  # "the Malian and Nigerien presidents, X and Y": the adjectives come first
        adjectives = adjectives_before(doc, ws, a - 3)
        return [f"{ws[n].text} {single}" for n in adjectives] if len(adjectives) == len(run) else None
    adjectives = adjectives_before(doc, ws, a - 2)
    if len(adjectives) != len(run):
        return None
    k = adjectives[0] - 1
    single = _own(singular_role(ws[k].text)) if k >= 0 and ws[k].sent == ws[a].sent else None
    if single is None:
        return None
    return [f"{single} {ws[n].text}" for n in adjectives]


def _adjectives_from(doc: Doc, ws: list[Word], k: int) -> list[int]:
    """Where the adjectives of a coordinated run starting at k are ("libérien, guinéen et sierra-léonais"), or none
    when the run does not end on one."""
    found: list[int] = []
    while k < len(ws) and ws[k].sent == ws[k - 1].sent and _adjective(doc, ws[k]):
        found.append(k)
        k += 1
        if k < len(ws) and (ws[k].text == "," or fold(ws[k].text) in lx.AND_WORDS) and _link_ahead(doc, ws, k):
            k += 1 if ws[k].text != "," or fold(ws[k + 1].text) not in lx.AND_WORDS else 2
            continue
        break
    return found


def _link_ahead(doc: Doc, ws: list[Word], k: int) -> bool:
    """Whether a comma or "et" at k leads on to another adjective of the run (", et guinéen", "et guinéen")."""
    n = k + 1
    if n < len(ws) and ws[k].text == "," and fold(ws[n].text) in lx.AND_WORDS:
        n += 1
    return n < len(ws) and ws[n].sent == ws[k].sent and _adjective(doc, ws[n])


def adjectives_before(doc: Doc, ws: list[Word], k: int) -> list[int]:
    """Where the adjectives of a coordinated run ending at k are, in order ("tchadien, gabonais et rwandais")."""
    found: list[int] = []
    while k >= 0 and _adjective(doc, ws[k]):
        found.insert(0, k)
        k -= 1
        if k > 0 and (ws[k].text == "," or fold(ws[k].text) in lx.AND_WORDS) and _adjective(doc, ws[k - 1]):
            k -= 1
            continue
        if k > 1 and fold(ws[k].text) in lx.AND_WORDS and ws[k - 1].text == "," and _adjective(doc, ws[k - 2]):
            k -= 2
            continue
        break
    return found


def _adjective(doc: Doc, w: Word) -> bool:
    """A word of a people or a place in lower case ("guinéen", "sierra-léonais"), or a nationality ("French"); the
    tagger's adjective where there is a tagger."""
    key = fold(w.text)
    if lx.is_nationality(key):
        return True
    if not w.text.islower() or not w.text.replace("-", "").isalpha():
        return False
    if any(lx.is_demonym(part) or lx.is_demonym_after_article(part) for part in key.split("-")):
        return True
    return doc.has_annotation("POS") and doc[w.i].pos_ == "ADJ"
