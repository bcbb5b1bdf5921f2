"""What a protest is against, read from its marks ("ضد"، "احتجاجا على"، "للمطالبة بـ"، "أمام مقر"):
the side a mark names is preferred to an issue and to where the protest marches, the doer of a
deplored act to whom it fell on, and a demanded act ("بإقالة الوزير") to the side it falls on."""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document
from marsad.layers.events.clauses import _bare, _named_or_bare
from marsad.layers.events.mention_positions import (
    _locative,
    _word_index,
)
from marsad.layers.events.noun_phrases import _nationality
from marsad.layers.events.protest_marks import _protest_mark, _purpose_mark
from marsad.layers.events.words import (
    BARE_STOP,
    CLAUSE_WORDS,
    EMBASSIES,
    REFERENCE,
    TARGET_PREPOSITIONS,
    TARGET_SKIP,
    _Mention,
    _strip_conjunction,
)
from marsad.lexicons import loader

# words opening a reason or a time of the clause ("القرار لأنه ..."، "القرار للمرة الثانية"، "لليوم
# الثالث"): never the second word of a side
_ADJUNCT_OPENERS = frozenset(match_key(w) for w in (
    "لأن", "لان", "لأنه", "لانه", "لأنها", "لانها", "لأنهم", "لانهم", "للمرة", "لليوم", "لمدة", "لفترة", "طيلة", "طوال"))


# marks of a protest's target that name where it is held ("أمام مقر الحكومة"، "نحو السفارة"): the
# target only when no mark names what it is against ("قبالة البرلمان للمطالبة باستقالة الحكومة")
PLACE_MARKS = frozenset(match_key(w) for w in ("أمام", "امام", "قبالة", "نحو", "حتى"))


# words a protest's target may stand after its verb: a mark often comes after the place and the
# time ("احتشد الآلاف أمس، في ظل طقس ممطر، قبالة البرلمان للمطالبة باستقالة الحكومة")
MARK_REACH = 20


# words the purpose of a protest ("احتجاجا على"، "تنديدا بـ"، "للمطالبة بـ") may stand after its verb,
# past a list of the places it was held in ("تظاهر المزارعون في القرى ...، وفي ضواحي العاصمة، وفي
# مدن أخرى، احتجاجا على قرار الحكومة"): the purpose closes the clause, however long its places
PURPOSE_REACH = 40


# the stems of a verb of objecting, whose object على introduces ("احتج"، "يحتجون"، "احتجت")
_OBJECTING = tuple(match_key(w) for w in ("احتج", "يحتج", "تحتج", "نحتج"))


