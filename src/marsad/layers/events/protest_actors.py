"""Who a protest's actor is not, or is more of: a place witnessing it ("شهدت بغداد مظاهرات"), a
count or an order of protests ("أولى المظاهرات"), the followers of a leader with the leader's
name ("أنصار الحريري"), and who organised what was done in protest ("مسيرات نظمتها النقابات
احتجاجا على ...")."""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document
from marsad.layers.events.clauses import ADVERBIAL, _named_or_bare, _performed_by
from marsad.layers.events.mention_positions import _introduced_by_preposition, _locative, _word_index
from marsad.layers.events.words import (
    BARE_STOP,
    CLAUSE_WORDS,
    NUMBER_WORDS,
    PROTEST_NOUNS,
    QUANTITY,
    _Mention,
    _strip_conjunction,
)
from marsad.lexicons import loader

# verbs of a place witnessing an event ("شهدت العاصمة مظاهرات"، "التي تشهد احتجاجات")
WITNESS = loader.keyed("event_words.tsv", "witness", match_key)
# how many words before a protest noun a verb of witnessing may stand ("وشهدت مدينة البصرة أمس خروج مظاهرة")
WITNESS_REACH = 6
# how far before "احتجاجا" such a verb may stand
ADVERBIAL_WITNESS_REACH = 14


def _counts_protests(doc: Document, words: list[Token], actor: _Mention) -> bool:
    """Whether an actor is a count or an order of protests ("أولى المظاهرات"، "عشرات الاحتجاجات"):
    the word after it names the protest, not who holds it."""
    first = _word_index(words, actor.start)
    key = _strip_conjunction(words[first].key)
    nxt = _strip_conjunction(words[first + 1].key) if first + 1 < len(words) else ""
    # (a definite plural after it: "تظاهر المئات احتجاجا" is a count of people)
    return actor.entity is None and (key in QUANTITY or key in NUMBER_WORDS or key in ORDINALS) \
        and nxt.startswith("ال") and _protest_noun(nxt)


# words of order or size before a plural noun ("أولى المظاهرات"، "كبرى الاحتجاجات")
ORDINALS = frozenset(match_key(w) for w in ("أولى", "أول", "كبرى", "آخر", "أكبر", "أبرز", "إحدى", "أحد", "بعض"))


def _witness(words: list[Token], k: int, actor: _Mention) -> bool:
    """Whether a protest is told as witnessed by a place and its actor is that place: the subject
    of the verb of witnessing before the protest noun, or the noun before "التي" and the verb."""
    # "احتجاجا" after the clause of a place witnessing protests ("وتشهد مدن العراق موجة احتجاجات
    # للأسبوع الثاني على التوالي احتجاجا على ...") tells why they are held, further from the verb
    adverbial = words[k].key in ADVERBIAL
    reach = ADVERBIAL_WITNESS_REACH if adverbial else WITNESS_REACH
    for x in range(k - 1, max(-1, k - 1 - reach), -1):
        if words[x].kind == "punct":
            return False
        if _strip_conjunction(words[x].key) in WITNESS:
            a = _word_index(words, actor.start)
            if adverbial and a > x + 2:
                return False  # "شهدت العاصمة مسيرة نظمتها النقابات احتجاجا": the organiser, not the place
            return x < a < k or (a < x and x - _word_index(words, actor.end - 1) <= 2)
    return False

# nouns of the followers of a leader or a party ("أنصار الحريري"، "مؤيدو الرئيس"): the whole phrase
# is who protests, and the leader named in it is no target
FOLLOWERS = loader.keyed("event_words.tsv", "followers", match_key)


def _followers(doc: Document, words: list[Token], actor: _Mention | None, target: _Mention | None,
               mentions: list[_Mention]) -> tuple[_Mention | None, _Mention | None]:
    """An actor that is a noun of followers with the followed named right after it ("تجمع أنصار
    الحريري"، "نظم مؤيدو الحزب مسيرة"): the actor spans the name, which is not the target."""
    if actor is None:
        return actor, target
    last = _word_index(words, actor.end - 1)
    if _strip_conjunction(words[last].key) not in FOLLOWERS or last + 1 >= len(words):
        return actor, target
    led = _named_or_bare(doc, words, last + 1, mentions)
    if led is None:
        return actor, target
    if target is not None and target.start < led.end and led.start < target.end:
        target = None
    return _Mention(actor.start, led.end, actor.entity, actor.key, actor.sector, actor.protester), target


# how far before "احتجاجا" the verb naming who organised what was done in protest may stand
ORGANISER_REACH = 6


def _organiser_before(doc: Document, words: list[Token], k: int, mentions: list[_Mention]) -> _Mention | None:
    """Who organised the protest named just before "احتجاجا" in its clause ("مسيرات ضخمة نظمتها
    اتحادات العمال احتجاجا على ..."، "إضراب دعا إليه الاتحاد احتجاجا"): the participant after
    the verb of organising."""
    for x in range(k - 1, max(-1, k - 1 - ORGANISER_REACH), -1):
        if words[x].kind == "punct":
            return None
        if _performed_by(_strip_conjunction(words[x].key)) and any(
                x - d >= 0 and _protest_noun(_strip_conjunction(words[x - d].key)) for d in (1, 2)):
            # (the phrase right after the verb: "اتحادات العمال", not the listed noun inside it)
            return _named_or_bare(doc, words, x + 1, mentions)
    return None


# how many words after the verb opening a clause its subject may start ("وقاطع نواب المعارضة"،
# a title or a count before the listed noun)
OPENING_REACH = 2


def _opening_subject(words: list[Token], k: int, mentions: list[_Mention]) -> _Mention | None:
    """The subject of the verb that opens the clause of "احتجاجا" at k ("وقاطع نواب المعارضة جلسة
    البرلمان احتجاجا"، "وانسحب أعضاء الحزب من الجلسة احتجاجا"): the first participant within reach
    after that verb, so that its object or a place nearer "احتجاجا" is not taken for who protests.
    None when the clause opens with a particle, a preposition or a noun (no verb-first clause)."""
    c = k - 1
    while c > 0 and words[c - 1].kind != "punct" and _strip_conjunction(words[c - 1].key) not in CLAUSE_WORDS:
        c -= 1
    opener = _strip_conjunction(words[c].key)
    if c >= k or words[c].kind != "word" or opener in BARE_STOP or opener.startswith("ال") or any(
            words[c].start <= m.start < words[c].end for m in mentions):
        return None
    for m in mentions:
        x = _word_index(words, m.start)
        if c < x <= c + OPENING_REACH and m.end <= words[k].start and not _introduced_by_preposition(words, m) \
                and not _locative(words, m):
            return m
    return None


def _protest_noun(key: str) -> bool:
    """Whether a word (its article read off) is a noun naming a protest ("مسيرة"، "الاحتجاج")."""
    return bool(key) and (key[2:] if key.startswith("ال") else key).startswith(PROTEST_NOUNS)
