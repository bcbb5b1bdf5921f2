"""A city whose name is also an ordinary word, where the sentence shows a place
(entities/word_cities). Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names  # noqa: F401 - pytest fixtures


def test_city_after_a_word_in_construct_and_in_a_pair(layer):  # noqa: F811
    doc = analysed(layer, "وضبطت دوريات حرس الحدود بقطاع الخبر قاربا، فيما هطلت أمطار غزيرة على الدمام والخبر.",
                   "2015-08-02")
    assert "الخبر" in names(doc, "LOC")


def test_city_after_the_adjective_of_a_site(layer):  # noqa: F811
    doc = analysed(layer, "وأقيمت خيمة الأطفال في الواجهة البحرية بالخبر طوال أيام العيد.", "2015-08-02")
    assert "الخبر" in names(doc, "LOC")


def test_the_news_item_is_no_city(layer):  # noqa: F811
    for text in ("ولم تكترث الأسواق بالخبر وواصلت صعودها أمس.", "وجاء في الخبر أن الوزير سيزور المنطقة.",
                 "وانتشر الخبر العاجل على مواقع التواصل.", "ونقل موقع الصحيفة تفاصيل الخبر كاملة."):
        assert "الخبر" not in names(analysed(layer, text, "2015-08-02"), "LOC"), text
