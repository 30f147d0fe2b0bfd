"""A role's title written in capitals that runs into its holder's name: "Chef juge par Intérim Paul Lam Shang Leen",
"Minister for Energy, Water Resources and Irrigation Barsha Man Pun". The capitalised run holds the title's last
words and the name; the words of the language that open it are the title's."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.cue import Mention
from generator.extract.ner.text import doc_text
from generator.extract.ner.words import PER, Word, is_cap

_TITLE_REACH = 9  # words back from the name to the title's head ("Minister for Physical Infrastructure and")


def without_glued_titles(doc: Doc, ws: list[Word], mentions: list[Mention]) -> list[Mention]:
    """The people's mentions without the title's words glued before the name: a name of two words or more is what
    follows them, a person by the title it holds; a run made of the title's words alone ("Water Resources") is no
    person."""
    out = []
    text = doc_text(doc)
    lowercase = {fold(w.text) for w in ws if w.text.islower()}
    for m in mentions:
        head = _title_head(ws, m.wa) if m.label == PER and not m.honorific else None
        if head is None:
            out.append(m)
            continue
        # (past the first, a word the text writes in lower case too: a given name may be a word as well, "Anil")
        n = m.wa
        while n < m.wb and _title_word(ws[n].text) and (n == m.wa or fold(ws[n].text) in lowercase):
            n += 1
        whole = all(_title_word(w.text) for w in ws[m.wa : m.wb])
        if whole and (ws[m.wa - 1].text != "," or _link_at(ws, m.wb, m.wa)):
            continue  # every word the title's: its portfolio, no name
        if n > m.wa and m.wb - n >= 2 and ws[m.wa - 1].text != ",":
            m.text, m.start, m.i, m.wa = text[ws[n].start : m.end], ws[n].start, ws[n].i, n
            m.tentative = False  # the title before the name is the evidence a person holds it
            m.title = text[ws[head].start : ws[n - 1].end]
        out.append(m)
    return out


def _title_word(word: str) -> bool:
    """A word of the language, maybe in the plural ("Resources", "Intérim", "Transport"), that no person's name opens
    with: not a given name ("Rose", "Pierre") nor an honorific."""
    key = fold(word)
    common = key in lx.COMMON_WORDS or (key.endswith("s") and key[:-1] in lx.COMMON_WORDS)
    return word.isalpha() and common and key not in lx.FIRST_NAMES and key not in lx.HONORIFICS


def _title_head(ws: list[Word], a: int) -> int | None:
    """Where the title starts whose words run into the name at `a`: right before `a`, a link word of a title ("par",
    "and", "for") or a comma between its parts, and a role word a few words back with only the title's capitalised
    words, links and articles between, on the same sentence ("Chef juge par", "Minister for Energy, Water Resources
    and"), with the qualifiers and role words right before it ("Deputy Prime Minister for"); None if there is none."""
    k = a - 1
    if k < 1 or ws[k].sent != ws[a].sent or not _link(ws[k].text):
        return None
    if ws[k].text == "," and not is_cap(ws[k - 1].text):
        return None  # ("le ministre, X": an apposition's comma, no title going on)
    while k >= max(0, a - _TITLE_REACH) and ws[k].sent == ws[a].sent:
        key = fold(ws[k].text)
        if lx.is_role_head(key):
            while k > 0 and ws[k - 1].sent == ws[a].sent and _title_opener(ws[k - 1].text):
                k -= 1
            return k
        if not (_link(ws[k].text) or key in lx.ARTICLES or is_cap(ws[k].text)):
            return None
        k -= 1
    return None


def _title_opener(word: str) -> bool:
    """A role word or a role's qualifier that opens the title ("Deputy", "Prime", "Vice")."""
    key = fold(word)
    return lx.is_role_head(key) or key in lx.ROLE_MODIFIERS


def _link_at(ws: list[Word], n: int, a: int) -> bool:
    """A link word of the title at `n`, in the sentence of `a`: after a comma, a run of the title's words is one of
    its parts only if the title goes on ("Energy, Water Resources and Irrigation"); an apposition's comma opens the
    holder's name ("le président du Parlement, Mars Di Bartolomeo")."""
    return n < len(ws) and ws[n].sent == ws[a].sent and ws[n].text != "," and _link(ws[n].text)


def _link(word: str) -> bool:
    return word == "," or fold(word) in lx.ROLE_LINKS
