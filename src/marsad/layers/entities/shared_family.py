"""Two persons named after a dual noun with one family name: "الشيخان محمد وحمد الجميح".

A pair of brothers, sheikhs or players is named by two given names joined by "و" and the family
name they share, once, after the second. The tagger finds the second person ("حمد الجميح") or
none, and the first given name alone is dropped as naming nobody. After a dual noun for two
persons (lexicon `dual_persons.tsv`), the first given name is the first person, whose entity is
named with the family name of the second ("محمد الجميح"); the second person is added where the
tagger missed him. The dual noun itself is no place ("الشيخان" is also a town in Iraq).
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate, with_added
from marsad.layers.entities.name_words import NameWords, reads_as
from marsad.lexicons.loader import keyed

DUAL_PERSONS = keyed("dual_persons.tsv", None, alias_key)
_MAX_FAMILY = 3  # words of the shared family name ("العبدالعزيز الجميح")
_DUAL_FORMS = FormMemo()  # word form -> is it a dual noun of `DUAL_PERSONS`


def _is_dual(tok: Token) -> bool:
    return tok.is_word and reads_as(tok, DUAL_PERSONS)


def _next(tokens: list[Token], k: int) -> bool:
    """Is token k a word one space after the token before it?"""
    return k < len(tokens) and tokens[k].is_word and tokens[k].start - tokens[k - 1].end == 1


def add_shared_family(cands: list[NameCandidate], tokens: list[Token], text: str,
                      words: NameWords) -> list[NameCandidate]:
    """The candidates, with the first person of a pair sharing a family name, and the second
    where the tagger missed him; the dual noun read as a place dropped."""
    duals = indices_where(tokens, _DUAL_FORMS, _is_dual)
    if not duals:
        return cands
    given = words.given_names
    at = {}
    for c in cands:
        for k in range(c.tok_start, c.tok_end):
            at[k] = c
    added: list[NameCandidate] = []
    gone: set[int] = set()
    for i in duals:
        j = i + 1
        if not (_next(tokens, j) and _next(tokens, j + 1)):
            continue
        alone = at.get(j)  # "محمد" tagged alone, to be dropped as naming nobody
        if alone is not None and not (alone.type == "PER" and alone.actor is None and alone.tok_start == j
                                      and alone.tok_end == j + 1 and alone.start == tokens[j].start):
            continue
        first, second = tokens[j], tokens[j + 1]
        if first.key not in given or not second.key.startswith("و") or second.key[1:] not in given:
            continue
        other = at.get(j + 1)
        if other is not None:
            if other.type != "PER" or other.tok_start != j + 1 or other.tok_end < j + 3:
                continue
            end = other.tok_end
        else:
            end = j + 2
            while end < j + 2 + _MAX_FAMILY and _next(tokens, end) and end not in at and words.name_like(tokens[end]):
                end += 1
            if end == j + 2:
                continue  # "الشقيقان محمد وأحمد": no family name to share
            start = second.start + 1
            added.append(NameCandidate(start, tokens[end - 1].end, j + 1, end, "PER",
                                       alias_key(text[start : tokens[end - 1].end]), None, "pattern"))
        family = text[tokens[j + 2].start : tokens[end - 1].end]
        if alone is not None:
            alone.display = f"{first.text} {family}"
        else:
            added.append(NameCandidate(first.start, first.end, j, j + 1, "PER", first.key, None, "pattern",
                                       display=f"{first.text} {family}"))
        place = at.get(i)
        if place is not None and place.type == "LOC" and place.tok_start == i and place.tok_end == i + 1:
            gone.add(id(place))
    if gone:
        cands = [c for c in cands if id(c) not in gone]
    return with_added(cands, added)
