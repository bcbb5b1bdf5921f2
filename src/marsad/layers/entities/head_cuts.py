"""A name the tagger began inside a place word that starts with a clitic's letter: "ولاية إيلينوي"
tagged from "اية" (read و + ل + "آية", a given name). The word is the place word itself ("ولاية",
whose و is no conjunction): the name begins with it, as the place patterns would have it."""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate, move_start
from marsad.layers.entities.name_words import CLITIC_RUNS, clitic_reading
from marsad.layers.entities.word_lists import (
    ADMIN_PLACE_HEADS,
    PLACE_HEADS,
    PLACE_HEADS_DEFINITE,
    REGIONAL_HEADS,
    SETTLEMENT_HEADS,
)
from marsad.lexicons.names import given_names

GIVEN_NAMES = given_names()
PLACE_WORDS = ADMIN_PLACE_HEADS | PLACE_HEADS | PLACE_HEADS_DEFINITE | REGIONAL_HEADS | SETTLEMENT_HEADS
# plural place words that begin with a clitic's letter: "ولايات" read و + "لايات"; alone they name
# nothing ("عبر ولايات وايومنج ومونتانا")
PLURAL_PLACE_WORDS = frozenset({alias_key("ولايات")})


def _named_place(c: NameCandidate, tokens: list[Token]) -> bool:
    """Is `c` one unknown word the tagger took for a person right after an indefinite place word
    ("ولاية إيلينوي", "بمدينة سيله")?"""
    k = c.tok_start
    if c.actor is not None or c.tok_end - k != 1 or k == 0 or c.start != tokens[k].start \
            or tokens[k].key in GIVEN_NAMES:
        return False  # "قصر موسى": a site named after a person, whose name is no place alone
    head = tokens[k - 1]
    return head.is_word and tokens[k].start - head.end == 1 and clitic_reading(head, PLACE_WORDS, CLITIC_RUNS) is not None \
        and not any(stem.startswith("ال") for _off, stem in head.splits)


def restore_place_words(cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
    """Let a tagged name that begins inside a place word begin with that word; drop one that is
    a plural place word alone ("لايات" of "ولايات"); type a place the one word tagged a person
    after a place word."""
    gone: set[int] = set()
    for c in cands:
        if c.type == "PER" and _named_place(c, tokens):
            c.type = "LOC"  # "ولاية إيلينوي" with "إيلينوي" tagged a person
            continue
        if c.type not in ("LOC", "ORG"):
            continue
        tok = tokens[c.tok_start]
        if c.start <= tok.start:
            continue
        if c.tok_end - c.tok_start == 1 and tok.key in PLURAL_PLACE_WORDS:
            gone.add(id(c))  # the tagger's or a list's reading alike
            continue
        if c.source != "ner":
            continue
        found = clitic_reading(tok, PLACE_WORDS, CLITIC_RUNS)  # readings run from the word's start on
        if found is not None and tok.start + found[0] < c.start:
            move_start(c, c.tok_start, tokens, text, at=tok.start + found[0])
    return [c for c in cands if id(c) not in gone] if gone else cands
