"""The date layer: finds Arabic date expressions and normalises them against `published`.

Covers Gregorian months of every family the press uses (Levantine كانون الأول, Egyptian/Gulf
ديسمبر, Maghrebi دجنبر/جويلية) and their pairs ("كانون الأول (ديسمبر)"), Hijri dates converted
with the Umm al-Qura calendar (`hijridate`), double datelines as one expression, ordinal days,
years, numeric dates and relative expressions (اليوم، أمس، الخميس
الماضي، الشهر المقبل). Values follow OUTPUT.md (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `XXXX-MM-DD`, null); the choices
for Hijri years, Hijri months and weeks are documented in `date_grammar.py`.

What it does not do: clock times, durations ("لمدة يومين", "منذ 5 أعوام") and ages are not
dates and are never reported; decades ("الأربعينات") and expressions anchored to another event
("قبل يومين من الانتخابات") are left out because they cannot be normalised against `published`.
Nor are dates the guide has annotators mark unsure (`DateMatch.uncertain`): a day counted back
roughly ("قبل شهر", "قبل أربع سنوات", "في وقت سابق من الشهر") and a relative day whose weekday disagrees with the
publication date beyond the one day a paper prints after writing ("أمس الثلاثاء" in an article of
a Saturday; "اليوم الاثنين" in one of a Tuesday is a Monday, and reported).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from marsad.arabic.form_memo import FormMemo
from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import DateExpr, Document
from marsad.layers.dates.calendar_arithmetic import parse_iso
from marsad.layers.dates.context import DateMatch
from marsad.layers.dates.grammar import (
    CURRENT_MODS,
    DIACRITIC,
    DUAL_GAP,
    FUTURE_MODS,
    HABITUAL,
    PAST_MODS,
    WD_GAP,
    compile_patterns,
    lexicons,
)
from marsad.layers.dates.matches import DateMatcher
from marsad.layers.dates.nights import merge_nights
from marsad.layers.dates.pattern_starts import REQUIRED, REQUIRED_ANY, first_word_index, first_words
from marsad.layers.dates.repeats import group_repeats, sentence_dates

__all__ = ["DateLayer", "group_repeats", "sentence_dates"]


class DateScan(DateMatcher):
    """One document's search: every pattern tried where it can start, the longest matches kept."""

    # --- selection ---------------------------------------------------------------------------
    def run(self) -> list[DateExpr]:
        patterns = self.patterns
        cands: list[DateMatch] = []
        order = {k: i for i, k in enumerate(patterns)}
        key = self.key
        for kind, pat in patterns.items():
            handler = getattr(self, "h_" + kind)
            pos = 0
            if self.starts is None:
                while (m := pat.search(key, pos)) is not None:
                    got = [c for c in handler(m) if c.ke > c.ks]
                    cands.extend(got)
                    # a rejected or shortened match may hide another reading: search on from where it stopped
                    pos = max(max((c.ke for c in got), default=m.start() + 1), m.start() + 1)
                continue
            required = REQUIRED.get(kind)
            if required is not None and required not in key:
                continue
            if (any_of := REQUIRED_ANY.get(kind)) is not None and not any(r in key for r in any_of):
                continue
            # the same matches as the search above: tried only where a match can start
            for at in self.starts.get(kind, ()):
                if at < pos or (m := pat.match(key, at)) is None:
                    continue
                got = [c for c in handler(m) if c.ke > c.ks]
                cands.extend(got)
                pos = max(max((c.ke for c in got), default=m.start() + 1), m.start() + 1)
        cands.sort(key=lambda c: (-(c.ke - c.ks), c.ks, order.get(c.kind, 99)))
        chosen: list[DateMatch] = []
        for c in cands:
            if all(c.ke <= o.ks or c.ks >= o.ke for o in chosen):
                chosen.append(c)
        chosen.sort(key=lambda c: c.ks)
        self.anchor_years(chosen)
        self.anchor_same_month(chosen)
        self.anchor_periods(chosen)
        chosen = merge_nights(self.key, chosen, self.lx.weekdays)
        self.separate_last_weekdays(chosen)
        self.follow_announced_weekdays(chosen)
        self.order_coordinated_weekdays(chosen)
        self.follow_written_today(chosen)
        self.share_following_year(chosen)
        self.order_ranges(chosen)
        merged = self.merge_duals(chosen)
        every = self.of_every_year(merged)
        return [self.to_expr(c) for i, c in enumerate(merged) if not (_vague(c) or c.uncertain or i in every)]

    def of_every_year(self, chosen: list[DateMatch]) -> set[int]:
        """"نهاية يونيو من كل عام", "كل يوليو", "التاسع من فبراير والتاسع من أغسطس من كل عام": a day or
        month of every year is no calendar date (the guide lists none; valued it could only be
        null), nor are the dates coordinated before it. Indices into `chosen`."""
        every: set[int] = set()
        for i in range(len(chosen) - 1, -1, -1):
            c = chosen[i]
            if c.kind not in EVERY_YEAR_KINDS:
                continue
            if HABITUAL.match(self.key, c.ke) or EVERY_BEFORE.search(self.key, max(0, c.ks - 8), c.ks):
                every.add(i)
            elif i + 1 in every and COORDINATED_GAP.fullmatch(self.key, c.ke, chosen[i + 1].ks):
                every.add(i)  # "١٥ يوليو وحتى ١٥ ديسمبر من كل عام": the span's start too
        return every

    def separate_last_weekdays(self, chosen: list[DateMatch]) -> None:
        """"أمس الجمعة ... يوم الجمعة الماضي": when the article names yesterday by أمس, the same
        weekday with الماضي is another day, the one a week before (a writer says أمس for yesterday)."""
        yesterdays = {c.value for c in chosen if c.kind == "relative" and "امس" in (words := self.key[c.ks:c.ke])
                      and "اول" not in words}  # "أول من أمس الأحد ... الأحد الماضي" may be one day
        yesterdays.discard(None)  # with no publication date, relative days have no value
        for c in chosen:
            if c.kind == "weekday" and c.value in yesterdays and self.key[c.ks:c.ke].split()[-1] in PAST_MODS:
                c.value = (date.fromisoformat(c.value) - timedelta(days=7)).isoformat()

    def follow_announced_weekdays(self, chosen: list[DateMatch]) -> None:
        """"مباراة الجمعة المقبل ... وسيشارك بيل في لقاء الجمعة": a bare weekday whose clause says
        nothing of its tense is the coming one the article has already announced by that name
        (with المقبل, غدا or a future verb), not the past one it would be read as."""
        if self.pub is None:
            return
        weekdays = self.lx.weekdays
        ahead: dict[int, str] = {}  # weekday -> the coming day of that name named so far
        for c in chosen:
            if c.value is None or len(c.value) != len("YYYY-MM-DD") or c.uncertain:
                continue
            day = date.fromisoformat(c.value)
            if c.unplaced and day.weekday() in ahead:
                c.value = ahead[day.weekday()]
            elif 0 < (day - self.pub).days <= 7 and (words := WORDS.findall(self.key, c.ks, c.ke)) \
                    and any(w in weekdays for w in words) and any(w in ANNOUNCING for w in words):
                ahead[day.weekday()] = c.value

    def order_coordinated_weekdays(self, chosen: list[DateMatch]) -> None:
        """"أيام الأحد والاثنين والثلاثاء المقبلة" in an article of a Monday: days listed together
        follow each other, so one that came out before the day listed before it is a week later (or,
        for days gone by, the first a week earlier: "الخميس والجمعة الماضيين" in an article of a Friday)."""
        for first, last in zip(chosen, chosen[1:], strict=False):
            if (first.kind == last.kind == "weekday" and first.value and last.value and last.value < first.value
                    and COORDINATION.fullmatch(self.key, first.ke, last.ks)):
                # days ahead: the last is a week later; so when the first is ahead ("سيتم اغلاق الشوارع
                # يومي الجمعة والسبت": the Saturday after that Friday)
                if self.pub is not None and (last.value > self.pub.isoformat() or first.value > self.pub.isoformat()):
                    last.value = (date.fromisoformat(last.value) + timedelta(days=7)).isoformat()
                else:  # days gone by: the first is the one a week before
                    first.value = (date.fromisoformat(first.value) - timedelta(days=7)).isoformat()

    def follow_written_today(self, chosen: list[DateMatch]) -> None:
        """"اليوم الاثنين" in an article dated Tuesday was written on Monday (papers date an
        article by the day it appears): its bare "اليوم" is that Monday too, one day with the
        first, not the publication day, and as sure as it. So for "أمس الثلاثاء" in an article of
        Thursday (written on Wednesday): its bare "أمس" is that Tuesday, and "غدا الجمعة" in one of
        Friday makes its bare "غدا" the Friday. Every relative day named with its weekday must
        agree on the day of writing."""
        if self.pub is None:
            return
        weekdays = self.lx.weekdays
        written: dict[date, bool] = {}  # day of writing -> unsure
        for c in chosen:
            if c.kind != "relative" or not c.value or (offset := _relative_offset(self.key[c.ks:c.ke])) is None:
                continue
            if any(w in weekdays for w in WORDS.findall(self.key, c.ks, c.ke)):
                day = date.fromisoformat(c.value) - timedelta(days=offset)
                if 0 < (self.pub - day).days <= WRITTEN_BEFORE_DAYS:
                    written[day] = written.get(day, False) or c.uncertain
                elif day == self.pub:
                    written[day] = False  # a day named that agrees with the paper's date
        if len(written) != 1 or (day := next(iter(written))) == self.pub:
            return
        for c in chosen:
            if c.kind != "relative" or not c.value or not BARE_RELATIVE.fullmatch(self.key[c.ks:c.ke]):
                continue
            offset = _relative_offset(self.key[c.ks:c.ke])
            if offset is not None and c.value == (self.pub + timedelta(days=offset)).isoformat():
                c.value, c.uncertain = (day + timedelta(days=offset)).isoformat(), c.uncertain or written[day]

    def share_following_year(self, chosen: list[DateMatch]) -> None:
        """"في شهري يوليو وأغسطس 2014", "بين مايو وسبتمبر 2013", "10 يونيو و5 يوليو 2012": months
        listed together share the year written after the last; a month after the last one's in the
        calendar is of the year before ("ديسمبر ويناير 2015")."""
        dated = [bool(YEAR_DIGITS.search(self.key, c.ks, c.ke)) for c in chosen]
        for i in range(len(chosen) - 2, -1, -1):  # backwards: a year passes along a list of three
            first, last = chosen[i], chosen[i + 1]
            if not (dated[i + 1] and not dated[i] and first.kind in ("my", "dmy") and last.kind in ("my", "dmy")
                    and first.value and last.value and len(first.value) >= len("YYYY-MM") and last.value[:4].isdigit()
                    and not self._names_its_year(first) and SHARED_YEAR_JOIN.fullmatch(self.key, first.ke, last.ks)):
                continue
            year = int(last.value[:4]) - (first.value[5:7] > last.value[5:7])
            first.value, dated[i] = f"{year:04d}{first.value[4:]}", True

    def _names_its_year(self, c: DateMatch) -> bool:
        """Does the expression place its year by a word ("الماضي", "المقبل", "الجاري")?"""
        return any(w in MODIFIER_WORDS for w in WORDS.findall(self.key, c.ks, c.ke))

    def order_ranges(self, chosen: list[DateMatch]) -> None:
        """"بين 20 يوليو و22 أكتوبر", "من 12 نوفمبر إلى 3 يناير": a range runs forward, so an end
        without its own year that came out before the start is the next year's."""
        for first, last in zip(chosen, chosen[1:], strict=False):
            if not (first.value and last.value and len(first.value) == len(last.value) >= len("YYYY-MM")):
                continue
            opens = RANGE_OPEN.search(self.key, max(0, first.ks - 8), first.ks)
            if not (opens and RANGE_JOIN.fullmatch(self.key[first.ke:last.ks])):
                continue
            if first.kind in ("dmy", "my") and not YEAR_DIGITS.search(self.key, first.ks, first.ke) \
                    and _year_later(first.value, 1) <= last.value:
                # "من 30 نوفمبر وحتى 2 ديسمبر المقبلين": a start without its year is in the year
                # before the end, never more than a year before it
                first.value = _year_later(last.value[:4] + first.value[4:], -1 if first.value[4:] > last.value[4:] else 0)
            if last.kind not in ("dmy", "my") or YEAR_DIGITS.search(self.key, last.ks, last.ke):
                continue
            if last.value < first.value:
                last.value = _year_later(last.value, 1)
            if self.pub is not None and first.kind in ("dmy", "my") and not YEAR_DIGITS.search(self.key, first.ks, first.ke):
                # "بين 29 يونيو و15 سبتمبر" in an August article: the period under way, not next year's
                today = self.pub.isoformat()[:len(first.value)]
                if today < first.value and _year_later(first.value, -1) <= today <= _year_later(last.value, -1):
                    first.value, last.value = _year_later(first.value, -1), _year_later(last.value, -1)

    def merge_duals(self, chosen: list[DateMatch]) -> list[DateMatch]:
        """"26 شوال 1436 هـ الموافق 11 أغسطس 2015 م" is one expression, valued by its Gregorian part;
        so is "يوم الخميس 1436/11/5هـ", valued by the date, and "العام الماضي 2014م", a relative year
        spelled out by its number."""
        out: list[DateMatch] = []
        for c in chosen:
            if (out and out[-1].kind in ("unitrel", "yearanchor") and c.kind == "year" and c.value == out[-1].value
                    and not self.key[out[-1].ke:c.ks].strip()):
                out[-1] = DateMatch(out[-1].ks, c.ke, c.value, c.kind, c.calendar)
                continue
            # ... and "اليوم الجمعة الموافق 8/10/1436هـ", "أمس الأربعاء 20/ 10/ 1436ه": the day named, then
            # its date (the same day)
            gap = self.key[out[-1].ke:c.ks] if out else ""
            if out and c.calendar and (out[-1].kind == "weekday" or out[-1].kind == "relative"
                                       and ("موافق" in gap or any(w in self.lx.weekdays for w in
                                                                   WORDS.findall(self.key, out[-1].ks, out[-1].ke)))
                                       and not out[-1].uncertain and out[-1].value == c.value) \
                    and WD_GAP.fullmatch(gap):
                ke = c.ke
                if (mark := QUOTE_OPENED.search(gap)) and (close := re.match(rf"\s*{CLOSERS[mark.group()]}", self.key[ke:])):
                    ke += close.end()  # "يوم الأربعاء الموافق “6-10-1436هـ”": the date's marks, both kept
                out[-1] = DateMatch(out[-1].ks, ke, c.value, c.kind, c.calendar)
                continue
            if out and out[-1].calendar and c.calendar and out[-1].calendar != c.calendar:
                p = out[-1]
                gap = self.key[p.ke:c.ks]
                # a dash joins two years only ("(1436هـ - 2015م)"), and only a year and its own one
                years = (p.kind == c.kind == "year" and p.value and c.value and len(p.value) == len(c.value) == 4
                         and abs(int(p.value) - int(c.value)) <= 1)
                if DUAL_GAP.fullmatch(gap) and ("موافق" in gap or "(" in gap or "/" in gap or not gap.strip()
                                                or years and ("-" in gap or "–" in gap)):
                    ke = c.ke
                    if "(" in gap and (close := re.match(r"\s*\)", self.key[ke:])):
                        ke += close.end()
                    value = p.value if p.calendar == "greg" else c.value
                    out[-1] = DateMatch(p.ks, ke, value, "dual", "both")
                    continue
            out.append(c)
        return out

    def to_expr(self, c: DateMatch) -> DateExpr:
        ks, ke = c.ks, c.ke
        while ke > ks and self.key[ke - 1] in " \t\n،,":
            ke -= 1
        if (opening := OPEN_BEFORE.search(self.key, max(0, ks - 3), ks)) and UNOPENED_CLOSE.match(self.key, ks, ke):
            ks = opening.start()  # "(19) شوال": the open mark of a day set in parentheses
        start, end = self.offset(ks), self.offset(ke - 1) + 1
        while end < len(self.text) and DIACRITIC.match(self.text[end]):
            end += 1
        return DateExpr(start, end, self.text[start:end], c.value)


