"""Nationality words the tagger reads into persons' names, or as persons.

Lists of people give each one's nationality after the name: "محمد حسين – بنجلاديشي الجنسية"
(of Bangladeshi nationality). The word before "الجنسية" is the nationality, whatever the
country (the KB need not know its adjective): a person's name ending on it ends before it (and
before the dash that joins it), and a person that is that word alone is dropped.

An indefinite country adjective in the dual or the accusative ("سعوديان", "مواطنين سعوديين",
"لاعبا سعوديا") is no person either: it describes one ("لاعبان سعوديان"). Nor is the relational
adjective of a group the KB knows a name: "داعشي", "داعشيا" (an ISIS member) are read as places.

A people or a sect named by its plural ("الأكراد", "الدروز"; `peoples.tsv`), alone, is no name.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate, end_before
from marsad.layers.entities.name_words import ROMANIZED_NAMES
from marsad.lexicons.loader import keyed
from marsad.lexicons.names import given_names

_GIVEN = given_names()

_NATIONALITY = alias_key("الجنسية")
_PEOPLES = keyed("peoples.tsv", None, alias_key)
# dual and accusative endings of the masculine relational adjective "سعودي", and its feminine dual
_ENDINGS = ("يتان", "يتين", "يان", "يين", "يا")


def _before_nationality(c: NameCandidate, tokens: list[Token]) -> bool:
    return c.tok_end < len(tokens) and tokens[c.tok_end].key == _NATIONALITY


def _stem(key: str, endings: tuple[str, ...]) -> str | None:
    """`key` without the first of `endings` it ends with that leaves three letters or more."""
    for ending in endings:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            return key[: -len(ending)]
    return None


def _dual_or_accusative_demonym(key: str, kb: KnowledgeBase) -> bool:
    """"سعوديان", "سعوديا": a country's adjective in the dual or the accusative."""
    stem = _stem(key, _ENDINGS)
    return stem is not None and kb.demonym("ال" + stem + "ي") is not None


# the endings of the relational adjective: "داعشي", "داعشيا", "داعشية", "داعشيون", "داعشيين"
_NISBA_ENDINGS = ("يين", "يون", "يه", "يا", "ي")


def _group_adjective(key: str, kb: KnowledgeBase) -> bool:
    """"داعشي": an indefinite relational adjective of a body the KB knows ("داعش"); not a given
    name ("فتحي" is no adjective of "فتح")."""
    if key.startswith("ال") or key in _GIVEN or key in ROMANIZED_NAMES:
        return False
    stem = _stem(key, _NISBA_ENDINGS)
    return stem is not None and any(a.type == "ORG" for a in kb.lookup(stem))


def cut_nationality_words(cands: list[NameCandidate], tokens: list[Token], text: str,
                          kb: KnowledgeBase) -> list[NameCandidate]:
    """The candidates with persons ended before the nationality they are given, and without the
    nationality words read as persons."""
    gone: set[int] = set()
    for c in cands:
        if c.actor is None and c.source == "ner" and c.tok_end - c.tok_start == 1 \
                and c.start == tokens[c.tok_start].start and _group_adjective(c.key, kb):
            gone.add(id(c))
            continue
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


def drop_peoples(cands: list[NameCandidate], tokens: list[Token]) -> list[NameCandidate]:
    """The candidates without a people or a sect read alone as a name ("مع الأكراد", "والدروز")."""
    return [c for c in cands if not (
        c.actor is None and c.tok_end - c.tok_start == 1
        and any(stem in _PEOPLES for _off, stem in tokens[c.tok_start].splits))]
