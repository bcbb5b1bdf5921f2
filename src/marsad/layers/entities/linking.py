"""Finding and linking actor names: KB gazetteer matching over tokens, and fuzzy alias linking.

`GazetteerMatcher.find(tokens)` returns the longest KB alias matches, trying every clitic
reading of the first token ("ولافروف" -> "لافروف", "للناتو" -> "ناتو" read as "الناتو"), so
spans never include an attached و ف ب ل ك. `FuzzyLinker.link(key, type)` links a name the KB
spells differently ("ستولتنبرج" / "ستولتنبرغ") while refusing one-letter changes that make
another name ("سلمان" / "سليمان"): only long tokens may differ, by one or two edits.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.tokens import Token, remember
from marsad.kb import Actor, KnowledgeBase

# a proclitic sequence that ends in لل swallowed the alef of the article: "للناتو" = ل + الناتو
_LAM_LAM = "لل"
MIN_ALIAS_CHARS = 2
FUZZY_MIN_TOKEN = 7      # tokens shorter than this must match exactly
FUZZY_MIN_SINGLE = 8     # a one-word name must be this long to be linked fuzzily
FUZZY_CUTOFF = 85.0
CACHE_LIMIT = 200_000    # memoised word forms, cleared when a long batch outgrows it


@dataclass
class Match:
    start: int
    end: int
    tok_start: int          # index of the first token
    tok_end: int            # index after the last token
    key: str                # alias match key that matched
    actors: list[Actor] = field(default_factory=list)

    @property
    def type(self) -> str:
        return self.actors[0].type


class GazetteerMatcher:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._maxlen: dict[str, int] = {}
        self._aliases: set[str] = set()     # every Arabic alias key (what kb.lookup finds)
        self._prefixes: set[str] = set()    # every alias key's leading words, the alias included
        for key in kb.gazetteer():
            self._aliases.add(key)
            parts = key.split(" ")
            for n in range(1, len(parts) + 1):
                self._prefixes.add(" ".join(parts[:n]))
            if len(key.replace(" ", "")) < MIN_ALIAS_CHARS:
                continue
            first = parts[0]
            if len(parts) > self._maxlen.get(first, 0):
                self._maxlen[first] = len(parts)
        # word form -> its readings that start an alias: (offset in the word, key)
        self._starts: dict[str, tuple[tuple[int, str], ...]] = {}
        self._relative: dict[str, tuple[tuple[int, str], ...]] = {}
        self._may_start = FormMemo()  # word form -> begins some alias

    def readings(self, tok: Token) -> list[tuple[int, str]]:
        """(offset, lookup key) readings of a token: whole word first, then clitic-stripped."""
        out: list[tuple[int, str]] = []
        restored: list[tuple[int, str]] = []
        key = tok.key
        for off, stem in tok.splits:
            out.append((off, stem))
            prefix = key[: len(key) - len(stem)]
            if prefix.endswith(_LAM_LAM) and not stem.startswith("ال"):
                restored.append((off, "ال" + stem))
        # "للحج" is ل + الحج before it is ل + "لحج": the restored article reading goes first
        return out[:1] + restored + out[1:]

    def relative_readings(self, tok: Token) -> tuple[tuple[int, str], ...]:
        """`readings(tok)` with offsets relative to the token's start, memoised per word form."""
        found = self._relative.get(tok.text)
        if found is None:
            start = tok.start
            found = remember(self._relative, tok.text, tuple((off - start, key) for off, key in self.readings(tok)),
                             CACHE_LIMIT)
        return found

    def _alias_starts(self, tok: Token) -> tuple[tuple[int, str], ...]:
        """The readings of a word that begin some alias (most words: none), memoised per form."""
        found = self._starts.get(tok.text)
        if found is None:
            maxlen = self._maxlen
            found = remember(self._starts, tok.text,
                             tuple((rel, first) for rel, first in self.relative_readings(tok) if maxlen.get(first)),
                             CACHE_LIMIT)
        return found

    def match_at(self, tokens: list[Token], i: int) -> Match | None:
        tok = tokens[i]
        if not tok.is_word:
            return None
        starts = self._alias_starts(tok)
        return self._longest(tokens, i, starts) if starts else None

    def _longest(self, tokens: list[Token], i: int, starts: tuple[tuple[int, str], ...]) -> Match | None:
        tok = tokens[i]
        # longest alias per reading, growing word by word while the words so far begin some alias
        # and no gap wider than a space (a line break) separates them; a later reading wins only
        # with a longer match
        best: Match | None = None
        best_len = 0
        prefixes, aliases = self._prefixes, self._aliases
        last = len(tokens) - 1
        for rel, first in starts:
            key = first
            j = i
            found = 0
            found_key = ""
            while key in prefixes:
                if key in aliases:
                    found, found_key = j - i + 1, key
                if j >= last or tokens[j + 1].start - tokens[j].end > 1:
                    break
                j += 1
                key = key + " " + tokens[j].key
            if found > best_len:
                best_len = found
                best = Match(tok.start + rel, tokens[i + found - 1].end, i, i + found, found_key,
                             self.kb.lookup(found_key))
        return best

    def find(self, tokens: list[Token]) -> list[Match]:
        """Non-overlapping longest matches, left to right."""
        out: list[Match] = []
        # match_at at every token, skipping the words known to begin no alias (most of them)
        maybe = indices_where(tokens, self._may_start, lambda t: t.is_word and bool(self._alias_starts(t)))
        after = 0  # the end of the last match: no match starts inside it
        aliases, prefixes = self._aliases, self._prefixes
        last = len(tokens) - 1
        for i in maybe:
            if i < after:
                continue
            tok = tokens[i]
            starts = self._alias_starts(tok)  # not empty: i is in `maybe`
            if len(starts) == 1 and starts[0][1] not in aliases:
                # a word that only begins longer aliases ("في", "على"): most often the next word
                # does not continue any, and _longest would find nothing
                nxt = tokens[i + 1] if i < last else None
                if nxt is None or nxt.start - tok.end > 1 or starts[0][1] + " " + nxt.key not in prefixes:
                    continue
            m = self._longest(tokens, i, starts)
            if m:
                out.append(m)
                after = m.tok_end
        return out


