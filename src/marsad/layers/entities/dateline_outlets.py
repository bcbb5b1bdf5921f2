"""The paper named in the dateline of its own story: "فلان- سبق- الرياض:", "سبق- وكالات:".

Some papers open a story with a line of the reporter, a dash, the paper's name, a dash and the
place (or a colon). The paper's name there is often a common word ("سبق" = preceded, "الوئام" =
harmony) that the KB keeps as a context alias, valid only after a cue ("صحيفة سبق"); the dateline
is such a cue: the word stands between dashes, or between a dash and a colon, in the first lines
of the article, with nothing else around it. It names the outlet, an organisation (the sources
layer decides apart whether it is cited as a source).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter

from marsad.arabic.tokens import Token
from marsad.kb import Actor, KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate, claimed, with_added
from marsad.layers.entities.word_lists import SETTLEMENT_HEADS

# how far into the article a dateline may stand (the title comes first)
DATELINE_REACH = 400
_DASHES = "-–—"
# a dateline's segment: a stretch between line starts, dashes and a colon
_SEGMENT = re.compile(r"(?m)(?:^|[-–—])[ \t\u00a0]*([^\n\-–—:]{2,40}?)[ \t\u00a0]*(?=[-–—:]|$)")


class DatelineOutlets:
    """`add(cands, tokens, text)`: the outlet a dateline names by its context alias."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self._outlets: dict[str, Actor] = {}
        for actor in kb:
            if actor.kind in ("outlet", "agency"):
                for name in actor.context_ar:
                    key = alias_key(name)
                    # "مكة", "المدينة" (the city): a dateline's place before it is a paper
                    if not any(a.type == "LOC" for a in kb.lookup(key)) and key.removeprefix("ال") not in SETTLEMENT_HEADS:
                        self._outlets.setdefault(key, actor)

    def add(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        head = text[:DATELINE_REACH]
        if not any(d in head for d in _DASHES):
            return cands
        taken = claimed(cands)
        added: list[NameCandidate] = []
        named_lines: set[int] = set()  # the lines whose outlet is found: what follows is the place
        for m in _SEGMENT.finditer(head):
            start, end = m.span(1)
            line = head.count("\n", 0, start)
            if line in named_lines or not self._dated(head, m.start(), end):
                continue  # "سبق- المدينة:": after the paper, the city (also a paper's name) is the place
            actor = self._outlets.get(alias_key(m.group(1)))
            if actor is None:
                continue
            # the tokens inside the segment (tokens are in order): found by bisection, not a scan of all
            toks = range(bisect_left(tokens, start, key=attrgetter("start")),
                         bisect_right(tokens, end, key=attrgetter("end")))
            if not toks or any(k in taken for k in toks) or tokens[toks[0]].start != start \
                    or tokens[toks[-1]].end != end:
                continue
            added.append(NameCandidate(start, end, toks[0], toks[-1] + 1, "ORG", alias_key(m.group(1)), actor,
                                       "pattern"))
            taken.update(toks)
            named_lines.add(line)
        return with_added(cands, added)

    @staticmethod
    def _dated(head: str, seg_start: int, end: int) -> bool:
        """Is the segment a dateline's: a dash on one side of it at least, and a dash or a colon
        after it ("سبق- الرياض:", "فلان- سبق:"), or a dash before it at the end of a line
        ("فلان – الوئام")?"""
        before = head[seg_start : seg_start + 1]
        rest = head[end:].lstrip(" \t\u00a0")
        after = rest[:1]
        if after in _DASHES or after == ":":
            return before in _DASHES or after in _DASHES
        return before in _DASHES and after in ("\n", "")
