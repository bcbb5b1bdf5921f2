"""Multi-word phrases matched over the clitic readings of tokens, one way for every layer.

A `PhraseTable` holds phrases written as word match keys joined by single spaces ("وزير
الخارجيه"), each with the values it stands for (KB actors, trigger types, roles). A phrase
starts at a token any of whose *readings* is its first word ("ولوزير" is read whole and as
و + ل + "وزير"); the words after it are compared with whole tokens' keys. A match starts where
its reading's stem starts, so the clitics the reading strips stay outside the span
(`text[match.start:match.end]` is "وزير الخارجية" in "ولوزير الخارجية"), and ends with its last
token.

Which readings a table tries is its `readings` policy: `clitic_readings` (every split of the
token), `article_readings` (the same, plus "للناتو" read ل + "الناتو": the proclitic لل swallowed
the alef of the article), or a layer's own filter of either.

Most words begin no phrase. The readings of a word form that begin a phrase are kept per form
(at most `form_memo.FORMS_KEPT` forms, then forgotten all at once; forms that begin none are not
kept) and "may this token begin a phrase" in a `FormMemo`, so finding the few tokens worth trying
costs one gather over a document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, NamedTuple, TypeVar

from marsad.arabic.form_memo import FORMS_KEPT, FormMemo, answers_where, indices_where
from marsad.arabic.tokens import Token, _word_analysis, remember

V = TypeVar("V")
Reading = tuple[int, str]  # (offset of the stem from the token's start, stem match key)
ReadingPolicy = Callable[[Token], tuple[Reading, ...]]  # the readings a token is tried with

# a proclitic sequence that ends in لل swallowed the alef of the article: "للناتو" = ل + الناتو
_LAM_LAM = "لل"
_ARTICLE = "ال"


def clitic_readings(tok: Token) -> tuple[Reading, ...]:
    """Every reading of a token, the whole word first (`Token.splits`, offsets from its start):
    a word's are the tokenizer's memo of its form (no document offsets made and taken back)."""
    if tok.is_word:
        return _word_analysis(tok.text)[0]
    return ((0, tok.key),)


_article_readings: dict[str, tuple[Reading, ...]] = {}


def article_readings(tok: Token) -> tuple[Reading, ...]:
    """`clitic_readings` plus the article a لل prefix swallowed: "للحج" is read ل + "الحج" right
    after the whole word, before ل + "لحج". Memoised per word form."""
    found = _article_readings.get(tok.text)
    if found is not None:
        return found
    key = tok.key
    plain = clitic_readings(tok)
    restored = tuple([(rel, _ARTICLE + stem) for rel, stem in plain
                      if key[: len(key) - len(stem)].endswith(_LAM_LAM) and not stem.startswith(_ARTICLE)])
    # a word's `plain` is the tuple the tokenizer's memo holds: one per form for both memos
    return remember(_article_readings, tok.text, plain[:1] + restored + plain[1:] if restored else plain,
                    FORMS_KEPT)


def _is_word(tok: Token) -> bool:
    return tok.is_word


_NO_WORDS: frozenset[str] = frozenset()


class _Begin(NamedTuple):
    """A word form's readings that begin some phrase, kept per form by a table."""

    starts: tuple[Reading, ...]  # the readings, in the policy's order
    whole: bool                  # one of them is a phrase by itself
    nexts: frozenset[str]        # the words that may follow them in a longer phrase


@dataclass(slots=True)  # not frozen: a frozen dataclass is made several times slower
class PhraseMatch(Generic[V]):
    """A phrase found in a token list: character offsets, token indices, its key and values."""

    start: int      # where the stem of the first token's reading starts (its clitics left out)
    end: int        # the end of the last token
    tok_start: int  # index of the first token
    tok_end: int    # index after the last token
    key: str        # the phrase's key (word keys joined by spaces)
    values: tuple[V, ...]  # what the phrase stands for, in the order they were added


