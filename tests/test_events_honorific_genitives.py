"""The honorifics between a nominal trigger and the name of its genitive agent (events/clauses.py)."""

from __future__ import annotations

from test_events import named_triples as _events

NAMES = {"محمد بن زايد": ("e1", "PER"), "البحرين": ("e2", "LOC"), "ماكي سال": ("e3", "PER"),
         "فرنسا": ("e4", "LOC")}


def test_a_visit_of_a_styled_prince_is_his() -> None:
    text = "وصدر البيان المشترك في ختام زيارة صاحب السمو الشيخ محمد بن زايد إلى البحرين."
    assert ("CONSULT", "e1", "e2") in _events(text, NAMES)


def test_a_visit_of_a_titled_president_is_his() -> None:
    text = "وتأتي زيارة فخامة الرئيس ماكي سال إلى فرنسا في إطار تعزيز العلاقات."
    assert ("CONSULT", "e3", "e4") in _events(text, NAMES)
