"""Dates counted from another date of the text: "العام التالي", "الشهر نفسه", "في الـ12 من الشهر نفسه".

`AnchorHandlers` reads a year, a month or a day anchored to a date named before it in the same
paragraph ("في 2013 ... وفي العام التالي", "في العاشر من تموز ... في الـ12 من الشهر نفسه"). The
handlers only mark them; once the document's dates are chosen, `anchor_years`, `anchor_same_month`
and `anchor_periods` value each from the latest date before it within ANCHOR_REACH, and leave it
unsure when there is none (a year anchor alone counts from publication).
"""

from __future__ import annotations

import re
from datetime import date

from marsad.layers.dates.calendar_arithmetic import (
    add_months,
    gregorian_to_hijri,
    hijri_to_gregorian,
    safe_date,
)
from marsad.layers.dates.context import DateContext, DateMatch, modifier_step, year_month
from marsad.layers.dates.grammar import ANCHOR_BEFORE, MOD, SAME_WORDS, SENT_END, key_of

# "الفترة المماثلة من", "الربع المماثل في", "نفس الفترة من", "الفترة نفسها من" right before a year (match keys)
SAME_PERIOD_BEFORE = re.compile(
    r"(?:المماثل|المماثله|نفس\s+(?:ال)?\w+|\w+\s+(?:نفسه|نفسها|ذاته|ذاتها))\s+(?:من|في|خلال)\s*$")

# kinds of dates that name their month: what "الشهر نفسه" refers back to (not a weekday or "أمس")
MONTH_NAMING = frozenset({"dmy", "my", "dcur", "hijri", "numeric", "dual"})
# what a month anchor ("الشهر نفسه"، "الشهر السابق") counts from: those and a relative month ("الشهر الماضي")
PERIOD_NAMING = MONTH_NAMING | {"unitrel"}
# how far back (key characters) the date an anchored year counts from may be ("... عن العام السابق")
ANCHOR_REACH = 300
# words after "العام السابق" that begin with ل but are not the preposition ("العام السابق لكن ...")
ANCHOR_NOT_PREP = frozenset({"لكن", "لكنه", "لكنها", "لذلك", "ليس"})
# after "نفس الشهر": "من العام ..." names the year of that month
OF_A_YEAR = re.compile(rf"\s+(?:من|في)\s+(?:(?:ال)?(?:عام|سنه)(?!\w)(?:\s+(?P<mod>{MOD})(?!\w))?|\d{{4}}(?!\d))")
YEAR_WRITTEN = re.compile(r"\d{4}")
# between a month and the year anchor that places it: "فبراير من العام نفسه"
OF_ONLY = re.compile(r"\s+من\s+")


