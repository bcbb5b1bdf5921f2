"""Tokens, sentences and entity mentions of one document, looked up by offset.

Built once per document for the quote layer: every lookup is a binary search over sorted
starts, so finding the speaker of each reporting verb never scans the whole document.
"""

from __future__ import annotations

import bisect
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import partial

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token, token_starts
from marsad.document import Document, Entity, Mention

MENTIONS_BACK = 8  # mentions before a token's start that may still cover it (nested or long names)


@dataclass(frozen=True, slots=True)
class MentionRef:
    start: int
    end: int
    entity: Entity
    mention: Mention


class DocumentIndex:
    """Offsets of the document's tokens, sentences and mentions; the cited agencies; surnames."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.toks: list[Token] = doc.tokens
        self.tok_starts = token_starts(self.toks)
        # `tok_at` as a bound C call: the layer asks it a few hundred times per document, and a
        # method frame around the bisection cost more than the bisection itself
        self.tok_at = partial(bisect_left, self.tok_starts)
        self.sents = doc.sentences
        self.sent_starts = [s.start for s in self.sents]
        self.sent_paragraphs = [s.paragraph for s in self.sents]
        refs = [MentionRef(m.start, m.end, e, m) for e in doc.entities for m in e.mentions]
        refs.sort(key=lambda r: (r.start, -(r.end - r.start)))
        self.mentions = refs
        self.mention_starts = [r.start for r in refs]
        self.source_entities = {s.entity for s in doc.sources if s.entity}
        self.entities = {e.id: e for e in doc.entities}
        self.surnames = _unambiguous_surnames(doc, self.entities)

    # --- offsets -------------------------------------------------------------------------
    def tok_at(self, offset: int) -> int:
        """Index of the first token starting at or after `offset` (replaced per instance in `__init__`)."""
        return bisect_left(self.tok_starts, offset)

    def token_holding(self, offset: int) -> int:
        """Index of the token holding the letter at `offset`: a span may start past a token's
        clitics ("للجمعية" for the span "جمعية"); else the first token starting after it."""
        k = self.tok_at(offset)
        return k - 1 if k > 0 and self.toks[k - 1].end > offset else k

    def sent_of(self, offset: int) -> int:
        return max(0, bisect_right(self.sent_starts, offset) - 1)

    def sent_tok_range(self, sent_idx: int) -> tuple[int, int]:
        s = self.sents[sent_idx]
        return self.tok_at(s.start), self.tok_at(s.end)

    def paragraph_of(self, offset: int) -> int:
        if not self.sent_paragraphs:
            return 0
        i = bisect_right(self.sent_starts, offset) - 1
        return self.sent_paragraphs[i if i > 0 else 0]

    # --- mentions ------------------------------------------------------------------------
    def mention_at_token(self, i: int) -> MentionRef | None:
        """The longest mention starting inside token i (after its clitics)."""
        tok = self.toks[i]
        k = bisect.bisect_left(self.mention_starts, tok.start)
        best = None
        while k < len(self.mentions) and self.mentions[k].start < tok.end:
            r = self.mentions[k]
            if best is None or r.end - r.start > best.end - best.start:
                best = r
            k += 1
        return best

    def in_name(self, i: int) -> bool:
        """True when token i lies inside a mention that does not start with it ("سي إن إن")."""
        tok = self.toks[i]
        k = bisect.bisect_right(self.mention_starts, tok.start) - 1
        lo = max(0, k - MENTIONS_BACK)
        return any(r.start < tok.start and tok.end <= r.end for r in self.mentions[lo : k + 1])

    def mentions_between(self, start: int, end: int) -> list[MentionRef]:
        k = bisect.bisect_left(self.mention_starts, start)
        out = []
        while k < len(self.mentions) and self.mentions[k].start < end:
            if self.mentions[k].end <= end:
                out.append(self.mentions[k])
            k += 1
        return out

    def covering(self, i: int) -> MentionRef | None:
        """A mention that holds token i or starts inside it."""
        tok = self.toks[i]
        k = bisect.bisect_right(self.mention_starts, tok.start) - 1
        for r in self.mentions[max(0, k - MENTIONS_BACK) : k + 1]:
            if r.start <= tok.start and tok.end <= r.end or (tok.start < r.start < tok.end):
                return r
        return None

    def source_at(self, k: int) -> bool:
        """True when token k starts a mention of a cited agency."""
        r = self.mention_at_token(k)
        return r is not None and r.entity.id in self.source_entities


def _unambiguous_surnames(doc: Document, by_id: dict[str, Entity]) -> dict[str, Entity]:
    """Surnames of persons named in full ("بينيتيز" of "رافاييل بينيتيز"), when only one person has it."""
    owners: dict[str, set[str]] = {}
    for e in doc.entities:
        if e.type != "PER":
            continue
        for m in e.mentions:
            parts = m.text.split()
            if m.kind == "name" and len(parts) > 1 and len(match_key(parts[-1])) >= 3:
                owners.setdefault(match_key(parts[-1]), set()).add(e.id)
    return {k: by_id[next(iter(v))] for k, v in owners.items() if len(v) == 1}
