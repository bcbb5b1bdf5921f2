"""The name candidate every finder of the entity layer produces, and the edits of its span."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.arabic.tokens import Token
from marsad.kb import Actor, alias_key


@dataclass
class NameCandidate:
    """A name mention candidate over tokens [tok_start, tok_end)."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    type: str
    key: str
    actor: Actor | None = None
    source: str = "kb"
    cluster: int = -1
    absorbable: bool = False  # may become part of an institution's name found by pattern
    display: str | None = None  # the entity's name when this is its fullest mention ("حركة حازمون")


def claimed(cands: list[NameCandidate]) -> set[int]:
    """The indices of the tokens the candidates cover."""
    # the ranges are added in C (asked ~10 times an article: half the time of a comprehension)
    return set().union(*[range(c.tok_start, c.tok_end) for c in cands])


def with_added(cands: list[NameCandidate], added: list[NameCandidate]) -> list[NameCandidate]:
    """`cands` and the candidates `added` by a finder, in text order (`cands` itself if none)."""
    return sorted(cands + added, key=lambda c: c.start) if added else cands


def with_replaced(cands: list[NameCandidate], gone: set[int], added: list[NameCandidate]) -> list[NameCandidate]:
    """`cands` without those whose `id()` is in `gone`, with the candidates `added` that stand for
    them, in text order (`cands` itself if none was added)."""
    if not added:
        return cands
    return sorted([c for c in cands if id(c) not in gone] + added, key=lambda c: c.start)


def span_candidate(tokens: list[Token], text: str, a: int, b: int, typ: str,
                   strip_conj: bool = False) -> NameCandidate | None:
    """An NER candidate over tokens [a, b), without a leading و/ف with `strip_conj`; None if empty."""
    if a >= b:
        return None
    start = tokens[a].start
    if strip_conj and tokens[a].key[:1] in ("و", "ف") and len(tokens[a].splits) > 1:
        start = tokens[a].splits[1][0]
    end = tokens[b - 1].end
    if start >= end:
        return None
    return NameCandidate(start, end, a, b, typ, alias_key(text[start:end]), None, "ner")


def one_word_person(tokens: list[Token], text: str, j: int) -> NameCandidate | None:
    """A person named by the one word at token j, its written form kept as display: the layer drops
    a given name alone as naming nobody, but the cue that found it (a title, a role) shows it names
    a person ("الوزير عادل"، "المهاجم ريفاس")."""
    c = span_candidate(tokens, text, j, j + 1, "PER")
    if c is not None:
        c.display = text[c.start : c.end]
    return c


def end_before(c: NameCandidate, k: int, tokens: list[Token], text: str) -> bool:
    """Let candidate `c` end before token k and the punctuation right before it ("نور نوبي-
    بنجلاديشي": the dash goes with what is cut off); False when no word of it is left, for the
    caller to drop it."""
    while k > c.tok_start and not tokens[k - 1].is_word:
        k -= 1
    if k <= c.tok_start:
        return False
    move_end(c, k, tokens, text)
    return True


def move_start(c: NameCandidate, i: int, tokens: list[Token], text: str, at: int | None = None) -> None:
    """Let candidate `c` begin at token i: at its first letter, or at offset `at` inside it (after
    a clitic: "وعلي"); the key follows the new span, the actor stays."""
    start = tokens[i].start if at is None else at
    if start == c.start and i == c.tok_start:
        return
    c.tok_start, c.start = i, start
    c.key = alias_key(text[c.start : c.end])


def move_end(c: NameCandidate, j: int, tokens: list[Token], text: str, relink: bool = True) -> None:
    """Let candidate `c` end after token j-1; a longer name must be linked again (relink)."""
    if j == c.tok_end:
        return
    c.tok_end = j
    c.end = tokens[j - 1].end
    c.key = alias_key(text[c.start : c.end])
    if relink:
        c.actor = None
