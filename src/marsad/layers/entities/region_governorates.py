"""A Saudi region's or town's governorate: "إمارة منطقة مكة المكرمة", "إمارة جازان", "بإمارة منطقة
الرياض".

In the Kingdom "إمارة" before a region or a town is the office of its governor (the emir), a body
that issues statements and receives complaints as a ministry's branch does ("أعلنت إمارة منطقة مكة
المكرمة", "تقدم بشكوى لإمارة جازان"); the finders name only the place after it. The office's name
is the head word and the place. Elsewhere in the Gulf "إمارة" + a place is the emirate itself, a
place ("إمارة الشارقة", "إمارة دبي"): only a place of the Kingdom makes the office.

`add_region_governorates` is a step of `mentions.MentionFinder.find`: the office's name replaces the
place's.
"""

from __future__ import annotations

import re

from marsad.arabic.form_memo import FormMemo, answers_where
from marsad.arabic.phrases import clitic_readings
from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate, with_added
from marsad.layers.entities.word_lists import ADMIN_HEADS

_HEAD = alias_key("إمارة")
_KINGDOM = "SAU"
_IN_TEXT = re.compile(r"[إا]مار[ةه]\s")  # the head word in the text: most articles have none
_HEAD_FORMS = FormMemo()  # word form -> `_head_at` of a token of that form (a tuple: 0 is an offset)


def _head_at(tok: Token) -> tuple[int] | None:
    """(offset in `tok` of its reading "إمارة",) ("بإمارة", "لإمارة", "وإمارة"), else None."""
    if not tok.is_word or "مار" not in tok.key:
        return None
    return next(((rel,) for rel, stem in clitic_readings(tok) if stem == _HEAD), None)


def _saudi_place(c: NameCandidate | None, tokens: list[Token]) -> bool:
    return c is not None and c.type == "LOC" and c.actor is not None and c.actor.country == _KINGDOM \
        and c.actor.kind in ("city", "region") and c.start == tokens[c.tok_start].start


def add_region_governorates(cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
    """The candidates with each Saudi place after "إمارة" (or "إمارة منطقة") named as its governorate."""
    if _IN_TEXT.search(text) is None:
        return cands
    starts = {c.tok_start: c for c in cands}
    gone: list[NameCandidate] = []
    added: list[NameCandidate] = []
    last = len(tokens) - 1
    for i, (rel,) in answers_where(tokens, _HEAD_FORMS, _head_at):
        if i >= last:
            continue
        tok = tokens[i]
        if any(c.tok_start <= i < c.tok_end for c in cands):
            continue  # the head word is inside a name found already
        place = starts.get(i + 1)
        if place is None and tokens[i + 1].key in ADMIN_HEADS and i + 2 < len(tokens) \
                and tokens[i + 2].start - tokens[i + 1].end == 1:
            place = starts.get(i + 2)  # "إمارة منطقة" + "جازان": the region's governorate
        if tokens[i + 1].start - tok.end != 1 or not _saudi_place(place, tokens):
            continue
        start = tok.start + rel
        gone.append(place)
        added.append(NameCandidate(start, place.end, i, place.tok_end, "ORG", alias_key(text[start : place.end]),
                                   None, "pattern"))
    if not added:
        return cands
    return with_added([c for c in cands if all(c is not g for g in gone)], added)
