"""A protest noun told as having taken place, read by the events layer with `unnamed=True`:
a definite one right after a past verb of taking place or setting off that opens its clause
("وجرت التظاهرة في أجواء هادئة"، "وانطلقت المسيرة من أمام المسجد") reports the protest rather
than refers to one told elsewhere ("بعد التظاهرة"، "التحقيق في الاحتجاجات"); so does one a cause
set off ("وأثار القرار احتجاجات"), one entering its nth day ("ودخل إضراب العمال يومه الخامس") and a
definite one whose relative clause tells its day or the crowd that joined it ("الاعتصام الذي نظمه
العمال أمس"، "التظاهرات التي شارك فيها مئات الطلاب"). Protesters who objected, in a relative
clause, held a protest rather than lodged a complaint ("المتظاهرين الذين احتجوا أمس على القرار").
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document
from marsad.layers.events.clauses import _bare
from marsad.layers.events.protest_issues import _OBJECTING, _marked_protest_target
from marsad.layers.events.protest_people import CROWD_SECTORS, _crowd_counted, _genitive_people, _held_by
from marsad.layers.events.protest_sides import _whole_target
from marsad.layers.events.protest_subjects import relative_told_when
from marsad.layers.events.words import (
    COUNTS,
    QUANTITY,
    REFERENCE,
    RELATIVES,
    TODAY,
    _Mention,
    _strip_conjunction,
)
from marsad.lexicons import loader

TOOK_PLACE = loader.keyed("protest_cues.tsv", "took_place", match_key)
# time words passed over between the verb and its noun ("وجرت أمس التظاهرة")
_TIME = frozenset(match_key(w) for w in ("أمس", "امس", "اليوم", "مساء", "صباح", "ظهر"))
# words that make the verb's clause a subordinate one: "بعد أن جرت التظاهرة" tells another event's time
_SUBORDINATE = frozenset(match_key(w) for w in ("أن", "ان", "بعدما", "عندما", "حينما", "قبل", "بعد", "التي", "الذي"))


def took_place(words: list[Token], i: int) -> bool:
    """Whether the definite protest noun at `i` (no ب or ل before its article) follows a past verb of
    taking place that opens its clause."""
    if not _strip_conjunction(words[i].key).startswith("ال"):
        return False
    k = i - 1
    if k >= 0 and words[k].key in _TIME:
        k -= 1
    if k < 0 or _strip_conjunction(words[k].key) not in TOOK_PLACE:
        return False
    # the verb opens its clause: first word, after a punctuation mark, or carrying و/ف
    opens = k == 0 or words[k - 1].kind == "punct" or words[k].key != _strip_conjunction(words[k].key)
    return opens and not (k > 0 and words[k - 1].key in _SUBORDINATE)


SPARKED = loader.keyed("protest_cues.tsv", "sparked", match_key)
NOT_SPARKED = loader.keyed("protest_cues.tsv", "not_sparked", match_key)
# how many words (the cause, "موجة من") may stand between a verb of causing and the protests it set off
SPARK_REACH = 4
# the prepositions a verb of causing takes before what it set off ("أدى إلى"، "تسبب في"، "موجة من")
_LED_TO = frozenset(match_key(w) for w in ("إلى", "الى", "في", "من", "لـ"))
# "موجة احتجاجات"، "موجة من الاحتجاجات": protests set off, not one told before
_WAVE = frozenset(match_key(w) for w in ("موجة", "موجات", "سلسلة"))
# words of time before a protest noun: what is set off is another thing, the protests when it came
_AFTER = frozenset(match_key(w) for w in ("بعد", "قبل", "خلال", "عقب", "إثر", "اثر", "أثناء", "اثناء"))


def sparked(words: list[Token], i: int) -> bool:
    """Whether the indefinite protest noun at `i` is what a past verb of causing set off, within its
    clause ("وأثار القرار احتجاجات واسعة"، "وأدى ارتفاع الأسعار إلى مظاهرات"، "فجرت الزيارة موجة من
    الاحتجاجات"), not what it made feared or called for ("أثار مخاوف من احتجاجات")."""
    key = _strip_conjunction(words[i].key)
    if key.startswith("ال") and not (i > 0 and words[i - 1].key == "من"):
        return False  # "أثار الاحتجاجات": those told before ("موجة من الاحتجاجات" is new)
    for k in range(i - 1, max(-1, i - 1 - SPARK_REACH), -1):
        w = words[k]
        bare = _strip_conjunction(w.key)
        if w.kind == "punct" or w.key in NOT_SPARKED or bare in NOT_SPARKED \
                or (bare in REFERENCE and w.key not in _LED_TO and w.key not in _WAVE) or w.key in _AFTER:
            return False  # ("أدى إلى مواجهة بعد احتجاجات": the protests are when the result came)
        if bare in SPARKED or w.key in SPARKED:
            return not (k > 0 and words[k - 1].key in _SUBORDINATE)
    return False


# the relative pronouns of protesters ("المتظاهرين الذين احتجوا")
_WHO = frozenset(match_key(w) for w in ("الذين", "اللذين", "اللواتي", "اللاتي"))


def protesters_who(words: list[Token], i: int, mentions: list[_Mention]) -> bool:
    """Whether a verb of objecting at `i` is told of protesters in a relative clause ("لتفريق
    المتظاهرين الذين احتجوا على القرار"): the protest they held, not a complaint lodged."""
    if i < 2 or words[i - 1].key not in _WHO:
        return False
    before = words[i - 2]
    return any(m.protester and before.start <= m.start < before.end for m in mentions)


# the first words of a span of time after على ("على مدى"، "على مدار"، "على امتداد")
_SPAN_WORDS = frozenset(match_key(w) for w in ("مدى", "مدار", "امتداد", "طول"))


def sparked_sides(doc: Document, words: list[Token], i: int, n: int, actor: _Mention | None,
                  mentions: list[_Mention]) -> tuple[_Mention | None, _Mention | None]:
    """The sides of protests a cause set off ("أثارت احتجاجات من الناخبين ضد القانون"): the
    clause's subject is the cause, not who protests, and what follows the protests is told of them
    only through a mark; who protests is named after the noun, by من or ل or in construct
    ("مظاهرة صامتة من المحامين"، "احتجاجات الطلاب")."""
    people = _held_by(doc, words, i + n, mentions) or _genitive_people(doc, words, i + n, mentions)
    if people is None:
        for y in range(i + n, min(len(words), i + n + 3)):  # past the noun's adjectives
            if words[y].kind != "word":
                break
            if words[y].key == "من" and y + 1 < len(words):
                people = next((m for m in mentions if words[y + 1].start <= m.start < words[y + 1].end
                               and (m.protester or m.entity is None and m.sector in CROWD_SECTORS)), None) \
                    or _bare(doc, words, y + 1)  # "احتجاجات من الناخبين": a noun the lexicon does not list
                break
    if people is None and actor is not None and actor.start >= words[i].end:
        people = actor  # named after its protests ("أثار احتجاجا قاده مخرجون")
    # "احتجاج المواطنين على الغلاء": على after a noun of objecting marks what is protested
    marked = _marked_protest_target(doc, words, i + n, people, mentions,
                                    objection=_strip_conjunction(words[i].key).startswith(_OBJECTING))
    if marked is not None and match_key(doc.text[marked.start : marked.end].split()[0]) in _SPAN_WORDS:
        marked = None  # "على مدى أسابيع": how long they went on, not what they were against
    return people, None if marked is None else _whole_target(doc, words, marked, people, mentions)


def reported_protest(words: list[Token], i: int) -> bool:
    """Whether the protest noun at `i` is told as having taken place by the words around it."""
    return took_place(words, i) or sparked(words, i) or entered_day(words, i) or held_when(words, i)


HELD = loader.keyed("protest_cues.tsv", "held", match_key)


def held_when(words: list[Token], i: int) -> bool:
    """Whether the definite protest noun at `i` has a relative clause telling it took place on the day
    of the report ("المظاهرة التي انطلقت صباح الأربعاء"، "الاعتصام الذي نظمه العمال أمس")."""
    if not _strip_conjunction(words[i].key).startswith("ال") or i + 2 >= len(words):
        return False
    if words[i + 1].key not in RELATIVES:
        return False
    if _joined_by_crowd(words, i):
        return True  # "التظاهرات التي شارك فيها مئات المتظاهرين": its size told, it took place
    if words[i + 2].key not in HELD:
        return False
    return relative_told_when(words, i + 2, i + 3) or relative_told_when(words, i + 2, i + 5)


# verbs of joining, in a relative clause after a protest noun with its pronoun after ("شارك فيها")
_JOINED = loader.keyed("protest_cues.tsv", "joined", match_key)
_IN_IT = frozenset(match_key(w) for w in ("فيها", "فيه"))


def _joined_by_crowd(words: list[Token], i: int) -> bool:
    """Whether the relative clause after the protest noun at `i` tells a counted crowd joined it
    ("التي شارك فيها مئات المتظاهرين"، "الذي شارك فيه نحو ألف شخص")."""
    return i + 4 < len(words) and words[i + 2].key in _JOINED and words[i + 3].key in _IN_IT \
        and _crowd_counted(words, i + 4)


# verbs of entering, before a protest noun and its nth day ("ودخل الإضراب يومه الخامس")
ENTER = loader.keyed("protest_cues.tsv", "enter", match_key)
# the units a protest's age is counted in, with its pronoun ("يومه"، "أسبوعها"، "شهره")
_AGE_UNITS = tuple(match_key(w) for w in ("يوم", "أسبوع", "اسبوع", "شهر"))
# how far after the noun its age may be told ("دخل إضراب عمال المناجم يومه الخامس")
AGE_REACH = 5


def entered_day(words: list[Token], i: int) -> bool:
    """Whether the protest noun at `i` follows a verb of entering and its nth day follows it ("ودخل
    إضراب عمال المناجم يومه الخامس"، "يدخل الاعتصام أسبوعه الثاني"): a protest going on."""
    if i == 0 or _strip_conjunction(words[i - 1].key) not in ENTER:
        return False
    for y in range(i + 1, min(len(words), i + 1 + AGE_REACH)):
        if words[y].kind != "word":
            return False
        key = words[y].key
        if key.startswith(_AGE_UNITS) and key.endswith(("ه", "ها")):
            return True
    return False


# the relative verbs whose subject after them holds the protest ("الاعتصام الذي نظمه العمال")
_ORGANISED = loader.keyed("protest_cues.tsv", "organised", match_key)


def held_sides(doc: Document, words: list[Token], i: int, mentions: list[_Mention]) -> tuple[_Mention | None, _Mention | None]:
    """The sides of a protest told by a relative clause after its noun (`held_when`): who organised
    it, named after the clause's verb ("الاعتصام الذي نظمه العمال أمس"), and what it is against,
    by a mark after the clause; the subject of the sentence's main verb is neither ("وفرقت الشرطة
    الاعتصام ...")."""
    y = i + 3
    while y < len(words) and (words[y].key in TODAY or _strip_conjunction(words[y].key) in TODAY):
        y += 1
    actor, start = None, i + 3
    if _joined_by_crowd(words, i):  # "التي شارك فيها مئات المتظاهرين": the crowd counted
        z = i + 4
        while z < len(words) and (words[z].key in QUANTITY or words[z].kind == "num" or words[z].key in COUNTS):
            z += 1
        actor = next((m for m in mentions if z < len(words) and words[z].start <= m.start < words[z].end), None) \
            or (_bare(doc, words, z) if z < len(words) else None) or _bare(doc, words, i + 4)
        start = z + 1
    elif words[i + 2].key in _ORGANISED and y < len(words) and words[y].key != "من":
        actor = next((m for m in mentions if words[y].start <= m.start < words[y].end), None) or _bare(doc, words, y)
    marked = _marked_protest_target(doc, words, start, actor, mentions)
    return actor, None if marked is None else _whole_target(doc, words, marked, actor, mentions)
