"""A bare month opening its clause is placed by the verb right after it, as a bare weekday is:
a past verb reports the month gone by, a present verb heading the clause announces the coming one."""

from __future__ import annotations

import pytest

from date_fixtures import found, layer  # noqa: F401 - pytest fixture
from marsad.layers.dates import DateLayer


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a past verb after the month: the last such month, not the nearest one ahead
    ("وفي أبريل أغلقت الشركة مصنعها الوحيد في المدينة.", "2022-02-16", [("أبريل", "2021-04")]),
    ("وفي شهر مارس توقف العمل في المشروع بسبب نقص التمويل.", "2022-02-16", [("شهر مارس", "2021-03")]),
    ("وفي سبتمبر قال رئيس الاتحاد إن الموسم سيبدأ متأخرا.", "2022-07-16", [("سبتمبر", "2021-09")]),
    # a present verb heading the clause after the month: the coming one
    ("وفي يناير ينطلق الموسم الجديد للدوري بمشاركة ستة عشر فريقا.", "2022-07-16", [("يناير", "2023-01")]),
    # ت + three letters may be a past of form V ("تقرر": it was decided): the nearest month stays
    ("وفي يونيو تقرر تأجيل المشروع إلى إشعار آخر.", "2022-07-16", [("يونيو", "2022-06")]),
    # a verb before the month governs it, not the one after
    ("وتستهدف الخطة الموقعة في مايو رفع الإنتاج.", "2022-04-10", [("مايو", "2022-05")]),
])
def test_bare_month_follows_the_verb_after_it(layer: DateLayer, text: str, published: str, expected: list) -> None:
    assert found(layer, text, published) == expected


def test_a_weekday_after_with_takes_the_present_verb_after_it(layer: DateLayer) -> None:
    # "ومع يوم الاثنين" opens the clause as "وفي يوم الاثنين" does: the present verb after looks ahead
    assert found(layer, "ومع يوم الاثنين تنطلق البطولة في جدة.", "2022-02-16") == [("يوم الاثنين", "2022-02-21")]
    assert found(layer, "ومع يوم الاثنين انطلقت البطولة في جدة.", "2022-02-16") == [("يوم الاثنين", "2022-02-14")]
