"""A religious rank of several words is no part of a cleric's name (sentences written for these tests)."""

from __future__ import annotations

from marsad.arabic.tokens import tokenize
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.religious_titles import cut_religious_titles


def _person(text: str, name: str) -> tuple[NameCandidate, list]:
    tokens = tokenize(text)
    start = text.index(name)
    end = start + len(name)
    a = next(i for i, t in enumerate(tokens) if t.start == start)
    b = next(i for i, t in enumerate(tokens) if t.end == end) + 1
    return NameCandidate(start, end, a, b, "PER", alias_key(name), None, "ner"), tokens


def test_the_name_begins_after_ayatollah():
    text = "ودعا المرجع آية الله حسين نوري همداني إلى الهدوء."
    c, tokens = _person(text, "آية الله حسين نوري همداني")
    cut_religious_titles([c], tokens, text)
    assert text[c.start : c.end] == "حسين نوري همداني"


def test_a_rank_alone_stays_for_the_other_filters():
    text = "وقال آية الله إن الوضع خطير."
    c, tokens = _person(text, "آية الله")
    cut_religious_titles([c], tokens, text)
    assert text[c.start : c.end] == "آية الله"