def _marked_protest_target(doc: Document, words: list[Token], start: int, actor: _Mention | None,
                           mentions: list[_Mention], objection: bool = False, far: bool = False) -> _Mention | None:
    """The participant after a mark of a protest's target in its clause (past the words such a
    mark takes: "أمام مقر"، "للمطالبة باستقالة"). A side (a name or a noun of a sector) is preferred
    to an issue ("أمام مقر الحكومة احتجاجا على رفع الأسعار": the government), and what it is against
    to where it marches ("قبالة البرلمان للمطالبة باستقالة الحكومة"). With `far`, when the clause
    named no side of its own, its purpose is looked for past the usual reach."""
    ranked: list[tuple[int, int, _Mention]] = []
    for x in range(start, min(len(words), start + (PURPOSE_REACH if far else MARK_REACH))):
        w = words[x]
        if w.kind == "punct" and w.text != "،":
            break
        if x >= start + MARK_REACH and (_strip_conjunction(w.key) in CLAUSE_WORDS or ranked):
            break  # far on, only the clause's own purpose, before another clause opens
        if x >= start + MARK_REACH and not _purpose_mark(words, x):
            continue
        if _strip_conjunction(w.key) in _TOWARDS and not (x + 1 < len(words) and _strip_conjunction(
                words[x + 1].key) in BUILDINGS):
            continue  # "امتدت حتى الحدود الشرقية"، "نحو وسط المدينة": how far, not a body's building
        if not _protest_mark(words, x, objection):
            embassy = _embassy_state(words, x + 1) if _strip_conjunction(w.key) in EMBASSIES else None
            if embassy is not None:  # "وتوجه المتظاهرون إلى السفارة البريطانية": where it marches
                ranked.append((1, x, embassy))
            continue
        y = x + 1
        if y < len(words) and words[y].key in ("على", "علي"):
            y += 1  # "محتجين على القرار": the preposition the mark takes
        y0 = y
        while y < len(words) and (words[y].key in TARGET_SKIP or _strip_conjunction(words[y].key) in TARGET_SKIP
                                  or _protest_mark(words, y) or words[y].key in _PRONOUN_PREPOSITIONS):
            y += 1  # ("وصفته": no و to read off; "طالبوا فيها بـ": the protest itself, a pronoun)
        after = [m for m in mentions if y < len(words) and (
                    words[y].start <= m.start <= words[min(y + 2, len(words) - 1)].start
                    # a name that holds a word passed over ("أمام سفارة الدنمارك": the embassy named whole)
                    or (y0 < len(words) and words[y0].start <= m.start < words[y].start < m.end
                        and words[_word_index(words, m.start)].key in EMBASSIES | BUILDINGS))
                 and (actor is None or m.key != actor.key) and not (actor is not None and m.start < actor.end)
                 and not _locative(words, m)  # "أمام مقر البرلمان في العاصمة": not the city
                 and not _behind_preposition(words, y, m) and not _patient_genitive(words, y, m)]
        found = _embassy_state(words, y) or (after[0] if after else _bare(doc, words, y) or _lack_of(doc, words, y)
                                             or _reference_head(doc, words, y, mentions))
        if found is not None and found.entity is None and (demanded := _demanded(doc, words, y, mentions)) is not False:
            found = demanded  # "للمطالبة بالإفراج عن المعتقلين": who the demanded act is about
        elif found is not None and found.entity is None and _addressed(words, x, found):
            # "مطالبين الشركة بصرف رواتبهم": whom the demand is addressed to, without what it asks
            found = _Mention(found.start, words[y].end, None, "@" + words[y].key, found.sector, found.protester)
        if found is None or (actor is not None and found.start < actor.end and actor.start < found.end):
            continue
        place = _strip_conjunction(w.key) in PLACE_MARKS
        # (a mark of its own, not على read as an objection's: "رش مواد على وجوه نساء" is a deed's)
        side = found.entity is not None or found.sector is not None or (
            not place and _strip_conjunction(w.key) not in ("على", "علي") and _issue_of_side(words, found, mentions))
        # "أعضاء جمعية معادية للمهاجرين ... احتجاجا على القرار": an adjective of who protests names
        # what they are, the protest's own mark what it is against
        own = actor is not None and x == _word_index(words, actor.end - 1) + 1 and _adjectival_mark(w.key)
        ranked.append(((0 if side else 2) + (1 if place else 0) + (3 if own else 0), x, found))
    return min(ranked, key=lambda r: r[:2])[2] if ranked else None


def _issue_of_side(words: list[Token], issue: _Mention, mentions: list[_Mention]) -> bool:
    """Whether an issue a mark names is that of a side, in construct right after its first word: a
    named or a sector's participant ("ضد تصريحات الرئيس الفرنسي") or a nationality ("تنديدا
    بالعدوان الإسرائيلي"), no preposition between ("على وجوه نساء" is whom the deed fell on).
    Such an issue names whom the protest is against, before where it is held ("أمام السفارة
    الأمريكية")."""
    x = _word_index(words, issue.start) + 1
    if x >= len(words) or words[x].kind != "word":
        return False
    if any(words[x].start <= m.start < words[x].end and (m.entity is not None or m.sector is not None)
           for m in mentions):
        return True
    # the genitive's or the issue's nationality ("العدوان الإسرائيلي"، "تصريحات الرئيس الفرنسي")
    return any(w.kind == "word" and _nationality(_strip_article(w.key)) for w in words[x : x + 2])


def _reference_head(doc: Document, words: list[Token], y: int, mentions: list[_Mention]) -> _Mention | None:
    """What a protest is against when its first word is one that elsewhere refers to an event told
    before ("احتجاجا على سياسة وزير التربية"، "ضد موجة الغلاء"): the word with the noun after it,
    whose side (the minister, a government) it takes."""
    if y + 1 >= len(words) or words[y].kind != "word" or _strip_conjunction(words[y].key) not in REFERENCE:
        return None
    head = _named_or_bare(doc, words, y + 1, mentions)
    if head is None or head.start != words[y + 1].start:
        return None
    return _Mention(words[y].start, head.end, head.entity, head.key, head.sector, head.protester)


