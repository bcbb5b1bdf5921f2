"""Two patterns for names both the KB and NER miss, and the name candidate they produce.

A known given name followed by one or two name-like words ("أوليج بوستنيكوف") is an unknown
person; "وزارة" / "هيئة" / "مجلس" ... in construct with definite complements ("مجلس النواب")
is an institution. `NamePatterns` is a part of `mentions.MentionFinder`, which provides the
word lists and `_name_like`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.tokens import Token, remember
from marsad.kb import Actor, KnowledgeBase, alias_key
from marsad.layers.titles import HONORIFICS

CACHE_LIMIT = 200_000     # memoised word forms, cleared when a long batch outgrows it
# heads of institution names found by pattern: head + definite complements ("مجلس النواب")
PATTERN_HEADS = frozenset(alias_key(w) for w in ("وزارة", "هيئة", "مجلس", "محكمة", "مديرية"))
_AL = alias_key("آل")
# complements that make an institution word generic rather than a name
GENERIC_COMPLEMENTS = frozenset(alias_key(w) for w in (
    "الإدارة", "الأمناء", "العزاء", "الأمر", "الحكم", "الأعمال", "القسم", "الكلية", "الجامعة", "المدرسة",
    "الحي", "الأسرة", "العائلة", "الصلح", "الاستئناف", "الموضوع",
))
PATRONYMIC = frozenset(alias_key(w) for w in ("بن", "ابن", "بنت"))
CONNECTORS = PATRONYMIC | {alias_key("آل")}


@dataclass
class Cand:
    """A name mention candidate over tokens [tok_start, tok_end)."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    type: str
    key: str
    actor: Actor | None = None
    source: str = "kb"
    cluster: int = -1


def _first_reading(memo: dict[str, int | None], tok: Token, accept: Callable[[str, str], bool]) -> int | None:
    """Offset in the word of its first reading whose stem `accept(key, stem)` takes, if any;
    memoised per word form (-1 in `memo` lookups stands for "not asked yet")."""
    rel = memo.get(tok.text, -1)
    if rel == -1:
        key = tok.key
        rel = remember(memo, tok.text, next((off - tok.start for off, stem in tok.splits if accept(key, stem)), None),
                       CACHE_LIMIT)
    return rel


def _is_head_in_construct(key: str, stem: str) -> bool:
    """A pattern head without the article before it ("مجلس", not "المجلس" or "للمجلس")."""
    return stem in PATTERN_HEADS and not key[: len(key) - len(stem)].endswith(("ال", "لل"))


class NamePatterns:
    """The pattern finders of `MentionFinder`, which provides the attributes declared here."""

    kb: KnowledgeBase
    _given_names: frozenset[str]
    _given_at: dict[str, int | None]
    _head_at: dict[str, int | None]
    _may_person: FormMemo
    _may_ministry: FormMemo
    _name_like: Callable[[Token], bool]  # MentionFinder's test of a word that may be part of a name

    def _add_persons(self, cands: list[Cand], tokens: list[Token], text: str) -> list[Cand]:
        """A known given name followed by one or two name-like words the KB and NER left alone
        ("أوليج بوستنيكوف", "إياد البزم"): an unknown person."""
        taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
        added: list[Cand] = []
        # only words that start with a given name, and آل, can start a name here
        maybe = indices_where(tokens, self._may_person,
                              lambda t: t.is_word and (self._given_rel(t) is not None or t.key == _AL))
        for i in maybe:
            tok = tokens[i]
            if i in taken or i + 1 >= len(tokens):  # `maybe` holds words only
                continue
            rel = self._given_rel(tok)
            start = None if rel is None else tok.start + rel
            if start is None and tok.key == _AL and i > 0 and tokens[i - 1].key in HONORIFICS \
                    and i + 1 not in taken and tokens[i + 1].is_word:
                # "المهندس آل الشيخ": an honorific before a family name is a person named by family
                end = tokens[i + 1].end
                added.append(Cand(tok.start, end, i, i + 2, "PER", alias_key(text[tok.start:end]), None, "given"))
                taken.update((i, i + 1))
                continue
            if start is None:
                continue
            j = i + 1
            while j < len(tokens) and j - i <= 6 and tokens[j].start - tokens[j - 1].end <= 1:
                if tokens[j].key in CONNECTORS and j + 1 < len(tokens) and self._name_like(tokens[j + 1]):
                    j += 2  # "بن سلمان", "آل سعود": a patronymic or family link
                elif j - i <= 2 and j not in taken and self._name_like(tokens[j]):
                    j += 1
                else:
                    break
            if j == i + 1:
                continue
            if any(k in taken for k in range(i, j)):
                j = next(k for k in range(i, j) if k in taken)
                if j <= i + 1:
                    continue
            end = tokens[j - 1].end
            added.append(Cand(start, end, i, j, "PER", alias_key(text[start:end]), None, "given"))
            taken.update(range(i, j))
        return sorted(cands + added, key=lambda c: c.start) if added else cands

    def _given_rel(self, tok: Token) -> int | None:
        """Offset in the word of the first reading that is a known given name, if any."""
        given = self._given_names
        return _first_reading(self._given_at, tok, lambda _key, stem: stem in given)

    def _head_rel(self, tok: Token) -> int | None:
        """Offset in the word of a pattern head in construct ("مجلس", not "المجلس"), if any."""
        return _first_reading(self._head_at, tok, _is_head_in_construct)

    def _add_ministries(self, cands: list[Cand], tokens: list[Token], text: str) -> list[Cand]:
        """"وزارة" + definite complements (+ a country adjective): a ministry, whoever's it is.
        Found by pattern where neither the KB nor NER has a name there."""
        taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
        added: list[Cand] = []
        maybe = indices_where(tokens, self._may_ministry, lambda t: t.is_word and self._head_rel(t) is not None)
        for i in maybe:
            tok = tokens[i]
            if i in taken or i + 1 >= len(tokens):  # `maybe` holds words only
                continue
            # the head in construct, without the article ("مجلس النواب", not "المحكمة المختصة")
            rel = self._head_rel(tok)
            start = None if rel is None else tok.start + rel
            if start is None or tokens[i + 1].key in GENERIC_COMPLEMENTS:
                continue  # "مجلس الإدارة": every company has one
            j = i + 1
            while j < len(tokens) and j - i <= 5 and j not in taken and tokens[j].is_word \
                    and tokens[j].key.startswith(("ال", "وال")) and tokens[j].start - tokens[j - 1].end <= 1:
                j += 1
                if self.kb.demonym(tokens[j - 1].key) is not None:
                    break  # "وزارة الصحة المصرية": the adjective ends the name
            if j == i + 1 or tokens[i + 1].key.startswith("وال"):
                continue
            c = Cand(start, tokens[j - 1].end, i, j, "ORG", alias_key(text[start : tokens[j - 1].end]), None, "pattern")
            added.append(c)
            taken.update(range(i, j))
        return sorted(cands + added, key=lambda c: c.start) if added else cands
