"""Calendar arithmetic for dates: ISO parsing, months added, the year a bare date falls in, weeks,
and conversion between the Hijri and the Gregorian calendar.

A date named without its year is placed by `pick`: news mostly looks back, so the coming date is
chosen only when it is several times nearer than the past one (FUTURE_BIAS), or when the future
tense announces a day that has just passed (ONWARD_SLACK: the article was written a day or two
before it was published).
"""


from datetime import date, timedelta


def iso_date(d: date | None) -> str | None:
    """The ISO form of a date, or None."""
    return d.isoformat() if d else None


def parse_iso(s: str | None) -> date | None:
    if not s:
        return None
    try:
        return date.fromisoformat(str(s)[:10])
    except ValueError:
        return None


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _distance(a, b) -> int:
    """Days between dates, or months between (year, month) tuples."""
    if isinstance(a, date):
        return abs((a - b).days)
    return abs((a[0] * 12 + a[1]) - (b[0] * 12 + b[1]))


# News reports mostly look back: a date without its year is read as the coming one only when it is
# several times nearer than the past one ("17 سبتمبر" in a late-July article: 55 days ahead, not
# 310 days back; "26 يناير" in mid-February: 19 days back).
FUTURE_BIAS = 3


# An event announced in the future tense for a day that has just passed is the day of this year: the
# article was written a day or two before its publication date ("ستعقد الجلسات من 20 يوليو" in an
# article dated 21 July), not next year's.
ONWARD_SLACK = timedelta(days=3)


def pick(cands: list, pub, direction: str):
    """From candidate dates (or (y, m) tuples) pick by direction: past (latest <= pub), future
    (earliest > pub: "المقبل"), onward (earliest on or after pub, a date ONWARD_SLACK before it
    included: a future verb announcing this month or today), or near (the past one unless the
    future one is FUTURE_BIAS times nearer)."""
    if direction == "onward":
        start = pub - ONWARD_SLACK if isinstance(pub, date) else pub
        ahead = [c for c in cands if c >= start]
        return min(ahead) if ahead else max(cands)
    past = [c for c in cands if c <= pub]
    fut = [c for c in cands if c > pub]
    if direction == "future":
        return min(fut) if fut else max(cands)
    if direction == "past":
        return max(past) if past else min(cands)
    if fut and (not past or _distance(min(fut), pub) * FUTURE_BIAS < _distance(max(past), pub)):
        return min(fut)
    return max(past) if past else min(cands)


def weekday_near(anchor: date, wd: int, direction: str) -> date:
    """The day with weekday `wd`: on or before anchor (past), on or after (future), or nearest."""
    back = (anchor.weekday() - wd) % 7
    fwd = (wd - anchor.weekday()) % 7
    if direction == "past":
        return anchor - timedelta(days=back)
    if direction == "future":
        return anchor + timedelta(days=fwd)
    return anchor - timedelta(days=back) if back <= fwd else anchor + timedelta(days=fwd)


def week_value(sunday: date) -> str | None:
    end = sunday + timedelta(days=6)
    if (sunday.year, sunday.month) == (end.year, end.month):
        return f"{sunday.year:04d}-{sunday.month:02d}"
    return None


def hijri_to_gregorian(y: int, m: int, d: int) -> date | None:
    from hijridate import Hijri

    try:
        g = Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(g.year, g.month, g.day)


def gregorian_to_hijri(d: date) -> tuple[int, int, int] | None:
    from hijridate import Gregorian

    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day


def hijri_year_value(hy: int) -> str | None:
    """The Gregorian year holding most days of Hijri year `hy`."""
    start, end = hijri_to_gregorian(hy, 1, 1), hijri_to_gregorian(hy + 1, 1, 1)
    if start is None:
        return None
    if end is None or start.year == end.year:
        return f"{start.year:04d}"
    split = date(end.year, 1, 1)
    return f"{start.year:04d}" if (split - start).days >= (end - split).days else f"{end.year:04d}"