def _behind_preposition(words: list[Token], y: int, m: _Mention) -> bool:
    """Whether a participant after the first word of what a mark names (at y) stands behind a
    preposition of its own ("احتجاجا على الاعتداءات على المسجد"، "تنديدا بالهجوم على القرية"): it
    is what the deplored act fell on, inside the issue, not the side the protest is against."""
    a = _word_index(words, m.start)
    return a > y and any(_strip_conjunction(words[z].key) in TARGET_PREPOSITIONS for z in range(y + 1, a))


# the sectors of people an act is done to or for ("اعتقال الطلاب"، "مستحقات العمال"): in a genitive
# inside the issue a protest is against, who the act fell on, not the side it is against
PATIENT_SECTORS = frozenset(("CVL", "LAB", "EDU", "REF", "HLH", "MED", "REL", "BUS", "OPP"))


def _patient_genitive(words: list[Token], y: int, m: _Mention) -> bool:
    """Whether an unnamed participant of people stands as a genitive in the issue that starts at
    y ("احتجاجا على اعتقال الطلاب"، "للمطالبة بصرف مستحقات العمال"، "على استخدام صور النساء"):
    who the act is done to. Not when the act's object follows with ل: then the genitive is its doer
    ("استنكارا لحرق المستوطنين للطفل")."""
    if m.entity is not None or m.sector not in PATIENT_SECTORS or m.protester:
        return False
    a = _word_index(words, m.start)
    if a <= y or words[y].kind != "word":
        return False
    b = _word_index(words, m.end - 1)
    z = b + 1
    if z < len(words) and words[z].kind == "word" and words[z].key.startswith("ال") and words[z].key.endswith(("يين", "يون")):
        z += 1  # the doers' adjective ("المستوطنين الإسرائيليين للطفل")
    return not (z < len(words) and words[z].kind == "word" and words[z].key[:1] == "ل" and words[z].key not in BARE_STOP
                and words[z].key not in _ADJUNCT_OPENERS)


# marks of where a march goes ("حتى"، "نحو"): what it is against only when a body's building follows
# ("ساروا حتى مقر الحكومة"، "نحو السفارة")
_TOWARDS = frozenset(match_key(w) for w in ("حتى", "نحو"))


# the buildings of a body after such a mark (the words passed over after a mark, but "ب" and the
# words of calling: "مقر"، "مبنى"، "السفارة"، "قصر")
BUILDINGS = frozenset(w for w in TARGET_SKIP if len(w) > 2 and not w.startswith(("وصف", "يصف", "تصف", "اعتبر", "يعتبر",
                                                                                 "تعتبر", "سمو", "اسمو", "يسمو"))) | EMBASSIES


# the stems of the marks that are adjectives ("معادية"، "المناهضين"، "المناوئة"): they may describe
# who protests rather than mark what the protest is against
_ADJECTIVAL_STEMS = tuple(match_key(w) for w in ("معاد", "مناهض", "مناوئ", "مناوي"))


def _adjectival_mark(key: str) -> bool:
    key = _strip_conjunction(key)
    return (key[2:] if key.startswith("ال") else key).startswith(_ADJECTIVAL_STEMS)


# nouns of a lack, before what is lacking ("احتجاجا على عدم توفر الخدمات"): a negation elsewhere
LACK_NOUNS = frozenset(match_key(w) for w in ("عدم",))


def _lack_of(doc: Document, words: list[Token], y: int) -> _Mention | None:
    """The lack a protest is against, its noun with what is lacking ("عدم توفر الخدمات"، "عدم صرف
    الرواتب"): an issue, though its first word negates elsewhere."""
    if y + 1 >= len(words) or _strip_conjunction(words[y].key) not in LACK_NOUNS:
        return None
    lacking = _bare(doc, words, y + 1)
    if lacking is None:
        return None
    return _Mention(words[y].start, lacking.end, None, "@" + match_key(doc.text[words[y].start : lacking.end]))


