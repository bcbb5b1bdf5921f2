"""Names the press puts in quotes after a place word or a body's head word: "بمديرية «نعمان»
التابعة لمحافظة «البيضاء»", "على منطقتي «القرنين والصباحة»", "شركة (آسيا كابيتال)", "حركة
«حازمون»".

Small districts, villages and front lines are rarely in the KB, and their names are often ordinary
words or surnames ("البيضاء" white, "الجدعان" a family name). Quoting them right after a word
such as "مديرية" or "منطقة" is how the writer marks them as names: the quoted words are a place,
whatever else the KB or NER read in them. After a plural or dual head ("مديريتي", "مناطق") the
quote may join several places with و. A body's head word ("شركة", "حركة", "صحيفة") before a
quoted name makes it an organisation, even one named after a place ("صحيفة «الرياض»"); the
entity is then named with its head word too ("حركة حازمون"), which the press also writes unquoted.

A quoted word that is an adjective of the area rather than its name ("منطقة «آمنة»", "منطقة
«منزوعة السلاح»") is left alone: participles (م...), relational adjectives (...ية) and the
adjectives of `area_adjective` after a feminine head.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from marsad.arabic.tokens import Token
from marsad.kb import Actor, KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.word_lists import (
    AREA_ADJECTIVES,
    FIGURATIVE_AREAS,
    QUOTED_ORG_HEADS,
    QUOTED_PLACE_HEADS,
    QUOTED_PLACES_HEADS,
    QUOTED_SHARE_HEADS,
)

# quote marks that open and close a name; a body's name may also stand in brackets
PLACE_QUOTES = {"«": "»", '"': '"', "“": "”"}
ORG_QUOTES = {**PLACE_QUOTES, "(": ")"}
MAX_WORDS = 3  # a quoted name of more words is more likely a slogan or a title
SINGLE, PLURAL, BODY, SHARE = "single", "plural", "body", "share"


def _start(tok: Token) -> int:
    return tok.start


def _openers(text: str) -> list[tuple[int, str]]:
    """(offset, mark) of every opening quote mark or bracket, in order (str.find: faster than a
    scan of the tokens or a regular expression on long articles)."""
    found = []
    for mark in ORG_QUOTES:
        at = text.find(mark)
        while at >= 0:
            found.append((at, mark))
            at = text.find(mark, at + 1)
    return sorted(found)


def _head(tok: Token) -> tuple[str, int] | None:
    """(kind, offset of the head in the word) when a reading of `tok` is a place word or a
    body's head word in construct ("بمديرية", "لشركة"; not "المديرية"), else None."""
    if not tok.is_word:
        return None
    key = tok.key
    for off, stem in tok.splits:
        if key[: len(key) - len(stem)].endswith(("ال", "لل")):
            continue  # "المديرية", "للمدينة": a definite noun, not a head word in construct
        if stem in QUOTED_PLACE_HEADS:
            return SINGLE, off - tok.start
        if stem in QUOTED_PLACES_HEADS:
            return PLURAL, off - tok.start
        if stem in QUOTED_ORG_HEADS:
            return BODY, off - tok.start
        if stem in QUOTED_SHARE_HEADS:
            return SHARE, off - tok.start  # "سهم «الخدمات الأرضية»": the company whose share it is
    return None


def _adjective_of_area(head: Token, key: str) -> bool:
    """An indefinite feminine word after a feminine place word that reads as its adjective:
    a participle ("مغلقة"), a relational adjective ("عسكرية") or one of `area_adjective`."""
    if key in AREA_ADJECTIVES:
        return True
    if not head.key.endswith("ه") or key.startswith("ال") or not key.endswith("ه"):
        return False
    return key.startswith("م") or key.endswith("يه")


class QuotedNames:
    """`add(cands, tokens, text)`: the quoted names after a place word or a body's head word,
    replacing what other finders read there (a person, a thing, an unknown body; for a body,
    a place too), linked to a KB actor of the type if one fits."""

    def __init__(self, kb: KnowledgeBase, verbs: frozenset[str],
                 link: Callable[[str, str], Actor | None]) -> None:
        self.kb = kb
        self.verbs = verbs
        self.link = link

    def add(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        added: list[NameCandidate] = []
        for at, opener in _openers(text):  # the few quote marks, not every token
            k = bisect_left(tokens, at, key=_start)
            if k < 1 or k >= len(tokens) - 1 or tokens[k].start != at:
                continue
            i = k - 1
            found = _head(tokens[i])
            if found is None or tokens[i + 1].start - tokens[i].end > 1:
                continue
            kind, rel = found
            closer = (ORG_QUOTES if kind in (BODY, SHARE) else PLACE_QUOTES).get(opener)
            close = next((k for k in range(i + 2, min(i + 3 + MAX_WORDS, len(tokens)))
                          if not tokens[k].is_word), None)
            if closer is None or close is None or close == i + 2 or tokens[close].text != closer:
                continue
            if kind in (BODY, SHARE):
                body = self._body(tokens, text, i, rel, close, named_with_head=kind == BODY)
                if body is not None:
                    added.append(body)
                continue
            for a, b in self._groups(tokens, i + 2, close, kind == PLURAL):
                place = self._place(tokens, text, i, a, b)
                if place is not None:
                    added.append(place)
        if not added:
            return cands
        return self._replace(cands, added)

    def _body(self, tokens: list[Token], text: str, head: int, rel: int, close: int,
              named_with_head: bool = True) -> NameCandidate | None:
        """"شركة (آسيا كابيتال)": the quoted words, an organisation named with its head word (a
        share's company without it: "سهم «الخدمات الأرضية»")."""
        start, end = tokens[head + 2].start, tokens[close - 1].end
        key = alias_key(text[start:end])
        if any(t.key in self.verbs for t in tokens[head + 2 : close]) or self.kb.demonym(key) is not None:
            return None
        display = f"{tokens[head].text[rel:]} {text[start:end]}" if named_with_head else None
        return NameCandidate(start, end, head + 2, close, "ORG", key, self.link(key, "ORG"), "pattern",
                             display=display)

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
        """Each quoted name replaces the candidates inside it, unless one is already of its type
        (or, for a place, a known body), or one reaches outside the quote (the quote is then part
        of a longer name)."""
        kept_places: list[NameCandidate] = []
        dropped: set[int] = set()
        for p in added:
            over = [c for c in cands if c.tok_start < p.tok_end and p.tok_start < c.tok_end]
            if any(c.tok_start < p.tok_start or c.tok_end > p.tok_end for c in over):
                continue
            same = [c for c in over if c.type == p.type]
            if same or any(c.type in ("ORG", "LOC") and c.actor is not None and p.type == "LOC" for c in over):
                for c in same:  # found already: it takes the name with the head word
                    if c.display is None and c.actor is None and (c.start, c.end) == (p.start, p.end):
                        c.display = p.display
                continue  # a place or a known body already; but "صحيفة «الرياض»" is a paper
            dropped.update(id(c) for c in over)
            kept_places.append(p)
        if not kept_places:
            return cands
        return sorted([c for c in cands if id(c) not in dropped] + kept_places, key=lambda c: c.start)
