"""Events a sentence tells as history are no news: a sentence whose own dates all lie two or more
years before the article was published ("وفي عام 1977 وافق الرئيس ... على ..."، "قُتل في الرياض
في فبراير 2004"، "بعد تنازل الملك عام 1936") recalls a past event as background; GUIDE.md codes
the political interactions an article reports. The record's (named-events) mode.

A date does not make its sentence history when it is a starting point ("أول زيارة منذ 1959"،
"قبل عام 2010"، "حتى 2012": the event is current, the date only measures from it), nor when a
relative pronoun stands between the trigger and the date ("خطفه التنظيم الذي ظهر في 2011"): the
date then tells of the relative clause's noun, not of the event; nor when it comes far after the
trigger ("بحث ... تنفيذ القرار الصادر عام 1995": a date of something the sentence goes on to
name), nor when it heads an item of a chronology ("1954 - اتفاق ... حول انسحاب القوات"): a "this
day in history" piece tells its past events as its matter, and the gold articles code them. A
sentence without its own date is left alone (a date carried from the paragraph may belong
to another sentence).
"""

from __future__ import annotations

import re

from marsad.arabic.normalize import match_key
from marsad.document import Document, Event
from marsad.layers.dates.year_headings import heads_an_item

PAST_YEARS = 2  # a date this many years or more before publication is history
# words right before a date that make it a starting point or a bound, not the event's time
STARTING_POINTS = frozenset(match_key(w) for w in ("منذ", "قبل", "حتى", "مطلع", "بداية"))
# relative pronouns: a date after one, past the trigger, tells of the clause's noun
RELATIVES = frozenset(match_key(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"))
BOUND_REACH = 3  # words before a date searched for a starting-point word
AFTER_REACH = 15  # words from the trigger to a date after it that dates the event, at most
_WORD = re.compile(r"[^\s«»\"'()،,.:؛\-/]+")


def _keys(text: str) -> list[str]:
    out = []
    for w in _WORD.findall(text):
        k = match_key(w)
        out.append(k[1:] if k[:1] in ("و", "ف") and len(k) > 3 else k)
    return out


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value and value[:4].isdigit() else None


def _event_years(doc: Document, e: Event) -> list[int] | None:
    """The years of the dates in the event's sentence that may date the event; None when one of
    them has no year, so the sentence cannot be read as history."""
    at = doc.text.find(e.trigger, e.start, e.end) if e.trigger else -1
    years = []
    for d in doc.dates:
        for sp in d.all_spans():
            if not e.start <= sp.start < e.end:
                continue
            if heads_an_item(doc.text, sp.start, sp.end, None):
                continue  # an item of a chronology: its event is the piece's matter
            if any(k in STARTING_POINTS for k in _keys(doc.text[max(e.start, sp.start - 30) : sp.start])[-BOUND_REACH:]):
                continue
            if at >= 0 and sp.start > at:
                between = _keys(doc.text[at : sp.start])
                if len(between) > AFTER_REACH or any(k in RELATIVES for k in between):
                    continue
            year = _year(d.value)
            if year is None:
                return None
            years.append(year)
    return years


def drop_past_events(doc: Document) -> None:
    """Drop the record's events whose sentence dates them only to years well before publication."""
    published = _year(doc.published)
    if published is None or not doc.events or not doc.dates:
        return
    kept = []
    for e in doc.events:
        years = _event_years(doc, e)
        if years and all(y <= published - PAST_YEARS for y in years):
            continue
        kept.append(e)
    doc.events[:] = kept
