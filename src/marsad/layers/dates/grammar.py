"""The grammar of Arabic date expressions: lexicons and patterns over match keys.

Patterns run over the document's *match key* (`marsad.arabic.normalize.match_key_map`), where
hamza seats, ta marbuta, alef maqsura, diacritics, tatweel and Eastern digits are already folded,
so "أغسطس"/"اغسطس", "١٧"/"17" and "هـ"/"ه" need one entry each. `context` maps every match
back to display offsets. Month, weekday and number words are data (`lexicons/*.tsv`), and so
are the closed-class word lists (الماضي، المقبل، مطلع ...: `lexicons/date_words.tsv`); the
words written into the patterns themselves (أمس، غدا، قبل ...) stay beside them here.
The tokens a pattern may start at are found by `pattern_starts`; dates are computed by
`calendar_arithmetic`.

Normalisation choices (documented in OUTPUT.md terms):
- A Hijri year alone ("1436هـ") is the Gregorian year holding most of its days.
- A Hijri month without a day ("شهر رمضان") is the Gregorian month in which it starts.
- Week expressions ("الأسبوع الماضي") are `YYYY-MM` when the whole week (Sunday to Saturday,
  the Arab working week) falls in one month, else null: ISO weeks are not part of the contract.
- A quarter ("الربع الثاني من العام الجاري") is not a value of the contract: its year alone is
  reported ("العام الجاري"). (Annotators disagree: some sets value it `YYYY-Qn`, most the year.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from marsad.arabic.normalize import match_key, match_key_map
from marsad.lexicons.loader import table


@dataclass(frozen=True, slots=True)
class Lexicons:
    months: dict[str, tuple[int, int]]  # key -> (month, ambiguity)
    hijri: dict[str, tuple[int, int]]
    weekdays: dict[str, int]  # key -> Python weekday (0 = Monday)
    ordinals: dict[str, int]
    cardinals: dict[str, int]


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    months = {match_key(r[0]): (int(r[1]), int(r[3])) for r in table("months.tsv")}
    hijri = {match_key(r[0]): (int(r[1]), int(r[2])) for r in table("hijri_months.tsv")}
    weekdays = {match_key(r[0]): int(r[1]) for r in table("weekdays.tsv")}
    ordinals: dict[str, int] = {}
    cardinals: dict[str, int] = {}
    for r in table("number_words.tsv"):
        (ordinals if r[2] == "ordinal" else cardinals)[match_key(r[0])] = int(r[1])
    return Lexicons(months, hijri, weekdays, ordinals, cardinals)


def _alt(keys) -> str:
    """A regex alternation of keys, longest first, internal spaces matching any whitespace."""
    return "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(keys, key=len, reverse=True))


def key_of(s: str) -> str:
    """Collapse whitespace so a matched multi-word name can be looked up."""
    return " ".join(s.split())


# --- closed-class grammar words (match keys), from lexicons/date_words.tsv ---------------------
DATE_WORDS = "date_words.tsv"


def date_words(section: str) -> tuple[str, ...]:
    """The words of one section of `date_words.tsv`, in file order."""
    return tuple(row[0] for row in table(DATE_WORDS, 2) if row[1] == section)


PAST_MODS = date_words("past_modifier")
FUTURE_MODS = date_words("future_modifier")
CURRENT_MODS = date_words("current_modifier")
MOD = _alt(PAST_MODS + FUTURE_MODS + CURRENT_MODS)
# "مطلع العام", "منتصف أيار": kept in the span, value of the period they qualify
PERIOD_WORDS = date_words("period")
PERIOD = _alt(PERIOD_WORDS)
YEAR_WORDS = date_words("year_word")
YEAR_WORD = _alt(YEAR_WORDS)
# prepositions after which a bare four-digit number is read as a year ("في 2016")
YEAR_PREPS = date_words("year_preposition")
YEAR_PREP = _alt(YEAR_PREPS)
# words that may follow a bare year without making it a count of something
AFTER_YEAR_OK = frozenset(match_key(w) for w in date_words("after_year"))
UNIT_WORDS = date_words("relative_unit")
# "السابق", "التالي", "الذي سبقه": a year counted from the date named before it, not from `published`
ANCHOR_BEFORE = date_words("anchor_before")
ANCHOR_AFTER = date_words("anchor_after")
ANCHOR_REL = _alt(ANCHOR_BEFORE + ANCHOR_AFTER)
# "العام نفسه", "الشهر ذاته": the same year or month as the date named before (match keys)
SAME_WORDS = ("نفسه", "نفسها", "ذاته", "ذاتها", "عينه")
SAME_REL = _alt(SAME_WORDS)
UNIT_REL = _alt(UNIT_WORDS)
LAM_UNIT_WORDS = tuple("ل" + u[2:] for u in UNIT_WORDS)  # "العام" after the preposition ل: "(ل)لعام"
LAM_UNIT_REL = _alt(LAM_UNIT_WORDS)

def lam_ordinals(lx: Lexicons) -> tuple[str, ...]:
    """Definite ordinals as written after ل ("لتاسع" of "للتاسع"): ل + ال is written لل."""
    return tuple("ل" + k[2:] for k in lx.ordinals if k.startswith("ال"))


def ordinal_value(lx: Lexicons, words: str) -> int | None:
    """The day an ordinal names, in either spelling ("التاسع", "لتاسع" after ل)."""
    key = key_of(words)
    if key in lx.ordinals:
        return lx.ordinals[key]
    return lx.ordinals.get("ا" + key) if key.startswith("ل") else None


def compile_patterns(lx: Lexicons) -> dict[str, re.Pattern[str]]:
    mon = _alt(lx.months)
    hmon = _alt(lx.hijri)
    wd = _alt(lx.weekdays)
    # an ordinal after the preposition ل loses its alif: "الموافق للتاسع من شهر ذي القعدة"
    ordw = rf"(?:{_alt(lx.ordinals)}|(?<=ل)(?:{_alt(lam_ordinals(lx))}))"
    card = _alt(lx.cardinals)
    cl = r"(?<!\w)(?P<cl>[وف]?[بلك]?)"  # proclitics, dropped from the span
    dayn = r"(?<![\d.,/:])(?:3[01]|[12]\d|0?[1-9])(?![\d:]|[.,/]\d)"
    # a day number in parentheses, the close mark kept in the span ("يوم (19) شوال": numbers set apart)
    dayclose = r"(?:(?:(?<=\(\d)|(?<=\(\d\d)|(?<=\( \d)|(?<=\( \d\d))\s*\))?"
    wdpre = rf"(?:(?:يوم\s+)?(?P<wd>{wd})\s*[،,]?\s*(?:(?:ال)?موافق\s+(?:ل\s*)?)?)"
    # "نوفمبر (تشرين الثاني)", "أغسطس/آب", "أغسطس آب", and "(نوفمبر) تشرين الثاني": the pair in
    # either order, the bracketed name first too (then the second name must follow)
    # (a match tried at the month itself sees the bracket before it: `pb`, an empty group)
    # (a year may be glued to the month, "أيار/مايو2011": a letter may not follow it, a digit may)
    mpair = (rf"(?:(?P<po>\()\s*|(?P<pb>(?<=\()|(?<=\(\s)))?(?P<m1>{mon})(?![^\W\d])"
             rf"(?(po)\s*\)\s*(?P<m5>{mon})(?![^\W\d])|(?(pb)\s*\)\s*(?P<m6>{mon})(?![^\W\d])"
             rf"|(?:\s*\(\s*(?P<m2>{mon})\s*\)|\s*[/\\\-–]\s*(?P<m3>{mon})(?![^\W\d])"
             rf"|\s+(?P<m4>{mon})(?![^\W\d]))?))")
    year = r"(?P<y>\d{4})(?!\d)(?:\s*(?:م|ميلادي|ميلاديه|للميلاد)(?!\w))?"
    yearpart = (rf"(?:\s*[،,/]?\s*(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?{year}"
                rf"|\s+(?:من\s+)?(?:(?:العام|السنه)\s+(?P<yrel>{MOD})|(?P<ythis>هذا\s+العام|هذه\s+السنه))(?!\w)"
                # "من العام قبل الماضي": two years back; "قبل عامين", "قبل ثلاث سنوات" (not "... من الحرب")
                rf"|\s+(?:من\s+)?(?:العام|السنه)\s+(?P<ytwo>قبل\s+(?:الماضي|الماضيه|السابق))(?!\w)"
                rf"|\s+قبل\s+(?:(?P<yn>\d{{1,2}}|{card})\s+)?(?P<yu>عامين|سنتين|عام|سنه|اعوام|سنوات)(?!\w)"
                rf"(?!\s+(?:من|علي)(?!\w)))")
    hyear = r"(?P<hy>1[2-5]\d\d)(?!\d)(?:\s*(?:ه|هجري|هجريه|للهجره)(?!\w))?"
    mod = rf"(?:\s+(?P<mod>{MOD})(?!\w))"
    # the weekday of a relative day in brackets or quotes: "اليوم (الاثنين)", 'غدا "الثلاثاء"'
    wd_enclosed = rf"(?:\(\s*(?P<wd>{wd})\s*\)|[\"«“]\s*(?P<wdq>{wd})\s*[\"»”])"
    per = rf"(?:(?P<per>{PERIOD})\s+)"
    pats = {
        # "الاثنين 17 كانون الأول (ديسمبر) 2021", "السابع عشر من ديسمبر الماضي", "12 إلى 15 أغسطس",
        # "7 / يوليو / 2015" (a day, month and year set apart by slashes)
        "dmy": rf"{cl}{wdpre}?(?:(?:ال\s*)?(?P<dn>{dayn}){dayclose}|(?P<do>{ordw}))(?:\s*(?:-|–|الي|و|حتي)\s*(?P<d2>{dayn}))?"
               rf"\s*(?:/\s*)?(?:من\s+)?(?P<shahr>شهر\s+)?{mpair}{yearpart}?{mod}?",
        # "الـ21 من الشهر الجاري", "يوم الثلاثاء 26 الشهر الجاري"
        # ... and "في 12 الجاري", "يوم 5 المقبل": the month left out (a day number and a masculine modifier;
        # the handler wants a preposition or "يوم" before the number)
        "dcur": rf"{cl}{wdpre}?(?:ال\s*)?(?:(?P<dn>{dayn})|(?P<do>{ordw}))\s*(?:(?:من\s+)?(?:هذا\s+)?الشهر\s+"
                rf"(?P<mod>{MOD})|(?<=\d)\s*(?P<bare>الجاري|الحالي|المقبل|القادم|الماضي|المنصرم))(?!\w)",
        # "الـ12 من الشهر نفسه", "يومي 14 و17 من الشهر ذاته": a day of the month named just before
        "dsame": rf"{cl}(?:يوم\s+|يومي\s+)?(?:ال\s*)?(?:(?P<dn>{dayn})|(?P<do>{ordw}))(?:\s*(?:-|–|الي|و|حتي)\s*(?P<d2>{dayn}))?"
                 r"\s*من\s+(?:(?:نفس|ذات)\s+الشهر|الشهر\s+(?:نفسه|ذاته|عينه))(?!\w)",
        # "26 شوال 1436 هـ", "شهر رمضان", "غرة ذي الحجة", "يوم الأحد أول ذي القعدة" (أول: the first day after a weekday)
        "hijri": rf"{cl}{wdpre}?(?:(?:(?P<dn>{dayn}){dayclose}|(?P<do>{ordw})|(?P<ghurra>غره|(?(wd)اول|(?!))))"
                 rf"(?:\s*(?:-|–|الي|و|حتي)\s*(?P<d2>{dayn}))?\s*(?:من\s+)?)?(?P<shahr>شهر\s+)?"
                 rf"(?P<hm>{hmon})(?!\w)(?:\s*[،,]?\s*(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?{hyear})?{mod}?",
        # "حزيران (يونيو)", "يوليو 2015", "منتصف أيار (مايو)", "شهر يوليو", "سبتمبر عام 2005"
        "my": rf"{cl}{per}?(?P<shahr>شهر\s+|شهري\s+)?{mpair}{yearpart}?{mod}?",
        # "عام 2014", "سنة 1436هـ", "أعوام 2015", "مطلع عام 2016"
        # ("عام .2015": a sentence's full stop typed before the number it follows)
        "year": rf"{cl}{per}?(?P<yw>{YEAR_WORD})\s*(?:[،,]\s*|\.(?=\d{{4}}(?!\d)))?(?:(?P<hy>1[2-5]\d\d)\s*(?:ه|هجري|هجريه|للهجره)(?!\w)|(?P<y>\d{{4}})(?!\d)"
                rf"(?:\s*(?:م|ميلادي|ميلاديه|للميلاد)(?!\w))?)",
        # "1436/1437هـ", "العام الدراسي 1436 - 1437هـ": a season over two Hijri years
        # (without هـ after "العام الدراسي": "للعام الدراسي 1435/1436", checked by the handler)
        "hyrange": rf"{cl}(?:(?P<yw>{YEAR_WORD})\s*)?(?P<hy1>1[2-5]\d\d)\s*[-–/]\s*(?P<hy>1[2-5]\d\d)(?!\d)"
                   r"(?P<suf>\s*(?:ه|هجري|هجريه|للهجره)(?!\w))?",
        # "2014م", "1436هـ"
        "yearsuf": r"(?<![\w.,/])(?:(?P<y>\d{4})\s*(?:م|ميلادي|ميلاديه|للميلاد)|(?P<hy>1[2-5]\d\d)\s*(?:ه|هجري|هجريه|للهجره))(?!\w)",
        # "في 2016", "ففي 2012", "منذ1961"
        "yearprep": rf"(?<!\w)[وف]?[بل]?(?:{YEAR_PREP})\s*(?P<y>(?:19|20)\d\d)(?!\d)(?![.,/:]\d)",
        # "(2014)", "انتخابات 2011", "و2022": `years` says whether the context makes it a year
        "yearbare": r"(?:(?<![\w.,/:\-])|(?<=(?<!\w)[وف]))(?P<y>(?:19|20)\d\d)(?!\d)(?![.,/:]\d)",
        "numeric": r"(?:(?<![\w.,/\-])|(?<=(?<!\w)[وفب]))(?P<a>\d{1,4})\s?(?P<sep>[/.\-–])\s?(?P<b>\d{1,2})\s?(?P<sep2>[/.\-–])\s?(?P<c>\d{1,4})(?![\d]|[.,/\-–]\d)"
                   r"(?:\s*(?P<suf>ه|م)(?!\w))?",
        "today": rf"{cl}(?P<rel>اليوم)(?!\w)(?:\s*(?:{wd_enclosed}|[،,]?\s*(?P<wdb>{wd})(?!\w)))?",
        "yesterday": rf"{cl}(?P<rel>اول\s+(?:من\s+)?امس|امس\s+الاول|(?:ال)?امس|البارحه(?:\s+الاولي)?)(?!\w)"
                     rf"(?:\s*(?:{wd_enclosed}|[،,]?\s*(?P<wdb>{wd})(?!\w)))?",
        "tomorrow": rf"{cl}(?P<rel>بعد\s+غدا?|(?:يوم|صباح|مساء|ظهر|فجر|ليل|ليله)\s+(?:ال)?غد|غدا|غد(?=\s*\(\s*(?:{wd})\s*\)|\s+(?:{wd})(?!\w)))(?!\w)(?:\s*(?:{wd_enclosed}|[،,]?\s*(?P<wdb>{wd})(?!\w)))?",
        # "الليلة قبل الماضية": the night before last, a day earlier than "الليلة الماضية"
        "lastnight": rf"{cl}(?P<rel>الليله\s+(?:قبل\s+)?الماضيه|ليله\s+امس|مساء\s+امس)(?!\w)",
        "weekday": rf"{cl}(?P<yom>يوم\s+)?(?P<wd>{wd})(?!\w){mod}?",
        # "للعام الجاري": ل + ال writes لل, the unit then loses its alif
        # "العام قبل الماضي", "الشهر بعد المقبل": two units back or ahead (`beyond`)
        "unitrel": rf"{cl}{per}?(?:(?:(?P<this>هذا|هذه)\s+)?(?P<unit>{UNIT_REL})|(?<=ل)(?P<lunit>{LAM_UNIT_REL}))(?!\w)"
                   rf"(?:\s+(?:(?P<beyond>قبل|بعد)\s+)?(?P<mod>{MOD})(?!\w))?",
        # "العام السابق", "السنة التالية": the year before or after the one just named ("في 2013 ... وفي العام التالي")
        "yearanchor": rf"{cl}{per}?(?P<unit>العام|السنه)\s+(?P<rel>{ANCHOR_REL})(?!\w)",
        # "في العام نفسه", "نفس الشهر", "الشهر السابق": the year or month of the date named before (or the one
        # before or after it); valued by `anchor_periods`
        "periodanchor": rf"{cl}(?:(?P<unit>الشهر)\s+(?P<rel>{ANCHOR_REL}|{SAME_REL})|(?P<yunit>العام|السنه)\s+(?P<same>{SAME_REL})"
                        rf"|(?:نفس|ذات)\s+(?P<sunit>العام|السنه|الشهر)|(?:ذلك\s+العام|تلك\s+السنه))(?!\w)",
        "earlier": rf"{cl}(?P<rel>وقت\s+سابق\s+من\s+(?:هذا\s+)?)(?P<unit>{UNIT_REL})(?:\s+(?P<mod>{MOD}))?(?!\w)",
        # "يوم عيد الفطر", "ثاني أيام عيد الأضحى", "صباح يوم العيد": a day of a feast (`feasts.py`)
        "feast": rf"{cl}(?:(?P<day>{FEAST_DAY})\s+(?:(?P<which>عيد\s+(?:{FEAST_NAME}))|(?P<bare>العيد))"
                 rf"|(?P<named>(?:(?:صباح|مساء|ظهر|عصر)\s+)?يوم)\s+(?P<which2>عيد\s+(?:{FEAST_NAME})))(?!\w)",
        "ago": rf"{cl}قبل\s+(?:(?P<n>\d{{1,2}}|{card})\s+)?(?P<u>يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|شهور|"
               rf"عام|عامين|اعوام|سنه|سنتين|سنوات)(?!\w)",
    }
    return {k: re.compile(v) for k, v in pats.items()}


# the days of a feast its words name (match keys): "يوم", "أول أيام" ... "رابع أيام", a time of its day
# (the bare "يوم العيد", "صباح العيد" are left out: features tell the customs of every feast in them)
FEAST_DAYS = {"اول ايام": 1, "ثاني ايام": 2, "ثالث ايام": 3, "رابع ايام": 4}
FEAST_DAY = _alt(FEAST_DAYS)
# the two feasts by name (match keys) -> (Hijri month, its first day)
FEASTS = {"الفطر": (10, 1), "الاضحي": (12, 10)}
FEAST_NAME = _alt(FEASTS)



# --- units counted back ("قبل ثلاثة أيام"): unit word -> (unit, count) ---------------------
AGO_UNITS: dict[str, tuple[str, int]] = {
    row[0]: (row[2], int(row[3])) for row in table(DATE_WORDS, 2) if row[1] == "ago_unit"
}


# --- context words and glue between expressions (match keys) ----------------------------------
WORD_BEFORE = re.compile(r"(\w+)(\W*)$")
NEXT_TOKEN = re.compile(r"\s*(\w+|[^\w\s])?")
SENT_END = re.compile(r"[.!?؟\n]")
QUOTES = "\"'«»“”"
COORD_YEAR = re.compile(r"\s*[،,]?\s*(?:و|او|ثم|الي|-|–)\s*(?P<y>(?:1[0-9]|20)\d\d)(?!\d)"
                         r"(?!\s*(?:ه|هجري|هجريه|للهجره)(?!\w))(?:\s*م(?!\w))?")
HABITUAL = re.compile(r"\s*(?:من\s+)?(?:كل|سنويا)(?!\w)")
# "يوم الخميس الموافق ..."; "يوم الجمعة بتاريخ 22/10/1436هـ", "يوم الثلاثاء، تاريخ 12 شوال": the date the weekday falls on
# "الخميس (21) شوال": the open mark of a day set in parentheses
WD_GAP = re.compile(r"\s*\)?\s*[،,]?\s*(?:(?:ال)?موافق\s*(?:ل\s*)?|ب?تاريخ\s*[:]?\s*)?[(«\"“]?\s*")
# ("19 - 21 شوال 1436هـ الموافق من 4 - 6 أغسطس": the range given again, "من" and all)
DUAL_GAP = re.compile(r"\s*[،,\-–/]?\s*\(?\s*(?:و?(?:ال)?موافق\s*(?:ل\s*)?(?:من\s+)?)?\(?\s*")

# a word before a month or weekday that makes an ambiguous name a date ("في آذار", "مطلع رمضان")
TIME_PREPS = frozenset(date_words("time_preposition"))
# "اليوم" after these is part of a name or means "the day", not today
NOWADAYS_COPULAS = frozenset(date_words("nowadays_copula"))
TODAY_BAD_PREV = frozenset(date_words("not_today_before")) | NOWADAYS_COPULAS | frozenset(date_words("nowadays_verb"))
TODAY_BAD_NEXT = frozenset(date_words("not_today_after"))
WEEKDAY_BAD_PREV = frozenset(date_words("not_weekday_before"))
DATE_NAME_BEFORE = frozenset(date_words("date_name_before"))
NOT_MONTH_BEFORE = frozenset(date_words("not_month_before"))
NAME_TITLES = frozenset(date_words("name_title_before"))
DEFERRALS = frozenset(date_words("deferral"))
# "جلسة الأمس", "ظهيرة الأمس": الأمس after a noun of an event or a time of day is yesterday
YESTERDAY_NOUNS = frozenset(date_words("yesterday_noun_before"))
# "أحداث 11 سبتمبر", "منذ 11 سبتمبر": the attacks of 2001 (a date the press names without its year)
ATTACKS_NOUNS = frozenset(date_words("attacks_noun_before"))
ATTACKS_TIME_WORDS = frozenset({"بعد", "منذ", "مذ", "عقب", "اعقاب"})  # match keys: read back in time
ATTACKS_DAY = date(2001, 9, 11)
ONWARD_BEFORE = frozenset(date_words("onward_before"))
# "يوم السبت من كل أسبوع", "الجمعة والسبت كل أسبوع", "أسبوعيا": a weekday of a habit, up to the clause's end
HABITUAL_WEEKDAY = re.compile(
    rf"[^.،,؛;!?؟\n]{{0,40}}?(?<!\w)(?:كل\s+(?:{_alt(date_words('habitual_after'))})|اسبوعيا)(?!\w)")

DIACRITIC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def key_and_map(text: str) -> tuple[str, list[int], list[int] | None]:
    """The match key and a compact map back: the key positions of removed diacritics.

    Equivalent to `match_key_map` (which loops over every character in Python) but several times
    faster: folding is one-to-one, so only the removed marks shift offsets.
    """
    removed = [m.start() - i for i, m in enumerate(DIACRITIC.finditer(text))]
    key = match_key(text)
    if len(key) != len(text) - len(removed):  # a character whose lower case is longer: slow path
        key, idx = match_key_map(text)
        return key, [], idx
    return key, removed, None


def strip_proclitics(w: str) -> str:
    """A preceding word without its proclitics (و، ف، ب، ل), when enough of it is left."""
    for n in (2, 1):
        if len(w) - n >= 3 and all(ch in "وفبل" for ch in w[:n]):
            return w[n:]
    return w


WEEK_START = ("مطلع", "بدايه", "مستهل", "اول")


def whole_week(unit: str, period: str | None) -> bool:
    """"الأسبوع الماضي", "هذا الأسبوع": a week is a period the contract has no value for (ISO weeks
    are not in OUTPUT.md, and a week often spans two months); the guide leaves such expressions
    out of what is scored. They are not listed as dates. "مطلع الأسبوع" names a day and is kept."""
    return unit == "الاسبوع" and period not in WEEK_START
