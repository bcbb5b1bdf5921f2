"""Religious ranks of several words the tagger keeps in a cleric's name: "آية الله مكارم شيرازي".

The guide leaves ranks and honorifics out of a person's name; the one-word ones ("الشيخ") are
known to the title finders, but the tagger reads "آية الله" (Ayatollah) and "حجة الإسلام" as the
first words of the name. A person that begins with one of them, and has a name after it, begins
after it.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate, move_start
from marsad.lexicons.loader import words

RANKS = tuple(sorted({tuple(alias_key(w) for w in rank.split()) for rank in words("religious_titles.tsv")},
                     key=len, reverse=True))


def cut_religious_titles(cands: list[NameCandidate], tokens: list[Token], text: str) -> None:
    """Let the persons that begin with a religious rank of several words begin after it."""
    for c in cands:
        if c.type != "PER" or c.actor is not None or c.start != tokens[c.tok_start].start:
            continue
        keys = tuple(tokens[k].key for k in range(c.tok_start, c.tok_end))
        for rank in RANKS:
            if len(keys) > len(rank) and keys[: len(rank)] == rank:
                move_start(c, c.tok_start + len(rank), tokens, text)
                break
