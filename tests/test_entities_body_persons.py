"""A body's name the tagger ran on into the man named after it (entities/body_persons). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from entity_fixtures import analysed, layer, names, ner_layer  # noqa: F401 - pytest fixtures


def run(layer, body: str):
    return analysed(layer, "خبر محلي.\n\n" + body, "2015-08-03")


def test_a_spokesmans_name_after_his_body_is_a_person(ner_layer):
    doc = run(ner_layer, "وأكد مدير إدارة الإعلام في أمانة منطقة حائل سعد الثويني أن الفعاليات مستمرة.")
    assert "أمانة منطقة حائل" in names(doc, "ORG")
    assert "سعد الثويني" in names(doc, "PER")


@pytest.mark.parametrize("text, body", [
    # the man the body is named after: right after its head, or after his title
    ("وتبرعت مؤسسة الوليد بن طلال الخيرية بمبلغ كبير للجمعيات.", "مؤسسة الوليد بن طلال الخيرية"),
    ("ونقل المصاب إلى مستشفى الدكتور سليمان الحبيب في الرياض.", "مستشفى الدكتور سليمان الحبيب"),
])
def test_a_body_named_after_a_man_keeps_his_name(ner_layer, text, body):
    assert body in names(run(ner_layer, text), "ORG")
