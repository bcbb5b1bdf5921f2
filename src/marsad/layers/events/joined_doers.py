"""Who does an attack told by a verb joined by و to an earlier "قام بـ" clause ("إن دورية من الجيش
قامت بتفتيش السوق بعد صلاة الفجر من يوم الجمعة واعتدت على الباعة"): the subject of "قام", named
right before it. The two verbs share their subject, however long the first verb's object and its
time adjuncts run, past the window a verb's subject is looked for in."""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.layers.events.mention_positions import _introduced_by_preposition, _word_index
from marsad.layers.events.reach import DOERS
from marsad.layers.events.words import CLAUSE_WORDS, RELATIVES, _Mention, _strip_conjunction

# how many words back from the joined verb "قام" may stand (its object, a time, a place between)
JOINED_REACH = 16


def _agreement(key: str) -> str:
    """The person marker a past verb ends with: "وا" (they), "ت" (she, a body), "" (he)."""
    return "وا" if key.endswith("وا") else "ت" if key.endswith("ت") else ""


def joined_doer(words: list[Token], i: int, mentions: list[_Mention]) -> _Mention | None:
    """The subject of "قام" when the verb trigger at words[i] is joined to its clause by و with no
    subject of its own ("قامت بمداهمة ... واعتدت"): the participant ending right before "قام" (a
    partitive "قوة من الشرطة" keeps its من), in the same clause, the two verbs agreeing. None when
    a punctuation mark, a clause word or a relative falls between, or "قام" is itself joined."""
    key = _strip_conjunction(words[i].key)
    if key == words[i].key or not words[i].key.startswith("و"):
        return None
    for c in range(i - 1, max(0, i - 1 - JOINED_REACH), -1):
        w = words[c]
        ck = _strip_conjunction(w.key)
        if w.kind != "word" or ck in CLAUSE_WORDS or w.key in RELATIVES:
            return None
        if ck not in DOERS:
            continue
        if ck != w.key or _agreement(ck) != _agreement(key):
            return None  # "وقام"، "قاموا ... واعتدت": no one subject told before both
        for m in mentions:
            k = _word_index(words, m.end - 1)
            if k == c - 1 and m.end == words[c - 1].end and not (
                    _introduced_by_preposition(words, m) and words[_word_index(words, m.start) - 1].key != "من"):
                return m
        return None
    return None
