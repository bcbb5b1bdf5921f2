"""The days of the two feasts named as dates: "يوم عيد الفطر", "ثاني أيام عيد الأضحى", "أول أيام العيد".

Eid al-Fitr falls on 1 Shawwal and Eid al-Adha on 10 Dhu al-Hijja (Umm al-Qura), so a day of
either, named by its place in the feast ("يوم", "أول أيام" ... "رابع أيام"), is a calendar date:
the occurrence around publication that the clause's tense points to. "العيد" alone is the nearer
of the two feasts that way, and only with the day's place ("ثاني أيام العيد"): "يوم العيد" and
"صباح العيد" are as often the customs of every feast, told in a feature. The feast named alone
("عيد الفطر", "أيام العيد", "إجازة العيد") is a period the annotators leave unsure, and a prayer or
an eve ("صلاة العيد", "ليلة العيد") is not matched.
"""

from __future__ import annotations

from datetime import date

from marsad.layers.dates.calendar_arithmetic import gregorian_to_hijri, hijri_to_gregorian, pick
from marsad.layers.dates.grammar import FEAST_DAYS, FEASTS, key_of


def feast_day_number(day_words: str) -> int:
    """Which day of the feast the words before it name ("ثاني أيام": 2)."""
    return FEAST_DAYS.get(key_of(day_words), 1)


def feast_day(pub: date, feast: str | None, nth: int, direction: str) -> date | None:
    """The `nth` day of the feast (`FEASTS` key, None: either) nearest `pub` in `direction`."""
    hp = gregorian_to_hijri(pub)
    if hp is None:
        return None
    names = [feast] if feast else list(FEASTS)
    cands = [g for name in names for k in (-1, 0, 1)
             if (g := hijri_to_gregorian(hp[0] + k, FEASTS[name][0], FEASTS[name][1] + nth - 1))]
    return pick(cands, pub, direction) if cands else None
