"""Date expressions matched in one document's match key, each read by its pattern's handler.

`DateMatcher` holds a document's key (`grammar.key_and_map`), its publication date and the
context tests the handlers share (the word before, the direction of a bare weekday ...); each
`h_<kind>` method turns one regex match of `grammar.compile_patterns` into `DateMatch`es with
normalised values, or none when the words are not a date in that context.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token, tokenize
from marsad.layers.dates.grammar import (
    AGO_UNITS,
    ANCHOR_BEFORE,
    COORD_YEAR,
    CURRENT_MODS,
    DATE_NAME_BEFORE,
    FUTURE_MODS,
    NEXT_TOKEN,
    NOWADAYS_COPULAS,
    PAST_MODS,
    QUOTES,
    TIME_PREPS,
    TODAY_BAD_NEXT,
    TODAY_BAD_PREV,
    WEEKDAY_BAD_PREV,
    WORD_BEFORE,
    add_months,
    gregorian_to_hijri,
    hijri_to_gregorian,
    hijri_year_value,
    key_and_map,
    key_of,
    parse_iso,
    pattern_starts,
    pick,
    safe_date,
    strip_proclitics,
    week_value,
    weekday_near,
    whole_week,
)
from marsad.layers.dates.tense import clause_tense
from marsad.layers.dates.years import NOUN_YEAR_AHEAD, bare_year_context, plausible, year_follows
from marsad.lexicons.loader import words

if TYPE_CHECKING:
    from marsad.layers.dates.layer import DateLayer


@dataclass(slots=True)
class DateMatch:
    """A matched date expression in key offsets, with its value (None: a date we cannot place)."""

    ks: int  # key offsets
    ke: int
    value: str | None
    kind: str
    calendar: str = ""  # "greg" or "hijri" for absolute dates: double datelines merge them


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


# "ما أصبحنا عليه اليوم", "ما هي عليه اليوم": "what X is these days", no day meant
MIN_NISBA_KEY = 5  # "الكلي": a definite adjective in -ي is longer than the preposition "إلى" (key "الي")
NOWADAYS_BEFORE = re.compile(r"(?<!\w)ما\s+(?:\w+\s+){0,2}علي(?:ه|ها|هم|نا)\s*$")

# "اليوم" or "غدا" earlier in the sentence: a weekday coordinated after it continues the days ahead
TODAY_BEFORE = re.compile(r"(?<!\w)[وف]?(?:اليوم|غدا)(?!\w)[^.!?؟\n]*$")

# "ابتداء من الأمس", "منذ الأمس", "صباح الأمس": الأمس after these is yesterday
SINCE_WORDS = frozenset({"من", "منذ", "حتي", "صباح", "مساء", "ظهر", "عصر", "فجر", "ليل", "ليله"})

# "القانون رقم 10 لسنة 2015": a law or decree cited by its number and year
LAW_NUMBER_BEFORE = re.compile(r"\d+\s*\)?\s*[وف]?لسنه\s*$")
# a day number just before a month name ("ثورة 25 يناير"): the month-only reading must not outlive it
DAY_BEFORE = re.compile(r"(?<![\d\w])\d{1,2}\s*$")

# how far back (key characters) the date an anchored year counts from may be ("... عن العام السابق")
ANCHOR_REACH = 300
# words after "العام السابق" that begin with ل but are not the preposition ("العام السابق لكن ...")
ANCHOR_NOT_PREP = frozenset({"لكن", "لكنه", "لكنها", "لذلك", "ليس"})

# period words before a month that name its first day, not its early part ("أول أكتوبر" vs "أوائل أكتوبر")
FIRST_DAY_WORDS = frozenset({"اول", "غره"})


# dual modifiers ("الماضيين", "المقبلين"): they qualify two coordinated dates at once
DUAL_MODS = tuple(w for w in PAST_MODS + FUTURE_MODS if w.endswith("ين"))


@lru_cache(maxsize=4)
def coordinated_weekday(weekdays: tuple[str, ...]) -> re.Pattern[str]:
    """After a weekday: "و" + another weekday + a dual modifier ("والأربعاء الماضيين")."""
    names = "|".join(sorted(weekdays, key=len, reverse=True))
    mods = "|".join(DUAL_MODS)
    return re.compile(rf"\s*(?:او\s+|و\s*)(?:يوم\s+)?(?:{names})\s+(?P<mod>{mods})(?!\w)")


# after a weekday: "بعد المقبل" (the one after next), "قبل الماضي" (the one before last)
WEEK_BEYOND = re.compile(rf"\s+(?P<rel>بعد|قبل)\s+(?P<mod>{'|'.join(PAST_MODS + FUTURE_MODS)})(?!\w)")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names (match keys): a weekday right after one is a family name ("محمد الخميس")."""
    return frozenset(match_key(w) for w in words("actors/given_names.tsv"))


