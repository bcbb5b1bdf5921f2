"""Headline labels before a colon ("بروفايل: ..."، "قصة مصورة: ..."، "الطقس: ...") are no speakers;
real speakers before a colon still are. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from test_quotes import make_doc, quote_with, run, texts

BODY = "وجاءت التفاصيل في سياق متابعة الصحيفة للموضوع خلال الأسبوع الجاري."


@pytest.mark.parametrize("title", [
    "بروفايل: سالم الدوسري.. مهندس عاد إلى قريته بعد ثلاثين عاما",
    "قصة مصورة: آلاف الزوار يملؤون ساحات المهرجان في ليلته الأولى",
    "بالفيديو: سيول جارفة تغلق طريقا رئيسيا شمال المدينة",
    "الطقس: أمطار رعدية متوقعة على المرتفعات الجنوبية غدا",
    "أسعار النفط: برنت يرتفع في مستهل تعاملات الأسبوع",
    "شاشة الناقد: فيلمان جديدان عن الحياة في الصحراء",
    "انتخابات الاتحاد: ثلاثة مرشحين يتنافسون على مقعد الرئاسة",
    "تغطية خاصة: المدينة تودع ضحايا الحادث في جنازة مهيبة",
    "رسميا: النادي يجدد عقد حارسه الأول لثلاثة مواسم",
    "إلى مدير التعليم: متى تنتهي معاناة معلمات القرى؟",
    "أيها المسؤولون: الطرق الريفية تنتظر منكم التفاتة",
    "من الميدان: يوم كامل مع فرق الإسعاف في موسم الحج",
])
def test_a_label_before_a_headline_colon_is_no_speaker(title: str) -> None:
    assert texts(run(make_doc(BODY, title=title))) == []


def test_a_place_before_a_headline_opened_by_a_figure_is_a_label() -> None:
    ents = [("LOC", "كينيا", [("كينيا", "name")])]
    doc = run(make_doc(BODY, title="كينيا: 15 قتيلا في فيضانات تضرب الساحل الشرقي", ents=ents))
    assert texts(doc) == []
    doc = run(make_doc(BODY, title="كينيا: لن نقبل بأي تدخل في انتخاباتنا المقبلة", ents=ents))
    assert quote_with(doc, "لن نقبل").speaker.entity == "e1"


def test_a_speaker_before_a_headline_colon_still_speaks() -> None:
    ents = [("ORG", "وزارة الصحة", [("وزارة الصحة", "name")])]
    doc = run(make_doc(BODY, title="وزارة الصحة: لا إصابات جديدة بالحمى في المنطقة", ents=ents))
    q = quote_with(doc, "لا إصابات")
    assert q.kind == "direct" and q.speaker.entity == "e1"
    doc = run(make_doc(BODY, title="مصدر: المفاوضات تستأنف الأسبوع المقبل في العاصمة"))
    assert quote_with(doc, "المفاوضات تستأنف").kind == "direct"
