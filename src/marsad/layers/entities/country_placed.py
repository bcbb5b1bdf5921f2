"""Places named by any word between an administrative head and a country's adjective: "بلدة X
النمساوية", "مدينة X الألمانية", "إقليم X الإندونيسي".

A foreign or small town is often in no gazetteer, and its name may be a short word NER misreads:
"مدينة بون" read as ب + "ون", "بلدة كريمس" as ك + "ريمس". The construction itself shows the name: an
indefinite head (lexicon section head) in construct with one word, then a definite adjective of a
country. The adjective is definite, so the phrase it describes is definite: the word after the head
is a name (or a definite noun), never an adjective of the head ("مدينة صغيرة" takes no "المصرية").
The word is taken whole, without clitic readings (in construct after a head no preposition attaches),
and alone, as the town is named without its head elsewhere.
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.body_complements import adjacent
from marsad.layers.entities.name_candidate import NameCandidate, with_added
from marsad.layers.entities.name_words import country_adjective, indefinite_head
from marsad.lexicons.loader import keyed

_HEADS = keyed("country_placed.tsv", "head", alias_key)
_NOT_NAMES = keyed("small_places.tsv", "not_name", alias_key)
_HEAD_ENDINGS = tuple(_HEADS)
_HEAD_FORMS = FormMemo()


def _indefinite_head(tok: Token) -> bool:
    """"مدينة", "بمدينة", "وإقليم"; not "المدينة", "للمدينة"."""
    return indefinite_head(tok, _HEADS, _HEAD_ENDINGS)


class CountryPlaced:
    """`add(cands, tokens, text)`: head + a word + a country's adjective, the word a place."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def add(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        heads = indices_where(tokens, _HEAD_FORMS, _indefinite_head)
        if not heads:
            return cands
        by_token: dict[int, list[NameCandidate]] = {}
        for c in cands:
            for k in range(c.tok_start, c.tok_end):
                by_token.setdefault(k, []).append(c)
        dropped: set[int] = set()
        added: list[NameCandidate] = []
        for i in heads:
            j = i + 1
            if i in by_token or not adjacent(tokens, j) or not adjacent(tokens, j + 1) \
                    or not self._name_word(tokens[j]) or not self._country_adjective(tokens[j + 1]):
                continue
            over = by_token.get(j, [])
            if any(c.tok_start != j or c.tok_end != j + 1 or c.actor is not None or c.source == "kb"
                   or c.start == tokens[j].start for c in over):
                continue  # a place the KB knows ("مدينة حلب السورية"), the word found whole, a longer name
            dropped.update(id(c) for c in over)  # "ون" read in "بون": the word is the name whole
            tok = tokens[j]  # the name alone, as the town is named elsewhere ("كريمس"), not its head
            added.append(NameCandidate(tok.start, tok.end, j, j + 1, "LOC", alias_key(tok.text), None, "pattern"))
            by_token[j] = [added[-1]]
        if dropped:
            cands = [c for c in cands if id(c) not in dropped]
        return with_added(cands, added)

    def _country_adjective(self, tok: Token) -> bool:
        return tok.key.startswith("ال") and self.kb.demonym(tok.key) is not None

    def _name_word(self, tok: Token) -> bool:
        key = tok.key
        if not tok.is_word or len(key) < 2 or key.isdigit() or key in _NOT_NAMES:
            return False
        return not country_adjective(self.kb, key)
