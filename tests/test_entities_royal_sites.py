"""Cities, gates and foundations named after a royal: the site, not the person. Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer  # noqa: F401 - pytest fixture


def _entities(layer, text: str) -> set[tuple[str, str]]:
    doc = analysed(layer, text, "2015-08-10")
    return {(e.type, e.name) for e in doc.entities}


def test_a_city_named_after_a_royal_keeps_its_head_and_adjective(layer):
    found = _entities(layer, "وأقيمت المباراة على ملعب مدينة الأمير سلطان بن فهد الرياضية بالدمام أمس.")
    assert ("LOC", "مدينة الأمير سلطان بن فهد الرياضية") in found
    assert not any(typ == "PER" for typ, _name in found)


def test_a_medical_city_is_a_body(layer):
    found = _entities(layer, "وأجرى الفريق الطبي في مدينة الملك خالد الطبية عملية دقيقة لطفل.")
    assert ("ORG", "مدينة الملك خالد الطبية") in found


def test_a_gate_and_a_foundation_named_after_a_king(layer):
    found = _entities(layer, "وازدحم المصلون عند باب الملك فهد للحرم المكي أمس.")
    assert ("LOC", "باب الملك فهد") in found and not any(typ == "PER" for typ, _name in found)
    found = _entities(layer, "وزار الطلاب دارة الملك فيصل في الرياض.")
    assert ("ORG", "دارة الملك فيصل") in found


def test_a_city_named_plainly_still_drops_its_head(layer):
    assert ("LOC", "الشعبة") in _entities(layer, "ووصل الوفد إلى قرية الشعبة مساء أمس.")
