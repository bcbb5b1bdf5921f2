"""Places the press names in guillemets after a place word: "بمديرية «نعمان» التابعة لمحافظة
«البيضاء»", "على منطقتي «القرنين والصباحة»".

Small districts, villages and front lines are rarely in the KB, and their names are often ordinary
words or surnames ("البيضاء" white, "الجدعان" a family name). Quoting them right after a word
such as "مديرية" or "منطقة" is how the writer marks them as names: the quoted words are a place,
whatever else the KB or NER read in them. After a plural or dual head ("مديريتي", "مناطق") the
quote may join several places with و.

A quoted word that is an adjective of the area rather than its name ("منطقة «آمنة»", "منطقة
«منزوعة السلاح»") is left alone: participles (م...), relational adjectives (...ية) and the
adjectives of `area_adjective` after a feminine head.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.tokens import Token
from marsad.kb import Actor, KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.word_lists import (
    AREA_ADJECTIVES,
    FIGURATIVE_AREAS,
    QUOTED_PLACE_HEADS,
    QUOTED_PLACES_HEADS,
)

OPEN, CLOSE = "«", "»"
MAX_WORDS = 3  # a quoted place name of more words is more likely a slogan or a title


def _head(tok: Token) -> str | None:
    """"single" or "plural" when a reading of `tok` is a place word in construct ("بمديرية",
    not "المديرية"), else None."""
    if not tok.is_word:
        return None
    key = tok.key
    for _off, stem in tok.splits:
        if key[: len(key) - len(stem)].endswith(("ال", "لل")):
            continue  # "المديرية", "للمدينة": a definite noun, not a place word in construct
        if stem in QUOTED_PLACE_HEADS:
            return "single"
        if stem in QUOTED_PLACES_HEADS:
            return "plural"
    return None


def _adjective_of_area(head: Token, key: str) -> bool:
    """An indefinite feminine word after a feminine place word that reads as its adjective:
    a participle ("مغلقة"), a relational adjective ("عسكرية") or one of `area_adjective`."""
    if key in AREA_ADJECTIVES:
        return True
    if not head.key.endswith("ه") or key.startswith("ال") or not key.endswith("ه"):
        return False
    return key.startswith("م") or key.endswith("يه")


class QuotedPlaces:
    """`add(cands, tokens, text)`: the quoted places after a place word, replacing what other
    finders read there (a person, a thing, an unknown body), linked to a KB place if one fits."""

    def __init__(self, kb: KnowledgeBase, verbs: frozenset[str],
                 link: Callable[[str, str], Actor | None]) -> None:
        self.kb = kb
        self.verbs = verbs
        self.link = link

    def add(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        added: list[NameCandidate] = []
        for i in range(len(tokens) - 2):
            if tokens[i + 1].text != OPEN:
                continue
            kind = _head(tokens[i])
            if kind is None or tokens[i + 1].start - tokens[i].end > 1:
                continue
            close = next((k for k in range(i + 2, min(i + 3 + MAX_WORDS, len(tokens)))
                          if not tokens[k].is_word), None)
            if close is None or close == i + 2 or tokens[close].text != CLOSE:
                continue
            for a, b in self._groups(tokens, i + 2, close, kind == "plural"):
                place = self._place(tokens, text, i, a, b)
                if place is not None:
                    added.append(place)
        if not added:
            return cands
        return self._replace(cands, added)

    @staticmethod
    def _groups(tokens: list[Token], a: int, b: int, plural: bool) -> list[tuple[int, int]]:
        """The names inside a quote: one, or after a plural head each word joined by و."""
        if not plural:
            return [(a, b)]
        cuts = [k for k in range(a + 1, b) if tokens[k].key.startswith("و") and len(tokens[k].splits) > 1]
        edges = [a, *cuts, b]
        return [(edges[n], edges[n + 1]) for n in range(len(edges) - 1)]

    def _place(self, tokens: list[Token], text: str, head: int, a: int, b: int) -> NameCandidate | None:
        first = tokens[a]
        start = first.start
        if a > head + 2 and first.key.startswith("و"):
            start = first.splits[1][0]  # "«القرنين والصباحة»": the second name without و
        keys = [alias_key(text[start:first.end])] + [t.key for t in tokens[a + 1 : b]]
        if any(len(k) < 2 or k in self.verbs or k in FIGURATIVE_AREAS or self.kb.demonym(k) is not None
               for k in keys):
            return None
        if b - a == 1 and _adjective_of_area(tokens[head], keys[0]):
            return None
        end = tokens[b - 1].end
        key = alias_key(text[start:end])
        return NameCandidate(start, end, a, b, "LOC", key, self.link(key, "LOC"), "pattern")

    @staticmethod
    def _replace(cands: list[NameCandidate], added: list[NameCandidate]) -> list[NameCandidate]:
        """Each quoted place replaces the candidates inside it, unless one is already a place or
        a known body there, or one reaches outside the quote (the quote is then part of a name)."""
        kept_places: list[NameCandidate] = []
        dropped: set[int] = set()
        for p in added:
            over = [c for c in cands if c.tok_start < p.tok_end and p.tok_start < c.tok_end]
            if any(c.tok_start < p.tok_start or c.tok_end > p.tok_end for c in over):
                continue
            if any(c.type == "LOC" or (c.type == "ORG" and c.actor is not None) for c in over):
                continue
            dropped.update(id(c) for c in over)
            kept_places.append(p)
        if not kept_places:
            return cands
        return sorted([c for c in cands if id(c) not in dropped] + kept_places, key=lambda c: c.start)
