"""A paper named in brackets with the date of its issue, after the words taken from it: "..."
(صحيفة «..» 25/6/2015م)", "(صحيفة ..: الأربعاء 17/06/2015 بتصرف)". Writers of opinion pieces
credit quoted passages this way; the bracket, the date and nothing else of a sentence inside make
the name a reference to where the words were published. An outlet word and its name alone in
brackets, adjectives after it at most, is such a reference too ("(صحيفة مكة الإلكترونية)", "وهو
الاسم الذي عرفته به (صحيفة ..)").
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.layers.sources.words import NEWS_ADJECTIVES, OUTLET_HEADS, QUOTES, SENTENCE_ENDS, is_nisba

MAX_REFERENCE_TOKENS = 10   # tokens from the end of the name to the closing bracket
MAX_REFERENCE_WORDS = 3     # words besides the date ("الأربعاء", "م", "بتصرف")


def bracketed_reference(toks: list[Token], i: int, j: int) -> bool:
    """The name at tokens i..j (its outlet word first, or right after one, marks allowed) opens a
    bracket that holds a date and closes within a few tokens, or that closes after the name and
    its adjectives when an outlet word opens it."""
    k = i - 1
    headed = toks[i].key in OUTLET_HEADS  # "(صحيفة مكة ..)": the KB name holds its outlet word
    while k >= 0 and (toks[k].text in QUOTES or toks[k].key in OUTLET_HEADS):
        headed = headed or toks[k].key in OUTLET_HEADS
        k -= 1
    if k < 0 or toks[k].text != "(":
        return False
    dated = False
    words = 0
    described = True  # only adjectives after the name so far ("(صحيفة مكة الإلكترونية)")
    for t in toks[j : j + MAX_REFERENCE_TOKENS]:
        if t.text == ")":
            return dated or (headed and described)
        if t.text in SENTENCE_ENDS or t.text == "(":
            return False
        if t.kind == "num":
            dated = True
        elif t.is_word:
            described = described and (is_nisba(t, definite=True) or t.key in NEWS_ADJECTIVES)
            words += 1
            if words > MAX_REFERENCE_WORDS:
                return False
    return False
