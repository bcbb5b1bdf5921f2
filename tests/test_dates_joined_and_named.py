"""Dates: a weekday joined by "و" to a weekday before it shares its tense; weekdays that name a
column or one of a Hijri month's days are no dates; "اليوم بيومه" is a way of living, no date.

Sentences written for these tests; published on Monday 2022-02-14 (`date_fixtures.PUB`)."""

from __future__ import annotations

from date_fixtures import found, layer  # noqa: F401 - pytest fixture


def test_a_weekday_joined_to_a_coming_one_is_coming_too(layer):
    text = ("وأوضحت الهيئة أن الطرق المؤدية إلى القصر ستغلق أمام السيارات عند وصول الضيف الخميس "
            "ومغادرته مساء السبت متوجها إلى القاهرة.")
    assert found(layer, text) == [("الخميس", "2022-02-17"), ("السبت", "2022-02-19")]


def test_a_weekday_joined_to_a_past_one_stays_past(layer):
    text = "وكان الوفد قد وصل إلى المدينة الخميس وغادرها مساء السبت بعد جولة على المصانع."
    assert found(layer, text) == [("الخميس", "2022-02-10"), ("السبت", "2022-02-12")]


def test_a_weekday_with_an_adjective_of_a_hijri_month_is_no_date(layer):
    assert found(layer, "واكتظ المسجد بالمصلين في الجمعة الرمضانية الأولى رغم الحر الشديد.") == []


def test_a_weekly_column_named_by_its_day_is_no_date(layer):
    assert found(layer, "أهلا بكم في مقتطفات الخميس، وفيها أعرض عليكم ما جمعته من طرائف.") == []


def test_living_day_by_day_is_no_date(layer):
    assert found(layer, "ويقول الصياد إنه يعيش اليوم بيومه منذ أن أغلق الميناء.") == []
