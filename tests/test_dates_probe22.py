"""Date constructions found misread on unlabelled news (probe of session 22): a month after a
cardinal word is the name of a city, and a month "of the same year" takes the year named before."""

from __future__ import annotations

import pytest

from date_fixtures import found, layer  # noqa: F401 - pytest fixture


@pytest.mark.parametrize("text", [
    "أقام المنتخب معسكره التدريبي في مدينة ستة أكتوبر جنوب غرب القاهرة.",
    "خاض الفريق لقاءه الودي في ستة أكتوبر أمام نادي الجونة.",
])
def test_a_month_after_a_cardinal_word_is_a_name(layer, text):
    assert found(layer, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("يصل الوفد في السادس من أكتوبر المقبل إلى العاصمة.", [("السادس من أكتوبر المقبل", "2022-10-06")]),
    ("حدد الاتحاد يوم تسعة ديسمبر المقبل موعدا لانطلاق البطولة.", [("ديسمبر المقبل", "2022-12")]),
])
def test_ordinal_days_and_modified_months_stay_dates(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("افتتح المصنع عام 2011، وفي مارس من العام نفسه بدأ التصدير إلى أوروبا.",
     [("عام 2011", "2011"), ("مارس من العام نفسه", "2011-03")]),
    ("تأسست الجمعية عام 2008، ثم سجلت رسميا في 14 مايو من تلك السنة لدى الوزارة.",
     [("عام 2008", "2008"), ("14 مايو من تلك السنة", "2008-05-14")]),
    ("تعرض الموقع لاختراق في عام 2013، وأعلنت الشركة في يونيو من ذلك العام أن البيانات سلمت.",
     [("عام 2013", "2013"), ("يونيو من ذلك العام", "2013-06")]),
])
def test_a_month_of_the_same_year_takes_the_year_named_before(layer, text, expected):
    assert found(layer, text) == expected


def test_that_year_alone_is_the_year_named_before(layer):
    assert found(layer, "انتخب رئيسا للبلدية في أبريل 2010، وفي ذلك العام افتتح الجسر الجديد.") == [
        ("أبريل 2010", "2010-04"), ("ذلك العام", "2010")]


def test_a_month_of_the_same_year_without_a_year_before_is_unsure(layer):
    assert found(layer, "قالت الشركة إنها رفعت الأسعار في فبراير من العام نفسه بنسبة طفيفة.") == []


def test_an_ambiguous_month_after_wa_fi_is_a_month(layer):
    # مارس is also "practised": after في it is the month, and so after وفي
    assert found(layer, "تراجعت المبيعات في يناير، وفي مارس عادت إلى الارتفاع بحسب التقرير.") == [
        ("يناير", "2022-01"), ("مارس", "2022-03")]


@pytest.mark.parametrize("text", [
    "تراجعت قيمة الصفقات العقارية 20 في المائة مقارنة بنفس الشهر من العام الماضي.",
    # a Hijri month before: its "same month" has no one Gregorian value, the year still has
    "تراجعت الصفقات خلال شهر رجب 20 في المائة مقارنة بالشهر نفسه من العام الماضي.",
])
def test_the_year_of_an_unplaced_same_month_is_still_a_date(layer, text):
    assert found(layer, text) == [("العام الماضي", "2021")]


def test_the_same_month_of_last_year_after_a_named_month(layer):
    assert found(layer, "بلغت الصادرات في يناير 3 مليارات مقابل مليارين في الشهر ذاته من العام الماضي.") == [
        ("يناير", "2022-01"), ("الشهر ذاته من العام الماضي", "2021-01")]


def test_a_year_after_fi_before_lakinnahu_is_a_year(layer):
    assert found(layer, "حاول النادي بيع مهاجمه في 2019 لكنه رفض عروضا عدة من الخارج.") == [("2019", "2019")]


@pytest.mark.parametrize("text", [
    "أكد السفير أن بلاده لا تواجه أي خلاف مع الاثنين، بل تدعم الحوار بينهما.",
    "التقى المبعوث ممثلي الطرفين، وبحث مع الاثنين سبل وقف القتال.",
])
def test_al_ithnayn_after_ma_is_the_two(layer, text):
    assert found(layer, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("يبدأ استقبال الطلبات اعتبارا من الاثنين في جميع الفروع.", [("الاثنين", "2022-02-14")]),
    ("يلتقي الوزير نظيره مع الاثنين المقبل لبحث الاتفاق.", [("الاثنين المقبل", "2022-02-21")]),
])
def test_monday_after_min_or_with_a_modifier_stays_a_date(layer, text, expected):
    assert found(layer, text) == expected
