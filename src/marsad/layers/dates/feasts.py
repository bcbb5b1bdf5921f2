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

import re
from datetime import date

from marsad.layers.dates.calendar_arithmetic import gregorian_to_hijri, hijri_to_gregorian, iso_date, pick
from marsad.layers.dates.context import DateContext, DateMatch
from marsad.layers.dates.grammar import FEAST_DAYS, FEASTS, HABITUAL, date_words, key_of

# after "العيد": an adjective that makes it another feast or a jubilee, not one of the two feasts
# ("العيد الوطني", "العيد الذهبي"); "العيد المبارك", "العيد السعيد" are wishes for them (match keys)
FEAST_BARE_NOT = re.compile(r"\s+ال(?!مبارك|سعيد)\w+(?:ي|يه)(?!\w)")
# before a feast day, within its sentence: a verb of habit or advice makes it every year's (match keys)
CUSTOM_WORDS = frozenset(date_words("custom_verb"))
CUSTOM_REACH = 120
SENTENCE_END = re.compile(r"[.!?؟\n؛;]")
WORD = re.compile(r"\w+")


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


class FeastHandlers(DateContext):
    """The handler of a feast day named as a date."""

    def _told_as_custom(self, ks: int) -> bool:
        """Is a verb of habit or advice ("اعتاد", "يحرص", "ينصح") or "عادة" in the sentence before ks?"""
        lo = max(0, ks - CUSTOM_REACH)
        if (end := SENTENCE_END.search(self.key[lo:ks][::-1])) is not None:
            lo = ks - end.start()
        return any(w in CUSTOM_WORDS or w[:1] in "وف" and w[1:] in CUSTOM_WORDS for w in WORD.findall(self.key, lo, ks))

    def h_feast(self, m: re.Match[str]) -> list[DateMatch]:
        """"يوم عيد الفطر", "ثاني أيام العيد": the day of the feast around publication (`feasts`)."""
        ks, ke = self._start(m), m.end()
        if m.group("bare") and FEAST_BARE_NOT.match(self.key, ke):
            return []  # "يوم العيد الوطني", "يوم العيد الذهبي": another feast, or a jubilee
        if HABITUAL.match(self.key, ke):
            return []  # "يوم عيد الفطر من كل عام"
        if self._told_as_custom(ks):
            return []  # "اعتاد الأهالي استقبال أول أيام العيد بموائد": every year's feast, no date
        if self.pub is None:
            return [DateMatch(ks, ke, None, "feast", "hijri")]
        named = m.group("which") or m.group("which2")
        feast = key_of(named).split()[-1] if named else None
        nth = feast_day_number(m.group("day")) if m.group("day") else 1
        # a feast without a word of its tense is the one gone by: a coming one is announced as such
        direction = self.direction(ks, ke, None)
        d = feast_day(self.pub, feast, nth, "past" if direction == "near" else direction)
        return [DateMatch(ks, ke, iso_date(d), "feast", "hijri")]
