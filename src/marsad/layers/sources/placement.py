"""Where a name stands in its paragraph, which makes an agency's name a tag rather than a noun of
the sentence: among the first words ("جدة - واس"), at an edge with only brackets, marks or dashes
between ("(أ ف ب)" closing a paragraph), or the bare last word after a mark or a number ("... م
واس")."""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.layers.sources.words import EDGE_CHARS, SENTENCE_ENDS, opens_paragraph

TAG_PARAGRAPH_TOKENS = 5  # a dateline tag ("جدة - واس") within this many tokens of a paragraph start


def at_paragraph_edge(text: str, toks: list[Token], i: int, j: int) -> bool:
    """True when tokens i..j sit (with their brackets or dash) at the start or end of a paragraph."""
    if opens_paragraph(text, toks[i].start):
        return True
    right = toks[j - 1].end
    while right < len(text) and text[right] in EDGE_CHARS + ".":
        right += 1
    return right >= len(text) or text[right] == "\n"


def completes_a_word(text: str, toks: list[Token], mark: int) -> bool:
    """The name in marks opening at `mark` follows a word on its own line ("فريق مشروع «..»"): the
    complement of that word, even at the end of a paragraph, rather than a tag after a sentence."""
    if mark < 1 or toks[mark - 1].kind != "word":
        return False
    return "\n" not in text[toks[mark - 1].end : toks[mark].start]


def near_paragraph_start(text: str, toks: list[Token], i: int) -> bool:
    """The agency is among the first words of a paragraph ("جدة - واس", "واس- مكة المكرمة:")."""
    lo = max(0, i - TAG_PARAGRAPH_TOKENS)
    for k in range(i, lo - 1, -1):
        start = toks[k].start
        if start == 0 or "\n" in text[toks[k - 1].end : start] if k > 0 else True:
            return True
        if toks[k].text in SENTENCE_ENDS:
            return False
    return False


def closes_paragraph(text: str, toks: list[Token], i: int, j: int) -> bool:
    """The agency is the bare last word of a paragraph after a mark, a number or a one-letter
    abbreviation ("... 2015 م واس", "... الأسعار. واس"): a credit, not a noun of the sentence."""
    right = toks[j - 1].end
    while right < len(text) and text[right] in " .":
        right += 1
    if right < len(text) and text[right] != "\n":
        return False
    if i == 0:
        return False
    prev = toks[i - 1]
    return prev.kind != "word" or len(prev.text) == 1
