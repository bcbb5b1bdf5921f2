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
_UNSEEN = object()


class ToneLayer:
    name = "tone"
    requires = ()

    def __init__(self) -> None:
        self.polarity = {match_key(w): int(p) for w, p, *_ in read_tsv("tone.tsv", min_fields=2)}
        self._value: dict[str, int | None] = {}  # word form -> polarity of its first reading listed

    def __call__(self, doc: Document) -> Document:
        words = [t for t in doc.tokens if t.kind == "word"]
        if not words:
            doc.tone = 0.0
            return doc
        score = 0
        memo = self._value
        if len(memo) >= 200_000:
            memo.clear()
        values = [memo.get(t.text, _UNSEEN) for t in words]
        for i, value in enumerate(values):
            if value is None:
                continue
            if value is _UNSEEN:
                tok = words[i]
                value = memo[tok.text] = next(
                    (v for _offset, stem in tok.splits if (v := self.polarity.get(stem)) is not None), None)
                if value is None:
                    continue
            # a negation word just before flips the polarity
            score += -value if i and words[i - 1].key in NEGATIONS else value
        tone = 100.0 * score / len(words)
        doc.tone = round(max(-LIMIT, min(LIMIT, tone)), 2)
        return doc
