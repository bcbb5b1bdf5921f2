"""A state or a county named after its administrative word: "ولاية بورنو", "لولاية يوبي", "مقاطعة
بيري". The word is part of the name.

The press names the states of a federation (Nigeria, the United States, India, Afghanistan) and
the counties of a country with "ولاية"/"مقاطعة" in construct before the name, and so do the
annotators ("ولاية يوبي", "مقاطعة سان بيرناردينو"), while the KB and the tagger find the name alone.
A place found right after the indefinite word (with its clitics) begins at the word. Not a
country's name: "مقاطعة إسرائيل" is its boycott, "ولاية" before a country no state of it.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.body_complements import adjacent
from marsad.layers.entities.name_candidate import NameCandidate, move_start
from marsad.layers.entities.name_words import clitic_reading

_STATE_WORDS = frozenset(alias_key(w) for w in ("ولاية", "مقاطعة"))
_CLITICS = ("", "و", "ب", "ل", "وب", "ول")
_MAX_NAME = 3


def _state_word(tok: Token) -> int | None:
    """The offset of "ولاية"/"مقاطعة" in the word (after its clitics), or None; not "الولاية"."""
    if not tok.is_word or not tok.key.endswith(("يه", "عه")):
        return None  # most words: the clitic readings are not worth making
    found = clitic_reading(tok, _STATE_WORDS, _CLITICS)
    return None if found is None else found[0]


def extend_state_places(cands: list[NameCandidate], tokens: list[Token], text: str) -> None:
    """Let each place found right after "ولاية"/"مقاطعة" begin with that word."""
    taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
    for c in cands:
        k = c.tok_start - 1
        if c.type != "LOC" or k < 0 or k in taken or c.tok_end - c.tok_start > _MAX_NAME \
                or c.start != tokens[c.tok_start].start or not adjacent(tokens, c.tok_start) \
                or c.actor is not None and c.actor.kind == "country" \
                or c.actor is None and c.key.startswith("ال"):  # "ولاية الفقيه": a doctrine, no state
            continue
        at = _state_word(tokens[k])
        if at is not None:
            move_start(c, k, tokens, text, at=tokens[k].start + at)
            taken.add(k)
