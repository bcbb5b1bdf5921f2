"""A place's name goes on over an adjective of direction or age that names a part of it
(entities/directional_places). Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, names, ner_layer, span_candidate  # noqa: F401 - pytest fixtures
from marsad.arabic.tokens import tokenize
from marsad.layers.entities.directional_places import extend_directional_places


def _extended(text: str, span: str) -> str:
    tokens = tokenize(text)
    c = span_candidate(text, tokens, span, "LOC")
    extend_directional_places([c], tokens, text)
    return text[c.start:c.end]


def test_a_city_goes_on_over_its_direction():
    assert _extended("وشهدت بلدات في القدس الشرقية مواجهات بين الشبان والشرطة مساء الجمعة.", "القدس") \
        == "القدس الشرقية"


def test_a_masculine_region_goes_on_over_its_direction():
    assert _extended("وتدور اشتباكات عنيفة في القلمون الغربي منذ ثلاثة أيام.", "القلمون") == "القلمون الغربي"


def test_an_old_city_is_named_with_its_age():
    assert _extended("وتجول الوفد في أزقة دمشق القديمة برفقة محافظها.", "دمشق") == "دمشق القديمة"


def test_the_countryside_keeps_its_adjective():
    text = "وقصفت الطائرات قرى في ريف حلب الشمالي صباح اليوم."
    assert _extended(text, "حلب") == "حلب"
    assert _extended(text, "ريف حلب") == "ريف حلب"


def test_a_country_adjective_of_a_word_before_is_not_extended():
    assert _extended("وانتشرت القوات على الحدود السعودية الجنوبية لحمايتها.", "السعودية") == "السعودية"


def test_the_whole_pipeline_names_the_part_of_the_place(ner_layer):  # noqa: F811
    doc = analysed(ner_layer, "واقتحم مستوطنون باحات المسجد الأقصى في القدس الشرقية صباح الأحد.", "2015-08-02")
    assert "القدس الشرقية" in names(doc, "LOC")


def test_a_province_keeps_its_direction_apart():
    text = "وتقدمت المقاومة في محافظة أبين الجنوبية خلال الأيام الماضية."
    assert _extended(text, "محافظة أبين") == "محافظة أبين"
    assert _extended("وسيطر المسلحون على مركز بإقليم هلمند الجنوبي أمس.", "هلمند") == "هلمند"


def test_a_direction_after_a_city_word_describes_the_city():
    assert _extended("وعقد المجلس اجتماعا داخل مدينة المكلا الشرقية بعد عودته إليها.", "المكلا") == "المكلا"
    assert _extended("وحشدت القوات عناصرها على حدود حماة الشمالية منذ أيام.", "حماة") == "حماة"


def test_the_old_city_after_a_city_word_is_still_named():
    assert _extended("وتجول الوفد في أنحاء مدينة القدس القديمة برفقة الأدلاء.", "القدس") == "القدس القديمة"


def test_a_head_word_with_a_clitic_still_holds_the_direction():
    text = "وتقدم الأطباق كما كانت في ولاية براندنبورغ الشرقية قبل عقود."
    assert _extended(text, "براندنبورغ") == "براندنبورغ"
    assert _extended("وتنتشر القطع البحرية قبالة سواحل الصومال الشمالية منذ سنوات.", "الصومال") == "الصومال"


def test_an_area_word_opening_the_name_keeps_the_direction_apart():
    text = "وتتباين معدلات النمو بين منطقة اليورو الشمالية وجنوبها."
    assert _extended(text, "منطقة اليورو") == "منطقة اليورو"


def test_a_place_after_a_definite_word_and_a_preposition():
    text = "ودارت اشتباكات في بساتين مخيم خان الشيح بالغوطة الغربية مساء أمس."
    assert _extended(text, "الغوطة") == "الغوطة الغربية"


def test_a_direction_after_a_building_is_its_side(ner_layer):  # noqa: F811
    doc = analysed(ner_layer, "ونصبت الخيام في الساحة الواقعة من جهة المصمك الغربية طوال أيام العيد.", "2015-08-02")
    places = names(doc, "LOC")
    assert "المصمك" in places
    assert "المصمك الغربية" not in places
