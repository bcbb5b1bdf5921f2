"""A body's generic head word under the article, and the stray word the tagger ran it into.

"مدير المستشفى علي القحطاني", "مدير عام النادي وعبدالله العديل", "أوضح أن الوزارة سخرت جهودها",
"وكيل الوزارة لشؤون المساجد": the tagger reads a head word with the article ("المستشفى", "النادي",
"الوزارة") and the word after it as one body's name. A body named by its head word under the
article goes on with definite words only ("المعهد العالي للقضاء", "النادي الأهلي"); an indefinite
word right after it (a given name, a verb, "و" + anything, ل + an indefinite noun) or a punctuation
mark is no part of a name, and the head alone names no body in particular (GUIDE: "الوزارة" is not
an entity). So the candidate loses its head: what follows stands as a person's name when it reads
as one ("نايف المهيلب" after "النادي"; a given name alone joins the person named right after it:
"المستشفى علي" + "سعيد القحطاني"), as a body when it begins with an institution's head ("الجامعة
ووزارة الخدمة المدنية"), and is dropped otherwise. A head that is itself a club's name in the
sports press ("تشكيلة الاتحاد.. وياكونان") keeps that name alone.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import (
    NameCandidate,
    move_end,
    move_start,
    span_candidate,
    with_added,
)
from marsad.layers.entities.name_words import NameWords, institution
from marsad.layers.entities.word_lists import (
    CONNECTORS,
    INSTITUTION_HEADS,
    NAME_HEADS,
    PATTERN_HEADS,
    SITE_HEADS,
    WORD_NAMES,
)
from marsad.lexicons.loader import keyed

_CLUB_WORDS = keyed("sports_clubs.tsv", "club", alias_key) | keyed("sports_clubs.tsv", "club_word", alias_key)
# the head words of bodies and sites, without the article (the words that name no one alone)
_HEADS = frozenset(k for k in INSTITUTION_HEADS | PATTERN_HEADS | SITE_HEADS | frozenset(NAME_HEADS)
                   if not k.startswith("ال"))


def _generic_head(c: NameCandidate, tok: Token) -> bool:
    """Does `c` begin with a head word under the article ("المستشفى", "بالجامعة" read from "ال")?"""
    written = tok.text[c.start - tok.start :]
    return written.startswith("ال") and alias_key(written)[2:] in _HEADS


def _stray(tokens: list[Token], j: int) -> bool:
    """Is token j, right after a definite head, no word of the body's name: punctuation, "و" +
    a word, or an indefinite word ("علي", "قال", "لشؤون"; not "العالي", "للقضاء")?"""
    tok = tokens[j]
    if not tok.is_word:
        return True
    key = tok.key
    return not key.startswith(("ال", "لل"))


class GenericHeads:
    """`repair(cands, tokens, text)`: candidates that begin with a generic definite head followed by a
    stray word lose the head (see the module's docstring)."""

    def __init__(self, words: NameWords) -> None:
        self.words = words

    def repair(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        gone: set[int] = set()
        added: list[NameCandidate] = []
        starts = {c.tok_start: c for c in cands if c.type == "PER"}
        for c in cands:
            a = c.tok_start
            if c.actor is not None or c.source == "kb" or c.tok_end - a < 2 \
                    or not _generic_head(c, tokens[a]) or not _stray(tokens, a + 1):
                continue
            gone.add(id(c))
            if tokens[a].key in _CLUB_WORDS and not tokens[a + 1].is_word:
                move_end(c, a + 1, tokens, text)  # "الاتحاد.. وياكونان": the club
                gone.discard(id(c))
                continue
            first = tokens[a + 1]
            if not first.is_word:
                continue
            # "وعبدالله" is و + a name; "فهد", "وليد" are names ("ف" is left on: few names follow it)
            conj = first.key.startswith("و") and first.key not in self.words.given_names
            rest = span_candidate(tokens, text, a + 1, c.tok_end, "PER", strip_conj=conj)
            if rest is None:
                continue
            stem = text[rest.start : first.end]
            if institution(first) or alias_key(stem) in INSTITUTION_HEADS:
                rest.type = "ORG"  # "الجامعة ووزارة الخدمة المدنية": the second body
                added.append(rest)
            elif self._person(tokens, rest, alias_key(stem), c.tok_end in starts):
                after = starts.get(c.tok_end)
                if rest.tok_end - rest.tok_start == 1 and after is not None and after.actor is None \
                        and tokens[c.tok_end].start - tokens[c.tok_end - 1].end <= 1:
                    # "مدير المستشفى علي" + "سعيد القحطاني": the given name begins the person's name
                    move_start(after, rest.tok_start, tokens, text, at=rest.start)
                elif rest.tok_end - rest.tok_start >= 2:
                    added.append(rest)
        if not gone and not added:
            return cands
        return with_added([c for c in cands if id(c) not in gone], added)

    def _person(self, tokens: list[Token], rest: NameCandidate, first: str, person_after: bool) -> bool:
        """Does `rest` read as a person's name: a given name first, then name-like words or the links
        of a name ("بن", "آل")?"""
        if first in WORD_NAMES:  # a name here only before a person's name or "بن" ("المستشفى علي" + "سعيد القحطاني")
            linked = rest.tok_end - rest.tok_start > 1 and tokens[rest.tok_start + 1].key in CONNECTORS
            if not (linked or person_after and rest.tok_end - rest.tok_start == 1):
                return False
        elif first not in self.words.given_names:
            return False
        return all(tokens[k].key in CONNECTORS or self.words.name_like(tokens[k])
                   or tokens[k].key in self.words.given_names
                   for k in range(rest.tok_start + 1, rest.tok_end))
