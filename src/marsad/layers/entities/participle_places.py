"""A place named by a definite participle, read right after a noun it qualifies, is the adjective.

"المجمعة" is a town and "aggregated": "عدد العمليات المجمعة", "أرباحها المجمعة", "مدفوعات العملاء
الفردية والمجمعة" describe the noun before them. The place is named after a preposition, a place
word or a verb ("في المجمعة", "محافظة المجمعة", "زار المجمعة"), or in a list of places ("الزلفي
والمجمعة"); the adjective follows a definite noun or a noun with its pronoun, not a place, or
another definite adjective it is joined to by "و".
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import has_pronoun_suffix
from marsad.lexicons.loader import keyed

_PARTICIPLES = keyed("participle_places.tsv", None, alias_key)


def _qualifies(prev: Token, kb: KnowledgeBase, common: frozenset[str]) -> bool:
    """Is `prev` a noun an adjective may follow: a definite common word ("العمليات") or one with its
    pronoun ("أرباحها"), and no place ("الزلفي")?"""
    key = prev.key.removeprefix("و")
    if any(a.type == "LOC" for a in kb.lookup(key)):
        return False
    if key.startswith("ال"):
        return key in common or key[2:] in common or key.endswith(("ات", "يه", "ين"))
    return has_pronoun_suffix(key)


def drop_participle_places(cands: list[NameCandidate], tokens: list[Token], text: str,
                           kb: KnowledgeBase, common: frozenset[str]) -> list[NameCandidate]:
    """The candidates without the participles read as places after the noun they qualify."""
    out = []
    for c in cands:
        i = c.tok_start
        if c.type == "LOC" and c.tok_end - i == 1 and i > 0 and c.key.removeprefix("و") in _PARTICIPLES \
                and tokens[i - 1].is_word and text[tokens[i - 1].end : c.start].strip(" و") == "" \
                and _qualifies(tokens[i - 1], kb, common):
            continue
        out.append(c)
    return out
