"""KB names that are ordinary words too, kept only where the text shows the name.

A few one-word names of the KB are first of all ordinary words of the news: "إعمار" is the Dubai
developer, and far more often the verbal noun of "إعادة إعمار المدن" (reconstruction), "أعمار"
its plural of age. Such a name (lexicon section `cued_name`) stands only in quotes («إعمار») or
right after a word that shows the body (`name_cue`: "شركة", "سهم"); a longer name holding it
("إعمار العقارية") is another candidate and stays.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import reads_as
from marsad.lexicons.loader import keyed

CUED_NAMES = keyed("cued_names.tsv", "cued_name", alias_key)
NAME_CUES = keyed("cued_names.tsv", "name_cue", alias_key)
_QUOTES = "\"'“”«»"


def _quoted(text: str, c: NameCandidate) -> bool:
    return c.start > 0 and c.end < len(text) and text[c.start - 1] in _QUOTES and text[c.end] in _QUOTES


def _cued(c: NameCandidate, tokens: list[Token], text: str) -> bool:
    if _quoted(text, c):
        return True
    if c.tok_start == 0:
        return False
    prev = tokens[c.tok_start - 1]
    return prev.key in NAME_CUES or reads_as(prev, NAME_CUES)


def drop_uncued_names(cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
    """The candidates without the ordinary words read as a cued name where no cue shows it."""
    return [c for c in cands if c.tok_end - c.tok_start != 1 or c.key not in CUED_NAMES
            or _cued(c, tokens, text)]
