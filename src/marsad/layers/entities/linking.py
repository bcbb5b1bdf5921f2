"""Finding and linking actor names: KB gazetteer matching over tokens, and fuzzy alias linking.

`GazetteerMatcher.find(tokens)` returns the longest KB alias matches, trying every clitic
reading of the first token ("ولافروف" -> "لافروف", "للناتو" -> "ناتو" read as "الناتو"), so
spans never include an attached و ف ب ل ك (the aliases are an `arabic.phrases.PhraseTable`).
`FuzzyLinker.link(key, type)` links a name the KB spells differently ("ستولتنبرج" / "ستولتنبرغ")
while refusing one-letter changes that make another name ("سلمان" / "سليمان"): only long tokens
may differ, by one or two edits.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from marsad.arabic.form_memo import FORMS_KEPT
from marsad.arabic.phrases import PhraseMatch, PhraseTable, article_readings
from marsad.arabic.tokens import Token, remember
from marsad.kb import Actor, KnowledgeBase

MIN_ALIAS_CHARS = 2
FUZZY_MIN_TOKEN = 7      # tokens shorter than this must match exactly
FUZZY_MIN_SINGLE = 8     # a one-word name must be this long to be linked fuzzily
FUZZY_CUTOFF = 85.0
ALIAS_MAX_GAP = 1        # the words of an alias are separated by one space at most (no line break)


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
    """The KB's aliases as a phrase table read with `article_readings`: the longest alias wins,
    whatever reading of its first word it needs."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.aliases: PhraseTable[str] = PhraseTable(
            ((key, key) for key in kb.gazetteer() if len(key.replace(" ", "")) >= MIN_ALIAS_CHARS),
            article_readings, max_gap=ALIAS_MAX_GAP)

    @staticmethod
    def readings(tok: Token) -> list[tuple[int, str]]:
        """(document offset, lookup key) readings of a token: whole word first, then the article
        a لل swallowed, then clitic-stripped."""
        return [(tok.start + rel, key) for rel, key in article_readings(tok)]

    def _match(self, found: PhraseMatch[str]) -> Match:
        return Match(found.start, found.end, found.tok_start, found.tok_end, found.key, self.kb.lookup(found.key))

    def match_at(self, tokens: list[Token], i: int) -> Match | None:
        """The longest alias starting at token i (any reading of it), or None."""
        found = self.aliases.longest_at(tokens, i)
        return None if found is None else self._match(found)

    def find(self, tokens: list[Token]) -> list[Match]:
        """Non-overlapping longest matches, left to right."""
        return [self._match(found) for found in self.aliases.find(tokens)]


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
            found = remember(self._linked, (key, typ), tuple(self._link(key, typ)), FORMS_KEPT)
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
