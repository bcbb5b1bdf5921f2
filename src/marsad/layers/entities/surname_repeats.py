"""A person's family name alone where the sentence shows a person: after a title or rank
("اللواء الطويل", "الدكتور الدوسري"), between commas after a title ("رئيس الوزراء الإيطالي،
رانتشي،") or right after a verb of saying ("وأضاف الشهري أن", "أشار
الملحم إلى").

`repeated_names.py` repeats an unknown family name anywhere, but only when it is no ordinary
word, and not after a word that may continue a name (an unknown verb). Many family names are
ordinary words ("الطويل", "الشريف", "سلام", "عون"), and the press names the person a second time
by that word alone: anywhere else they are that word ("المدى الطويل"), but after a title or a
reporting verb, of a person the article names in full, they are the person. The repeat joins
the full name in clustering (a short form of the single longer name that carries it).
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate, claimed, with_added
from marsad.layers.entities.name_words import CLITIC_RUNS, NameWords, clitic_reading
from marsad.layers.entities.titles import HONORIFICS
from marsad.layers.entities.word_lists import AFTER_SPEAKER, CONNECTORS, NOT_FAMILY_NAMES
from marsad.lexicons.loader import table
from marsad.lexicons.verbs import reporting_verb_keys

_COMMAS = ("،", ",")
MIN_LETTERS = 3  # "عون", "سلام"; shorter words are particles
_VERB_CLITICS = ("", "و", "ف")
# complementisers that open a reported clause ("أن", "إنه"), from the quote layer's cue words
COMPLEMENTISER_CLITICS = ("", "ب")  # "أفاد فلان بأن"
COMPLEMENTISERS = frozenset(alias_key(row[1]) for row in table("speech_cues.tsv", 2) if row[0] == "comp")


def _family_names(cands: list[NameCandidate], tokens: list[Token]) -> set[str]:
    """The last words of the persons the article names in full ("خالد الطويل"): not a name that
    opens with the article ("العبد المسلم" is no person's name), a word of lineage, a title, a
    regnal number ("عبدالله الثاني" is no family "الثاني") or a particle."""
    found: set[str] = set()
    for c in cands:
        if c.type != "PER" or c.tok_end - c.tok_start < 2 or tokens[c.tok_start].key.startswith("ال"):
            continue
        last = tokens[c.tok_end - 1]
        key = last.key
        if last.is_word and len(key) >= MIN_LETTERS and key not in CONNECTORS and key not in HONORIFICS \
                and key not in NOT_FAMILY_NAMES:
            found.add(key)
    return found


def _titled(tok: Token) -> bool:
    """A title or rank ("اللواء", "والدكتور", "للرئيس")."""
    return clitic_reading(tok, HONORIFICS, CLITIC_RUNS) is not None


def _person_context(tokens: list[Token], i: int, verbs: frozenset[str]) -> bool:
    """Does the sentence show a person at token i: a title or rank right before it ("اللواء",
    "والدكتور"), or a verb of saying before it ("وأضاف", "أشار"; not a noun under the article that
    reads as a verb without it: "النقل") and what was said after it ("أن", "إلى", a comma)? After a
    verb, a word followed by a noun is as often the verb's object ("وأكد الحرص على")."""
    before = tokens[i - 1]
    if _titled(before):
        return True
    if before.text in _COMMAS and i + 1 < len(tokens) and tokens[i + 1].text in _COMMAS \
            and i > 1 and tokens[i - 2].is_word:
        return True  # "مع رئيس الوزراء الإيطالي، رانتشي، هذا": the name in apposition after a title
    if clitic_reading(before, verbs, _VERB_CLITICS) is None:
        return False
    if i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    return not after.is_word or clitic_reading(after, COMPLEMENTISERS, COMPLEMENTISER_CLITICS) is not None \
        or after.key in AFTER_SPEAKER


def add_surname_repeats(cands: list[NameCandidate], tokens: list[Token], words: NameWords) -> list[NameCandidate]:
    """The candidates and a person's family name alone after a title or a verb of saying."""
    names = _family_names(cands, tokens)
    if not names:
        return cands
    verbs = reporting_verb_keys()
    taken = claimed(cands)
    added: list[NameCandidate] = []
    for i in range(1, len(tokens)):
        tok = tokens[i]
        if tok.key not in names or i in taken or tokens[i - 1].end + 1 != tok.start \
                or not _person_context(tokens, i, verbs):
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and nxt.is_word and i + 1 not in taken and (
                nxt.key in words.given_names or tok.key in words.given_names
                and (words.name_like(nxt) or words.names_after(tok, nxt))):
            continue  # "وقال سلام خليفة", "الدكتور خليفة السالم": another person's name begins here
        if tok.key in words.given_names and not _titled(tokens[i - 1]):
            continue  # a family name that is also a given name ("ناصر") only after a title: "الدكتور ناصر"
        added.append(NameCandidate(tok.start, tok.end, i, i + 1, "PER", tok.key, None, "repeat"))
    return with_added(cands, added)
