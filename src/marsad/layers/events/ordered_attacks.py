"""Who ordered the attack a toll resulted from ("إن القوات الأجنبية أمرت بضربات جوية على القرية
أسفرت عن مقتل خمسة"، "أمرت القيادة بغارات ... أدت إلى مقتل"): the one ordering is the attacker, the
subject of "أمر" before or right after it."""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.events.mention_positions import _introduced_by_preposition, _word_index
from marsad.layers.events.reach import ATTACK_CAUSES, cause_before
from marsad.layers.events.words import _Mention, _strip_conjunction
from marsad.lexicons import loader

ORDER_VERBS = loader.keyed("event_words.tsv", "order", match_key)
# words between the verb of ordering and its ب-noun: the subject after the verb ("أمرت القيادة العسكرية")
ORDER_REACH = 4


def _ordered_cause(words: list[Token], i: int) -> int | None:
    """Index of the attack noun with ب ("بضربات") a verb of causing before the toll at i follows."""
    return cause_before(words, i, lambda key: key[:1] == "ب" and (
        "ال" + key[1:] in ATTACK_CAUSES or key[1:] in ATTACK_CAUSES))


def ordering_agent(words: list[Token], i: int, mentions: list[_Mention]) -> _Mention | None:
    """The subject of the verb of ordering the attack noun that caused the toll at words[i]: the
    participant between the verb and the noun, else the one ending right before the verb (not
    after a preposition). None without such a verb."""
    c = _ordered_cause(words, i)
    if c is None:
        return None
    for v in range(c - 1, max(-1, c - 1 - ORDER_REACH), -1):
        if words[v].kind != "word":
            return None
        if _strip_conjunction(words[v].key) not in ORDER_VERBS:
            continue
        between = [m for m in mentions if words[v].end <= m.start and m.end <= words[c].start]
        if between:
            return between[0]
        if v == 0:
            return None
        return next((m for m in mentions if m.end == words[v - 1].end and not _introduced_by_preposition(words, m)
                     and _word_index(words, m.start) <= v - 1), None)
    return None
