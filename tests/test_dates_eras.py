"""Dates: yesterday and today as eras ("بالأمس" set against "اليوم" in one sentence, "بالأمس
القريب"), a kind found on develop2 (train8) and on unlabelled articles (session 22: 7 sentences in
8,383 articles, all of them eras).

Sentences written for these tests (published Monday 2022-02-14)."""

from __future__ import annotations

from date_fixtures import found, layer  # noqa: F401


def test_past_against_these_days_is_no_date(layer):  # noqa: F811
    assert found(layer, "يقرأ الطلاب هذه القصائد اليوم بسهولة كما قرأها أجدادهم بالأمس.") == []
    assert found(layer, "من كانوا حلفاء بالأمس أصبحوا اليوم خصوما في البرلمان.") == []


def test_recent_past_idiom_is_no_date(layer):  # noqa: F811
    assert found(layer, "بالأمس القريب كانت هذه الأفكار مرفوضة في المجتمع.") == []


def test_literal_yesterday_and_today_stay(layer):  # noqa: F811
    # a named day or another sentence keeps both days of news
    assert found(layer, "وصل الوفد بالأمس ويلتقي اليوم الاثنين وزير الخارجية.", published="2022-02-14") == [
        ("الأمس", "2022-02-13"), ("اليوم الاثنين", "2022-02-14")]
    assert found(layer, "وصل الوفد بالأمس إلى الرياض. ويلتقي اليوم وزير الخارجية.") == [
        ("الأمس", "2022-02-13"), ("اليوم", "2022-02-14")]
    assert found(layer, "بدأت الفعاليات بالأمس وتستمر حتى نهاية الأسبوع.") == [("الأمس", "2022-02-13")]
