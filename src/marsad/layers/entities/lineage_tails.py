"""A name after "بن" that ends a person's name is his lineage, not another person: "الأمير محمد بن
سلمان" + "بن عبدالعزيز آل سعود" (the KB names the prince by three words, a finder read the rest as a
man of its own, or as the founder king)."""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate

# "بن", "بنت" (son, daughter of) inside a name; not "ابن", which also stands alone before a person
# named on his own ("ابن الملك سلمان", the king's son)
_LINEAGE = frozenset({alias_key("بن"), alias_key("بنت")})


def drop_lineage_tails(cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
    """Drop a candidate that begins right after a person's name + "بن"."""
    starts = {c.tok_start: c for c in cands if c.start == tokens[c.tok_start].start}
    drop: set[int] = set()
    for c in cands:
        j = c.tok_end
        if c.type != "PER" or j + 1 >= len(tokens) or tokens[j].key not in _LINEAGE \
                or text[c.end : tokens[j].start] != " " or text[tokens[j].end : tokens[j + 1].start] != " ":
            continue
        tail = starts.get(j + 1)
        if tail is not None and tail is not c:
            drop.add(id(tail))
    return [c for c in cands if id(c) not in drop] if drop else cands
