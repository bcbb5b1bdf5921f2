"""Dates: kinds found on unlabelled articles (session 24): a weekday as a family name after a
Gulf given name, a given name that is also an ordinary word, a title before any given name, or a
word for a family.

Sentences written for these tests."""

from __future__ import annotations

from date_fixtures import found, layer  # noqa: F401


def test_a_weekday_after_a_given_name_or_a_family_word_is_a_family_name(layer):  # noqa: F811
    assert found(layer, "وقال رئيس النادي سامي الجمعة إن الفريق جاهز.") == []
    assert found(layer, "وكشف المهندس علي الجمعة عن تفاصيل المشروع.") == []
    assert found(layer, "وصرح العقيد تركي الخميس بأن الحادث وقع فجرا.") == []
    assert found(layer, "وحضر الحفل أفراد عائلة الخميس وأقاربهم.") == []
    assert found(layer, "وقال عمر الخميس إن الوضع مستقر.") == []


def test_a_weekday_after_an_adjective_or_a_preposition_is_the_day(layer):  # noqa: F811
    # "تركي" an adjective after "مسؤول", "علي" the preposition as some papers spell it
    assert found(layer, "وقال مسؤول تركي الخميس إن الحدود أغلقت.") == [("الخميس", "2022-02-10")]
    assert found(layer, "وصادق المجلس علي الخميس على القرار.") == [("الخميس", "2022-02-10")]
