"""A person's name the tagger ran over "و" into the next item of a list.

No Arabic person's name has "و" + the article inside it: "جمال الغيم والمطر", "بالغالي والنفيس",
"فهد القباع والتفافه", "سلوى والبطحاء ويبرين" are a name (or no name) and the words joined to it.
Nor does a name go on with "و" + another given name after a given name: "سعود وفيصل وخالد" lists
kings, it names no one "Saud Faisal". The name ends before such a word ("وليد", "وائل", "ولد" and
foreign names such as "وليامز", "جون والتون" are words of names, not "و" + a word: a given name
written with "و", or a rest that is no ordinary word, is kept, unless two such items follow each
other: "سلوى والبطحاء ويبرين" is a list). What follows "و" is a place of its own when the KB knows it as one
("... وعنيزة").
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import (
    NameCandidate,
    end_before,
    span_candidate,
    with_added,
)
from marsad.layers.entities.name_words import NameWords


def _joined(tok: Token, prev: str, words: NameWords, kb: KnowledgeBase) -> bool:
    """Is `tok` "و" + a word that begins a new item after the word `prev` (its key, as the name
    reads it) inside a person's name?"""
    key = tok.key
    if not tok.is_word or not key.startswith("و") or len(key) < 4 or key in words.given_names:
        return False
    rest = key[1:]
    if rest.startswith("ال"):
        # "والمطر", "والتفافه": an ordinary word, or a known place ("والرياض"); "جون والتون" (Walton) reads as none, and is a name
        word = rest[2:]
        common = words.common
        if len(rest) <= 3:
            return False
        return word in common or rest in common or rest.endswith("ه") and (rest[:-1] in common or word[:-1] in common) \
            or any(a.type == "LOC" for a in kb.lookup(rest))
    return rest in words.given_names and prev in words.given_names  # "سعود وفيصل"


def _wa_item(tok: Token) -> bool:
    return tok.is_word and tok.key.startswith("و") and len(tok.key) > 3


class JoinedPersons:
    """`repair(cands, tokens, text)`: persons' names cut before a joined item (module docstring)."""

    def __init__(self, kb: KnowledgeBase, words: NameWords) -> None:
        self.kb = kb
        self.words = words

    def _listed(self, tokens: list[Token], k: int, end: int) -> bool:
        """"سلوى والبطحاء ويبرين": token k and the next one both "و" + a word, neither a given name
        written with "و": three items of a list, not one name."""
        return k + 1 < end and all(_wa_item(tokens[j]) and tokens[j].key not in self.words.given_names
                                   for j in (k, k + 1))

    def repair(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        added: list[NameCandidate] = []
        gone: set[int] = set()
        for c in cands:
            if c.type != "PER" or c.actor is not None or c.source == "kb" or c.tok_end - c.tok_start < 2:
                continue
            first = alias_key(text[c.start : tokens[c.tok_start].end])  # "وخالد" read from "خالد"
            cut = next((k for k in range(c.tok_start + 1, c.tok_end)
                        if _joined(tokens[k], first if k - 1 == c.tok_start else tokens[k - 1].key, self.words, self.kb)
                        or self._listed(tokens, k, c.tok_end)), None)
            if cut is None:
                continue
            end = c.tok_end
            if not end_before(c, cut, tokens, text):
                gone.add(id(c))
            for j in range(cut, end):  # the items after "و" the KB knows as places
                item = span_candidate(tokens, text, j, j + 1, "LOC", strip_conj=True)
                if item is not None and tokens[j].key.startswith("و"):
                    found = [a for a in self.kb.lookup(item.key) if a.type == "LOC"]
                    if found:
                        item.actor = found[0]
                        added.append(item)
        if gone:
            cands = [c for c in cands if id(c) not in gone]
        return with_added(cands, added)
