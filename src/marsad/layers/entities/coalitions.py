"""Coalitions: "التحالف العربي", "قوات التحالف", and "التحالف" alone once the article is about one.

A coalition is named by its head word and an adjective ("التحالف الدولي") or by its forces or
command ("قوات التحالف", "قيادة التحالف"); the head word alone ("وقال التحالف", "غارات
التحالف") names the coalition the article speaks of: the one it named last before, else the
first it names. In an article that names none, the bare head word names one only when the
article speaks of a coalition's forces or strikes; all its mentions are then one body.
"""

from __future__ import annotations

import re

from marsad.arabic.form_memo import FormMemo, answers_where
from marsad.arabic.phrases import article_readings
from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import reads_as
from marsad.layers.entities.word_lists import (
    COALITION_ADJECTIVES,
    COALITION_CUES,
    COALITION_FORCES,
    COALITION_HEADS,
)

# the head words without their article, which every written form contains ("وللتحالف"): most tokens
# contain none and are passed over without reading them
_HEAD_STEMS = tuple({head.removeprefix("ال") for head in COALITION_HEADS})


# a head word in the text, short vowels, shadda or tatweel allowed between its letters ("التحالُف")
_HEAD_IN_TEXT = re.compile("|".join("[\u064B-\u0652\u0670\u0640]*".join(stem) for stem in _HEAD_STEMS))


def _head_offset(tok: Token) -> tuple[int] | None:
    """(offset of the head word from the token's start,) when `tok` holds one ("وللتحالف" read
    و + ل + "التحالف"), else None: what `_HEAD_FORMS` keeps per word form."""
    if not any(stem in tok.key for stem in _HEAD_STEMS):
        return None
    return next(((rel,) for rel, stem in article_readings(tok) if stem in COALITION_HEADS), None)


_HEAD_FORMS = FormMemo()  # word form -> `_head_offset` of a token of that form


def _names_coalition(key: str) -> bool:
    """A name headed by the coalition word, with or without the article ("تحالف دعم الشرعية")."""
    head = key.split(" ", 1)[0]
    return head in COALITION_HEADS or "ال" + head in COALITION_HEADS


class Coalitions:
    """`add(cands, tokens, text)` -> the candidates with the coalitions' names and references."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def add(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        if _HEAD_IN_TEXT.search(text) is None:
            return cands
        taken = {i for c in cands if not c.absorbable for i in range(c.tok_start, c.tok_end)}
        found: list[NameCandidate] = []
        military = False
        # the tokens that hold a head word: answered once per word form
        for i, (rel,) in answers_where(tokens, _HEAD_FORMS, _head_offset):
            tok = tokens[i]
            start = tok.start + rel
            if i > 0 and reads_as(tokens[i - 1], COALITION_CUES | COALITION_FORCES):
                military = True
            if i in taken:
                continue
            if i > 0 and i - 1 not in taken and reads_as(tokens[i - 1], COALITION_FORCES):
                lead = tokens[i - 1]
                begin = next(off for off, stem in lead.splits if stem in COALITION_FORCES)
                found.append(NameCandidate(begin, tok.end, i - 1, i + 1, "ORG", alias_key(text[begin : tok.end]),
                                           None, "pattern"))
                continue
            if i + 1 < len(tokens) and tokens[i + 1].key in COALITION_ADJECTIVES and i + 1 not in taken:
                key = alias_key(text[start : tokens[i + 1].end])
                actor = next((a for a in self.kb.lookup(key) if a.type == "ORG"), None)
                found.append(NameCandidate(start, tokens[i + 1].end, i, i + 2, "ORG", key, actor, "pattern"))
            else:
                found.append(NameCandidate(start, tok.end, i, i + 1, "ORG", alias_key(text[start : tok.end]),
                                           None, "pattern"))
        forces = [c for c in [*cands, *found] if self._forces(c, tokens)]
        if not found and not forces:
            return cands
        named = [c for c in [*cands, *found] if c.type == "ORG" and c.actor is not None
                 and c not in forces and _names_coalition(c.key)]
        named.sort(key=lambda c: c.start)
        bare = [c for c in found if c.tok_end - c.tok_start == 1]
        if not named and not forces and not military:
            return cands + [c for c in found if c not in bare]
        for ref in [*bare, *forces]:
            before = [c for c in named if c.start < ref.start]
            antecedent = before[-1] if before else (named[0] if named else None)
            # with no coalition named, every reference is one body, grouped under the bare name
            ref.actor, ref.key = (antecedent.actor, ref.key) if antecedent else (None, alias_key("التحالف"))
        return sorted(cands + found, key=lambda c: c.start)

    @staticmethod
    def _forces(c: NameCandidate, tokens: list[Token]) -> bool:
        """"قوات التحالف", "قيادة التحالف": a coalition's forces or command, named as it."""
        return c.type == "ORG" and c.tok_end - c.tok_start == 2 and reads_as(tokens[c.tok_start], COALITION_FORCES) \
            and tokens[c.tok_start + 1].key in COALITION_HEADS
