"""Entities that name a quote's speaker (issue 14): a person after an office and a body, names
NER cut or ran on. Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import ner_layer  # noqa: F401 - pytest fixture
from marsad.document import Document


def names(layer, text: str) -> set[tuple[str, str]]:
    doc = Document(text=text, published="2015-08-10")
    layer(doc)
    doc.check_offsets()
    return {(e.type, m.text) for e in doc.entities for m in e.mentions if m.kind != "title"}


def test_a_person_after_an_office_and_a_body_is_a_person(ner_layer):
    found = names(ner_layer, "وقال رئيس نادي هانزا روستوك كريستيان مولر إن الفريق سيتعاقد مع مدافع جديد.")
    assert ("PER", "كريستيان مولر") in found
    assert not any(t == "ORG" and "مولر" in text for t, text in found)
    found = names(ner_layer, "وقال الرئيس التنفيذي للشركة جون ستامبف إن الأرباح تراجعت.")
    assert ("PER", "جون ستامبف") in found


def test_a_body_named_after_a_person_stays_a_body(ner_layer):
    assert ("ORG", "شركة جون ديري") in names(ner_layer, "وأعلنت شركة جون ديري عن أرباح قياسية.")
    assert ("ORG", "مؤسسة بيل جيتس") in names(ner_layer, "وقال رئيس مؤسسة بيل جيتس إن اللقاح جاهز.")