def _step(mod: str | None) -> int:
    return -1 if mod in PAST_MODS else 1 if mod in FUTURE_MODS else 0


class DateMatcher:
    """One document's match key, publication date and the candidate expressions found in it."""

    def __init__(self, layer: DateLayer, text: str, published: str | None, tokens: list[Token] | None = None) -> None:
        self.lx = layer.lx
        self.patterns = layer.patterns
        self.text = text
        self.key, self._removed, self._idx = key_and_map(text)
        self.pub = parse_iso(published)
        # None when the key does not follow the text character for character: every offset is tried
        self.starts = None if self._idx is not None else pattern_starts(
            tokenize(text) if tokens is None else tokens, layer.starts_memo, layer.firsts, layer.first_index,
            self._removed)

    def offset(self, k: int) -> int:
        """The text offset of key character k."""
        if self._idx is not None:
            return self._idx[k]
        return k + bisect_right(self._removed, k)

    # --- context ---------------------------------------------------------------------------
    def prev_word(self, ks: int) -> tuple[str, str]:
        m = WORD_BEFORE.search(self.key, max(0, ks - 40), ks)
        return (strip_proclitics(m.group(1)), m.group(2)) if m else ("", "")

    def next_token(self, ke: int) -> str:
        m = NEXT_TOKEN.match(self.key, ke)
        return (m.group(1) or "") if m else ""

    def direction(self, ks: int, ke: int, mod: str | None, present_future: bool = False) -> str:
        if mod in PAST_MODS:
            return "past"
        if mod in FUTURE_MODS:
            return "future"
        if mod in CURRENT_MODS:
            return "current"
        if self.prev_word(ks)[0] == "منذ":
            return "past"
        return clause_tense(self.key, ks, ke, present_future) or "near"

    def dated_direction(self, ks: int, ke: int, mod: str | None) -> str:
        """The direction of a month or day without its year: a future verb without المقبل reaches
        the current month or day too ("سيستمر خلال شهر يوليو" in a July article: this July)."""
        direction = self.direction(ks, ke, mod)
        return "onward" if direction == "future" and mod not in FUTURE_MODS else direction

    def law_number_year(self, ys: int) -> bool:
        """Is the year starting at key[ys] the year of a law's number ("رقم 189 لسنة 2015")?"""
        return bool(LAW_NUMBER_BEFORE.search(self.key, max(0, ys - 30), ys))

    def names_a_body(self, ks: int) -> bool:
        """"قوى 14 آذار", "ثورة 25 يناير", "مدينة 6 أكتوبر": a day and month right after such a noun
        name a bloc, an event or a place, not a day near publication."""
        prev, gap = self.prev_word(ks)
        return prev in DATE_NAME_BEFORE and not gap.strip()

    def ambiguous_ok(self, level: int, ks: int, strong: bool, weak: bool) -> bool:
        """strong: day, year, "شهر" or a paired name; weak: a modifier or period word."""
        if level == 0 or strong:
            return True
        if level == 2:  # "آب الماضي", "أواخر آب": a modifier or a period word makes even "آب" a month,
            return weak and not self.key.startswith(("اول", "اخر"), ks)  # but "أول أب" is "the first father"
        return weak or self.prev_word(ks)[0] in TIME_PREPS

    # --- handlers: match -> candidates ---------------------------------------------------------
    def _start(self, m: re.Match[str]) -> int:
        return m.end("cl") if "cl" in m.re.groupindex and m.group("cl") is not None else m.start()

    def _day(self, m: re.Match[str]) -> int | None:
        if m.group("dn"):
            return int(m.group("dn"))
        if m.group("do"):
            return self.lx.ordinals.get(key_of(m.group("do")))
        return None

    def _wd(self, m: re.Match[str]) -> int | None:
        names = [g for g in ("wd", "wdb") if g in m.re.groupindex and m.group(g)]
        return self.lx.weekdays.get(m.group(names[0])) if names else None

    def _ordinal_modifies_noun(self, m: re.Match[str]) -> bool:
        """"النصف الثاني من شهر رمضان": the ordinal qualifies a noun, it is not a day."""
        if not m.group("do") or m.group("wd"):
            return False
        hit = WORD_BEFORE.search(self.key, max(0, m.start("do") - 40), m.start("do"))
        return bool(hit and hit.group(1).startswith("ال") and not hit.group(2).strip())

    def _month_only(self, m: re.Match[str], kind: str, group: str) -> list[DateMatch]:
        start = m.start("shahr") if m.group("shahr") else m.start(group)
        mm = self.patterns[kind].match(self.key, start)
        return getattr(self, "h_" + kind)(mm) if mm else []

    def _pair_end(self, m: re.Match[str]) -> int | None:
        """A pair written with a bare space ("أغسطس آب") must name the same month; else it ends early."""
        if m.group("m4") and self.lx.months[key_of(m.group("m4"))][0] != self.lx.months[key_of(m.group("m1"))][0]:
            return m.end("m1")
        return None

    def _year_shift(self, m: re.Match[str]) -> int | None:
        """Years from `published` a month's relative year part says: "من العام الماضي" -1, "هذا العام" 0,
        "من العام قبل الماضي" -2, "قبل ثلاث سنوات" -3; None without one."""
        if m.group("yrel") or m.group("ythis"):
            return _step(m.group("yrel"))
        if m.group("ytwo"):
            return -2
        if m.group("yu"):
            count = AGO_UNITS[m.group("yu")][1]
            if n := m.group("yn"):
                count = int(n) if n.isdigit() else self.lx.cardinals.get(n, 0)
            return -count if count else None
        return None

    def h_dmy(self, m: re.Match[str]) -> list[DateMatch]:
        ks, ke = self._start(m), self._pair_end(m) or m.end()
        d = self._day(m)
        mon, _level = self.lx.months[key_of(m.group("m1"))]
        if self._ordinal_modifies_noun(m):
            return self._month_only(m, "my", "m1")
        if d is None or not 1 <= d <= 31:
            return []
        cut = self._pair_end(m) is not None
        y = int(m.group("y")) if m.group("y") and not cut else None
        mod = None if cut else m.group("mod")
        if not cut and self.pub is not None and (shift := self._year_shift(m)) is not None:  # "من العام الماضي"
            y = self.pub.year + shift
        if y is not None and not 1000 <= y <= 2200:
            return []
        wd = self._wd(m)
        if y is None and wd is None and not mod and self.names_a_body(ks):
            return []
        if y is not None:
            value = _iso(safe_date(y, mon, d))
        elif self.pub is None:
            value = f"XXXX-{mon:02d}-{d:02d}"
        else:
            cands = [c for k in (-1, 0, 1) if (c := safe_date(self.pub.year + k, mon, d))]
            if wd is not None and any(c.weekday() == wd for c in cands):
                cands = [c for c in cands if c.weekday() == wd]
            direction = self.dated_direction(ks, ke, mod)
            if direction == "near" and mon == self.pub.month and wd is None:
                cands = [c for c in cands if c.year == self.pub.year]  # "30 يوليو" in a July article
            value = _iso(pick(cands, self.pub, direction)) if cands else None
        return [DateMatch(ks, ke, value, "dmy", "greg")]

    def h_dcur(self, m: re.Match[str]) -> list[DateMatch]:
        """"الـ21 من الشهر الجاري": Gregorian, unless a named weekday fits only the Hijri month."""
        ks, ke = self._start(m), m.end()
        d = self._day(m)
        if d is None or self._ordinal_modifies_noun(m):
            return []
        if self.pub is None:
            return [DateMatch(ks, ke, None, "dcur")]
        step = _step(m.group("mod"))
        greg = safe_date(*add_months(self.pub.year, self.pub.month, step), d)
        wd = self._wd(m)
        if wd is not None and (greg is None or greg.weekday() != wd) and (hp := gregorian_to_hijri(self.pub)):
            hy, hm = add_months(hp[0], hp[1], step)
            hij = hijri_to_gregorian(hy, hm, d) if d <= 30 else None
            if hij is not None and hij.weekday() == wd:
                return [DateMatch(ks, ke, hij.isoformat(), "dcur", "hijri")]
        return [DateMatch(ks, ke, _iso(greg), "dcur", "greg")]

    def h_hijri(self, m: re.Match[str]) -> list[DateMatch]:
        ks, ke = self._start(m), m.end()
        hm, level = self.lx.hijri[key_of(m.group("hm"))]
        if self._ordinal_modifies_noun(m):
            return self._month_only(m, "hijri", "hm")
        d = 1 if m.group("ghurra") else self._day(m)
        hy = int(m.group("hy")) if m.group("hy") else None
        strong = d is not None or hy is not None or bool(m.group("shahr"))
        if not self.ambiguous_ok(level, ks, strong, bool(m.group("mod"))):
            return []
        if d is not None and not 1 <= d <= 30:
            return []
        if hy is not None:
            g = hijri_to_gregorian(hy, hm, d or 1)
            value = (_iso(g) if d else _ym(g.year, g.month)) if g else None
        elif self.pub is None or (hp := gregorian_to_hijri(self.pub)) is None:
            value = None
        else:
            years = (0,) if hm == hp[1] and d else (-1, 0, 1)  # the current month: this year
            direction = self.dated_direction(ks, ke, m.group("mod")) if d else self.direction(ks, ke, m.group("mod"))
            cands = [g for k in years if (g := hijri_to_gregorian(hp[0] + k, hm, d or 1))]
            g = pick(cands, self.pub, direction) if cands else None
            value = (_iso(g) if d else _ym(g.year, g.month)) if g else None
        return [DateMatch(ks, ke, value, "hijri", "hijri")]

    def h_my(self, m: re.Match[str]) -> list[DateMatch]:
        ks, ke = self._start(m), self._pair_end(m) or m.end()
        mon, level = self.lx.months[key_of(m.group("m1"))]
        cut = self._pair_end(m) is not None
        y = int(m.group("y")) if m.group("y") and not cut else None
        paired = not cut and bool(m.group("m2") or m.group("m3") or m.group("m4"))
        strong = y is not None or bool(m.group("shahr")) or paired
        mod = None if cut else m.group("mod")
        if not cut and self.pub is not None and (shift := self._year_shift(m)) is not None:
            y = self.pub.year + shift
            strong = True
        if not self.ambiguous_ok(level, ks, strong, bool(mod or m.group("per"))):
            return []
        if y is None and not mod and (day := DAY_BEFORE.search(self.key, max(0, ks - 4), ks)) and self.names_a_body(
                day.start()):
            return []  # the month of "ثورة 25 يناير", whose day was refused as a name
        if y is None and not mod and not m.group("shahr") and self.names_a_body(ks):
            return []  # "حرب أكتوبر", "ثورة يوليو": a bare month right after such a noun names an event
        if y is not None:
            if not 1000 <= y <= 2200:
                return []
            value = _ym(y, mon)
        elif self.pub is None:
            value = f"XXXX-{mon:02d}"
        else:
            direction = self.dated_direction(ks, ke, mod)
            if direction == "current":
                value = _ym(self.pub.year, mon)
            else:
                cands = [(self.pub.year + k, mon) for k in (-1, 0, 1)]
                value = _ym(*pick(cands, (self.pub.year, self.pub.month), direction))
        if value and m.group("per") in FIRST_DAY_WORDS and "X" not in value:
            value += "-01"  # "أول أكتوبر", "غرة يناير": the first day of the month
        return [DateMatch(ks, ke, value, "my", "greg")]

    def _years(self, ks: int, ke: int, y: int | None, hy: int | None, kind: str) -> list[DateMatch]:
        if hy is not None:
            return [DateMatch(ks, ke, hijri_year_value(hy), kind, "hijri")]
        if y is None or not 1000 <= y <= 2200:
            return []
        out = [DateMatch(ks, ke, f"{y:04d}", kind, "greg")]
        while (c := COORD_YEAR.match(self.key, ke)) is not None:  # "أعوام 2015، و2019، و2023"
            ke = c.end()
            out.append(DateMatch(c.start("y"), ke, c.group("y"), kind, "greg"))
        return out

    def h_year(self, m: re.Match[str]) -> list[DateMatch]:
        if m.group("y") and self.law_number_year(m.start("y")):
            return []
        y = int(m.group("y")) if m.group("y") else None
        hy = int(m.group("hy")) if m.group("hy") else None
        return self._years(self._start(m), m.end(), y, hy, "year")

    def h_hyrange(self, m: re.Match[str]) -> list[DateMatch]:
        """"1436 - 1437هـ": a season (an academic or sports year) over two consecutive Hijri years,
        valued by the Gregorian year of the first, when it starts."""
        first, second = int(m.group("hy1")), int(m.group("hy"))
        if second != first + 1:
            return []
        return [DateMatch(self._start(m), m.end(), hijri_year_value(first), "year", "hijri")]

    def h_yearsuf(self, m: re.Match[str]) -> list[DateMatch]:
        y = int(m.group("y")) if m.group("y") else None
        hy = int(m.group("hy")) if m.group("hy") else None
        return self._years(m.start(), m.end(), y, hy, "year")

    def h_yearprep(self, m: re.Match[str]) -> list[DateMatch]:
        y = int(m.group("y"))
        context = "since" if "منذ" in self.key[m.start():m.start("y")] else "prep"
        if not year_follows(self.key, m.end(), self.lx.months, context, y):
            return []
        return self._years(m.start("y"), m.end(), y, None, "year")

    def h_yearbare(self, m: re.Match[str]) -> list[DateMatch]:
        y, ks = int(m.group("y")), m.start("y")
        if self.law_number_year(ks):
            return []
        if not plausible(y) or (context := bare_year_context(self.key, ks, self.lx.cardinals)) is None:
            return []
        if context == "noun" and self.pub is not None and y > self.pub.year + NOUN_YEAR_AHEAD:
            return []
        if not year_follows(self.key, m.end(), self.lx.months, context, y):
            return []
        return self._years(ks, m.end(), y, None, "year")

    def h_numeric(self, m: re.Match[str]) -> list[DateMatch]:
        a, b, c = m.group("a"), m.group("b"), m.group("c")
        if len(a) == 4:
            y, mo, d = int(a), int(b), int(c)
        elif len(c) == 4 and len(a) <= 2:
            d, mo, y = int(a), int(b), int(c)
            if mo > 12 >= d:
                d, mo = mo, d
        else:
            return []
        hijri = m.group("suf") == "ه" or 1300 <= y <= 1500
        g = hijri_to_gregorian(y, mo, d) if hijri else safe_date(y, mo, d)
        if g is None or not (hijri or 1800 <= y <= 2200):
            return []
        return [DateMatch(m.start(), m.end(), g.isoformat(), "numeric", "hijri" if hijri else "greg")]

    def _relative(self, m: re.Match[str], offset: int, direction: str) -> list[DateMatch]:
        ks, ke = self._start(m), m.end()
        if self.pub is None:
            return [DateMatch(ks, ke, None, "relative")]
        anchor = self.pub + timedelta(days=offset)
        wd = self._wd(m)
        if wd is not None and anchor.weekday() != wd:  # the named weekday wins
            # "غد الاثنين" in an article dated after it was written: the nearest Monday, not the next one
            anchor = weekday_near(anchor, wd, "near" if offset > 0 else direction)
        return [DateMatch(ks, ke, anchor.isoformat(), "relative")]

    def h_today(self, m: re.Match[str]) -> list[DateMatch]:
        ks, ke = self._start(m), m.end()
        if self._wd(m) is None:
            prev, gap = self.prev_word(ks)
            nxt = self.next_token(ke)
            before = self.key[ks - 1] if ks else ""
            after = self.key[ke] if ke < len(self.key) else ""
            if prev in TODAY_BAD_PREV and not gap.strip() or prev in ("صحيفه", "جريده", "قناه", "روسيا"):
                return []
            if before in QUOTES and after in QUOTES:  # «اليوم»: the newspaper
                return []
            if NOWADAYS_BEFORE.search(self.key, max(0, ks - 40), ks):
                return []  # "ما هو عليه اليوم": what it has become, these days
            if not gap.strip() and self._after_copula_and_subject(ks):
                return []  # "أصبحت المدينة اليوم": a verb of becoming and its subject, these days
            if nxt in TODAY_BAD_NEXT or nxt in self.lx.ordinals or (
                    nxt.startswith("ال") and len(nxt) >= MIN_NISBA_KEY and nxt.endswith(("ي", "يه"))
                    and nxt != "الماضي"):  # "اليوم الوطني", not "اليوم إلى" (key "الي")
                return []
        return self._relative(m, 0, "near")

    def _after_copula_and_subject(self, ks: int) -> bool:
        """A verb of becoming two words before ks, its subject between ("باتت القرية اليوم")."""
        subject = WORD_BEFORE.search(self.key, max(0, ks - 40), ks)
        verb = WORD_BEFORE.search(self.key, max(0, subject.start(1) - 40), subject.start(1)) if subject else None
        return verb is not None and not verb.group(2).strip() and (
            verb.group(1) in NOWADAYS_COPULAS or verb.group(1).removeprefix("و") in NOWADAYS_COPULAS)

    def h_yesterday(self, m: re.Match[str]) -> list[DateMatch]:
        rel = key_of(m.group("rel"))
        if rel == "الامس" and "ب" not in (m.group("cl") or "") and self.prev_word(self._start(m))[0] not in SINCE_WORDS:
            return []  # "أعداء الأمس": the past, not yesterday; "بالأمس", "ابتداء من الأمس" are the day
        return self._relative(m, -2 if "اول" in rel else -1, "past")

    def h_tomorrow(self, m: re.Match[str]) -> list[DateMatch]:
        rel = key_of(m.group("rel"))
        if rel == "غدا" and self._wd(m) is None:
            nxt = self.next_token(m.end())
            if nxt.startswith("ال"):  # "غدا الوضع أصعب": the verb "became"
                return []
        return self._relative(m, 2 if rel.startswith("بعد") else 1, "future")

    def h_lastnight(self, m: re.Match[str]) -> list[DateMatch]:
        return self._relative(m, -1, "past")

    def _ordinal_after(self, ke: int) -> bool:
        """Is the word after key[ke] an ordinal adjective, masculine or feminine ("الثاني", "الثانيه", "الاخيره")?"""
        nxt = self.next_token(ke)
        return nxt in self.lx.ordinals or nxt[:-1] in self.lx.ordinals or nxt in ("الاولي", "الاخير", "الاخيره")

    def _means_both(self, prev: str, ke: int) -> bool:
        """"بين الاثنين", "الاثنين معا", "كلا الاثنين": the numeral "the two", not Monday ("بين الاثنين
        والخميس" is a span of days)."""
        nxt = self.next_token(ke)
        return nxt in ("معا", "كليهما") or prev in ("بين", "كلا") and not nxt.startswith("و")

    def _shared_modifier(self, ke: int) -> str | None:
        """"يومي الثلاثاء والأربعاء الماضيين": a dual modifier after the coordinated weekday is this one's too."""
        hit = coordinated_weekday(tuple(self.lx.weekdays)).match(self.key, ke)
        return hit.group("mod") if hit else None

    def h_weekday(self, m: re.Match[str]) -> list[DateMatch]:
        ks, ke = self._start(m), m.end()
        wd = self.lx.weekdays[m.group("wd")]
        prev = self.prev_word(ks)[0]
        if not m.group("yom") and (prev in WEEKDAY_BAD_PREV or (wd == 6 and self.next_token(ke) == "عشر")):
            return []
        if not m.group("mod") and self._ordinal_after(ke):
            return []  # "الجمعة الثانية من رمضان": the n-th such day of a month, not the one near publication
        if wd == 0 and not m.group("yom") and not m.group("mod") and self._means_both(prev, ke):
            return []
        if not m.group("yom") and not m.group("mod") and prev in given_names():
            return []  # "أحمد الخميس": a family name
        if self.pub is None:
            return [DateMatch(ks, ke, None, "weekday")]
        mod = m.group("mod") or self._shared_modifier(ke)
        if not m.group("mod") and (beyond := WEEK_BEYOND.match(self.key, ke)) is not None:
            # "الأربعاء بعد المقبل", "السبت قبل الماضي": one week further than المقبل / الماضي
            later = beyond.group("rel") == "بعد"
            if beyond.group("mod") in (FUTURE_MODS if later else PAST_MODS):
                d = (weekday_near(self.pub + timedelta(days=1), wd, "future") + timedelta(days=7) if later
                     else weekday_near(self.pub - timedelta(days=1), wd, "past") - timedelta(days=7))
                return [DateMatch(ks, beyond.end(), d.isoformat(), "weekday")]
        direction = self.direction(ks, ke, mod, present_future=True)
        if direction == "near" and (m.group("cl") or "").startswith("و") and TODAY_BEFORE.search(
                self.key, max(0, ks - 80), ks):
            direction = "future"  # "اليوم الأربعاء سباق القوارب والخميس مسابقة الصيد": the days that follow
        if mod in PAST_MODS:
            d = weekday_near(self.pub - timedelta(days=1), wd, "past")
        elif direction == "future":
            d = weekday_near(self.pub + timedelta(days=1) if mod else self.pub, wd, "future")
        else:
            d = weekday_near(self.pub, wd, "past")
        return [DateMatch(ks, ke, d.isoformat(), "weekday")]

    def _unit_value(self, unit: str, step: int, period: str | None) -> str | None:
        if self.pub is None:
            return None
        if unit == "الاسبوع":
            sunday = self.pub - timedelta(days=(self.pub.weekday() + 1) % 7) + timedelta(days=7 * step)
            if period in ("مطلع", "بدايه", "مستهل", "اول"):
                return sunday.isoformat()
            return week_value(sunday)
        if unit == "الشهر":
            return _ym(*add_months(self.pub.year, self.pub.month, step))
        return f"{self.pub.year + step:04d}"

    def h_unitrel(self, m: re.Match[str]) -> list[DateMatch]:
        ks, ke = self._start(m), m.end()
        mod, per = m.group("mod"), m.group("per")
        unit = m.group("unit") or "ا" + m.group("lunit")  # "لعام" of "للعام": "العام"
        if m.group("lunit") and not m.group("per"):
            ks -= 1  # the span keeps the ل that merged with the article: "للعام الجاري", not "لعام الجاري"
        if not mod and not m.group("this"):
            nxt = self.next_token(ke)
            if not per or nxt.startswith("ال") or nxt in ("علي", "من"):
                return []  # "الأمين العام", "نهاية العام الدراسي"
        if mod and m.group("this"):
            return []
        if whole_week(unit, per):
            return []
        step = _step(mod)
        return [DateMatch(ks, ke, self._unit_value(unit, step, per), "unitrel")]

    def h_yearanchor(self, m: re.Match[str]) -> list[DateMatch]:
        """Valued against `published` here; `anchor_years` counts it from a year named just before."""
        prev, gap = self.prev_word(self._start(m))
        if not m.group("per") and m.group("unit") == "العام" and prev.startswith("ال") and not gap.strip():
            return []  # "المدير العام السابق": العام is "general", السابق "former"
        nxt = self.next_token(m.end())
        if nxt.startswith("ل") and len(nxt) > 3 and nxt not in ANCHOR_NOT_PREP or nxt == "علي":
            return []  # "العام السابق للانتخابات": counted from another event
        # with no year named before, "العام السابق" is the one before publication; "العام التالي"
        # without one follows a story's own past (a narrative), not publication: no value
        back = key_of(m.group("rel")) in ANCHOR_BEFORE
        value = f"{self.pub.year - 1:04d}" if back and self.pub is not None else None
        return [DateMatch(self._start(m), m.end(), value, "yearanchor")]

    def anchor_years(self, chosen: list[DateMatch]) -> None:
        """"في 2013 ... وفي العام التالي": the year after (or before) the latest date named before it
        in the same paragraph, within ANCHOR_REACH characters; else the one around `published`."""
        for i, c in enumerate(chosen):
            if c.kind != "yearanchor":
                continue
            for p in reversed(chosen[:i]):
                if c.ks - p.ke > ANCHOR_REACH or "\n" in self.key[p.ke:c.ks]:
                    break
                if p.kind != "yearanchor" and p.value and p.value[:4].isdigit():
                    step = -1 if key_of(self.key[c.ks:c.ke].split(maxsplit=1)[-1]) in ANCHOR_BEFORE else 1
                    c.value = f"{int(p.value[:4]) + step:04d}"
                    break

    def h_earlier(self, m: re.Match[str]) -> list[DateMatch]:
        if whole_week(m.group("unit"), None):
            return []
        return [DateMatch(self._start(m), m.end(), self._unit_value(m.group("unit"), 0, None), "unitrel")]

    def h_ago(self, m: re.Match[str]) -> list[DateMatch]:
        ks, ke = self._start(m), m.end()
        if re.match(r"\s+(?:من|علي)(?!\w)", self.key[ke:]):
            return []  # "قبل يومين من الانتخابات": anchored to another event
        unit, count = AGO_UNITS[m.group("u")]
        n = m.group("n")
        if n:
            count = int(n) if n.isdigit() else self.lx.cardinals.get(n, 0)
        if not count:
            return []
        if self.pub is None:
            return [DateMatch(ks, ke, None, "ago")]
        if unit in "dw":
            value = (self.pub - timedelta(days=count * (7 if unit == "w" else 1))).isoformat()
        elif unit == "m":
            value = _ym(*add_months(self.pub.year, self.pub.month, -count))
        else:
            value = f"{self.pub.year - count:04d}"
        return [DateMatch(ks, ke, value, "ago")]
