"""A week, a month or a year counted from publication: "الأسبوع الماضي", "الشهر المقبل", "منذ ثلاثة أيام".

`UnitHandlers` values "this/last/next week, month, year" ("العام قبل الماضي": one more back),
"earlier this month" ("في وقت سابق من الشهر", unsure which month when none is named) and "N days,
weeks, months or years ago" ("قبل ثلاثة أيام", approximate and so unsure), all from `published`.
A unit word with no modifier is no date ("الأمين العام", "نهاية العام الدراسي").
"""

from __future__ import annotations

import re
from datetime import timedelta

from marsad.layers.dates.calendar_arithmetic import add_months, week_value
from marsad.layers.dates.context import DateContext, DateMatch, modifier_step, units_away, year_month
from marsad.layers.dates.grammar import AGO_UNITS, whole_week


class UnitHandlers(DateContext):
    """The handlers of periods counted in units from `published`."""

    def _unit_value(self, unit: str, step: int, period: str | None) -> str | None:
        if self.pub is None:
            return None
        if unit == "الاسبوع":
            sunday = self.pub - timedelta(days=(self.pub.weekday() + 1) % 7) + timedelta(days=7 * step)
            if period in ("مطلع", "بدايه", "مستهل", "اول"):
                return sunday.isoformat()
            return week_value(sunday)
        if unit == "الشهر":
            return year_month(*add_months(self.pub.year, self.pub.month, step))
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
        # "العام قبل الماضي": one more unit back; "الشهر بعد المقبل": one more ahead ("العام قبل
        # المقبل" says nothing)
        step = units_away(mod, m.group("beyond"))
        if step is None:
            return []
        return [DateMatch(ks, ke, self._unit_value(unit, step, per), "unitrel")]

    def h_earlier(self, m: re.Match[str]) -> list[DateMatch]:
        if whole_week(m.group("unit"), None):
            return []
        # "في وقت سابق من الشهر": which month is left to the reader, the guide leaves it unsure;
        # "... من هذا الشهر", "... من الشهر الحالي", "... من العام الماضي" name it
        mod = m.group("mod")
        named = bool(mod) or "هذا" in m.group("rel")
        return [DateMatch(self._start(m), m.end(), self._unit_value(m.group("unit"), modifier_step(mod), None),
                          "unitrel", uncertain=not named)]

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
            return [DateMatch(ks, ke, None, "ago", uncertain=True)]
        if unit in "dw":
            value = (self.pub - timedelta(days=count * (7 if unit == "w" else 1))).isoformat()
        elif unit == "m":
            value = year_month(*add_months(self.pub.year, self.pub.month, -count))
        else:
            value = f"{self.pub.year - count:04d}"
        return [DateMatch(ks, ke, value, "ago", uncertain=True)]  # "قبل شهر": about a month back
