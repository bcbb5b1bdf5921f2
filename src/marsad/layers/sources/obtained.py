"""What an outlet received or obtained: "وتلقت وكالة .. نسخة منه", "معلومات حصلت عليها وكالة ..".

The outlet that received the document the article reports, or obtained or saw the information it
gives, is its source as much as one that said it.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.sources.words import COPY_WORDS, OBTAINED, QUOTES, RECEIVE_WORDS, RECEIVED_IT

FOLLOW_TOKENS = 8        # tokens after an outlet's name to the copy it received ("الإخبارية على نسخة")
ON = match_key("على")     # "حصلت .. على نسخة"


def is_receive(tok: Token) -> bool:
    """A verb of receiving or obtaining ("تلقت", "حصلت", "اطلعت")."""
    return tok.is_word and any(stem in RECEIVE_WORDS for _, stem in tok.splits)


def obtained_by(toks: list[Token], i: int) -> bool:
    """"معلومات حصلت عليها وكالة ..", "واطلعت عليه صحيفة «..»": the outlet (its outlet word or
    name at token i) obtained or saw what the article reports; "في بيان تلقته وكالة ..": the
    statement it received."""
    p = i - 1
    while p >= 0 and toks[p].text in QUOTES:
        p -= 1
    if p >= 0 and toks[p].is_word and any(stem in RECEIVED_IT for _, stem in toks[p].splits):
        return True
    return p > 0 and toks[p].key in OBTAINED and is_receive(toks[p - 1])


def received_copy(toks: list[Token], j: int) -> bool:
    """A copy, a document or a recording within a few words after token j (the end of an outlet's
    name), nothing but words, quotation marks and brackets between: "وتلقت وكالة .. نسخة منه", "حصلت
    خدمة «..» الإخبارية على نسخة منها", "تلقت وكالة الأنباء .. (كونا) نسخة منه" (the agency's short
    name in brackets after its full one)."""
    for k in range(j, min(j + FOLLOW_TOKENS, len(toks))):
        t = toks[k]
        if not t.is_word and t.text not in QUOTES + "()":
            return False
        if t.key in COPY_WORDS or (t.key == ON and k + 1 < len(toks) and toks[k + 1].key in COPY_WORDS):
            return True
    return False
