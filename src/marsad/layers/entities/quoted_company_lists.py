"""Companies named in quote marks in a list with a company the finders know: "مثل «وول مارت»
و«ألدي»", "سلاسل متاجر «فود إمبوريوم»، و«باثمارك»، و«سوبرفريش»".

Business news names shops, brands and chains in quote marks, one after another; a foreign trade name
is in no gazetteer, and the tagger reads it as a thing (MISC) or not at all. A list of quoted items
joined by "و" (after a comma or not) is a list of one kind: when one item is a body the finders
read whole, the others are bodies too, each the whole text in its quote marks, when a business
noun announces the list (`_CUES`: films, products and beaches are listed so too). Not when an item
holds a person or a place (a list of several kinds), nor an item of one ordinary word or a verb
("«النمو» و«الاستقرار»"), nor longer than a name (`_MAX_WORDS`).
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate, with_replaced
from marsad.layers.entities.name_words import NameWords

_OPEN = frozenset({"«", "“", '"'})
_CLOSE = frozenset({"»", "”", '"'})
_MAX_WORDS = 4
_COMMAS = frozenset({"،", ","})
# the nouns of businesses that announce such a list, right before it ("سلاسل متاجر «...»", "قناة
# «...»") or before the "مثل" or colon that opens it ("شركات أميركية مثل «...»"); without one, a
# quoted list with a company in it may name films, products or systems ("أفلام مثل", "نظامي التشغيل")
_CUES = frozenset(alias_key(c + w) for w in (
    "شركة", "شركات", "متاجر", "سلاسل", "سلسلة", "مطاعم", "بنوك", "مصارف", "قناة", "قنوات", "صحيفة", "صحف",
    "مجلة", "مجلات", "وكالة", "وكالات", "مجموعات", "مجموعة",
) for c in ("", "ال", "و", "ل", "ب", "لل"))
_OPENERS = frozenset(alias_key(w) for w in ("مثل", "ومثل", "منها", "ومنها", ":", "ك"))
_CUE_REACH = 8  # words before "مثل" where the business noun may stand


def _quoted(tokens: list[Token], q: int) -> int | None:
    """The closing quote's token of the quoted name that opens at token q, or None."""
    if q >= len(tokens) or tokens[q].text not in _OPEN:
        return None
    for r in range(q + 1, min(len(tokens), q + _MAX_WORDS + 2)):
        if tokens[r].text in _CLOSE:
            return r if r > q + 1 else None
        if not tokens[r].is_word:
            return None
    return None


def _next_item(tokens: list[Token], r: int) -> int | None:
    """After the closing quote at r: the opening quote of the list's next item ("، و«", " و«")."""
    k = r + 1
    if k < len(tokens) and tokens[k].text in _COMMAS:
        k += 1
    if k + 1 < len(tokens) and tokens[k].text == "و" and tokens[k + 1].text in _OPEN:
        return k + 1
    return None


def _cued(tokens: list[Token], q: int) -> bool:
    """Does a business noun announce the list whose first quote is token q?"""
    if q == 0:
        return False
    before = tokens[q - 1]
    if before.key in _CUES:
        return True
    if before.key not in _OPENERS and before.text != ":":
        return False
    for k in range(q - 2, max(-1, q - 2 - _CUE_REACH), -1):
        if tokens[k].key in _CUES:
            return True
        if tokens[k].text in (".", "؟", "!", "\n"):
            return False
    return False


def add_quoted_company_lists(cands: list[NameCandidate], tokens: list[Token], text: str, kb: KnowledgeBase,
                             words: NameWords, verbs: frozenset[str]) -> list[NameCandidate]:
    """The candidates with the quoted items of each list that holds a company as bodies."""
    if not any(tok.text == "و" for tok in tokens):
        return cands
    added: list[NameCandidate] = []
    gone: set[int] = set()
    q = 0
    n = len(tokens)
    while q < n:
        if tokens[q].text not in _OPEN:
            q += 1
            continue
        items: list[tuple[int, int]] = []
        k: int | None = q
        while k is not None:
            r = _quoted(tokens, k)
            if r is None:
                break
            items.append((k + 1, r))
            k = _next_item(tokens, r)
        q = items[-1][1] + 1 if items else q + 1
        if len(items) < 2 or not _cued(tokens, items[0][0] - 1):
            continue
        inside = [[c for c in cands if c.tok_start >= a and c.tok_end <= b] for a, b in items]
        if not any(any(c.type == "ORG" and c.tok_start == a and c.tok_end == b for c in cs)
                   for (a, b), cs in zip(items, inside, strict=True)) \
                or any(c.type in ("PER", "LOC") for cs in inside for c in cs):
            continue
        for (a, b), cs in zip(items, inside, strict=True):
            if any(c.type == "ORG" for c in cs) or any(c.tok_start < b and c.tok_end > a for c in cands if c not in cs):
                continue
            if b == a + 1 and (words.ordinary(tokens[a].key) or tokens[a].key in verbs):
                continue
            start, end = tokens[a].start, tokens[b - 1].end
            key = alias_key(text[start:end])
            actor = next((x for x in kb.lookup(key) if x.type == "ORG"), None)
            gone.update(id(c) for c in cs)
            added.append(NameCandidate(start, end, a, b, "ORG", key, actor, "pattern"))
    return with_replaced(cands, gone, added)
