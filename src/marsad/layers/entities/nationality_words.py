"""Nationality words the tagger reads into persons' names, or as persons.

Lists of people give each one's nationality after the name: "محمد حسين – بنجلاديشي الجنسية"
(of Bangladeshi nationality). The word before "الجنسية" is the nationality, whatever the
country (the KB need not know its adjective): a person's name ending on it ends before it (and
before the dash that joins it), and a person that is that word alone is dropped.

An indefinite country adjective in the dual or the accusative ("سعوديان", "مواطنين سعوديين",
"لاعبا سعوديا") is no person either: it describes one ("لاعبان سعوديان").
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate, end_before

_NATIONALITY = alias_key("الجنسية")
# dual and accusative endings of the masculine relational adjective "سعودي", and its feminine dual
_ENDINGS = ("يتان", "يتين", "يان", "يين", "يا")


def _before_nationality(c: NameCandidate, tokens: list[Token]) -> bool:
    return c.tok_end < len(tokens) and tokens[c.tok_end].key == _NATIONALITY


def _dual_or_accusative_demonym(key: str, kb: KnowledgeBase) -> bool:
    """"سعوديان", "سعوديا": a country's adjective in the dual or the accusative."""
    for ending in _ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            return kb.demonym("ال" + key[: -len(ending)] + "ي") is not None
    return False


def cut_nationality_words(cands: list[NameCandidate], tokens: list[Token], text: str,
                          kb: KnowledgeBase) -> list[NameCandidate]:
    """The candidates with persons ended before the nationality they are given, and without the
    nationality words read as persons."""
    gone: set[int] = set()
    for c in cands:
        if c.type != "PER" or c.actor is not None:
            continue
        if c.tok_end - c.tok_start == 1 and c.start == tokens[c.tok_start].start \
                and _dual_or_accusative_demonym(c.key, kb):
            gone.add(id(c))
            continue
        if not _before_nationality(c, tokens):
            continue
        k = c.tok_end - 1
        if not end_before(c, k, tokens, text):
            gone.add(id(c))
    return [c for c in cands if id(c) not in gone] if gone else cands
