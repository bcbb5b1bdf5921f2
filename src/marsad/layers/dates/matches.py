"""Date expressions matched in one document's match key, each read by its pattern's handler.

`DateMatcher` holds a document's key and publication date (`context.DateContext`); each
`h_<kind>` method turns one regex match of `grammar.compile_patterns` into `DateMatch`es with
normalised values, or none when the words are not a date in that context. The handlers of
absolute dates (a day and month, a Hijri date, a year, a numeric date) are here, that of a feast
day in `feasts`; those of dates counted from publication in `day_words` ("اليوم", "أمس"),
`weekdays` ("الخميس المقبل") and `units` ("الأسبوع الماضي", "منذ ثلاثة أيام"), and those counted
from a date named before ("العام التالي", "الشهر نفسه") in `anchors`.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from marsad.layers.dates.anchors import AnchorHandlers
from marsad.layers.dates.calendar_arithmetic import (
    add_months,
    gregorian_to_hijri,
    hijri_to_gregorian,
    hijri_year_value,
    iso_date,
    pick,
    safe_date,
)
from marsad.layers.dates.context import DateMatch, modifier_step, year_month
from marsad.layers.dates.day_words import DayWordHandlers
from marsad.layers.dates.feasts import FeastHandlers
from marsad.layers.dates.grammar import (
    AGO_UNITS,
    ATTACKS_DAY,
    ATTACKS_NOUNS,
    ATTACKS_TIME_WORDS,
    COORD_YEAR,
    WORD_BEFORE,
    key_of,
    ordinal_value,
)
from marsad.layers.dates.past_modifier import (
    HIJRI_YEARS,
    hijri_without_suffix,
    past_month_year,
    strictly_past,
)
from marsad.layers.dates.units import UnitHandlers
from marsad.layers.dates.weekdays import WeekdayHandlers
from marsad.layers.dates.year_headings import heads_an_item
from marsad.layers.dates.years import (
    NOUN_YEAR_AHEAD,
    bare_year_context,
    names_a_plan,
    plausible,
    year_follows,
)

# a day number just before a month name ("ثورة 25 يناير"): the month-only reading must not outlive it
DAY_BEFORE = re.compile(r"(?<![\d\w])\d{1,2}\s*$")


@lru_cache(maxsize=4)
def month_named_before(months: tuple[str, ...]) -> re.Pattern[str]:
    """A month name and the mark that pairs it with another ("يونيو (", "شباط/") at the end of a window."""
    names = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{names})\s*[(/\\\-–]\s*$")


# words spelled with a leading ال that are no noun an ordinal could qualify: "أرجئت إلى السابع من
# سبتمبر" (إلى), "الموافق السابع من أغسطس"
DEFINITE_LOOKING_PARTICLES = frozenset({"الي", "الا", "الموافق"})
DASHES = str.maketrans("–", "-")

# period words before a month that name its first day, not its early part ("أول أكتوبر" vs "أوائل أكتوبر")
FIRST_DAY_WORDS = frozenset({"اول", "غره"})
# "العام الدراسي", "للعام المالي" before two Hijri years without هـ: a season of the Saudi calendar
SEASON_BEFORE = re.compile(r"(?<!\w)[وف]?(?:ال|لل|ل)?عام\s+(?:الدراسي|المالي)\s*$")
# words before "12 الجاري" that make the number a day of the month (match keys)
DAY_PREPOSITIONS = frozenset({"في", "يوم", "حتي", "من", "منذ", "قبل", "بعد", "الموافق", "تاريخ", "بتاريخ", "الي"})
# after a Hijri year without هـ: the Gregorian year it mostly falls in ("1343/ 1924", "1395- 1975م")
HIJRI_GREG_YEAR = re.compile(r"\s*[/\-–]\s*(?P<gy>(?:1[89]|20)\d\d)(?!\d)(?:\s*م(?!\w))?")


def _agreeing_weekday(cands: list[date], wd: int) -> list[date]:
    """The candidates (one a Hijri year) whose weekday is the named one: it says which year's date
    is meant. The press often counts a Hijri month from a sighting a day off the Umm al-Qura calendar
    ("الأربعاء 5 ذو القعدة" for a Thursday), so a day's difference still agrees when none is exact."""
    for slack in (0, 1):
        agree = [g for g in cands if min((g.weekday() - wd) % 7, (wd - g.weekday()) % 7) <= slack]
        if agree:
            return agree
    return cands


