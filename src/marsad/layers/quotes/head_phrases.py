"""A body named again by its head word alone when the entity layer never found it: "وأضافت
السفارة في بيان" after "أعلنت السفارة الأميركية في عمان"، "وقالت المحكمة" after "المحكمة
الدستورية العليا". The head word refers back to the last phrase of the article that opened with
the same head word and went on with adjectives of origin or kind ("الأميركية"، "الدستورية"); that
phrase is the body's name (GUIDE.md gives a statement the name found elsewhere in the article). The
span returned is that earlier phrase, where the name is written in full.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.arabic.tokens import Token
from marsad.document import SpeakerRef

if TYPE_CHECKING:
    from marsad.layers.quotes.attribution import SpeakerFinder

ARTICLE = "ال"
HEAD_PREFIXES = frozenset({"", "و", "ف", "ل", "ب", "ول", "وب", "فل", "فب", "لل", "ولل", "فلل"})  # "للسفارة"
PLAIN_PREFIXES = ("", "و", "ف")  # the head word standing alone as the subject: "السفارة"، "والسفارة"
NISBA_ENDINGS = ("ي", "يه", "يين", "يون", "يتين")  # match keys of "الأميركية"، "المركزي"، "الدستورية"
MAX_ADJECTIVES = 3       # "البنك المركزي العماني"، "المحكمة الجنائية الدولية الخاصة"


def _head_of(tok: Token, heads: frozenset[str], prefixes: frozenset[str] | tuple[str, ...]) -> str | None:
    """The body head word ("سفاره") of a definite token carrying only `prefixes` before the article."""
    for _, st in tok.splits:
        if not st.startswith(ARTICLE) or st[len(ARTICLE):] not in heads:
            continue
        if tok.key[: len(tok.key) - len(st)] in prefixes:
            return st[len(ARTICLE):]
    return None


def head_phrase_before(finder: SpeakerFinder, j: int) -> SpeakerRef | None:
    """For a definite head word at token j not inside a mention, the last phrase before it made of
    the same definite head word and one to `MAX_ADJECTIVES` definite adjectives of origin, none of
    them inside a mention; None when there is none."""
    toks = finder.toks
    heads = finder.lex.words.get("org_head", frozenset())
    if finder.covering(j) is not None:
        return None
    head = _head_of(toks[j], heads, PLAIN_PREFIXES)
    if head is None:
        return None
    body = finder.tok_at(finder.doc.body_start)
    for k in range(j - 1, body - 1, -1):
        t = toks[k]
        if not t.is_word or finder.covering(k) is not None or _head_of(t, heads, HEAD_PREFIXES) != head:
            continue
        end = k
        while end + 1 < len(toks) and end - k < MAX_ADJECTIVES and _nisba(toks[end + 1]) \
                and finder.covering(end + 1) is None:
            end += 1
        if end == k:
            continue  # "السفارة" alone again: look further back for where it was named in full
        off = next(o for o, st in t.splits if st.startswith(ARTICLE) and st[len(ARTICLE):] == head)
        return SpeakerRef(None, off, toks[end].end, finder.text[off : toks[end].end])
    return None


def _nisba(tok: Token) -> bool:
    """A definite adjective of origin or kind: "الأميركية"، "المركزي"، "العماني"."""
    key = tok.key
    return tok.is_word and key.startswith(ARTICLE) and len(key) > len(ARTICLE) + 3 and key.endswith(NISBA_ENDINGS)
