"""Bodies named after a person: "مدرسة عمر المختار", "مستشفى الملك فيصل التخصصي", "جامعة
الأمير سلطان", "مدينة الملك عبدالعزيز للعلوم والتقنية".

A school, hospital, university or foundation word in construct with a person's name is the body's
name: the person is not an entity of the article there (the body is), as for a place named after
a person ("مطار الملك فهد", in `name_patterns`). The person must be a name the KB knows, one a
title introduces ("الأمير سلطان"), or a full name NER found (two words or more): a given name
alone after "مركز" is more often the centre's director or a street. A title and a given name
found by no finder ("مستشفى الأمير سلطان": a title alone with a given name makes no person of
the article) still name the body when the given name is one the KB's lists know.
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate, claimed
from marsad.layers.entities.name_words import NameWords
from marsad.layers.entities.titles import HONORIFICS
from marsad.layers.entities.word_lists import (
    CONNECTORS,
    PERSON_NAMED_HEADS,
    PLACE_NAME_ENDERS,
    PLACE_PERSON_TITLES,
    TITLED_SITE_HEADS,
)

_PERSON_TITLES = HONORIFICS | PLACE_PERSON_TITLES


def _adjacent(tokens: list[Token], j: int) -> bool:
    return j < len(tokens) and tokens[j].is_word and tokens[j].start - tokens[j - 1].end <= 1


def _head_offset(tok: Token, heads: frozenset[str] = PERSON_NAMED_HEADS) -> int | None:
    """Offset in the word of a reading that is a head word in construct ("بمدرسة"; not
    "المدرسة", "للمدرسة")."""
    key = tok.key
    for off, stem in tok.splits:
        if stem in heads and not key[: len(key) - len(stem)].endswith(("ال", "لل")):
            return off - tok.start
    return None


def _head(tokens: list[Token], i: int, titled: bool) -> tuple[int, str] | None:
    """(offset in the word, type) of a head word at token i: a body's ("مدرسة"), or after a title
    a site's ("مدينة الملك عبدالله", `TITLED_SITE_HEADS`), which is a place."""
    rel = _head_offset(tokens[i])
    if rel is not None:
        return rel, "ORG"
    rel = _head_offset(tokens[i], TITLED_SITE_HEADS) if titled else None
    return None if rel is None else (rel, "LOC")


def _describes_body(key: str) -> bool:
    """"التخصصي", "الدولي", "الخيرية": a relational adjective or one that ends a site's name."""
    return key in PLACE_NAME_ENDERS or (key.startswith("ال") and key.endswith(("ي", "يه")) and len(key) > 5)


def _purpose(key: str) -> bool:
    """"للعلوم", "للتنمية": what the body serves (لل + a noun; "لمدة" is no purpose)."""
    return key.startswith("لل") and len(key) >= 4


class PersonNamedBodies:
    """`add(cands, tokens, text)`: bodies named after a person, replacing the person."""

    def __init__(self, words: NameWords) -> None:
        self.words = words
        self._titles = FormMemo()  # word form -> is a title of `_PERSON_TITLES` ("الأمير")

    def add(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        taken = claimed(cands)
        added = self._titled_unknown(tokens, text, taken)
        persons = {c.tok_start: c for c in cands if c.type == "PER"}
        if not persons and not added:
            return cands
        gone: set[int] = set()
        for p in sorted(persons):  # look back from each person for a head word (and titles)
            person = persons[p]
            if person.actor is None and person.tok_end - person.tok_start < 2 \
                    and not (p > 0 and tokens[p - 1].key in _PERSON_TITLES):
                continue  # a lone unknown word after "مركز" is more often no namesake
            i = p - 1
            while i > 0 and p - i <= 2 and tokens[i].key in _PERSON_TITLES and i not in taken:
                i -= 1
            if i < 0 or i in taken or not _adjacent(tokens, i + 1) or not _adjacent(tokens, p):
                continue
            head = _head(tokens, i, titled=i + 1 < p or tokens[p].key in _PERSON_TITLES)
            if head is None or any(k in taken for k in range(i + 1, p)):
                continue
            rel, typ = head
            end = self._end(tokens, person.tok_end, taken, purpose=typ == "ORG")
            start = tokens[i].start + rel
            added.append(NameCandidate(start, tokens[end - 1].end, i, end, typ,
                                       alias_key(text[start : tokens[end - 1].end]), None, "pattern"))
            gone.add(id(person))
            taken.update(range(i, end))
        if not added:
            return cands
        inside = {k for c in added for k in range(c.tok_start, c.tok_end)}
        kept = [c for c in cands if id(c) not in gone and not inside.intersection(range(c.tok_start, c.tok_end))]
        return sorted(kept + added, key=lambda c: c.start)

    def _titled_unknown(self, tokens: list[Token], text: str, taken: set[int]) -> list[NameCandidate]:
        """"مستشفى الأمير سلطان", "مركز الشيخ فهد بن سعد للتدريب": a head word, one or two titles, then
        a given name and the name-like words and lineage after it, where no candidate stands; the
        tokens they take are added to `taken`."""
        found: list[NameCandidate] = []
        last = len(tokens) - 1
        # the title is the anchor: only the tokens that are one are looked at (in order)
        for t in indices_where(tokens, self._titles, lambda tok: tok.key in _PERSON_TITLES):
            if t < 1 or t >= last or t in taken:
                continue
            i = t - 1  # (the second of two titles has a title before it, no head word)
            if i in taken:
                continue
            head = _head(tokens, i, titled=True)
            if head is None or not _adjacent(tokens, t):
                continue
            rel, typ = head
            j = t + 1
            if j < len(tokens) and tokens[j].key in _PERSON_TITLES and j not in taken and _adjacent(tokens, j):
                j += 1
            if j in taken or not _adjacent(tokens, j) or tokens[j].key not in self.words.given_names:
                continue
            k = j + 1
            while k - j < 5 and k not in taken and _adjacent(tokens, k) and (
                    tokens[k].key in CONNECTORS or self.words.name_like(tokens[k])
                    or tokens[k - 1].key in CONNECTORS and tokens[k].key in self.words.given_names):
                k += 1
            while tokens[k - 1].key in CONNECTORS:
                k -= 1  # "مركز الأمير فهد بن": the lineage word with no name after it is not the body's
            end = self._end(tokens, k, taken, purpose=typ == "ORG")
            start = tokens[i].start + rel
            found.append(NameCandidate(start, tokens[end - 1].end, i, end, typ,
                                       alias_key(text[start : tokens[end - 1].end]), None, "pattern"))
            taken.update(range(i, end))
        return found

    @staticmethod
    def _end(tokens: list[Token], j: int, taken: set[int], purpose: bool = True) -> int:
        """End of the body's name after the person's: adjectives ("التخصصي"), then what it serves
        and the words joined to it ("للعلوم والتقنية"); a site serves nothing ("باب الملك عبدالعزيز
        للشركة المنفذة": the gate is handed to the company)."""
        while j not in taken and _adjacent(tokens, j) and _describes_body(tokens[j].key):
            j += 1
        if purpose and j not in taken and _adjacent(tokens, j) and _purpose(tokens[j].key):
            j += 1
            while j not in taken and _adjacent(tokens, j) and tokens[j].key.startswith(("ال", "وال")) \
                    and len(tokens[j].key) > 4:
                j += 1
        return j
