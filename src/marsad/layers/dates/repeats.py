"""Repeats of one date grouped, and the event date of each sentence (used by the events layer)."""

from __future__ import annotations

import re
from collections.abc import Collection

from marsad.arabic.normalize import match_key
from marsad.document import DateExpr, Document, Span
from marsad.layers.dates.grammar import lexicons

WORD = re.compile(r"\w+")


def _heads(words: list[str], weekdays: Collection[str]) -> set[str]:
    """The words an expression is referred to by: its first word and the weekday it names
    ("أمس الثلاثاء" is both "أمس" and "الثلاثاء")."""
    return {words[0], *(w for w in words if w in weekdays)} if words else set()


def _within(phrase: str, members: list[DateExpr], value: str | None) -> bool:
    """A month or a year said again inside a longer wording of it, or the other way round
    ("عام 2014م" … "نهاية عام 2014م" … "2014م", "أيار (مايو)" … "منتصف أيار (مايو)")."""
    if not value or len(value) >= len("YYYY-MM-DD"):
        return False
    for member in members:
        other = " ".join(WORD.findall(match_key(member.text)))
        if f" {phrase} " in f" {other} " or f" {other} " in f" {phrase} ":
            return True
    return False


def group_repeats(found: list[DateExpr]) -> list[DateExpr]:
    """One entry per date referred to in the same words: the same value and a head word in common
    ("أمس" … "أمس الخميس", "اليوم" … "اليوم (الاثنين)", "أمس الثلاثاء" … "الثلاثاء"; a month or
    a year also inside a longer wording of it: "عام 2014م" … "نهاية عام 2014م"), as an entity
    gathers its mentions.

    The most specific (longest) wording stands for the group; the others become `occurrences`.
    Expressions without a value are grouped only when their words are the same.
    """
    weekdays = lexicons().weekdays
    groups: list[tuple[str | None, set[str], list[DateExpr]]] = []
    for d in found:
        words = WORD.findall(match_key(d.text))  # "أول من أمس (الاثنين)": the words without brackets
        heads = _heads(words, weekdays) if d.value else {match_key(d.text)}
        phrase = " ".join(words)
        group = next((g for g in groups if g[0] == d.value and (g[1] & heads or _within(phrase, g[2], d.value))),
                     None)
        if group is None:
            groups.append((d.value, heads, [d]))
        else:
            group[1].update(heads)
            group[2].append(d)
    out: list[DateExpr] = []
    by_day: dict[str, DateExpr] = {}
    for value, _, members in sorted(groups, key=lambda g: min(d.start for d in g[2])):
        # (a night's wording stands only when no plain wording of its day does)
        head = max(members, key=lambda d: (not _of_a_night(d.text), len(d.text), -d.start))
        head.occurrences.extend(Span(d.start, d.end, d.text) for d in members if d is not head)
        first = by_day.get(value) if value and len(value) == 10 else None
        if first is not None and _of_a_night(first.text) and not _of_a_night(head.text):
            # "بعد منتصف ليل الاثنين - الثلاثاء" … "يوم أمس الثلاثاء": a night is dated by the day it
            # falls in only loosely; the plain wording of that day stands for it
            head.occurrences.extend([Span(first.start, first.end, first.text), *first.occurrences])
            head.occurrences.sort(key=lambda sp: sp.start)
            out.remove(first)
            by_day[value] = head
            out.append(head)
            continue
        if first is not None and not (_spelled_out(head.text) and not _spelled_out(first.text)):
            # Another wording of a day already named ("اليوم" … "مساء اليوم", "أمس" … "الخميس
            # الماضي" for the same Thursday): one date, its first naming standing for it
            first.occurrences.extend([Span(head.start, head.end, head.text), *head.occurrences])
            first.occurrences.sort(key=lambda sp: sp.start)
            continue
        head.occurrences.sort(key=lambda sp: sp.start)
        if value and len(value) == 10:
            by_day[value] = head
        out.append(head)
    return sorted(out, key=lambda d: d.start)


NIGHT_WORDS = frozenset({"ليل", "ليله"})  # match keys of the night


def _of_a_night(text: str) -> bool:
    """A wording of a night ("ليل الأربعاء - الخميس", "ليلة أمس", "منتصف ليل .."; not "منتصف أيار")."""
    words = WORD.findall(match_key(text))
    if words[:1] == ["منتصف"]:
        words = words[1:]
    return bool(words) and words[0] in NIGHT_WORDS


def _spelled_out(text: str) -> bool:
    """A date written with its day number ("20 يوليو", "5/8/2015"), not a relative wording."""
    return any(ch.isdigit() for ch in text)


_PRECISION = {10: 3, 7: 2, 4: 1}


def _event_score(text: str, floor: int, d: DateExpr) -> tuple[int, int]:
    since = text[max(floor, d.start - 5):d.start].strip().endswith("منذ")
    return (0 if since else 1, _PRECISION.get(len(d.value or ""), 0))


def sentence_dates(doc: Document) -> list[str | None]:
    """The event date of each sentence of `doc.sentences`.

    A sentence's own date expression (the most precise one, the first on ties; expressions after
    "منذ" name a starting point and come last), else the latest date mentioned earlier in the
    same paragraph, else `published`.
    """
    out: list[str | None] = []
    dates = sorted(
        (DateExpr(sp.start, sp.end, sp.text, d.value) for d in doc.dates if d.value for sp in d.all_spans()),
        key=lambda d: d.start,
    )
    carry: str | None = None
    paragraph = -1
    for sent in doc.sentences:
        if sent.paragraph != paragraph:
            paragraph, carry = sent.paragraph, None
        inside = [d for d in dates if sent.start <= d.start < sent.end]
        best: str | None = None
        if inside:
            scores = [_event_score(doc.text, sent.start, d) for d in inside]
            best = inside[scores.index(max(scores))].value
            carry = inside[-1].value
        out.append(best or carry or doc.published)
    return out
