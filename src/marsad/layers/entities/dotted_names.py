"""Names written with initials: the pieces of one name that full stops cut apart, joined again.

The press spells Latin initials by their letter names and separates them with full stops:
"إتش.إس.بي.سي" (HSBC), "سي.إم.إيه-سي.جي.إم" (CMA-CGM), a middle initial "جون إيه. بوينر". The
tagger reads each stop as the end of a name and tags the pieces ("إتش", "إس.بي", "سي"), so one
company becomes several, none of them its name; a person loses his family name to a second
person. Two names of the same kind are one name when only initials, each with its stop, and
hyphens stand between them, and the word before the first stop is a letter's name.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.kb import Actor, KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate, move_end
from marsad.lexicons.loader import keyed

# the names of Latin letters ("بي", "سي"): a run of them spells an acronym ("إم إس إن بي سي")
LETTER_NAMES = keyed("latin_letter_names.tsv", None, match_key)
_STOP = "."
_HYPHEN = "-"


def _joins(a: NameCandidate, b: NameCandidate, tokens: list[Token], text: str) -> bool:
    """Do only initials with their stops (and hyphens) stand between names `a` and `b`, the first
    stop right after a letter's name?"""
    if b.tok_start <= a.tok_end - 1 or a.end > b.start:
        return False
    gap = tokens[a.tok_end : b.tok_start]
    between = text[a.end : b.start]
    if not gap or _STOP not in text[a.start : b.end] or "\n" in between \
            or _STOP not in between and _HYPHEN not in between:
        return False  # "هيئة الإذاعة البريطانية بي.بي.سي": two names side by side
    seq = [tokens[a.tok_end - 1], *gap]
    if not (seq[0].is_word and seq[0].end == a.end):
        return False
    for k, tok in enumerate(seq):
        nxt = seq[k + 1] if k + 1 < len(seq) else None
        if tok.is_word:
            # a letter's name is written close against its stop ("إيه." not "إيه .")
            if k and tok.key not in LETTER_NAMES:
                return False
            if nxt is not None and not (nxt.text in (_STOP, _HYPHEN) and nxt.start == tok.end):
                return False
        elif tok.text == _STOP:
            if seq[k - 1].key not in LETTER_NAMES:
                return False
            if (nxt.start if nxt is not None else b.start) - tok.end > 1:
                return False  # at most one space after a stop, none after a hyphen
        elif tok.text == _HYPHEN:
            if (nxt.start if nxt is not None else b.start) != tok.end or tok.start != seq[k - 1].end:
                return False
        else:
            return False
    return True


def _joined_type(a: NameCandidate, b: NameCandidate) -> str | None:
    """The kind of the joined name: the pieces' own, or a body's when one piece was read as one."""
    if a.type == b.type:
        return a.type
    return "ORG" if "ORG" in (a.type, b.type) else None


def _two_known(a: NameCandidate, b: NameCandidate, text: str) -> bool:
    """"د.ب.أ-أيه.إف.إكس": two names the KB knows, or a known one across a hyphen, stay two (an
    agency's joint service names both agencies)."""
    known = (a.actor is not None) + (b.actor is not None)
    return known == 2 or known == 1 and _HYPHEN in text[a.end : b.start]


def _linked(key: str, typ: str, kb: KnowledgeBase) -> Actor | None:
    """The first actor of kind `typ` the KB knows by `key`."""
    return next((a for a in kb.lookup(key) if a.type == typ), None)


def join_dotted_names(cands: list[NameCandidate], tokens: list[Token], text: str,
                      kb: KnowledgeBase) -> list[NameCandidate]:
    """The candidates with the pieces of names cut at their initials' stops joined."""
    if _STOP not in text:
        return cands
    out: list[NameCandidate] = []
    for c in sorted(cands, key=lambda x: x.start):
        prev = out[-1] if out else None
        typ = _joined_type(prev, c) if prev is not None else None
        if prev is None or typ is None or _two_known(prev, c, text) or not _joins(prev, c, tokens, text):
            out.append(c)
            continue
        key = alias_key(text[prev.start : c.end])
        out[-1] = NameCandidate(prev.start, c.end, prev.tok_start, c.tok_end, typ, key,
                                _linked(key, typ, kb), "ner" if "ner" in (prev.source, c.source) else prev.source)
    for c in out:
        _take_last_initials(c, tokens, text, kb)
    return out


def dotted_on(tokens: list[Token], j: int) -> bool:
    """A stop and another letter's name written close after a letter's name ending before token j:
    the name before j is the first letters of a longer acronym written with stops ("آر.تي.إي.")."""
    return j + 1 < len(tokens) and tokens[j].text == _STOP and tokens[j - 1].key in LETTER_NAMES \
        and tokens[j + 1].key in LETTER_NAMES and tokens[j].start == tokens[j - 1].end \
        and tokens[j + 1].start == tokens[j].end


def _take_last_initials(c: NameCandidate, tokens: list[Token], text: str, kb: KnowledgeBase) -> None:
    """"سي.جي" + ".إم": a name of initials runs on over the initials written close after it."""
    j = c.tok_end
    while dotted_on(tokens, j):
        j += 2
    if j == c.tok_end or c.end != tokens[c.tok_end - 1].end:
        return
    move_end(c, j, tokens, text)
    c.actor = _linked(c.key, c.type, kb)
