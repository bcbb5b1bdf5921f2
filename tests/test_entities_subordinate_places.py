"""Administrative units placed in a larger one by "التابعة ل" (entities/subordinate_places).
Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names  # noqa: F401 - pytest fixtures


def test_the_unit_before_and_after_subordinate(layer):  # noqa: F811
    doc = analysed(layer, "وقصفت الطائرات مواقع للمسلحين في ناحية الريحانة التابعة لقضاء عنه غرب الأنبار.", "2015-08-02")
    assert {"ناحية الريحانة", "قضاء عنه"} <= names(doc, "LOC")


def test_a_two_word_unit_name_after_subordinate(layer):  # noqa: F811
    doc = analysed(layer, "وعثرت الشرطة على الجثة في وادٍ والتابع لناحية قره تبه شمال المدينة.", "2015-08-02")
    assert "ناحية قره تبه" in names(doc, "LOC")


def test_an_adjective_ends_the_unit_name(layer):  # noqa: F811
    doc = analysed(layer, "وسيطر المقاتلون على قرى عدة التابعة لناحية كفري الحدودية فجر اليوم.", "2015-08-02")
    assert "ناحية كفري" in names(doc, "LOC")
    assert "ناحية كفري الحدودية" not in names(doc, "LOC")


def test_a_centre_after_subordinate_may_be_a_body(layer):  # noqa: F811
    doc = analysed(layer, "وأصدرت الوحدة التابعة لمركز الدراسات تقريرها السنوي أمس.", "2015-08-02")
    assert not any(n.startswith("مركز") for n in names(doc, "LOC"))
