"""Who protests in "استدعت البحرين سفيرها من طهران احتجاجا على تصريحات خامنئي": the state that
recalls its envoy or summons another's, not the capital its envoy is recalled from.

A protest told by its accusative of purpose ("احتجاجا على ...") has no subject of its own: it is the
purpose of the clause's act, and whoever did that act protests. The name nearest before the noun is
often the place that act names after a preposition ("من طهران"، "لدى إيران"، "في الدوحة"): a place
the envoy leaves or sits in is no side. The record's (named-events) mode only.
"""

from __future__ import annotations

from typing import TypeVar

from marsad.arabic.normalize import match_key
from marsad.layers.events.mention_positions import _word_index
from marsad.layers.events.words import PURPOSE_WORDS, _strip_conjunction

M = TypeVar("M")

# prepositions that put a name where an envoy goes, sits or comes from ("من طهران"، "لدى إيران")
_PLACE_PREPOSITIONS = frozenset(match_key(w) for w in ("من", "لدى", "في", "إلى", "الى", "عن", "داخل"))


def _after_place_preposition(words: list, m: M) -> bool:
    k = _word_index(words, m.start)
    if words[k].text[: m.start - words[k].start]:
        return False  # a clitic bound to the name ("لسفيرها"، "بالبحرين") is read by others
    return k > 0 and _strip_conjunction(words[k - 1].key) in _PLACE_PREPOSITIONS


def purpose_protester(words: list, i: int, trig_type: str, trig_pos: str, actor: M | None,
                      mentions: list[M]) -> tuple[bool, M | None]:
    """(whether the rule applies, the protester) for a PROTEST noun at `words[i]` in its accusative
    of purpose ("احتجاجا"): when the actor found is a name after a place preposition, the nearest
    earlier name of the sentence that stands after none (the one that recalled or summoned), or
    None when there is no such name."""
    if trig_type != "PROTEST" or trig_pos != "noun" or actor is None:
        return False, actor
    if _strip_conjunction(words[i].key) not in PURPOSE_WORDS or not _after_place_preposition(words, actor):
        return False, actor
    earlier = [m for m in mentions if m.end <= actor.start and getattr(m, "key", None) != getattr(actor, "key", None)
               and not _after_place_preposition(words, m)]
    return True, earlier[-1] if earlier else None


_ON = frozenset(match_key(w) for w in ("على", "علي"))
_OBJECT_REACH = 3  # words from "على" to the name whose deed is protested ("على إصرار طهران")


def protested_one(words: list, i: int, n: int, mentions: list[M]) -> M | None:
    """The name a purpose protest is against when the rules found none: the first name within a few
    words after "احتجاجا على" ("على تصريحات خامنئي"، "على إصرار طهران على التدخل")."""
    k = i + n
    if k >= len(words) or _strip_conjunction(words[k].key) not in _ON:
        return None
    end = words[min(len(words) - 1, k + _OBJECT_REACH)].end
    for m in mentions:
        if words[k].end <= m.start < end:
            if any(w.kind == "punct" for w in words if words[k].end <= w.start < m.start):
                return None
            return None if _after_place_preposition(words, m) else m
    return None
