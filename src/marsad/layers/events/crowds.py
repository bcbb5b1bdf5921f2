"""Protests and attacks told by the words around their noun or verb, read by the events layer with
`unnamed=True` (lexicons/event_words.tsv):

- a definite event noun after a verb of renewal or continuation reports the event going on:
  "تجددت المظاهرات أمس"، "تواصلت الاشتباكات" (not "بعد المظاهرات"، "التحقيق في الهجوم");
- a gathering is a protest when the sentence names what protesters do (chants, banners:
  "تجمع عدد من الأنصار مرددين هتافات"), not when what gathers is vehicles ("تجمعت مئات السيارات").
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.events.mention_positions import PLACE_NOUNS, STREET_PLACES
from marsad.layers.events.words import _strip_conjunction
from marsad.lexicons import loader

# verbs of renewal or continuation before a definite event noun ("تجددت المظاهرات")
RENEW_VERBS = loader.keyed("event_words.tsv", "renew", match_key)
# what protesters do in a gathering: chants, banners, slogans ("مرددين هتافات"، "رافعين لافتات")
PROTEST_SIGNS = loader.keyed("event_words.tsv", "protest_sign", match_key)
# things that gather and are no crowd ("تجمعت مئات السيارات")
NO_CROWD = loader.keyed("event_words.tsv", "no_crowd", match_key)
# time words passed over between the verb and its noun ("تجددت أمس المظاهرات")
_TIME = frozenset(match_key(w) for w in ("أمس", "امس", "اليوم", "مجددا", "مجدداً", "ليلا"))


def renewed(words: list[Token], i: int) -> bool:
    """Whether a definite event noun (no ب or ل before its article) follows a verb of renewal."""
    if not _strip_conjunction(words[i].key).startswith("ال"):
        return False
    k = i - 1
    if k >= 0 and words[k].key in _TIME:
        k -= 1
    return k >= 0 and _strip_conjunction(words[k].key) in RENEW_VERBS


def chanting(words: list[Token]) -> bool:
    """Whether a sentence names what protesters do: chants, banners, slogans."""
    return any(w.key in PROTEST_SIGNS or _strip_conjunction(w.key) in PROTEST_SIGNS for w in words)


def vehicles(words: list[Token], i: int, n: int) -> bool:
    """Whether what gathers after a gathering verb, past a count, is vehicles or things."""
    return any(w.key in NO_CROWD or _strip_conjunction(w.key) in NO_CROWD for w in words[i + n : i + n + 3])


# the verb of demonstrating, in the singular forms it takes when it means pretending ("يتظاهر
# بالمرض"، "تظاهرت بأنها"، "متظاهرا بالجهل")
_PRETEND_FORMS = frozenset(match_key(w) for w in (
    "تظاهر", "يتظاهر", "تتظاهر", "أتظاهر", "اتظاهر", "نتظاهر", "تظاهرت", "متظاهرا", "متظاهراً", "متظاهرة",
    # the plural feigns as well ("وتظاهروا بحب النادي"، "يتظاهرون بالتنظيف")
    "تظاهروا", "يتظاهرون", "يتظاهروا", "تتظاهرن", "تظاهرن"))
# places after ب, where a crowd demonstrates, not what it feigns ("تظاهروا بساحة التحرير"، "بمدينة")
# (the place and street nouns of every module, but those with a sense of an act or a side that may be
# feigned: "تتظاهر بقضاء حاجتها"، "بناحية"; and the words of a place or a crowd besides them)
_PLACES_AFTER_B = (PLACE_NOUNS | STREET_PLACES) - frozenset(match_key(w) for w in ("قضاء", "ناحية")) | frozenset(
    match_key(w) for w in ("مدن", "جامعة", "وسط", "محيط", "القرب", "الآلاف", "الالاف", "المئات", "العشرات"))
# words after ب that keep the verb a protest ("تظاهر بالقرب من"، "بالآلاف"، "بعد الصلاة")
_PROTEST_AFTER_B = frozenset(match_key(w) for w in (
    "بالقرب", "بالآلاف", "بالالاف", "بالمئات", "بالعشرات", "بكثافة", "بشكل", "بعد", "بين", "بحسب", "بمناسبة"))


def pretending(words: list[Token], i: int, n: int) -> bool:
    """Whether the verb of demonstrating means pretending: a singular form with what is feigned
    after ب or كأن ("يتظاهر بالعداء"، "تظاهرت بأنها لا تعرف"، "يتظاهر وكأن شيئا لم يكن")."""
    if n != 1 or i + 1 >= len(words) or _strip_conjunction(words[i].key) not in _PRETEND_FORMS:
        return False
    after = words[i + 1]
    if after.kind != "word":
        return False
    key = _strip_conjunction(after.key)
    if key.startswith(("كان", "كأن")) or (after.key.startswith("ب") and after.key not in _PROTEST_AFTER_B
                                            and after.key[1:] not in _PLACES_AFTER_B):
        return True
    # "وتظاهرت الوزيرة بأنها ...": what is feigned told after the subject
    return i + 2 < len(words) and words[i + 2].key.startswith(("بان", "بأن"))
