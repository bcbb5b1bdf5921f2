"""A common-noun participant as readers name it: the noun with the adjectives that agree with it
and the genitive a plural head governs ("متظاهرون أفغان"، "القوات الأميركية"، "قوات النظام"), and
the nationality adjectives of countries these agreements read. Functions of the text and match
keys only, so that the clause rules of `clauses` and the layer share them."""

from __future__ import annotations

from functools import lru_cache

from marsad.arabic.normalize import match_key
from marsad.layers.events.words import BARE_STOP, _strip_conjunction


def _imperfect_plural(key: str) -> bool:
    """Whether a word reads as a present verb of a plural or dual subject ("يرتدون"، "يستقلان")."""
    return len(key) > 4 and key[:1] in ("ي", "ت") and key.endswith(("ون", "ان"))


@lru_cache(maxsize=1)
def demonym_keys() -> frozenset[str]:
    """Match keys of the nationality adjectives of countries, without the article ("اميركيه"، "اسراييلي")."""
    try:
        from marsad.kb import load_kb
    except ImportError:
        return frozenset()
    out = set()
    for a in load_kb():
        if a.kind != "country":
            continue
        for d in a.demonyms_ar:
            k = match_key(d)
            out.add(k[2:] if k.startswith("ال") else k)
    return frozenset(out)


ADJECTIVE_REACH = 2  # adjectives a common noun may carry ("المتظاهرين الأكراد الغاضبين")


def _nationality(bare: str) -> bool:
    """Whether a word without its article names a nationality ("أفغان"، "فلسطينيون"، "الأميركية")."""
    d = demonym_keys()
    return bare in d or bare + "ي" in d or (bare[-2:] in ("ون", "ين") and bare[:-2] in d)


def _adjective_of(noun_key: str, word: str) -> bool:
    """Whether `word` can be an adjective agreeing with a common noun: the same definiteness and an
    ending that agrees with the noun's: a sound plural with its own case ending ("مسلحون مجهولون"،
    "المتظاهرين المناهضين"), a feminine or inanimate plural with a nisba ("القوات الحكومية"،
    "الشرطة العراقية"), any noun with a nationality ("متظاهرون أفغان"). An object after its
    subject disagrees ("مسلحون دورية"، "المسلحون المدنيين")."""
    key = match_key(word).strip("«»\"'()")
    if not key.isalpha() or key in BARE_STOP or (_strip_conjunction(key) != key and not _nationality(key)):
        return False  # "وأجانب": another phrase; "فلسطينيون" is one word
    if _imperfect_plural(key) and not _nationality(key):
        return False  # "خرج مدنيون يطالبون ...": a clause on the noun, not its adjective
    definite = noun_key.startswith("ال")
    if key.startswith("ال") != definite:
        return False
    bare = key[2:] if definite else key
    if len(bare) < 4:
        return False
    if noun_key.endswith(("ون", "ين")) and bare.endswith(("ون", "ين")):
        return bare.endswith(noun_key[-2:])
    if noun_key.endswith(("ون", "ين")):
        return _nationality(bare) and not bare.endswith(("ي", "يه"))  # "متظاهرون أفغان"
    if noun_key.endswith("ا") and bare.endswith("ين") and len(noun_key) > 3:
        return True  # "جنودا متمردين": an accusative noun's sound-plural adjective, in its case
    if noun_key.endswith(("ات", "ه")) and bare.endswith("يه"):
        return True
    return _nationality(bare)


def _construct_genitive(noun_key: str, text: str, end: int) -> str:
    """The definite noun after an indefinite plural head that can stand in construct ("قوات
    النظام"، "مسلحو الحركة"، "عناصر الشرطة"); "" if none. A head with its nunation or its ن
    ("مسلحون"، "جنديا") cannot govern, so the definite noun after it is its object."""
    if text[end : end + 1] != " " or noun_key.startswith("ال") or noun_key.endswith(("ون", "ين", "ان", "ا")):
        return ""
    word = text[end + 1 :].split(" ", 1)[0]
    key = match_key(word)
    if word != word.rstrip(".،,:؛!?»\")") or not key.startswith("ال") or len(key) < 5 or key in BARE_STOP \
            or not key.isalpha():
        return ""
    return word


def noun_phrase_end(text: str, start: int, end: int) -> int:
    """The end of a common-noun participant with the adjectives that follow it in the same phrase
    ("متظاهرون أفغان"، "القوات الأميركية"، "المسلحين المجهولين"): the words a reader names the side
    by. A word with و starts another phrase; punctuation ends it."""
    noun_key = match_key(text[start:end].split()[-1]) if text[start:end].split() else ""
    genitive = _construct_genitive(noun_key, text, end)
    if genitive:  # "قوات النظام"، "عناصر الحركة": the head's genitive names whose they are
        end += 1 + len(genitive)
        noun_key = match_key(genitive)
    for _ in range(ADJECTIVE_REACH):
        if text[end : end + 1] != " ":
            break
        nxt = text[end + 1 :].split(" ", 1)[0]
        word = nxt.rstrip(".،,:؛!?»\")")
        if not word or not _adjective_of(noun_key, word):
            break
        end = end + 1 + len(word)
        if len(word) < len(nxt):  # the adjective ends at punctuation
            break
    return end
