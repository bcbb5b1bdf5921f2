"""Where a mention stands among a sentence's words: after a preposition or a locative, as the
agent of a passive, inside a prepositional phrase, after a count (split from clauses.py)."""

from __future__ import annotations

from bisect import bisect_right

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.events.words import (
    AGENT_MARKS,
    LOCATIVES,
    NUMBER_WORDS,
    OPPOSING,
    PARTNER_TYPES,
    QUANTITY,
    TARGET_PREPOSITIONS,
    WITH,
    _Mention,
    _strip_conjunction,
)
from marsad.lexicons import loader

# the word list last asked about and the ends of its words (a sentence's words, asked many
# times); one tuple, read and replaced whole, so that threads cannot mix two lists
_last_ends: tuple[list[Token] | None, list[int]] = (None, [])


def _word_index(words: list[Token], offset: int) -> int:
    """Index of the first word ending after `offset` (len(words) if none)."""
    global _last_ends
    last = _last_ends
    if last[0] is not words:
        last = _last_ends = (words, [w.end for w in words])
    return bisect_right(last[1], offset)


def _introduced_by_preposition(words: list[Token], m: _Mention) -> bool:
    k = _word_index(words, m.start)
    attached = words[k].text[: m.start - words[k].start]  # "لروسيا": the mention starts after ل
    return (k > 0 and words[k - 1].key in TARGET_PREPOSITIONS) or attached[-1:] in ("ل", "ب")


def _in_phrase(words: list[Token], m: _Mention, mentions: list[_Mention]) -> bool:
    """Whether a mention before a verb is the genitive of a noun governed by a preposition ("في
    مناشدة ليهود أميركا رفض الوزير ..."): no subject of the verb, which then follows it. The noun
    is no part of a name ("ماريا لوبيز الرياض" is no "ل" phrase)."""
    k = _word_index(words, m.start)
    if k < 2 or words[k].text[: m.start - words[k].start]:
        return False
    head = words[k - 1]
    if any(o.start < head.end and head.start < o.end for o in mentions):
        return False
    return head.is_word and (words[k - 2].key in TARGET_PREPOSITIONS or words[k - 2].key in LOCATIVES
                             or head.key[:1] in ("ل", "ب") and head.text[:1] in ("ل", "ب") and len(head.key) > 3
                             and not head.key.startswith(("لجن", "بيان", "بلد", "بلاد", "بعث")))


# nouns of a place a name follows ("في منطقة الكرادة"، "قرب مدينة الموصل"): the name is where
PLACE_NOUNS = loader.keyed("event_words.tsv", "place_noun", match_key)
# nouns of streets, squares and quarters a protest fills ("في ساحة التحرير"، "بشارع إيرمو"): where it is
STREET_PLACES = loader.keyed("event_words.tsv", "street_place", match_key)
# buildings and offices a meeting is held in ("في قصر السلام بجدة"، "في مكتبه بالرياض")
VENUES = loader.keyed("event_words.tsv", "venue", match_key)
VENUE_REACH = 4  # words from "في" to the name after ب: the venue noun, its name or possessive


def _venue_city(words: list[Token], k: int) -> bool:
    """Whether word k, a name after ب, closes a place adjunct opened by "في" and a venue noun ("في
    قصر السلام بجدة"، "في مكتبه بالرياض"): the city of the venue, not one acted upon ("في اتصال
    هاتفي بالرئيس" names no venue)."""
    for j in range(k - 1, max(0, k - VENUE_REACH) - 1, -1):
        if words[j].kind == "punct" or j == 0:
            return False
        if _strip_conjunction(words[j - 1].key) in LOCATIVES:
            head = words[j].key
            return any(head == v or (head.startswith(v) and len(head) - len(v) <= 2) for v in VENUES)
    return False


