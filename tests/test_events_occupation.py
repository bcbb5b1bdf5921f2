""""قوات الاحتلال" and alike standing for Israel in the blame rules (events/occupation_forces.py).
Sentences written for these tests; entity mentions and knowledge-base links placed by hand."""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.document import Document
from marsad.layers.events.checks import _kb_kinds
from marsad.layers.events.occupation_forces import names_occupation, party_mentions
from test_event_record_checks import _events
from test_events import _doc


def _known(doc: Document, *ids: str) -> Document:
    doc.layers.append("quotes")
    for e in doc.entities:
        if e.id in ids:
            e.kb = _kb_kinds()[2].get(f"{e.type}:{match_key(e.name)}") or f"test:{e.id}"
    return doc


def test_the_occupation_authorities_held_responsible_are_israel() -> None:
    text = ("ونددت إسرائيل بالهجوم على الحافلة. وحمّلت وزارة الإعلام الفلسطينية سلطات الاحتلال الصهيونية "
            "المسؤولية الكاملة عن هدم المنازل في الخليل.")
    doc = _known(_doc(text, {"إسرائيل": ("e1", "LOC"), "وزارة الإعلام الفلسطينية": ("e2", "ORG"),
                             "الخليل": ("e3", "LOC")}), "e1")
    assert ("ACCUSE", "e2", "e1") in _events(doc)
    (s, e, ent), = [m for m in party_mentions(doc) if m[2] == "e1" and m[0] > 10]
    assert text[s:e] == "سلطات الاحتلال الصهيونية" and ent == "e1"


def test_a_bare_occupation_phrase_before_the_responsibility_word() -> None:
    text = "ونفت إسرائيل أي صلة لها بالحادث. وحمّلت الحكومة الفلسطينية قوات الاحتلال المسؤولية عن مقتل الشاب."
    doc = _known(_doc(text, {"إسرائيل": ("e1", "LOC"), "الحكومة الفلسطينية": ("e2", "ORG")}), "e1")
    assert ("ACCUSE", "e2", "e1") in _events(doc)


def test_without_israel_in_the_document_nothing_stands_in() -> None:
    text = "وحمّلت الحكومة الفلسطينية قوات الاحتلال المسؤولية عن مقتل الشاب."
    doc = _known(_doc(text, {"الحكومة الفلسطينية": ("e2", "ORG")}))
    assert not [m for m in party_mentions(doc) if m[2] != "e2"]


def test_another_states_occupation_is_not_israel() -> None:
    assert names_occupation("قوات الاحتلال الإسرائيلي")
    assert names_occupation("جيش الاحتلال")
    assert not names_occupation("قوات الاحتلال الإيراني")
    assert not names_occupation("قوات الاحتلال الحوثي")
