"""Persons the tagger typed MISC: a given name and a family name, often in quote marks.

Sports pages quote players' and coaches' names («لويس إنريكي», «عماد خليلي»), and the tagger,
which has seen titles of films and songs in quote marks, types some of them MISC, which the
gold never counts: the person is missed. A MISC name of two or three words that begins with a
known given name and goes on with words that may be a name's is a person when the document
names a person by its family name elsewhere ("«لويس إنريكي»" ... "وقال إنريكي"): the generated
given names hold words of brands ("آيفون", "إكس"), and titles of films and books are quoted as
players are ("«هاري بوتر»", "«مايكل شيلي»", a film). Not where a word before it says it is the
title of a work or the name of a campaign or a unit ("بعنوان «سيد الغالين»", "كتيبة «سلمان
الحزم»"), nor in brackets, where the press puts titles ("(هاري بوتر)").
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import ROMANIZED_NAMES, NameWords, reads_as
from marsad.lexicons.loader import keyed

_LEXICON = "work_cues.tsv"
WORK_CUES = keyed(_LEXICON, None, alias_key)
_QUOTES = frozenset("«\"“”'")
_BRACKETS = frozenset("([")


def _cue_before(tokens: list[Token], k: int) -> bool:
    """Is the word before token k (past quote marks) a cue of a work's or a unit's name, or
    does the name stand in brackets?"""
    j = k - 1
    while j >= 0 and not tokens[j].is_word:
        if tokens[j].text and tokens[j].text[-1] in _BRACKETS:
            return True
        if not all(ch in _QUOTES for ch in tokens[j].text):
            return False  # a comma, a stop: nothing said about the name
        j -= 1
    return j >= 0 and reads_as(tokens[j], WORK_CUES)


def retype_misc_persons(cands: list[NameCandidate], tokens: list[Token], words: NameWords) -> None:
    """Type PER the MISC names of the tagger that are a person's given and family names, and
    whose family name the document gives a person elsewhere."""
    if not any(c.type == "MISC" for c in cands):
        return
    surnames = {c.key.rsplit(" ", 1)[-1] for c in cands if c.type == "PER"}
    for c in cands:
        if c.type != "MISC" or c.source != "ner" or c.actor is not None or not 2 <= c.tok_end - c.tok_start <= 3:
            continue
        span = tokens[c.tok_start : c.tok_end]
        if c.start != span[0].start or not all(t.is_word for t in span):
            continue
        first = span[0].key
        if first not in words.given_names and first not in ROMANIZED_NAMES:
            continue
        if not all(words.name_like(t) or t.key in words.given_names for t in span[1:]):
            continue
        if span[-1].key not in surnames or _cue_before(tokens, c.tok_start):
            continue
        c.type = "PER"
