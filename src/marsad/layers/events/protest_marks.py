"""The words that mark what a protest is against or what it is for ("ضد"، "احتجاجا على"، "للمطالبة
بـ"، "تنديدا"، "تضامنا مع"), read past their clitics and article: no side of a protest starts with
one. Shared by the readers of a protest's sides, marches and celebrations."""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.events.clauses import ADVERBIAL
from marsad.layers.events.protest_actors import _protest_noun
from marsad.layers.events.words import (
    LOCATIVES,
    PROTEST_TARGET_MARKS,
    TARGET_PREPOSITIONS,
    _strip_conjunction,
)

# a word after a protest's side naming what it stands with ("تضامنا مع"، "تأييدا لـ"): not the side
SOLIDARITY = frozenset(match_key(w) for w in ("تضامنا", "تضامناً", "تأييدا", "تأييداً", "دعما", "دعماً"))


def _mark_word(words: list[Token], j: int) -> bool:
    """Whether word j marks a place, a target or a purpose rather than heads a noun phrase ("أمام"،
    "في"، "ضد"، "احتجاجا"، "للاحتجاج"، "تضامنا"): no participant starts with it."""
    key = _strip_conjunction(words[j].key)
    return (key in LOCATIVES or key in TARGET_PREPOSITIONS or key in ADVERBIAL or key in SOLIDARITY
            or _protest_mark(words, j) or _protest_noun(key[2:] if key[:2] == "لل" else ""))


# the stems of the words stating a protest's purpose, past their clitics and article
_PURPOSE_STEMS = tuple(match_key(w) for w in ("احتجاج", "تنديد", "استنكار", "رفض", "مطالب"))


def _purpose_mark(words: list[Token], x: int) -> bool:
    """Whether word x states why a protest is held ("احتجاجا على"، "تنديدا"، "للمطالبة"، "رفضا"):
    the mark of the whole clause, found however far its verb is."""
    key = _strip_conjunction(words[x].key)
    if key in ("على", "علي") and x > 0:
        key = _strip_conjunction(words[x - 1].key)
    for form in (key, key[1:] if key[:1] in ("ب", "ل") else "", key[2:] if key[:2] in ("لل", "ال") else "",
                 key[3:] if key[:3] == "بال" else ""):
        if form.startswith(_PURPOSE_STEMS):
            return True
    return False


def _protest_mark(words: list[Token], x: int, objection: bool = False) -> bool:
    """Whether word x introduces what a protest is against: a listed mark, with its clitics and
    article read off ("وللمطالبة"، "بالتنديد"), or على after a word of protest ("احتجاجا على"),
    or anywhere in the clause of a verb of objecting ("احتج مئات الطلاب أمس على ...")."""
    key = _strip_conjunction(words[x].key)
    if key == _PRESS:  # "للضغط على الحكومة": whom it presses, not "للضغط باتجاه الإفراج"
        return x + 1 < len(words) and words[x + 1].key in ("على", "علي")
    for form in (key, key[1:] if key[:1] in ("ب", "ل") else "", key[2:] if key[:2] in ("لل", "بال") else "",
                 key[3:] if key[:3] == "بال" else ""):
        if form and (form in PROTEST_TARGET_MARKS or "ال" + form in PROTEST_TARGET_MARKS):
            return True
    return key in ("على", "علي") and x > 0 and (objection or match_key(words[x - 1].text).lstrip("وفلب").startswith("احتجاج")
                                               or _reaction(words, x - 1))


# "ردة فعل" / "رد فعل" before على: a protest told as the reaction to what it is against
_REACTION_HEADS = frozenset(match_key(w) for w in ("ردة", "رد", "كردة", "كرد"))


def _reaction(words: list[Token], x: int) -> bool:
    """Whether words x-1 and x are "ردة فعل" ("كردة فعل على السياسات الفاشلة")."""
    return x > 0 and words[x].key == match_key("فعل") and _strip_conjunction(words[x - 1].key) in _REACTION_HEADS


_PRESS = match_key("للضغط")
