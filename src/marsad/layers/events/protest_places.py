"""Participants a protest's marks seem to name that are where it happens or who tells of it, not
what it is against: a place set in a list of places ("في البصرة وذي قار"), told with "ب"
("بمحافظة شبوة"), described again ("أربيل مركز إقليم كردستان"), spread to ("امتدت من .. إلى .."), a
street or a square, or a source ("وحسب أحد المنظمين")."""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document
from marsad.layers.events.mention_positions import PLACE_NOUNS, STREET_PLACES, _locative, _word_index
from marsad.layers.events.protest_marks import _mark_word
from marsad.layers.events.protest_subjects import _place_with_b
from marsad.layers.events.words import BARE_STOP, CLAUSE_WORDS, LOCATIVES, _Mention, _strip_conjunction


def _not_protested(doc: Document, words: list[Token], actor: _Mention | None, target: _Mention | None) -> bool:
    """Whether a participant after a protest is where it happens ("في البصرة وذي قار"، "بمحافظة
    شبوة"، "في ساحة التحرير"), who tells of it ("وحسب أحد المنظمين") or who protests."""
    return target is not None and (
        _locative(words, target) or _in_place_list(doc, words, target) or _place_in(doc, words, target)
        or _place_apposition(doc, words, target) or _spread_from(doc, words, target)
        or _street_name(words, target) or _source_named(words, target)
        or (actor is not None and (target.key == actor.key or target.start < actor.end and actor.start < target.end)))


# nouns of a place's standing set after a place to tell what it is ("أربيل مركز إقليم كردستان"،
# "الموصل كبرى مدن الشمال"): the place after them is the same place's, described
_PLACE_STANDING = frozenset(match_key(w) for w in ("مركز", "كبرى", "عاصمة", "حاضرة")) | PLACE_NOUNS


def _place_apposition(doc: Document, words: list[Token], side: _Mention) -> bool:
    """Whether a named place follows a noun of standing that describes the place named right
    before it ("في محافظة أربيل مركز إقليم كردستان"): where, told again, not what is protested."""
    entity = doc.entity(side.entity) if side.entity else None
    x = _word_index(words, side.start)
    if entity is None or entity.type != "LOC" or x < 2 or _strip_conjunction(words[x - 1].key) not in _PLACE_STANDING:
        return False
    prev = words[x - 2]
    return any(men.start < prev.end <= men.end for ent in doc.entities if ent.type == "LOC" for men in ent.mentions)


# verbs of a protest spreading ("امتدت المظاهرات من البصرة إلى النجف"): the places after من and إلى
# are where it goes, not what it is against
_SPREAD = frozenset(match_key(w) for w in ("امتدت", "وامتدت", "انتقلت", "وانتقلت", "اتسعت", "واتسعت", "امتد", "انتشرت",
                                           "وانتشرت"))
_FROM_OR_TO = frozenset(match_key(w) for w in ("من", "إلى"))  # a word's key: "إلى" reads "الي"


def _spread_from(doc: Document, words: list[Token], side: _Mention) -> bool:
    """Whether a named place follows من or إلى in the clause of a verb of spreading."""
    entity = doc.entity(side.entity) if side.entity else None
    x = _word_index(words, side.start)
    if entity is None or entity.type != "LOC" or x < 1 or words[x - 1].key not in _FROM_OR_TO:
        return False
    for z in range(x - 2, max(-1, x - 8), -1):
        if words[z].kind == "punct":
            return False
        if words[z].key in _SPREAD:
            return True
    return False


SOURCE_WORDS = frozenset(match_key(w) for w in ("حسب", "بحسب", "وفق", "وفقا", "وفقاً", "حسبما", "بحسبما"))


# how many words back a list of places joined by و may run to the locative that opens it
PLACE_LIST_REACH = 10


def _in_place_list(doc: Document, words: list[Token], side: _Mention) -> bool:
    """Whether a named side joined by و ends a list of places opened by a locative ("في البصرة
    وذي قار والحلة"، "في كربلاء والنجف"): where the protests are, one more of them, not a target."""
    k = _word_index(words, side.start)
    entity = doc.entity(side.entity) if side.entity else None
    if entity is None or entity.type != "LOC" or doc.text[words[k].start : side.start] != "و":
        return False
    for x in range(k - 1, max(-1, k - 1 - PLACE_LIST_REACH), -1):
        w = words[x]
        if w.kind != "word":
            return False
        key = _strip_conjunction(w.key)
        if key in LOCATIVES or (key[:1] == "ب" and key[1:] in LOCATIVES):
            return x < k - 1
        if key in BARE_STOP or key in CLAUSE_WORDS or _mark_word(words, x):
            return False
    return False


def _source_named(words: list[Token], side: _Mention) -> bool:
    """Whether a side is named after a word of telling ("وحسب أحد المنظمين"): who tells, not a side."""
    k = _word_index(words, side.start)
    return k > 0 and _strip_conjunction(words[k - 1].key) in SOURCE_WORDS


def _street_name(words: list[Token], side: _Mention) -> bool:
    """Whether a side is the name of a place after its noun ("العاصمة دكا") or of a street or a
    square after a locative ("في شارع «إيرمو»"، "في ساحة التحرير"): where the protest is."""
    k = _word_index(words, side.start)
    if k > 0 and side.start == words[k].start and _strip_conjunction(words[k - 1].key) in PLACE_NOUNS:
        return True  # "من بينها العاصمة دكا"، "مدينة البصرة": a place's name after its noun
    return k > 1 and _strip_conjunction(words[k - 1].key) in STREET_PLACES and (
        _strip_conjunction(words[k - 2].key) in LOCATIVES or words[k - 1].key[:1] == "ب")


def _place_in(doc: Document, words: list[Token], side: _Mention) -> bool:
    """Whether a side is a place told with ب attached ("بمحافظة شبوة"، "باسلام آباد"): where a
    protest is held, not what it is against."""
    at = _word_index(words, side.start)
    first = words[at]
    if _place_with_b(doc.text[side.start : side.end]) or (at > 0 and _place_with_b(words[at - 1].text)):
        return True  # "بمدينة الكوت": the clitic inside the side's words, or the name after it
    if not doc.text[first.start : side.start].endswith("ب"):
        return False
    entity = doc.entity(side.entity) if side.entity else None
    return (entity is not None and entity.type == "LOC") or _strip_conjunction(match_key(
        doc.text[side.start : side.end].split()[0])) in PLACE_NOUNS
