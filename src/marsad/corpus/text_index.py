"""What the full-text index sees, and how a query and a hit are turned back into display text.

The FTS5 table indexes *match keys* (diacritics, hamza seats, ى/ة folded: "وَزِيرُ" -> "وزير"),
and every word is indexed together with its clitic-stripped readings from `Token.splits`
("ولافروف" -> "ولافروف لافروف"), so a query for "لافروف" finds "ولافروف" and "للافروف". A
query is normalised the same way but not split: "وزير" must not turn into a search for "زير".

FTS5 cannot put two tokens at the same position from Python, so a phrase in quotes is searched
as NEAR(...) of its words rather than as an exact phrase.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token, token_starts, tokenize

SNIPPET_CHARS = 220
_PHRASE = re.compile(r'"([^"]*)"')


def token_terms(tok: Token) -> list[str]:
    """Index terms of one token: its key, then each clitic-stripped reading not already listed."""
    if tok.kind == "punct":
        return []
    terms = [tok.key]
    if tok.kind == "word":
        for _, stem in tok.splits:
            if stem and stem not in terms:
                terms.append(stem)
    return terms


def index_text(text: str) -> str:
    """The string the FTS5 tokenizer indexes for `text` (space-separated terms)."""
    return " ".join(t for tok in tokenize(text) for t in token_terms(tok))


_TERMS: dict[str, str] = {}  # token text -> its terms joined (a form's kind and readings never change)
_TERMS_MAX = 200_000


def index_fields(tokens: list[Token], body_start: int) -> tuple[str, str]:
    """(title terms, body terms) from a document's tokens (reusing their cached clitic splits)."""
    texts = [tok.text for tok in tokens]
    terms = list(map(_TERMS.get, texts))
    if None in terms:
        if len(_TERMS) + len(terms) > _TERMS_MAX:
            _TERMS.clear()
        for i in [i for i, t in enumerate(terms) if t is None]:
            terms[i] = _TERMS[texts[i]] = " ".join(token_terms(tokens[i]))
    split = bisect_left(token_starts(tokens), body_start)  # the title's tokens end before the body
    return " ".join(filter(None, terms[:split])), " ".join(filter(None, terms[split:]))


def query_terms(query: str) -> list[list[str]]:
    """Groups of query terms: each quoted phrase is one group, each other word its own group."""
    groups: list[list[str]] = []
    for m in _PHRASE.finditer(query):
        words = [match_key(t.text) for t in tokenize(m.group(1)) if t.kind != "punct"]
        if words:
            groups.append(words)
    rest = _PHRASE.sub(" ", query)
    groups.extend([match_key(t.text)] for t in tokenize(rest) if t.kind != "punct")
    return groups


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression for a user query; None if it has no searchable word."""
    parts = []
    for group in query_terms(query):
        quoted = " ".join('"' + w.replace('"', "") + '"' for w in group)
        # readings interleave the indexed words, so allow 2 positions per word of the phrase
        parts.append(f"NEAR({quoted}, {2 * len(group)})" if len(group) > 1 else quoted)
    return " AND ".join(parts) if parts else None


@dataclass(slots=True)
class Hit:
    start: int
    end: int
    text: str


def find_hits(text: str, query: str) -> list[Hit]:
    """Spans of `text` (display offsets) whose key or a clitic reading equals a query term.

    The span covers the stem only when the match was on a reading ("ولافروف" -> "لافروف").
    """
    terms = {w for group in query_terms(query) for w in group}
    hits: list[Hit] = []
    if not terms:
        return hits
    for tok in tokenize(text):
        if tok.kind == "punct":
            continue
        if tok.key in terms:
            hits.append(Hit(tok.start, tok.end, tok.text))
            continue
        if tok.kind == "word":
            for start, stem in tok.splits:
                if stem in terms:
                    hits.append(Hit(start, tok.end, text[start : tok.end]))
                    break
    return hits


def snippet(text: str, hits: list[Hit], width: int = SNIPPET_CHARS) -> tuple[int, int]:
    """(start, end) of the window of `text` of about `width` chars holding the most hits."""
    if not hits:
        return 0, min(len(text), width)
    best, best_n = hits[0].start, 0
    for h in hits:
        n = sum(1 for o in hits if h.start <= o.start and o.end <= h.start + width)
        if n > best_n:
            best, best_n = h.start, n
    start = max(0, best - width // 4)
    # move to a word boundary so the snippet does not start mid-word
    while start > 0 and not text[start - 1].isspace() and best - start < width // 2:
        start -= 1
    end = min(len(text), start + width)
    while end < len(text) and not text[end].isspace() and end - start < width + 30:
        end += 1
    return start, end
