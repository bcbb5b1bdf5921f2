"""A name of several words whose first word begins with letters that read as clitics: "فلاي دبي"
read as ف + ل + "اي دبي".

The tagger and the KB matcher try every clitic reading of a word, and a foreign first word that
begins with "ف", "ل", "ب", "و" or "ك" ("فلاي", "بلاك", "كوميرز") loses those letters. When the
whole words, from the token's start, are a name of marsad's own name lists (`lexicons/ner_names`)
and the cut reading is not, the name takes its whole first word. One-word names are
`clitic_names`' business.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate

_CLITIC_LETTERS = frozenset("وفلبك")
MAX_CLITICS = 2  # "فل", "وب": a conjunction and a preposition at most


@lru_cache(maxsize=1)
def _listed_phrases() -> frozenset[str]:
    """The names of several words in marsad's own name lists, by phrase key."""
    from marsad.ner.gazetteer import name_lists

    return frozenset(key for key in name_lists() if " " in key)


def restore_listed_names(cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
    """The candidates, each cut after clitic letters off a listed name of several words given
    its whole first word (in place)."""
    from marsad.ner.gazetteer import phrase_key

    listed = _listed_phrases()
    for c in cands:
        tok = tokens[c.tok_start]
        cut = text[tok.start : c.start]
        if not cut or len(cut) > MAX_CLITICS or not set(cut) <= _CLITIC_LETTERS:
            continue
        whole = text[tok.start : c.end]
        if " " not in whole or phrase_key(whole) not in listed or phrase_key(text[c.start : c.end]) in listed:
            continue
        c.start = tok.start
        c.key = alias_key(whole)
    return cands
