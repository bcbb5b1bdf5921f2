"""Document tone in the manner of GDELT: percent of positive words minus percent of negative words.

A bag-of-words measure over a curated polarity list (lexicons/tone.tsv); it says how charged the
vocabulary is, not what the author thinks. Words inside negation ("لم ينجح") flip polarity.
The value is clipped to [-10, 10], the range OUTPUT.md gives.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.document import Document
from marsad.lexicons.loader import read_tsv

NEGATIONS = frozenset(match_key(w) for w in ("لم", "لن", "لا", "ليس", "عدم", "دون"))
LIMIT = 10.0


class ToneLayer:
    name = "tone"
    requires = ()

    def __init__(self) -> None:
        self.polarity = {match_key(w): int(p) for w, p, *_ in read_tsv("tone.tsv", min_fields=2)}

    def __call__(self, doc: Document) -> Document:
        words = [t for t in doc.tokens if t.kind == "word"]
        if not words:
            doc.tone = 0.0
            return doc
        score = 0
        prev = ""
        for tok in words:
            for _offset, stem in tok.splits:
                value = self.polarity.get(stem)
                if value is not None:
                    score += -value if prev in NEGATIONS else value
                    break
            prev = tok.key
        tone = 100.0 * score / len(words)
        doc.tone = round(max(-LIMIT, min(LIMIT, tone)), 2)
        return doc
