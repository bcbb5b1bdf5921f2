"""A definite protest noun told as having taken place, read by the events layer with
`unnamed=True`: right after a past verb of taking place or setting off that opens its clause
("وجرت التظاهرة في أجواء هادئة"، "وانطلقت المسيرة من أمام المسجد"), the noun reports the
protest rather than refers to one told elsewhere ("بعد التظاهرة"، "التحقيق في الاحتجاجات").
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.events.words import _strip_conjunction
from marsad.lexicons import loader

TOOK_PLACE = loader.keyed("protest_cues.tsv", "took_place", match_key)
# time words passed over between the verb and its noun ("وجرت أمس التظاهرة")
_TIME = frozenset(match_key(w) for w in ("أمس", "امس", "اليوم", "مساء", "صباح", "ظهر"))
# words that make the verb's clause a subordinate one: "بعد أن جرت التظاهرة" tells another event's time
_SUBORDINATE = frozenset(match_key(w) for w in ("أن", "ان", "بعدما", "عندما", "حينما", "قبل", "بعد", "التي", "الذي"))


def took_place(words: list[Token], i: int) -> bool:
    """Whether the definite protest noun at `i` (no ب or ل before its article) follows a past verb of
    taking place that opens its clause."""
    if not _strip_conjunction(words[i].key).startswith("ال"):
        return False
    k = i - 1
    if k >= 0 and words[k].key in _TIME:
        k -= 1
    if k < 0 or _strip_conjunction(words[k].key) not in TOOK_PLACE:
        return False
    # the verb opens its clause: first word, after a punctuation mark, or carrying و/ف
    opens = k == 0 or words[k - 1].kind == "punct" or words[k].key != _strip_conjunction(words[k].key)
    return opens and not (k > 0 and words[k - 1].key in _SUBORDINATE)
