"""Words a person's name ran on into: the set phrases after a name end it.

The tagger sometimes carries a person's name over the words that follow it in the set phrases of
the press: the message a ruler sends ("... آل سعود برقية تهنئة"), and the prayer said after a name,
whose verb stands before "الله" ("عثمان رضي الله عنه", "آل سعود -حفظه الله-"); and the day an
unknown body or person acted on ("قالت وزارة الخارجية اليوم الأحد", "أعلن فلان أمس"). The name
ends before such a word; a candidate left with nothing is dropped, and one left with the family name
after "آل" that ends another person's name ("سلمان بن عبدالعزيز آل" + "سعود") joins that name.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate, end_before, move_end
from marsad.layers.entities.name_words import reads_as
from marsad.layers.entities.word_lists import ALLAH, ALLAH_COMPOUND
from marsad.lexicons.loader import keyed

TAILS = keyed("name_tails.tsv", "tail", alias_key)
WEEKDAYS = keyed("weekdays.tsv", None, alias_key)
# "أمس" is no word of a name; "اليوم" is one ("روسيا اليوم", "صحيفة اليوم") unless a weekday follows
_YESTERDAY = frozenset({alias_key("أمس"), alias_key("امس")})
_TODAY = alias_key("اليوم")
PRAYER_VERBS = frozenset({alias_key("رضي"), alias_key("صلى")})
_FAMILY = alias_key("آل")


def _tail_word(tok: Token) -> bool:
    """A tail word, also with a clitic ("ببرقية": the tagger may take "رقية" out of it)."""
    return tok.key in TAILS or reads_as(tok, TAILS)


def _day_word(tokens: list[Token], k: int) -> bool:
    """"أمس", or "اليوم" before a weekday ("اليوم الأحد")."""
    key = tokens[k].key
    return key in _YESTERDAY or key == _TODAY and k + 1 < len(tokens) and tokens[k + 1].key in WEEKDAYS


def _cut_at(c: NameCandidate, tokens: list[Token]) -> int:
    """The token the name of `c` ends before (c.tok_end when nothing is cut)."""
    for k in range(c.tok_start, c.tok_end):
        if (c.type == "PER" and _tail_word(tokens[k])) or (k > c.tok_start and _day_word(tokens, k)):
            return k
    if c.type != "PER":
        return c.tok_end
    j = c.tok_end
    # a prayer's verb before "الله": one with its pronoun ("حفظه", "رحمه") or "رضي"; not the first
    # part of a name built on it ("عبد الله", "غرم الله", "ضيف الله")
    last = tokens[j - 1]
    if j < len(tokens) and tokens[j].key in ALLAH and j - 1 > c.tok_start \
            and (last.key in PRAYER_VERBS or last.text.endswith("ه")) \
            and last.key.removeprefix("ال") not in ALLAH_COMPOUND:
        return j - 1
    return j


def cut_name_tails(cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
    """The candidates with the persons' names ended before the set phrases that follow them."""
    gone: set[int] = set()
    ends = {c.tok_end: c for c in cands if c.type == "PER"}
    for c in cands:
        if c.actor is not None:
            continue
        k = _cut_at(c, tokens)
        if k == c.tok_end:
            continue
        if not end_before(c, k, tokens, text):
            gone.add(id(c))
            continue
        before = ends.get(c.tok_start - 1)
        if c.type == "PER" and k == c.tok_start + 1 and before is not None and tokens[c.tok_start - 1].key == _FAMILY:
            move_end(before, k, tokens, text, relink=False)  # "... بن عبدالعزيز آل سعود"
            gone.add(id(c))
    return [c for c in cands if id(c) not in gone] if gone else cands
