"""Administrative units placed in a larger one by "التابعة ل": "في ناحية الريحانة التابعة لقضاء
عنه", "بقرية جحا التابعة لمحافظة أحد المسارحة", "والتابعة لناحية قره تبه".

Districts, sub-districts and villages of Iraq, Yemen or the Kingdom are named by ordinary words
("الريحانة" basil, "عنه" about him, "القرى" the villages) or foreign ones no gazetteer holds, and
the finders leave them. "التابع(ة)" + "ل" + a unit word ("لقضاء", "لمحافظة") can only go on with
that unit's name, and the unit right before "التابعة", head word and name, is the one placed in it.
The name is one word, or two when the first is indefinite and the second no ordinary word ("قره
تبه", "أحد المسارحة"; not "كفري الحدودية"). Not "مركز" or "مدينة", which also head bodies ("التابع
لمركز الملك فيصل للبحوث", "مدينة الملك عبدالعزيز للعلوم"); nothing a finder read is changed.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.body_complements import adjacent
from marsad.layers.entities.name_candidate import NameCandidate, claimed, with_added
from marsad.layers.entities.name_words import NameWords

_SUBORDINATE = frozenset(alias_key(w) for w in ("التابع", "التابعة", "والتابع", "والتابعة"))
# the units whose names follow: the word itself, with "ل" after "التابعة", or a clitic before it
_UNITS = frozenset(alias_key(w) for w in ("محافظة", "ناحية", "قضاء", "مديرية", "بلدة", "قرية"))
_UNITS_AFTER = frozenset("ل" + u for u in _UNITS)
_UNITS_BEFORE = frozenset(c + u for u in _UNITS for c in ("", "و", "ب", "وب"))
# words that end a unit's name: prepositions, compass points, the next unit
_STOPS = frozenset(alias_key(w) for w in (
    "في", "من", "إلى", "الى", "على", "عن", "مع", "بين", "قرب", "شمال", "جنوب", "شرق", "غرب", "وسط",
    "شمالي", "جنوبي", "شرقي", "غربي", "التي", "الذي", "حيث", "بعد", "قبل",
))


def _name_word(tok: Token, verbs: frozenset[str]) -> bool:
    key = tok.key
    return tok.is_word and len(key) >= 2 and key not in _STOPS and key not in verbs \
        and key not in _UNITS_BEFORE and key not in _SUBORDINATE and not tok.text.isascii()


def add_subordinate_places(cands: list[NameCandidate], tokens: list[Token], text: str, kb: KnowledgeBase,
                           words: NameWords, verbs: frozenset[str]) -> list[NameCandidate]:
    """The candidates with the units before and after each "التابعة ل" + a unit word."""
    anchors = [i for i, tok in enumerate(tokens) if tok.key in _SUBORDINATE]
    if not anchors:
        return cands
    taken = claimed(cands)
    added: list[NameCandidate] = []

    def place(a: int, b: int) -> None:
        """The unit of tokens [a, b) (its word and its name), unless a finder read any of it."""
        if any(k in taken for k in range(a, b)):
            return
        start = tokens[a].start
        head = tokens[a].key
        for clitic in ("وب", "و", "ب", "ل"):
            if head.startswith(clitic) and head[len(clitic):] in _UNITS:
                start += len(clitic)
                break
        key = alias_key(text[start : tokens[b - 1].end])
        actor = next((x for x in kb.lookup(key) if x.type == "LOC"), None)
        added.append(NameCandidate(start, tokens[b - 1].end, a, b, "LOC", key, actor, "pattern"))
        taken.update(range(a, b))

    for i in anchors:
        # after: "التابعة لقضاء عنه"
        h = i + 1
        if adjacent(tokens, h) and tokens[h].key in _UNITS_AFTER and adjacent(tokens, h + 1) \
                and _name_word(tokens[h + 1], verbs):
            b = h + 2
            if not tokens[h + 1].key.startswith("ال") and adjacent(tokens, b) and _name_word(tokens[b], verbs) \
                    and not words.ordinary(tokens[b].key) \
                    and not tokens[b].key.startswith(("و", "ب", "ل")):
                b += 1
            place(h, b)
        # before: "في ناحية الريحانة التابعة"
        for h in (i - 2, i - 3):
            if h >= 0 and tokens[h].key in _UNITS_BEFORE and all(adjacent(tokens, k) for k in range(h + 1, i + 1)) \
                    and all(_name_word(tokens[k], verbs) for k in range(h + 1, i)):
                place(h, i)
                break
    return with_added(cands, added)
