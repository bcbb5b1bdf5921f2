"""Document tone in the manner of GDELT: percent of positive words minus percent of negative words.

A bag-of-words measure over a curated polarity list (lexicons/tone.tsv); it says how charged the
vocabulary is, not what the author thinks. Words inside negation ("لم ينجح") flip polarity.
The value is clipped to [-10, 10], the range OUTPUT.md gives.
"""

from __future__ import annotations

from operator import attrgetter

from marsad.arabic.form_memo import FormMemo, answers_where
from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document
from marsad.lexicons import loader

NEGATIONS = loader.keyed("negation.tsv", "tone", match_key)  # the tone use of the one list
LIMIT = 10.0


class ToneLayer:
    name = "tone"
    requires = ()
    assigns = ("tone",)

    def __init__(self) -> None:
        self.polarity = {match_key(w): int(p) for w, p, *_ in loader.table("tone.tsv", 2)}
        self._value = FormMemo()  # word form -> polarity of its first reading listed (0: none)

    def _polarity_of(self, tok: Token) -> int:
        if tok.kind != "word":
            return 0
        return next((v for _offset, stem in tok.splits if (v := self.polarity.get(stem)) is not None), 0)

    def __call__(self, doc: Document) -> Document:
        tokens = doc.tokens
        n_words = sum(map(attrgetter("is_word"), tokens))
        if not n_words:
            doc.tone = 0.0
            return doc
        score = 0
        for j, value in answers_where(tokens, self._value, self._polarity_of):
            # a negation word just before (the previous word, whatever marks are between) flips it
            k = j - 1
            while k >= 0 and tokens[k].kind != "word":
                k -= 1
            score += -value if k >= 0 and tokens[k].key in NEGATIONS else value
        tone = 100.0 * score / n_words
        doc.tone = round(max(-LIMIT, min(LIMIT, tone)), 2)
        return doc
