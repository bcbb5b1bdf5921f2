"""Cutting an article's text into flat runs for highlighting overlapping and nested facts.

The facts of an article (entity mentions, quotes with their speaker and cue, cited agencies,
dates, events, query hits, the focused span) are character spans that overlap and nest freely.
HTML cannot nest overlapping elements, so the text is cut at every span boundary: each
`Segment` is a run of text that the same set of spans covers, and the template renders it as
one flat `<span class="seg l-entity l-quote">` whose classes are its spans' layers. The text of
each segment is plain text for Jinja to escape; nothing here produces markup.

Invariants (tests/test_web_highlight.py checks them with hypothesis): the segments' texts
concatenate to the text, and for every kept span the segments it covers concatenate to exactly
`text[start:end]`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Fact:
    """One highlighted span: its layer ("entity", "quote", "speaker", "cue", "agency", "date",
    "event", "hit", "focus"), an id unique within its layer, and attributes for the page."""

    layer: str
    id: str
    start: int
    end: int
    attrs: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass
class Segment:
    start: int
    end: int
    text: str
    facts: list[Fact]

    @property
    def layers(self) -> list[str]:
        """The distinct layers covering this run, in a stable order."""
        seen: list[str] = []
        for f in self.facts:
            if f.layer not in seen:
                seen.append(f.layer)
        return seen


def valid(fact: Fact, length: int) -> bool:
    """A span that can be shown: integer offsets with 0 <= start < end <= length."""
    return (isinstance(fact.start, int) and isinstance(fact.end, int)
            and 0 <= fact.start < fact.end <= length)


def segments(text: str, facts: Iterable[Fact]) -> list[Segment]:
    """`text` cut at every boundary of the valid `facts`; each segment lists the facts covering
    it, in the order the facts were given. Empty or out-of-range spans are left out."""
    kept = [f for f in facts if valid(f, len(text))]
    cuts = sorted({0, len(text), *(f.start for f in kept), *(f.end for f in kept)})
    starts: dict[int, list[int]] = {}
    for i, f in enumerate(kept):
        starts.setdefault(f.start, []).append(i)
    active: set[int] = set()
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        active.update(starts.get(a, ()))
        active = {i for i in active if kept[i].end > a}
        out.append(Segment(a, b, text[a:b], [kept[i] for i in sorted(active)]))
    return out
