"""The night between two weekdays ("ليل الأربعاء - الخميس", "ليلة السبت/الأحد", "بعد منتصف ليل
الخميس الجمعة"): the wire services date a night by both days it spans. It is one expression, not
two dates: the night of the first day, or the second day when the text says midnight, which opens it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from marsad.layers.dates.context import DateMatch

# the night word right before the first weekday (match keys), "منتصف" before it for midnight
NIGHT_BEFORE = re.compile(r"(?<!\w)(?P<mid>منتصف\s+)?(?P<night>ليل|ليله)\s+(?:يوم\s+)?$")
# what joins the two days: a dash, a slash or nothing (match keys); "و" lists two days instead
NIGHT_JOIN = re.compile(r"\s*(?:[-–/]\s*)?")
NIGHT_REACH = 20  # key characters back to the night word


def merge_nights(key: str, chosen: list[DateMatch], weekday_of: dict[str, int]) -> list[DateMatch]:
    """`chosen` with each night between two weekdays as one match. `weekday_of` maps a weekday's
    key to its number, to check that the second day follows the first."""
    out: list[DateMatch] = []
    i = 0
    while i < len(chosen):
        first = chosen[i]
        second = chosen[i + 1] if i + 1 < len(chosen) else None
        night = NIGHT_BEFORE.search(key, max(0, first.ks - NIGHT_REACH), first.ks)
        if (second is not None and night is not None and first.kind == second.kind == "weekday"
                and first.value is not None and NIGHT_JOIN.fullmatch(key, first.ke, second.ks)
                and _next_day(key[first.ks:first.ke], key[second.ks:second.ke], weekday_of)):
            value = first.value
            if len(value) == len("YYYY-MM-DD") and second.value is not None and second.value < value:
                # read as past, each day on its own: the second came out a week before the first
                # ("ليل السبت - الأحد" in a paper of a Saturday is the night of the Saturday before)
                value = (date.fromisoformat(second.value) - timedelta(days=1)).isoformat()
            if night.group("mid") and len(value) == len("YYYY-MM-DD"):
                value = (date.fromisoformat(value) + timedelta(days=1)).isoformat()  # midnight opens the second day
            out.append(replace(first, ks=night.start("mid") if night.group("mid") else night.start("night"),
                               ke=second.ke, value=value))
            i += 2
            continue
        out.append(first)
        i += 1
    return out


def _next_day(first: str, second: str, weekday_of: dict[str, int]) -> bool:
    """The weekday named in `second` ("الأحد المقبل") is the day after the one named in `first`."""
    a, b = (next((weekday_of[w] for w in words.split() if w in weekday_of), None) for words in (first, second))
    return a is not None and b is not None and b == (a + 1) % 7
