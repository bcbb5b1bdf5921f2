"""A place named inside a body's name after an administrative word (entities/body_places).
Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names, ner_layer  # noqa: F401 - pytest fixtures


def test_region_served_by_a_municipality(layer):  # noqa: F811
    doc = analysed(layer, "وأغلقت أمانة منطقة الرياض خمسة مطاعم مخالفة، فيما حررت بلدية محافظة الخبر "
                          "عشرين مخالفة خلال الأسبوع.", "2015-08-02")
    assert {"أمانة منطقة الرياض", "بلدية محافظة الخبر"} <= names(doc, "ORG")
    assert {"منطقة الرياض", "محافظة الخبر"} <= names(doc, "LOC")


def test_region_after_b_of_a_branch(layer):  # noqa: F811
    doc = analysed(layer, "وأوضحت الإدارة العامة للتعليم بمنطقة مكة المكرمة أن الدراسة تبدأ يوم الأحد.", "2015-08-02")
    assert "منطقة مكة المكرمة" in names(doc, "LOC")


def test_unknown_governorate_of_an_office(layer):  # noqa: F811
    doc = analysed(layer, "وافتتح مكتب العمل بمحافظة حبونا فرعا نسائيا جديدا.", "2015-08-02")
    assert "محافظة حبونا" in names(doc, "LOC")


def test_university_named_after_a_state_serves_none(layer):  # noqa: F811
    doc = analysed(layer, "وزار وفد من جامعة ولاية أوهايو الأمريكية مقر الهيئة أمس.", "2015-08-02")
    assert not any(n.startswith("ولاية") for n in names(doc, "LOC"))


def test_state_word_begins_the_state(layer):  # noqa: F811
    doc = analysed(layer, "وقال حاكم ولاية تكساس إن الفيضانات أغرقت عشرات المنازل.", "2015-08-02")
    assert "ولاية تكساس" in names(doc, "LOC")


def test_state_word_begins_a_state_the_tagger_found(ner_layer):  # noqa: F811
    doc = analysed(ner_layer, "وقال مفوض الشرطة في ولاية بورنو إن مسلحين هاجموا قرية قرب الحدود.", "2015-08-02")
    assert "ولاية بورنو" in names(doc, "LOC")


def test_boycott_of_a_country_is_no_county(layer):  # noqa: F811
    doc = analysed(layer, "ودعا الناشطون إلى مقاطعة إسرائيل اقتصاديا وثقافيا.", "2015-08-02")
    assert "إسرائيل" in names(doc, "LOC") and not any(n.startswith("مقاطعة") for n in names(doc, "LOC"))


def test_city_of_a_countryside(layer):  # noqa: F811
    doc = analysed(layer, "وقصفت الطائرات بلدات عدة في ريف دمشق الغربي صباح اليوم.", "2015-08-02")
    assert "دمشق" in names(doc, "LOC")


def test_city_served_by_a_municipality(layer):  # noqa: F811
    doc = analysed(layer, "وحررت بلدية الخبر عشرين مخالفة للمطاعم خلال الأسبوع الماضي.", "2015-08-02")
    assert "بلدية الخبر" in names(doc, "ORG")
    assert "الخبر" in names(doc, "LOC")
