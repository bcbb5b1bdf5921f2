"""Horses and camels in race results, and their riders.

Equestrian and camel-race reports name the animal after a word for it, in quote marks: "وفاز
الفارس فلان على الجواد «ذكر الله»", "وجاءت الفرس «هيفاء» ثالثة". The tagger reads the animal's
name ("هيفاء" is also a woman's name) and the word for the animal ("على الجواد", "الفرس") as
persons, and the rider's word with the rider's name ("الفارس أحمد سعيد"). An animal is no entity
(GUIDE: persons, organisations, places): a name right after a word for an animal, in quote marks or
brackets, is dropped, as is a person that is only such a word, "على" + it, or the rider's word; a person's name ends
before "على" + such a word ("فلان على الجواد"); and "الفارس", "الخيال" (the rider) before a given
name is the rider's word, no part of the name (as family names they come last: "محمد الفارس").
Lexicon section `race_animal` / `rider_word` of `race_animals.tsv`.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate, move_end, move_start
from marsad.layers.entities.name_words import NameWords, reads_as
from marsad.lexicons.loader import keyed

ANIMALS = keyed("race_animals.tsv", "race_animal", alias_key)
RIDERS = keyed("race_animals.tsv", "rider_word", alias_key)
_ON = alias_key("على")
_OPEN = "«\"“("


def _animal(tok: Token) -> bool:
    """A word for a race animal, with a clitic or not ("الجواد", "والفرس", "للمهرة")."""
    return tok.is_word and reads_as(tok, ANIMALS)


def _named_animal(c: NameCandidate, tokens: list[Token]) -> bool:
    """Is `c` right after a word for an animal and a quote mark or bracket ("الجواد «X»")?"""
    j = c.tok_start - 1
    if j < 0:
        return False
    if not tokens[j].is_word:
        if tokens[j].text[-1:] not in _OPEN:
            return False
        j -= 1
    elif c.start == tokens[c.tok_start].start:
        return False  # the name must stand in marks: "الجواد ذكر الله" alone is not read so
    return j >= 0 and _animal(tokens[j])


def drop_race_animals(cands: list[NameCandidate], tokens: list[Token], text: str,
                      words: NameWords) -> list[NameCandidate]:
    """The candidates without race animals, and with riders' names cut from their words."""
    gone: set[int] = set()
    for c in cands:
        if c.actor is not None or c.source == "kb":
            continue
        if c.type in ("PER", "ORG", "MISC") and _named_animal(c, tokens):
            gone.add(id(c))
            continue
        if c.type != "PER":
            continue
        a, b = c.tok_start, c.tok_end
        if all(_animal(tokens[k]) or tokens[k].key == _ON or tokens[k].key in RIDERS for k in range(a, b)):
            gone.add(id(c))  # "على الجواد", "الفرس", "الفارس" alone
            continue
        cut = next((k for k in range(a + 1, b) if tokens[k].key == _ON and k + 1 < len(tokens)
                    and _animal(tokens[k + 1])), None)
        if cut is not None:
            move_end(c, cut, tokens, text)  # "فلان على الجواد"
            b = cut
        rider = tokens[a]
        if b - a >= 2 and alias_key(text[c.start : rider.end]) in RIDERS and tokens[a + 1].key in words.given_names:
            move_start(c, a + 1, tokens, text)  # "الفارس أحمد سعيد"
    return [c for c in cands if id(c) not in gone] if gone else cands
