"""Dates: a year anchored to the year named before it keeps its direction when a part of the year
comes first ("نهاية العام السابق" is the end of the year before, not the year after), a wrong
value seen on develop2 (train7).

Sentences written for these tests (published Monday 2022-02-14)."""

from __future__ import annotations

from date_fixtures import found, layer  # noqa: F401


def test_part_of_the_year_before_counts_back(layer):  # noqa: F811
    assert found(layer, "نمت الودائع بنسبة 7% في نهاية عام 2019 مقابل 4% في نهاية العام السابق.") == [
        ("نهاية عام 2019", "2019"), ("نهاية العام السابق", "2018")]
    assert found(layer, "افتتح الجسر في عام 2019 وبدأ العمل في مطلع العام الذي سبقه.") == [
        ("عام 2019", "2019"), ("مطلع العام الذي سبقه", "2018")]


def test_part_of_the_year_after_counts_forward(layer):  # noqa: F811
    assert found(layer, "افتتح الجسر في عام 2019 واكتمل الطريق في منتصف العام التالي.") == [
        ("عام 2019", "2019"), ("منتصف العام التالي", "2020")]
