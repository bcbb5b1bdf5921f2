"""Military units named by their kind and their number: "الفرقة 30", "اللواء 35", "الفرقة الرابعة",
"المنطقة العسكرية الثالثة", "اللواء الرابع", "اللواء 35 مدرع".

An army names its divisions, brigades and battalions by a number or an ordinal, and Yemen's army
its military regions so: the war news of the region cites them as the sides of a battle ("قصفت
المنطقة العسكرية الثالثة", "عناصر من الفرقة 30"), as it cites a named body. The head word with its
article and a number right after it is a unit's name (the rank "اللواء" precedes a man's name,
never a number). An ordinal after "الفرقة" is a unit's name only in an article of war: "الفرقة
الأولى" is also a university's first year in Egypt and a rescue team's first crew, and the
ordinals name no unit there; "المنطقة العسكرية" + an ordinal is a unit wherever it stands. A
battalion ("الكتيبة") is named by its number only: "الكتيبة الأولى" is as often a squad of the text.

`add_military_units` is a step of `mentions.MentionFinder.find`: it names only tokens no other
finder took.
"""

from __future__ import annotations

import re

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.phrases import article_readings
from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate, claimed, with_added


def _keys(*words: str) -> frozenset[str]:
    return frozenset(alias_key(w) for w in words)


# the head words of a unit named by its number ("الفرقة 30", "اللواء 35", "الكتيبة 102")
_NUMBERED = _keys("الفرقة", "اللواء", "الكتيبة")
# the head words named by an ordinal, with the ordinals in their gender
_FEMININE_HEADS = _keys("الفرقة")
_MASCULINE_HEADS = _keys("اللواء", "الفيلق")
_FEMININE = _keys("الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة",
                  "التاسعة", "العاشرة")
_MASCULINE = _keys("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
                   "العاشر")
# the adjectives of a unit's arm that its name goes on with ("الفرقة الثانية الساحلية"); not any
# adjective: "المنطقة العسكرية الثالثة الموالية للرئيس" describes the unit in the clause
_ARMS = _keys("الساحلية", "المدرعة", "الجبلية", "الساحلي", "المدرع", "الجبلي")
# the arm written after a unit's number, part of its name ("اللواء 35 مدرع", "اللواء 17 مشاة")
_NUMBERED_ARMS = _keys("مشاة", "مدرع", "ميكا")
_REGION = alias_key("المنطقة")
_MILITARY = alias_key("العسكرية")
# the letters every written form of a head word holds: most articles have none of them
_STEMS = ("فرق", "لواء", "كتيب", "فيلق", "منطق")
# a head word, a space and a number, an ordinal or "العسكرية" in the text: most articles have none,
# and a search of the text costs less than a look at each word
_IN_TEXT = re.compile(r"(?:فرق|لواء|كتيب|فيلق|منطق)[ةه]?\s+(?:[0-9٠-٩]|ال(?:أ|ا|إ)?(?:ول|ثان|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|عسكري))")
_HEAD_FORMS = FormMemo()  # word form -> may it hold a head word (its letters are in it)
# words of an article about fighting: a unit named by an ordinal is meant only there
_WAR_WORDS = _keys("اشتباكات", "الاشتباكات", "غارات", "الغارات", "معارك", "المعارك", "قصف", "القصف",
                   "مقاتلين", "المقاتلين", "مقاتلي", "الجيش", "قوات", "القوات", "العسكرية", "جنود")


def _may_head(tok: Token) -> bool:
    return tok.is_word and any(stem in tok.key for stem in _STEMS)


def _head_at(tok: Token, heads: frozenset[str]) -> int | None:
    """Offset in `tok` of a reading that is one of `heads` ("للفرقة" is ل + "الفرقة"), else None."""
    return next((rel for rel, stem in article_readings(tok) if stem in heads), None)


def add_military_units(cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
    """The candidates and the military units named by a number or an ordinal that no finder took."""
    if _IN_TEXT.search(text) is None:
        return cands
    last = len(tokens) - 1
    heads = [i for i in indices_where(tokens, _HEAD_FORMS, _may_head) if i < last]
    if not heads:
        return cands
    taken = claimed(cands)
    war: bool | None = None  # asked once, when an ordinal is met
    added: list[NameCandidate] = []
    for i in heads:
        tok = tokens[i]
        if i in taken:
            continue
        nxt = tokens[i + 1]
        if i + 1 in taken or nxt.start - tok.end != 1:
            continue
        end = None
        rel = _head_at(tok, _NUMBERED)
        if rel is not None and nxt.kind == "num" and nxt.text.isdigit():
            end = i + 2
            if end <= last and end not in taken and tokens[end].key in _NUMBERED_ARMS \
                    and tokens[end].start - nxt.end == 1:
                end += 1
        elif _head_at(tok, _FEMININE_HEADS) is not None and nxt.key in _FEMININE \
                or _head_at(tok, _MASCULINE_HEADS) is not None and nxt.key in _MASCULINE:
            if war is None:
                war = any(t.key in _WAR_WORDS for t in tokens)
            if war:
                rel = _head_at(tok, _FEMININE_HEADS | _MASCULINE_HEADS)
                end = i + 2
        elif nxt.key == _MILITARY and i + 2 <= last and i + 2 not in taken \
                and tokens[i + 2].start - nxt.end == 1 and tokens[i + 2].key in _FEMININE:
            rel = _head_at(tok, frozenset({_REGION}))
            end = i + 3 if rel is not None else None
        if end is None or rel is None:
            continue
        if end <= last and end not in taken and tokens[end].key in _ARMS and tokens[end].start - tokens[end - 1].end == 1:
            end += 1
        start, stop = tok.start + rel, tokens[end - 1].end
        added.append(NameCandidate(start, stop, i, end, "ORG", alias_key(text[start:stop]), None, "pattern"))
        taken.update(range(i, end))
    return with_added(cands, added)