def _year_later(value: str, years: int) -> str:
    """A "YYYY-MM(-DD)" value moved by whole years (a 29 February moves to the 28th); an unknown
    year ("XXXX-11-30", no publication date to place it) stays unknown."""
    if not value[:4].isdigit():
        return value
    moved = f"{int(value[:4]) + years:04d}{value[4:]}"
    return moved[:-2] + "28" if moved.endswith("-02-29") else moved


def _vague(c: DateMatch) -> bool:
    """A Hijri month without its day ("شهر رمضان", "رمضان الماضي"): it spans two Gregorian
    months, so it has no one value; the annotators leave it optional and the layer does not report
    it. (A Hijri year keeps the Gregorian year most of it falls in, see grammar.py.)"""
    return c.kind == "hijri" and (c.value is None or len(c.value) == len("YYYY-MM"))


QUOTE_OPENED = re.compile(r"[(«\"“]")
CLOSERS = {"(": r"\)", "«": "»", '"': '"', "“": "[”\"]"}
# between months listed together ("يوليو وأغسطس", "مايو، ويونيو", "مايو إلى يوليو", "مايو - يوليو")
SHARED_YEAR_JOIN = re.compile(r"\s*(?:[،,]\s*)?(?:و\s*|او\s+|(?:و\s*)?(?:الي|حتي)\s+|[-–]\s*)")
MODIFIER_WORDS = frozenset(PAST_MODS + FUTURE_MODS + CURRENT_MODS)
RANGE_OPEN = re.compile(r"(?<!\w)(?:بين|من|منذ)\s*$")  # match keys before the start of a range
RANGE_JOIN = re.compile(r"\s*(?:(?:و\s*)?(?:الي|حتي)|و|-|–)\s*")  # "و", "(و)إلى", "(و)حتى" (match keys) or a dash
YEAR_DIGITS = re.compile(r"\d{4}")
WORDS = re.compile(r"\w+")
DAY_WORD = "يوم"  # "يوم الثلاثاء": the day word before a weekday (its match key is itself)
EVERY_BEFORE = re.compile(r"(?<!\w)[وف]?كل\s+$")  # "كل يوليو": the month of every year
EVERY_YEAR_KINDS = frozenset({"my", "dmy", "hijri", "dual"})  # dates naming a month, which "من كل عام" may follow
# what joins two dates of one span or list: "و", "وحتى", "إلى", a dash (match keys)
COORDINATED_GAP = re.compile(r"\s*(?:[،,]\s*)?(?:و\s*)?(?:(?:حتي|الي|-|–)\s*)?")
COORDINATION = re.compile(r"\s*(?:[،,]\s*)?(?:و|او\s+)?")  # match keys between coordinated days
# words that place a named weekday ahead by themselves (match keys): a day read as future only from
# its verb may be misread, and its reading is not passed on
ANNOUNCING = frozenset(FUTURE_MODS) | {"غدا", "غد"}
OPEN_BEFORE = re.compile(r"\(\s*$")
UNOPENED_CLOSE = re.compile(r"[^()]*\)")
# "اليوم", "أمس", "غدا" alone, with a clitic or a time of day ("مساء أمس") (match keys): what the
# day of writing shifts
BARE_RELATIVE = re.compile(r"[وف]?[بل]?(?:(?:صباح|مساء|ظهر|عصر|فجر|ليل|ليله|ظهيره)\s+)?(?:اليوم|امس|الامس|غدا)\s*")
RELATIVE_OFFSETS = {"اليوم": 0, "امس": -1, "الامس": -1, "غدا": 1, "غد": 1}