# the word between a release and who is released ("إطلاق سراح المعتقلين")
_RELEASE = match_key("سراح")


def _demanded(doc: Document, words: list[Token], y: int, mentions: list[_Mention]) -> _Mention | None | bool:
    """A demanded act at y that is a verbal noun with ب naming no side itself: with the object after
    عن ("الإفراج عن المعتقلين"، "الكشف عن مصير المفقودين"), or none when only a pronoun follows
    ("بحقوقهم"، "بالسماح لهم"). False when the words at y are no such act."""
    key = words[y].key if y < len(words) else ""
    if key[:1] != "ب" or len(key) < 5 or any(words[y].start <= m.start < words[y].end for m in mentions):
        return False
    nxt = words[y + 1] if y + 1 < len(words) else None
    if nxt is not None and (nxt.key in ("عن", "من") or nxt.key == _RELEASE) and y + 2 < len(words):
        # the act with its object, an issue as a whole (as "اعتقال الناشطين" after "احتجاجا على");
        # "بإطلاق سراح المعتقلين" as "بالإفراج عن المعتقلين"
        about = _named_or_bare(doc, words, y + 2, mentions)
        if about is None:
            return None
        start = words[y].start + 1  # past the ب
        return _Mention(start, about.end, None, "@" + match_key(doc.text[start : about.end]))
    if key.endswith(("هم", "ها", "هن")) or (nxt is not None and nxt.key in ("لهم", "لها", "له", "به", "بهم")):
        return None
    if not key.startswith("بال") and words[y].text.endswith("ه") and (nxt is None or nxt.kind != "word" or nxt.key in BARE_STOP):
        return None  # "مطالبين بعودته": the act of one told before, as a pronoun, names no side
    if nxt is not None and nxt.kind == "word" and _strip_article(key[1:]) in ACTS_ON_SIDES:
        # "مطالبين بإقالة مدير التربية"، "بمحاكمة رئيس الوزراء السابق نوري المالكي": the side the
        # demanded act falls on, its name when a title leads to it
        named = next((m for m in mentions if m.entity is not None and nxt.start <= m.start <= words[min(y + 4, len(words) - 1)].start
                      and not any(w.kind == "punct" for w in words[y + 1 : _word_index(words, m.start)])), None)
        return named or _named_or_bare(doc, words, y + 1, mentions) or False
    return False


# a preposition with a pronoun between a mark and what it names ("طالبوا فيها برفع الأجور"): the
# protest itself, never its side
_PRONOUN_PREPOSITIONS = frozenset(match_key(w) for w in (
    "فيها", "فيه", "فيهم", "خلالها", "خلاله", "عبرها", "منها", "منه"))


# the stems of the verbs and participles of demanding, whose object is whom a demand is addressed to
_DEMAND_STEMS = tuple(match_key(w) for w in ("مطالب", "طالب", "يطالب", "تطالب"))


def _addressed(words: list[Token], x: int, found: _Mention) -> bool:
    """Whether a two-word side after a mark of demanding at x is its addressee with the demanded
    act after ب ("مطالبين الحكومة بتوفير"): the act is no part of whom it is addressed to."""
    if not _strip_conjunction(words[x].key).startswith(_DEMAND_STEMS):
        return False
    a, b = _word_index(words, found.start), _word_index(words, found.end - 1)
    return b == a + 1 and words[b].key[:1] == "ب" and len(words[b].key) > 3


def _strip_article(key: str) -> str:
    return key[2:] if key.startswith("ال") else key


# verbal nouns of an act demanded of or against a side ("بإقالة"، "بمحاكمة"، "برحيل"): the side after
# them is what the protest is against
ACTS_ON_SIDES = loader.keyed("event_words.tsv", "act_on_side", match_key)


def _embassy_state(words: list[Token], y: int) -> _Mention | None:
    """The country whose embassy a protest marches to, by the nationality after the embassy ("أمام
    السفارة الأميركية": the United States)."""
    if 0 < y < len(words) and words[y - 1].key in EMBASSIES:
        key = words[y].key[2:] if words[y].key.startswith("ال") else words[y].key
        if _nationality(key):
            return _Mention(words[y].start, words[y].end, None, "@" + words[y].key, "GOV")
    return None
