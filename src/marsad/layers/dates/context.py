"""One document's match key and publication date, and the context tests the date handlers share.

`DateContext` holds the key (`grammar.key_and_map`) and maps its offsets back to the text; its
tests read the words around a match (the word before, the direction a modifier or the clause's
tense gives ...). The handlers that read each pattern match derive from it (`relative`, `matches`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from marsad.arabic.tokens import Token, tokenize
from marsad.layers.dates.calendar_arithmetic import parse_iso
from marsad.layers.dates.grammar import (
    CURRENT_MODS,
    DATE_NAME_BEFORE,
    DEFERRALS,
    FUTURE_MODS,
    NEXT_TOKEN,
    NOT_MONTH_BEFORE,
    ONWARD_BEFORE,
    PAST_MODS,
    TIME_PREPS,
    WORD_BEFORE,
    key_and_map,
    key_of,
    strip_proclitics,
)
from marsad.layers.dates.pattern_starts import pattern_starts
from marsad.layers.dates.tense import clause_tense

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
    # a day whose words disagree ("أمس الثلاثاء" in an article of a Saturday) or that is only
    # counted back roughly ("قبل شهر"): the guide has such dates marked unsure; not reported
    uncertain: bool = False
    # a bare weekday no word of its clause placed before or after publication (read as the past one)
    unplaced: bool = False
    day: int = 0  # the day of a date whose month is the one named before it ("الـ12 من الشهر نفسه")
    # a year or month counted from the date named before it ("الشهر السابق": -1, "العام نفسه": 0)
    step: int = 0
    # of such a period: "m" (month), "y" (year), "my" (the month, the step moving its year:
    # "الشهر ذاته من العام الماضي")
    unit: str = ""


def year_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def modifier_step(mod: str | None) -> int:
    """-1 for a past modifier ("الماضي"), 1 for a future one ("المقبل"), 0 otherwise."""
    return -1 if mod in PAST_MODS else 1 if mod in FUTURE_MODS else 0


def units_away(mod: str | None, beyond: str | None) -> int | None:
    """Units (weeks, months, years) from the current one of a modifier, with "قبل"/"بعد" before it
    one more unit out: "المقبل" 1, "بعد المقبل" 2, "قبل الماضي" -2; None for words that name no unit
    ("بعد الماضي", "قبل المقبل")."""
    step = modifier_step(mod)
    if beyond is None:
        return step
    if step != (-1 if beyond == "قبل" else 1):
        return None
    return 2 * step


# what may stand between such a noun and the date it names: "ثورة (30 يونيو)", "ثورة «25 يناير»"
NAME_OPENING = " \t(«\"“"
# before a date after a word of putting off: "إلى", "حتى" (match keys)
DEFERRAL_PREPS = frozenset({"الي", "حتي"})
DEFERRAL_REACH = 80  # key characters back to the word of putting off
DEFERRAL_WORDS = 7  # words back, "إلى"/"حتى" included
CLAUSE_BREAK = re.compile(r"[.!?؟\n؛;:«»\"“”]")
WORDS = re.compile(r"\w+")
# "القانون رقم 10 لسنة 2015": a law or decree cited by its number and year
LAW_NUMBER_BEFORE = re.compile(r"\d+\s*\)?\s*[وف]?لسنه\s*$")


class DateContext:
    """One document's match key, publication date and the tests of a match's context."""

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

    def direction(self, ks: int, ke: int, mod: str | None, present_future: bool = False,
                  verb_after: bool = False) -> str:
        if mod in PAST_MODS:
            return "past"
        if mod in FUTURE_MODS:
            return "future"
        if mod in CURRENT_MODS:
            return "current"
        prev = self.prev_word(ks)[0]
        if prev == "منذ":
            return "past"
        if prev in DEFERRAL_PREPS and self.deferred(ks):
            return "future"
        return clause_tense(self.key, ks, ke, present_future, verb_after) or "near"

    def deferred(self, ks: int) -> bool:
        """Is the clause before ks one of putting off or extending ("أجلت المحكمة النظر في القضية إلى",
        "قررت تمديد التسجيل حتى")? Its date is the one ahead, whatever the tense of its verb."""
        lo = max(0, ks - DEFERRAL_REACH)
        start = max((m.end() for m in CLAUSE_BREAK.finditer(self.key, lo, ks)), default=lo)
        return any(w in DEFERRALS or strip_proclitics(w) in DEFERRALS
                   for w in WORDS.findall(self.key, start, ks)[-DEFERRAL_WORDS:])

    def dated_direction(self, ks: int, ke: int, mod: str | None, verb_after: bool = False) -> str:
        """The direction of a month or day without its year: a future verb without المقبل reaches
        the current month or day too ("سيستمر خلال شهر يوليو" in a July article: this July)."""
        if mod is None and self.prev_word(ks)[0] in ONWARD_BEFORE:
            return "onward"  # "عقود برنت تسليم ديسمبر": a contract's delivery month is the coming one
        direction = self.direction(ks, ke, mod, verb_after=verb_after)
        return "onward" if direction == "future" and mod not in FUTURE_MODS else direction

    def law_number_year(self, ys: int) -> bool:
        """Is the year starting at key[ys] the year of a law's number ("رقم 189 لسنة 2015")?"""
        return bool(LAW_NUMBER_BEFORE.search(self.key, max(0, ys - 30), ys))

    def names_a_body(self, ks: int) -> bool:
        """"قوى 14 آذار", "ثورة 25 يناير", "مدينة 6 أكتوبر": a day and month right after such a noun
        name a bloc, an event or a place, not a day near publication."""
        prev, gap = self.prev_word(ks)
        return prev in DATE_NAME_BEFORE and not gap.strip(NAME_OPENING)

    def ambiguous_ok(self, level: int, ks: int, strong: bool, weak: bool) -> bool:
        """strong: day, year, "شهر" or a paired name; weak: a modifier or period word."""
        raw = WORD_BEFORE.search(self.key, max(0, ks - 40), ks)
        if raw is not None and not raw.group(2).strip() and raw.group(1) in NOT_MONTH_BEFORE:
            return False  # "واتس آب القادم": the application's name, whatever follows it
        if level == 0 or strong:
            return True
        if level == 2:  # "آب الماضي", "أواخر آب": a modifier or a period word makes even "آب" a month,
            return weak and not self.key.startswith(("اول", "اخر"), ks)  # but "أول أب" is "the first father"
        prev = self.prev_word(ks)[0]
        # "وفي مارس": the conjunction on a two-letter preposition, which `strip_proclitics` leaves
        return weak or prev in TIME_PREPS or len(prev) > 2 and prev[0] in "وف" and prev[1:] in TIME_PREPS

    # --- reading a match (shared by every handler) ------------------------------------------
    def _start(self, m: re.Match[str]) -> int:
        if "cl" not in m.re.groupindex or m.group("cl") is None:
            return m.start()
        if "do" in m.re.groupindex and m.start("do") == m.end("cl") and key_of(m.group("do")) not in self.lx.ordinals:
            return m.end("cl") - 1  # "للعاشر من محرم": the ل that merged with the ordinal's article stays
        return m.end("cl")

    def _wd(self, m: re.Match[str]) -> int | None:
        names = [g for g in ("wd", "wdq", "wdb") if g in m.re.groupindex and m.group(g)]
        return self.lx.weekdays.get(m.group(names[0])) if names else None
