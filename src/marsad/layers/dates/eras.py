"""Yesterday and today as eras: "بالأمس" set against "اليوم" in one sentence, and "بالأمس القريب".

"من كانوا رفاقا بالأمس صاروا اليوم خصوما", "يفهمها القارئ اليوم كما فهمها بالأمس": the past against
these days, no day of news, and neither word is a date. "بالأمس القريب" is the idiom "not long
ago". Read on the match key (hamza folded, offsets kept) within the sentence of the match only.
Literal yesterdays keep their other wordings: "أمس", "صباح الأمس", "منذ الأمس" are not this form.
"""

from __future__ import annotations

import re

# "بالأمس", "وبالأمس" (match keys)
PAST_AS_ERA = re.compile(r"(?<!\w)[وف]?بالامس(?!\w)")
# "اليوم", "واليوم" alone: not "اليوم التالي" nor a named day "اليوم الأربعاء"; "اليوم إلى" is alone (match keys)
TODAY_ALONE = re.compile(r"(?<!\w)[وف]?اليوم(?!\w)(?!\s*ال\w{2})")
RECENT_PAST = re.compile(r"\s*القريب(?!\w)")  # "بالأمس القريب": not long ago
SENTENCE_END = re.compile(r"[.!?؟\n]")
SENTENCE_REACH = 400  # characters read each side of the match for its sentence


def sentence_bounds(key: str, ks: int, ke: int) -> tuple[int, int]:
    """The start and end of the sentence around key[ks:ke], at most SENTENCE_REACH each side."""
    lo = max(0, ks - SENTENCE_REACH)
    ends = [m.end() for m in SENTENCE_END.finditer(key, lo, ks)]
    start = ends[-1] if ends else lo
    after = SENTENCE_END.search(key, ke, min(len(key), ke + SENTENCE_REACH))
    return start, (after.start() if after else min(len(key), ke + SENTENCE_REACH))


def past_as_era(key: str, ks: int, ke: int) -> bool:
    """"بالأمس" at key[ks:ke] is the past, not yesterday: "بالأمس القريب", or "اليوم" alone in its sentence."""
    if RECENT_PAST.match(key, ke):
        return True
    start, end = sentence_bounds(key, ks, ke)
    return TODAY_ALONE.search(key, start, end) is not None


def today_as_era(key: str, ks: int, ke: int) -> bool:
    """"اليوم" at key[ks:ke] is these days, set against "بالأمس" in its sentence."""
    start, end = sentence_bounds(key, ks, ke)
    return PAST_AS_ERA.search(key, start, end) is not None
