"""The direct object of a verb that takes a ب-complement: "اتهمت تركيا روسيا بشن غارات على سوريا",
"طالبت مصر إسرائيل بوقف الاعتداءات على لبنان", "فلان يتهم فلانا بالتحريض ضد فرنسا".

Word order alone prefers a name a preposition introduces as the target, which is right for "ندد
X بالهجوم على Y" but wrong when the verb has a named object before its ب-complement: the name
after "على"/"ضد" then belongs to the complement (the raids' target, the incitement's), and the one
accused or asked is the object. A name that only completes the actor's title ("وزير خارجية مصر
سامح شكري") comes before the object, so the object is the last such name before the complement;
a name joined to it by "و" is a second object ("روسيا وإيران"), not a later one.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.events.mention_positions import _introduced_by_preposition, _word_index
from marsad.layers.events.words import _Mention

# words in ب that open no complement: a pronoun's ("بها"), a time or a place ("بعد"، "بين")
NOT_COMPLEMENTS = frozenset(match_key(w) for w in (
    "به", "بها", "بهم", "بهما", "بين", "بعد", "بعض", "بسبب", "بشدة", "بلاده", "بلادها", "بلد", "بالفعل"))


def _complement_word(words: list[Token], k: int, mentions: list[_Mention]) -> bool:
    """Whether the word at `k` opens a ب-complement ("بشن"، "بالتحريض"، "بأنه"), no part of a name."""
    w = words[k]
    text = w.text[1:] if w.text[:1] in ("و", "ف") and w.text[1:2] == "ب" else w.text
    return (text[:1] == "ب" and len(text) >= 3 and match_key(text) not in NOT_COMPLEMENTS and w.kind != "punct"
            and not any(m.start < w.end and w.start < m.end for m in mentions))


def direct_object(words: list[Token], rest: list[_Mention], target: _Mention | None,
                  mentions: list[_Mention]) -> _Mention | None:
    """The verb's named direct object when `target` (a name a preposition introduces) stands in a
    ب-complement that follows it (module docstring); None otherwise. `rest` are the candidate
    targets after the trigger, in order; `mentions` all of the sentence's."""
    if target is None:
        return None
    k_target = _word_index(words, target.start)
    objects: list[_Mention] = []
    for m in rest:
        if m.start >= target.start:
            break
        if _introduced_by_preposition(words, m):
            return None  # "بهجوم إسرائيل على لبنان": a genitive or a prepositional name before it
        objects.append(m)
    if not objects:
        return None
    last = objects[-1]
    k_last = _word_index(words, last.end - 1) + 1
    if not any(_complement_word(words, k, mentions) for k in range(k_last, k_target)):
        return None
    # "روسيا وإيران": the first of names joined by "و" stands for them
    while len(objects) > 1:
        prev, cur = objects[-2], objects[-1]
        k_prev = _word_index(words, prev.end - 1) + 1
        k_cur = _word_index(words, cur.start)
        between = words[k_prev:k_cur]
        joined = (not between and words[k_cur].text[: cur.start - words[k_cur].start] == "و") or \
            (len(between) == 1 and between[0].text == "و")
        if not joined:
            break
        objects.pop()
    return objects[-1]


# accusations a possessive pronoun gives their accuser ("اتهاماته لإيران"، "اتهامها لتركيا"): the one
# accused is the ل-phrase right after them
POSSESSED_ACCUSATIONS = frozenset(match_key(w) for w in (
    "اتهامه", "اتهامها", "اتهاماته", "اتهاماتها", "اتهاماتهم"))


def unnamed_accused(words: list[Token], i: int, n: int, trig_key: str, mentions: list[_Mention]) -> bool:
    """Whether a possessed accusation's ل-phrase right after it names no one ("في إطار اتهاماتهم
    للقيادات السنية"): the one accused is then unnamed, not a name further on."""
    if trig_key not in POSSESSED_ACCUSATIONS or i + n >= len(words):
        return False
    w = words[i + n]
    return w.text[:1] == "ل" and len(w.text) > 2 and not any(m.start < w.end and w.start < m.end for m in mentions)
