"""Reporters named in the byline line: "عمر إبراهيم – عين اليوم", "فلان، علان – الرياض".

Papers open a story with a line of the reporters' names, a dash, and the paper or the place. The
tagger misses some of them (a name whose given name is also a word, "عمر"; a family name it does
not know) or reads "ل" of "لجين" as a preposition. A line of at most three names of two or three
words each, separated by commas, before a dash, whose first word is a given name and whose other
words may be words of a name, is a line of persons: each name is a person's, the candidates inside
it grow to it and the words no finder took become one.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from marsad.arabic.tokens import Token, token_starts
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate, with_added
from marsad.layers.entities.name_words import NameWords
from marsad.layers.entities.word_lists import CONNECTORS, WORD_NAMES

# a line: names (commas between them), a dash, and a short tail (the paper, a place, "متابعات")
_BYLINE = re.compile(r"(?m)^[ \t]*([^\n–—\-]{3,60}?)[ \t]*[–—\-][ \t]*[^\n]{2,30}$")
_ITEM = re.compile(r"[^،,]+")
MAX_NAMES = 3


class BylinePersons:
    """`add(cands, tokens, text)`: the reporters of byline lines as persons."""

    def __init__(self, words: NameWords) -> None:
        self.words = words

    def _name(self, toks: list[Token]) -> bool:
        if not 2 <= len(toks) <= 3 or not all(t.is_word for t in toks):
            return False
        first = toks[0].key
        if first not in self.words.given_names and first not in WORD_NAMES:
            return False
        return all(t.key in CONNECTORS or t.key in self.words.given_names or self.words.name_like(t)
                   for t in toks[1:])

    def add(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        if "\n" not in text:
            return cands
        starts = token_starts(tokens)
        added: list[NameCandidate] = []
        for line in _BYLINE.finditer(text):
            items = list(_ITEM.finditer(line.group(1)))
            if not 1 <= len(items) <= MAX_NAMES:
                continue
            base = line.start(1)
            spans = []
            for it in items:
                s, e = base + it.start(), base + it.end()
                a, b = bisect_left(starts, s), bisect_left(starts, e)
                while a < b and not tokens[a].is_word:
                    a += 1
                while b > a and not tokens[b - 1].is_word:
                    b -= 1
                if a >= b or not self._name(tokens[a:b]):
                    break
                spans.append((a, b))
            else:
                for a, b in spans:
                    self._person(cands, added, tokens, text, a, b)
        return with_added(cands, added)

    @staticmethod
    def _person(cands: list[NameCandidate], added: list[NameCandidate], tokens: list[Token], text: str,
                a: int, b: int) -> None:
        """A person over tokens [a, b): a person candidate inside grows to it; none if another kind
        of candidate overlaps it."""
        inside = [c for c in cands if c.tok_start < b and a < c.tok_end]
        if any(c.type != "PER" or c.tok_start < a or c.tok_end > b for c in inside):
            return
        start, end = tokens[a].start, tokens[b - 1].end
        if inside:
            c = inside[0]
            if len(inside) > 1 or c.actor is not None:
                return
            c.start, c.end, c.tok_start, c.tok_end = start, end, a, b
            c.key = alias_key(text[start:end])
            return
        added.append(NameCandidate(start, end, a, b, "PER", alias_key(text[start:end]), None, "pattern"))
