"""A march told by the verb that holds or joins it ("نظم أنصار المعارضة مسيرة"، "شارك الآلاف في
مسيرة ضد ..."): the bare noun "مسيرة" is a protest only so, its subject who protests. Alone, or as
the head of a genitive, it is a course ("مسيرة السلام"، "مسيرته المهنية"); held by a body with no
crowd and nothing protested, a walk ("نظمت الجامعة مسيرة رياضية")."""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.layers.events.clauses import ADVERBIAL
from marsad.layers.events.protest_actors import _protest_noun
from marsad.layers.events.protest_marks import SOLIDARITY, _protest_mark
from marsad.layers.events.words import (
    BARE_STOP,
    COUNTS,
    MARCH_NOUNS,
    PURPOSE_WORDS,
    STREET_REACH,
    SUBJECT_SKIP,
    _Mention,
    _strip_conjunction,
)

# the sectors of those whose march is a protest by itself ("نظمت المعارضة مسيرة")
PROTESTING_SECTORS = frozenset(("OPP",))


def _march_noun(key: str) -> bool:
    """The march noun, as written first ("وقفة" starts with و) or after "و" or "ف"."""
    return key in MARCH_NOUNS or _strip_conjunction(key) in MARCH_NOUNS


def _new_protest_noun(key: str) -> bool:
    """A protest noun without the article, after في or alone ("في تظاهرة"، "مظاهرات")."""
    key = _strip_conjunction(key)
    key = key[1:] if key[:1] == "ب" else key
    return not key.startswith("ال") and _protest_noun(key)


# the endings of a feminine noun with a possessive pronoun ("مسيرته"، "مسيرتها"، "مسيرتهم")
_OWNED_ENDINGS = ("ته", "تها", "تهم", "تهن", "تهما")


def _owned(key: str) -> bool:
    """Whether a march noun carries a possessive pronoun ("وانضم خلال مسيرته لمنتخب بلاده"): one's
    course or career, as the head of a genitive is ("مسيرة السلام"), not a march."""
    return _strip_conjunction(key).endswith(_OWNED_ENDINGS)


def marched(words: list[Token], k: int, mentions: list[_Mention]) -> bool:
    """Whether a protest march stands after the verb at k within its clause: the march noun,
    indefinite and not the head of a genitive ("مسيرة حاشدة"، "مسيرة إلى"), with a crowd counted
    after the verb ("شارك الآلاف"), protesters or the opposition as its subject, or what it is
    against or for told after it ("ضد"، "للمطالبة"، "احتجاجا"، "تضامنا")."""
    end = k + 1
    while end < min(len(words), k + 1 + STREET_REACH) and not (words[end].kind == "punct" and words[end].text not in "()"):
        end += 1
    # the march noun, or any protest noun not told as known ("شارك نحو عشرة آلاف شخص في تظاهرة ضد ...",
    # past a count longer than a light verb's reach)
    noun = next((j for j in range(k + 1, end) if (_march_noun(words[j].key) or _new_protest_noun(words[j].key))
                 and not _owned(words[j].key)), None)
    if noun is None:
        return False
    if noun + 1 < len(words) and words[noun + 1].kind == "word" and words[noun + 1].key.startswith("ال") \
            and words[noun + 1].key not in BARE_STOP:
        return False  # "مسيرة السلام"
    j = k + 1
    while j < noun and words[j].key in SUBJECT_SKIP:
        j += 1
    if words[j].key in COUNTS or words[j].kind == "num":
        return True
    if any(m.protester or m.sector in PROTESTING_SECTORS for m in mentions
           if words[k].end <= m.start and m.end <= words[noun].start):
        return True
    stop = noun + 1
    while stop < len(words) and not (words[stop].kind == "punct" and words[stop].text not in "()،"):
        stop += 1
    return any(_protest_mark(words, x) or _strip_conjunction(words[x].key) in PURPOSE_WORDS | SOLIDARITY | ADVERBIAL
               for x in range(noun + 1, stop))


def before_march(words: list[Token], side: _Mention | None) -> _Mention | None:
    """An unlisted side read on into the march noun ("نظم نحو 400 صحافي وقفة"): the words before it."""
    if side is None or side.entity is not None:
        return side
    for j, w in enumerate(words):
        if side.start < w.start < side.end and _march_noun(w.key):
            end = words[j - 1].end
            return _Mention(side.start, end, side.entity, side.key, side.sector, side.protester)
    return side
