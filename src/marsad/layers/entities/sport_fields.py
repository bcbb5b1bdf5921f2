"""A sports federation's name runs on over the game it governs: "الاتحاد السعودي" + "لكرة القدم",
"الاتحاد الدولي" + "لألعاب القوى", "الاتحاد الكويتي" + "لكرة اليد".

The name finders stop a body's name before ل + an indefinite noun, which more often starts a clause
of purpose ("تحرك الاتحاد الأوروبي لمواجهة الأزمة"); but "كرة" (ball) and "ألعاب" (games) + a definite
noun name a game, and after a body's relational adjective they complete its name. The longer name
is linked again (the KB knows "الاتحاد الكويتي" alone as one federation of several)."""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.body_complements import adjacent, naming_adjective
from marsad.layers.entities.name_candidate import NameCandidate, claimed, move_end

# ل + the noun of a game, as keyed: "لكرة" (كرة القدم, اليد, السلة, الطائرة), "لألعاب" (ألعاب القوى)
_GAMES = frozenset({alias_key("لكرة"), alias_key("لألعاب")})


def extend_sport_fields(cands: list[NameCandidate], tokens: list[Token], text: str, kb: KnowledgeBase) -> None:
    """Extend each body's name that ends in a relational adjective over the game after it."""
    taken = claimed(cands)
    for c in cands:
        j = c.tok_end
        if c.type != "ORG" or j - c.tok_start < 2 or j + 1 >= len(tokens) or j in taken or j + 1 in taken:
            continue
        if tokens[j].key not in _GAMES or not naming_adjective(tokens[j - 1].key) \
                or not adjacent(tokens, j) or not adjacent(tokens, j + 1) or not tokens[j + 1].key.startswith("ال"):
            continue
        move_end(c, j + 2, tokens, text)
        found = [a for a in kb.lookup(c.key) if a.type == "ORG"]
        c.actor = found[0] if found else None
        taken.update((j, j + 1))