class PhraseTable(Generic[V]):
    """Phrases by match key, found over the readings of tokens (see the module docstring).

    - `readings`: the readings a first token is tried with (`clitic_readings` by default);
    - `may_start`: which tokens may begin a phrase at all (words by default);
    - `max_gap`: the most characters allowed between two tokens of a phrase (None: any);
    - `skip`: token texts passed over between two words of a phrase unless the phrase itself
      has that word there ("أ. ف. ب" matches the phrase "ا ف ب").
    """

    def __init__(self, phrases: Iterable[tuple[str, V]], readings: ReadingPolicy = clitic_readings, *,
                 may_start: Callable[[Token], bool] = _is_word, max_gap: int | None = None,
                 skip: frozenset[str] = frozenset()) -> None:
        self._readings = readings
        self._may_start = may_start
        self._max_gap = max_gap
        self._skip = skip
        values: dict[str, list[V]] = {}
        for key, value in phrases:
            if key:
                values.setdefault(key, []).append(value)
        self._values = {key: tuple(vals) for key, vals in values.items()}
        # longest phrase first; among phrases of one length, the one added first
        self._order = {key: (-(key.count(" ") + 1), rank) for rank, key in enumerate(self._values)}
        self._prefixes: set[str] = set()  # every phrase's leading words, the phrase included
        for key in self._values:
            parts = key.split(" ")
            for n in range(1, len(parts) + 1):
                self._prefixes.add(" ".join(parts[:n]))
        self._firsts = frozenset(key.split(" ")[0] for key in self._values)
        # first word -> the words that follow it in some phrase: whether the next token continues
        # a first word is one set lookup, no "first next" string made for the many that do not
        seconds: dict[str, set[str]] = {}
        for key in self._values:
            parts = key.split(" ")
            if len(parts) > 1:
                seconds.setdefault(parts[0], set()).add(parts[1])
        self._seconds = {first: frozenset(words) for first, words in seconds.items()}
        self._starts: dict[str, tuple[Reading, ...]] = {}  # word form -> its readings that begin a phrase
        # word form -> `_Begin` of the readings it may begin a phrase with (None when it begins none)
        self._begins = FormMemo()

    def __len__(self) -> int:
        return len(self._values)

    def get(self, key: str) -> tuple[V, ...]:
        """The values of the phrase `key` (empty when it is not in the table)."""
        return self._values.get(key, ())

    def begins(self, word_key: str) -> bool:
        """True when some phrase starts with this word key."""
        return word_key in self._firsts

    def starts(self, tok: Token) -> tuple[Reading, ...]:
        """The readings of a token that are the first word of some phrase, memoised per form."""
        found = self._starts.get(tok.text)
        if found is None:
            firsts = self._firsts
            begin = tuple([r for r in self._readings(tok) if r[1] in firsts])
            if not begin:
                # most forms begin no phrase, and `starts_in` asks once per form (its FormMemo):
                # a dict entry for each such form would be asked again only by the few direct
                # calls (`matches_at`, `longest_at`), cheaper recomputed than kept (~40 bytes a
                # form in each table, ~40 MB over the tables of a long batch)
                return begin
            found = remember(self._starts, tok.text, begin, FORMS_KEPT)
        return found

    def starts_in(self, tokens: list[Token]) -> list[int]:
        """Indices of the tokens some phrase may start at (a reading begins one), in order."""
        return indices_where(tokens, self._begins, self._begin_readings)

    def _begin_readings(self, tok: Token) -> _Begin | None:
        """What `_begins` keeps per form: the readings a token may begin a phrase with, whether
        one of them is a whole phrase, and the words that may follow them in a longer one."""
        # `starts` inlined: this is asked of every new form by every table (six of them), and most
        # forms begin no phrase, so the calls cost more than the test
        if not self._may_start(tok):
            return None
        starts = self._starts.get(tok.text)
        if starts is None:
            firsts = self._firsts
            readings = self._readings(tok)
            if len(readings) == 1:  # most forms: one reading, no tuple made when it begins nothing
                if readings[0][1] not in firsts:
                    return None
                starts = readings
            else:
                starts = tuple([r for r in readings if r[1] in firsts])
                if not starts:
                    return None
            remember(self._starts, tok.text, starts, FORMS_KEPT)
        seconds, none = self._seconds, _NO_WORDS
        if len(starts) == 1:
            nexts = seconds.get(starts[0][1], none)  # the table's own set: nothing made per form
        else:
            nexts = frozenset().union(*(seconds.get(first, none) for _, first in starts))
        return _Begin(starts, any(first in self._values for _, first in starts), nexts)

    def _ends(self, tokens: list[Token], i: int, first: str) -> list[tuple[str, int]]:
        """(phrase key, index after its last token) of the phrases starting at token i read as
        `first`, longest first."""
        prefixes, values, max_gap, skip = self._prefixes, self._values, self._max_gap, self._skip
        found: list[tuple[str, int]] = []
        size = len(tokens)
        pending: list[tuple[str, int]] = []  # other paths: (the words so far, the index of their last token)
        key, j = first, i
        while True:
            while key in prefixes:  # word by word while the words so far begin some phrase
                if key in values:
                    found.append((key, j + 1))
                nxt = j + 1
                if nxt >= size or (max_gap is not None and tokens[nxt].start - tokens[j].end > max_gap):
                    break
                if skip and tokens[nxt].text in skip:  # the path with the marks passed over
                    after = nxt + 1
                    while after < size and tokens[after].text in skip:
                        after += 1
                    if after < size:
                        pending.append((key + " " + tokens[after].key, after))
                key, j = key + " " + tokens[nxt].key, nxt
            if not pending:
                break
            key, j = pending.pop()
        if len(found) > 1:
            if skip:
                order = self._order
                found.sort(key=lambda f: order[f[0]])
            else:
                found.reverse()  # one path, found shortest first
        return found

    def matches_at(self, tokens: list[Token], i: int) -> Iterator[PhraseMatch[V]]:
        """Every phrase starting at token i: reading after reading (in the policy's order), and
        for each reading the longest phrase first."""
        tok = tokens[i]
        if not self._may_start(tok):
            return
        for rel, first in self.starts(tok):
            for key, end in self._ends(tokens, i, first):
                yield PhraseMatch(tok.start + rel, tokens[end - 1].end, i, end, key, self._values[key])

    def first_at(self, tokens: list[Token], i: int) -> PhraseMatch[V] | None:
        """The longest phrase of the first reading of token i that begins any."""
        return next(self.matches_at(tokens, i), None)

    def longest_at(self, tokens: list[Token], i: int) -> PhraseMatch[V] | None:
        """The phrase at token i spanning most tokens; a later reading wins only with a longer one."""
        tok = tokens[i]
        return self._longest(tokens, i, self.starts(tok)) if self._may_start(tok) else None

    def _longest(self, tokens: list[Token], i: int, starts: tuple[Reading, ...]) -> PhraseMatch[V] | None:
        best_rel, best_key, best_end = 0, "", i
        for rel, first in starts:
            ends = self._ends(tokens, i, first)
            if ends and ends[0][1] > best_end:
                best_rel, (best_key, best_end) = rel, ends[0]
        if not best_key:
            return None
        return PhraseMatch(tokens[i].start + best_rel, tokens[best_end - 1].end, i, best_end, best_key,
                           self._values[best_key])

    def find(self, tokens: list[Token]) -> list[PhraseMatch[V]]:
        """Non-overlapping longest phrases (`longest_at`), left to right."""
        out: list[PhraseMatch[V]] = []
        after = 0  # the end of the last match: no match starts inside it
        max_gap, skip = self._max_gap, self._skip
        last = len(tokens) - 1
        # the tokens that may begin a phrase, with their readings that begin one (not empty)
        for i, (starts, whole, nexts) in answers_where(tokens, self._begins, self._begin_readings):
            if i < after:
                continue
            if not whole and not skip:
                # most first words only begin longer phrases ("في", "على") and the next word
                # continues none of them: then no reading can match, and looking further would
                # find nothing (token keys hold no space, so a second word is one set lookup)
                if i == last:
                    continue
                nxt = tokens[i + 1]
                if (max_gap is not None and nxt.start - tokens[i].end > max_gap) or nxt.key not in nexts:
                    continue
            m = self._longest(tokens, i, starts)
            if m is not None:
                out.append(m)
                after = m.tok_end
        return out