# two years joined by a dash or a slash, no word between (match keys): the ends of one period
# (a Hijri one is `hyrange`); "و", "إلى" join two dates the guide lists apart ("بين 1982 و1990")
YEAR_SPAN = re.compile(r"\s*[-–/]\s*(?P<y>(?:19|20)\d\d)(?![\d/.\-])(?:\s*م(?!\w))?")
MAX_SPAN_YEARS = 50  # "(1925 - 1979)": a reign or an era; further apart, two years of something else

class DateMatcher(DayWordHandlers, WeekdayHandlers, UnitHandlers, AnchorHandlers, FeastHandlers):
    """The handlers of absolute dates, with those of relative and anchored dates (the base classes)."""

    # --- handlers: match -> candidates ---------------------------------------------------------
    def _day(self, m: re.Match[str]) -> int | None:
        if m.group("dn"):
            return int(m.group("dn"))
        if m.group("do"):
            return ordinal_value(self.lx, m.group("do"))
        return None

    def _ordinal_modifies_noun(self, m: re.Match[str]) -> bool:
        """"النصف الثاني من شهر رمضان": the ordinal qualifies a noun, it is not a day."""
        if not m.group("do") or "wd" in m.re.groupindex and m.group("wd"):
            return False
        hit = WORD_BEFORE.search(self.key, max(0, m.start("do") - 40), m.start("do"))
        return bool(hit and hit.group(1).startswith("ال") and not hit.group(2).strip()
                    and hit.group(1) not in DEFINITE_LOOKING_PARTICLES)

    def _counted_month(self, ks: int) -> bool:
        """Is the word right before the month a cardinal below ten ("ستة أكتوبر")? Such a pair is a
        name (the Egyptian city), not a date: days take digits or ordinals ("السادس من أكتوبر")."""
        prev, gap = self.prev_word(ks)
        return self.lx.cardinals.get(prev, 10) < 10 and not gap.strip()

    def _month_only(self, m: re.Match[str], kind: str, group: str) -> list[DateMatch]:
        start = m.start("shahr") if m.group("shahr") else m.start(group)
        mm = self.patterns[kind].match(self.key, start)
        return getattr(self, "h_" + kind)(mm) if mm else []

    def _pair_end(self, m: re.Match[str]) -> int | None:
        """A pair written with a bare space ("أغسطس آب") must name the same month; else it ends early."""
        if m.group("m4") and self.lx.months[key_of(m.group("m4"))][0] != self.lx.months[key_of(m.group("m1"))][0]:
            return m.end("m1")
        second = m.group("m5") or m.group("m6")
        if second and self.lx.months[key_of(second)][0] != self.lx.months[key_of(m.group("m1"))][0]:
            return m.end("m1")  # "(مايو) يونيو": no pair
        return None

    def _year_shift(self, m: re.Match[str]) -> int | None:
        """Years from `published` a month's relative year part says: "من العام الماضي" -1, "هذا العام" 0,
        "من العام قبل الماضي" -2, "قبل ثلاث سنوات" -3; None without one."""
        if m.group("yrel") or m.group("ythis"):
            return modifier_step(m.group("yrel"))
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
        if y is None and not mod and wd is None and (d, mon) == (ATTACKS_DAY.day, ATTACKS_DAY.month) \
                and self._names_the_attacks(ks, ke):
            return [DateMatch(ks, ke, ATTACKS_DAY.isoformat(), "dmy", "greg")]
        if y is not None:
            value = iso_date(safe_date(y, mon, d))
        elif self.pub is None:
            value = f"XXXX-{mon:02d}-{d:02d}"
        else:
            cands = [c for k in (-1, 0, 1) if (c := safe_date(self.pub.year + k, mon, d))]
            if wd is not None and any(c.weekday() == wd for c in cands):
                cands = [c for c in cands if c.weekday() == wd]
            direction = self.dated_direction(ks, ke, mod)
            if direction == "near" and mon == self.pub.month and wd is None:
                cands = [c for c in cands if c.year == self.pub.year]  # "30 يوليو" in a July article
            cands = strictly_past(cands, self.pub, mod)  # "6 أغسطس الماضي" on 6 August: a year ago
            value = iso_date(pick(cands, self.pub, direction)) if cands else None
        return [DateMatch(ks, ke, value, "dmy", "greg")]

    def _names_the_attacks(self, ks: int, ke: int) -> bool:
        """"أحداث 11 سبتمبر", "بعد 11 سبتمبر": the press names the attacks of 2001 by their day alone,
        after a noun of the event, or after بعد/منذ in a clause that does not look ahead."""
        if self.pub is not None and self.pub <= ATTACKS_DAY:
            return False
        prev, gap = self.prev_word(ks)
        if gap.strip():
            return False
        return prev in ATTACKS_NOUNS or prev in ATTACKS_TIME_WORDS and self.dated_direction(ks, ke, None) not in ("future", "onward")

    def h_dcur(self, m: re.Match[str]) -> list[DateMatch]:
        """"الـ21 من الشهر الجاري": Gregorian, unless a named weekday fits only the Hijri month."""
        ks, ke = self._start(m), m.end()
        d = self._day(m)
        if d is None or self._ordinal_modifies_noun(m):
            return []
        if m.group("bare") and m.group("wd") is None and self.prev_word(ks)[0] not in DAY_PREPOSITIONS:
            return []  # "في 12 الجاري" is a day; "الأعوام الـ 5 الماضي" is not
        if self.pub is None:
            return [DateMatch(ks, ke, None, "dcur")]
        step = modifier_step(m.group("mod") or m.group("bare"))
        greg = safe_date(*add_months(self.pub.year, self.pub.month, step), d)
        wd = self._wd(m)
        if wd is not None and (greg is None or greg.weekday() != wd) and (hp := gregorian_to_hijri(self.pub)):
            hy, hm = add_months(hp[0], hp[1], step)
            hij = hijri_to_gregorian(hy, hm, d) if d <= 30 else None
            if hij is not None and hij.weekday() == wd:
                return [DateMatch(ks, ke, hij.isoformat(), "dcur", "hijri")]
        return [DateMatch(ks, ke, iso_date(greg), "dcur", "greg")]

    def h_dsame(self, m: re.Match[str]) -> list[DateMatch]:
        """"الـ12 من الشهر نفسه": valued by `anchor_same_month` once the dates before it are known."""
        d = self._day(m)
        if d is None or not 1 <= d <= 31 or self._ordinal_modifies_noun(m):
            return []
        return [DateMatch(self._start(m), m.end(), None, "dsame", "greg", day=d)]

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
            value = (iso_date(g) if d else year_month(g.year, g.month)) if g else None
        elif self.pub is None or (hp := gregorian_to_hijri(self.pub)) is None:
            value = None
        else:
            years = (0,) if hm == hp[1] and d else (-1, 0, 1)  # the current month: this year
            direction = self.dated_direction(ks, ke, m.group("mod")) if d else self.direction(ks, ke, m.group("mod"))
            cands = [g for k in years if (g := hijri_to_gregorian(hp[0] + k, hm, d or 1))]
            if d and (wd := self._wd(m)) is not None:
                cands = _agreeing_weekday(cands, wd)
            g = pick(cands, self.pub, direction) if cands else None
            value = (iso_date(g) if d else year_month(g.year, g.month)) if g else None
        return [DateMatch(ks, ke, value, "hijri", "hijri")]

    def h_my(self, m: re.Match[str]) -> list[DateMatch]:
        ks, ke = self._start(m), self._pair_end(m) or m.end()
        if m.group("m6") and ke == m.end():
            ks = self.key.rfind("(", 0, m.start("m1"))  # "(نوفمبر) تشرين الثاني": the bracket opens the span
        mon, level = self.lx.months[key_of(m.group("m1"))]
        cut = self._pair_end(m) is not None
        y = int(m.group("y")) if m.group("y") and not cut else None
        paired = not cut and bool(m.group("m2") or m.group("m3") or m.group("m4") or m.group("m5") or m.group("m6"))
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
        if y is None and not mod and not m.group("shahr") and not paired and month_named_before(
                tuple(self.lx.months)).search(self.key, max(0, ks - 20), ks):
            return []  # "ثورة 30 يونيو (حزيران)": the other name of a month refused before it, no date alone
        if y is None and not mod and not m.group("shahr") and self.names_a_body(ks):
            return []  # "حرب أكتوبر", "ثورة يوليو": a bare month right after such a noun names an event
        if y is None and not mod and not m.group("shahr") and self._counted_month(ks):
            return []  # "مدينة ستة أكتوبر": a day is written in digits or as an ordinal, never as a cardinal
        if y is not None:
            if not 1000 <= y <= 2200:
                return []
            value = year_month(y, mon)
        elif self.pub is None:
            value = f"XXXX-{mon:02d}"
        else:
            # a bare month takes its side from the verb right after it too ("وفي مارس توقف العمل")
            direction = self.dated_direction(ks, ke, mod, verb_after=not mod)
            if direction == "current":
                value = year_month(self.pub.year, mon)
            elif (last := past_month_year(self.pub, mon, mod)) is not None:
                value = year_month(last, mon)  # "أغسطس الماضي" on 4 August: last year's
            else:
                cands = [(self.pub.year + k, mon) for k in (-1, 0, 1)]
                value = year_month(*pick(cands, (self.pub.year, self.pub.month), direction))
        if value and m.group("per") in FIRST_DAY_WORDS and "X" not in value:
            value += "-01"  # "أول أكتوبر", "غرة يناير": the first day of the month
        return [DateMatch(ks, ke, value, "my", "greg")]

    def _years(self, ks: int, ke: int, y: int | None, hy: int | None, kind: str) -> list[DateMatch]:
        hijri = hy if hy is not None else y if y is not None and 1200 <= y < 1500 else None
        if hijri is not None and (pair := HIJRI_GREG_YEAR.match(self.key, ke)):
            gy, greg = int(pair.group("gy")), hijri_year_value(hijri)
            if greg is not None and abs(int(greg) - gy) <= 1:
                # "عام 1343/ 1924", "عام 1395- 1975", "عام 1384هـ/1964م": a Hijri year and its
                # Gregorian one side by side
                return [DateMatch(ks, pair.end(), f"{gy:04d}", kind, "both")]
        current = hp[0] if self.pub is not None and (hp := gregorian_to_hijri(self.pub)) else None
        if hy is None and y is not None and hijri_without_suffix(y, self.key[ks:ke], current, self.key[max(0, ks - 12):ks]):
            # "بحلول العام 1440", "عامي 1435 و1436": Hijri years of the Saudi press, their هـ left out
            out = [DateMatch(ks, ke, hijri_year_value(y), kind, "hijri")]
            while (c := COORD_YEAR.match(self.key, ke)) is not None and int(c.group("y")) in HIJRI_YEARS:
                ke = c.end()
                out.append(DateMatch(c.start("y"), ke, hijri_year_value(int(c.group("y"))), kind, "hijri"))
            return out
        if hy is not None:
            return [DateMatch(ks, ke, hijri_year_value(hy), kind, "hijri")]
        if y is None or not 1000 <= y <= 2200:
            return []
        if (span := YEAR_SPAN.match(self.key, ke)) is not None and y < int(span.group("y")) <= y + MAX_SPAN_YEARS:
            # "العام المالي 2004 - 2005", "موسم 2012/2013", "(1982-1990)": one period written by its two
            # ends, valued like a range of days ("من 12 إلى 15 أغسطس") by its start
            return [DateMatch(ks, span.end(), f"{y:04d}", kind, "greg")]
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
        if abs(second - first) != 1:
            return []
        if not m.group("suf") and not SEASON_BEFORE.search(self.key, max(0, m.start("hy1") - 30), m.start("hy1")):
            return []  # two numbers apart from a season of the Saudi calendar: no Hijri years said
        first = min(first, second)  # "1437/1436هـ": the same season written from its end
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
        if not plausible(y):
            return []
        if heads_an_item(self.key, ks, m.end(), self.pub.year if self.pub is not None else None):
            return self._years(ks, m.end(), y, None, "year")  # "1944 - انفجار ...": a chronology's item
        if (context := bare_year_context(self.key, ks, self.lx.cardinals)) is None:
            return []
        if context == "noun" and self.pub is not None and y > self.pub.year + NOUN_YEAR_AHEAD:
            return []
        if context == "noun" and names_a_plan(self.key, ks):
            return []  # "رؤية 2030": the year names the plan, it dates nothing
        if not year_follows(self.key, m.end(), self.lx.months, context, y):
            return []
        return self._years(ks, m.end(), y, None, "year")

    def h_numeric(self, m: re.Match[str]) -> list[DateMatch]:
        a, b, c = m.group("a"), m.group("b"), m.group("c")
        if m.group("sep").translate(DASHES) != m.group("sep2").translate(DASHES):
            return []  # "2/5-2015": not one date; a hyphen and an en dash are one separator ("4 – 9 - 1436هـ")
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
