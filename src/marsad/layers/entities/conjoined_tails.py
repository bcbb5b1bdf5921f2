"""A person's name that ran on over "و" and a definite word: the name ends before the "و".

No Arabic name holds "و" with a definite word: "عادل التويجري والملحم" is two people, "جمال
الغيم والمطر" a given name on ordinary words, "الملك جون والبارونات" a king and his barons. A
person's name that starts with a given name and holds no title ("رئيس لجنة العدل والمصالحة"
describes a person by the body he leads, and keeps its "و") ends before such a word.

Foreign names may begin with the letters "وال" ("سام والتون", "والاس", "والش"); what follows
their "وال" is short, so the word must be "و" + "ال" + a stem of four letters or more, or an
ordinary definite word ("والمطر").
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.layers.entities.adjective_persons import PERSON_WORDS
from marsad.layers.entities.name_candidate import NameCandidate, move_end
from marsad.layers.entities.name_words import ROMANIZED_NAMES, NameWords

_AND_THE = "وال"


def _and_definite(tok: Token, common: frozenset[str]) -> bool:
    """"والملحم", "والمطر": "و" with a definite word (not a foreign name in "وال": "والتون")."""
    key = tok.key
    if not tok.is_word or not key.startswith(_AND_THE):
        return False
    stem = key[len(_AND_THE):]
    return len(stem) >= 4 or "ال" + stem in common


def _cut_at(c: NameCandidate, tokens: list[Token], words: NameWords) -> int:
    first = tokens[c.tok_start].key
    if first not in words.given_names and first not in ROMANIZED_NAMES:
        return c.tok_end
    for k in range(c.tok_start + 1, c.tok_end):
        key = tokens[k].key
        if key in PERSON_WORDS or key.removeprefix("ال") in PERSON_WORDS:
            return c.tok_end  # a description of a person by a title or role keeps its "و"
        if _and_definite(tokens[k], words.common):
            return k
    return c.tok_end


def cut_conjoined_tails(cands: list[NameCandidate], tokens: list[Token], text: str,
                        words: NameWords) -> list[NameCandidate]:
    """The candidates with the persons' names ended before "و" + a definite word."""
    for c in cands:
        if c.type != "PER" or c.actor is not None or c.tok_end - c.tok_start < 2 \
                or c.start != tokens[c.tok_start].start:
            continue
        k = _cut_at(c, tokens, words)
        if k < c.tok_end:
            move_end(c, k, tokens, text)
    return cands

