"""The complements of a body's name after its head word, shared by the patterns of `name_patterns`:
naming adjectives ("المركزية", "الوطني", a country's), what a body serves ("للتنمية", "لحقوق
الإنسان"), and when adjectives alone name a body ("الكلية الحربية المصرية")."""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.name_words import has_pronoun_suffix
from marsad.layers.entities.word_lists import (
    DESCRIBED_INSTITUTIONS,
    GENERIC_ADJECTIVES,
    NAME_ENDERS,
    NATIONAL_BODIES,
    PREPOSITIONS,
    RANK_ADJECTIVES,
)

# "الخاص", "الخاصة" + ب: "specific to"; "قوات الطوارئ الخاصة بمنطقة عسير" is the force in that region
PARTICULAR = frozenset({alias_key("الخاص"), alias_key("الخاصة")})


def adjacent(tokens: list[Token], j: int) -> bool:
    """Token j is a word right after token j-1 (a space at most between them)."""
    return j < len(tokens) and tokens[j].is_word and tokens[j].start - tokens[j - 1].end <= 1


def naming_adjective(key: str) -> bool:
    """"المركزية", "الوطني", "العليا": an adjective that names a body (relational or of rank),
    not one every body has ("العمومية") nor a participle ("المنفذة للمشروع")."""
    if key in GENERIC_ADJECTIVES or key in NAME_ENDERS:
        return False
    return key in RANK_ADJECTIVES or (key.startswith("ال") and key.endswith(("ي", "يه")) and len(key) > 5)


def purpose(key: str) -> bool:
    """"للحج", "للتنمية": لل + a noun, what a body serves."""
    return key.startswith("لل") and len(key) >= 4


def purpose_end(tokens: list[Token], j: int, taken: set[int], first: int) -> int | None:
    """End of what a body serves from token j on: "للتنمية", or ل + a noun in construct with a
    definite one ("لحقوق الإنسان", "لمكافحة الإرهاب", "لتصحيح أوضاع الجالية"), at most one
    indefinite noun between them, after an adjective of the name (token j-1 from `first` on: the
    head's complement is a noun, "الطوارئ" in "قوات الطوارئ" + "لأداء"); None when none follow."""
    if j in taken or not adjacent(tokens, j):
        return None
    key = tokens[j].key
    if purpose(key):
        return j + 1
    # ل + an indefinite noun follows a name's adjective only ("اللجنة الوطنية" + "لمكافحة"), not a
    # body's noun ("قوات الطوارئ" + "لأداء الصلاة": the clause's purpose); no possessed noun
    if not key.startswith("ل") or len(key) < 4 or key in PREPOSITIONS or has_pronoun_suffix(key) \
            or j - 1 < first or not naming_adjective(tokens[j - 1].key) or tokens[j - 1].key in PARTICULAR:
        return None
    for k in (j + 1, j + 2):
        if k in taken or not adjacent(tokens, k):
            return None
        if tokens[k].key.startswith("ال"):
            # a genitive complement: not a relative pronoun, not a plural in ون (a verb's subject:
            # "المركز التأهيلي" + "لاحظ الباحثون")
            return k + 1 if tokens[k].key not in NAME_ENDERS and not tokens[k].key.endswith("ون") else None
        if tokens[k].key.startswith(("و", "ب", "ف", "ل")) or len(tokens[k].key) < 4:
            return None  # a conjunct, a preposition or a demonstrative ("هذه"): no construct chain
    return None


def demonym_closes(kb: KnowledgeBase, tokens: list[Token], i: int, j: int, stem: str) -> bool:
    """The naming adjectives of the body at token i (to token j) are two or more and end with a
    country's adjective ("الكلية الحربية المصرية"), or are three ("المجلس الوطني ... الديمقراطي"):
    a body named in full, not "the national committee" of any country. A state's body needs its
    country's adjective only ("الاتحاد الإسباني") unless it is an adjective of a definite noun
    before it ("بطولة الدوري" + "الاتحاد" is no body)."""
    count = j - i - 1
    if stem in DESCRIBED_INSTITUTIONS:
        return False  # "الشركة النفطية الإيطالية": a description; a company is named by what it does
    if count >= 3:
        return True
    if kb.demonym(tokens[j - 1].key) is None:
        return False
    if count >= 2:
        return True
    return stem in NATIONAL_BODIES and not (i > 0 and adjacent(tokens, i) and tokens[i - 1].key.startswith("ال"))


def naming_run(tokens: list[Token], i: int, j: int, taken: set[int], also: Callable[[str], object] | None = None,
                limit: int = 6) -> int:
    """End of the naming adjectives ("العليا", "المركزية"; or words `also` accepts) from token j
    on, the name that began at token i holding at most `limit` + 1 tokens."""
    while j - i <= limit and j not in taken and adjacent(tokens, j) and (
            naming_adjective(tokens[j].key) or (also is not None and also(tokens[j].key) is not None)):
        j += 1
    return j
