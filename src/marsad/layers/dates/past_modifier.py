"""Which occurrence "الماضي" names when the day or month it qualifies is the publication's own;
and a Hijri year the press writes without its هـ.

"6 أغسطس الماضي" in an article of 6 August is not today (today is "اليوم"): it is a year ago, the
last 6 August that has passed. A month named "الماضي" in its own month ("أغسطس الماضي" on
4 August) is last year's too while the month has just begun, the current one being "الجاري" or
"الحالي"; in the second half of the month the press uses "الماضي" for the days of this month
already gone ("14 يوليو الماضي" on 24 July, "تموز الماضي" for July figures at the month's end).
"""

from __future__ import annotations

import re
from datetime import date

from marsad.layers.dates.grammar import PAST_MODS

# up to this day of the month, "<this month> الماضي" is last year's month
LAST_YEARS_MONTH_UNTIL = 15


def strictly_past(cands: list[date], pub: date, mod: str | None) -> list[date]:
    """The candidate days of a date qualified by "الماضي": publication day itself left out."""
    if mod not in PAST_MODS:
        return cands
    before = [c for c in cands if c != pub]
    return before or cands


def past_month_year(pub: date, mon: int, mod: str | None) -> int | None:
    """The year of "<month> الماضي" when the month is the publication's and the month has just
    begun (last year's); None when the usual reading holds."""
    if mod in PAST_MODS and mon == pub.month and pub.day <= LAST_YEARS_MONTH_UNTIL:
        return pub.year - 1
    return None


# Hijri years of living memory (1931-2038): as Gregorian years they are medieval, which news
# rarely names; a year written with م ("1440م") is Gregorian all the same
HIJRI_YEARS = range(1350, 1461)
GREGORIAN_MARK = re.compile(r"(?:م|ميلادي|ميلاديه|للميلاد)\s*$")


# before a year ahead of the current Hijri one, what makes it a target date ("بحلول العام 1440")
TARGET_BEFORE = re.compile(r"(?:بحلول|حتي|قبل)\s+(?:(?:ال)?عام\s+)?$")


def hijri_without_suffix(y: int, span_key: str, current: int | None, before: str = "") -> bool:
    """Is the year `y` written without هـ a Hijri year? One up to the current Hijri year ("عام 1428"),
    or a target ahead of it ("بحلول العام 1440"); not a medieval year told in the past ("شيّد
    في عام 1450")."""
    if y not in HIJRI_YEARS or GREGORIAN_MARK.search(span_key) or current is None:
        return False
    return y <= current + 1 or bool(TARGET_BEFORE.search(before + " " + span_key.rsplit(" ", 1)[0] + " "))
