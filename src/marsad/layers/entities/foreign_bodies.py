"""Foreign bodies' names written with an English function word: "بنك أوف أمريكا" (of), "صحيفة ذي
غارديان" (the). NER reads the words around the function word as separate names (a country, a
person) or none; the function word shows they are one organisation's name.

- X "أوف" Y: from a body's head word (with up to two name words before it, "رويال بنك") over the
  link to the name words after it (up to three: "أمريكا ميريل لينش").
- a head word, "ذي"/"ذا", then up to three name words: the paper or body so titled.
A name the KB or NER found inside gives way; one that crosses the span's edge stops the rule.
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import NameWords
from marsad.layers.entities.ner_spans import name_head
from marsad.layers.entities.word_lists import FOREIGN_ARTICLES, FOREIGN_LINKS

MAX_AFTER = 3


class ForeignBodies:
    """`add(cands, tokens, text)`: organisations named with "أوف" or "ذي" (see the module)."""

    def __init__(self, kb: KnowledgeBase, words: NameWords) -> None:
        self.kb = kb
        self.words = words
        self._may_link = FormMemo()

    def add(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        links = indices_where(tokens, self._may_link, lambda t: t.key in FOREIGN_LINKS or t.key in FOREIGN_ARTICLES)
        for i in (i for i in links if 0 < i < len(tokens) - 1):
            span = self._span(tokens, i)
            if span is None:
                continue
            a, b, start = span
            inside = [c for c in cands if c.tok_start < b and a < c.tok_end]
            if any(c.tok_start < a or c.tok_end > b for c in inside):
                continue  # a name that runs past the span: not this rule's
            end = tokens[b - 1].end
            body = NameCandidate(start, end, a, b, "ORG", alias_key(text[start:end]), None, "pattern")
            cands = sorted([c for c in cands if c not in inside] + [body], key=lambda c: c.start)
        return cands

    def _span(self, tokens: list[Token], i: int) -> tuple[int, int, int] | None:
        """(first token, end token, start offset) of the name around the function word at `i`."""
        b = i + 1
        while b < len(tokens) and b - i <= MAX_AFTER and self._name_word(tokens, b):
            b += 1
        if b == i + 1:
            return None
        head = name_head(tokens[i - 1]) if self._adjacent(tokens, i) else None
        if tokens[i].key in FOREIGN_ARTICLES:
            if head is None or head[1] != "ORG":
                return None
            return i - 1, b, head[0]
        if head is not None and head[1] == "ORG":
            return i - 1, b, head[0]
        # "رويال بنك أوف سكوتلاند": name words before the head word
        a = i - 1
        while a > 0 and i - a <= 2 and self._adjacent(tokens, a) and name_head(tokens[a]) is None \
                and self.words.name_like(tokens[a]):
            a -= 1
        head = name_head(tokens[a]) if self._adjacent(tokens, a + 1) else None
        if head is None or head[1] != "ORG" or a == i - 1:
            return None
        return a, b, head[0]

    @staticmethod
    def _adjacent(tokens: list[Token], j: int) -> bool:
        return tokens[j].is_word and tokens[j].start - tokens[j - 1].end <= 1

    def _name_word(self, tokens: list[Token], j: int) -> bool:
        tok = tokens[j]
        if not self._adjacent(tokens, j) or self.kb.demonym(tok.key) is not None:
            return False  # "ذي غارديان البريطانية": the country's adjective describes the paper
        return self.words.name_like(tok) or self.kb.lookup(tok.key) is not None and tok.key not in self.words.common
