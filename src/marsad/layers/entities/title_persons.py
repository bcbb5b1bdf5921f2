"""A title read as a person: "سفير خادم" in "سفير خادم الحرمين الشريفين لدى الأردن".

The tagger takes the indefinite title in construct and the first word of the king's title after
it for a name. "خادم الحرمين الشريفين" is the title of the Saudi king, never part of a person's
name; a person candidate made only of title words ("سفير", "مستشار", "نائب", "سيدي" ...) and that "خادم"
(the two holy mosques following it) names nobody: the envoy is described, not named. A known
person (the KB's) and a name with any other word stay.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.titles import HONORIFICS, SUBORDINATE, TITLE_HEADS

_SERVANT = alias_key("خادم")
_HOLY_MOSQUES = alias_key("الحرمين")
# the titles, honorifics, and the address of respect the press puts before the king's title
# ("سيدي خادم الحرمين": "my lord")
_TITLE_WORDS = TITLE_HEADS | SUBORDINATE | HONORIFICS | {alias_key("سيدي"), alias_key("مولاي")}


def _title_only(c: NameCandidate, tokens: list[Token]) -> bool:
    """Are the candidate's words title words ending with "خادم", "الحرمين" following it?"""
    last = c.tok_end - 1
    if tokens[last].key != _SERVANT or c.tok_end >= len(tokens) or tokens[c.tok_end].key != _HOLY_MOSQUES:
        return False
    return all(any(stem in _TITLE_WORDS for _off, stem in tokens[k].splits) for k in range(c.tok_start, last))


def drop_title_persons(cands: list[NameCandidate], tokens: list[Token]) -> list[NameCandidate]:
    """The candidates without the persons made of an envoy's title and the king's ("سفير خادم")."""
    return [c for c in cands if c.type != "PER" or c.actor is not None or not _title_only(c, tokens)]
