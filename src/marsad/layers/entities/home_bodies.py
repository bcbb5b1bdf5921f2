"""A Saudi body's plain name in a story that is not about Saudi Arabia names another country's body.

The KB links "الهلال الأحمر" to the Saudi Red Crescent Authority, as the Saudi press means it at
home. Every country has its Red Crescent or Red Cross, and agency stories from abroad name it the
same way ("بحسب الهلال الأحمر" in a report from Nigeria). The link is dropped only on narrow
evidence (a wide "story about another country" rule unlinked the Royal Court in stories of Saudi
aid to Yemen):

1. the article places itself in another country and names nothing Saudi at all: no place, body or
   person the KB gives to Saudi Arabia (the body itself aside), no word that is a Saudi place
   inside another name ("طريق الباحة"), no Saudi adjective; and the body
   is named by a plain name that does not say it is Saudi ("الهلال الأحمر", not "الهلال الأحمر
   السعودي");
2. the Red Crescent named with the Red Cross ("الصليب الأحمر والهلال الأحمر", "جمعيات الهلال
   الأحمر"): the movement or its federation, no one country's society.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate

HOME = "SAU"
# words that make a body's name say that it is Saudi ("الهلال الأحمر السعودي")
_SAUDI_MARKS = ("سعود", "مملك")
_RED_CRESCENT = alias_key("الهلال الأحمر")
_RED_CROSS = alias_key("الصليب الأحمر")
# "جمعيات الهلال الأحمر": the societies of many countries
_SOCIETIES = frozenset(alias_key(w) for w in ("جمعيات", "لجمعيات", "وجمعيات"))


def _plain_home_body(c: NameCandidate) -> bool:
    a = c.actor
    return a is not None and a.type == "ORG" and a.country == HOME and a.kind == "government" \
        and not any(mark in c.key for mark in _SAUDI_MARKS)


def _with_the_red_cross(c: NameCandidate, tokens: list[Token], text: str) -> bool:
    """"الصليب الأحمر والهلال الأحمر", "الهلال الأحمر والصليب الأحمر", "جمعيات الهلال الأحمر"."""
    if not c.key.endswith(_RED_CRESCENT):
        return False
    # the name may start after its "و" ("الصليب الأحمر والهلال الأحمر"): the letter goes with what is before
    before = alias_key(text[max(0, c.start - 20) : c.start].removesuffix("و")).split()
    after = alias_key(text[c.end : c.end + 16]).split()
    if len(before) >= 2 and " ".join(before[-2:]) in (_RED_CROSS, "و" + _RED_CROSS):
        return True
    if before and before[-1] in _SOCIETIES:
        return True
    return len(after) >= 2 and " ".join(after[:2]) in ("و" + _RED_CROSS,)


def _abroad(cands: list[NameCandidate], tokens: list[Token], kb: KnowledgeBase) -> bool:
    """Does the article name a place of another country and nothing Saudi?"""
    foreign = False
    for c in cands:
        a = c.actor
        if a is None or _plain_home_body(c):
            continue
        if a.country == HOME:
            return False
        foreign = foreign or (a.type == "LOC" and a.country is not None)
    if not foreign:
        return False
    for tok in tokens:
        if not tok.is_word:
            continue
        for _off, stem in tok.splits:
            if "سعود" in stem:  # the adjective's letters: few words are looked up as one
                d = kb.demonym(stem)
                if d is not None and d.country == HOME:
                    return False  # "السعودي", "السعودية" as an adjective
            if any(a.type == "LOC" and a.country == HOME for a in kb.lookup(stem)):
                return False  # a Saudi place inside another name ("طريق الباحة")
    return True


def unlink_home_bodies(cands: list[NameCandidate], tokens: list[Token], text: str, kb: KnowledgeBase) -> None:
    """Unlink the Saudi bodies' plain names that name another country's body or the movement."""
    home = [c for c in cands if c.source == "kb" and _plain_home_body(c)]
    if not home:
        return
    abroad = None
    for c in home:
        if _with_the_red_cross(c, tokens, text):
            c.actor = None
            continue
        if abroad is None:
            abroad = _abroad(cands, tokens, kb)
        if abroad:
            c.actor = None
