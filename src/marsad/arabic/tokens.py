"""Tokens with character offsets, and the proclitics Arabic glues onto words.

A token never changes the text: "ولافروف" stays one token whose *splits* offer the readings
و+لافروف and ولافروف. Without a lexicon the tokenizer cannot know which reading is right (و is
also the first letter of "وزير"), so it records a conservative default (`stem_start`, only
splits that are unambiguous such as و+ال) and lets lexicon lookups try every reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from sys import intern
from typing import Any

from marsad.arabic.normalize import match_key, match_key_shifts

# Words: letters (any script), Arabic marks and tatweel, digits; numbers may carry internal
# separators (2.5, 10:30, 2015/07/21, ٣٫٥). Punctuation: ellipses as one token, else one char.
_TOKEN = re.compile(
    r"(?P<num>\d+(?:[.,:/\u066b\u066c]\d+)*)"
    r"|(?P<word>[^\W\d_][\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]*)"
    r"|(?P<ell>\.{2,}|…)"
    r"|(?P<punct>[^\w\s])"
)

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك", "س")
MIN_STEM = 2


# every key prefix a reading may strip (`_split_candidates`' grammar), "" included: a word has a
# reading whose stem is `stem` only if its key is one of these + `stem`
PROCLITIC_SEQUENCES = tuple(dict.fromkeys(
    [c + p + a for c in ("", *CONJUNCTIONS) for p in ("", *PREPOSITIONS) for a in ("", "ال")]
    + [c + "لل" for c in ("", *CONJUNCTIONS)]))

# the letters a proclitic sequence may begin with (a conjunction, a preposition, the article)
_CLITIC_FIRST = frozenset(CONJUNCTIONS + PREPOSITIONS + ("ا",))


_NO_CLITIC = (0,)
# The candidates read only a key's first 4 characters and, of its length, whether it reaches
# 4, 5 or 6 (the longest sequence, و + ب + ال, leaves a stem of 2 from 6): memoised on those
_CANDIDATES: dict[tuple[str, int], tuple[int, ...]] = {}


def _split_candidates(key: str) -> tuple[int, ...]:
    """Prefix lengths (in key characters) at which a proclitic sequence may end, shortest first.

    Grammar: (و|ف)? (ب|ل|ك|س)? (ال)?  and  (و|ف)? لل  (ل + ال with the alef dropped).
    """
    if key[:1] not in _CLITIC_FIRST:
        return _NO_CLITIC  # most words: no proclitic can open them
    memo = (key[:4], min(len(key), 6))
    found = _CANDIDATES.get(memo)
    if found is None:
        found = remember(_CANDIDATES, memo, _candidates(key[:4].ljust(memo[1], "\x00")))
    return found


def _candidates(key: str) -> tuple[int, ...]:
    """`_split_candidates` of a key, computed."""
    first = key[:1]
    out = {0}
    n = len(key)
    for c in (0, 1) if first in CONJUNCTIONS else (0,):
        for k in (c, c + 1) if key[c : c + 1] in PREPOSITIONS else (c,):
            if k and n - k >= MIN_STEM:
                out.add(k)
            if key.startswith("ال", k) and n - k - 2 >= MIN_STEM:
                out.add(k + 2)
        if key.startswith("لل", c) and n - c - 2 >= MIN_STEM:
            out.add(c + 2)
    return tuple(sorted(out))


# Word types repeat: "الرئيس" occurs in thousands of articles. Analyses are memoised per
# surface form (bounded, so a long batch cannot grow it without limit). The strings a memo keeps
# are interned: a form's text is a key of a dozen memos, and a stem ("رئيس") is a reading of
# many forms; one copy each instead of one per memo and per form (~60 MB less in a long batch).
# 150,000 forms: a worker's share of SaudiNewsNet (13,164 articles) holds 214,195 forms, and
# clearing at 150,000 instead of keeping them all re-analyses ~6 more forms an article (~40 us
# each over every memo) for ~40 MB less per worker.
_CACHE_LIMIT = 150_000
_KEYS: dict[str, str] = {}
# what `tokenize` makes of a form: (interned text, match key, kind, is a word). A form's kind is
# fixed by its first character (the alternatives of _SCAN start with disjoint characters).
_FORMS: dict[str, tuple[str, str, str, bool]] = {}
_ANALYSES: dict[str, tuple[tuple[tuple[int, str], ...], int]] = {}


def remember(cache: dict, key: Any, value: Any, limit: int = _CACHE_LIMIT) -> Any:
    """Store `value` under `key` in a memo and return it; a memo grown to `limit` entries is
    emptied first, so that a long batch cannot grow it without bound."""
    if len(cache) >= limit:
        cache.clear()
    cache[key] = value
    return value


def _word_analysis(word: str) -> tuple[tuple[tuple[int, str], ...], int]:
    """(readings as (offset in word, stem key), offset of the conservative stem) for one word."""
    found = _ANALYSES.get(word)
    if found is not None:
        return found
    key, index = match_key_shifts(word)
    cands = _split_candidates(key)
    if index is None:
        readings = tuple([(n, intern(key[n:])) for n in cands])
    else:
        readings = tuple([(index[n], intern(key[n:])) for n in cands])
    best = 0
    for n in cands:
        if n and key[n:].startswith("ال") and len(key) - n >= 4:
            best = n
    return remember(_ANALYSES, word, (readings, best if index is None else index[best]))


def word_stems(word: str) -> list[str]:
    """The stem key of every reading of a word, unsplit first: the keys of `Token.splits`,
    without making a token."""
    return [stem for _offset, stem in _word_analysis(word)[0]]


class _memo:
    """`functools.cached_property` without its lock (Python 3.11 takes an RLock on every first
    access, a third of the cost of a token's key): computed on first access, then an ordinary
    instance attribute, found before this (non-data) descriptor."""

    def __init__(self, func) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


class _splits:
    """Every reading as (document offset where the stem starts, stem match key), unsplit first.

    `Token.splits`: computed on first access and kept like a `_memo`, in one call instead of the
    descriptor's and the method's (asked of a few hundred tokens an article, each once)."""

    def __get__(self, tok, cls=None):
        if tok is None:
            return self
        if tok.kind != "word":
            value = ((tok.start, tok.key),)
        else:
            found = _ANALYSES.get(tok.text)
            readings = (found if found is not None else _word_analysis(tok.text))[0]
            start = tok.start
            if len(readings) == 1:
                offset, stem = readings[0]
                value = ((start + offset, stem),)
            else:
                value = tuple([(start + offset, stem) for offset, stem in readings])
        tok.__dict__["splits"] = value
        return value


class Token:
    """One token: `text[start:end]`, its kind (word, number, punct), match key and clitic splits."""

    __slots__ = ("__dict__", "end", "is_word", "key", "kind", "start", "text")

    def __init__(self, start: int, end: int, text: str, kind: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        # plain attributes: read millions of times per batch. `key` is the match key.
        self.is_word = kind == "word"
        form = _FORMS.get(text)
        if form is not None:
            self.key = form[1]
        else:
            key = _KEYS.get(text)
            self.key = key if key is not None else remember(_KEYS, text, intern(match_key(text)))

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r}, {self.kind})"

    # every reading as (document offset where the stem starts, stem match key), unsplit first
    splits: tuple[tuple[int, str], ...] = _splits()  # type: ignore[assignment]

    @_memo
    def stem_start(self) -> int:
        """Conservative default: strip و/ف/ب/ل/ك only where a definite article follows them.

        "والولايات" -> "الولايات", "بالرئيس" -> "الرئيس"; "للرئيس" stays whole (the alef of
        the article is gone, so no clitic-free surface exists); "ولافروف" stays whole here and
        is split by lexicon lookups that try every reading in `splits`.
        """
        if self.kind != "word":
            return self.start
        return self.start + _word_analysis(self.text)[1]

    @property
    def stem(self) -> str:
        return self.text[self.stem_start - self.start :]


# The same tokens as _TOKEN, scanned with findall (no Match objects: about 1.5x faster). Each
# item is (skipped, token): everything _TOKEN does not match is whitespace or "_", so offsets
# are recovered by adding up lengths. A token's kind is that of the alternative its first
# character opens (a letter a word, a digit a number, else punctuation), found once per form.
_SCAN = re.compile(
    r"([\s_]*)("
    r"[^\W\d_][\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]*"
    r"|\d+(?:[.,:/\u066b\u066c]\d+)*"
    r"|\.{2,}|…|[^\w\s])"
)
_WORD_START = re.compile(r"[^\W\d_]")


def iter_tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    yield from tokenize(text, start, end)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of `text[start:end]` with offsets into `text`.

    Token texts are interned (a dictionary look-up per token): the memos keyed by word form then
    share one string per form with each other and with every document's tokens."""
    out: list[Token] = []
    append = out.append
    pos = start
    new = Token.__new__
    form_of = _FORMS.get
    # the attributes `Token.__init__` sets, set here without its call: one memo look-up per token
    for skipped, surface in _SCAN.findall(text, start, len(text) if end is None else end):
        if skipped:
            pos += len(skipped)
        form = form_of(surface)
        if form is None:
            form = _new_form(surface)
        tok = new(Token)
        tok.start = pos
        pos += len(surface)
        tok.end = pos
        tok.text, tok.key, tok.kind, tok.is_word = form
        append(tok)
    return out


def _new_form(surface: str) -> tuple[str, str, str, bool]:
    kind = "word" if _WORD_START.match(surface) else "num" if surface[0].isdecimal() else "punct"
    text = intern(surface)
    key = _KEYS.get(text)
    if key is None:
        key = intern(match_key(text))
    return remember(_FORMS, text, (text, key, kind, kind == "word"))


_last_starts: tuple[list[Token] | None, int, list[int]] = (None, 0, [])


def token_starts(tokens: list[Token]) -> list[int]:
    """The start offsets of `tokens` (for bisection), made once per token list; do not change it."""
    global _last_starts
    last = _last_starts
    if last[0] is tokens and last[1] == len(tokens):
        return last[2]
    starts = [t.start for t in tokens]
    _last_starts = (tokens, len(tokens), starts)
    return starts
