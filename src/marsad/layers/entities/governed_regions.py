"""A region named by an ordinary word, after a word that governs a place: "دول الخليج", "أمن
الخليج", "في الخليج", "المملكة والخليج" (the Gulf).

The KB names the region by its full names ("الخليج العربي", "منطقة الخليج"); the bare word is in
the list of ordinary words, since it is also the gulf of any sea and the name of a newspaper and of
a club ("صحيفة الخليج", "فريق الخليج"). After a word in construct with a place, a preposition of
place, or "و" after a place, it is the region (lexicon: governed_regions.tsv). Not when a word
follows that makes it a body's name ("الخليج للتدريب", "الخليج الدولي").
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.body_complements import adjacent
from marsad.layers.entities.name_candidate import NameCandidate, claimed, with_added
from marsad.layers.entities.titles import content_key
from marsad.lexicons.loader import keyed, table

_GOVERNORS = keyed("governed_regions.tsv", "governor", alias_key)
_REGIONS = {alias_key(row[0]): row[2] for row in table("governed_regions.tsv", 2) if row[1] == "region"}
_CLITICS = ("", "و", "ب", "وب")


def _region_at(tok: Token) -> tuple[int, str] | None:
    """Where the region word begins in the token and its key ("بالخليج": after ب), or None."""
    if not tok.is_word:
        return None
    for off, stem in tok.splits:
        if stem in _REGIONS and tok.key[: len(tok.key) - len(stem)] in _CLITICS:
            return off, stem
    return None


# the forms that hold a region word after clitics (`_region_at` finds one): a function of the text
_REGION_FORMS = FormMemo()


def _has_region(tok: Token) -> bool:
    return _region_at(tok) is not None


def add_governed_regions(cands: list[NameCandidate], tokens: list[Token], text: str,
                         kb: KnowledgeBase) -> list[NameCandidate]:
    """The candidates with each unclaimed region word a governor, a preposition or "و" after a
    place leads to, linked to the KB's region."""
    taken = claimed(cands)
    places_end = {c.tok_end for c in cands if c.type == "LOC"}
    added: list[NameCandidate] = []
    # only the tokens of forms that hold a region word, found per form: most hold none
    for i in indices_where(tokens, _REGION_FORMS, _has_region):
        if i == 0 or i in taken:
            continue
        tok = tokens[i]
        found = _region_at(tok)
        if found is None:
            continue
        off, stem = found
        clitic = tok.key[: len(tok.key) - len(stem)]
        before = tokens[i - 1]
        governed = "ب" in clitic or (clitic == "" and before.is_word and content_key(before) in _GOVERNORS
                                     and not before.key.startswith("ال")) \
            or clitic == "و" and i in places_end
        nxt = i + 1
        if not governed or nxt < len(tokens) and adjacent(tokens, nxt) and tokens[nxt].is_word \
                and tokens[nxt].key.startswith(("ال", "لل")):
            continue  # "الخليج للتدريب", "الخليج الدولي": a body's name goes on
        actor = kb.get(_REGIONS[stem])
        added.append(NameCandidate(off, tok.end, i, i + 1, "LOC", stem, actor, "pattern"))
    return with_added(cands, added)
