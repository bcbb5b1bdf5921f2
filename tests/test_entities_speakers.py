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


def test_a_person_after_a_place_head_starts_at_the_given_name(ner_layer):
    found = names(ner_layer, "وأكد شريف مقاطعة هاريس جون بول براون أن أحدا لم يصب في الحادث.")
    assert ("PER", "جون بول براون") in found
    assert not any(t == "PER" and "هاريس" in text for t, text in found)


def test_an_age_adjective_is_no_name(ner_layer):
    found = names(ner_layer, "وقال ستيني من سكان الحي إن المياه انقطعت منذ يومين.")
    assert not any("ستيني" in text for _t, text in found)


def test_a_name_after_yudaa_is_a_person(ner_layer):
    found = names(ner_layer, "غير أن باحثا في جامعة أكسفورد يدعى مارتن هولبروك ألف كتابا عن المذنبات.")
    assert ("PER", "مارتن هولبروك") in found
    assert not any("ألف" in text for _t, text in found)
    found = names(ner_layer, "وقال المدعو أبو علي إن السلاح له.")
    assert ("PER", "أبو علي") in found


def test_yudaa_before_a_preposition_names_nobody(ner_layer):
    assert not any(t == "PER" for t, _x in names(ner_layer, "وأوقفت الشرطة شابا يدعى إلى التحقيق."))
