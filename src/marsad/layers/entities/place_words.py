"""Tests of single words for place names found by pattern (`name_patterns.py`): whether a word
after a place word may name the place, whether an indefinite word after an administrative word
does, and whether a market named after a place is its stock exchange."""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.body_complements import adjacent, purpose
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import NameWords, reads_as
from marsad.layers.entities.word_lists import (
    FIGURATIVE_AREAS,
    INDEX_WORDS,
    PLACE_NAME_STARTS,
    RANK_ADJECTIVES,
)
from marsad.lexicons.loader import keyed

# adjectives that agree with a place word ("منطقة خطرة"), shared with `small_places`
NOT_NAMES = keyed("small_places.tsv", "not_name", alias_key)


def feminine_name(key: str, common: frozenset[str]) -> bool:
    """Whether an indefinite word in ة after a feminine place word may be its name ("قرية رقاقة",
    "محافظة نمرة") rather than an adjective agreeing with it: no ordinary word ("كبيرة", "قديمة"),
    and none of the adjectives' shapes: relational ("حدودية", "نائية"), a participle in م
    ("مجاورة", "منكوبة"), an adjective of the list of small places ("خطرة"), one that begins with an alef ("آمنة") or has a long vowel after its first
    letter ("هادئة", "ضيقة") or its second ("حديثة", "بعيدة")."""
    if key in common or key in NOT_NAMES or key.endswith("يه") or key[:1] in ("م", "ا"):
        return False
    return len(key) >= 4 and key[1] not in "اوي" and not (len(key) == 5 and key[2] in "وي")


def indefinite_place_name(words: NameWords, tok: Token) -> bool:
    """"محافظة حبونا", "منطقة كالفي", "منطقة دير عشاش": after an administrative word, an
    indefinite word names the place when it may be a name and is no adjective agreeing with
    the feminine head ("منطقة نائية", "مدينة كبرى", "منطقة خضراء"), a plural ("منطقة عمليات"), a
    possessed noun ("منطقة كمنطقتنا"), a verb ("مدينة تميزت بـ", "منطقة يحفل تاريخها": unknown places
    are rarely spelt like one) or a broken plural ("منطقة أحراش")."""
    key, text = tok.key, tok.text
    if key in PLACE_NAME_STARTS:
        return True
    if key.endswith("ه") and text.endswith("ة") and feminine_name(key, words.common) and words.name_like(tok):
        return True  # "محافظة نمرة": a name's shape, no adjective's (see `feminine_name`)
    if key.endswith(("ه", "اء", "ات")) or text.endswith(("ى", "تنا", "تها", "تهم")):
        return False
    if key[0] in "يت" or (len(key) >= 5 and key[-1] == "ت"):
        return False  # a verb: "منطقة يحفل تاريخها", "منطقة تتغير", "جماعات محافظة سيطرت"
    if len(key) == 5 and key[0] == "ا" and key[3] == "ا":
        return False  # a broken plural أفعال: "منطقة أحراش"
    return words.name_like(tok)


def stock_exchange(tokens: list[Token], i: int, place: NameCandidate) -> bool:
    """"سوق" + a place at token i is the place's stock exchange after an index word ("مؤشر سوق
    دبي", "المؤشر العام لسوق أبوظبي") or before what it serves ("سوق مسقط للأوراق المالية")."""
    j = place.tok_end
    if adjacent(tokens, j) and purpose(tokens[j].key):
        return True
    k = i - 1
    if k > 0 and tokens[k].key in RANK_ADJECTIVES:
        k -= 1  # "المؤشر العام" + "لسوق"
    return k >= 0 and reads_as(tokens[k], INDEX_WORDS)


def may_name_place(head: Token, tok: Token, common: frozenset[str]) -> bool:
    """Whether a name-like word after a place word may be the place's name: not a conjunct or a
    purpose ("بحيرة وملاعب", "قاعدة للتطرف"), not a possessed noun ("معسكر فريقه", "قاعدة
    أعضائه"), not an indefinite adjective ("معسكر إعدادي", "قرية هادئة"). A feminine word of a
    name's shape (`feminine_name`: no word of `common`, the ordinary words) stands after a
    feminine place word."""
    key, text = tok.key, tok.text
    if key.startswith(("و", "لل")) or text.endswith(("ه", "ها", "هم")) or key in FIGURATIVE_AREAS:
        return False  # "منطقة الخصر", "منطقة الجزاء": a part of the body or of the pitch
    if head.text.endswith("ة") and text.endswith("ة") and not key.startswith("ال"):
        return feminine_name(key, common)  # else a feminine adjective agreeing with the place word
    return key.startswith("ال") or not (key.endswith("ي") and len(key) > 4)
