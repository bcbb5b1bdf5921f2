"""Which occurrence "الماضي" names when the day or month it qualifies is the publication's own.

"6 أغسطس الماضي" in an article of 6 August is not today (today is "اليوم"): it is a year ago, the
last 6 August that has passed. A month named "الماضي" in its own month ("أغسطس الماضي" on
4 August) is last year's too while the month has just begun, the current one being "الجاري" or
"الحالي"; in the second half of the month the press uses "الماضي" for the days of this month
already gone ("14 يوليو الماضي" on 24 July, "تموز الماضي" for July figures at the month's end).
"""

from __future__ import annotations

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