def _locative(words: list[Token], m: _Mention) -> bool:
    """Whether a mention is where something happens: after a locative ("في عمان"، "بشمال الصومال"),
    or after a place noun that follows one ("في منطقة الكرادة")."""
    k = _word_index(words, m.start)
    attached = words[k].text[: m.start - words[k].start]
    if k > 0 and attached[-1:] == "ب":
        return _venue_city(words, k)
    if k == 0 or attached:
        return False
    prev = _strip_conjunction(words[k - 1].key)  # "وفي الديوانية"
    if prev in LOCATIVES or words[k - 1].key in LOCATIVES or (prev[:1] == "ب" and len(prev) > 3 and prev[1:] in LOCATIVES):
        # ("وسط بغداد": a locative that opens with و, not a conjunction)
        return True
    if k > 1 and _strip_conjunction(prev) in PLACE_NOUNS:
        before = words[k - 2].key
        return before in LOCATIVES or (before[:1] == "ب" and before[1:] in LOCATIVES)
    return False


def _agent(words: list[Token], m: _Mention) -> bool:
    """Whether a mention is introduced as the agent of a passive ("على يد"، "برصاص"، "من قبل")."""
    k = _word_index(words, m.start)
    attached = words[k].text[: m.start - words[k].start]
    if attached[-1:] == "ب" and words[k].key[len(attached):] in AGENT_MARKS:
        return False  # the mark itself ("برصاص") is not a participant
    if k == 0:
        return False
    prev = words[k - 1].key
    if prev in ("قبل",):
        return k > 1 and words[k - 2].key == "من"
    return prev in AGENT_MARKS or _strip_conjunction(prev)[1:] in AGENT_MARKS and prev[:1] == "ب"


def _counted(words: list[Token], k: int) -> bool:
    """Whether the word before index k is a count ("5 أشخاص"، "عشرات المدنيين")."""
    return k > 0 and (words[k - 1].kind == "num" or words[k - 1].text.isdigit() or words[k - 1].key in QUANTITY
                      or words[k - 1].key in NUMBER_WORDS)  # "ثلاثة جنود"


def _gap(words: list[Token], a: int, b: int) -> int:
    """Words between indices a (included) and b (excluded) that are not counts."""
    return sum(1 for w in words[a:b] if not (w.text.isdigit() or w.key in QUANTITY))


def opposed_partner(words: list[Token], m: _Mention, etype: str) -> bool:
    """Whether the mention `m` is brought by على or ضد, a few words before it in its clause, after a
    trigger of an event between partners."""
    if etype not in PARTNER_TYPES:
        return False
    k = _word_index(words, m.start)
    for w in reversed(words[max(0, k - 3) : k]):
        key = _strip_conjunction(w.key)
        if w.kind == "punct" or key == WITH:
            return False
        if key in OPPOSING:
            return True
    return False


# a branch of a body, a venue of its own ("في فرع وزارة الخارجية بجدة")
_BRANCHES = frozenset(match_key(w) for w in ("فرع", "مقر", "مبنى", "ديوان", "قصر", "قاعة", "مكتب"))


def venue_named(words: list[Token], m: _Mention) -> bool:
    """Whether a mention names the building a meeting is held in: right after "في" or ب and one or
    two venue nouns ("في مقر وزارة الخارجية"، "بمقر فرع وزارة الخارجية بجدة"); the body whose
    building it is is no side of the meeting."""
    k = _word_index(words, m.start)
    if k < 2 or words[k].text[: m.start - words[k].start]:
        return False
    j = k - 1
    venues = VENUES | _BRANCHES
    for _ in range(2):
        # the word as written first ("فرع" opens with the letter of the conjunction ف), then without و/ف
        key = words[j].key if words[j].key in venues else _strip_conjunction(words[j].key)
        if key[:1] == "ب" and words[j].text.lstrip("و")[:1] == "ب" and key[1:] in venues:
            return True  # "بمقر وزارة الخارجية"
        if key not in venues or j == 0:
            return False
        if words[j - 1].key in LOCATIVES or _strip_conjunction(words[j - 1].key) in LOCATIVES:
            return True  # ("في" itself opens with the letter of the conjunction ف)
        j -= 1
    return False
