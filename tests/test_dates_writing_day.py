"""The day an article was written, read from "أمس" or "غدا" named with a disagreeing weekday
(and a quarter of a year, which reports its year alone).

Sentences written for these tests; published on Monday 2022-02-14 (`date_fixtures.PUB`) unless said."""

from __future__ import annotations

import pytest

from date_fixtures import found, layer  # noqa: F401 - pytest fixture

AUGUST = "2022-08-11"  # a Thursday


@pytest.mark.parametrize(("text", "expected"), [
    ("تراجعت مبيعات الشركة في الربع الثالث من عام 2019 بنسبة خمسة في المائة.", [("عام 2019", "2019")]),
    ("أعلن المصرف أرباحه للربع الأول من العام الجاري.", [("العام الجاري", "2022")]),
    ("سجل الاقتصاد انكماشا في الربع الرابع من العام الماضي.", [("العام الماضي", "2021")]),
])
def test_a_quarter_reports_its_year_alone(layer, text, expected):
    # OUTPUT.md has no value for a quarter, and most annotators value only the year
    assert found(layer, text) == expected


def test_the_day_of_writing_read_from_yesterday(layer):
    # published on Thursday 11 August, "أمس الثلاثاء" was written on Wednesday: its bare أمس is Tuesday
    assert found(layer, "قتل جنديان أمس الثلاثاء في هجوم، وأعلنت الشرطة أمس اعتقال ثلاثة مشتبهين.", AUGUST) == [
        ("أمس الثلاثاء", "2022-08-09")]
    # ... and so is its "مساء أمس" (one day: listed once)
    assert found(layer, "قتل جنديان أمس الثلاثاء في هجوم، وأعلنت الشرطة مساء أمس اعتقال ثلاثة مشتبهين.", AUGUST) == [
        ("أمس الثلاثاء", "2022-08-09")]
    # a weekday agreeing with the paper's date leaves the bare أمس at the day before it
    assert found(layer, "قتل جنديان أمس الأربعاء في هجوم، وأعلنت الشرطة أمس اعتقال ثلاثة مشتبهين.", AUGUST) == [
        ("أمس الأربعاء", "2022-08-10")]


def test_the_day_of_writing_read_from_a_weekday_in_brackets(layer):
    # "اليوم (الأربعاء)" in a paper of Thursday 11 August: written on Wednesday, its bare أمس is Tuesday
    assert found(layer, "أعلن الوزير اليوم (الأربعاء) خطة جديدة، وكان قد التقى أمس وفدا من المستثمرين.", AUGUST) == [
        ("اليوم (الأربعاء)", "2022-08-10"), ("أمس", "2022-08-09")]


@pytest.mark.parametrize(("text", "expected"), [
    # a time of day with "الغد" is tomorrow
    ("وسيعقد النادي جمعيته العمومية مساء الغد في مقره.", [("مساء الغد", "2022-02-15")]),
    ("يغادر المنتخب إلى الدوحة صباح الغد.", [("صباح الغد", "2022-02-15")]),
    # ... but not the next morning of a story told in the past
    ("عدت إلى البيت وفي صباح الغد حملته إلى المدرسة.", []),
    # and "الغد" alone is the future
    ("يتطلع شباب الغد إلى فرص عمل أفضل.", []),
])
def test_a_time_of_day_of_tomorrow(layer, text, expected):
    assert found(layer, text) == expected


def test_a_weekday_that_is_the_family_name_of_a_man_named_before(layer):
    # "سعد الجمعة" is introduced, then named by his family name as a verb's subject: no Friday
    text = ("وأوضح سعد الجمعة مدير الجمعية أن الحملة تستمر شهرا. وكشف الجمعة عن برامج جديدة للشباب، "
            "وأعلن الجمعة أن التسجيل مفتوح.")
    assert found(layer, text) == []
    # a real day in the same article keeps its word "يوم" or its own clause
    assert found(layer, "وأوضح سعد الجمعة مدير الجمعية أن الحملة بدأت يوم الجمعة الماضي.") == [
        ("يوم الجمعة الماضي", "2022-02-11")]
    # without such a man, the weekday after a verb is the day
    assert found(layer, "وأعلن الجمعة أن التسجيل مفتوح.") == [("الجمعة", "2022-02-11")]