class AnchorHandlers(DateContext):
    """The handlers of years, months and days counted from a date named before them."""

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
        return [DateMatch(self._start(m), m.end(), value, "yearanchor", step=-1 if back else 1)]

    def anchor_years(self, chosen: list[DateMatch]) -> None:
        """"في 2013 ... وفي العام التالي": the year after (or before) the latest date named before it
        in the same paragraph, within ANCHOR_REACH characters; else the one around `published`."""
        for i, c in enumerate(chosen):
            if c.kind != "yearanchor":
                continue
            # "... مقارنة بالفترة المماثلة من العام السابق": the current period against the same one a
            # year before publication, unless a year is named in the same sentence ("في 2013 ... مقارنة
            # بالفترة المماثلة من العام السابق" is 2012)
            same_period = SAME_PERIOD_BEFORE.search(self.key, max(0, c.ks - 30), c.ks) is not None
            for p in reversed(chosen[:i]):
                if c.ks - p.ke > ANCHOR_REACH or "\n" in self.key[p.ke:c.ks]:
                    break
                if same_period and SENT_END.search(self.key, p.ke, c.ks):
                    break
                if p.kind != "yearanchor" and p.value and p.value[:4].isdigit():
                    # the step read from the anchor word itself ("نهاية العام السابق" is a year before too)
                    c.value = f"{int(p.value[:4]) + c.step:04d}"
                    break

    def anchor_same_month(self, chosen: list[DateMatch]) -> None:
        """"سافروا في العاشر من تموز وفقد الاتصال بهم في الـ12 من الشهر نفسه": the day of the month of
        the latest date named before it in the same paragraph; without one it cannot be placed (unsure)."""
        for i, c in enumerate(chosen):
            if c.kind != "dsame":
                continue
            c.uncertain = True
            for p in reversed(chosen[:i]):
                if c.ks - p.ke > ANCHOR_REACH or "\n" in self.key[p.ke:c.ks]:
                    break
                if p.kind in MONTH_NAMING and p.value and len(p.value) >= len("YYYY-MM") and p.value[:4].isdigit():
                    if (day := self._day_of_month_of(p, c.day)) is not None:
                        c.value, c.uncertain = day.isoformat(), False
                    break

    def h_periodanchor(self, m: re.Match[str]) -> list[DateMatch]:
        """"في العام نفسه", "نفس الشهر", "الشهر السابق": valued by `anchor_periods`; unsure until then."""
        prev, gap = self.prev_word(self._start(m))
        if m.group("yunit") and prev.startswith("ال") and not gap.strip():
            return []  # "الأمين العام نفسه": العام is "general", نفسه "himself"
        nxt = self.next_token(m.end())
        if nxt.startswith("ل") and len(nxt) > 3 and nxt not in ANCHOR_NOT_PREP or nxt == "علي":
            return []  # "الشهر السابق للانتخابات": counted from another event
        rel = key_of(m.group("rel") or "")
        step = -1 if rel in ANCHOR_BEFORE else 1 if rel and rel not in SAME_WORDS else 0
        unit = "m" if (m.group("unit") or m.group("sunit")) == "الشهر" else "y"
        ke = m.end()
        if (of_year := OF_A_YEAR.match(self.key, ke)) is not None:
            if not (unit == "m" and step == 0 and of_year.group("mod")):
                return []  # "نفس الشهر من العام التالي": the month of a year counted from another date
            # "بلغت في ديسمبر ... مقابل ... في الشهر ذاته من العام الماضي": the month of the date before,
            # a year earlier (or later); "my": the step moves the year
            ke, unit, step = of_year.end(), "my", modifier_step(of_year.group("mod"))
        return [DateMatch(self._start(m), ke, None, "periodanchor", uncertain=True, step=step, unit=unit)]

    def anchor_periods(self, chosen: list[DateMatch]) -> None:
        """The year or month of the latest date named before a "periodanchor" in the same paragraph
        (moved by its step); without one it cannot be placed (unsure)."""
        for i, c in enumerate(chosen):
            if c.kind != "periodanchor":
                continue
            month = c.unit in ("m", "my")
            for p in reversed(chosen[:i]):
                if c.ks - p.ke > ANCHOR_REACH or "\n" in self.key[p.ke:c.ks] or month and p.calendar == "hijri":
                    break  # (a Hijri month spans two Gregorian ones: its "الشهر نفسه" has no one value)
                if month and (p.kind not in PERIOD_NAMING or len(p.value or "") < len("YYYY-MM")):
                    continue
                if p.kind in ("periodanchor", "yearanchor") or not (p.value or "")[:4].isdigit():
                    continue
                if c.unit == "y" and p.kind != "unitrel" and not YEAR_WRITTEN.search(self.key, p.ks, p.ke):
                    continue  # "في 25 رمضان في نفس العام": the year of a date whose year is written, not inferred
                y = int(p.value[:4])
                if c.unit == "y" and (named := self._month_of_the_year(chosen, i)) is not None:
                    # "في فبراير من العام نفسه": the month (or day) takes the year; one expression
                    named.value = f"{y + c.step:04d}{named.value[4:]}"
                    named.ke, c.uncertain, c.kind = c.ke, True, "absorbed"
                    break
                if c.unit == "my":
                    c.value = year_month(y + c.step, int(p.value[5:7]))
                else:
                    c.value = year_month(*add_months(y, int(p.value[5:7]), c.step)) if month else f"{y + c.step:04d}"
                c.uncertain = False
                break
            if c.uncertain and c.unit == "my" and self.pub is not None:
                self._keep_the_year(c)
            if c.uncertain and c.kind == "periodanchor" and c.unit == "y" and (
                    named := self._month_of_the_year(chosen, i)) is not None:
                named.uncertain = True  # "في فبراير من العام نفسه" with no year before: which February is unsure

    def _keep_the_year(self, c: DateMatch) -> None:
        """"مقارنة بنفس الشهر من العام الماضي" with no month named before (or a Hijri one): the month
        cannot be placed, but the year after it is a date of its own ("العام الماضي")."""
        for of_year in OF_A_YEAR.finditer(self.key, c.ks, c.ke):
            if of_year.end() == c.ke:
                c.ks = of_year.end() - len(of_year.group().split(maxsplit=1)[1])
                c.value, c.uncertain, c.unit = f"{self.pub.year + c.step:04d}", False, "y"
                return

    def _month_of_the_year(self, chosen: list[DateMatch], i: int) -> DateMatch | None:
        """The month or day named right before the year anchor chosen[i] with only "من" between and no
        year of its own ("12 فبراير من العام نفسه", "في مايو من تلك السنة"): its year is the anchor's."""
        if i == 0:
            return None
        p, c = chosen[i - 1], chosen[i]
        if p.kind not in ("my", "dmy") or p.calendar != "greg" or not (p.value or "")[:4].isdigit():
            return None
        if YEAR_WRITTEN.search(self.key, p.ks, p.ke) or not OF_ONLY.fullmatch(self.key, p.ke, c.ks):
            return None
        return p

    @staticmethod
    def _day_of_month_of(p: DateMatch, day: int) -> date | None:
        """Day `day` of the month of date `p`, in p's calendar: "الثالث من شوال ... الثاني والعشرين من
        الشهر نفسه" is the 22nd of Shawwal."""
        if p.calendar == "hijri" and len(p.value or "") == len("YYYY-MM-DD"):
            hijri = gregorian_to_hijri(date.fromisoformat(p.value))
            return hijri_to_gregorian(hijri[0], hijri[1], day) if hijri and day <= 30 else None
        return safe_date(int(p.value[:4]), int(p.value[5:7]), day)
