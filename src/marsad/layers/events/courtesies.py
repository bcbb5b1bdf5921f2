"""Courtesies are not political events: a congratulation sent for a calendar occasion ("بعث الملك
برقية تهنئة إلى رئيس بنين بمناسبة ذكرى اليوم الوطني لبلاده"، "هنأ الرئيس ... بحلول عيد الفطر")
and regards passed on ("طلب الملك نقل تحياته إلى ..."). A congratulation on a political act ("هنأ
البرلمان الشعب اليمني بعودة رئيس الوزراء إلى عدن") stays a SUPPORT. Words in
lexicons/courtesy_words.tsv. The record's (named-events) mode.
"""

from __future__ import annotations

import re

from marsad.arabic.normalize import match_key
from marsad.document import Document, Event
from marsad.lexicons import loader

GREETINGS = loader.keyed("courtesy_words.tsv", "greeting", match_key)
OCCASIONS = loader.keyed("courtesy_words.tsv", "occasion", match_key)
REGARDS = loader.keyed("courtesy_words.tsv", "regards", match_key)
_WORD = re.compile(r"[^\s«»\"'()،,.:؛]+")
_ON_OCCASION = (match_key("بمناسبة"), match_key("لمناسبة"), match_key("بحلول"))
_PASS_ON = frozenset(match_key(w) for w in ("نقل", "ينقل", "بنقل", "إبلاغ", "ابلاغ"))
OCCASION_REACH = 25  # words from a congratulation to the "بمناسبة" of its occasion, at most
REGARDS_REACH = 8  # words from "طلب" to "نقل تحياته" (the subject may stand between), at most


def _keys(text: str) -> list[str]:
    keys = []
    for w in _WORD.findall(text):
        k = match_key(w)
        keys.append(k[1:] if k[:1] in ("و", "ف") and len(k) > 2 else k)
    return keys


def _courtesy(doc: Document, e: Event) -> bool:
    if e.type not in ("SUPPORT", "REQUEST") or not e.trigger:
        return False
    at = doc.text.find(e.trigger, e.start, e.end)
    if at < 0:
        return False
    trig = _keys(e.trigger)
    after = _keys(doc.text[at + len(e.trigger) : e.end])
    if e.type == "REQUEST":  # "طلب الملك نقل تحياته إلى أخيه"
        return any(k in _PASS_ON and after[x + 1] in REGARDS for x, k in enumerate(after[:REGARDS_REACH]) if x + 1 < len(after))
    if not any(k in GREETINGS or (k[:1] == "ب" and k[1:] in GREETINGS) for k in trig):
        return False
    for x, k in enumerate(after[:OCCASION_REACH]):
        if k in _ON_OCCASION:
            return x + 1 < len(after) and after[x + 1] in OCCASIONS
        if k[:1] == "ب" and k[1:] in OCCASIONS and k[1:] in (match_key("حلول"), match_key("ذكرى"), match_key("عيد")):
            return True  # "هنأه بحلول عيد الفطر"
    return False


def drop_courtesies(doc: Document) -> None:
    """Drop the record's congratulations for an occasion and regards passed on (see the module)."""
    if doc.events:
        doc.events[:] = [e for e in doc.events if not _courtesy(doc, e)]
