"""Diseases and viruses read as persons or places: "فيروس كورونا", "متلازمة الشرق الأوسط التنفسية".

Health news names a virus or a syndrome after a word for it (`disease_heads.tsv`), and the NER
tagger reads that word ("فيروس") as a person, the name after it ("كورونا") as a person, and the
region in a syndrome's name ("الشرق الأوسط") as a place. A disease is no entity: a person that is
only such a word is dropped, and a person or place right after one (past a quote mark) is the
disease's name and is dropped too, as is a person of the same name elsewhere in the article ("«كورونا» يضرب
عائلة" in a headline), unless the KB knows it (a region the KB knows is the name of a
syndrome only after "متلازمة").
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import reads_as
from marsad.lexicons.loader import keyed

_HEADS = keyed("disease_heads.tsv", None, alias_key)
# quote marks a disease's name may stand in ("فيروس «كورونا»")
_QUOTE_MARKS = "«\"“”'"
_QUOTES = frozenset(_QUOTE_MARKS)
# a syndrome is named by a region ("متلازمة الشرق الأوسط التنفسية"): a place the KB knows is its name
_SYNDROME = frozenset({alias_key("متلازمة")})


def _after_head(c: NameCandidate, tokens: list[Token], text: str) -> bool:
    """Is the word before the candidate (past quote marks) a disease's head ("لفيروس «كورونا»")?"""
    k = c.tok_start - 1
    while k >= 0 and tokens[k].text in _QUOTES:
        k -= 1
    if k < 0 or not tokens[k].is_word:
        return False
    # the candidate's own clitic is no gap ("بفيروس" + "كورونا"); a word between is
    return reads_as(tokens[k], _HEADS) and not text[tokens[k].end : c.start].strip(" " + _QUOTE_MARKS)


def drop_disease_names(cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
    """The candidates without the persons and places that are a disease or its name."""
    out: list[NameCandidate] = []
    diseases: set[str] = set()
    for c in cands:
        if c.type == "PER" and c.actor is None and reads_as(tokens[c.tok_start], _HEADS):
            if c.tok_end > c.tok_start + 1:
                diseases.add(alias_key(text[tokens[c.tok_start + 1].start : c.end]))
            continue  # "فيروس", "فيروس كورونا"
        if c.type in ("PER", "LOC") and _after_head(c, tokens, text) \
                and (c.actor is None or c.type == "LOC" and reads_as(tokens[c.tok_start - 1], _SYNDROME)):
            if c.actor is None:
                diseases.add(c.key)
            continue  # "فيروس [كورونا]", "متلازمة [الشرق الأوسط] التنفسية" (a place the KB knows)
        out.append(c)
    if not diseases:
        return out
    # the disease named so once is the same disease where the article names it alone ("«كورونا»
    # يضرب عائلة", a headline): no person
    return [c for c in out if not (c.type == "PER" and c.actor is None and c.key in diseases)]
