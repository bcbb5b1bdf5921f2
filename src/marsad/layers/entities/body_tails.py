"""Words a body's name ran on into: "شركة ... القابضة برأسمال", "وزارة ... والتي", "المجلس الأعلى
للقضاء التعازي".

The tagger and the patterns sometimes carry a body's name over the word after it: the capital a
new company is founded with ("برأسمال"), a relative pronoun that opens a clause about the body
("التي", "والتي", "الذي"), or the message a body sends ("رفع المجلس التعازي", "الشكر والتقدير").
No body's name ends with, or goes on after, such a word: the name ends before it (lexicon
`body_tails.tsv`); so does a person's title after two words of the name or more ("بجامعة الملك خالد
الدكتورة ..."). A body left without words is dropped.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate, end_before
from marsad.lexicons.loader import keyed

TAILS = keyed("body_tails.tsv", "tail", alias_key)
LATE_TAILS = keyed("body_tails.tsv", "late_tail", alias_key)
_LATE_FROM = 3  # a late tail ends a name from its fourth word on: head + two words before it


def cut_body_tails(cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
    """The candidates, bodies' names ended before a tail word."""
    gone: set[int] = set()
    for c in cands:
        if c.type != "ORG" or c.actor is not None or c.source == "kb" or c.tok_end - c.tok_start < 2:
            continue
        k = next((k for k in range(c.tok_start + 1, c.tok_end) if tokens[k].key in TAILS
                  or (k - c.tok_start >= _LATE_FROM and tokens[k].key in LATE_TAILS)), None)
        if k is None:
            continue
        if not end_before(c, k, tokens, text):
            gone.add(id(c))
    return [c for c in cands if id(c) not in gone] if gone else cands
