"""A deposed or ousted office holder (issue #14): "المخلوع", "المعزول" after a title make it a past
holder's, like "السابق": the title joins the name after it and never stands for today's holder.
Every sentence here is written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer  # noqa: F401 - pytest fixture


def test_deposed_title_is_the_named_person_not_todays_holder(layer):
    doc = analysed(layer, "هاجم الرئيس اليمني المخلوع علي عبدالله صالح خطة الحكومة في عدن.", "2015-08-10")
    assert "marsad:per/abd-rabbuh-mansur-hadi" not in {e.kb for e in doc.entities}
    saleh = next(e for e in doc.entities if e.kb == "marsad:per/ali-abdullah-saleh")
    assert [m.kind for m in saleh.mentions] == ["title", "name"]


def test_ousted_title_is_no_reference_to_the_successor(layer):
    doc = analysed(layer, "اتهم الرئيس المصري المعزول محمد مرسي القضاة بالتحيز.", "2015-08-10")
    assert "marsad:per/abdel-fattah-el-sisi" not in {e.kb for e in doc.entities}
