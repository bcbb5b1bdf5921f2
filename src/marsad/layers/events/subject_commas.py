"""The comma official news writes after a verb's named subject, which splits no clause.

Saudi and Gulf agency style sets a comma between the subject and the rest of its clause:
"أجرى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، اتصالا هاتفيا بالرئيس ..."، "استقبل ولي
العهد الأمير محمد بن نايف، في مكتبه اليوم، وزير الخارجية ...". The event reader stops at a clause
mark, so the object (or the nominal trigger after its light verb) was cut off from its verb and
the event lost. This module finds those commas so the reader can pass over them: the comma right
after the first named mention that follows a verb which may start a trigger (or a light verb),
with only words between them; and, after it, a second comma closing a short adverbial of place
or time ("في مكتبه بقصر السلام بجدة اليوم،") that opens with a preposition or a time word.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.events.words import LIGHT_VERBS, TODAY, _Mention, _strip_conjunction
from marsad.lexicons.verbs import reporting_verb_keys

# how many words may stand between the verb and the comma (titles and a long name:
# "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود")
SUBJECT_WORDS = 12
# how many words a place-or-time adverbial between two commas may hold
ADVERBIAL_WORDS = 10
COMMAS = ("،", ",")
# how many title words may stand before the subject's name ("نائب رئيس مجلس الوزراء وزير الداخلية")
TITLE_WORDS = 7
# words no title holds: prepositions, relatives, "belonging to", "called"
NOT_TITLES = frozenset(match_key(w) for w in (
    "في", "من", "على", "إلى", "عن", "مع", "بها", "به", "بهم", "له", "لها", "لهم", "منها", "منه", "عليه",
    "عليها", "ما", "الذي", "التي", "الذين", "تابعة", "التابعة", "تابع", "التابع", "يدعى", "المدعو", "بين"))
# a complementizer after the comma: the name's words follow, not the verb's object
SAID_THAT = frozenset(match_key(w) for w in ("إن", "أن", "إنه", "أنه", "إنها", "أنها", "بأن", "بان"))
FAMILY = match_key("آل")
# words an adverbial of place or time opens with ("في مكتبه"، "بقصر"، "مساء اليوم"، "أمس")
ADVERBIAL_OPENERS = frozenset(match_key(w) for w in (
    "في", "بمقر", "بقصر", "بمكتبه", "بمكتبها", "خلال", "لدى", "عقب", "بعد", "قبل", "ظهر", "عصر", "مساء",
    "صباح", "أمس", "اليوم", "هنا", "الليلة"))


def subject_commas(tokens: list[Token], lo: int, hi: int, may_start: set[int],
                   named: list[_Mention]) -> set[int]:
    """Token indices in tokens[lo:hi] (a sentence) of commas that only follow a verb's named subject
    (and of the comma that closes an adverbial right after it)."""
    out: set[int] = set()
    ends = {m.end for m in named if m.entity is not None}
    starts = {m.start: m.entity for m in named if m.entity is not None}
    reporting_keys = reporting_verb_keys()
    k = lo
    while k < hi:
        t = tokens[k]
        if t.kind == "punct":
            k += 1
            continue
        # every word of every sentence passes here: the key without و/ف is taken once
        key = t.key
        bare = _strip_conjunction(key)
        reporting = bare in reporting_keys
        if not (reporting or k in may_start or bare in LIGHT_VERBS or key in LIGHT_VERBS):
            k += 1
            continue
        comma = _subject_comma(tokens, k, hi, ends, starts)
        if comma is None:
            k += 1
            continue
        second = _adverbial_close(tokens, comma + 1, hi)
        if reporting and k not in may_start and (second is None or _conjoined(tokens, second + 1, hi)):
            # "وأكد عباس، أمس، أثناء لقائه ...": a reporting verb's subject only before an aside of
            # place or time that the same clause goes on after ("يدعى فلان، في منطقة كذا، واستهدف
            # ...": a new clause follows)
            k += 1
            continue
        out.add(comma)
        if second is not None:
            out.add(second)
        k = comma + 1
    return out


def _subject_comma(tokens: list[Token], v: int, hi: int, ends: set[int], starts: dict[int, object]) -> int | None:
    """The comma after the first named mention following the verb at tokens[v], when only title
    words stand between them and the mention ends right at the comma ("خادم الحرمين الشريفين
    الملك سلمان" is one person named twice)."""
    seen_name: object = None
    for k in range(v + 1, min(hi, v + 2 + SUBJECT_WORDS)):
        t = tokens[k]
        if t.kind == "punct":
            if t.text in COMMAS and seen_name is not None and _name_end(tokens, k, ends) and k + 1 < hi \
                    and tokens[k + 1].kind != "punct" and tokens[k + 1].key not in SAID_THAT \
                    and _strip_conjunction(tokens[k + 1].key) == tokens[k + 1].key:
                # not before "و" ("التقى الوزير X، وبحث معه" goes on with another clause) nor before
                # "إنه" (what the name said follows)
                return k
            return None
        if seen_name is None and (k - v > TITLE_WORDS or t.key in NOT_TITLES):
            # "استهدف محطة تابعة لشخص يدعى X،"، "بعث بها قادة الحزبين في مجلس النواب،"، "ما قاله
            # الوزير X،": the name is a genitive, an object or a relative's subject, not the verb's
            return None
        if t.start in starts:
            if seen_name is not None and starts[t.start] != seen_name:
                return None  # a second one named: the comma is after the object, not the subject
            seen_name = starts[t.start]
    return None


def _name_end(tokens: list[Token], k: int, ends: set[int]) -> bool:
    """Whether a name ends right before the comma at tokens[k], or before a family's "آل سعود"
    (which the name's mention leaves out)."""
    if tokens[k - 1].end in ends:
        return True
    return k >= 3 and tokens[k - 2].key == FAMILY and tokens[k - 3].end in ends


def _adverbial_close(tokens: list[Token], k: int, hi: int) -> int | None:
    """The comma closing a short adverbial of place or time that opens at tokens[k]."""
    if k >= hi or tokens[k].kind == "punct":
        return None
    first = tokens[k].key
    if first not in ADVERBIAL_OPENERS and first not in TODAY:
        return None
    for j in range(k + 1, min(hi, k + 1 + ADVERBIAL_WORDS)):
        t = tokens[j]
        if t.kind == "punct":
            return j if t.text in COMMAS and j + 1 < hi and tokens[j + 1].kind != "punct" else None
    return None


def _conjoined(tokens: list[Token], k: int, hi: int) -> bool:
    """Whether tokens[k] opens another clause with و or ف ("واستهدف")."""
    return k < hi and _strip_conjunction(tokens[k].key) != tokens[k].key
