"""Dates: years heading the items of a chronology ("1944 - ...", "2003: ..."), the form of the
"this day in history" pieces (develop2 train9; session 22: 152 items in 11 of 18,984 unlabelled
articles, a sample of 40 all chronology items).

Sentences written for these tests (published Monday 2022-02-14)."""

from __future__ import annotations

from date_fixtures import found, layer  # noqa: F401


def test_years_opening_items_are_dates(layer):  # noqa: F811
    text = ("ومن أحداث هذا اليوم على مر السنين ما يلي: 1914 - اندلاع حرب كبرى في أوروبا. "
            "1969 - هبوط أول رائد فضاء على سطح القمر.\n2003: توقيع اتفاق سلام بين البلدين.")
    assert found(layer, text) == [("1914", "1914"), ("1969", "1969"), ("2003", "2003")]


def test_amounts_spans_and_future_years_are_no_items(layer):  # noqa: F811
    assert found(layer, "ارتفع سعر المتر. 2000 - 3000 ريال هو السعر المتوقع.") == []
    assert found(layer, "انتهى الموسم. 2030 - عام الحلم كما يقول المدرب.") == []


def test_day_and_month_set_apart_by_a_slash(layer):  # noqa: F811
    # a day, a slash and a month name, with or without spaces, the year after another slash or glued
    assert found(layer, "أرسل الوزير خطابه بتاريخ 9 / مارس /2021 م إلى رئيس المجلس.") == [
        ("9 / مارس /2021 م", "2021-03-09")]
    assert found(layer, "انتهت المعركة في 4/يونيو1967م بعد أيام من القتال.") == [("4/يونيو1967م", "1967-06-04")]
    assert found(layer, "تأسست الجمعية في 15/ مايو عام 1990 في العاصمة.") == [("15/ مايو عام 1990", "1990-05-15")]
