"""Fighting between two named sides ("اشتباكات بين الحوثيين ... والمقاومة الشعبية"): the record's
(named-events mode) ASSAULT of each side against the other, read from the fighting noun's "بين X و Y".
"""

from __future__ import annotations

import re
from typing import TypeVar

from marsad.arabic.normalize import match_key
from marsad.arabic.sentences import Sentence
from marsad.document import Document, Event
from marsad.layers.events.checks import administrative, state_like
from marsad.layers.events.clauses import _span
from marsad.layers.events.descriptions import LED_BY
from marsad.layers.events.words import RELATIVES, _Mention

M = TypeVar("M")

# nouns of fighting between two sides ("اشتباكات بين ..."، "المواجهات بين ...")
CLASHES = frozenset(match_key(w) for w in (
    "اشتباكات", "الاشتباكات", "اشتباك", "الاشتباك", "مواجهات", "المواجهات", "معارك", "المعارك", "معركة",
    "المعركة", "قتال", "القتال", "اقتتال", "الاقتتال"))
# nouns of fighters in construct with a side's name ("وعناصر تنظيم داعش"، "ومسلحي الحوثي")
FIGHTER_HEADS = frozenset(match_key(w) for w in (
    "عناصر", "قوات", "مقاتلي", "مسلحي", "ميليشيات", "مليشيات", "ميليشيا", "مليشيا", "جماعة", "تنظيم"))
HEAD_WORDS = 3  # words of the second camp before its first name ("والميليشيات الحوثية وصالح")
CLASH_REACH = 4  # words from the fighting noun to "بين" (adjectives, a day between)
SIDES_REACH = 16  # words from "بين" to the second side, at most


def clash_sides(text: str, words: list, i: int, n: int, mentions: list[M]) -> tuple[M, M] | None:
    """The two named sides of fighting told as "اشتباكات/مواجهات/معارك بين X و Y" (the trigger is
    words[i : i + n]): X the first name after "بين", Y the first other name joined to what comes
    before it by و; None when the words are not so."""
    key = match_key(words[i].text)
    if key[:1] in ("و", "ف", "ب", "ل") and key[1:] in CLASHES:
        key = key[1:]
    if key not in CLASHES:
        return None
    b = None
    commas = 0
    for k in range(i + n, min(len(words), i + n + CLASH_REACH + 2)):
        if words[k].kind == "punct" and words[k].text == "،" and commas < 2:
            commas += 1  # "تصاعدت حدة المعارك، ليلة السبت، بين ...": a time set off by commas
            continue
        if words[k].kind == "punct" or k - commas >= i + n + CLASH_REACH:
            return None
        if match_key(words[k].text) == "بين":
            b = k
            break
    if b is None:
        return None
    end = words[min(len(words) - 1, b + SIDES_REACH)].end
    for k in range(b + 1, min(len(words), b + SIDES_REACH + 1)):
        if words[k].kind == "punct" and words[k].text != "،":
            end = words[k].start
            break
    inside = [m for m in mentions if words[b].end <= m.start < end]
    if len(inside) < 2:
        return None
    first = inside[0]
    if len(text[words[b].end : first.start].split()) > 1:
        return None  # "بين المقاتلين المحليين ... وقوات الحوثي وصالح": the first side is no name
    other = _other_side(text, first, inside)
    if other is not None:
        return first, other
    if _ONE_SIDE.search(text, first.end, end):
        return None  # "بين X و Y من جهة و<no name> من جهة أخرى": Y is X's ally, the other side unnamed
    for m in inside[1:]:
        if getattr(m, "entity", None) == getattr(first, "entity", None):
            continue
        ws = m.start  # the word holding the mention opens with و ("والمقاومة الشعبية")
        while ws > 0 and not text[ws - 1].isspace():
            ws -= 1
        if text[ws : ws + 1] == "و" and m.start - ws <= 3 or _fighters_of(text, ws):
            return first, m
    return None


def _fighters_of(text: str, ws: int) -> bool:
    """Whether the word before the one starting at offset ws is "و" and a noun of fighters in
    construct with the name ("وعناصر تنظيم داعش"، "ومسلحي الحوثي"، "وقوات النظام"): the second side."""
    prev = text[:ws].rstrip().rsplit(None, 1)
    if len(prev) < 1 or not prev[-1].startswith("و"):
        return False
    return match_key(prev[-1][1:]) in FIGHTER_HEADS


# "بين X ... من جهة، و Y ... من جهة أخرى": the words that close the first side's list
_ONE_SIDE = re.compile(r"\s+من\s+(?:جهة|ناحية|طرف)\s*،?\s*و")


def _other_side(text: str, first: M, inside: list[M]) -> M | None:
    """The second side of fighting told as "بين X (و ...) من جهة، و Y من جهة أخرى": the first name
    after "من جهة، و" that is not X (X's allies listed before "من جهة" are no side against it);
    None when the sides are not so told."""
    for m in inside:
        if m.start < first.end:
            continue
        between = text[first.end : m.start]
        mark = _ONE_SIDE.search(between)
        if mark is None:
            continue
        if getattr(m, "entity", None) == getattr(first, "entity", None):
            continue
        # the second side opens right after "من جهة، و" (or "من جهة، وبين"): its head word, then
        # the name ("والمتمردين الحوثيين"، "وقوات النظام السوري"، "وبين ميليشيات صالح")
        head = between[mark.end():].split()
        if head[:1] == ["بين"]:
            head = head[1:]
        # or a few words on, past a noun and its adjective ("والميليشيات الحوثية وصالح"), not
        # past a clause about the camp ("والفصائل التي تدعمها تركيا")
        if len(head) <= HEAD_WORDS and "،" not in between[mark.end():] and not any(
                match_key(w) in RELATIVES or match_key(w) in LED_BY for w in head):
            return m
        return None
    return None


def clash_events(doc: Document, pair: tuple[_Mention, _Mention], sent: Sentence, mode: str | None,
                 date: str | None, trigger: str, kinds: dict[str, tuple[str, str | None, str]],
                 seen: set[tuple]) -> None:
    """Add the ASSAULT of each side of a clash (`clash_sides`) against the other, the record's way:
    sides that may act and be attacked, not one of the other's bodies, each pair once (`seen`)."""
    for a, b in (pair, pair[::-1]):
        key = ("ASSAULT", a.key, b.key, mode)
        if key in seen or administrative(kinds, a.entity, b.entity) or not (
                state_like(kinds, a.entity, "ASSAULT", "actor") and state_like(kinds, b.entity, "ASSAULT", "target")):
            continue
        seen.add(key)
        doc.events.append(Event(
            type="ASSAULT", start=sent.start, end=sent.end, text=sent.text, actor=a.entity,
            target=b.entity, mode=mode or "clash", date=date,
            trigger=trigger, actor_span=_span(doc, a), target_span=_span(doc, b)))