def _relative_offset(words: str) -> int | None:
    """Days from the day of writing of a relative day's words ("أمس الثلاثاء": -1); None for the
    others ("أول أمس", "بعد غد", "الليلة الماضية")."""
    keys = WORDS.findall(words)
    if any(w in ("اول", "بعد", "الاول") for w in keys):
        return None
    found = {RELATIVE_OFFSETS[w.lstrip("وفبل") if w not in RELATIVE_OFFSETS else w] for w in keys
             if w in RELATIVE_OFFSETS or w.lstrip("وفبل") in RELATIVE_OFFSETS}
    return found.pop() if len(found) == 1 else None
WRITTEN_BEFORE_DAYS = 2  # an article appears at most this many days after it was written


NO_DATE_WARNING = "dates: no publication date; relative dates (أمس، الأسبوع الماضي) have no value"


class DateLayer:
    """Fill `doc.dates` with every date expression, normalised against `doc.published`."""

    name = "dates"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("dates",)

    def __init__(self) -> None:
        self.lx = lexicons()
        self.patterns = compile_patterns(self.lx)
        self.firsts = first_words(self.lx)
        self.first_index = first_word_index(self.firsts)
        self.starts_memo = FormMemo()  # word form -> starts_of its key

    def find(self, text: str, published: str | None = None, tokens: list[Token] | None = None) -> list[DateExpr]:
        """Date expressions of `text`; `tokens` (those of `text`, when already made) save tokenising it."""
        return DateScan(self, text, published, tokens).run()

    def __call__(self, doc: Document) -> Document:
        # without a publication date, relative dates get no value (never the day of the run)
        if parse_iso(doc.published) is None and NO_DATE_WARNING not in doc.warnings:
            doc.warnings.append(NO_DATE_WARNING)
        found = self.find(doc.text, doc.published, doc.tokens)
        if doc.title:
            title_weekdays_follow_body(found, doc.body_start, self.lx.weekdays)
        doc.dates.extend(group_repeats(found))
        return doc


def title_weekdays_follow_body(found: list[DateExpr], body_start: int, weekdays) -> None:
    """"الوزير يدشن المشروع الثلاثاء" over "دشن الوزير يوم الثلاثاء المشروع": a headline tells of
    the day in the present tense whether it is past or coming, so a bare weekday of the title is
    the day the body gives that weekday, when every mention of it in the body gives one value."""
    def weekday_of(d: DateExpr) -> str | None:
        words = WORDS.findall(match_key(d.text))
        if not words or not d.value or len(d.value) != len("YYYY-MM-DD"):
            return None
        named = [w for w in words if w in weekdays]
        # a bare weekday or "يوم" + weekday; a modifier or another word settles the day itself
        return named[0] if len(named) == 1 and (len(words) == 1 or words[0] == DAY_WORD and len(words) == 2) else None

    body: dict[str, set[str]] = {}
    for d in found:
        if d.start >= body_start and d.value:
            for w in WORDS.findall(match_key(d.text)):
                if w in weekdays:
                    body.setdefault(w, set()).add(d.value)
    for d in found:
        if d.end <= body_start and (wd := weekday_of(d)) is not None and len(values := body.get(wd, ())) == 1:
            d.value = next(iter(values))
