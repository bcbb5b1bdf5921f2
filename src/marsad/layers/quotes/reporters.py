"""The reporters a story's byline names: they wrote the story, they said none of its statements.

Papers open the body with the reporters' names, a dash and the paper or the place, on a line of
its own ("فلان الفلاني – جدة") or running into the lead up to a colon ("فلان الفلاني- سبق- الرياض:
أعلنت ..."). A person named there and nowhere else in the article is no candidate speaker: a
continuation ("وأضاف") that finds no one else must not fall back on him.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from marsad.layers.quotes.attribution import SpeakerFinder

BYLINE_CHARS = 80   # the longest byline: three names, the paper and a place
DASHES = "-–—ـ"


def byline_reporters(finder: SpeakerFinder) -> frozenset[str]:
    """The ids of the persons named only in the byline at the body's start."""
    text, start = finder.text, finder.doc.body_start
    head = text[start : start + BYLINE_CHARS]
    line = head.find("\n")
    colon = head.find(":")
    ends = [e for e in (line, colon) if e > 0]
    if not ends:
        return frozenset()
    end = start + min(ends)
    if not any(ch in DASHES for ch in text[start:end]):
        return frozenset()  # no dash: a lead sentence or a headline's "Speaker: words"
    found = set()
    names = [r for r in finder.mentions_between(start, end) if r.entity.type == "PER"]
    for r in names:
        if not any(ch in DASHES for ch in text[r.end : end]):
            continue  # the names stand before the dash that opens the paper or the place
        if not _names_only(finder, start, r.start, names):
            continue  # "الأمير فلان - أمير المنطقة:": a title or honorific is no byline's
        if all(start <= m.start and m.end <= end for m in r.entity.mentions):
            found.add(r.entity.id)
    return frozenset(found)


def _names_only(finder: SpeakerFinder, start: int, end: int, names: list) -> bool:
    """Is every word in [start, end) inside one of the persons' names (a byline lists bare names)?"""
    for k in range(finder.tok_at(start), finder.tok_at(end)):
        tok = finder.toks[k]
        if tok.is_word and tok.end <= end and not any(r.start <= tok.start and tok.end <= r.end for r in names):
            return False
    return True
