"""Sites and places the KB names (lexicons/actors/curated_cities.yaml): holy places of Jerusalem
named apart from their mosque, the euro area, spellings of cities. Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names  # noqa: F401 - pytest fixtures


def test_the_sites_of_jerusalem_are_places(layer):  # noqa: F811
    doc = analysed(layer, "واقتحم المستوطنون باحات الأقصى من باب المغاربة وتجولوا قرب قبة الصخرة.", "2015-08-02")
    assert {"باب المغاربة", "قبة الصخرة"} <= names(doc, "LOC")


def test_the_euro_area_is_a_region(layer):  # noqa: F811
    doc = analysed(layer, "وتباطأ نمو الأسعار في منطقة اليورو خلال الشهر الماضي.", "2015-08-02")
    assert "منطقة اليورو" in names(doc, "LOC")


def test_a_spelling_of_seoul(layer):  # noqa: F811
    doc = analysed(layer, "وأغلقت الأسهم على ارتفاع في سيئول يوم الجمعة.", "2015-08-02")
    assert "سيئول" in names(doc, "LOC")


def test_proposed_is_no_place(layer):  # noqa: F811
    doc = analysed(layer, "وقال الوزير إن المشروع مطروح للنقاش منذ عامين.", "2015-08-02")
    assert not names(doc, "LOC")


def test_saudi_governorates_of_the_weather_news(layer):  # noqa: F811
    doc = analysed(layer, "وهطلت أمطار غزيرة على أحد رفيدة وتثليث ودومة الجندل مساء أمس.", "2015-08-02")
    assert {"أحد رفيدة", "تثليث", "دومة الجندل"} <= names(doc, "LOC")


def test_abu_arish_in_the_genitive(layer):  # noqa: F811
    doc = analysed(layer, "وتشمل الأعمال محافظتي صبيا وأبي عريش بمنطقة جازان.", "2015-08-02")
    assert "أبي عريش" in names(doc, "LOC")


def test_saudi_palaces_and_promenades_named_by_an_ordinary_word(layer):  # noqa: F811
    doc = analysed(layer, "واستقبل الملك ضيوفه في قصر السلام بجدة، ثم افتتح أمير عسير المهرجان في ممشى الضباب.",
                   "2015-08-02")
    assert {"قصر السلام", "ممشى الضباب"} <= names(doc, "LOC")


def test_peace_and_fog_alone_are_no_places(layer):  # noqa: F811
    doc = analysed(layer, "ودعا الوزير إلى السلام، فيما حجب الضباب الرؤية على الطرق.", "2015-08-02")
    assert not names(doc, "LOC")


def test_oceania_an_indian_state_and_the_shining_jewel(layer):  # noqa: F811
    doc = analysed(layer, "وتأهل منتخب من أوقيانيا بعد مباراة على استاد الجوهرة المضيئة، فيما زار الوزير ماديا براديش.",
                   "2015-08-02")
    assert {"أوقيانيا", "استاد الجوهرة المضيئة", "ماديا براديش"} <= names(doc, "LOC")