class FuzzyLinker:
    """Link a name key to a KB actor of the same type when the spelling differs a little."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._choices: dict[tuple[str, int], list[str]] = defaultdict(list)
        for key, typ in kb.gazetteer().items():
            parts = key.split(" ")
            if max(len(p) for p in parts) >= FUZZY_MIN_TOKEN:
                self._choices[(typ, len(parts))].append(key)
        self._linked: dict[tuple[str, str], tuple[Actor, ...]] = {}

    def link(self, key: str, typ: str) -> list[Actor]:
        """The actors of type `typ` named by `key`, exactly or by a close spelling; memoised: an
        unknown name costs a fuzzy search of the KB, and names recur article after article."""
        found = self._linked.get((key, typ))
        if found is None:
            found = remember(self._linked, (key, typ), tuple(self._link(key, typ)), CACHE_LIMIT)
        return list(found)

    def _link(self, key: str, typ: str) -> list[Actor]:
        exact = [a for a in self.kb.lookup(key) if a.type == typ]
        if exact:
            return exact
        parts = key.split(" ")
        choices = self._choices.get((typ, len(parts)))
        if not choices or max(len(p) for p in parts) < FUZZY_MIN_TOKEN:
            return []
        if len(parts) == 1 and len(key) < FUZZY_MIN_SINGLE:
            return []
        for cand, _score, _ in process.extract(key, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF,
                                               limit=3):
            if self._close(parts, cand.split(" ")):
                return [a for a in self.kb.lookup(cand) if a.type == typ]
        return []

    @staticmethod
    def _close(a: list[str], b: list[str]) -> bool:
        differing = 0
        for x, y in zip(a, b, strict=True):
            if x == y:
                continue
            if min(len(x), len(y)) < FUZZY_MIN_TOKEN:
                return False
            if Levenshtein.distance(x, y) > (1 if min(len(x), len(y)) < 8 else 2):
                return False
            differing += 1
        return differing > 0
