"""Persons whose given name is two words ("آنا ماريا بردوان", "علي أكبر ولايتي", "جان بيير X"),
which the tagger and the other finders cut: they begin the person at the second word, whose first
word is also an Arabic word ("آنا" = I), or end it with the compound, taking it for the whole name.

The compounds are `lexicons/compound_given_names.tsv`. Three repairs, each on a person only:

- a person that begins with a compound's second part takes the first part right before it
  ("آنا" + "ماريا بردوان");
- a person that ends with a whole compound takes the one name word right after it ("علي أكبر" +
  "ولايتي"): a compound is a given name, and a family name follows it;
- a compound and a name word that no finder took, after a title, an honorific or a reporting verb
  ("الدكتور علي أكبر ولايتي", "قال علي أكبر صالحي"), is a new person.

The first part must be written as the lexicon writes it: "على أكبر قدر" is "on the largest
amount" and "أن كلير" is "that Claire", though their keys are those of "علي" and "آن"; the third
word must be name-like (no ordinary noun such as "عدد", no title, no article: "جان بيير الفرنسي"
keeps the adjective out).
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.entities.name_candidate import (
    NameCandidate,
    claimed,
    move_end,
    move_start,
    span_candidate,
    with_added,
)
from marsad.layers.entities.name_words import NameWords
from marsad.layers.entities.titles import HONORIFICS, TITLE_HEADS
from marsad.lexicons.loader import table

_ROWS = table("compound_given_names.tsv", 3)
COMPOUNDS: frozenset[tuple[str, str]] = frozenset((match_key(first), match_key(second)) for first, second, _k in _ROWS)
SECOND_PARTS = frozenset(second for _first, second in COMPOUNDS)
# the first parts as the lexicon writes them: their keys are often function words ("آن", "أن"
# and "إن" share one key; "علي" and "على" too), so the word must be written as the name is
WRITTEN_FIRST: dict[tuple[str, str], frozenset[str]] = {}
for _first, _second, _k in _ROWS:
    _pair = (match_key(_first), match_key(_second))
    WRITTEN_FIRST[_pair] = WRITTEN_FIRST.get(_pair, frozenset()) | {_first}


_SECOND_FORMS = FormMemo()  # the forms whose key is a compound's second part


def _second_part(tok: Token) -> bool:
    return tok.key in SECOND_PARTS


def _first_part(tok: Token, second: str) -> bool:
    """Is `tok` the first part of a compound whose second part is `second`, written as the
    lexicon writes it ("علي" with its dots, not "على"; "آن" with its madda, not "أن")?"""
    return tok.is_word and tok.text in WRITTEN_FIRST.get((tok.key, second), frozenset())


def _next_to(tokens: list[Token], i: int, j: int) -> bool:
    """Are tokens i and j=i+1 words with one space between them?"""
    return i >= 0 and j < len(tokens) and tokens[i].is_word and tokens[j].is_word \
        and tokens[j].start - tokens[i].end == 1


def _family_word(tok: Token, words: NameWords) -> bool:
    """May `tok` be the family name after a compound given name: name-like, no title, no
    definite word ("الفرنسي"), no given name that could open another person."""
    return words.name_like(tok) and tok.key not in TITLE_HEADS and tok.key not in HONORIFICS \
        and not tok.text.startswith("ال") and tok.key not in SECOND_PARTS


def _person_sign(tokens: list[Token], i: int, verbs: frozenset[str]) -> bool:
    """A title, an honorific or a reporting verb right before token i."""
    if i < 1 or not tokens[i - 1].is_word or tokens[i].start - tokens[i - 1].end > 1:
        return False
    key = tokens[i - 1].key
    bare = key[1:] if key[:1] in ("و", "ف") and len(key) > 3 else key
    return any(k in TITLE_HEADS or k in HONORIFICS or k in verbs for k in (key, bare))


def repair_compound_given_names(cands: list[NameCandidate], tokens: list[Token], text: str, words: NameWords,
                                verbs: frozenset[str]) -> list[NameCandidate]:
    """Lengthen the persons cut inside or right after a compound given name, and add the ones no
    finder took (see the module's docstring)."""
    if not cands and not tokens:
        return cands
    covered = claimed(cands)
    for c in cands:
        if c.type != "PER":
            continue
        a, b = c.tok_start, c.tok_end
        if c.start == tokens[a].start and tokens[a].key in SECOND_PARTS and a - 1 not in covered \
                and _next_to(tokens, a - 1, a) and _first_part(tokens[a - 1], tokens[a].key):
            move_start(c, a - 1, tokens, text)
            covered.add(a - 1)
            a -= 1
        if b - a >= 2 and (tokens[b - 2].key, tokens[b - 1].key) in COMPOUNDS and b not in covered \
                and c.end == tokens[b - 1].end and _next_to(tokens, b - 1, b) and _family_word(tokens[b], words):
            move_end(c, b + 1, tokens, text)
            covered.add(b)
    added = []
    # only where a compound's second part stands, found per form (np.isin over a few dozen keys,
    # `key_positions`, costs more than the loop it would spare)
    for second_at in indices_where(tokens, _SECOND_FORMS, _second_part):
        i = second_at - 1
        if i < 1 or i >= len(tokens) - 2 or i in covered or i + 1 in covered or i + 2 in covered:
            continue
        second = tokens[i + 1].key
        if second in SECOND_PARTS and _first_part(tokens[i], second) and _next_to(tokens, i, i + 1) \
                and _next_to(tokens, i + 1, i + 2) and _family_word(tokens[i + 2], words) \
                and _person_sign(tokens, i, verbs):
            c = span_candidate(tokens, text, i, i + 3, "PER")
            if c is not None:
                added.append(c)
                covered.update((i, i + 1, i + 2))
    return with_added(cands, added)
