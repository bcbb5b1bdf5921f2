"""A person's name ran on over "و" + a definite word. Sentences written for these tests."""

from __future__ import annotations

from marsad.arabic.tokens import tokenize
from marsad.kb import alias_key, load_kb
from marsad.layers.entities.conjoined_tails import cut_conjoined_tails
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import NameWords

WORDS = NameWords(load_kb())


def _name_after_cut(text: str, name: str) -> str:
    tokens = tokenize(text)
    start = text.index(name)
    end = start + len(name)
    first = next(i for i, t in enumerate(tokens) if t.start == start)
    last = next(i for i, t in enumerate(tokens) if t.end == end)
    cand = NameCandidate(start, end, first, last + 1, "PER", alias_key(name), None, "ner")
    (out,) = cut_conjoined_tails([cand], tokens, text, WORDS)
    return text[out.start : out.end]


def test_two_people_joined_by_wa_are_cut_apart():
    text = "وتوقع المعلق أن يلتقي خالد الشمري والمطيري في المباراة النهائية."
    assert _name_after_cut(text, "خالد الشمري والمطيري") == "خالد الشمري"


def test_a_foreign_name_in_wal_and_a_role_keep_their_words():
    text = "وتحدث المؤسس سام والتون عن بداية الشركة."
    assert _name_after_cut(text, "سام والتون") == "سام والتون"
    text = "وقال عبدالله رئيس لجنة الثقافة والإعلام إن التقرير جاهز."
    assert _name_after_cut(text, "عبدالله رئيس لجنة الثقافة والإعلام") == "عبدالله رئيس لجنة الثقافة والإعلام"
