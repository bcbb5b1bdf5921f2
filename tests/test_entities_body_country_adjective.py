"""An unknown body's name without the country adjective after it. Names written for these tests."""

from __future__ import annotations

from entity_fixtures import layer  # noqa: F401 - pytest fixture


def test_the_adjective_of_the_head_word_leaves_the_name(layer):
    assert layer._without_country_adjective("هيئة تطوير الموانئ المصرية") == "هيئة تطوير الموانئ"
    assert layer._without_country_adjective("الاتحاد العربي لكرة اليد المصري") == "الاتحاد العربي لكرة اليد"
    assert layer._without_country_adjective("النصر السعودي") == "النصر"


def test_a_short_name_or_an_adjective_of_the_complement_keeps_it(layer):
    assert layer._without_country_adjective("وزارة الخارجية الأمريكية") == "وزارة الخارجية الأمريكية"
    assert layer._without_country_adjective("الجيش السوري") == "الجيش السوري"
    assert layer._without_country_adjective("المجلس الأعلى للثورة الإيرانية") == "المجلس الأعلى للثورة الإيرانية"
    assert layer._without_country_adjective("سفارة المملكة الأردنية الهاشمية") == "سفارة المملكة الأردنية الهاشمية"
    assert layer._without_country_adjective("جمعية الهلال الأحمر العربية السعودية") \
        == "جمعية الهلال الأحمر العربية السعودية"
