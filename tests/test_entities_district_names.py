"""A city district named by an ordinary noun after "حي" (entities/district_names). Sentences
written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names  # noqa: F401 - pytest fixtures


def test_districts_named_by_ordinary_nouns(layer):  # noqa: F811
    doc = analysed(layer, "ونفذت البلدية أعمال السفلتة بحي السلام وحي النسيم خلال الأسبوع الماضي.", "2015-08-02")
    assert {"حي السلام", "حي النسيم"} <= names(doc, "LOC")


def test_live_is_no_district(layer):  # noqa: F811
    doc = analysed(layer, "وتابع المشاهدون النقل حي الليلة عبر القناة الرياضية.", "2015-08-02")
    assert not any(n.startswith("حي") for n in names(doc, "LOC"))

